// kill -9 in the middle of a SQLite ingest: the store stays sound, holds whole batches
// only, and ingesting the same documents again completes the set.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <thread>

#include "store/store.h"
#include "store_test_util.h"

namespace chancery {
namespace {

using testing::MakeDoc;
using testing::StatsOf;

constexpr int kDocs = 4000;
constexpr int kBatch = 25;

std::vector<std::unique_ptr<Document>> Corpus() {
  std::vector<std::unique_ptr<Document>> docs;
  for (int i = 0; i < kDocs; ++i) {
    std::string n = std::to_string(i);
    // Events repeat across documents (same actors, root, date, place), so crashes also
    // hit shared event rows and their counts.
    docs.push_back(MakeDoc("d" + n, i % 2 ? "AFP" : "Reuters", "Dispatch number " + n, "2025-05-01T10:00:00Z",
                           "Body of dispatch " + n + " with some words about talks.",
                           {{"FRAGOV", "DEUGOV", "040", "2025-05-" + std::to_string(10 + i % 7), "Paris", "FRA"},
                            {"RUSMIL", "UKR", "190", "2025-05-" + std::to_string(10 + i % 11), "", "UKR"}}));
  }
  return docs;
}

Status IngestAll(const std::string& path, const std::vector<std::unique_ptr<Document>>& docs, int64_t* stored) {
  Result<std::unique_ptr<Store>> s = Store::Open(path);
  if (!s.ok()) return s.status();
  std::vector<PutOutcome> out;
  for (size_t i = 0; i < docs.size(); i += kBatch) {
    std::vector<const Document*> batch;
    for (size_t j = i; j < std::min(docs.size(), i + kBatch); ++j) batch.push_back(docs[j].get());
    Status st = s.value()->PutBatch(batch, &out);
    if (!st.ok()) return st;
    for (PutOutcome o : out) *stored += o == PutOutcome::kStored;
  }
  return Status::Ok();
}

TEST(SqliteCrash, KillNineMidIngestLeavesWholeBatchesAndRerunCompletes) {
  std::string path = testing::BackendUrl("sqlite", "crash");
  auto docs = Corpus();
  for (int trial = 0; trial < 3; ++trial) {
    pid_t child = fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
      int64_t stored = 0;
      Status st = IngestAll(path, docs, &stored);
      _exit(st.ok() ? 0 : 3);
    }
    // Let it get well into the job, then kill it without warning.
    std::this_thread::sleep_for(std::chrono::milliseconds(120));
    ASSERT_EQ(kill(child, SIGKILL), 0);
    int wstatus = 0;
    ASSERT_EQ(waitpid(child, &wstatus, 0), child);

    Result<std::unique_ptr<Store>> s = Store::Open(path);
    ASSERT_TRUE(s.ok()) << s.status().ToString();
    Status integrity = s.value()->CheckIntegrity();
    EXPECT_TRUE(integrity.ok()) << integrity.ToString();
    StoreStats st = StatsOf(s.value().get());
    // The kill must land mid-job for the test to mean anything.
    EXPECT_TRUE(WIFSIGNALED(wstatus)) << "the child finished before the kill: raise kDocs";
    EXPECT_LT(st.articles, kDocs);
    std::printf("trial %d: %lld articles committed when killed\n", trial, static_cast<long long>(st.articles));
    EXPECT_EQ(st.articles % kBatch, 0) << "a partial batch was committed";
    // Each document whole: its entities, timex, quote and both event mentions.
    EXPECT_EQ(st.entities, 4 * st.articles);
    EXPECT_EQ(st.mentions, 4 * st.articles);
    EXPECT_EQ(st.timexes, st.articles);
    EXPECT_EQ(st.quotes, st.articles);
    EXPECT_EQ(st.event_mentions, 2 * st.articles);
  }
  // The re-run stores exactly what is missing.
  int64_t before = StatsOf(Store::Open(path).value().get()).articles;
  int64_t stored = 0;
  Status st = IngestAll(path, docs, &stored);
  ASSERT_TRUE(st.ok()) << st.ToString();
  Result<std::unique_ptr<Store>> s = Store::Open(path);
  ASSERT_TRUE(s.ok());
  EXPECT_TRUE(s.value()->CheckIntegrity().ok()) << s.value()->CheckIntegrity().ToString();
  StoreStats after = StatsOf(s.value().get());
  EXPECT_EQ(stored, kDocs - before);
  EXPECT_EQ(after.articles, kDocs);
  EXPECT_EQ(after.event_mentions, 2 * kDocs);
  EXPECT_EQ(after.live_events, 7 + 11);  // distinct (actors, root, date, place)
  int64_t mentions = 0;
  for (const StoredEvent& e : testing::AllEvents(s.value().get())) mentions += e.num_mentions;
  EXPECT_EQ(mentions, 2 * kDocs);
}

}  // namespace
}  // namespace chancery

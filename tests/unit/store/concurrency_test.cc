// Concurrency: readers during a SQLite ingest, and eight PostgreSQL writers on
// overlapping inputs. Nothing lost, nothing duplicated, no partial document seen.
#include <gtest/gtest.h>

#include <atomic>
#include <set>
#include <thread>

#include "store/store.h"
#include "store_test_util.h"

namespace chancery {
namespace {

using testing::MakeDoc;
using testing::StatsOf;

// Each document has two events of its own (unique date-place), so a reader that saw
// half a document would count an odd number of events.
std::vector<std::unique_ptr<Document>> OwnEventDocs(int n, int offset = 0) {
  std::vector<std::unique_ptr<Document>> docs;
  for (int i = offset; i < offset + n; ++i) {
    std::string k = std::to_string(i);
    docs.push_back(MakeDoc("c" + k, "AP", "Concurrent dispatch " + k, "2025-06-01T00:00:00Z", "Text " + k + ".",
                           {{"USAGOV", "CHNGOV", "042", "2025-06-01", "Place " + k, "USA"},
                            {"CHNGOV", "USAGOV", "043", "2025-06-02", "Place " + k, "CHN"}}));
  }
  return docs;
}

TEST(SqliteConcurrency, ReadersDuringIngestLoseAndDuplicateNothing) {
  std::string path = testing::BackendUrl("sqlite", "readers");
  auto docs = OwnEventDocs(1500);
  Result<std::unique_ptr<Store>> writer = Store::Open(path);
  ASSERT_TRUE(writer.ok()) << writer.status().ToString();
  std::atomic<bool> done{false};
  std::atomic<int> reads{0};
  std::atomic<int> errors{0};
  auto reader = [&]() {
    StoreOptions ro;
    ro.read_only = true;
    Result<std::unique_ptr<Store>> r = Store::Open(path, ro);
    if (!r.ok()) {
      ++errors;
      return;
    }
    size_t last = 0;
    while (!done.load()) {
      std::set<int64_t> ids;
      size_t rows = 0;
      Status st = r.value()->QueryEvents({}, [&](const StoredEvent& e) {
        ids.insert(e.id);
        ++rows;
        return true;
      });
      if (!st.ok() || ids.size() != rows || rows % 2 != 0 || rows < last) ++errors;
      last = rows;
      ++reads;
    }
  };
  std::vector<std::thread> readers;
  for (int i = 0; i < 3; ++i) readers.emplace_back(reader);
  for (size_t i = 0; i < docs.size(); i += 10) {
    std::vector<const Document*> batch;
    for (size_t j = i; j < i + 10; ++j) batch.push_back(docs[j].get());
    Status st = writer.value()->PutBatch(batch, nullptr);
    ASSERT_TRUE(st.ok()) << st.ToString();
  }
  done = true;
  for (std::thread& t : readers) t.join();
  EXPECT_EQ(errors.load(), 0);
  EXPECT_GT(reads.load(), 3);
  StoreStats s = StatsOf(writer.value().get());
  EXPECT_EQ(s.articles, 1500);
  EXPECT_EQ(s.live_events, 3000);
  EXPECT_TRUE(writer.value()->CheckIntegrity().ok());
}

TEST(PostgresConcurrency, EightWritersOnOverlappingInputsLoseAndDuplicateNothing) {
  std::string url = testing::BackendUrl("postgresql", "writers");
  ASSERT_FALSE(url.empty());
  {
    Result<std::unique_ptr<Store>> init = Store::Open(url);
    ASSERT_TRUE(init.ok()) << init.status().ToString();
  }
  // 600 distinct documents; writer w takes [75w, 75w + 150) mod 600: every document is
  // written by two writers. Shared events (same dyad, root, date, place) across writers
  // make them contend for the same event rows; updates of a story race too.
  constexpr int kDistinct = 600;
  std::vector<std::unique_ptr<Document>> docs;
  for (int i = 0; i < kDistinct; ++i) {
    std::string k = std::to_string(i);
    docs.push_back(MakeDoc("w" + k, i % 3 ? "Reuters" : "AFP", "Writer dispatch " + k, "2025-07-01T00:00:00Z",
                           "Text of " + k + ".",
                           {{"ISRGOV", "IRNGOV", "111", "2025-07-0" + std::to_string(1 + i % 5), "", "ISR"},
                            {"IRNMIL", "ISR", "190", "2025-07-1" + std::to_string(i % 3), "Tel Aviv", "ISR"}}));
  }
  std::atomic<int64_t> stored{0};
  std::atomic<int> failures{0};
  std::vector<std::thread> writers;
  for (int w = 0; w < 8; ++w) {
    writers.emplace_back([&, w]() {
      Result<std::unique_ptr<Store>> s = Store::Open(url);
      if (!s.ok()) {
        ++failures;
        return;
      }
      std::vector<PutOutcome> out;
      for (int b = 0; b < 150; b += 10) {
        std::vector<const Document*> batch;
        for (int j = b; j < b + 10; ++j) batch.push_back(docs[(75 * w + j) % kDistinct].get());
        Status st = s.value()->PutBatch(batch, &out);
        if (!st.ok()) {
          ++failures;
          ADD_FAILURE() << st.ToString();
          return;
        }
        for (PutOutcome o : out) stored += o == PutOutcome::kStored;
      }
    });
  }
  for (std::thread& t : writers) t.join();
  EXPECT_EQ(failures.load(), 0);
  EXPECT_EQ(stored.load(), kDistinct);
  Result<std::unique_ptr<Store>> s = Store::Open(url);
  ASSERT_TRUE(s.ok());
  StoreStats st = StatsOf(s.value().get());
  EXPECT_EQ(st.articles, kDistinct);
  EXPECT_EQ(st.event_mentions, 2 * kDistinct);
  EXPECT_EQ(st.live_events, 5 + 3);
  int64_t mentions = 0;
  for (const StoredEvent& e : testing::AllEvents(s.value().get())) mentions += e.num_mentions;
  EXPECT_EQ(mentions, 2 * kDistinct);
  Status integrity = s.value()->CheckIntegrity();
  EXPECT_TRUE(integrity.ok()) << integrity.ToString();
}

}  // namespace
}  // namespace chancery

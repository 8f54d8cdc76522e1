// Batched ingest: a batch is stored in stages that send many documents' statements
// before reading any result (PostgreSQL pipeline mode). These tests check that this
// gives exactly what storing the documents one at a time gives, on both back ends, and
// that on PostgreSQL a statement failing anywhere in the pipeline undoes the whole
// batch and leaves the connection usable.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include "store/store.h"
#include "store_test_util.h"

namespace chancery {
namespace {

using testing::AllEvents;
using testing::BackendUrl;
using testing::MakeDoc;
using testing::Pointers;
using testing::StatsOf;

std::unique_ptr<Store> OpenOrDie(const std::string& url) {
  Result<std::unique_ptr<Store>> s = Store::Open(url);
  EXPECT_TRUE(s.ok()) << s.status().ToString();
  return s.ok() ? std::move(s).value() : nullptr;
}

// A batch whose documents depend on each other: versions of one story (in order, out
// of order, and the same text twice), events shared across articles and versions.
std::vector<std::unique_ptr<Document>> EntangledBatch() {
  std::vector<std::unique_ptr<Document>> d;
  testing::EventSpec meet{"RUSGOV", "USAGOV", "036", "2025-02-27", "Istanbul", "TUR"};
  testing::EventSpec strike{"RUSMIL", "UKR", "190", "2025-03-02", "Kharkiv", "UKR"};
  testing::EventSpec accord{"UKRGOV", "FRAGOV", "057", "2025-03-01", "Paris", "FRA"};
  d.push_back(MakeDoc("s1v1", "Reuters", "Talks in Istanbul", "2025-02-26T10:00:00Z", "First version.", {meet}));
  d.push_back(MakeDoc("a1", "AFP", "Strikes near Kharkiv", "2025-03-02T08:00:00Z", "Overnight strikes.", {strike, meet}));
  d.push_back(MakeDoc("s1v2", "Reuters", "TALKS in Istanbul", "2025-02-26T12:00:00Z", "Second version.",
                      {meet, accord}, "UPDATE 1"));
  d.push_back(MakeDoc("a1bis", "AP", "Strikes near Kharkiv", "2025-03-02T08:00:00Z", "Overnight strikes.", {strike}));
  d.push_back(MakeDoc("s1v0", "Reuters", "Talks in Istanbul", "2025-02-26T08:00:00Z", "Early version.", {accord}));
  d.push_back(MakeDoc("s1v3", "Reuters", "Talks in Istanbul", "2025-02-26T15:00:00Z", "Third version.", {strike},
                      "UPDATE 2"));
  d.push_back(MakeDoc("a2", "AFP", "Accord signed", "2025-03-01T10:00:00Z", "Paris and Kyiv sign.", {accord}));
  d.push_back(MakeDoc("s1v2again", "Reuters", "TALKS in Istanbul", "2025-02-26T12:00:00Z", "Second version.",
                      {meet, accord}, "UPDATE 1"));
  return d;
}

void ExpectSameStores(Store* a, Store* b) {
  StoreStats sa = StatsOf(a), sb = StatsOf(b);
  EXPECT_EQ(sa.articles, sb.articles);
  EXPECT_EQ(sa.live_articles, sb.live_articles);
  EXPECT_EQ(sa.stories, sb.stories);
  EXPECT_EQ(sa.entities, sb.entities);
  EXPECT_EQ(sa.mentions, sb.mentions);
  EXPECT_EQ(sa.events, sb.events);
  EXPECT_EQ(sa.live_events, sb.live_events);
  EXPECT_EQ(sa.event_mentions, sb.event_mentions);
  std::vector<StoredEvent> ea = AllEvents(a), eb = AllEvents(b);
  ASSERT_EQ(ea.size(), eb.size());
  for (size_t i = 0; i < ea.size(); ++i) {
    EXPECT_EQ(ea[i].id, eb[i].id);
    EXPECT_EQ(ea[i].code, eb[i].code);
    EXPECT_EQ(ea[i].num_mentions, eb[i].num_mentions);
    EXPECT_EQ(ea[i].num_sources, eb[i].num_sources);
    EXPECT_EQ(ea[i].num_articles, eb[i].num_articles);
    EXPECT_EQ(ea[i].article_id, eb[i].article_id);
    EXPECT_EQ(ea[i].article_doc_id, eb[i].article_doc_id);
  }
}

class BatchTest : public ::testing::TestWithParam<std::string> {};

TEST_P(BatchTest, OneBatchStoresWhatOneByOneStores) {
  std::string name = ::testing::UnitTest::GetInstance()->current_test_info()->name();
  for (char& c : name) {
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  }
  std::unique_ptr<Store> batched = OpenOrDie(BackendUrl(GetParam(), name + "_b"));
  std::unique_ptr<Store> single = OpenOrDie(BackendUrl(GetParam(), name + "_s"));
  ASSERT_TRUE(batched && single);
  auto docs = EntangledBatch();
  std::vector<PutOutcome> together;
  Status st = batched->PutBatch(Pointers(docs), &together);
  ASSERT_TRUE(st.ok()) << st.ToString();
  std::vector<PutOutcome> alone;
  for (const auto& d : docs) {
    std::vector<PutOutcome> out;
    st = single->PutBatch({d.get()}, &out);
    ASSERT_TRUE(st.ok()) << st.ToString();
    alone.push_back(out.at(0));
  }
  EXPECT_EQ(together, alone);
  // What storing them one by one means, spelled out.
  std::vector<PutOutcome> expected = {PutOutcome::kStored,    PutOutcome::kStored,    PutOutcome::kSuperseded,
                                      PutOutcome::kUnchanged, PutOutcome::kStored,    PutOutcome::kSuperseded,
                                      PutOutcome::kStored,    PutOutcome::kUnchanged};
  EXPECT_EQ(together, expected);
  StoreStats s = StatsOf(batched.get());
  EXPECT_EQ(s.articles, 6);
  EXPECT_EQ(s.live_articles, 3);  // s1v3, a1, a2
  ExpectSameStores(batched.get(), single.get());
  EXPECT_TRUE(batched->CheckIntegrity().ok()) << batched->CheckIntegrity().ToString();

  // The whole batch again, and in another order: nothing changes.
  std::vector<const Document*> reversed = Pointers(docs);
  std::reverse(reversed.begin(), reversed.end());
  st = batched->PutBatch(reversed, &together);
  ASSERT_TRUE(st.ok()) << st.ToString();
  for (PutOutcome o : together) EXPECT_EQ(o, PutOutcome::kUnchanged);
  ExpectSameStores(batched.get(), single.get());
}

TEST_P(BatchTest, LargeBatchMatchesSmallBatches) {
  std::string name = ::testing::UnitTest::GetInstance()->current_test_info()->name();
  for (char& c : name) {
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  }
  std::unique_ptr<Store> big = OpenOrDie(BackendUrl(GetParam(), name + "_b"));
  std::unique_ptr<Store> small = OpenOrDie(BackendUrl(GetParam(), name + "_s"));
  ASSERT_TRUE(big && small);
  // 300 documents, 30 stories with 10 versions each interleaved, shared events.
  std::vector<std::unique_ptr<Document>> docs;
  for (int i = 0; i < 300; ++i) {
    int story = i % 30, version = i / 30;
    char published[32];
    std::snprintf(published, sizeof published, "2025-04-%02dT%02d:00:00Z", 1 + story % 28, (version * 7) % 24);
    docs.push_back(MakeDoc("d" + std::to_string(i), story % 2 ? "AFP" : "Reuters", "Story " + std::to_string(story),
                           published, "Version " + std::to_string(version) + " of story " + std::to_string(story),
                           {{"ISRGOV", "IRNGOV", "111", "2025-04-0" + std::to_string(1 + i % 7), "", "ISR"},
                            {"USAGOV", story % 3 ? "CHN" : "RUS", "036", "2025-04-10", "Geneva", "CHE"}}));
  }
  std::vector<PutOutcome> all, part, parts;
  Status st = big->PutBatch(Pointers(docs), &all);
  ASSERT_TRUE(st.ok()) << st.ToString();
  std::vector<const Document*> ptrs = Pointers(docs);
  for (size_t i = 0; i < ptrs.size(); i += 7) {
    std::vector<const Document*> b(ptrs.begin() + static_cast<std::ptrdiff_t>(i),
                                   ptrs.begin() + static_cast<std::ptrdiff_t>(std::min(i + 7, ptrs.size())));
    st = small->PutBatch(b, &part);
    ASSERT_TRUE(st.ok()) << st.ToString();
    parts.insert(parts.end(), part.begin(), part.end());
  }
  EXPECT_EQ(all, parts);
  EXPECT_EQ(StatsOf(big.get()).live_articles, 30);
  ExpectSameStores(big.get(), small.get());
  EXPECT_TRUE(big->CheckIntegrity().ok()) << big->CheckIntegrity().ToString();
}

INSTANTIATE_TEST_SUITE_P(Backends, BatchTest, ::testing::Values("sqlite", "postgresql"),
                         [](const ::testing::TestParamInfo<std::string>& p) { return p.param; });

// PostgreSQL rejects text that is not UTF-8 (SQLite stores it): a way to make one
// statement fail on the server in the middle of a pipelined batch. The bad byte goes
// into a different stage's statement each time: the article insert (a query whose id
// is read back), an entity insert (queued, no result read), an event upsert (a query
// whose id the event mentions need).
enum class BadField { kHeadline, kEntityName, kEventDate };

class PostgresPipelineError : public ::testing::TestWithParam<BadField> {};

TEST_P(PostgresPipelineError, FailingStatementMidBatchRollsBackTheWholeBatch) {
  std::string url = BackendUrl("postgresql", "pipeline_error_" + std::to_string(static_cast<int>(GetParam())));
  ASSERT_FALSE(url.empty());
  std::unique_ptr<Store> store = OpenOrDie(url);
  ASSERT_TRUE(store);
  std::vector<std::unique_ptr<Document>> first;
  first.push_back(MakeDoc("before", "AFP", "Earlier batch", "2025-01-01", "Stored before.",
                          {{"FRAGOV", "DEUGOV", "043", "2025-01-01", "Berlin", "DEU"}}));
  ASSERT_TRUE(store->PutBatch(Pointers(first), nullptr).ok());
  StoreStats before = StatsOf(store.get());

  std::vector<std::unique_ptr<Document>> docs;
  for (int i = 0; i < 40; ++i) {
    docs.push_back(MakeDoc("p" + std::to_string(i), "Reuters", "Pipelined " + std::to_string(i), "2025-05-01",
                           "Body " + std::to_string(i),
                           {{"FRAGOV", "DEUGOV", "043", "2025-01-01", "Berlin", "DEU"},
                            {"USAGOV", "MEX", "111", "2025-05-0" + std::to_string(1 + i % 9), "", "MEX"}}));
  }
  // The same story as the earlier batch's document, superseding it, before the failure.
  docs[3] = MakeDoc("before-v2", "AFP", "Earlier batch", "2025-01-02", "Stored before, updated.",
                    {{"FRAGOV", "DEUGOV", "043", "2025-01-01", "Berlin", "DEU"}}, "Actualisé");
  Document& bad = *docs[27];
  switch (GetParam()) {
    case BadField::kHeadline:
      bad.meta.headline += "\xff";
      break;
    case BadField::kEntityName:
      bad.entities.at(0).name += "\xc3";
      break;
    case BadField::kEventDate:
      bad.events.at(1).date += "\xfe";
      break;
  }
  std::vector<PutOutcome> out;
  Status st = store->PutBatch(Pointers(docs), &out);
  ASSERT_FALSE(st.ok());
  EXPECT_NE(st.message().find("22021"), std::string::npos) << st.ToString();  // invalid byte sequence

  // Nothing of the batch, not even what came before the failing statement.
  StoreStats after = StatsOf(store.get());
  EXPECT_EQ(after.articles, before.articles);
  EXPECT_EQ(after.live_articles, before.live_articles);
  EXPECT_EQ(after.stories, before.stories);
  EXPECT_EQ(after.entities, before.entities);
  EXPECT_EQ(after.events, before.events);
  EXPECT_EQ(after.event_mentions, before.event_mentions);
  std::vector<StoredEvent> events = AllEvents(store.get());
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].article_doc_id, "before");
  EXPECT_EQ(events[0].num_mentions, 1);
  EXPECT_TRUE(store->CheckIntegrity().ok()) << store->CheckIntegrity().ToString();

  // The same connection goes on: the batch without the bad document is stored whole.
  docs.erase(docs.begin() + 27);
  st = store->PutBatch(Pointers(docs), &out);
  ASSERT_TRUE(st.ok()) << st.ToString();
  EXPECT_EQ(out[3], PutOutcome::kSuperseded);
  StoreStats done = StatsOf(store.get());
  EXPECT_EQ(done.articles, before.articles + 39);
  EXPECT_EQ(done.live_articles, before.live_articles + 38);
  events = AllEvents(store.get());
  ASSERT_FALSE(events.empty());
  EXPECT_EQ(events[0].num_mentions, 39);  // the shared Berlin event: every live article
  EXPECT_EQ(events[0].article_doc_id, "p0");
  EXPECT_TRUE(store->CheckIntegrity().ok()) << store->CheckIntegrity().ToString();
}

INSTANTIATE_TEST_SUITE_P(Stages, PostgresPipelineError,
                         ::testing::Values(BadField::kHeadline, BadField::kEntityName, BadField::kEventDate),
                         [](const ::testing::TestParamInfo<BadField>& p) {
                           switch (p.param) {
                             case BadField::kHeadline:
                               return std::string("ArticleInsert");
                             case BadField::kEntityName:
                               return std::string("QueuedInsert");
                             case BadField::kEventDate:
                               return std::string("EventUpsert");
                           }
                           return std::string("Unknown");
                         });

}  // namespace
}  // namespace chancery

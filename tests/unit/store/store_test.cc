// The store suite, run against both back ends (parameter "sqlite" / "postgresql").
#include "store/store.h"

#include <gtest/gtest.h>

#include <set>

#include "store_test_util.h"

namespace chancery {
namespace {

using testing::AllEvents;
using testing::BackendUrl;
using testing::EventSpec;
using testing::MakeDoc;
using testing::Pointers;
using testing::StatsOf;

class StoreTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    const ::testing::TestInfo* info = ::testing::UnitTest::GetInstance()->current_test_info();
    std::string name = info->name();
    for (char& c : name) {
      if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
    }
    url_ = BackendUrl(GetParam(), name);
    ASSERT_FALSE(url_.empty());
    Result<std::unique_ptr<Store>> s = Store::Open(url_);
    ASSERT_TRUE(s.ok()) << s.status().ToString();
    store_ = std::move(s).value();
  }

  std::vector<PutOutcome> Put(const std::vector<std::unique_ptr<Document>>& docs) {
    std::vector<PutOutcome> out;
    Status st = store_->PutBatch(Pointers(docs), &out);
    EXPECT_TRUE(st.ok()) << st.ToString();
    return out;
  }

  std::string url_;
  std::unique_ptr<Store> store_;
};

std::vector<std::unique_ptr<Document>> ThreeDispatches() {
  std::vector<std::unique_ptr<Document>> docs;
  docs.push_back(MakeDoc("a", "Reuters", "Lavrov et Rubio se parlent", "2025-02-26T15:16:00+01:00",
                         "MOSCOU - La Russie et les États-Unis se rencontrent à Istanbul jeudi.",
                         {{"RUSGOV", "USAGOV", "036", "2025-02-27", "Istanbul", "TUR"},
                          {"USAGOV", "RUSGOV", "040", "2025-02-27", "Istanbul", "TUR"}}));
  docs.push_back(MakeDoc("b", "AFP", "Kyiv and Paris sign accord", "2025-03-01T10:00:00Z",
                         "PARIS - Ukraine and France signed a security accord on Saturday.",
                         {{"UKRGOV", "FRAGOV", "057", "2025-03-01", "Paris", "FRA"}}));
  docs.push_back(MakeDoc("c", "AP", "Strikes reported near Kharkiv", "2025-03-02T08:00:00Z",
                         "KHARKIV - Russian forces struck the city overnight, officials said.",
                         {{"RUSMIL", "UKR", "190", "2025-03-02", "Kharkiv", "UKR"}}));
  return docs;
}

TEST_P(StoreTest, FreshStoreIsAtCurrentSchemaVersion) {
  Result<int> v = store_->SchemaVersion();
  ASSERT_TRUE(v.ok()) << v.status().ToString();
  EXPECT_EQ(v.value(), Store::CurrentSchemaVersion());
  // Reopening migrates nothing and keeps the version.
  store_.reset();
  Result<std::unique_ptr<Store>> again = Store::Open(url_);
  ASSERT_TRUE(again.ok()) << again.status().ToString();
  EXPECT_EQ(again.value()->SchemaVersion().value(), Store::CurrentSchemaVersion());
}

TEST_P(StoreTest, StoresEveryLayer) {
  auto docs = ThreeDispatches();
  auto out = Put(docs);
  ASSERT_EQ(out.size(), 3u);
  for (PutOutcome o : out) EXPECT_EQ(o, PutOutcome::kStored);
  StoreStats s = StatsOf(store_.get());
  EXPECT_EQ(s.articles, 3);
  EXPECT_EQ(s.live_articles, 3);
  EXPECT_EQ(s.entities, 6);  // RUSGOV USAGOV | UKRGOV FRAGOV | RUSMIL UKR
  EXPECT_EQ(s.mentions, 6);
  EXPECT_EQ(s.timexes, 3);
  EXPECT_EQ(s.quotes, 3);
  EXPECT_EQ(s.events, 4);
  EXPECT_EQ(s.event_mentions, 4);
  EXPECT_TRUE(store_->CheckIntegrity().ok()) << store_->CheckIntegrity().ToString();
  std::vector<StoredEvent> all = AllEvents(store_.get());
  ASSERT_EQ(all.size(), 4u);
  const StoredEvent& e = all[0];
  EXPECT_EQ(e.code, "036");
  EXPECT_EQ(e.base_code, "036");
  EXPECT_EQ(e.root, "03");
  EXPECT_EQ(e.source_actor, "RUSGOV");
  EXPECT_EQ(e.source_name, "Actor RUSGOV");
  EXPECT_EQ(e.source_entity, "e1");
  EXPECT_EQ(e.target_actor, "USAGOV");
  EXPECT_EQ(e.date, "2025-02-27");
  EXPECT_EQ(e.location_name, "Istanbul");
  EXPECT_EQ(e.article_doc_id, "a");
  EXPECT_EQ(e.provider, "Reuters");
  EXPECT_EQ(e.evidence_text, "MOSCOU - La ");
  EXPECT_EQ(e.num_mentions, 1);
  EXPECT_EQ(e.added.size(), 20u);
}

TEST_P(StoreTest, ReingestAddsZeroRows) {
  auto docs = ThreeDispatches();
  Put(docs);
  StoreStats before = StatsOf(store_.get());
  auto again = ThreeDispatches();
  again[1]->id = "another-file-name";  // same text under another name: same dispatch
  auto out = Put(again);
  for (PutOutcome o : out) EXPECT_EQ(o, PutOutcome::kUnchanged);
  StoreStats after = StatsOf(store_.get());
  EXPECT_EQ(after.articles, before.articles);
  EXPECT_EQ(after.entities, before.entities);
  EXPECT_EQ(after.mentions, before.mentions);
  EXPECT_EQ(after.timexes, before.timexes);
  EXPECT_EQ(after.quotes, before.quotes);
  EXPECT_EQ(after.events, before.events);
  EXPECT_EQ(after.event_mentions, before.event_mentions);
  // Twice in one batch: stored once.
  std::vector<std::unique_ptr<Document>> dup;
  dup.push_back(MakeDoc("x", "AFP", "Same twice", "2025-03-03", "Body of the same dispatch.", {}));
  dup.push_back(MakeDoc("y", "AFP", "Same twice", "2025-03-03", "Body of the same dispatch.", {}));
  auto o2 = Put(dup);
  EXPECT_EQ(o2[0], PutOutcome::kStored);
  EXPECT_EQ(o2[1], PutOutcome::kUnchanged);
  EXPECT_EQ(StatsOf(store_.get()).articles, before.articles + 1);
}

TEST_P(StoreTest, TextAnalysedDifferentlyIsReanalysedInPlace) {
  auto docs = ThreeDispatches();
  for (auto& d : docs) d->analysis = "engine 1";
  Put(docs);
  StoreStats before = StatsOf(store_.get());
  std::vector<StoredEvent> old_events = AllEvents(store_.get());
  ASSERT_EQ(old_events.size(), 4u);

  // The same three texts from another engine build: dispatch "a" now yields one event
  // (another code and date) instead of two, "b" the same event, "c" one event more.
  auto again = ThreeDispatches();
  again[0]->events.pop_back();
  again[0]->events[0].code = "040";
  again[0]->events[0].root = "04";
  again[0]->events[0].date = "2025-02-28";
  Event extra = again[2]->events[0];
  extra.id = "v2";
  extra.code = "111";
  extra.root = "11";
  again[2]->events.push_back(extra);
  for (auto& d : again) d->analysis = "engine 2";
  auto out = Put(again);
  ASSERT_EQ(out.size(), 3u);
  for (PutOutcome o : out) EXPECT_EQ(o, PutOutcome::kReanalysed);

  StoreStats after = StatsOf(store_.get());
  EXPECT_EQ(after.articles, before.articles);  // no new article rows
  EXPECT_EQ(after.live_articles, before.live_articles);
  EXPECT_EQ(after.entities, before.entities);  // replaced, not added to
  EXPECT_EQ(after.mentions, before.mentions);
  EXPECT_EQ(after.timexes, before.timexes);
  EXPECT_EQ(after.quotes, before.quotes);
  EXPECT_EQ(after.event_mentions, 4);  // 1 + 1 + 2
  EXPECT_EQ(after.live_events, 4);
  EXPECT_TRUE(store_->CheckIntegrity().ok()) << store_->CheckIntegrity().ToString();

  std::set<std::string> live;
  for (const StoredEvent& e : AllEvents(store_.get())) {
    live.insert(e.code + " " + e.source_actor + ">" + e.target_actor + " " + e.date);
    EXPECT_EQ(e.num_mentions, 1) << e.code;
  }
  EXPECT_EQ(live, (std::set<std::string>{"040 RUSGOV>USAGOV 2025-02-28", "057 UKRGOV>FRAGOV 2025-03-01",
                                         "190 RUSMIL>UKR 2025-03-02", "111 RUSMIL>UKR 2025-03-02"}));
  // The unchanged event keeps its row (and id); the article keeps its id.
  bool kept = false;
  for (const StoredEvent& e : AllEvents(store_.get())) {
    if (e.code == "057") {
      for (const StoredEvent& o : old_events) {
        if (o.code == "057") {
          EXPECT_EQ(e.id, o.id);
          EXPECT_EQ(e.article_id, o.article_id);
          kept = true;
        }
      }
    }
  }
  EXPECT_TRUE(kept);

  // Met again by the same build: unchanged.
  auto third = ThreeDispatches();
  for (auto& d : third) d->analysis = "engine 2";
  third[0]->events = again[0]->events;
  for (PutOutcome o : Put(third)) EXPECT_EQ(o, PutOutcome::kUnchanged);
  EXPECT_EQ(StatsOf(store_.get()).event_mentions, 4);
}

TEST_P(StoreTest, UpdatedVersionSupersedesAndKeepsTheEarlierOne) {
  std::vector<std::unique_ptr<Document>> v1;
  v1.push_back(MakeDoc("v1", "Reuters", "Russie-USA: Lavrov parle à Rubio", "2025-02-26T15:16:00+01:00",
                       "MOSCOU - Première version.", {{"RUSGOV", "USAGOV", "036", "2025-02-27", "Istanbul", "TUR"}}));
  Put(v1);
  std::vector<std::unique_ptr<Document>> v2;
  v2.push_back(MakeDoc("v2", "Reuters", "RUSSIE-USA: Lavrov parle à Rubio", "2025-02-26T17:40:00+01:00",
                       "MOSCOU - Version actualisée avec détails.",
                       {{"RUSGOV", "USAGOV", "040", "2025-02-28", "Istanbul", "TUR"}},
                       "Actualisé avec détails"));
  auto out = Put(v2);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0], PutOutcome::kSuperseded);
  StoreStats s = StatsOf(store_.get());
  EXPECT_EQ(s.articles, 2);       // both versions kept
  EXPECT_EQ(s.live_articles, 1);  // one live
  EXPECT_EQ(s.stories, 1);
  EXPECT_EQ(s.events, 2);
  EXPECT_EQ(s.live_events, 1);    // the first version's event no longer counts
  std::vector<StoredEvent> all = AllEvents(store_.get());
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].article_doc_id, "v2");
  EXPECT_EQ(all[0].date, "2025-02-28");
  EXPECT_TRUE(store_->CheckIntegrity().ok()) << store_->CheckIntegrity().ToString();

  // The first version arriving again changes nothing.
  auto again = Put(v1);
  EXPECT_EQ(again[0], PutOutcome::kUnchanged);
  EXPECT_EQ(StatsOf(store_.get()).live_articles, 1);
}

TEST_P(StoreTest, OlderVersionArrivingLateStaysSuperseded) {
  std::vector<std::unique_ptr<Document>> newer;
  newer.push_back(MakeDoc("n", "AFP", "Sommet à Bruxelles", "2025-03-05T18:00:00+01:00", "Version du soir.",
                          {{"FRAGOV", "DEUGOV", "043", "2025-03-05", "Bruxelles", "BEL"}}, "Actualisé"));
  Put(newer);
  std::vector<std::unique_ptr<Document>> older;
  older.push_back(MakeDoc("o", "AFP", "Sommet à Bruxelles", "2025-03-05T09:00:00+01:00", "Version du matin.",
                          {{"FRAGOV", "DEUGOV", "043", "2025-03-06", "Bruxelles", "BEL"}}));
  auto out = Put(older);
  EXPECT_EQ(out[0], PutOutcome::kStored);
  StoreStats s = StatsOf(store_.get());
  EXPECT_EQ(s.articles, 2);
  EXPECT_EQ(s.live_articles, 1);
  std::vector<StoredEvent> all = AllEvents(store_.get());
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].article_doc_id, "n");
  EXPECT_TRUE(store_->CheckIntegrity().ok()) << store_->CheckIntegrity().ToString();
}

TEST_P(StoreTest, SameEventAcrossArticlesIsOneRowCountedLikeGdelt) {
  std::vector<std::unique_ptr<Document>> docs;
  EventSpec meet{"RUSGOV", "USAGOV", "036", "2025-02-27", "Istanbul", "TUR"};
  EventSpec meet_other_code{"RUSGOV", "USAGOV", "030", "2025-02-27", "ISTANBUL", "TUR"};  // same root 03
  docs.push_back(MakeDoc("r1", "Reuters", "Talks in Istanbul", "2025-02-26", "Russia and the US meet.", {meet, meet}));
  docs.push_back(MakeDoc("r2", "Reuters", "Istanbul talks begin", "2025-02-27", "The delegations met.", {meet_other_code}));
  docs.push_back(MakeDoc("f1", "AFP", "Rencontre à Istanbul", "2025-02-27", "Les délégations se voient.", {meet}));
  Put(docs);
  std::vector<StoredEvent> all = AllEvents(store_.get());
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].num_mentions, 4);  // two in r1, one in r2, one in f1
  EXPECT_EQ(all[0].num_articles, 3);
  EXPECT_EQ(all[0].num_sources, 2);   // Reuters, AFP
  EXPECT_EQ(all[0].article_doc_id, "r1");
  EXPECT_EQ(StatsOf(store_.get()).event_mentions, 4);
  // A different date is another event.
  std::vector<std::unique_ptr<Document>> later;
  later.push_back(MakeDoc("r3", "Reuters", "Second round", "2025-03-10", "They met again.",
                          {{"RUSGOV", "USAGOV", "036", "2025-03-10", "Istanbul", "TUR"}}));
  Put(later);
  EXPECT_EQ(AllEvents(store_.get()).size(), 2u);
  EXPECT_TRUE(store_->CheckIntegrity().ok()) << store_->CheckIntegrity().ToString();
}

TEST_P(StoreTest, FiltersSelectWhatTheyName) {
  Put(ThreeDispatches());
  auto count = [&](const EventQuery& q) { return AllEvents(store_.get(), q).size(); };
  EventQuery q;
  q.actor = "RUS";
  EXPECT_EQ(count(q), 3u);  // RUSGOV->USAGOV, USAGOV->RUSGOV, RUSMIL->UKR
  q = {};
  q.actor = "rusmil";
  EXPECT_EQ(count(q), 1u);
  q = {};
  q.dyad_source = "RUS";
  q.dyad_target = "USA";
  EXPECT_EQ(count(q), 2u);  // the pair, either direction
  q.dyad_directed = true;
  EXPECT_EQ(count(q), 1u);
  q = {};
  q.code = "0";
  EXPECT_EQ(count(q), 3u);
  q.code = "19";
  EXPECT_EQ(count(q), 1u);
  q = {};
  q.from = "2025-03";
  EXPECT_EQ(count(q), 2u);
  q = {};
  q.to = "2025-03-01";  // inclusive
  EXPECT_EQ(count(q), 3u);
  q.from = "2025-03-01";
  EXPECT_EQ(count(q), 1u);
  q = {};
  q.place = "istanbul";
  EXPECT_EQ(count(q), 2u);
  q.place = "UKR";
  EXPECT_EQ(count(q), 1u);
  q = {};
  q.text = "accord";
  EXPECT_EQ(count(q), 1u);
  q.text = "overnight officials";
  EXPECT_EQ(count(q), 1u);
  q.text = "nowhere-to-be-found";
  EXPECT_EQ(count(q), 0u);
  q.text = "\" OR 1=1 --";  // not syntax: words to find
  EXPECT_EQ(count(q), 0u);
  q = {};
  q.actor = "' OR 1=1 --";
  EXPECT_EQ(count(q), 0u);
  q = {};
  q.article = "a";
  std::vector<StoredEvent> of_a = AllEvents(store_.get(), q);
  ASSERT_EQ(of_a.size(), 2u);
  for (const StoredEvent& e : of_a) EXPECT_EQ(e.article_doc_id, "a");
  q.article = "c";
  EXPECT_EQ(count(q), 1u);
  q.actor = "UKR";
  EXPECT_EQ(count(q), 1u);  // combines with the other filters
  q.actor = "FRA";
  EXPECT_EQ(count(q), 0u);
  q = {};
  q.article = "no-such-article' OR '1'='1";
  EXPECT_EQ(count(q), 0u);
}

TEST_P(StoreTest, CursorPaginationIsStableAndComplete) {
  std::vector<std::unique_ptr<Document>> docs;
  for (int i = 0; i < 25; ++i) {
    docs.push_back(MakeDoc("p" + std::to_string(i), "AFP", "Story " + std::to_string(i), "2025-04-01",
                           "Body number " + std::to_string(i) + ".",
                           {{"FRAGOV", "DEUGOV", "040", "2025-04-" + std::to_string(10 + i), "", "FRA"}}));
  }
  Put(docs);
  std::vector<int64_t> seen;
  EventQuery q;
  q.limit = 7;
  for (int page = 0; page < 10; ++page) {
    std::vector<StoredEvent> got = AllEvents(store_.get(), q);
    if (got.empty()) break;
    EXPECT_LE(got.size(), 7u);
    for (const StoredEvent& e : got) seen.push_back(e.id);
    q.after_id = got.back().id;
  }
  ASSERT_EQ(seen.size(), 25u);
  for (size_t i = 1; i < seen.size(); ++i) EXPECT_LT(seen[i - 1], seen[i]);
  std::vector<StoredEvent> all = AllEvents(store_.get());
  ASSERT_EQ(all.size(), 25u);
  for (size_t i = 0; i < all.size(); ++i) EXPECT_EQ(all[i].id, seen[i]);
}

TEST_P(StoreTest, ReadOnlyStoreRefusesWrites) {
  Put(ThreeDispatches());
  StoreOptions ro;
  ro.read_only = true;
  Result<std::unique_ptr<Store>> r = Store::Open(url_, ro);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(AllEvents(r.value().get()).size(), 4u);
  auto docs = ThreeDispatches();
  EXPECT_FALSE(r.value()->PutBatch(Pointers(docs), nullptr).ok());
}

INSTANTIATE_TEST_SUITE_P(Backends, StoreTest, ::testing::Values("sqlite", "postgresql"),
                         [](const ::testing::TestParamInfo<std::string>& p) { return p.param; });

TEST(StoreOpen, MissingSqliteFileIsNotFoundWhenReadOnly) {
  StoreOptions ro;
  ro.read_only = true;
  Result<std::unique_ptr<Store>> r = Store::Open(::testing::TempDir() + "/no/such/store.db", ro);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kNotFound);
}

TEST(StoreOpen, RecognisesPostgresUrls) {
  EXPECT_TRUE(IsPostgresUrl("postgresql://u@h/db"));
  EXPECT_TRUE(IsPostgresUrl("postgres:///db?host=/tmp"));
  EXPECT_FALSE(IsPostgresUrl("./chancery.db"));
  EXPECT_FALSE(IsPostgresUrl("postgresql.db"));
}

}  // namespace
}  // namespace chancery

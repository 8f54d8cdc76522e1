// The HTTP API's handlers, called in-process (no sockets) over a temporary SQLite store
// holding the bundled examples.
#include "serve/api.h"

#include <gtest/gtest.h>
#include <simdjson.h>
#include <unistd.h>

#include <filesystem>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "support/test_data.h"

namespace chancery::serve {
namespace {

namespace fs = std::filesystem;

class ApiTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    ExtractOptions options;
    options.data_dir = testing::DataDir();
    Result<std::unique_ptr<Pipeline>> p = Pipeline::Create(options);
    ASSERT_TRUE(p.ok()) << p.status().message();
    pipeline_ = std::move(p).value().release();
    db_ = (fs::temp_directory_path() / ("chancery_serve_test_" + std::to_string(getpid()) + ".db")).string();
    Result<std::unique_ptr<Store>> store = Store::Open(db_);
    ASSERT_TRUE(store.ok()) << store.status().message();
    std::vector<std::unique_ptr<Document>> docs;
    std::vector<const Document*> ptrs;
    for (const auto& entry : fs::directory_iterator(testing::SourceDir() + "/examples")) {
      if (entry.path().extension() != ".txt") continue;
      InputRecord record;
      record.id = entry.path().stem().string();
      record.text = testing::ReadOrFail(entry.path().string());
      auto doc = std::make_unique<Document>();
      ASSERT_TRUE(pipeline_->Analyze(std::move(record), doc.get()).ok());
      ptrs.push_back(doc.get());
      docs.push_back(std::move(doc));
    }
    ASSERT_GE(docs.size(), 2u);
    ASSERT_TRUE(store.value()->PutBatch(ptrs, nullptr).ok());
  }
  static void TearDownTestSuite() {
    delete pipeline_;
    pipeline_ = nullptr;
    for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(db_ + suffix);
  }

  void SetUp() override {
    ApiOptions options;
    options.db_url = db_;
    options.max_body_bytes = 64 << 10;
    api_ = std::make_unique<Api>(pipeline_, options);
  }

  Response Get(const std::string& path, std::map<std::string, std::string> query = {}) {
    Request r;
    r.method = "GET";
    r.path = path;
    r.query = std::move(query);
    return api_->Handle(r);
  }

  // Parses `body` as JSON; fails the test if it is not.
  simdjson::dom::element Parse(const std::string& body) {
    simdjson::dom::element e;
    auto error = parser_.parse(body).get(e);
    EXPECT_FALSE(error) << body.substr(0, 200);
    return e;
  }

  std::string ErrorOf(const Response& r) {
    std::string_view message;
    if (Parse(r.body)["error"].get(message)) return "(no error field)";
    return std::string(message);
  }

  static Pipeline* pipeline_;
  static std::string db_;
  std::unique_ptr<Api> api_;
  simdjson::dom::parser parser_;
};

Pipeline* ApiTest::pipeline_ = nullptr;
std::string ApiTest::db_;

TEST_F(ApiTest, HealthzIsOk) {
  Response r = Get("/healthz");
  EXPECT_EQ(r.status, 200);
  std::string_view status;
  ASSERT_FALSE(Parse(r.body)["status"].get(status));
  EXPECT_EQ(status, "ok");
}

TEST_F(ApiTest, HealthzReportsAMissingStore) {
  ApiOptions options;
  options.db_url = "/nonexistent/dir/x.db";
  Api api(pipeline_, options);
  Request r{"GET", "/healthz", {}, ""};
  EXPECT_EQ(api.Handle(r).status, 503);
}

TEST_F(ApiTest, EventsPageAndCursorWalkEveryEventOnce) {
  Response all = Get("/api/events", {{"limit", "1000"}});
  ASSERT_EQ(all.status, 200);
  simdjson::dom::array events;
  ASSERT_FALSE(Parse(all.body)["events"].get(events));
  size_t total = events.size();
  ASSERT_GE(total, 2u) << "the examples should code at least two events";

  std::vector<int64_t> seen;
  std::string cursor;
  for (int page = 0; page < 100; ++page) {
    std::map<std::string, std::string> q = {{"limit", "1"}};
    if (!cursor.empty()) q["cursor"] = cursor;
    Response r = Get("/api/events", q);
    ASSERT_EQ(r.status, 200) << r.body;
    simdjson::dom::element doc = Parse(r.body);
    simdjson::dom::array page_events;
    ASSERT_FALSE(doc["events"].get(page_events));
    for (simdjson::dom::element e : page_events) seen.push_back(int64_t(e["id"]));
    simdjson::dom::element next = doc["next_cursor"];
    if (next.is_null()) break;
    cursor = std::string(std::string_view(next));
  }
  // The last full page has a cursor that yields an empty page; no event twice.
  EXPECT_EQ(seen.size(), total);
  for (size_t i = 1; i < seen.size(); ++i) EXPECT_LT(seen[i - 1], seen[i]);
}

TEST_F(ApiTest, EventsFilterByCode) {
  Response r = Get("/api/events", {{"code", "1"}});
  ASSERT_EQ(r.status, 200);
  simdjson::dom::array events;
  ASSERT_FALSE(Parse(r.body)["events"].get(events));
  for (simdjson::dom::element e : events) {
    std::string_view code = e["code"];
    EXPECT_EQ(code.substr(0, 1), "1");
  }
  Response none = Get("/api/events", {{"from", "1900"}, {"to", "1900"}});
  ASSERT_EQ(none.status, 200);
  EXPECT_NE(none.body.find("\"events\":[]"), std::string::npos) << none.body;
}

TEST_F(ApiTest, EventsCsvHasAHeaderAndOneLinePerEvent) {
  Response json = Get("/api/events", {{"limit", "1000"}});
  simdjson::dom::array events;
  ASSERT_FALSE(Parse(json.body)["events"].get(events));
  Response csv = Get("/api/events", {{"format", "csv"}});
  ASSERT_EQ(csv.status, 200);
  csv.body = DrainBody(csv);
  EXPECT_EQ(csv.content_type.rfind("text/csv", 0), 0u);
  EXPECT_EQ(csv.body.rfind("id,", 0), 0u) << csv.body.substr(0, 80);
  bool attachment = false;
  for (const auto& [name, value] : csv.headers) attachment |= name == "Content-Disposition";
  EXPECT_TRUE(attachment);
  // Evidence texts may hold quoted newlines, so count records by their leading id.
  size_t records = 0;
  for (simdjson::dom::element e : events) {
    std::string id = std::to_string(int64_t(e["id"]));
    if (csv.body.find("\n" + id + ",") != std::string::npos) ++records;
  }
  EXPECT_EQ(records, events.size());
}

TEST_F(ApiTest, BadParametersAre400WithAJsonError) {
  const std::vector<std::map<std::string, std::string>> bad = {
      {{"code", "x"}},          {{"code", "12345"}},      {{"from", "2025-13"}},
      {{"to", "20250101"}},     {{"limit", "0"}},         {{"limit", "-3"}},
      {{"limit", "1000000"}},   {{"cursor", "abc"}},      {{"dyad", "RUS"}},
      {{"dyad", "RUS,'; --"}},  {{"actor", "RUS GOV"}},   {{"format", "xml"}},
      {{"text", "   "}},        {{"bogus", "1"}},         {{"directed", "maybe"}},
      // Not UTF-8 (found by the serve fuzzer: it reached the store's word folding).
      {{"place", "\xFF"}},       {{"text", "Par\xC3"}},   {{"actor", "\xE2\x82"}},
  };
  for (const auto& q : bad) {
    Response r = Get("/api/events", q);
    EXPECT_EQ(r.status, 400) << q.begin()->first << "=" << q.begin()->second;
    EXPECT_NE(ErrorOf(r), "(no error field)");
  }
  EXPECT_EQ(Get("/api/actors/R%20S").status, 400);
  EXPECT_EQ(Get("/api/dyads/RUS/timeline").status, 400);
}

TEST_F(ApiTest, UnknownPathsAre404AndWrongMethods405) {
  for (const char* path : {"/nope", "/api", "/api/event", "/../etc/passwd", "/api/dyads/RUS,USA",
                           "/api/dyads/RUS,USA/timelinex", "/index.htm"}) {
    Response r = Get(path);
    EXPECT_EQ(r.status, 404) << path;
    EXPECT_NE(ErrorOf(r), "(no error field)");
  }
  Request post{"POST", "/api/events", {}, ""};
  EXPECT_EQ(api_->Handle(post).status, 405);
  EXPECT_EQ(Get("/api/extract").status, 405);
}

TEST_F(ApiTest, ExtractPlainTextAndRecord) {
  std::string text = testing::ReadOrFail(testing::SourceDir() + "/examples/fr_afp_nairobi.txt");
  Request plain{"POST", "/api/extract", {}, text};
  Response r = api_->Handle(plain);
  ASSERT_EQ(r.status, 200) << r.body.substr(0, 200);
  simdjson::dom::element doc = Parse(r.body);
  std::string_view lang, echoed;
  ASSERT_FALSE(doc["lang"].get(lang));
  EXPECT_EQ(lang, "fr");
  ASSERT_FALSE(doc["text"].get(echoed));
  EXPECT_EQ(echoed, text);
  simdjson::dom::array entities;
  ASSERT_FALSE(doc["entities"].get(entities));
  EXPECT_GT(entities.size(), 0u);

  Request record{"POST", "/api/extract", {}, R"({"id":"r1","text":"Kenya expelled a Sudanese diplomat on Wednesday.","lang":"en"})"};
  Response rr = api_->Handle(record);
  ASSERT_EQ(rr.status, 200) << rr.body;
  std::string_view id;
  ASSERT_FALSE(Parse(rr.body)["id"].get(id));
  EXPECT_EQ(id, "r1");
}

TEST_F(ApiTest, ExtractRejectsEmptyInvalidAndOversizedBodies) {
  EXPECT_EQ(api_->Handle({"POST", "/api/extract", {}, "  \n"}).status, 400);
  EXPECT_EQ(api_->Handle({"POST", "/api/extract", {}, "{\"id\": 1"}).status, 400);
  EXPECT_EQ(api_->Handle({"POST", "/api/extract", {}, std::string("a\xff\xfe b", 5)}).status, 400);
  EXPECT_EQ(api_->Handle({"POST", "/api/extract", {{"lang", "de"}}, "Hallo"}).status, 400);
  EXPECT_EQ(api_->Handle({"POST", "/api/extract", {}, std::string(65 << 10, 'a')}).status, 413);
}

TEST_F(ApiTest, ActorArticleAndTimelineAgreeWithTheEvents) {
  Response all = Get("/api/events", {{"limit", "1000"}});
  simdjson::dom::parser own;  // Parse() reuses parser_, which would invalidate `events`
  simdjson::dom::array events;
  ASSERT_FALSE(own.parse(all.body)["events"].get(events));
  ASSERT_GT(events.size(), 0u);
  simdjson::dom::element first = events.at(0);
  std::string source{std::string_view(first["source"]["actor"])};
  std::string article{std::string_view(first["article"]["id"])};

  Response actor = Get("/api/actors/" + source);
  ASSERT_EQ(actor.status, 200) << actor.body;
  EXPECT_GE(int64_t(Parse(actor.body)["as_source"]), 1);
  EXPECT_EQ(Get("/api/actors/ZZZZZZ").status, 404);

  Response art = Get("/api/articles/" + article);
  ASSERT_EQ(art.status, 200) << art.body;
  simdjson::dom::array art_events;
  ASSERT_FALSE(Parse(art.body)["events"].get(art_events));
  size_t of_article = 0;  // the article's events among all events
  for (simdjson::dom::element e : events) of_article += std::string_view(e["article"]["id"]) == article;
  EXPECT_EQ(art_events.size(), of_article);
  for (simdjson::dom::element e : art_events) EXPECT_EQ(std::string_view(e["article"]["id"]), article);
  EXPECT_EQ(Get("/api/articles/no-such-article").status, 404);

  // The timeline of every dyad counts each dated event of that dyad once per day.
  std::map<std::string, int64_t> dated;  // dyad -> dated events
  for (simdjson::dom::element e : events) {
    std::string_view s, t, date;
    if (e["source"]["actor"].get(s) || e["target"]["actor"].get(t)) continue;
    if (e["date"].get(date) || date.size() < 10) continue;
    ++dated[std::string(s) + "," + std::string(t)];
  }
  for (const auto& [dyad, n] : dated) {
    Response tl = Get("/api/dyads/" + dyad + "/timeline");
    ASSERT_EQ(tl.status, 200) << tl.body;
    int64_t sum = 0;
    simdjson::dom::array days;
    ASSERT_FALSE(Parse(tl.body)["days"].get(days));
    for (simdjson::dom::element d : days) {
      int64_t count = d["events"];
      int64_t by_quad = 0;
      for (simdjson::dom::element q : simdjson::dom::array(d["quad"])) by_quad += int64_t(q);
      EXPECT_EQ(by_quad, count);
      sum += count;
    }
    EXPECT_GE(sum, n) << dyad;  // either direction, so at least this direction's events
  }
}

TEST_F(ApiTest, RootServesTheEmbeddedPage) {
  Response r = Get("/");
  ASSERT_EQ(r.status, 200);
  EXPECT_EQ(r.content_type.rfind("text/html", 0), 0u);
  EXPECT_NE(r.body.find("api/extract"), std::string::npos);
  EXPECT_NE(r.body.find("</html>"), std::string::npos);
}

TEST_F(ApiTest, NetworkCountsEveryTwoSidedEventOnceOnItsDyad) {
  Response all = Get("/api/events", {{"limit", "1000"}});
  simdjson::dom::parser own;
  simdjson::dom::array events;
  ASSERT_FALSE(own.parse(all.body)["events"].get(events));
  std::map<std::string, int64_t> dyads;  // "A>B" -> events
  int64_t one_sided = 0;
  for (simdjson::dom::element e : events) {
    std::string_view s, t;
    if (e["source"]["actor"].get(s) || e["target"]["actor"].get(t) || s.empty() || t.empty()) {
      ++one_sided;
      continue;
    }
    ++dyads[std::string(s) + ">" + std::string(t)];
  }
  ASSERT_FALSE(dyads.empty()) << "the examples should code a two-sided event";

  Response r = Get("/api/network");
  ASSERT_EQ(r.status, 200) << r.body;
  simdjson::dom::element net = Parse(r.body);
  EXPECT_EQ(int64_t(net["events"]), static_cast<int64_t>(events.size()));
  EXPECT_EQ(int64_t(net["one_sided"]), one_sided);
  std::map<std::string, int64_t> got;
  std::set<std::string> nodes;
  for (simdjson::dom::element n : simdjson::dom::array(net["nodes"])) nodes.insert(std::string(std::string_view(n["actor"])));
  int64_t previous = INT64_MAX;
  for (simdjson::dom::element e : simdjson::dom::array(net["edges"])) {
    std::string s{std::string_view(e["source"])}, t{std::string_view(e["target"])};
    int64_t n = e["events"], by_quad = 0;
    for (simdjson::dom::element q : simdjson::dom::array(e["quad"])) by_quad += int64_t(q);
    EXPECT_EQ(by_quad, n) << s << ">" << t;
    EXPECT_LE(n, previous) << "edges come busiest first";
    previous = n;
    EXPECT_TRUE(nodes.count(s) && nodes.count(t)) << "an edge's actors are nodes";
    got[s + ">" + t] = n;
  }
  EXPECT_EQ(got, dyads);

  // The filters apply, and an aggregate takes no cursor or format.
  const std::string some = dyads.begin()->first.substr(0, dyads.begin()->first.find('>'));
  Response filtered = Get("/api/network", {{"actor", some}});
  ASSERT_EQ(filtered.status, 200);
  for (simdjson::dom::element e : simdjson::dom::array(Parse(filtered.body)["edges"])) {
    std::string_view s = e["source"], t = e["target"];
    EXPECT_TRUE(s.starts_with(some) || t.starts_with(some)) << s << ">" << t;
  }
  EXPECT_EQ(Get("/api/network", {{"cursor", "3"}}).status, 400);
  EXPECT_EQ(Get("/api/network", {{"format", "csv"}}).status, 400);
  EXPECT_EQ(Get("/api/network", {{"code", "x"}}).status, 400);
}

TEST_F(ApiTest, NetworkKeepsTheBusiestEdges) {
  ApiOptions options;
  options.db_url = db_;
  options.max_network_edges = 1;
  Api api(pipeline_, options);
  Response r = api.Handle({"GET", "/api/network", {}, ""});
  ASSERT_EQ(r.status, 200);
  simdjson::dom::element net = Parse(r.body);
  EXPECT_EQ(simdjson::dom::array(net["edges"]).size(), 1u);
  EXPECT_LE(simdjson::dom::array(net["nodes"]).size(), 2u);
}

TEST_F(ApiTest, PlacesGroupTheEventsWithCoordinates) {
  Response all = Get("/api/events", {{"limit", "1000"}});
  simdjson::dom::parser own;
  simdjson::dom::array events;
  ASSERT_FALSE(own.parse(all.body)["events"].get(events));
  int64_t located = 0;
  for (simdjson::dom::element e : events) {
    double lat;
    if (!e["location"]["lat"].get(lat)) ++located;
  }
  ASSERT_GT(located, 0) << "the examples should place an event";
  Response r = Get("/api/places");
  ASSERT_EQ(r.status, 200) << r.body;
  simdjson::dom::element places = Parse(r.body);
  EXPECT_EQ(int64_t(places["events"]), static_cast<int64_t>(events.size()));
  EXPECT_EQ(int64_t(places["unplaced"]), static_cast<int64_t>(events.size()) - located);
  int64_t sum = 0;
  for (simdjson::dom::element p : simdjson::dom::array(places["places"])) {
    double lat = p["lat"], lon = p["lon"];
    EXPECT_TRUE(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180) << lat << "," << lon;
    sum += int64_t(p["events"]);
  }
  EXPECT_EQ(sum, located);
  Response none = Get("/api/places", {{"from", "1900"}, {"to", "1900"}});
  ASSERT_EQ(none.status, 200);
  EXPECT_EQ(simdjson::dom::array(Parse(none.body)["places"]).size(), 0u);
}

TEST_F(ApiTest, WorldMapIsEmbeddedAndSmall) {
  Response r = Get("/assets/world.json");
  ASSERT_EQ(r.status, 200);
  EXPECT_LT(r.body.size(), 300u << 10);
  simdjson::dom::element map = Parse(r.body);
  int64_t width = map["width"], height = map["height"];
  EXPECT_EQ(width, 2 * height);
  simdjson::dom::array countries = map["countries"];
  EXPECT_GT(countries.size(), 150u);
  bool france = false;
  for (simdjson::dom::element c : countries) {
    std::string_view name = c["name"], d = c["d"];
    EXPECT_EQ(d.substr(0, 1), "M") << name;
    france |= name == "France";
  }
  EXPECT_TRUE(france);
  EXPECT_EQ(Get("/assets/other.json").status, 404);
  EXPECT_EQ(Get("/favicon.ico").status, 204);
}

TEST_F(ApiTest, CsvWithoutALimitStreamsPagesThatJoinIntoTheWholeCsv) {
  Response whole = Get("/api/events", {{"format", "csv"}});
  ASSERT_EQ(whole.status, 200);
  const std::string expected = DrainBody(whole);
  Response json = Get("/api/events", {{"limit", "1000"}});
  simdjson::dom::array events;
  ASSERT_FALSE(Parse(json.body)["events"].get(events));
  ASSERT_GE(events.size(), 3u);

  ApiOptions options;
  options.db_url = db_;
  options.csv_page_rows = 2;  // several pages, the last one possibly full
  Api paged(pipeline_, options);
  Response r = paged.Handle({"GET", "/api/events", {{"format", "csv"}}, ""});
  ASSERT_EQ(r.status, 200);
  ASSERT_TRUE(static_cast<bool>(r.stream)) << "more than one page should stream";
  size_t chunks = 0;
  std::string body = r.body;
  for (;;) {
    StreamStep step = r.stream(&body);
    ASSERT_NE(step, StreamStep::kFailed);
    ++chunks;
    if (step == StreamStep::kDone) break;
    ASSERT_LT(chunks, 10000u);
  }
  EXPECT_GE(chunks, (events.size() - 2) / 2);
  EXPECT_EQ(body, expected);

  // With limit= the CSV is one page, built at once, with the next cursor in a header.
  Response limited = Get("/api/events", {{"format", "csv"}, {"limit", "1"}});
  EXPECT_FALSE(static_cast<bool>(limited.stream));
  bool cursor = false;
  for (const auto& [name, value] : limited.headers) cursor |= name == "X-Next-Cursor";
  EXPECT_TRUE(cursor);
}

TEST_F(ApiTest, CsvOfAMissingStoreIsA500) {
  ApiOptions options;
  options.db_url = "/nonexistent/dir/x.db";
  Api api(pipeline_, options);
  Response r = api.Handle({"GET", "/api/events", {{"format", "csv"}}, ""});
  EXPECT_EQ(r.status, 500);
  EXPECT_FALSE(static_cast<bool>(r.stream));
}

}  // namespace
}  // namespace chancery::serve

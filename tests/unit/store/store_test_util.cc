#include "store_test_util.h"

#include <gtest/gtest.h>
#include <libpq-fe.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <map>

namespace chancery::testing {

namespace {

// Code points of `needle` in `hay` (first occurrence after `from`), as a span.
Span FindSpan(const std::string& hay, const std::string& needle) {
  size_t byte = hay.find(needle);
  if (byte == std::string::npos) return {};
  auto cps = [&](size_t end) {
    uint32_t n = 0;
    for (size_t i = 0; i < end; ++i) n += (static_cast<unsigned char>(hay[i]) & 0xc0) != 0x80;
    return n;
  };
  return {cps(byte), cps(byte + needle.size())};
}

}  // namespace

std::unique_ptr<Document> MakeDoc(const std::string& id, const std::string& provider,
                                  const std::string& headline, const std::string& published,
                                  const std::string& body, const std::vector<EventSpec>& events,
                                  const std::string& update_note) {
  auto doc = std::make_unique<Document>();
  doc->id = id;
  doc->text = headline + "\n\n" + body;
  doc->lang = Language::kFrench;
  doc->meta.headline = headline;
  doc->meta.headline_span = FindSpan(doc->text, headline);
  doc->meta.provider = provider;
  doc->meta.published = published;
  doc->meta.update_note = update_note;
  std::map<std::string, std::string> entity_of;  // actor code -> entity id
  auto entity = [&](const std::string& actor) {
    auto it = entity_of.find(actor);
    if (it != entity_of.end()) return it->second;
    Entity e;
    e.id = "e" + std::to_string(doc->entities.size() + 1);
    e.type = actor.size() == 3 ? "country" : "organization";
    e.name = "Acteur " + actor;
    e.canonical = "Actor " + actor;
    e.country = actor.substr(0, 3);
    e.actor = actor;
    e.mentions.push_back({FindSpan(doc->text, headline.substr(0, std::min<size_t>(5, headline.size())))});
    doc->entities.push_back(e);
    entity_of[actor] = e.id;
    return e.id;
  };
  for (size_t i = 0; i < events.size(); ++i) {
    const EventSpec& s = events[i];
    Event ev;
    ev.id = "v" + std::to_string(i + 1);
    ev.code = s.code;
    ev.root = s.code.substr(0, 2);
    ev.quad_class = s.code < "06" ? 1 : (s.code < "09" ? 2 : (s.code < "14" ? 3 : 4));
    ev.goldstein = s.code < "06" ? 3.5 : -2.0;
    ev.source = {entity(s.source), s.source};
    ev.target = {entity(s.target), s.target};
    ev.date = s.date;
    ev.modality = "asserted";
    ev.location_name = s.place;
    ev.location_country = s.country;
    ev.sentence = static_cast<uint32_t>(i);
    ev.evidence = FindSpan(doc->text, body.substr(0, std::min<size_t>(12, body.size())));
    doc->events.push_back(ev);
  }
  Timex t;
  t.span = FindSpan(doc->text, body.substr(0, std::min<size_t>(4, body.size())));
  t.type = "DATE";
  t.value = published.substr(0, 10);
  doc->timexes.push_back(t);
  Quote q;
  q.span = FindSpan(doc->text, body);
  q.kind = "indirect";
  q.speaker = doc->entities.empty() ? "" : doc->entities[0].id;
  doc->quotes.push_back(q);
  return doc;
}

std::vector<const Document*> Pointers(const std::vector<std::unique_ptr<Document>>& docs) {
  std::vector<const Document*> out;
  for (const auto& d : docs) out.push_back(d.get());
  return out;
}

std::string BackendUrl(const std::string& backend, const std::string& name) {
  if (backend == "sqlite") {
    std::string dir = ::testing::TempDir() + "chancery_store_" + std::to_string(getpid());
    std::filesystem::create_directories(dir);
    std::string path = dir + "/" + name + ".db";
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
    return path;
  }
  const char* base = std::getenv("CHANCERY_TEST_PG_URL");
  if (base == nullptr || *base == '\0') {
    ADD_FAILURE() << "CHANCERY_TEST_PG_URL is not set: run the store suite through ctest, whose "
                     "pg_server fixture starts a throwaway PostgreSQL (scripts/pg_test_server.sh)";
    return {};
  }
  // The fixture's URL names the maintenance database "postgres"; each test gets its own.
  std::string url = base;
  std::string db = "t_" + name + "_" + std::to_string(getpid());
  for (char& c : db) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  PGconn* conn = PQconnectdb(url.c_str());
  if (PQstatus(conn) != CONNECTION_OK) {
    ADD_FAILURE() << "cannot reach the test PostgreSQL at " << url << ": " << PQerrorMessage(conn);
    PQfinish(conn);
    return {};
  }
  PQclear(PQexec(conn, ("DROP DATABASE IF EXISTS " + db).c_str()));
  PGresult* r = PQexec(conn, ("CREATE DATABASE " + db).c_str());
  if (PQresultStatus(r) != PGRES_COMMAND_OK) ADD_FAILURE() << PQresultErrorMessage(r);
  PQclear(r);
  PQfinish(conn);
  size_t slash = url.find("/postgres");
  if (slash == std::string::npos) {
    ADD_FAILURE() << "CHANCERY_TEST_PG_URL must name the database /postgres: " << url;
    return {};
  }
  return url.substr(0, slash) + "/" + db + url.substr(slash + 9);
}

StoreStats StatsOf(Store* store) {
  Result<StoreStats> s = store->Stats();
  EXPECT_TRUE(s.ok()) << s.status().ToString();
  return s.ok() ? s.value() : StoreStats{};
}

std::vector<StoredEvent> AllEvents(Store* store, const EventQuery& query) {
  std::vector<StoredEvent> out;
  Status st = store->QueryEvents(query, [&](const StoredEvent& e) {
    out.push_back(e);
    return true;
  });
  EXPECT_TRUE(st.ok()) << st.ToString();
  return out;
}

}  // namespace chancery::testing

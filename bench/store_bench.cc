// The store: ingest rate (documents/s into SQLite and into PostgreSQL) and the latency
// of a dyad-over-time query on a SQLite store of at least one million synthetic events.
// Targets (issue 7): 2,000 documents/s into SQLite, dyad timeline under 100 ms.
//
// PostgreSQL: the database named by CHANCERY_BENCH_PG_URL; without it, a throwaway
// server started for the run with scripts/pg_test_server.sh (found from the current
// directory, the source root under `make bench`) and stopped at exit; the benchmark is
// skipped when neither is available. A batch of 256 documents goes through the store's
// pipelined stages (docs/schema.md, "Bulk loads").
//
// The million-event store is built once and kept at $TMPDIR/chancery_bench_1m.db (the
// build takes a while); delete it to rebuild.
#include <benchmark/benchmark.h>
#include <sys/resource.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "store/store.h"

namespace chancery::bench {
namespace {

constexpr const char* kActors[] = {"RUS", "UKR", "USA", "CHN", "FRA", "DEU", "GBR", "ISR", "IRN", "TUR",
                                   "IND", "PAK", "JPN", "KOR", "PRK", "SYR", "EGY", "SAU", "BRA", "ZAF"};
constexpr const char* kRoles[] = {"GOV", "MIL", "", "OPP"};
constexpr const char* kCodes[] = {"036", "040", "042", "043", "057", "111", "112", "130", "173", "190"};

// A news-sized synthetic document (about 2.5 KB of text, 12 entities, 3 timexes,
// 2 quotes, `events` events) whose text is unique for `n`.
std::unique_ptr<Document> SyntheticDoc(uint64_t n, int events, uint64_t salt) {
  auto doc = std::make_unique<Document>();
  doc->id = "s" + std::to_string(n);
  std::string body;
  for (int i = 0; i < 30; ++i) {
    body += "Paragraph " + std::to_string(i) + " of dispatch " + std::to_string(n) + "/" + std::to_string(salt) +
            ": officials met and talked about the talks. ";
  }
  doc->meta.headline = "Synthetic dispatch " + std::to_string(n) + " " + std::to_string(salt);
  doc->meta.provider = n % 3 == 0 ? "AFP" : (n % 3 == 1 ? "Reuters" : "AP");
  doc->meta.published = "2024-01-01T00:00:00Z";
  doc->text = doc->meta.headline + "\n\n" + body;
  doc->lang = Language::kEnglish;
  for (int i = 0; i < 12; ++i) {
    Entity e;
    e.id = "e" + std::to_string(i + 1);
    e.type = "country";
    e.name = kActors[(n + i) % 20];
    e.actor = std::string(kActors[(n + i) % 20]) + kRoles[i % 4];
    e.mentions.push_back({{static_cast<uint32_t>(10 * i), static_cast<uint32_t>(10 * i + 5)}});
    e.mentions.push_back({{static_cast<uint32_t>(500 + 10 * i), static_cast<uint32_t>(505 + 10 * i)}});
    doc->entities.push_back(std::move(e));
  }
  for (int i = 0; i < 3; ++i) {
    Timex t;
    t.span = {static_cast<uint32_t>(100 + 20 * i), static_cast<uint32_t>(110 + 20 * i)};
    t.type = "DATE";
    t.value = "2024-01-0" + std::to_string(i + 1);
    doc->timexes.push_back(t);
  }
  for (int i = 0; i < 2; ++i) {
    Quote q;
    q.span = {static_cast<uint32_t>(200 + 100 * i), static_cast<uint32_t>(260 + 100 * i)};
    q.kind = "direct";
    q.speaker = "e1";
    doc->quotes.push_back(q);
  }
  for (int i = 0; i < events; ++i) {
    uint64_t k = n * 7919 + static_cast<uint64_t>(i) * 104729 + salt;
    Event ev;
    ev.id = "v" + std::to_string(i + 1);
    ev.code = kCodes[k % 10];
    ev.root = ev.code.substr(0, 2);
    ev.quad_class = 1 + static_cast<int>(k % 4);
    ev.goldstein = static_cast<double>(k % 20) - 10;
    ev.source = {"e1", std::string(kActors[k % 20]) + "GOV"};
    ev.target = {"e2", std::string(kActors[(k / 20) % 20]) + "GOV"};
    // Spread over ten years of days: nearly every event is distinct.
    int day = static_cast<int>((k / 400) % 3650);
    int y = 2015 + day / 365, doy = day % 365;
    int m = 1 + doy / 31 % 12, d = 1 + doy % 28;
    char date[16];
    std::snprintf(date, sizeof date, "%04d-%02d-%02d", y, m, d);
    ev.date = date;
    ev.location_name = "City " + std::to_string(k % 500);
    ev.location_country = kActors[k % 20];
    ev.sentence = static_cast<uint32_t>(i);
    ev.evidence = {static_cast<uint32_t>(40 * i), static_cast<uint32_t>(40 * i + 30)};
    doc->events.push_back(std::move(ev));
  }
  return doc;
}

std::string TempPath(const std::string& name) {
  const char* t = std::getenv("TMPDIR");
  return std::string(t != nullptr && *t ? t : "/tmp") + "/" + name;
}

void Ingest(benchmark::State& state, const std::string& url) {
  Result<std::unique_ptr<Store>> store = Store::Open(url);
  if (!store.ok()) {
    state.SkipWithError(store.status().ToString().c_str());
    return;
  }
  constexpr int kBatch = 256;
  constexpr int kPerIteration = 2048;
  uint64_t salt = static_cast<uint64_t>(getpid()) * 1000003 + static_cast<uint64_t>(time(nullptr));
  uint64_t n = 0;
  size_t docs = 0;
  for (auto _ : state) {
    state.PauseTiming();
    std::vector<std::unique_ptr<Document>> owned;
    for (int i = 0; i < kPerIteration; ++i) owned.push_back(SyntheticDoc(n++, 4, salt));
    state.ResumeTiming();
    for (int i = 0; i < kPerIteration; i += kBatch) {
      std::vector<const Document*> batch;
      for (int j = i; j < i + kBatch; ++j) batch.push_back(owned[j].get());
      Status st = store.value()->PutBatch(batch, nullptr);
      if (!st.ok()) {
        state.SkipWithError(st.ToString().c_str());
        return;
      }
    }
    docs += kPerIteration;
  }
  state.counters["docs_per_s"] = benchmark::Counter(static_cast<double>(docs), benchmark::Counter::kIsRate);
  struct rusage usage;
  getrusage(RUSAGE_SELF, &usage);
  state.counters["peak_rss_MB"] = static_cast<double>(usage.ru_maxrss) / 1024.0;
}

void BM_SqliteIngest(benchmark::State& state) {
  std::string path = TempPath("chancery_bench_ingest_" + std::to_string(getpid()) + ".db");
  Ingest(state, path);
  for (const char* s : {"", "-wal", "-shm"}) std::filesystem::remove(path + s);
}
BENCHMARK(BM_SqliteIngest)->Unit(benchmark::kMillisecond)->UseRealTime();

// A throwaway PostgreSQL server for this run (stopped and removed at exit), or "" when
// none can be started.
class ThrowawayPostgres {
 public:
  static const std::string& Url() {
    static ThrowawayPostgres server;
    return server.url_;
  }
  ~ThrowawayPostgres() {
    if (!url_.empty()) Shell("stop");
  }

 private:
  ThrowawayPostgres() {
    if (!std::filesystem::exists(script_)) return;
    if (Shell("start") != 0) return;
    url_ = "postgresql:///postgres?host=" + dir_ + "&port=" + port_ + "&user=chancery";
  }
  int Shell(const char* cmd) const {
    std::string line = "bash " + script_ + " " + cmd + " " + dir_ + " " + port_ + " >/dev/null 2>&1";
    return std::system(line.c_str());
  }
  std::string script_ = std::filesystem::absolute("scripts/pg_test_server.sh").string();
  std::string dir_ = TempPath("chancery_bench_pg_" + std::to_string(getpid()));
  std::string port_ = std::to_string(55000 + getpid() % 5000);
  std::string url_;
};

void BM_PostgresIngest(benchmark::State& state) {
  const char* env = std::getenv("CHANCERY_BENCH_PG_URL");
  std::string url = env != nullptr && *env != '\0' ? std::string(env) : ThrowawayPostgres::Url();
  if (url.empty()) {
    state.SkipWithError("no PostgreSQL: set CHANCERY_BENCH_PG_URL=postgresql://... or run from the source root "
                        "with Debian's postgresql installed (scripts/pg_test_server.sh)");
    return;
  }
  Ingest(state, url);
}
BENCHMARK(BM_PostgresIngest)->Unit(benchmark::kMillisecond)->UseRealTime();

// The million-event store, built once.
const std::string& MillionEventStore() {
  static const std::string path = [] {
    std::string p = TempPath("chancery_bench_1m.db");
    {
      StoreOptions ro;
      ro.read_only = true;
      Result<std::unique_ptr<Store>> s = Store::Open(p, ro);
      if (s.ok()) {
        Result<StoreStats> st = s.value()->Stats();
        if (st.ok() && st.value().live_events >= 1000000) return p;
      }
    }
    for (const char* sfx : {"", "-wal", "-shm"}) std::filesystem::remove(p + sfx);
    Result<std::unique_ptr<Store>> s = Store::Open(p);
    if (!s.ok()) return std::string();
    uint64_t n = 0;
    for (;;) {
      std::vector<std::unique_ptr<Document>> owned;
      for (int i = 0; i < 1000; ++i) owned.push_back(SyntheticDoc(n++, 25, 0));
      std::vector<const Document*> batch;
      for (const auto& d : owned) batch.push_back(d.get());
      if (!s.value()->PutBatch(batch, nullptr).ok()) return std::string();
      Result<StoreStats> st = s.value()->Stats();
      if (!st.ok()) return std::string();
      if (st.value().live_events >= 1000000) break;
    }
    return p;
  }();
  return path;
}

// Events of one directed dyad, bucketed by month (count, Goldstein sum): the query
// behind a dyad timeline chart.
void BM_DyadTimeline(benchmark::State& state) {
  const std::string& path = MillionEventStore();
  if (path.empty()) {
    state.SkipWithError("cannot build the million-event store");
    return;
  }
  StoreOptions ro;
  ro.read_only = true;
  Result<std::unique_ptr<Store>> store = Store::Open(path, ro);
  if (!store.ok()) {
    state.SkipWithError(store.status().ToString().c_str());
    return;
  }
  EventQuery q;
  q.dyad_source = "RUS";
  q.dyad_target = "UKR";
  size_t rows = 0;
  for (auto _ : state) {
    std::map<std::string, std::pair<int64_t, double>> months;
    rows = 0;
    Status st = store.value()->QueryEvents(q, [&](const StoredEvent& e) {
      auto& b = months[e.date.substr(0, 7)];
      ++b.first;
      b.second += e.goldstein;
      ++rows;
      return true;
    });
    if (!st.ok()) {
      state.SkipWithError(st.ToString().c_str());
      return;
    }
    benchmark::DoNotOptimize(months);
  }
  Result<StoreStats> st = store.value()->Stats();
  state.counters["store_events"] = st.ok() ? static_cast<double>(st.value().live_events) : 0;
  state.counters["dyad_events"] = static_cast<double>(rows);
}
BENCHMARK(BM_DyadTimeline)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace
}  // namespace chancery::bench

BENCHMARK_MAIN();

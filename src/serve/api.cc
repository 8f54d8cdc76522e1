#include "serve/api.h"

#include <algorithm>
#include <cstdio>
#include <memory>
#include <set>
#include <string_view>
#include <tuple>
#include <utility>

#include "format/document_json.h"
#include "format/json_writer.h"
#include "ingest/record.h"
#include "serve/assets.h"
#include "store/event_format.h"
#include "unicode/utf8.h"

namespace chancery::serve {

namespace {

bool IsDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

// YYYY, YYYY-MM or YYYY-MM-DD with a plausible month and day.
bool ValidDate(std::string_view d) {
  if (d.size() != 4 && d.size() != 7 && d.size() != 10) return false;
  if (!IsDigits(d.substr(0, 4))) return false;
  if (d.size() >= 7) {
    if (d[4] != '-' || !IsDigits(d.substr(5, 2))) return false;
    int month = (d[5] - '0') * 10 + (d[6] - '0');
    if (month < 1 || month > 12) return false;
  }
  if (d.size() == 10) {
    if (d[7] != '-' || !IsDigits(d.substr(8, 2))) return false;
    int day = (d[8] - '0') * 10 + (d[9] - '0');
    if (day < 1 || day > 31) return false;
  }
  return true;
}

// A CAMEO actor code or code prefix: ASCII letters and digits, at most `max`.
bool ValidCode(std::string_view s, size_t max) {
  if (s.empty() || s.size() > max) return false;
  for (char c : s) {
    bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (!ok) return false;
  }
  return true;
}

std::string Upper(std::string s) {
  for (char& c : s) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return s;
}

bool ParseDyad(std::string_view dyad, std::string* a, std::string* b) {
  size_t comma = dyad.find(',');
  if (comma == std::string_view::npos) return false;
  *a = Upper(std::string(dyad.substr(0, comma)));
  *b = Upper(std::string(dyad.substr(comma + 1)));
  return ValidCode(*a, 32) && ValidCode(*b, 32);
}

// One event as the JSON object of `chancery events --format json`, without its newline.
void AppendEventObject(const StoredEvent& e, std::string* out) {
  size_t at = out->size();
  AppendEvent(e, EventFormat::kJson, nullptr, out);
  while (out->size() > at && (out->back() == '\n' || out->back() == '\r')) out->pop_back();
}

}  // namespace

std::string DrainBody(Response& r, bool* failed) {
  std::string out = r.body;
  if (failed != nullptr) *failed = false;
  if (!r.stream) return out;
  for (;;) {
    StreamStep step = r.stream(&out);
    if (step == StreamStep::kMore) continue;
    if (step == StreamStep::kFailed && failed != nullptr) *failed = true;
    return out;
  }
}

Response ErrorResponse(int status, const std::string& message) {
  Response r;
  r.status = status;
  JsonWriter w(&r.body);
  w.BeginObject();
  w.Key("error");
  w.String(message);
  w.EndObject();
  return r;
}

bool ParseEventQuery(const std::map<std::string, std::string>& params, int64_t default_limit,
                     int64_t max_limit, EventQuery* q, bool* csv, std::string* error) {
  static const std::set<std::string> kKnown = {"actor", "dyad", "directed", "code", "from", "to",
                                               "place", "text", "limit", "cursor", "format"};
  *q = EventQuery();
  *csv = false;
  for (const auto& [name, value] : params) {
    if (kKnown.count(name) == 0) {
      *error = "unknown parameter '" + name + "'";
      return false;
    }
    if (value.size() > 512) {
      *error = "parameter '" + name + "' is too long";
      return false;
    }
    if (!ValidateUtf8(value).ok()) {
      *error = "parameter '" + name + "' is not valid UTF-8";
      return false;
    }
  }
  auto get = [&](const char* name) -> const std::string* {
    auto it = params.find(name);
    return it == params.end() || it->second.empty() ? nullptr : &it->second;
  };
  if (const std::string* v = get("format")) {
    if (*v == "csv") {
      *csv = true;
    } else if (*v != "json") {
      *error = "format takes json or csv";
      return false;
    }
  }
  if (const std::string* v = get("actor")) {
    if (!ValidCode(*v, 32)) {
      *error = "actor takes a CAMEO actor code (letters and digits)";
      return false;
    }
    q->actor = Upper(*v);
  }
  if (const std::string* v = get("dyad")) {
    if (!ParseDyad(*v, &q->dyad_source, &q->dyad_target)) {
      *error = "dyad takes two actor codes: A,B";
      return false;
    }
  }
  if (const std::string* v = get("directed")) {
    if (*v != "1" && *v != "0" && *v != "true" && *v != "false") {
      *error = "directed takes 1 or 0";
      return false;
    }
    q->dyad_directed = (*v == "1" || *v == "true");
  }
  if (const std::string* v = get("code")) {
    if (!IsDigits(*v) || v->size() > 4) {
      *error = "code takes a CAMEO event code prefix (up to 4 digits)";
      return false;
    }
    q->code = *v;
  }
  if (const std::string* v = get("from")) {
    if (!ValidDate(*v)) {
      *error = "from takes YYYY, YYYY-MM or YYYY-MM-DD";
      return false;
    }
    q->from = *v;
  }
  if (const std::string* v = get("to")) {
    if (!ValidDate(*v)) {
      *error = "to takes YYYY, YYYY-MM or YYYY-MM-DD";
      return false;
    }
    q->to = *v;
  }
  if (const std::string* v = get("place")) q->place = *v;
  if (const std::string* v = get("text")) {
    if (v->find_first_not_of(" \t\r\n") == std::string::npos) {
      *error = "text takes at least one word";
      return false;
    }
    q->text = *v;
  }
  q->limit = *csv ? 0 : default_limit;
  if (const std::string* v = get("limit")) {
    if (!IsDigits(*v) || v->size() > 12 || std::stoll(*v) < 1) {
      *error = "limit takes a positive number";
      return false;
    }
    q->limit = std::stoll(*v);
    if (!*csv && q->limit > max_limit) {
      *error = "limit is at most " + std::to_string(max_limit);
      return false;
    }
  }
  if (const std::string* v = get("cursor")) {
    if (!IsDigits(*v) || v->size() > 18) {
      *error = "cursor takes the next_cursor of a previous page";
      return false;
    }
    q->after_id = std::stoll(*v);
  }
  return true;
}

Api::Api(const Pipeline* pipeline, ApiOptions options) : pipeline_(pipeline), options_(std::move(options)) {}

Api::~Api() = default;

Status Api::Query(const EventQuery& query, const std::function<bool(const StoredEvent&)>& sink) {
  std::unique_ptr<Store> store;
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (!idle_.empty()) {
      store = std::move(idle_.back());
      idle_.pop_back();
    }
  }
  if (!store) {
    StoreOptions ro;
    ro.read_only = true;
    Result<std::unique_ptr<Store>> opened = Store::Open(options_.db_url, ro);
    if (!opened.ok()) return opened.status();
    store = std::move(opened).value();
  }
  Status st = store->QueryEvents(query, sink);
  if (st.ok()) {  // a store that failed is dropped, not reused
    std::lock_guard<std::mutex> lock(mu_);
    if (idle_.size() < 16) idle_.push_back(std::move(store));
  }
  return st;
}

Status Api::CheckStore() {
  EventQuery q;
  q.limit = 1;
  return Query(q, [](const StoredEvent&) { return false; });
}

Response Api::Handle(const Request& request) {
  const std::string& path = request.path;
  const bool get = request.method == "GET" || request.method == "HEAD";
  if (path == "/api/extract") {
    if (request.method != "POST") return ErrorResponse(405, "use POST for /api/extract");
    return Extract(request);
  }
  bool known = path == "/" || path == "/index.html" || path == "/healthz" || path == "/api/events" ||
               path == "/api/network" || path == "/api/places" || path == "/assets/world.json" ||
               path == "/favicon.ico" ||
               path.starts_with("/api/articles/") || path.starts_with("/api/actors/") ||
               path.starts_with("/api/dyads/");
  if (!known) return ErrorResponse(404, "no such path");
  if (!get) return ErrorResponse(405, "use GET for " + path);
  if (path == "/" || path == "/index.html") {
    Response r;
    r.content_type = "text/html; charset=utf-8";
    r.body = std::string(IndexHtml());
    r.headers.emplace_back("Content-Security-Policy",
                           "default-src 'self'; script-src 'unsafe-inline'; style-src 'unsafe-inline'");
    return r;
  }
  if (path == "/favicon.ico") {  // no icon: an empty answer keeps browsers from logging a 404
    Response r;
    r.status = 204;
    r.content_type = "image/x-icon";
    return r;
  }
  if (path == "/assets/world.json") {
    Response r;
    r.body = std::string(WorldMapJson());
    return r;
  }
  if (path == "/healthz") return Health();
  if (path == "/api/events") return Events(request);
  if (path == "/api/network") return Network(request);
  if (path == "/api/places") return Places(request);
  if (path.starts_with("/api/articles/")) return Article(path.substr(14));
  if (path.starts_with("/api/actors/")) return Actor(path.substr(12));
  // /api/dyads/{A},{B}/timeline
  std::string rest = path.substr(11);
  constexpr std::string_view kTail = "/timeline";
  if (rest.size() <= kTail.size() || !rest.ends_with(kTail)) return ErrorResponse(404, "no such path");
  return Timeline(rest.substr(0, rest.size() - kTail.size()));
}

Response Api::Health() {
  Status st = CheckStore();
  if (!st.ok()) return ErrorResponse(503, "store unavailable: " + st.message());
  Response r;
  JsonWriter w(&r.body);
  w.BeginObject();
  w.Key("status");
  w.String("ok");
  w.Key("extract");
  w.Bool(pipeline_ != nullptr);
  w.EndObject();
  return r;
}

Response Api::Extract(const Request& request) {
  if (request.body.size() > options_.max_body_bytes) return ErrorResponse(413, "body too large");
  if (pipeline_ == nullptr) return ErrorResponse(503, "extraction is not available");
  InputRecord record;
  record.id = "input";
  size_t first = request.body.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return ErrorResponse(400, "empty body: send a dispatch's text or a JSON record");
  if (request.body[first] == '{') {
    JsonRecordReader reader;
    Status st = reader.Parse(request.body, &record);
    if (!st.ok()) return ErrorResponse(400, st.message());
  } else {
    record.text = request.body;
  }
  if (auto it = request.query.find("lang"); it != request.query.end() && !it->second.empty()) {
    if (it->second != "fr" && it->second != "en") return ErrorResponse(400, "lang takes fr or en");
    record.lang = it->second;
  }
  Document doc;
  Status st = pipeline_->Analyze(std::move(record), &doc);
  if (!st.ok()) {
    int status = st.code() == StatusCode::kInvalidInput ? 400 : 500;
    return ErrorResponse(status, st.message());
  }
  Response r;
  AppendDocumentJson(doc, DocumentJsonOptions(), &r.body);
  return r;
}

Response Api::Events(const Request& request) {
  EventQuery q;
  bool csv = false;
  std::string error;
  if (!ParseEventQuery(request.query, options_.default_limit, options_.max_limit, &q, &csv, &error)) {
    return ErrorResponse(400, error);
  }
  Response r;
  int64_t count = 0, last = 0;
  Status st;
  if (csv && q.limit == 0) {
    // Every matching event: streamed in pages that follow the id cursor, so a large
    // store's CSV is never built in memory. The first page is read now, so a store
    // failure is still a 500 with a JSON error.
    r.content_type = "text/csv; charset=utf-8";
    r.headers.emplace_back("Content-Disposition", "attachment; filename=\"chancery-events.csv\"");
    AppendEventHeader(EventFormat::kCsv, &r.body);
    struct Pager {
      EventQuery query;
      bool done = false;
    };
    auto pager = std::make_shared<Pager>();
    pager->query = q;
    pager->query.limit = std::max<int64_t>(1, options_.csv_page_rows);
    auto next_page = [this, pager](std::string* out) {
      if (pager->done) return StreamStep::kDone;
      int64_t rows = 0;
      Status page_status = Query(pager->query, [&](const StoredEvent& e) {
        ++rows;
        pager->query.after_id = e.id;
        AppendEvent(e, EventFormat::kCsv, nullptr, out);
        return true;
      });
      if (!page_status.ok()) return StreamStep::kFailed;
      if (rows < pager->query.limit) pager->done = true;
      return pager->done ? StreamStep::kDone : StreamStep::kMore;
    };
    if (next_page(&r.body) == StreamStep::kFailed) return ErrorResponse(500, "store: cannot read the events");
    if (!pager->done) r.stream = next_page;
    return r;
  }
  if (csv) {
    r.content_type = "text/csv; charset=utf-8";
    r.headers.emplace_back("Content-Disposition", "attachment; filename=\"chancery-events.csv\"");
    AppendEventHeader(EventFormat::kCsv, &r.body);
    st = Query(q, [&](const StoredEvent& e) {
      ++count;
      last = e.id;
      AppendEvent(e, EventFormat::kCsv, nullptr, &r.body);
      return true;
    });
  } else {
    r.body = "{\"events\":[";
    st = Query(q, [&](const StoredEvent& e) {
      if (count++ > 0) r.body += ',';
      last = e.id;
      AppendEventObject(e, &r.body);
      return true;
    });
    r.body += "],\"next_cursor\":";
    if (q.limit > 0 && count == q.limit) {
      r.body += "\"" + std::to_string(last) + "\"";
    } else {
      r.body += "null";
    }
    r.body += "}";
  }
  if (!st.ok()) return ErrorResponse(500, "store: " + st.message());
  if (csv && q.limit > 0 && count == q.limit) r.headers.emplace_back("X-Next-Cursor", std::to_string(last));
  return r;
}

Response Api::Article(const std::string& id) {
  if (id.empty() || id.size() > 256 || id.find('/') != std::string::npos) {
    return ErrorResponse(404, "no such article");
  }
  // The events whose representative mention is in this article (an index lookup).
  EventQuery q;
  q.article = id;
  std::string events;
  int64_t count = 0;
  std::string url, provider;
  Status st = Query(q, [&](const StoredEvent& e) {
    if (count++ > 0) events += ',';
    url = e.url;
    provider = e.provider;
    AppendEventObject(e, &events);
    return true;
  });
  if (!st.ok()) return ErrorResponse(500, "store: " + st.message());
  if (count == 0) return ErrorResponse(404, "no stored event is reported by an article with id '" + id + "'");
  Response r;
  JsonWriter w(&r.body);
  w.BeginObject();
  w.Key("id");
  w.String(id);
  w.Key("url");
  w.StringOrNull(url);
  w.Key("provider");
  w.StringOrNull(provider);
  w.EndObject();
  r.body.pop_back();  // reopen the object to add the events array
  r.body += ",\"events\":[" + events + "]}";
  return r;
}

Response Api::Actor(const std::string& raw) {
  if (!ValidCode(raw, 32)) return ErrorResponse(400, "an actor code is letters and digits");
  EventQuery q;
  q.actor = Upper(raw);
  int64_t total = 0, as_source = 0, as_target = 0;
  double goldstein = 0;
  std::map<std::string, int64_t> roots, counterparts, names;
  std::string first_date, last_date;
  Status st = Query(q, [&](const StoredEvent& e) {
    ++total;
    goldstein += e.goldstein;
    ++roots[e.root];
    bool src = e.source_actor.starts_with(q.actor), tgt = e.target_actor.starts_with(q.actor);
    if (src) {
      ++as_source;
      if (!e.source_name.empty()) ++names[e.source_name];
      if (!e.target_actor.empty()) ++counterparts[e.target_actor];
    }
    if (tgt) {
      ++as_target;
      if (!e.target_name.empty()) ++names[e.target_name];
      if (!e.source_actor.empty()) ++counterparts[e.source_actor];
    }
    if (e.date.size() >= 4) {
      if (first_date.empty() || e.date < first_date) first_date = e.date;
      if (last_date.empty() || e.date > last_date) last_date = e.date;
    }
    return true;
  });
  if (!st.ok()) return ErrorResponse(500, "store: " + st.message());
  if (total == 0) return ErrorResponse(404, "no stored event involves actor '" + q.actor + "'");
  auto counts = [](JsonWriter& w, const std::map<std::string, int64_t>& m, size_t top) {
    std::vector<std::pair<int64_t, std::string>> v;
    for (const auto& [k, n] : m) v.emplace_back(-n, k);
    std::sort(v.begin(), v.end());
    w.BeginArray();
    for (size_t i = 0; i < v.size() && i < top; ++i) {
      w.BeginObject();
      w.Key("key");
      w.String(v[i].second);
      w.Key("events");
      w.Int(-v[i].first);
      w.EndObject();
    }
    w.EndArray();
  };
  Response r;
  JsonWriter w(&r.body);
  w.BeginObject();
  w.Key("actor");
  w.String(q.actor);
  w.Key("events");
  w.Int(total);
  w.Key("as_source");
  w.Int(as_source);
  w.Key("as_target");
  w.Int(as_target);
  w.Key("mean_goldstein");
  w.Double(goldstein / static_cast<double>(total));
  w.Key("first_date");
  w.StringOrNull(first_date);
  w.Key("last_date");
  w.StringOrNull(last_date);
  w.Key("names");
  counts(w, names, 20);
  w.Key("counterparts");
  counts(w, counterparts, 20);
  w.Key("roots");
  counts(w, roots, 20);
  w.EndObject();
  return r;
}

Response Api::Timeline(const std::string& dyad) {
  EventQuery q;
  if (!ParseDyad(dyad, &q.dyad_source, &q.dyad_target)) return ErrorResponse(400, "a dyad is two actor codes: A,B");
  struct Day {
    int64_t count = 0;
    int64_t quad[5] = {0, 0, 0, 0, 0};
    double goldstein = 0;
  };
  std::map<std::string, Day> days;
  int64_t undated = 0;
  Status st = Query(q, [&](const StoredEvent& e) {
    if (e.date.size() < 10) {  // a month or year only: no day to put it on
      ++undated;
      return true;
    }
    Day& d = days[e.date.substr(0, 10)];
    ++d.count;
    if (e.quad_class >= 1 && e.quad_class <= 4) ++d.quad[e.quad_class];
    d.goldstein += e.goldstein;
    return true;
  });
  if (!st.ok()) return ErrorResponse(500, "store: " + st.message());
  Response r;
  JsonWriter w(&r.body);
  w.BeginObject();
  w.Key("dyad");
  w.String(q.dyad_source + "," + q.dyad_target);
  w.Key("days");
  w.BeginArray();
  for (const auto& [date, d] : days) {
    w.BeginObject();
    w.Key("date");
    w.String(date);
    w.Key("events");
    w.Int(d.count);
    w.Key("quad");
    w.BeginArray();
    for (int i = 1; i <= 4; ++i) w.Int(d.quad[i]);
    w.EndArray();
    w.Key("mean_goldstein");
    w.Double(d.goldstein / static_cast<double>(d.count));
    w.EndObject();
  }
  w.EndArray();
  w.Key("undated");
  w.Int(undated);
  w.EndObject();
  return r;
}

namespace {

// Event counts by quad class (1..4) and a Goldstein sum: what the network's edges and
// the map's places aggregate.
struct Tally {
  int64_t events = 0;
  int64_t quad[4] = {0, 0, 0, 0};
  double goldstein = 0;
  void Add(const StoredEvent& e) {
    ++events;
    if (e.quad_class >= 1 && e.quad_class <= 4) ++quad[e.quad_class - 1];
    goldstein += e.goldstein;
  }
  void Write(JsonWriter& w) const {
    w.Key("events");
    w.Int(events);
    w.Key("quad");
    w.BeginArray();
    for (int64_t n : quad) w.Int(n);
    w.EndArray();
    w.Key("mean_goldstein");
    w.Double(events > 0 ? goldstein / static_cast<double>(events) : 0.0);
  }
};

// The events filters of an aggregate (/api/network, /api/places): all matching events
// unless limit= is given; no cursor or format.
bool ParseAggregateQuery(const Request& request, EventQuery* q, std::string* error) {
  for (const char* name : {"cursor", "format"}) {
    if (request.query.count(name) != 0) {
      *error = std::string(name) + " is not taken by an aggregate";
      return false;
    }
  }
  bool csv = false;
  return ParseEventQuery(request.query, 0, int64_t{1} << 40, q, &csv, error);
}

}  // namespace

Response Api::Network(const Request& request) {
  EventQuery q;
  std::string error;
  if (!ParseAggregateQuery(request, &q, &error)) return ErrorResponse(400, error);
  struct Node {
    int64_t events = 0;
    std::map<std::string, int64_t> names;
  };
  std::map<std::string, Node> nodes;
  std::map<std::pair<std::string, std::string>, Tally> edges;
  int64_t total = 0, one_sided = 0;
  Status st = Query(q, [&](const StoredEvent& e) {
    ++total;
    if (e.source_actor.empty() || e.target_actor.empty()) {
      ++one_sided;
      return true;
    }
    edges[{e.source_actor, e.target_actor}].Add(e);
    Node& s = nodes[e.source_actor];
    ++s.events;
    if (!e.source_name.empty()) ++s.names[e.source_name];
    if (e.target_actor != e.source_actor) {
      Node& t = nodes[e.target_actor];
      ++t.events;
      if (!e.target_name.empty()) ++t.names[e.target_name];
    }
    return true;
  });
  if (!st.ok()) return ErrorResponse(500, "store: " + st.message());
  // The busiest edges (ties by codes, so the answer is stable), and only their nodes.
  std::vector<std::pair<int64_t, const std::pair<std::string, std::string>*>> order;
  for (const auto& [key, tally] : edges) order.emplace_back(-tally.events, &key);
  std::sort(order.begin(), order.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first < b.first : *a.second < *b.second;
  });
  if (order.size() > options_.max_network_edges) order.resize(options_.max_network_edges);
  std::set<std::string> kept;
  for (const auto& [n, key] : order) {
    kept.insert(key->first);
    kept.insert(key->second);
  }
  Response r;
  JsonWriter w(&r.body);
  w.BeginObject();
  w.Key("events");
  w.Int(total);
  w.Key("one_sided");
  w.Int(one_sided);
  w.Key("edges_total");
  w.Int(static_cast<int64_t>(edges.size()));
  w.Key("nodes");
  w.BeginArray();
  for (const std::string& code : kept) {
    const Node& node = nodes[code];
    std::string name;
    int64_t best = 0;
    for (const auto& [n, count] : node.names) {
      if (count > best) best = count, name = n;
    }
    w.BeginObject();
    w.Key("actor");
    w.String(code);
    w.Key("name");
    w.StringOrNull(name);
    w.Key("events");
    w.Int(node.events);
    w.EndObject();
  }
  w.EndArray();
  w.Key("edges");
  w.BeginArray();
  for (const auto& [n, key] : order) {
    w.BeginObject();
    w.Key("source");
    w.String(key->first);
    w.Key("target");
    w.String(key->second);
    edges[*key].Write(w);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  return r;
}

Response Api::Places(const Request& request) {
  EventQuery q;
  std::string error;
  if (!ParseAggregateQuery(request, &q, &error)) return ErrorResponse(400, error);
  struct Place {
    std::string name, country;
    double lat = 0, lon = 0;
    Tally tally;
  };
  // Keyed by the rounded position and the name, so one place's events meet.
  std::map<std::tuple<int64_t, int64_t, std::string>, Place> places;
  int64_t total = 0, unplaced = 0;
  Status st = Query(q, [&](const StoredEvent& e) {
    ++total;
    if (!e.has_location_geo) {
      ++unplaced;
      return true;
    }
    auto key = std::make_tuple(static_cast<int64_t>(e.location_lat * 1000), static_cast<int64_t>(e.location_lon * 1000),
                               e.location_name);
    Place& p = places[key];
    if (p.tally.events == 0) {
      p.name = e.location_name;
      p.country = e.location_country;
      p.lat = e.location_lat;
      p.lon = e.location_lon;
    }
    p.tally.Add(e);
    return true;
  });
  if (!st.ok()) return ErrorResponse(500, "store: " + st.message());
  std::vector<const Place*> order;
  for (const auto& [key, p] : places) order.push_back(&p);
  std::stable_sort(order.begin(), order.end(),
                   [](const Place* a, const Place* b) { return a->tally.events > b->tally.events; });
  Response r;
  JsonWriter w(&r.body);
  w.BeginObject();
  w.Key("events");
  w.Int(total);
  w.Key("unplaced");
  w.Int(unplaced);
  w.Key("places");
  w.BeginArray();
  for (const Place* p : order) {
    w.BeginObject();
    w.Key("name");
    w.StringOrNull(p->name);
    w.Key("country");
    w.StringOrNull(p->country);
    w.Key("lat");
    w.Double(p->lat);
    w.Key("lon");
    w.Double(p->lon);
    p->tally.Write(w);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  return r;
}

}  // namespace chancery::serve

#include "store/event_format.h"

#include <cstdio>

#include "format/json_writer.h"
#include "store/keys.h"

namespace chancery {

namespace {

void AppendDouble(double v, std::string* out) {
  char buf[32];
  int n = std::snprintf(buf, sizeof buf, "%.6g", v);
  out->append(buf, static_cast<size_t>(n));
}

void AppendInt(int64_t v, std::string* out) { out->append(std::to_string(v)); }

// RFC 4180: quote when the field holds a comma, quote, CR or LF; double inner quotes.
void AppendCsvField(std::string_view s, std::string* out) {
  if (s.find_first_of(",\"\r\n") == std::string_view::npos) {
    out->append(s);
    return;
  }
  out->push_back('"');
  for (char c : s) {
    if (c == '"') out->push_back('"');
    out->push_back(c);
  }
  out->push_back('"');
}

// A GDELT field: tabs and line breaks would break the row, so they become spaces.
void AppendTsvField(std::string_view s, std::string* out) {
  for (char c : s) out->push_back(c == '\t' || c == '\n' || c == '\r' ? ' ' : c);
}

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

int64_t DaysFromCivil(int64_t y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

// The calendar day an event date stands for in GDELT's day-grain columns: the day
// itself, or the first day of a month, year or ISO week. False when it has no year.
bool EventDay(std::string_view date, int* y, int* m, int* d) {
  if (date.size() < 4 || !AllDigits(date.substr(0, 4))) return false;
  *y = std::stoi(std::string(date.substr(0, 4)));
  *m = 1;
  *d = 1;
  if (date.size() >= 7 && date[4] == '-' && AllDigits(date.substr(5, 2))) {
    *m = std::stoi(std::string(date.substr(5, 2)));
    if (date.size() >= 10 && date[7] == '-' && AllDigits(date.substr(8, 2))) {
      *d = std::stoi(std::string(date.substr(8, 2)));
    }
  } else if (date.size() >= 8 && date[4] == '-' && date[5] == 'W' && AllDigits(date.substr(6, 2))) {
    // Monday of ISO week w: the week holding January 4th is week 1.
    int w = std::stoi(std::string(date.substr(6, 2)));
    int64_t jan4 = DaysFromCivil(*y, 1, 4);
    int64_t weekday = ((jan4 + 3) % 7 + 7) % 7;  // 0 = Monday (1970-01-01 was a Thursday)
    int64_t day = jan4 - weekday + 7 * (w - 1);
    // civil_from_days
    day += 719468;
    int64_t era = (day >= 0 ? day : day - 146096) / 146097;
    unsigned doe = static_cast<unsigned>(day - era * 146097);
    unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    unsigned mp = (5 * doy + 2) / 153;
    *d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    *m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    *y = static_cast<int>(static_cast<int64_t>(yoe) + era * 400 + (*m <= 2));
  }
  return *m >= 1 && *m <= 12 && *d >= 1 && *d <= 31;
}

// The CAMEO country part of an actor code (its first three letters when they are a
// country the iso_fips table knows), and the role codes after it.
struct ActorParts {
  std::string_view country;
  std::string_view type1, type2, type3;
};

ActorParts SplitActor(std::string_view code, const Lexicon* iso_fips) {
  ActorParts p;
  std::string_view rest = code;
  if (code.size() >= 3 && iso_fips != nullptr && iso_fips->Contains(code.substr(0, 3))) {
    p.country = code.substr(0, 3);
    rest = code.substr(3);
  }
  auto take = [&rest]() {
    std::string_view t = rest.substr(0, std::min<size_t>(3, rest.size()));
    rest.remove_prefix(t.size());
    return t;
  };
  p.type1 = take();
  p.type2 = take();
  p.type3 = take();
  return p;
}

void AppendGdelt(const StoredEvent& e, const Lexicon* iso_fips, std::string* out) {
  int column = 0;
  auto field = [&](std::string_view v) {
    if (column++ > 0) out->push_back('\t');
    AppendTsvField(v, out);
  };
  auto empty = [&](int n) {
    for (int i = 0; i < n; ++i) field({});
  };
  char buf[64];
  field(std::to_string(e.id));                                   // 1 GLOBALEVENTID
  int y = 0, m = 0, d = 0;
  if (EventDay(e.date, &y, &m, &d)) {
    std::snprintf(buf, sizeof buf, "%04d%02d%02d", y, m, d);
    field(buf);                                                  // 2 SQLDATE
    std::snprintf(buf, sizeof buf, "%04d%02d", y, m);
    field(buf);                                                  // 3 MonthYear
    field(std::to_string(y));                                    // 4 Year
    int64_t doy = DaysFromCivil(y, static_cast<unsigned>(m), static_cast<unsigned>(d)) -
                  DaysFromCivil(y, 1, 1) + 1;
    std::snprintf(buf, sizeof buf, "%.4f", y + static_cast<double>(doy) / 365.0);
    field(buf);                                                  // 5 FractionDate
  } else {
    empty(4);
  }
  for (int side = 0; side < 2; ++side) {
    const std::string& code = side == 0 ? e.source_actor : e.target_actor;
    const std::string& name = side == 0 ? e.source_name : e.target_name;
    ActorParts p = SplitActor(code, iso_fips);
    field(code);                                                 // 6/16 ActorNCode
    field(name);                                                 // 7/17 ActorNName
    field(p.country);                                            // 8/18 ActorNCountryCode
    empty(4);  // KnownGroup, Ethnic, Religion1, Religion2
    field(p.type1);                                              // 13/23 Type1Code
    field(p.type2);
    field(p.type3);
  }
  field({});                                                     // 26 IsRootEvent
  field(e.code);                                                 // 27 EventCode
  field(e.base_code);                                            // 28 EventBaseCode
  field(e.root);                                                 // 29 EventRootCode
  field(e.quad_class > 0 ? std::to_string(e.quad_class) : std::string());  // 30 QuadClass
  std::string g;
  AppendDouble(e.goldstein, &g);
  field(g);                                                      // 31 GoldsteinScale
  field(std::to_string(e.num_mentions));                         // 32 NumMentions
  field(std::to_string(e.num_sources));                          // 33 NumSources
  field(std::to_string(e.num_articles));                         // 34 NumArticles
  field({});                                                     // 35 AvgTone
  empty(16);  // 36-51 Actor1Geo_* and Actor2Geo_*: Chancery does not place actors
  // 52-59 ActionGeo_*.
  std::string_view fips;
  if (!e.location_country.empty() && iso_fips != nullptr) {
    if (auto f = iso_fips->Find(e.location_country)) fips = *f;
  }
  std::string type;
  if (e.has_location_geo) {
    type = e.location_country == "USA" ? "3" : "4";
  } else if (e.location_name.empty() && !fips.empty()) {
    type = "1";
  }
  field(type);                                                   // 52 ActionGeo_Type
  field(e.location_name);                                        // 53 ActionGeo_FullName
  field(fips);                                                   // 54 ActionGeo_CountryCode
  field(type == "1" ? fips : std::string_view());                // 55 ActionGeo_ADM1Code
  field({});                                                     // 56 ActionGeo_ADM2Code
  std::string lat, lon;
  if (e.has_location_geo) {
    std::snprintf(buf, sizeof buf, "%.4f", e.location_lat);
    lat = buf;
    std::snprintf(buf, sizeof buf, "%.4f", e.location_lon);
    lon = buf;
  }
  field(lat);                                                    // 57 ActionGeo_Lat
  field(lon);                                                    // 58 ActionGeo_Long
  field(type == "1" ? fips : std::string_view());                // 59 ActionGeo_FeatureID
  std::string added;
  for (char c : e.added) {
    if (c >= '0' && c <= '9') added.push_back(c);
  }
  field(added.size() == 14 ? added : std::string());             // 60 DATEADDED
  field(e.url);                                                  // 61 SOURCEURL
  out->push_back('\n');
}

void AppendJson(const StoredEvent& e, std::string* out) {
  JsonWriter w(out);
  w.BeginObject();
  w.Key("id");
  w.Int(e.id);
  w.Key("code");
  w.String(e.code);
  w.Key("root");
  w.String(e.root);
  w.Key("quad_class");
  w.Int(e.quad_class);
  w.Key("goldstein");
  w.Double(e.goldstein);
  for (int side = 0; side < 2; ++side) {
    w.Key(side == 0 ? "source" : "target");
    w.BeginObject();
    w.Key("entity");
    w.StringOrNull(side == 0 ? e.source_entity : e.target_entity);
    w.Key("actor");
    w.StringOrNull(side == 0 ? e.source_actor : e.target_actor);
    w.Key("name");
    w.StringOrNull(side == 0 ? e.source_name : e.target_name);
    w.EndObject();
  }
  w.Key("date");
  w.StringOrNull(e.date);
  w.Key("modality");
  w.StringOrNull(e.modality);
  w.Key("location");
  if (e.location_name.empty() && e.location_country.empty() && !e.has_location_geo) {
    w.Null();
  } else {
    w.BeginObject();
    w.Key("name");
    w.StringOrNull(e.location_name);
    w.Key("country");
    w.StringOrNull(e.location_country);
    if (e.has_location_geo) {
      w.Key("lat");
      w.Double(e.location_lat);
      w.Key("lon");
      w.Double(e.location_lon);
    }
    w.EndObject();
  }
  w.Key("sentence");
  w.Int(e.sentence);
  w.Key("evidence");
  w.BeginObject();
  w.Key("start");
  w.Int(e.evidence.start);
  w.Key("end");
  w.Int(e.evidence.end);
  w.Key("text");
  w.String(e.evidence_text);
  w.EndObject();
  w.Key("article");
  w.BeginObject();
  w.Key("id");
  w.String(e.article_doc_id);
  w.Key("store_id");
  w.Int(e.article_id);
  w.Key("provider");
  w.StringOrNull(e.provider);
  w.Key("url");
  w.StringOrNull(e.url);
  w.EndObject();
  w.Key("num_mentions");
  w.Int(e.num_mentions);
  w.Key("num_sources");
  w.Int(e.num_sources);
  w.Key("num_articles");
  w.Int(e.num_articles);
  w.Key("added");
  w.String(e.added);
  w.EndObject();
  out->push_back('\n');
}

constexpr const char* kCsvColumns[] = {
    "id", "date", "source_actor", "source_name", "target_actor", "target_name", "code", "base_code",
    "root", "quad_class", "goldstein", "modality", "location_name", "location_country", "lat", "lon",
    "num_mentions", "num_sources", "num_articles", "article_id", "provider", "url", "sentence",
    "evidence_start", "evidence_end", "evidence_text", "added"};

void AppendCsv(const StoredEvent& e, std::string* out) {
  auto sep = [out]() { out->push_back(','); };
  AppendInt(e.id, out);
  for (const std::string* s : {&e.date, &e.source_actor, &e.source_name, &e.target_actor, &e.target_name,
                               &e.code, &e.base_code, &e.root}) {
    sep();
    AppendCsvField(*s, out);
  }
  sep();
  AppendInt(e.quad_class, out);
  sep();
  AppendDouble(e.goldstein, out);
  for (const std::string* s : {&e.modality, &e.location_name, &e.location_country}) {
    sep();
    AppendCsvField(*s, out);
  }
  sep();
  if (e.has_location_geo) AppendDouble(e.location_lat, out);
  sep();
  if (e.has_location_geo) AppendDouble(e.location_lon, out);
  for (int64_t v : {e.num_mentions, e.num_sources, e.num_articles}) {
    sep();
    AppendInt(v, out);
  }
  sep();
  AppendCsvField(e.article_doc_id, out);
  sep();
  AppendCsvField(e.provider, out);
  sep();
  AppendCsvField(e.url, out);
  for (int64_t v : {e.sentence, static_cast<int64_t>(e.evidence.start), static_cast<int64_t>(e.evidence.end)}) {
    sep();
    AppendInt(v, out);
  }
  sep();
  AppendCsvField(e.evidence_text, out);
  sep();
  AppendCsvField(e.added, out);
  out->append("\r\n");
}

}  // namespace

bool ParseEventFormat(std::string_view name, EventFormat* out) {
  if (name == "json" || name == "jsonl") {
    *out = EventFormat::kJson;
  } else if (name == "csv") {
    *out = EventFormat::kCsv;
  } else if (name == "gdelt") {
    *out = EventFormat::kGdelt;
  } else {
    return false;
  }
  return true;
}

void AppendEventHeader(EventFormat format, std::string* out) {
  if (format != EventFormat::kCsv) return;
  bool first = true;
  for (const char* c : kCsvColumns) {
    if (!first) out->push_back(',');
    first = false;
    out->append(c);
  }
  out->append("\r\n");
}

void AppendEvent(const StoredEvent& event, EventFormat format, const Lexicon* iso_fips, std::string* out) {
  switch (format) {
    case EventFormat::kJson:
      AppendJson(event, out);
      break;
    case EventFormat::kCsv:
      AppendCsv(event, out);
      break;
    case EventFormat::kGdelt:
      AppendGdelt(event, iso_fips, out);
      break;
  }
}

}  // namespace chancery

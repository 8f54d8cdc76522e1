// The compiled entities lexicon (kind "entities", folded keys), written by
// `lexc entities` (tools/lexc/entities.cc) and read by the recognizer. This header is the
// single definition of its value layout.
//
// Phrase entries. Key: FoldForMatch(form) with white space collapsed to one space; at run
// time the key of tokens i..j is the concatenation of their folded texts with one space
// where white space separated them ("d'Orsay" and "d’ Orsay" both give "d'orsay").
// Every prefix of a key that ends at a plausible token boundary (before a space, after an
// apostrophe, around hyphens and dots) is also present, so a token-by-token walk stops
// as soon as no key continues.
//   value := u8 flags (bit 0: a longer key continues this one) , candidate*
//   candidate := u8 type, u8 lang (0 any, 1 fr, 2 en), u8 exact_len, exact bytes,
//                u16 payload_len (little-endian), payload (UTF-8, fields split by TAB)
// `exact`, when not empty, is the only surface the candidate matches (case-sensitive
// all-capital acronyms: US, U.S., WHO, AP, UN Security Council).
// Types and payloads:
//   'C' country name   iso3, kind (name|official|short|abbrev|historical|ambiguous)
//   'D' demonym        iso3, pos (adj|noun|prefix), gender, number
//   'G' city           geonames_id, name, iso3, lat, lon, population, capital (0|1), feature,
//                      curated (1: a form from countries.tsv/city_exonyms.tsv; 0: GeoNames name only),
//                      region ("r": a region, sea, river... from regions.tsv, no coordinates,
//                      feature = its kind; "ra": the same, ambiguous; absent for cities)
//   'O' organisation   org id (record 'O')
//   'P' person         person id (record 'P')
//   'T' title          role, actor_role, gender, actor (the institution the title names by
//                      itself, e.g. IGOEUREEC for "commissaire européen"; usually empty)
//   'F' first name     gender
//   'K' context cue    category (particle | article | locprep | coord | orgconn | report | aux |
//                      placehead | placetail | eventhead | stance | judicial | namedhead)
//   'H' org head word  category (ministry, party, media, ... | not_acronym), actor_role,
//                      flags ("bare", "lower"; space-separated)
// Record entries, key "\x01" + letter + id:
//   'P' person        "canonical TAB gender" then one line per role:
//                     "country TAB role TAB actor TAB start TAB end"
//   'O' organisation  name_en, name_fr, type, country, actor, actor_history, note
//   'C' country       iso2, name_en, name_fr, cameo (when not iso3), capital geonames id,
//                     lat, lon (a point inside the country; empty when unknown)
//   'S' seat          (key: the city's geonames id) the actors a seat of power stands for:
//                     "reading:ACTOR[@START..END]" items joined by ';', reading = any |
//                     judicial (with a verb of judging); e.g. "any:IGOEUREEC" (Bruxelles),
//                     "any:NLDGOV;judicial:IGOJUDICC" (La Haye), "any:DEUGOV@..1999-08-31" (Bonn)
//
// Thread-safety: pure functions over immutable bytes.
#ifndef CHANCERY_ENTITIES_ENTITY_LEXICON_H_
#define CHANCERY_ENTITIES_ENTITY_LEXICON_H_

#include <cstdint>
#include <string_view>

namespace chancery::entity_lexicon {

inline constexpr uint8_t kContinues = 1;

struct Candidate {
  char type = 0;
  uint8_t lang = 0;
  std::string_view exact;
  std::string_view payload;
};

// Iterates the candidates of a phrase value. Malformed bytes end the iteration.
class CandidateReader {
 public:
  explicit CandidateReader(std::string_view value)
      : v_(value), pos_(value.empty() ? 0 : 1) {}
  uint8_t flags() const { return v_.empty() ? 0 : static_cast<uint8_t>(v_[0]); }
  bool Next(Candidate* c) {
    if (pos_ + 3 > v_.size()) return false;
    c->type = v_[pos_];
    c->lang = static_cast<uint8_t>(v_[pos_ + 1]);
    size_t exact_len = static_cast<uint8_t>(v_[pos_ + 2]);
    size_t p = pos_ + 3;
    if (p + exact_len + 2 > v_.size()) return false;
    c->exact = v_.substr(p, exact_len);
    p += exact_len;
    size_t len = static_cast<uint8_t>(v_[p]) | (size_t{static_cast<uint8_t>(v_[p + 1])} << 8);
    p += 2;
    if (p + len > v_.size()) return false;
    c->payload = v_.substr(p, len);
    pos_ = p + len;
    return true;
  }

 private:
  std::string_view v_;
  size_t pos_;
};

// The i-th TAB-separated field of `s` (empty when absent).
inline std::string_view Field(std::string_view s, int i) {
  size_t start = 0;
  for (int k = 0; k < i; ++k) {
    size_t p = s.find('\t', start);
    if (p == std::string_view::npos) return {};
    start = p + 1;
  }
  size_t end = s.find('\t', start);
  return s.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
}

}  // namespace chancery::entity_lexicon

#endif  // CHANCERY_ENTITIES_ENTITY_LEXICON_H_

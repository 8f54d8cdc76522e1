// Internals of the morph module shared by its files: the reading type with the tags
// that context rules use, key lower-casing into a caller's buffer, and the French and
// English lexicon readers. Not part of the public API.
//
// Thread-safety: FrenchLexicon and EnglishLexicon are immutable after Init(); Lookup()
// may run on many threads at once. No heap allocation on lookup: keys go to stack
// buffers, lemmas point into the lexicon or into the caller's arena.
#ifndef CHANCERY_MORPH_INTERNAL_H_
#define CHANCERY_MORPH_INTERNAL_H_

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "base/arena.h"
#include "base/status.h"
#include "document/document.h"
#include "lexicon/lexicon.h"

namespace chancery::morph_internal {

// Reading tags (bit set), beyond what MorphAnalysis says. The French values are the
// ones tools/lexc/morph_fr.cc writes.
inline constexpr uint8_t kTagSubject = 1;    // subject pronoun: il, elle, on, they, he
inline constexpr uint8_t kTagPreverb = 2;    // clitic before the verb: le, la, se, lui, y, en
inline constexpr uint8_t kTagNegation = 4;   // ne, n', pas, not, never
inline constexpr uint8_t kTagAuxLemma = 8;   // être, avoir, be, have, do
inline constexpr uint8_t kTagModal = 16;     // will, would, can, may, must...
// English only (never in the French feature table):
inline constexpr uint8_t kTagDerived = 32;   // noun reading of a verb base ("a call", "the visit")
inline constexpr uint8_t kTagPossessive = 64;  // the possessive 's

struct Reading {
  MorphAnalysis m;
  uint8_t tags = 0;
};

inline constexpr size_t kMaxReadings = 24;
inline constexpr size_t kMaxWordBytes = 160;

// Lower-cases valid UTF-8 `word` into buf (u_tolower per code point, as LowerCase of
// unicode/fold.h; typographic apostrophes ’ ʼ become ', hyphens U+2010/U+2011 become
// -). ASCII and Latin-1 go by table-free fast paths. Returns the length, or 0 if the
// result does not fit in `cap` bytes.
size_t LowerInto(std::string_view word, char* buf, size_t cap);

// morph-fr.lex (see tools/lexc/morph_fr.cc for the value encoding).
class FrenchLexicon {
 public:
  Status Init(Lexicon lexicon);
  // Readings of an already lower-cased form; returns the total (may exceed max).
  size_t Lookup(std::string_view lower, Reading* out, size_t max) const;
  const Lexicon& lexicon() const { return lex_; }

 private:
  Lexicon lex_;
  const unsigned char* features_ = nullptr;
  uint32_t feature_count_ = 0;
};

// morph-en.lex plus the suffix rules for regular inflection. Init() parses every
// entry's text value once into a table of readings, so a lookup copies readings
// instead of parsing text.
class EnglishLexicon {
 public:
  Status Init(Lexicon lexicon);
  // Readings of an already lower-cased word: the lexicon first, then -s/-es/-ies,
  // -ed/-ied, -ing with stem checks, then a guess from the suffix. Rule-built lemmas go
  // to `arena` (readings needing one are skipped when arena is null).
  size_t Lookup(std::string_view lower, Reading* out, size_t max, Arena* arena) const;
  // Lexicon readings only.
  size_t LookupExact(std::string_view lower, Reading* out, size_t max) const;
  // Lookup() of a word LookupExact() does not know (the rules only).
  size_t LookupRules(std::string_view lower, Reading* out, size_t max, Arena* arena) const;

 private:
  // LookupRules() of a word with a hyphen at `dash` (not first, not last).
  size_t HyphenatedRules(std::string_view lower, size_t dash, Reading* out, size_t max, Arena* arena) const;
  // The parsed readings of `lower` (min(*total, kMaxReadings) of them) and in *total
  // how many ParseValue counted (0 when the lexicon lacks the word).
  const Reading* Parsed(std::string_view lower, uint32_t* total) const;

  Lexicon lex_;
  // Entry i's readings (as the value text gives them with max = kMaxReadings) are
  // parsed_[first_[i] .. first_[i] + count_[i]); count_[i] > kMaxReadings means the
  // value had more and is parsed again at lookup.
  std::vector<Reading> parsed_;
  std::vector<uint32_t> first_;
  std::vector<uint32_t> count_;
};

// Appends r to out[] if there is room and it is not a duplicate; returns the new count
// (counting readings beyond max too).
size_t PushReading(const Reading& r, Reading* out, size_t n, size_t max);

}  // namespace chancery::morph_internal

#endif  // CHANCERY_MORPH_INTERNAL_H_

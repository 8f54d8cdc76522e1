// Internal pieces of the ingest module, shared by its .cc files and its tests; not a
// public API.
//
// Words: typed lookup in the compiled `ingest` lexicon, whose folded keys carry one or
// more lines "CATEGORY<TAB>VALUE" (month, weekday, provider, role, flag, note, cue, ...).
// Cursor helpers: word boundaries and phrase matching over a DecodedText's code points.
// Dates: a bounded, non-backtracking reader for the date and time expressions of
// dispatch furniture ("26/02/2025 à 15:16", "Thursday, February 23, 2006", "1er
// janvier 2016, 14h30", "Feb 26"), ISO 8601 reading, and resolution of a local time in
// an IANA zone (date/tz over the system tzdata).
//
// Thread-safety: Words is immutable after construction; Scratch is per call.
#ifndef CHANCERY_INGEST_INTERNAL_H_
#define CHANCERY_INGEST_INTERNAL_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "document/document.h"
#include "lexicon/lexicon.h"
#include "unicode/utf8.h"

namespace date {
class time_zone;
}  // namespace date

namespace chancery::ingest_internal {

inline constexpr char kLexiconName[] = "ingest";
inline constexpr char kLexiconKind[] = "ingest";

class Words {
 public:
  explicit Words(Lexicon lexicon) : lexicon_(std::move(lexicon)) {}
  // The value of `category` stored under the folded `key` ("" for a bare category
  // line), or nullopt when the key has no line of that category.
  std::optional<std::string_view> Get(std::string_view key, std::string_view category) const;

 private:
  Lexicon lexicon_;
};

// Per-call scratch buffers (keys are built here, never in shared state).
struct Scratch {
  std::string key;
};

// Reading context: the text and the lexicon.
struct Cursor {
  const DecodedText& d;
  const Words& words;
  Scratch& scratch;

  bool Is(uint32_t i, CharClass mask) const { return d.Is(i, mask); }
  char32_t At(uint32_t i) const { return d.at(i); }
  // True for a horizontal white space (not a line break).
  bool IsBlank(uint32_t i) const { return d.Is(i, cc::kSpace) && !d.Is(i, cc::kNewline); }
  // Skips horizontal white space from i, up to end.
  uint32_t SkipBlanks(uint32_t i, uint32_t end) const;
  // End of the word starting at i: letters, digits and marks, with inner apostrophes
  // and hyphens; i itself when no word starts there.
  uint32_t WordEnd(uint32_t i, uint32_t end) const;
  // End of the run of letters/marks only from i.
  uint32_t LetterEnd(uint32_t i, uint32_t end) const;
  // Folds [b, e) into scratch.key.
  const std::string& FoldKey(uint32_t b, uint32_t e) const;
  // The value of the word [b, e) in `category`.
  std::optional<std::string_view> Lookup(uint32_t b, uint32_t e, std::string_view category) const;
  // Longest phrase of 1..max_words words starting at i (words separated by blanks)
  // found under `category`. Returns its end (and *value), or i when none matches.
  uint32_t MatchPhrase(uint32_t i, uint32_t end, std::string_view category, int max_words,
                       std::string_view* value) const;
  // True if every letter in [b, e) is upper case and there are at least `min` letters.
  bool AllCaps(uint32_t b, uint32_t e, int min) const;
  std::string_view Slice(uint32_t b, uint32_t e) const { return d.Slice(b, e); }
};

// A date (and maybe a time) read from text or from an ISO string.
struct LocalDateTime {
  int year = 0;   // 0: not given
  int month = 0;  // 0: not given
  int day = 0;    // 0: not given
  int hour = -1;  // -1: no time
  int minute = 0;
  int second = 0;
  bool has_seconds = false;
  bool has_offset = false;  // an explicit UTC offset (ISO input)
  int offset_minutes = 0;
  std::string_view zone;  // IANA zone named by an abbreviation after the time, or empty
  bool has_weekday = false;

  bool has_time() const { return hour >= 0; }
  bool full_date() const { return year > 0 && month > 0 && day > 0; }
};

struct DateReadOptions {
  bool allow_partial = false;  // "Feb 26", "26 février", or a bare day "26"
  bool day_first = true;       // numeric dates: DD/MM/YYYY unless the numbers say otherwise
};

// Reads a date expression starting exactly at i, with an optional time after it.
// Returns the position after what it read, or i when there is no date there.
uint32_t ReadDate(const Cursor& c, uint32_t i, uint32_t end, const DateReadOptions& opt,
                  LocalDateTime* out);
// Reads a time ("15:16", "3:16 PM", "14h30", "15 h", optional zone abbreviation)
// starting at i. Returns the position after it, or i.
uint32_t ReadTime(const Cursor& c, uint32_t i, uint32_t end, LocalDateTime* out);

// Parses ISO 8601 "YYYY-MM-DD[(T| )HH:MM[:SS[.fff]][Z|+HH:MM|+HHMM|+HH]]".
bool ParseIso(std::string_view s, LocalDateTime* out);

// True when year/month/day form a real calendar date.
bool ValidDate(int y, int m, int d);

// "YYYY-MM-DD".
std::string FormatDate(const LocalDateTime& t);
// "YYYY-MM-DDTHH:MM" (":SS" appended when the seconds were given and are not zero).
std::string FormatLocal(const LocalDateTime& t);
// "YYYY-MM-DDTHH:MM:SS+HH:MM" for a time with an explicit offset.
std::string FormatWithOffset(const LocalDateTime& t, int offset_minutes);
// Resolves a local date-time in `zone` (nonexistent or ambiguous local times take the
// earliest instant) and formats it with its offset.
std::string ResolveInZone(const LocalDateTime& t, const date::time_zone* zone);
// The zone named `name`, or nullptr when tzdata has none (never throws).
const date::time_zone* FindZone(std::string_view name);

// Days since 1970-01-01 of a full date (for comparisons).
int64_t DayNumber(int y, int m, int d);

// Reads a list of credited people in [b, e) (the inside of a credits paragraph, or the
// rest of a byline line): role phrases ("Reporting by", "rédigé par", "version
// française") each followed by names joined by "," "and" "et", with "in Boston" /
// "à Paris" dropped; names before any role phrase are reporting. Appends to *out and
// returns true only if all of [b, e) reads that way, at least one name was found and
// (unless `byline`) at least one role phrase. A provider name standing alone (", Reuters")
// goes to *provider. On false, *out is left as it was.
bool ParseCredits(const Cursor& c, uint32_t b, uint32_t e, bool byline, std::vector<Credit>* out,
                  std::string* provider);

}  // namespace chancery::ingest_internal

#endif  // CHANCERY_INGEST_INTERNAL_H_

// WordInfo: the readings of one word or phrase of the timex lexicons, decoded from the
// lexicon value ("month:10\nyprep", one reading per line; see
// data/lexicons/timex/words_fr.tsv for the reading names).
// Thread-safety: plain data; ParseReadings is a pure function.
#ifndef CHANCERY_TIMEX_WORD_INFO_H_
#define CHANCERY_TIMEX_WORD_INFO_H_

#include <cstdint>
#include <string_view>

namespace chancery::timex {

namespace role {
inline constexpr uint64_t kMonth = uint64_t{1} << 0;
inline constexpr uint64_t kWday = uint64_t{1} << 1;
inline constexpr uint64_t kNum = uint64_t{1} << 2;
inline constexpr uint64_t kOrd = uint64_t{1} << 3;
inline constexpr uint64_t kUnit = uint64_t{1} << 4;
inline constexpr uint64_t kPlural = uint64_t{1} << 5;
inline constexpr uint64_t kDeix = uint64_t{1} << 6;
inline constexpr uint64_t kAnaph = uint64_t{1} << 7;
inline constexpr uint64_t kRel = uint64_t{1} << 8;
inline constexpr uint64_t kFuzzy = uint64_t{1} << 9;
inline constexpr uint64_t kRef = uint64_t{1} << 10;
inline constexpr uint64_t kSetEach = uint64_t{1} << 11;
inline constexpr uint64_t kSetValue = uint64_t{1} << 12;
inline constexpr uint64_t kAgo = uint64_t{1} << 13;
inline constexpr uint64_t kIn = uint64_t{1} << 14;
inline constexpr uint64_t kYprep = uint64_t{1} << 15;
inline constexpr uint64_t kTprep = uint64_t{1} << 16;
inline constexpr uint64_t kDet = uint64_t{1} << 17;
inline constexpr uint64_t kHsep = uint64_t{1} << 18;
inline constexpr uint64_t kZone = uint64_t{1} << 19;
inline constexpr uint64_t kNotDate = uint64_t{1} << 20;
inline constexpr uint64_t kSeason = uint64_t{1} << 21;
inline constexpr uint64_t kPod = uint64_t{1} << 22;
inline constexpr uint64_t kTcue = uint64_t{1} << 23;
inline constexpr uint64_t kHoliday = uint64_t{1} << 24;
inline constexpr uint64_t kTimes = uint64_t{1} << 25;    // fois, once, twice
inline constexpr uint64_t kPer = uint64_t{1} << 26;      // par, per, a
inline constexpr uint64_t kQmod = uint64_t{1} << 27;     // près de, plus de, about, more than
inline constexpr uint64_t kLater = uint64_t{1} << 28;    // plus tard, later, plus tôt, earlier
inline constexpr uint64_t kStreet = uint64_t{1} << 29;   // rue, avenue, place
inline constexpr uint64_t kLink = uint64_t{1} << 30;     // de, d', du, of (inside an expression)
inline constexpr uint64_t kHalf = uint64_t{1} << 31;     // demi, demie, half
inline constexpr uint64_t kDurValue = uint64_t{1} << 32; // toute la journée -> P1D
inline constexpr uint64_t kDurPrep = uint64_t{1} << 33;  // for, within: "for years"
inline constexpr uint64_t kInfCue = uint64_t{1} << 34;   // lemma whose infinitive is later: promettre
}  // namespace role

enum class Unit : uint8_t {
  kNone, kDay, kWeek, kMonth, kYear, kHour, kMinute, kSecond, kDecade, kCentury, kQuarter,
  kHalfYear, kWeekend,
};
enum class Rel : uint8_t { kNone, kLast, kNext, kThis, kPrev, kFollowing, kPast, kThese };
enum class Tense3 : uint8_t { kUnknown, kPast, kPresent, kFuture };

struct WordInfo {
  uint64_t roles = 0;
  int8_t month = 0;
  int8_t wday = 0;
  int16_t num = 0;      // -1: vague
  int8_t ord = 0;
  Unit unit = Unit::kNone;
  int16_t unit_factor = 1;
  int8_t deix = 0;
  char deix_pod[3] = {0, 0, 0};
  int8_t anaph = 0;
  Rel rel = Rel::kNone;
  std::string_view fuzzy;    // START | MID | END
  std::string_view ref;      // PRESENT_REF ...
  std::string_view set;      // P1D ...
  std::string_view season;   // SP SU FA WI
  std::string_view pod;      // MO AF EV NI MI MN
  std::string_view holiday;  // MM-DD | EASTER | EASTER+1 | THANKSGIVING
  std::string_view qmod;     // APPROX | MORE_THAN | LESS_THAN
  std::string_view dur;      // a fixed duration value
  int8_t later = 0;          // +1 later, -1 earlier
  Tense3 tcue = Tense3::kUnknown;
  bool Has(uint64_t r) const { return (roles & r) != 0; }
};

// Decodes a lexicon value into *out (OR-ing into what is there). Views point into
// `value`. Unknown reading names are ignored.
void ParseReadings(std::string_view value, WordInfo* out);

}  // namespace chancery::timex

#endif  // CHANCERY_TIMEX_WORD_INFO_H_

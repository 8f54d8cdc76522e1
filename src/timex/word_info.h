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
inline constexpr uint32_t kMonth = 1u << 0;
inline constexpr uint32_t kWday = 1u << 1;
inline constexpr uint32_t kNum = 1u << 2;
inline constexpr uint32_t kOrd = 1u << 3;
inline constexpr uint32_t kUnit = 1u << 4;
inline constexpr uint32_t kPlural = 1u << 5;
inline constexpr uint32_t kDeix = 1u << 6;
inline constexpr uint32_t kAnaph = 1u << 7;
inline constexpr uint32_t kRel = 1u << 8;
inline constexpr uint32_t kFuzzy = 1u << 9;
inline constexpr uint32_t kRef = 1u << 10;
inline constexpr uint32_t kSetEach = 1u << 11;
inline constexpr uint32_t kSetValue = 1u << 12;
inline constexpr uint32_t kAgo = 1u << 13;
inline constexpr uint32_t kIn = 1u << 14;
inline constexpr uint32_t kYprep = 1u << 15;
inline constexpr uint32_t kTprep = 1u << 16;
inline constexpr uint32_t kDet = 1u << 17;
inline constexpr uint32_t kHsep = 1u << 18;
inline constexpr uint32_t kZone = 1u << 19;
inline constexpr uint32_t kNotDate = 1u << 20;
inline constexpr uint32_t kSeason = 1u << 21;
inline constexpr uint32_t kPod = 1u << 22;
inline constexpr uint32_t kTcue = 1u << 23;
inline constexpr uint32_t kHoliday = 1u << 24;
inline constexpr uint32_t kTimes = 1u << 25;    // fois, once, twice
inline constexpr uint32_t kPer = 1u << 26;      // par, per, a
inline constexpr uint32_t kQmod = 1u << 27;     // près de, plus de, about, more than
inline constexpr uint32_t kLater = 1u << 28;    // plus tard, later, plus tôt, earlier
inline constexpr uint32_t kStreet = 1u << 29;   // rue, avenue, place
inline constexpr uint32_t kLink = 1u << 30;     // de, d', du, of (inside an expression)
inline constexpr uint32_t kHalf = 1u << 31;     // demi, demie, half
}  // namespace role

enum class Unit : uint8_t {
  kNone, kDay, kWeek, kMonth, kYear, kHour, kMinute, kSecond, kDecade, kCentury, kQuarter,
  kHalfYear, kWeekend,
};
enum class Rel : uint8_t { kNone, kLast, kNext, kThis, kPrev, kFollowing, kPast, kThese };
enum class Tense3 : uint8_t { kUnknown, kPast, kPresent, kFuture };

struct WordInfo {
  uint32_t roles = 0;
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
  int8_t later = 0;          // +1 later, -1 earlier
  Tense3 tcue = Tense3::kUnknown;
  bool Has(uint32_t r) const { return (roles & r) != 0; }
};

// Decodes a lexicon value into *out (OR-ing into what is there). Views point into
// `value`. Unknown reading names are ignored.
void ParseReadings(std::string_view value, WordInfo* out);

}  // namespace chancery::timex

#endif  // CHANCERY_TIMEX_WORD_INFO_H_

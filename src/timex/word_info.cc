#include "timex/word_info.h"

namespace chancery::timex {
namespace {

int ParseInt(std::string_view s) {
  int sign = 1;
  size_t i = 0;
  if (!s.empty() && (s[0] == '-' || s[0] == '+')) {
    sign = s[0] == '-' ? -1 : 1;
    i = 1;
  }
  int v = 0;
  for (; i < s.size() && s[i] >= '0' && s[i] <= '9'; ++i) v = v * 10 + (s[i] - '0');
  return sign * v;
}

Unit ParseUnit(std::string_view s) {
  if (s == "D") return Unit::kDay;
  if (s == "W") return Unit::kWeek;
  if (s == "M") return Unit::kMonth;
  if (s == "Y") return Unit::kYear;
  if (s == "H") return Unit::kHour;
  if (s == "MIN") return Unit::kMinute;
  if (s == "S") return Unit::kSecond;
  if (s == "DE") return Unit::kDecade;
  if (s == "CE") return Unit::kCentury;
  if (s == "Q") return Unit::kQuarter;
  if (s == "HY") return Unit::kHalfYear;
  if (s == "WE") return Unit::kWeekend;
  return Unit::kNone;
}

Rel ParseRel(std::string_view s) {
  if (s == "last") return Rel::kLast;
  if (s == "next") return Rel::kNext;
  if (s == "this") return Rel::kThis;
  if (s == "prev") return Rel::kPrev;
  if (s == "foll") return Rel::kFollowing;
  if (s == "past") return Rel::kPast;
  if (s == "these") return Rel::kThese;
  return Rel::kNone;
}

// Splits "a:b:c" into up to three fields.
int Fields(std::string_view reading, std::string_view* f) {
  int n = 0;
  size_t start = 0;
  while (n < 3) {
    size_t colon = reading.find(':', start);
    if (colon == std::string_view::npos) {
      f[n++] = reading.substr(start);
      break;
    }
    f[n++] = reading.substr(start, colon - start);
    start = colon + 1;
  }
  return n;
}

void ParseOne(std::string_view reading, WordInfo* w) {
  std::string_view f[3];
  int n = Fields(reading, f);
  std::string_view name = f[0];
  std::string_view a = n > 1 ? f[1] : std::string_view();
  std::string_view b = n > 2 ? f[2] : std::string_view();
  using namespace role;  // NOLINT: local, for the table below
  if (name == "month") {
    w->roles |= kMonth;
    w->month = static_cast<int8_t>(ParseInt(a));
  } else if (name == "wday") {
    w->roles |= kWday;
    w->wday = static_cast<int8_t>(ParseInt(a));
  } else if (name == "num") {
    w->roles |= kNum;
    w->num = static_cast<int16_t>(ParseInt(a));
  } else if (name == "ord") {
    w->roles |= kOrd;
    w->ord = static_cast<int8_t>(ParseInt(a));
  } else if (name == "unit") {
    w->roles |= kUnit;
    w->unit = ParseUnit(a);
    w->unit_factor = static_cast<int16_t>(b.empty() ? 1 : ParseInt(b));
  } else if (name == "pl") {
    w->roles |= kPlural;
  } else if (name == "deix") {
    w->roles |= kDeix;
    w->deix = static_cast<int8_t>(ParseInt(a));
    if (b.size() == 2) {
      w->deix_pod[0] = b[0];
      w->deix_pod[1] = b[1];
    }
  } else if (name == "anaph") {
    w->roles |= kAnaph;
    w->anaph = static_cast<int8_t>(ParseInt(a));
  } else if (name == "rel") {
    w->roles |= kRel;
    w->rel = ParseRel(a);
  } else if (name == "fuzzy") {
    w->roles |= kFuzzy;
    w->fuzzy = a;
  } else if (name == "ref") {
    w->roles |= kRef;
    w->ref = a;
  } else if (name == "set") {
    if (a == "each") {
      w->roles |= kSetEach;
    } else {
      w->roles |= kSetValue;
      w->set = a;
    }
  } else if (name == "season") {
    w->roles |= kSeason;
    w->season = a;
  } else if (name == "pod") {
    w->roles |= kPod;
    w->pod = a;
  } else if (name == "holiday") {
    w->roles |= kHoliday;
    w->holiday = reading.substr(8);  // everything after "holiday:"
  } else if (name == "qmod") {
    w->roles |= kQmod;
    w->qmod = a;
  } else if (name == "later") {
    w->roles |= kLater;
    w->later = static_cast<int8_t>(ParseInt(a));
  } else if (name == "tcue") {
    w->roles |= kTcue;
    w->tcue = a == "fut" ? Tense3::kFuture : a == "past" ? Tense3::kPast : Tense3::kPresent;
  } else if (name == "ago") {
    w->roles |= kAgo;
  } else if (name == "in") {
    w->roles |= kIn;
  } else if (name == "yprep") {
    w->roles |= kYprep;
  } else if (name == "tprep") {
    w->roles |= kTprep;
  } else if (name == "det") {
    w->roles |= kDet;
  } else if (name == "hsep") {
    w->roles |= kHsep;
  } else if (name == "zone") {
    w->roles |= kZone;
  } else if (name == "notdate") {
    w->roles |= kNotDate;
  } else if (name == "times") {
    w->roles |= kTimes;
    w->num = static_cast<int16_t>(a.empty() ? w->num : ParseInt(a));
  } else if (name == "per") {
    w->roles |= kPer;
  } else if (name == "street") {
    w->roles |= kStreet;
  } else if (name == "link") {
    w->roles |= kLink;
  } else if (name == "dur") {
    w->roles |= kDurValue;
    w->dur = a;
  } else if (name == "infcue") {
    w->roles |= kInfCue;
  } else if (name == "durprep") {
    w->roles |= kDurPrep;
  } else if (name == "half") {
    w->roles |= kHalf;
  }
}

}  // namespace

void ParseReadings(std::string_view value, WordInfo* out) {
  size_t start = 0;
  while (start <= value.size()) {
    size_t nl = value.find('\n', start);
    std::string_view reading =
        value.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start);
    if (!reading.empty()) ParseOne(reading, out);
    if (nl == std::string_view::npos) break;
    start = nl + 1;
  }
}

}  // namespace chancery::timex

// Date and time expressions of dispatch furniture, ISO 8601, and zone resolution.
//
// The readers move forward only: each alternative is tried at most once from a fixed
// position, so the work is bounded by the length of the expression.
#include <date/date.h>
#include <date/tz.h>

#include <chrono>
#include <cstdio>
#include <exception>
#include <string>
#include <utility>

#include "ingest/internal.h"

namespace chancery::ingest_internal {
namespace {

bool IsDigitAt(const Cursor& c, uint32_t i, uint32_t end) { return i < end && c.Is(i, cc::kDigit); }

// Reads up to max_digits ASCII-valued digits at i into *value; returns the end.
uint32_t ReadNumber(const Cursor& c, uint32_t i, uint32_t end, int max_digits, int* value) {
  int v = 0;
  uint32_t j = i;
  while (j < end && c.Is(j, cc::kDigit) && static_cast<int>(j - i) < max_digits + 1) {
    char32_t ch = c.At(j);
    if (ch < U'0' || ch > U'9') return i;  // other scripts' digits are not dates here
    v = v * 10 + static_cast<int>(ch - U'0');
    ++j;
  }
  if (j - i > static_cast<uint32_t>(max_digits)) return i;
  *value = v;
  return j;
}

// A month word (with an optional abbreviation dot) at i.
uint32_t ReadMonth(const Cursor& c, uint32_t i, uint32_t end, int* month) {
  uint32_t e = c.LetterEnd(i, end);
  if (e == i || e - i > 12) return i;
  std::optional<std::string_view> v = c.Lookup(i, e, "month");
  if (!v || v->empty()) return i;
  int m = 0;
  for (char ch : *v) {
    if (ch < '0' || ch > '9') return i;
    m = m * 10 + (ch - '0');
  }
  if (m < 1 || m > 12) return i;
  *month = m;
  if (e < end && c.At(e) == U'.') ++e;
  return e;
}

// An ordinal suffix glued to a day number ("1er", "21st"), if any.
uint32_t SkipOrdinal(const Cursor& c, uint32_t i, uint32_t end) {
  uint32_t e = c.LetterEnd(i, end);
  if (e == i || e - i > 3) return i;
  if (c.Lookup(i, e, "ordinal")) return e;
  return i;
}

int ExpandYear(int y, uint32_t digits) {
  if (digits == 2) return y < 70 ? 2000 + y : 1900 + y;
  return y;
}

// A 4-digit (or, when two_ok, 2-digit) year at i.
uint32_t ReadYear(const Cursor& c, uint32_t i, uint32_t end, int* year) {
  int y = 0;
  uint32_t e = ReadNumber(c, i, end, 4, &y);
  if (e - i != 4) return i;
  if (e < end && c.Is(e, cc::kAlnum)) return i;
  if (y < 1800 || y > 2200) return i;
  *year = y;
  return e;
}

// After a date: the optional time, introduced by blanks, a comma, a dash or a link word.
uint32_t ReadTrailingTime(const Cursor& c, uint32_t i, uint32_t end, LocalDateTime* out) {
  uint32_t p = c.SkipBlanks(i, end);
  if (p < end && (c.At(p) == U',' || c.At(p) == U'-' || c.At(p) == U'|')) p = c.SkipBlanks(p + 1, end);
  uint32_t w = c.LetterEnd(p, end);
  if (w > p && c.Lookup(p, w, "timelink")) p = c.SkipBlanks(w, end);
  uint32_t t = ReadTime(c, p, end, out);
  return t > p ? t : i;
}

uint32_t FinishDate(const Cursor& c, uint32_t i, uint32_t end, LocalDateTime* out) {
  if (out->year > 0 && out->month > 0 && out->day > 0 && !ValidDate(out->year, out->month, out->day)) {
    return 0;
  }
  if (out->month > 0 && (out->day < 1 || out->day > 31)) return 0;
  return ReadTrailingTime(c, i, end, out);
}

// The date proper (no weekday) at i; 0 when none.
uint32_t ReadDateBody(const Cursor& c, uint32_t i, uint32_t end, const DateReadOptions& opt,
                      LocalDateTime* out) {
  if (IsDigitAt(c, i, end)) {
    int n1 = 0;
    uint32_t p = ReadNumber(c, i, end, 4, &n1);
    if (p == i) return 0;
    uint32_t n1_digits = p - i;
    // ISO: YYYY-MM-DD
    if (n1_digits == 4 && p + 1 < end && c.At(p) == U'-' && IsDigitAt(c, p + 1, end)) {
      int m = 0, d = 0;
      uint32_t q = ReadNumber(c, p + 1, end, 2, &m);
      if (q == p + 1 || q >= end || c.At(q) != U'-') return 0;
      uint32_t r = ReadNumber(c, q + 1, end, 2, &d);
      if (r == q + 1) return 0;
      out->year = n1, out->month = m, out->day = d;
      if (r < end && (c.At(r) == U'T' || c.At(r) == U' ') && IsDigitAt(c, r + 1, end)) {
        LocalDateTime t = *out;
        uint32_t s = ReadTime(c, r + 1, end, &t);
        if (s > r + 1) {
          *out = t;
          return ValidDate(out->year, out->month, out->day) ? s : 0;
        }
      }
      return FinishDate(c, r, end, out);
    }
    // Numeric: DD/MM/YYYY (or MM/DD/YYYY), with / . or -
    if (n1_digits <= 2 && p + 1 < end && (c.At(p) == U'/' || c.At(p) == U'.' || c.At(p) == U'-') &&
        IsDigitAt(c, p + 1, end)) {
      char32_t sep = c.At(p);
      int n2 = 0, n3 = 0;
      uint32_t q = ReadNumber(c, p + 1, end, 2, &n2);
      if (q == p + 1 || q + 1 >= end || c.At(q) != sep || !IsDigitAt(c, q + 1, end)) return 0;
      uint32_t r = ReadNumber(c, q + 1, end, 4, &n3);
      if (r - (q + 1) != 4 && r - (q + 1) != 2) return 0;
      if (r < end && c.Is(r, cc::kAlnum)) return 0;
      int day = opt.day_first ? n1 : n2;
      int month = opt.day_first ? n2 : n1;
      if (month > 12 && day <= 12) std::swap(day, month);
      out->year = ExpandYear(n3, r - (q + 1));
      out->month = month;
      out->day = day;
      return FinishDate(c, r, end, out);
    }
    // Day-first with a month word: "26 février 2025", "1er janvier", "26 Feb. 2025"
    if (n1_digits > 2 || n1 < 1 || n1 > 31) return 0;
    uint32_t q = SkipOrdinal(c, p, end);
    uint32_t m_at = c.SkipBlanks(q, end);
    int month = 0;
    uint32_t r = m_at > q || q > p ? ReadMonth(c, m_at, end, &month) : m_at;
    if (r > m_at) {
      out->day = n1;
      out->month = month;
      uint32_t y_at = c.SkipBlanks(r, end);
      if (y_at < end && c.At(y_at) == U',') y_at = c.SkipBlanks(y_at + 1, end);
      int year = 0;
      uint32_t s = ReadYear(c, y_at, end, &year);
      if (s > y_at) {
        out->year = year;
        return FinishDate(c, s, end, out);
      }
      if (!opt.allow_partial) return 0;
      return FinishDate(c, r, end, out);
    }
    // A bare day: "Vienne, 26 (AFP)".
    if (opt.allow_partial && q == p && !(p < end && c.Is(p, cc::kLetter))) {
      out->day = n1;
      return p;
    }
    return 0;
  }
  // Month-first: "February 23, 2006", "Feb. 26 2025", "Sept 3"
  int month = 0;
  uint32_t p = ReadMonth(c, i, end, &month);
  if (p == i) return 0;
  uint32_t d_at = c.SkipBlanks(p, end);
  if (d_at == p && !(p > i && c.At(p - 1) == U'.')) return 0;
  int day = 0;
  uint32_t q = ReadNumber(c, d_at, end, 2, &day);
  if (q == d_at || day < 1 || day > 31) return 0;
  q = SkipOrdinal(c, q, end);
  if (q < end && c.Is(q, cc::kAlnum)) return 0;
  out->month = month;
  out->day = day;
  uint32_t y_at = c.SkipBlanks(q, end);
  if (y_at < end && c.At(y_at) == U',') y_at = c.SkipBlanks(y_at + 1, end);
  int year = 0;
  uint32_t s = ReadYear(c, y_at, end, &year);
  if (s > y_at) {
    out->year = year;
    return FinishDate(c, s, end, out);
  }
  if (!opt.allow_partial) return 0;
  return FinishDate(c, q, end, out);
}

}  // namespace

uint32_t ReadDate(const Cursor& c, uint32_t i, uint32_t end, const DateReadOptions& opt,
                  LocalDateTime* out) {
  if (i >= end) return i;
  // With a weekday first ("Thursday, February 23, 2006", "jeudi 26 février 2025").
  uint32_t w = c.LetterEnd(i, end);
  if (w > i && c.Lookup(i, w, "weekday")) {
    uint32_t p = w;
    if (p < end && c.At(p) == U'.') ++p;
    p = c.SkipBlanks(p, end);
    if (p < end && c.At(p) == U',') p = c.SkipBlanks(p + 1, end);
    LocalDateTime t;
    t.has_weekday = true;
    uint32_t e = ReadDateBody(c, p, end, opt, &t);
    if (e > p && t.month > 0) {
      *out = t;
      return e;
    }
  }
  LocalDateTime t;
  uint32_t e = ReadDateBody(c, i, end, opt, &t);
  if (e > i) {
    *out = t;
    return e;
  }
  return i;
}

uint32_t ReadTime(const Cursor& c, uint32_t i, uint32_t end, LocalDateTime* out) {
  int h = 0, m = 0, s = 0;
  bool has_s = false;
  uint32_t p = ReadNumber(c, i, end, 2, &h);
  if (p == i || p >= end) return i;
  uint32_t q;
  if (c.At(p) == U':' && IsDigitAt(c, p + 1, end)) {
    q = ReadNumber(c, p + 1, end, 2, &m);
    if (q - (p + 1) != 2) return i;
    if (q + 1 < end && c.At(q) == U':' && IsDigitAt(c, q + 1, end)) {
      uint32_t r = ReadNumber(c, q + 1, end, 2, &s);
      if (r - (q + 1) != 2) return i;
      has_s = true;
      q = r;
      // Fractions of a second are read and dropped.
      if (q + 1 < end && c.At(q) == U'.' && IsDigitAt(c, q + 1, end)) {
        ++q;
        while (q < end && c.Is(q, cc::kDigit)) ++q;
      }
    }
  } else {
    // French "14h30", "14 h 30", "15h"
    uint32_t hp = c.SkipBlanks(p, end);
    if (hp >= end || (c.At(hp) != U'h' && c.At(hp) != U'H')) return i;
    q = hp + 1;
    uint32_t mp = c.SkipBlanks(q, end);
    int mm = 0;
    uint32_t r = ReadNumber(c, mp, end, 2, &mm);
    if (r - mp == 2) {
      m = mm;
      q = r;
    } else if (hp > p) {
      return i;  // "15 h" alone is too weak
    }
    if (q < end && c.Is(q, cc::kLetter)) return i;  // "3 heures", "10hPa"
  }
  if (q < end && c.Is(q, cc::kAlnum) && !c.Is(q, cc::kLetter)) return i;
  // AM / PM, written "PM", "pm", "p.m."
  uint32_t a = c.SkipBlanks(q, end);
  if (a < end && c.Is(a, cc::kLetter)) {
    char32_t first = c.At(a);
    uint32_t b = a + 1;
    if (b < end && c.At(b) == U'.') ++b;
    if (b < end && (c.At(b) == U'm' || c.At(b) == U'M')) {
      ++b;
      if (b < end && c.At(b) == U'.') ++b;
      if (!(b < end && c.Is(b, cc::kLetter))) {
        bool pm = first == U'p' || first == U'P';
        bool am = first == U'a' || first == U'A';
        if (pm || am) {
          if (h < 1 || h > 12) return i;
          if (pm && h != 12) h += 12;
          if (am && h == 12) h = 0;
          q = b;
        }
      }
    }
  }
  if (h > 23 || m > 59 || s > 60) return i;
  // A zone abbreviation in capitals: "GMT", "(GMT)", "ET".
  uint32_t z = c.SkipBlanks(q, end);
  bool paren = z < end && c.At(z) == U'(';
  uint32_t zs = paren ? z + 1 : z;
  uint32_t ze = c.LetterEnd(zs, end);
  if (ze > zs && c.AllCaps(zs, ze, 1) && !(ze < end && c.Is(ze, cc::kDigit))) {
    std::optional<std::string_view> zone = c.Lookup(zs, ze, "tz");
    if (zone) {
      if (!paren) {
        out->zone = *zone;
        q = ze;
      } else if (ze < end && c.At(ze) == U')') {
        out->zone = *zone;
        q = ze + 1;
      }
    }
  }
  out->hour = h;
  out->minute = m;
  out->second = s;
  out->has_seconds = has_s;
  return q;
}

bool ValidDate(int y, int m, int d) {
  if (y < 1 || m < 1 || m > 12 || d < 1) return false;
  return date::year_month_day(date::year(y), date::month(static_cast<unsigned>(m)),
                              date::day(static_cast<unsigned>(d)))
      .ok();
}

int64_t DayNumber(int y, int m, int d) {
  date::sys_days days = date::year(y) / date::month(static_cast<unsigned>(m)) / date::day(static_cast<unsigned>(d));
  return days.time_since_epoch().count();
}

bool ParseIso(std::string_view s, LocalDateTime* out) {
  auto digits = [&](size_t pos, size_t n, int* v) {
    if (pos + n > s.size()) return false;
    int x = 0;
    for (size_t k = 0; k < n; ++k) {
      char ch = s[pos + k];
      if (ch < '0' || ch > '9') return false;
      x = x * 10 + (ch - '0');
    }
    *v = x;
    return true;
  };
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  LocalDateTime t;
  if (!digits(0, 4, &t.year) || s.size() < 10 || s[4] != '-' || !digits(5, 2, &t.month) || s[7] != '-' ||
      !digits(8, 2, &t.day)) {
    return false;
  }
  if (!ValidDate(t.year, t.month, t.day)) return false;
  size_t p = 10;
  if (p < s.size()) {
    if (s[p] != 'T' && s[p] != 't' && s[p] != ' ') return false;
    ++p;
    if (!digits(p, 2, &t.hour) || p + 2 >= s.size() || s[p + 2] != ':' || !digits(p + 3, 2, &t.minute)) {
      return false;
    }
    p += 5;
    if (p < s.size() && s[p] == ':') {
      if (!digits(p + 1, 2, &t.second)) return false;
      t.has_seconds = true;
      p += 3;
      if (p < s.size() && (s[p] == '.' || s[p] == ',')) {
        ++p;
        while (p < s.size() && s[p] >= '0' && s[p] <= '9') ++p;
      }
    }
    if (t.hour > 23 || t.minute > 59 || t.second > 60) return false;
    if (p < s.size()) {
      if (s[p] == 'Z' || s[p] == 'z') {
        t.has_offset = true;
        ++p;
      } else if (s[p] == '+' || s[p] == '-') {
        int sign = s[p] == '-' ? -1 : 1;
        int oh = 0, om = 0;
        if (!digits(p + 1, 2, &oh)) return false;
        p += 3;
        if (p < s.size() && s[p] == ':') ++p;
        if (p < s.size()) {
          if (!digits(p, 2, &om)) return false;
          p += 2;
        }
        if (oh > 18 || om > 59) return false;
        t.has_offset = true;
        t.offset_minutes = sign * (oh * 60 + om);
      }
    }
    if (p != s.size()) return false;
  }
  *out = t;
  return true;
}

std::string FormatDate(const LocalDateTime& t) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", t.year, t.month, t.day);
  return buf;
}

std::string FormatLocal(const LocalDateTime& t) {
  char buf[32];
  if (t.has_seconds && t.second != 0) {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d", t.year, t.month, t.day, t.hour, t.minute,
                  t.second);
  } else {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d", t.year, t.month, t.day, t.hour, t.minute);
  }
  return buf;
}

namespace {
std::string FormatInstant(int y, int mo, int d, int h, int mi, int s, int offset_minutes) {
  char buf[40];
  char sign = offset_minutes < 0 ? '-' : '+';
  int off = offset_minutes < 0 ? -offset_minutes : offset_minutes;
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d%c%02d:%02d", y, mo, d, h, mi, s, sign, off / 60,
                off % 60);
  return buf;
}
}  // namespace

std::string FormatWithOffset(const LocalDateTime& t, int offset_minutes) {
  return FormatInstant(t.year, t.month, t.day, t.hour, t.minute, t.second, offset_minutes);
}

std::string ResolveInZone(const LocalDateTime& t, const date::time_zone* zone) {
  date::local_seconds local = date::local_days{date::year(t.year) / date::month(static_cast<unsigned>(t.month)) /
                                               date::day(static_cast<unsigned>(t.day))} +
                              std::chrono::hours(t.hour) + std::chrono::minutes(t.minute) +
                              std::chrono::seconds(t.second);
  date::zoned_time<std::chrono::seconds> zoned(zone, local, date::choose::earliest);
  date::sys_info info = zoned.get_info();
  date::local_seconds shown = zoned.get_local_time();  // moved past a spring-forward gap
  date::local_days day = date::floor<date::days>(shown);
  date::year_month_day ymd(day);
  date::hh_mm_ss<std::chrono::seconds> hms(shown - day);
  int offset_minutes = static_cast<int>(std::chrono::duration_cast<std::chrono::minutes>(info.offset).count());
  return FormatInstant(static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
                       static_cast<int>(static_cast<unsigned>(ymd.day())), static_cast<int>(hms.hours().count()),
                       static_cast<int>(hms.minutes().count()), static_cast<int>(hms.seconds().count()),
                       offset_minutes);
}

const date::time_zone* FindZone(std::string_view name) {
  if (name.empty()) return nullptr;
  try {
    return date::locate_zone(name);
  } catch (const std::exception&) {
    return nullptr;
  }
}

}  // namespace chancery::ingest_internal

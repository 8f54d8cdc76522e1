#include "timex/calendar.h"

#include <date/date.h>
#include <date/iso_week.h>

namespace chancery::timex {

int DaysFromCivil(const CivilDay& d) {
  date::year_month_day ymd{date::year{d.year}, date::month{static_cast<unsigned>(d.month)},
                           date::day{static_cast<unsigned>(d.day)}};
  return static_cast<int>(date::sys_days{ymd}.time_since_epoch().count());
}

CivilDay CivilFromDays(int days) {
  date::year_month_day ymd{date::sys_days{date::days{days}}};
  return CivilDay{static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
                  static_cast<int>(static_cast<unsigned>(ymd.day()))};
}

int IsoWeekday(const CivilDay& d) {
  date::weekday wd{date::sys_days{date::days{DaysFromCivil(d)}}};
  return static_cast<int>(wd.iso_encoding());
}

void IsoWeek(const CivilDay& d, int* iso_year, int* week) {
  iso_week::year_weeknum_weekday iw{date::sys_days{date::days{DaysFromCivil(d)}}};
  *iso_year = static_cast<int>(iw.year());
  *week = static_cast<int>(static_cast<unsigned>(iw.weeknum()));
}

CivilDay MondayOfIsoWeek(int iso_year, int week) {
  iso_week::year_weeknum_weekday iw{iso_week::year{iso_year},
                                    iso_week::weeknum{static_cast<unsigned>(week)}, iso_week::mon};
  return CivilFromDays(static_cast<int>(date::sys_days{iw}.time_since_epoch().count()));
}

bool IsValidDay(int year, int month, int day) {
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  return date::year_month_day{date::year{year}, date::month{static_cast<unsigned>(month)},
                              date::day{static_cast<unsigned>(day)}}
      .ok();
}

CivilDay EasterSunday(int year) {
  int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
  int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
  int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
  int m = (a + 11 * h + 22 * l) / 451;
  int month = (h + l - 7 * m + 114) / 31, day = ((h + l - 7 * m + 114) % 31) + 1;
  return CivilDay{year, month, day};
}

CivilDay NthWeekdayOfMonth(int year, int month, int wday, int n) {
  CivilDay first{year, month, 1};
  int delta = (wday - IsoWeekday(first) + 7) % 7;
  return CivilFromDays(DaysFromCivil(first) + delta + 7 * (n - 1));
}

void AppendPadded(int value, int width, std::string* out) {
  char buf[16];
  int n = 0;
  bool neg = value < 0;
  unsigned v = neg ? static_cast<unsigned>(-value) : static_cast<unsigned>(value);
  do {
    buf[n++] = static_cast<char>('0' + v % 10);
    v /= 10;
  } while (v != 0 && n < 15);
  if (neg) out->push_back('-');
  for (int i = n; i < width; ++i) out->push_back('0');
  while (n > 0) out->push_back(buf[--n]);
}

}  // namespace chancery::timex

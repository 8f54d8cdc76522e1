// Civil-calendar arithmetic for the timex stage, over Howard Hinnant's date library:
// day counts, weekdays, ISO weeks, month arithmetic, Easter, and TIMEX3 formatting.
// Thread-safety: pure functions.
#ifndef CHANCERY_TIMEX_CALENDAR_H_
#define CHANCERY_TIMEX_CALENDAR_H_

#include <string>

namespace chancery::timex {

struct CivilDay {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..31
};

// Days since 1970-01-01 (may be negative).
int DaysFromCivil(const CivilDay& d);
CivilDay CivilFromDays(int days);
// 1 = Monday ... 7 = Sunday.
int IsoWeekday(const CivilDay& d);
// ISO 8601 week-numbering year and week of `d`.
void IsoWeek(const CivilDay& d, int* iso_year, int* week);
// The Monday of ISO week `week` of `iso_year`.
CivilDay MondayOfIsoWeek(int iso_year, int week);
bool IsValidDay(int year, int month, int day);
// Western Easter Sunday of `year` (anonymous Gregorian computus).
CivilDay EasterSunday(int year);
// The n-th (1-based) weekday `wday` of `month` (Thanksgiving: 4th Thursday of 11).
CivilDay NthWeekdayOfMonth(int year, int month, int wday, int n);

// Appends zero-padded decimal.
void AppendPadded(int value, int width, std::string* out);

}  // namespace chancery::timex

#endif  // CHANCERY_TIMEX_CALENDAR_H_

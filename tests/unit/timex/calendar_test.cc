#include "timex/calendar.h"

#include <gtest/gtest.h>

namespace chancery::timex {
namespace {

TEST(Calendar, IsoWeekAcrossYearBoundaries) {
  int y = 0, w = 0;
  IsoWeek(CivilDay{2025, 2, 26}, &y, &w);
  EXPECT_EQ(y, 2025);
  EXPECT_EQ(w, 9);
  IsoWeek(CivilDay{2024, 12, 30}, &y, &w);
  EXPECT_EQ(y, 2025);
  EXPECT_EQ(w, 1);
  IsoWeek(CivilDay{2020, 12, 31}, &y, &w);
  EXPECT_EQ(y, 2020);
  EXPECT_EQ(w, 53);
  IsoWeek(CivilDay{2023, 1, 1}, &y, &w);
  EXPECT_EQ(y, 2022);
  EXPECT_EQ(w, 52);
}

TEST(Calendar, WeekdaysAndDayCounts) {
  EXPECT_EQ(IsoWeekday(CivilDay{2025, 2, 26}), 3);  // Wednesday
  EXPECT_EQ(IsoWeekday(CivilDay{1970, 1, 1}), 4);   // Thursday
  CivilDay d = CivilFromDays(DaysFromCivil(CivilDay{2024, 2, 28}) + 1);
  EXPECT_EQ(d.month, 2);
  EXPECT_EQ(d.day, 29);
  EXPECT_TRUE(IsValidDay(2024, 2, 29));
  EXPECT_FALSE(IsValidDay(2025, 2, 29));
}

TEST(Calendar, MovableFeasts) {
  CivilDay e = EasterSunday(2025);
  EXPECT_EQ(e.month, 4);
  EXPECT_EQ(e.day, 20);
  CivilDay t = NthWeekdayOfMonth(2024, 11, 4, 4);
  EXPECT_EQ(t.day, 28);
}

}  // namespace
}  // namespace chancery::timex

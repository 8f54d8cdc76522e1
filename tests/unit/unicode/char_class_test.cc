#include "unicode/char_class.h"

#include <gtest/gtest.h>

namespace chancery {
namespace {

TEST(CharClass, ClassifiesLettersDigitsSpaces) {
  EXPECT_TRUE(ClassOf(U'É') & cc::kUpper);
  EXPECT_TRUE(ClassOf(U'ï') & cc::kLower);
  EXPECT_TRUE(ClassOf(U'7') & cc::kDigit);
  EXPECT_TRUE(ClassOf(U'\u00A0') & cc::kSpace);
  EXPECT_TRUE(ClassOf(U'\u202F') & cc::kSpace);
  EXPECT_TRUE(ClassOf(U'\n') & cc::kNewline);
  EXPECT_FALSE(ClassOf(U'\n') & cc::kControl);
  EXPECT_TRUE(ClassOf(U'Ж') & cc::kLetter);
  EXPECT_TRUE(ClassOf(U'京') & cc::kLetter);
}

TEST(CharClass, MarksQuotesApostrophesDashes) {
  for (char32_t q : {U'"', U'«', U'»', U'“', U'”', U'„', U'‘'}) EXPECT_TRUE(ClassOf(q) & cc::kQuote) << int(q);
  EXPECT_TRUE(ClassOf(U'’') & cc::kApostrophe);
  EXPECT_TRUE(ClassOf(U'\'') & cc::kApostrophe);
  for (char32_t d : {U'-', U'–', U'—', U'‑', U'−'}) EXPECT_TRUE(ClassOf(d) & cc::kDash) << int(d);
  EXPECT_TRUE(ClassOf(U'\0') & cc::kControl);
  EXPECT_TRUE(ClassOf(U'€') & cc::kSymbol);
}

}  // namespace
}  // namespace chancery

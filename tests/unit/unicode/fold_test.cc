#include "unicode/fold.h"

#include <gtest/gtest.h>

#include <string>

#include "unicode/utf8.h"

namespace chancery {
namespace {

TEST(FoldForMatch, StripsCaseAndAccents) {
  EXPECT_EQ(FoldForMatch("États-Unis"), "etats-unis");
  EXPECT_EQ(FoldForMatch("Etats-Unis"), "etats-unis");
  EXPECT_EQ(FoldForMatch("ÉTATS‑UNIS"), "etats-unis");  // non-breaking hyphen
  EXPECT_EQ(FoldForMatch("Sergueï"), "serguei");
  EXPECT_EQ(FoldForMatch("Kosiniak-Kamysz Władysław"), "kosiniak-kamysz wladyslaw");
}

TEST(FoldForMatch, UnifiesApostrophesAndExpandsLigatures) {
  EXPECT_EQ(FoldForMatch("aujourd’hui"), "aujourd'hui");
  EXPECT_EQ(FoldForMatch("Œuvre"), "oeuvre");
  EXPECT_EQ(FoldForMatch("Straße"), "strasse");
}

TEST(FoldForMatch, LeavesOtherScriptsLowerCased) {
  EXPECT_EQ(FoldForMatch("МОСКВА"), "москва");
  EXPECT_EQ(FoldForMatch("東京"), "東京");
}

// Outside input may reach folding unvalidated (a query parameter): a byte outside
// well-formed UTF-8 folds as U+FFFD, and a sequence cut at the end is not read past.
TEST(FoldForMatch, InvalidBytesFoldAsReplacementCharacter) {
  const std::string replacement = FoldForMatch("\uFFFD");
  EXPECT_EQ(FoldForMatch(std::string("ab\xC3", 3)), "ab" + replacement);
  EXPECT_EQ(FoldForMatch(std::string("\xFF" "A", 2)), replacement + "a");
  EXPECT_EQ(FoldForMatch(std::string("x\xE2\x82", 3)), "x" + replacement + replacement);
  std::string out;
  LowerCase(std::string("\xF0\x9F", 2), &out);
  EXPECT_EQ(out, "\uFFFD\uFFFD");
}

// ASCII runs take a shortcut: the result is still code point by code point's, appended.
TEST(FoldForMatch, AppendsAsFoldingEachCodePoint) {
  const std::string text = "Le Président ÉLU, [Zoë] @Kyiv_2024 ~ Œ ‘x’ \x7f";
  std::string each;
  for (size_t pos = 0; pos < text.size();) AppendFolded(DecodeAtOrReplacement(text, &pos), &each);
  EXPECT_EQ(FoldForMatch(text), each);
  std::string out = "kept ";
  AppendFoldForMatch(text, &out);
  EXPECT_EQ(out, "kept " + each);
  AppendFoldForMatch("", &out);
  EXPECT_EQ(out, "kept " + each);
}

TEST(LowerCase, KeepsAccents) {
  std::string out;
  LowerCase("À Où Été", &out);
  EXPECT_EQ(out, "à où été");
}

}  // namespace
}  // namespace chancery

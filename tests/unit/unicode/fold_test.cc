#include "unicode/fold.h"

#include <gtest/gtest.h>

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

TEST(LowerCase, KeepsAccents) {
  std::string out;
  LowerCase("À Où Été", &out);
  EXPECT_EQ(out, "à où été");
}

}  // namespace
}  // namespace chancery

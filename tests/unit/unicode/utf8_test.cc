#include "unicode/utf8.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

namespace chancery {
namespace {

// A slow, obviously correct reference: decode with the textbook rules.
bool ReferenceValid(const std::string& s) {
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = s[i];
    int len;
    char32_t cp;
    if (c < 0x80) { len = 1; cp = c; }
    else if ((c & 0xE0) == 0xC0) { len = 2; cp = c & 0x1F; }
    else if ((c & 0xF0) == 0xE0) { len = 3; cp = c & 0x0F; }
    else if ((c & 0xF8) == 0xF0) { len = 4; cp = c & 0x07; }
    else return false;
    if (i + len > s.size()) return false;
    for (int k = 1; k < len; ++k) {
      unsigned char d = s[i + k];
      if ((d & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (d & 0x3F);
    }
    static const char32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < kMin[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
    i += len;
  }
  return true;
}

TEST(Utf8, AcceptsWellFormedText) {
  EXPECT_TRUE(ValidateUtf8("Sergueï Lavrov à Moscou « citation » — 😀").ok());
  EXPECT_TRUE(ValidateUtf8("").ok());
  EXPECT_TRUE(ValidateUtf8(std::string("a\0b", 3)).ok());
}

TEST(Utf8, RejectsIllFormedSequencesWithOffset) {
  Status st = ValidateUtf8("abc\xC3");
  ASSERT_FALSE(st.ok());
  EXPECT_EQ(st.message(), "invalid UTF-8 at byte 3");
  EXPECT_FALSE(ValidateUtf8("\xC0\xAF").ok());          // overlong
  EXPECT_FALSE(ValidateUtf8("\xED\xA0\x80").ok());      // surrogate
  EXPECT_FALSE(ValidateUtf8("\xF4\x90\x80\x80").ok());  // above U+10FFFF
  EXPECT_FALSE(ValidateUtf8("\xFF").ok());
  EXPECT_FALSE(ValidateUtf8("12345678\x80").ok());      // after the ASCII fast path
}

TEST(Utf8, AgreesWithReferenceOnRandomBytes) {
  std::mt19937 rng(7);
  for (int trial = 0; trial < 20000; ++trial) {
    std::string s(rng() % 12, '\0');
    for (char& c : s) c = static_cast<char>(rng() % 4 == 0 ? rng() % 128 : 0x80 + rng() % 128);
    EXPECT_EQ(ValidateUtf8(s).ok(), ReferenceValid(s)) << trial;
  }
}

TEST(DecodedText, MapsCodePointsToBytes) {
  DecodedText t;
  std::string s = "été à 😀x";
  ASSERT_TRUE(t.Decode(s).ok());
  EXPECT_EQ(t.size(), 8u);
  EXPECT_EQ(t.at(0), U'é');
  EXPECT_EQ(t.byte_offset(1), 2u);
  EXPECT_EQ(t.at(6), U'😀');
  EXPECT_EQ(t.Slice(4, 7), "à 😀");
  EXPECT_EQ(t.Slice(0, 3), "été");
  EXPECT_EQ(t.Slice(6, 8), "😀x");
  EXPECT_EQ(t.byte_offset(t.size()), s.size());
  EXPECT_TRUE(t.Is(0, cc::kLetter | cc::kLower));
  EXPECT_TRUE(t.Is(3, cc::kSpace));
}

TEST(DecodedText, ReusedObjectDecodesLikeAFreshOne) {
  // A worker decodes document after document into one object, longer and shorter.
  std::vector<std::string> texts = {"Le président « Zelensky » a déclaré: 😀 ÉTÉ.\n\nEnd.", "ab",
                                    std::string(300, 'x') + "ç", "", "é", "Œuvre d’art"};
  DecodedText reused;
  for (const std::string& s : texts) {
    ASSERT_TRUE(reused.Decode(s).ok());
    DecodedText fresh;
    ASSERT_TRUE(fresh.Decode(s).ok());
    ASSERT_EQ(reused.size(), fresh.size()) << s;
    for (uint32_t i = 0; i < fresh.size(); ++i) {
      EXPECT_EQ(reused.at(i), fresh.at(i));
      EXPECT_EQ(reused.cls(i), fresh.cls(i));
      EXPECT_EQ(reused.byte_offset(i), fresh.byte_offset(i));
    }
    EXPECT_EQ(reused.byte_offset(reused.size()), s.size());
    EXPECT_EQ(reused.code_points(), fresh.code_points());
  }
}

TEST(DecodedText, InvalidInputLeavesItEmpty) {
  DecodedText t;
  ASSERT_TRUE(t.Decode("abc").ok());
  EXPECT_FALSE(t.Decode("a\xE2\x82").ok());
  EXPECT_EQ(t.size(), 0u);
}

TEST(Utf8, EncodeDecodeRoundTrip) {
  for (char32_t cp : {U'a', U'é', U'€', U'😀', char32_t{0x10FFFF}}) {
    std::string s;
    AppendUtf8(cp, &s);
    size_t pos = 0;
    EXPECT_EQ(DecodeAt(s, &pos), cp);
    EXPECT_EQ(pos, s.size());
    EXPECT_EQ(CountCodePoints(s), 1u);
  }
}

}  // namespace
}  // namespace chancery

#include "store/keys.h"

#include <gtest/gtest.h>

namespace chancery {
namespace {

using namespace store_keys;  // NOLINT: test of this namespace

TEST(StoreKeys, Sha256MatchesFips180Vectors) {
  EXPECT_EQ(Sha256Hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(Sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(Sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  EXPECT_EQ(Sha256Hex(std::string(1000000, 'a')),
            "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST(StoreKeys, StoryKeyIgnoresCaseAccentsAndPunctuation) {
  DocumentMeta a, b;
  a.provider = "Reuters";
  a.headline = "RUSSIE-USA: Lavrov évoque des «progrès»";
  b.provider = "reuters";
  b.headline = "Russie USA - Lavrov evoque des progres";
  EXPECT_EQ(StoryKey(a), StoryKey(b));
  EXPECT_EQ(StoryKey(a), "reuters|russie usa lavrov evoque des progres");
  b.provider = "AFP";
  EXPECT_NE(StoryKey(a), StoryKey(b));
  DocumentMeta none;
  EXPECT_EQ(StoryKey(none), "");
  none.url = "https://example.org/x";
  EXPECT_EQ(StoryKey(none), "url|https://example.org/x");
}

TEST(StoreKeys, EventKeyMergesSameActorsRootDatePlace) {
  Event e1, e2;
  e1.source.actor = e2.source.actor = "RUSGOV";
  e1.target.actor = e2.target.actor = "USAGOV";
  e1.code = "036";
  e2.code = "030";
  e1.date = e2.date = "2025-02-27";
  e1.location_name = "Istanbul";
  e2.location_name = "ISTANBUL";
  EXPECT_EQ(EventKey(e1, "h1"), EventKey(e2, "h2"));
  e2.date = "2025-02-28";
  EXPECT_NE(EventKey(e1, "h1"), EventKey(e2, "h2"));
  e1.date = e2.date = "";  // undated: never merged across articles
  EXPECT_NE(EventKey(e1, "h1"), EventKey(e2, "h2"));
}

TEST(StoreKeys, ParsesIsoDatesToUtcSeconds) {
  EXPECT_EQ(ParseIsoUtc("1970-01-01"), 0);
  EXPECT_EQ(ParseIsoUtc("2025-02-26T15:16:00+01:00"), ParseIsoUtc("2025-02-26T14:16:00Z"));
  EXPECT_EQ(ParseIsoUtc("2025-02-26T14:16"), ParseIsoUtc("2025-02-26T14:16:00Z"));
  EXPECT_EQ(ParseIsoUtc("2025-02-26T14:16:00.250-05:00").value() - ParseIsoUtc("2025-02-26T19:16:00Z").value(), 0);
  EXPECT_FALSE(ParseIsoUtc("26/02/2025").has_value());
  EXPECT_FALSE(ParseIsoUtc("2025-13-01").has_value());
  EXPECT_FALSE(ParseIsoUtc("").has_value());
}

TEST(StoreKeys, PrefixEndBoundsEveryExtension) {
  EXPECT_EQ(PrefixEnd("RUS"), "RUT");
  EXPECT_EQ(PrefixEnd("2025-03-01"), "2025-03-02");
  EXPECT_LT(std::string("RUSGOV"), PrefixEnd("RUS"));
  EXPECT_EQ(PrefixEnd(std::string("A\xff", 2)), "B");
}

TEST(StoreKeys, CodePointIndexSlicesByCodePoints) {
  CodePointIndex idx("Sergueï à Paris");
  EXPECT_EQ(idx.Slice(0, 7), "Sergueï");
  EXPECT_EQ(idx.Slice(8, 9), "à");
  EXPECT_EQ(idx.Slice(10, 100), "Paris");
  EXPECT_EQ(idx.Slice(5, 2), "");
}

}  // namespace
}  // namespace chancery

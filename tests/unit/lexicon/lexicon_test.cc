#include "lexicon/lexicon.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <map>
#include <random>
#include <string>

#include "lexicon/lexicon_writer.h"
#include "unicode/fold.h"

namespace chancery {
namespace {

std::string Build(const std::map<std::string, std::string>& entries, std::string kind = "test") {
  LexiconWriter w(kind, false);
  for (const auto& [k, v] : entries) w.Add(k, v);
  Result<std::string> blob = w.Finish();
  EXPECT_TRUE(blob.ok()) << blob.status().ToString();
  return blob.ok() ? blob.value() : std::string();
}

TEST(Lexicon, FindsEveryKeyAndNothingElse) {
  std::map<std::string, std::string> entries;
  std::mt19937 rng(11);
  for (int i = 0; i < 5000; ++i) entries["key" + std::to_string(rng())] = "value" + std::to_string(i);
  std::string blob = Build(entries);
  Result<Lexicon> lex = Lexicon::FromBytes(blob, "test");
  ASSERT_TRUE(lex.ok()) << lex.status().ToString();
  EXPECT_EQ(lex.value().size(), entries.size());
  for (const auto& [k, v] : entries) {
    auto found = lex.value().Find(k);
    ASSERT_TRUE(found.has_value()) << k;
    EXPECT_EQ(*found, v);
  }
  EXPECT_FALSE(lex.value().Find("absent").has_value());
  EXPECT_FALSE(lex.value().Find("").has_value());
}

TEST(Lexicon, FindIndexGivesTheEntryNumberOfKeysOfEveryLength) {
  // Keys of 0..40 bytes exercise every tail of the 8-byte hash; near-duplicates
  // (one byte apart, prefixes of each other) must not be confused through the slot tag.
  std::map<std::string, std::string> entries;
  std::string key;
  for (int len = 1; len <= 40; ++len) {
    key.push_back(static_cast<char>('a' + len % 26));
    entries[key] = std::to_string(len);
    std::string near = key;
    near.back() = static_cast<char>(near.back() ^ 1);
    entries[near] = "near" + std::to_string(len);
  }
  entries["\xc3\xa9t\xc3\xa9"] = "été";
  std::string blob = Build(entries);
  Result<Lexicon> lex = Lexicon::FromBytes(blob, "test");
  ASSERT_TRUE(lex.ok()) << lex.status().ToString();
  uint32_t i = 0;
  for (const auto& [k, v] : entries) {
    std::optional<uint32_t> found = lex.value().FindIndex(k);
    ASSERT_TRUE(found.has_value()) << k;
    EXPECT_EQ(*found, i) << k;
    EXPECT_EQ(lex.value().ValueAt(*found), v);
    EXPECT_TRUE(lex.value().Contains(k));
    ++i;
    std::string longer = k + "x";
    if (!entries.count(longer)) {
      EXPECT_FALSE(lex.value().FindIndex(longer).has_value()) << longer;
    }
  }
  EXPECT_FALSE(lex.value().FindIndex("").has_value());
  EXPECT_FALSE(Lexicon().FindIndex("a").has_value());
}

TEST(Lexicon, IteratesInKeyOrder) {
  std::string blob = Build({{"b", "2"}, {"a", "1"}, {"c", ""}});
  Result<Lexicon> lex = Lexicon::FromBytes(blob, "test");
  ASSERT_TRUE(lex.ok());
  EXPECT_EQ(lex.value().KeyAt(0), "a");
  EXPECT_EQ(lex.value().ValueAt(1), "2");
  EXPECT_EQ(lex.value().ValueAt(2), "");
}

TEST(Lexicon, EmptyLexiconWorks) {
  std::string blob = Build({});
  Result<Lexicon> lex = Lexicon::FromBytes(blob, "test");
  ASSERT_TRUE(lex.ok());
  EXPECT_FALSE(lex.value().Find("x").has_value());
}

TEST(Lexicon, RejectsWrongKindMagicAndDamage) {
  std::string blob = Build({{"moscou", "RUS"}});
  EXPECT_EQ(Lexicon::FromBytes(blob, "other").status().code(), StatusCode::kCorruption);
  std::string bad_magic = blob;
  bad_magic[0] = 'X';
  EXPECT_EQ(Lexicon::FromBytes(bad_magic, "test").status().code(), StatusCode::kCorruption);
  std::string damaged = blob;
  damaged[damaged.size() - 9] ^= 0x20;
  EXPECT_EQ(Lexicon::FromBytes(damaged, "test").status().code(), StatusCode::kCorruption);
  EXPECT_EQ(Lexicon::FromBytes(blob.substr(0, 20), "test").status().code(), StatusCode::kCorruption);
}

TEST(Lexicon, RejectsTruncationAtEveryLength) {
  std::string blob = Build({{"a", "1"}, {"bb", "22"}});
  for (size_t n = 0; n < blob.size(); ++n) {
    EXPECT_FALSE(Lexicon::FromBytes(blob.substr(0, n), "test").ok()) << n;
  }
}

TEST(LexiconWriter, RejectsDuplicateKeys) {
  LexiconWriter w("test", false);
  w.Add("x", "1");
  w.Add("x", "2");
  EXPECT_FALSE(w.Finish().ok());
}

TEST(Lexicon, OpensFileAndReportsMissing) {
  EXPECT_EQ(Lexicon::Open("/nonexistent.lex", "test").status().code(), StatusCode::kNotFound);
  std::string path = "/tmp/chancery_lexicon_test.lex";
  LexiconWriter w("test", true);
  w.Add(FoldForMatch("États-Unis"), "USA");
  ASSERT_TRUE(w.WriteFile(path).ok());
  Result<Lexicon> lex = Lexicon::Open(path, "test");
  ASSERT_TRUE(lex.ok());
  EXPECT_TRUE(lex.value().folded_keys());
  EXPECT_EQ(lex.value().Find(FoldForMatch("ETATS-UNIS")).value_or(""), "USA");
  std::remove(path.c_str());
}

TEST(Lexicon, ChecksumIsReadFromTheHeaderAndFollowsTheContent) {
  std::string a = "/tmp/chancery_lexicon_checksum_a.lex", b = "/tmp/chancery_lexicon_checksum_b.lex";
  auto write = [](const std::string& path, const std::string& value) {
    std::FILE* f = std::fopen(path.c_str(), "wb");
    std::string blob = Build({{"clé", value}});
    std::fwrite(blob.data(), 1, blob.size(), f);
    std::fclose(f);
  };
  write(a, "une valeur");
  write(b, "une valeur");
  Result<uint64_t> sa = ReadLexiconChecksum(a), sb = ReadLexiconChecksum(b);
  ASSERT_TRUE(sa.ok()) << sa.status().ToString();
  ASSERT_TRUE(sb.ok());
  EXPECT_EQ(sa.value(), sb.value());
  write(b, "une autre valeur");
  EXPECT_NE(ReadLexiconChecksum(b).value(), sa.value());

  std::FILE* f = std::fopen(b.c_str(), "wb");
  std::fputs("not a lexicon at all, but long enough to hold a header........", f);
  std::fclose(f);
  EXPECT_EQ(ReadLexiconChecksum(b).status().code(), StatusCode::kCorruption);
  f = std::fopen(b.c_str(), "wb");
  std::fputs("CHNCY", f);  // shorter than a header
  std::fclose(f);
  EXPECT_EQ(ReadLexiconChecksum(b).status().code(), StatusCode::kCorruption);
  EXPECT_EQ(ReadLexiconChecksum("/nonexistent.lex").status().code(), StatusCode::kIOError);
  std::remove(a.c_str());
  std::remove(b.c_str());
}

TEST(Lexicon, ChecksumCatchesAChangeOfAnyByteInEveryLane) {
  std::map<std::string, std::string> entries;
  for (int i = 0; i < 40; ++i) entries["k" + std::to_string(i)] = std::string(static_cast<size_t>(i % 7), 'v');
  std::string blob = Build(entries);
  ASSERT_TRUE(Lexicon::FromBytes(blob, "test").ok());
  // Every byte after the header (each of the four lanes, leftover words, tail bytes).
  for (size_t pos = 48; pos < blob.size(); ++pos) {
    std::string damaged = blob;
    damaged[pos] = static_cast<char>(damaged[pos] ^ 0x01);
    EXPECT_EQ(Lexicon::FromBytes(damaged, "test").status().code(), StatusCode::kCorruption) << pos;
  }
}

}  // namespace
}  // namespace chancery

#include "store/event_format.h"

#include <gtest/gtest.h>
#include <simdjson.h>

#include <sstream>

#include "support/test_data.h"

namespace chancery {
namespace {

std::vector<std::string> Split(const std::string& s, char sep) {
  std::vector<std::string> out(1);
  for (char c : s) {
    if (c == sep) {
      out.emplace_back();
    } else {
      out.back() += c;
    }
  }
  return out;
}

StoredEvent Sample() {
  StoredEvent e;
  e.id = 42;
  e.code = "0362";
  e.base_code = "036";
  e.root = "03";
  e.quad_class = 1;
  e.goldstein = 4;
  e.source_actor = "RUSGOV";
  e.source_name = "Sergey Lavrov";
  e.source_entity = "e1";
  e.target_actor = "USAGOV";
  e.target_name = "Marco Rubio";
  e.date = "2025-02-27";
  e.modality = "future";
  e.location_name = "Istanbul";
  e.location_country = "TUR";
  e.has_location_geo = true;
  e.location_lat = 41.01;
  e.location_lon = 28.95;
  e.num_mentions = 3;
  e.num_sources = 2;
  e.num_articles = 2;
  e.article_id = 7;
  e.article_doc_id = "000_x";
  e.url = "https://example.org/a\tb";
  e.provider = "Reuters";
  e.sentence = 1;
  e.evidence = {10, 20};
  e.evidence_text = "il a dit \"oui\", puis\nnon";
  e.added = "2025-02-27T10:11:12Z";
  return e;
}

class EventFormatTest : public ::testing::Test {
 protected:
  void SetUp() override {
    Result<Lexicon> lex = Lexicon::Open(testing::DataDir() + "/iso_fips.lex", kIsoFipsKind);
    ASSERT_TRUE(lex.ok()) << lex.status().ToString();
    fips_ = std::move(lex).value();
  }
  Lexicon fips_;
};

TEST_F(EventFormatTest, GdeltRowHas61ColumnsInOrder) {
  std::string out;
  AppendEvent(Sample(), EventFormat::kGdelt, &fips_, &out);
  ASSERT_EQ(out.back(), '\n');
  out.pop_back();
  EXPECT_EQ(out.find('\n'), std::string::npos);
  std::vector<std::string> c = Split(out, '\t');
  ASSERT_EQ(c.size(), static_cast<size_t>(kGdeltColumns));
  EXPECT_EQ(c[0], "42");
  EXPECT_EQ(c[1], "20250227");
  EXPECT_EQ(c[2], "202502");
  EXPECT_EQ(c[3], "2025");
  EXPECT_EQ(c[4], "2025.1589");  // day 58 / 365
  EXPECT_EQ(c[5], "RUSGOV");
  EXPECT_EQ(c[6], "Sergey Lavrov");
  EXPECT_EQ(c[7], "RUS");
  EXPECT_EQ(c[12], "GOV");
  EXPECT_EQ(c[15], "USAGOV");
  EXPECT_EQ(c[17], "USA");
  EXPECT_EQ(c[22], "GOV");
  EXPECT_EQ(c[26], "0362");
  EXPECT_EQ(c[27], "036");
  EXPECT_EQ(c[28], "03");
  EXPECT_EQ(c[29], "1");
  EXPECT_EQ(c[30], "4");
  EXPECT_EQ(c[31], "3");
  EXPECT_EQ(c[32], "2");
  EXPECT_EQ(c[33], "2");
  EXPECT_EQ(c[34], "");  // AvgTone: not computed
  EXPECT_EQ(c[51], "4");  // world city
  EXPECT_EQ(c[52], "Istanbul");
  EXPECT_EQ(c[53], "TU");  // FIPS, not ISO
  EXPECT_EQ(c[56], "41.0100");
  EXPECT_EQ(c[57], "28.9500");
  EXPECT_EQ(c[59], "20250227101112");
  EXPECT_EQ(c[60], "https://example.org/a b");  // a tab would break the row
}

TEST_F(EventFormatTest, GdeltCountryOnlyLocationAndCoarseDates) {
  StoredEvent e = Sample();
  e.has_location_geo = false;
  e.location_name.clear();
  e.location_country = "DEU";
  e.date = "2025-W09";  // Monday 24 February 2025
  e.source_actor = "IGOUNO";
  std::string out;
  AppendEvent(e, EventFormat::kGdelt, &fips_, &out);
  out.pop_back();
  std::vector<std::string> c = Split(out, '\t');
  ASSERT_EQ(c.size(), 61u);
  EXPECT_EQ(c[1], "20250224");
  EXPECT_EQ(c[7], "");      // IGO is not a country
  EXPECT_EQ(c[12], "IGO");
  EXPECT_EQ(c[51], "1");    // country
  EXPECT_EQ(c[53], "GM");
  EXPECT_EQ(c[54], "GM");
  e.date = "";
  out.clear();
  AppendEvent(e, EventFormat::kGdelt, &fips_, &out);
  out.pop_back();
  EXPECT_EQ(Split(out, '\t').size(), 61u);
}

TEST_F(EventFormatTest, JsonLineParsesAndCarriesTheArticle) {
  std::string out;
  AppendEvent(Sample(), EventFormat::kJson, nullptr, &out);
  ASSERT_EQ(out.back(), '\n');
  simdjson::dom::parser parser;
  simdjson::dom::element root;
  ASSERT_EQ(parser.parse(out).get(root), simdjson::SUCCESS) << out;
  EXPECT_EQ(int64_t(root["id"]), 42);
  EXPECT_EQ(std::string_view(root["code"]), "0362");
  EXPECT_EQ(std::string_view(root["source"]["actor"]), "RUSGOV");
  EXPECT_EQ(std::string_view(root["source"]["entity"]), "e1");
  EXPECT_EQ(std::string_view(root["location"]["country"]), "TUR");
  EXPECT_EQ(std::string_view(root["evidence"]["text"]), "il a dit \"oui\", puis\nnon");
  EXPECT_EQ(std::string_view(root["article"]["id"]), "000_x");
  EXPECT_EQ(int64_t(root["num_mentions"]), 3);
}

TEST_F(EventFormatTest, CsvQuotesFieldsAndMatchesTheHeader) {
  std::string header;
  AppendEventHeader(EventFormat::kCsv, &header);
  std::string row;
  AppendEvent(Sample(), EventFormat::kCsv, nullptr, &row);
  ASSERT_GE(row.size(), 2u);
  EXPECT_EQ(row.substr(row.size() - 2), "\r\n");
  EXPECT_NE(row.find("\"il a dit \"\"oui\"\", puis\nnon\""), std::string::npos) << row;
  // Count fields outside quotes.
  auto fields = [](const std::string& line) {
    size_t n = 1;
    bool q = false;
    for (char c : line) {
      if (c == '"') q = !q;
      if (c == ',' && !q) ++n;
    }
    return n;
  };
  EXPECT_EQ(fields(header), fields(row));
  std::string none;
  AppendEventHeader(EventFormat::kGdelt, &none);
  EXPECT_TRUE(none.empty());
}

TEST(EventFormat, ParsesFormatNames) {
  EventFormat f;
  EXPECT_TRUE(ParseEventFormat("gdelt", &f));
  EXPECT_EQ(f, EventFormat::kGdelt);
  EXPECT_TRUE(ParseEventFormat("csv", &f));
  EXPECT_EQ(f, EventFormat::kCsv);
  EXPECT_TRUE(ParseEventFormat("json", &f));
  EXPECT_EQ(f, EventFormat::kJson);
  EXPECT_FALSE(ParseEventFormat("xml", &f));
}

}  // namespace
}  // namespace chancery

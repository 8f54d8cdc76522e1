// JsonRecordReader: JSON Lines records, field types, and the errors it reports.
#include "ingest/record.h"

#include <gtest/gtest.h>

#include <string>

namespace chancery {
namespace {

TEST(JsonRecordReader, ReadsAllFields) {
  JsonRecordReader reader;
  InputRecord r;
  Status st = reader.Parse(
      R"({"id": "a1", "text": "Bonjour \u00e9t\u00e9\n", "lang": "fr", "published": "2025-02-26", )"
      R"("provider": "Reuters", "url": "https://example.org/x", "extra": {"nested": [1, 2]}})",
      &r);
  ASSERT_TRUE(st.ok()) << st.ToString();
  EXPECT_EQ(r.id, "a1");
  EXPECT_EQ(r.text, "Bonjour été\n");
  EXPECT_EQ(r.lang, "fr");
  EXPECT_EQ(r.published, "2025-02-26");
  EXPECT_EQ(r.provider, "Reuters");
  EXPECT_EQ(r.url, "https://example.org/x");
}

TEST(JsonRecordReader, NumericIdKeepsItsDigits) {
  JsonRecordReader reader;
  InputRecord r;
  ASSERT_TRUE(reader.Parse(R"({"id": 12345678901, "text": "x"})", &r).ok());
  EXPECT_EQ(r.id, "12345678901");
}

TEST(JsonRecordReader, AbsentIdLeavesCallersId) {
  JsonRecordReader reader;
  InputRecord r;
  r.id = "line-7";
  ASSERT_TRUE(reader.Parse(R"({"text": "x"})", &r).ok());
  EXPECT_EQ(r.id, "line-7");
}

TEST(JsonRecordReader, NullOptionalFieldsAreEmpty) {
  JsonRecordReader reader;
  InputRecord r;
  r.lang = "stale";
  Status st = reader.Parse(R"({"id": "n", "text": "t", "lang": null, "published": null, "provider": null, "url": null})", &r);
  ASSERT_TRUE(st.ok()) << st.ToString();
  EXPECT_EQ(r.lang, "");
  EXPECT_EQ(r.published, "");
  EXPECT_EQ(r.provider, "");
  EXPECT_EQ(r.url, "");
}

TEST(JsonRecordReader, MissingTextIsInvalidInputWithId) {
  JsonRecordReader reader;
  InputRecord r;
  Status st = reader.Parse(R"({"id": "doc-9", "lang": "en"})", &r);
  EXPECT_EQ(st.code(), StatusCode::kInvalidInput);
  EXPECT_NE(st.message().find("missing \"text\""), std::string::npos) << st.message();
  EXPECT_EQ(r.id, "doc-9");
}

TEST(JsonRecordReader, TextNotAStringIsInvalidInput) {
  JsonRecordReader reader;
  InputRecord r;
  Status st = reader.Parse(R"({"id": 3, "text": 42})", &r);
  EXPECT_EQ(st.code(), StatusCode::kInvalidInput);
  EXPECT_NE(st.message().find("field \"text\" is not a string"), std::string::npos) << st.message();
  EXPECT_EQ(r.id, "3");
}

TEST(JsonRecordReader, OptionalFieldOfWrongTypeIsInvalidInput) {
  JsonRecordReader reader;
  InputRecord r;
  Status st = reader.Parse(R"({"text": "x", "lang": 5})", &r);
  EXPECT_EQ(st.code(), StatusCode::kInvalidInput);
  EXPECT_NE(st.message().find("\"lang\""), std::string::npos) << st.message();
}

TEST(JsonRecordReader, NotJsonIsInvalidInput) {
  JsonRecordReader reader;
  InputRecord r;
  Status st = reader.Parse("this is not json", &r);
  EXPECT_EQ(st.code(), StatusCode::kInvalidInput);
  st = reader.Parse(R"({"text": "x")", &r);
  EXPECT_EQ(st.code(), StatusCode::kInvalidInput);
  st = reader.Parse("", &r);
  EXPECT_EQ(st.code(), StatusCode::kInvalidInput);
}

TEST(JsonRecordReader, ArrayAndScalarAreNotObjects) {
  JsonRecordReader reader;
  InputRecord r;
  Status st = reader.Parse(R"([{"text": "x"}])", &r);
  EXPECT_EQ(st.code(), StatusCode::kInvalidInput);
  EXPECT_EQ(st.message(), "not a JSON object");
  st = reader.Parse("\"text\"", &r);
  EXPECT_EQ(st.code(), StatusCode::kInvalidInput);
  EXPECT_EQ(st.message(), "not a JSON object");
}

TEST(JsonRecordReader, TrailingContentIsInvalidInput) {
  JsonRecordReader reader;
  InputRecord r;
  EXPECT_EQ(reader.Parse(R"({"text": "x"} {"text": "y"})", &r).code(), StatusCode::kInvalidInput);
  // Trailing white space (a CR from a CRLF file) is fine.
  EXPECT_TRUE(reader.Parse("{\"text\": \"x\"}\r", &r).ok());
}

TEST(JsonRecordReader, InvalidUtf8IsInvalidInput) {
  JsonRecordReader reader;
  InputRecord r;
  std::string line = "{\"id\": \"u\", \"text\": \"caf\xC3\x28\"}";
  Status st = reader.Parse(line, &r);
  EXPECT_EQ(st.code(), StatusCode::kInvalidInput);
  EXPECT_NE(st.message().find("UTF-8"), std::string::npos) << st.message();
}

TEST(JsonRecordReader, BufferIsReusedAcrossLongAndShortLines) {
  JsonRecordReader reader;
  InputRecord r;
  std::string big(50 * 1024 * 1024, 'a');
  std::string line = "{\"id\": \"big\", \"text\": \"" + big + "\"}";
  Status st = reader.Parse(line, &r);
  ASSERT_TRUE(st.ok()) << st.ToString();
  EXPECT_EQ(r.text.size(), big.size());
  // A short line after the long one must not see the old bytes.
  st = reader.Parse(R"({"id": "small", "text": "b"})", &r);
  ASSERT_TRUE(st.ok()) << st.ToString();
  EXPECT_EQ(r.text, "b");
  EXPECT_EQ(r.id, "small");
  EXPECT_EQ(reader.Parse(R"({"text": "b"} x)", &r).code(), StatusCode::kInvalidInput);
}

}  // namespace
}  // namespace chancery

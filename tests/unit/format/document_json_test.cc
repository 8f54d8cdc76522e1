#include "format/document_json.h"

#include <gtest/gtest.h>
#include <simdjson.h>

namespace chancery {
namespace {

TEST(DocumentJson, WritesContractFieldsAndParses) {
  Document doc;
  doc.id = "d1";
  doc.text = "Titre\n\nLe « texte ».";
  ASSERT_TRUE(doc.decoded.Decode(doc.text).ok());
  doc.lang = Language::kFrench;
  doc.meta.headline = "Titre";
  doc.meta.headline_span = {0, 5};
  doc.meta.provider = "AFP";
  doc.meta.credits.push_back({"editing", "Jeanne Martin", {0, 5}});
  doc.meta.body = {7, 19};
  doc.sentences.push_back({{7, 19}, 0, 0});
  std::string out;
  AppendDocumentJson(doc, {}, &out);

  simdjson::dom::parser parser;
  simdjson::dom::element root;
  ASSERT_EQ(parser.parse(out).get(root), simdjson::SUCCESS) << out;
  EXPECT_EQ(std::string_view(root["id"]), "d1");
  EXPECT_EQ(std::string_view(root["lang"]), "fr");
  EXPECT_EQ(std::string_view(root["text"]), doc.text);
  EXPECT_EQ(std::string_view(root["meta"]["headline"]), "Titre");
  EXPECT_TRUE(root["meta"]["dateline"].is_null());
  EXPECT_EQ(std::string_view(root["meta"]["credits"].at(0)["role"]), "editing");
  EXPECT_EQ(int64_t(root["meta"]["body"]["start"]), 7);
  EXPECT_EQ(int64_t(root["sentences"].at(0)["end"]), 19);
  for (const char* layer : {"entities", "timexes", "quotes", "events"}) {
    simdjson::dom::array a;
    ASSERT_EQ(root[layer].get(a), simdjson::SUCCESS) << layer;
    EXPECT_EQ(a.size(), 0u);
  }
}

TEST(DocumentJson, WritesErrorObject) {
  std::string out;
  AppendErrorJson("x\"1", "invalid UTF-8 at byte 3", &out);
  EXPECT_EQ(out, "{\"id\":\"x\\\"1\",\"error\":\"invalid UTF-8 at byte 3\"}");
}

}  // namespace
}  // namespace chancery

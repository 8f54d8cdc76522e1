#include "format/json_writer.h"

#include <gtest/gtest.h>

namespace chancery {
namespace {

TEST(JsonString, EscapesQuotesBackslashesAndControls) {
  std::string out;
  AppendJsonString("a\"b\\c\nd\te\x01 é «", &out);
  EXPECT_EQ(out, "\"a\\\"b\\\\c\\nd\\te\\u0001 é «\"");
}

TEST(JsonWriter, PlacesCommasAndNesting) {
  std::string out;
  JsonWriter w(&out);
  w.BeginObject();
  w.Key("a");
  w.Int(1);
  w.Key("b");
  w.BeginArray();
  w.Double(4.0);
  w.Double(-0.5);
  w.Null();
  w.Bool(true);
  w.EndArray();
  w.Key("c");
  w.StringOrNull("");
  w.Key("d");
  w.BeginObject();
  w.EndObject();
  w.EndObject();
  EXPECT_EQ(out, "{\"a\":1,\"b\":[4.0,-0.5,null,true],\"c\":null,\"d\":{}}");
}

}  // namespace
}  // namespace chancery

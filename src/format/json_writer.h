// JsonWriter: appends compact JSON to a caller-owned string.
//
// Strings are escaped per RFC 8259 (quote, backslash, control characters) and written
// as UTF-8 otherwise; callers pass valid UTF-8 (the pipeline validated the input).
// Commas are placed automatically. Misuse (a value where a key is due) is a bug the
// writer does not detect. Not thread-safe; one per output buffer.
#ifndef CHANCERY_FORMAT_JSON_WRITER_H_
#define CHANCERY_FORMAT_JSON_WRITER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace chancery {

// Appends `s` to *out as a JSON string literal, quotes included.
void AppendJsonString(std::string_view s, std::string* out);

class JsonWriter {
 public:
  explicit JsonWriter(std::string* out) : out_(out) {}

  void BeginObject();
  void EndObject();
  void BeginArray();
  void EndArray();
  void Key(std::string_view key);
  void String(std::string_view s);
  // A string, or null when `s` is empty.
  void StringOrNull(std::string_view s);
  void Int(int64_t v);
  void Double(double v);
  void Bool(bool v);
  void Null();

 private:
  void BeforeValue();
  std::string* out_;
  std::vector<bool> first_;  // per open container: no element written yet
  bool after_key_ = false;
};

}  // namespace chancery

#endif  // CHANCERY_FORMAT_JSON_WRITER_H_

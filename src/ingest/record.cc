// JsonRecordReader: one JSON Lines record through simdjson's On-Demand API.
//
// The line is copied into a padded buffer owned by the reader (simdjson reads up to
// SIMDJSON_PADDING bytes past the end), which grows only when a line is longer than any
// before it. simdjson validates UTF-8 over the whole line before any field is read.
#include "ingest/record.h"

#include <simdjson.h>

#include <string>

namespace chancery {

struct JsonRecordReader::Impl {
  simdjson::ondemand::parser parser;
  std::string buffer;  // the line, followed by at least SIMDJSON_PADDING spare bytes
};

JsonRecordReader::JsonRecordReader() : impl_(std::make_unique<Impl>()) {}
JsonRecordReader::~JsonRecordReader() = default;

namespace {

std::string_view TrimJson(std::string_view s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n' || s.back() == '\r')) {
    s.remove_suffix(1);
  }
  return s;
}

std::string ErrorText(simdjson::error_code e) { return simdjson::error_message(e); }

// Reads an optional string field value: a string or null. False on another type.
bool ReadOptionalString(simdjson::ondemand::value value, std::string* out, simdjson::error_code* err) {
  simdjson::ondemand::json_type type;
  *err = value.type().get(type);
  if (*err) return false;
  if (type == simdjson::ondemand::json_type::null) {
    out->clear();
    return true;
  }
  if (type != simdjson::ondemand::json_type::string) return false;
  std::string_view s;
  *err = value.get_string().get(s);
  if (*err) return false;
  out->assign(s);
  return true;
}

}  // namespace

Status JsonRecordReader::Parse(std::string_view line, InputRecord* out) {
  out->text.clear();
  out->lang.clear();
  out->published.clear();
  out->provider.clear();
  out->url.clear();

  std::string& buf = impl_->buffer;
  const size_t needed = line.size() + simdjson::SIMDJSON_PADDING;
  if (buf.size() < needed) buf.resize(needed);
  if (!line.empty()) buf.replace(0, line.size(), line.data(), line.size());
  simdjson::padded_string_view padded(buf.data(), line.size(), buf.size());

  simdjson::ondemand::document doc;
  simdjson::error_code err = impl_->parser.iterate(padded).get(doc);
  if (err) {
    if (err == simdjson::UTF8_ERROR) return Status::InvalidInput("invalid UTF-8 in JSON record");
    return Status::InvalidInput("invalid JSON: " + ErrorText(err));
  }
  simdjson::ondemand::json_type top;
  err = doc.type().get(top);
  if (err) return Status::InvalidInput("invalid JSON: " + ErrorText(err));
  if (top != simdjson::ondemand::json_type::object) return Status::InvalidInput("not a JSON object");
  simdjson::ondemand::object obj;
  err = doc.get_object().get(obj);
  if (err) return Status::InvalidInput("not a JSON object");

  bool have_text = false;
  Status field_error;
  for (auto field_result : obj) {
    simdjson::ondemand::field field;
    err = std::move(field_result).get(field);
    if (err) return Status::InvalidInput("invalid JSON: " + ErrorText(err));
    std::string_view key;
    err = field.unescaped_key().get(key);
    if (err) return Status::InvalidInput("invalid JSON: " + ErrorText(err));
    simdjson::ondemand::value value = field.value();

    if (key == "id") {
      simdjson::ondemand::json_type type;
      err = value.type().get(type);
      if (err) return Status::InvalidInput("invalid JSON: " + ErrorText(err));
      if (type == simdjson::ondemand::json_type::string) {
        std::string_view s;
        err = value.get_string().get(s);
        if (err) return Status::InvalidInput("field \"id\": " + ErrorText(err));
        out->id.assign(s);
      } else if (type == simdjson::ondemand::json_type::number) {
        // Keep the number as written ("12", not "12.0").
        out->id.assign(TrimJson(value.raw_json_token()));
      } else if (type != simdjson::ondemand::json_type::null && field_error.ok()) {
        field_error = Status::InvalidInput("field \"id\" is not a string or a number");
      }
      continue;
    }
    std::string* target = nullptr;
    if (key == "text") {
      target = &out->text;
    } else if (key == "lang") {
      target = &out->lang;
    } else if (key == "published") {
      target = &out->published;
    } else if (key == "provider") {
      target = &out->provider;
    } else if (key == "url") {
      target = &out->url;
    }
    if (target == nullptr) continue;  // unknown fields are skipped unread
    if (key == "text") {
      simdjson::ondemand::json_type type;
      err = value.type().get(type);
      if (err) return Status::InvalidInput("invalid JSON: " + ErrorText(err));
      if (type != simdjson::ondemand::json_type::string) {
        if (field_error.ok()) field_error = Status::InvalidInput("field \"text\" is not a string");
        continue;
      }
      std::string_view s;
      err = value.get_string().get(s);
      if (err) {
        if (err == simdjson::UTF8_ERROR) return Status::InvalidInput("invalid UTF-8 in field \"text\"");
        return Status::InvalidInput("field \"text\": " + ErrorText(err));
      }
      out->text.assign(s);
      have_text = true;
      continue;
    }
    if (!ReadOptionalString(value, target, &err)) {
      if (err) return Status::InvalidInput("field \"" + std::string(key) + "\": " + ErrorText(err));
      if (field_error.ok()) {
        field_error = Status::InvalidInput("field \"" + std::string(key) + "\" is not a string");
      }
    }
  }
  // After the object the document must be exhausted: a location there is trailing content.
  const char* trailing = nullptr;
  if (doc.current_location().get(trailing) == simdjson::SUCCESS) {
    return Status::InvalidInput("invalid JSON: trailing content after the object");
  }
  if (!field_error.ok()) return field_error;
  if (!have_text) return Status::InvalidInput("missing \"text\"");
  return Status::Ok();
}

}  // namespace chancery

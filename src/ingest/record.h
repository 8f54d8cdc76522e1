// InputRecord and the JSON Lines reader of `chancery extract --jsonl`.
//
// A record is one dispatch with whatever metadata the caller knows:
//   {"id", "text", "lang"?, "published"?, "provider"?, "url"?}
// Unknown fields are ignored. `id` may be a string or a number; when absent the caller
// supplies a positional id ("line-N").
//
// Thread-safety: a JsonRecordReader holds a parser's buffers; one per worker.
#ifndef CHANCERY_INGEST_RECORD_H_
#define CHANCERY_INGEST_RECORD_H_

#include <memory>
#include <string>
#include <string_view>

#include "base/status.h"

namespace chancery {

struct InputRecord {
  std::string id;
  std::string text;       // UTF-8 (validated later, by the pipeline)
  std::string lang;       // "fr", "en", or empty: detect
  std::string published;  // ISO 8601 date or date-time, with or without offset; empty: unknown
  std::string provider;   // empty: read it from the text if present
  std::string url;
};

class JsonRecordReader {
 public:
  JsonRecordReader();
  ~JsonRecordReader();
  JsonRecordReader(const JsonRecordReader&) = delete;
  JsonRecordReader& operator=(const JsonRecordReader&) = delete;

  // Parses one line. On success fills *out (its id left as is when the record has
  // none). InvalidInput when the line is not a JSON object, a field has the wrong type,
  // or `text` is missing; in that case out->id holds the record's id if it could be read.
  Status Parse(std::string_view line, InputRecord* out);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace chancery

#endif  // CHANCERY_INGEST_RECORD_H_

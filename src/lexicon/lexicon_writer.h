// LexiconWriter: builds a lexicon blob (lexicon/format.h). Build time only: linked into
// tools/lexc and tests, never into libchancery's product targets.
//
// Add() entries in any order; Finish() sorts them, rejects duplicate keys, lays out the
// slot table and returns the bytes. Not thread-safe.
#ifndef CHANCERY_LEXICON_LEXICON_WRITER_H_
#define CHANCERY_LEXICON_LEXICON_WRITER_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/status.h"

namespace chancery {

class LexiconWriter {
 public:
  // `kind` names the payload layout (at most 15 bytes). With `folded_keys`, callers
  // promise keys were passed through FoldForMatch; the flag is recorded for readers.
  LexiconWriter(std::string kind, bool folded_keys);

  void Add(std::string key, std::string value);
  // The blob, or InvalidArgument on a duplicate or over-long key or an over-long kind.
  Result<std::string> Finish();
  // Finish() and write to `path` atomically (temporary file, then rename).
  Status WriteFile(const std::string& path);

 private:
  std::string kind_;
  bool folded_keys_;
  std::vector<std::pair<std::string, std::string>> entries_;
};

}  // namespace chancery

#endif  // CHANCERY_LEXICON_LEXICON_WRITER_H_

// Lexicon: read-only lookup in a compiled lexicon blob (see lexicon/format.h).
//
// A lexicon maps byte-string keys to byte-string values; what the value bytes mean is
// the business of the stage that owns the lexicon's `kind` (morph-fr, abbrev-en, ...).
// Lookups return views into the blob, valid as long as the bytes given to FromBytes()
// are (usually a MappedFile owned by the same Resources object).
//
// Open() maps a file and checks magic, version, kind, sizes and checksum; a failing
// check is Corruption, never a crash. Thread-safety: immutable after construction; any
// number of threads may call Find() at once.
#ifndef CHANCERY_LEXICON_LEXICON_H_
#define CHANCERY_LEXICON_LEXICON_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "base/mapped_file.h"
#include "base/status.h"

namespace chancery {

class Lexicon {
 public:
  // Maps and validates the lexicon at `path`, whose kind must be `expected_kind`.
  static Result<Lexicon> Open(const std::string& path, std::string_view expected_kind);
  // Validates `bytes` (which must outlive the Lexicon) as a lexicon of `expected_kind`.
  static Result<Lexicon> FromBytes(std::string_view bytes, std::string_view expected_kind);

  Lexicon() = default;
  Lexicon(Lexicon&&) = default;
  Lexicon& operator=(Lexicon&&) = default;

  // The value stored under `key`, or nullopt. For a lexicon with folded keys, the
  // caller passes a key already folded with FoldForMatch.
  std::optional<std::string_view> Find(std::string_view key) const;
  bool Contains(std::string_view key) const { return FindIndex(key).has_value(); }
  // The entry number of `key` (for KeyAt/ValueAt and per-entry side tables), or nullopt.
  std::optional<uint32_t> FindIndex(std::string_view key) const;

  uint32_t size() const { return entry_count_; }
  // The i-th entry in key order. REQUIRES: i < size().
  std::string_view KeyAt(uint32_t i) const;
  std::string_view ValueAt(uint32_t i) const;

  bool folded_keys() const { return folded_keys_; }
  std::string_view kind() const { return kind_; }

 private:
  std::unique_ptr<MappedFile> file_;  // null when built FromBytes
  std::string_view bytes_;
  const unsigned char* slots_ = nullptr;
  const unsigned char* entry_table_ = nullptr;
  const unsigned char* entries_ = nullptr;
  uint32_t entry_count_ = 0;
  uint32_t slot_count_ = 0;
  uint32_t index_mask_ = 0;  // slot bits holding 1 + entry index; the tag is above them
  uint64_t entries_size_ = 0;
  bool folded_keys_ = false;
  std::string kind_;
};

// The checksum recorded in the header of the lexicon at `path` (which identifies its
// content), read without mapping or verifying the body: a cheap way to tell whether
// two builds ship the same data. Corruption when the file is not a lexicon of this
// format version; IOError when it cannot be read.
Result<uint64_t> ReadLexiconChecksum(const std::string& path);

// Where compiled lexicons are looked up: the directory given by the caller if any,
// else $CHANCERY_DATA, else <directory of the executable>/data, else
// <directory of the executable>/../share/chancery. Returns the first that holds
// `probe_file`, or NotFound listing where it looked.
Result<std::string> LocateDataDir(const std::string& explicit_dir, std::string_view probe_file);

}  // namespace chancery

#endif  // CHANCERY_LEXICON_LEXICON_H_

// UTF-8 validation and decoding into a code-point view of a document.
//
// Chancery keeps every document as the UTF-8 bytes it was given and reports every span
// in Unicode code points into those bytes (the output contract). DecodedText is the
// bridge: it decodes the bytes once, keeps for each code point its value, its byte
// offset and its character classes, so stages work on code points and can always map
// back to bytes. Buffers are reused by Decode(), so a worker's DecodedText allocates
// only when a document is larger than any before it.
//
// Thread-safety: plain data; one DecodedText per worker.
#ifndef CHANCERY_UNICODE_UTF8_H_
#define CHANCERY_UNICODE_UTF8_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "unicode/char_class.h"

namespace chancery {

// OK if `bytes` is well-formed UTF-8 (no overlongs, no surrogates, nothing above
// U+10FFFF). Otherwise InvalidInput naming the byte offset of the first bad sequence.
// NUL bytes are valid UTF-8 and accepted here; callers that refuse them say so.
Status ValidateUtf8(std::string_view bytes);

// Decodes one code point at `bytes[*pos]` and advances *pos.
// REQUIRES: `bytes` is valid UTF-8 and *pos < bytes.size() is at a sequence start.
char32_t DecodeAt(std::string_view bytes, size_t* pos);

// Like DecodeAt, for bytes that may not be valid UTF-8 (outside input not yet
// validated): a byte that does not start a well-formed sequence within `bytes` decodes
// to U+FFFD and advances *pos by one. Never reads past `bytes`.
// REQUIRES: *pos < bytes.size().
char32_t DecodeAtOrReplacement(std::string_view bytes, size_t* pos);

// Appends the UTF-8 encoding of `cp` to `out`.
void AppendUtf8(char32_t cp, std::string* out);

// Number of code points in valid UTF-8 `bytes`.
size_t CountCodePoints(std::string_view bytes);

class DecodedText {
 public:
  // Decodes `bytes`, which must outlive this object's use of it. Returns InvalidInput
  // (with the byte offset) if `bytes` is not valid UTF-8; the object is then empty.
  Status Decode(std::string_view bytes);

  std::string_view bytes() const { return bytes_; }
  // Number of code points.
  uint32_t size() const { return static_cast<uint32_t>(cps_.size()); }
  char32_t at(uint32_t i) const { return cps_[i]; }
  CharClass cls(uint32_t i) const { return classes_[i]; }
  bool Is(uint32_t i, CharClass mask) const { return (classes_[i] & mask) != 0; }
  // Byte offset of code point i; byte_offset(size()) == bytes().size().
  uint32_t byte_offset(uint32_t i) const { return byte_of_[i]; }
  // The bytes of the code-point range [start, end).
  std::string_view Slice(uint32_t start, uint32_t end) const {
    return bytes_.substr(byte_of_[start], byte_of_[end] - byte_of_[start]);
  }
  const std::vector<char32_t>& code_points() const { return cps_; }

 private:
  std::string_view bytes_;
  std::vector<char32_t> cps_;
  std::vector<uint32_t> byte_of_;
  std::vector<CharClass> classes_;
};

}  // namespace chancery

#endif  // CHANCERY_UNICODE_UTF8_H_

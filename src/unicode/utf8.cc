// A validating UTF-8 decoder after the Unicode Standard's table of well-formed byte
// sequences (ch. 3, table 3-7): it rejects overlongs, surrogates and values above
// U+10FFFF, and reports the byte offset of the first bad sequence.
#include "unicode/utf8.h"

#include <cstring>

namespace chancery {

namespace {

// Length of the well-formed sequence at bytes[i], or 0 if it is ill-formed.
size_t SequenceLength(const unsigned char* s, size_t n, size_t i) {
  unsigned char b0 = s[i];
  if (b0 < 0x80) return 1;
  auto cont = [&](size_t k, unsigned char lo, unsigned char hi) {
    return i + k < n && s[i + k] >= lo && s[i + k] <= hi;
  };
  if (b0 >= 0xC2 && b0 <= 0xDF) return cont(1, 0x80, 0xBF) ? 2 : 0;
  if (b0 == 0xE0) return cont(1, 0xA0, 0xBF) && cont(2, 0x80, 0xBF) ? 3 : 0;
  if ((b0 >= 0xE1 && b0 <= 0xEC) || b0 == 0xEE || b0 == 0xEF)
    return cont(1, 0x80, 0xBF) && cont(2, 0x80, 0xBF) ? 3 : 0;
  if (b0 == 0xED) return cont(1, 0x80, 0x9F) && cont(2, 0x80, 0xBF) ? 3 : 0;
  if (b0 == 0xF0) return cont(1, 0x90, 0xBF) && cont(2, 0x80, 0xBF) && cont(3, 0x80, 0xBF) ? 4 : 0;
  if (b0 >= 0xF1 && b0 <= 0xF3)
    return cont(1, 0x80, 0xBF) && cont(2, 0x80, 0xBF) && cont(3, 0x80, 0xBF) ? 4 : 0;
  if (b0 == 0xF4) return cont(1, 0x80, 0x8F) && cont(2, 0x80, 0xBF) && cont(3, 0x80, 0xBF) ? 4 : 0;
  return 0;
}

}  // namespace

Status ValidateUtf8(std::string_view bytes) {
  const auto* s = reinterpret_cast<const unsigned char*>(bytes.data());
  size_t n = bytes.size();
  size_t i = 0;
  while (i < n) {
    // ASCII fast path, eight bytes at a time.
    while (i + 8 <= n) {
      uint64_t w;
      std::memcpy(&w, s + i, 8);  // any byte order: only the high bits are tested
      if (w & 0x8080808080808080ULL) break;
      i += 8;
    }
    if (i >= n) break;
    size_t len = SequenceLength(s, n, i);
    if (len == 0) {
      return Status::InvalidInput("invalid UTF-8 at byte " + std::to_string(i));
    }
    i += len;
  }
  return Status::Ok();
}

char32_t DecodeAt(std::string_view bytes, size_t* pos) {
  const auto* s = reinterpret_cast<const unsigned char*>(bytes.data());
  size_t i = *pos;
  unsigned char b0 = s[i];
  if (b0 < 0x80) {
    *pos = i + 1;
    return b0;
  }
  if (b0 < 0xE0) {
    *pos = i + 2;
    return (char32_t(b0 & 0x1F) << 6) | (s[i + 1] & 0x3F);
  }
  if (b0 < 0xF0) {
    *pos = i + 3;
    return (char32_t(b0 & 0x0F) << 12) | (char32_t(s[i + 1] & 0x3F) << 6) | (s[i + 2] & 0x3F);
  }
  *pos = i + 4;
  return (char32_t(b0 & 0x07) << 18) | (char32_t(s[i + 1] & 0x3F) << 12) |
         (char32_t(s[i + 2] & 0x3F) << 6) | (s[i + 3] & 0x3F);
}

char32_t DecodeAtOrReplacement(std::string_view bytes, size_t* pos) {
  const auto* s = reinterpret_cast<const unsigned char*>(bytes.data());
  if (SequenceLength(s, bytes.size(), *pos) == 0) {
    ++*pos;
    return 0xFFFD;
  }
  return DecodeAt(bytes, pos);
}

void AppendUtf8(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

size_t CountCodePoints(std::string_view bytes) {
  size_t n = 0;
  for (unsigned char c : bytes) n += (c & 0xC0) != 0x80;
  return n;
}

Status DecodedText::Decode(std::string_view bytes) {
  bytes_ = {};
  Status st = ValidateUtf8(bytes);
  if (st.ok() && bytes.size() >= UINT32_MAX) st = Status::InvalidInput("document larger than 4 GiB");
  if (!st.ok()) {
    cps_.clear();
    byte_of_.clear();
    classes_.clear();
    return st;
  }
  bytes_ = bytes;
  // The vectors keep the previous document's size: resize() below zero-fills only the
  // part beyond it, and every element up to the new size is then overwritten.
  // At most one code point per byte: size for that, write through pointers, trim.
  const size_t n = bytes.size();
  cps_.resize(n);
  byte_of_.resize(n + 1);
  const auto* s = reinterpret_cast<const unsigned char*>(bytes.data());
  char32_t* cps = cps_.data();
  uint32_t* byte_of = byte_of_.data();
  size_t pos = 0, k = 0;
  while (pos < n) {
    byte_of[k] = static_cast<uint32_t>(pos);
    if (s[pos] < 0x80) {
      cps[k++] = s[pos++];
    } else {
      cps[k++] = DecodeAt(bytes, &pos);
    }
  }
  byte_of[k] = static_cast<uint32_t>(n);
  cps_.resize(k);
  byte_of_.resize(k + 1);
  classes_.resize(k);
  ClassifyAll(cps_.data(), k, classes_.data());
  return Status::Ok();
}

}  // namespace chancery

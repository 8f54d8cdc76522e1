// A reference decoder for the tests that check the engine's code-point offsets: deliberately
// simple and independent of the engine's own UTF-8 decoder.
#ifndef CHANCERY_TESTS_SUPPORT_CODE_POINTS_H_
#define CHANCERY_TESTS_SUPPORT_CODE_POINTS_H_

#include <cstddef>
#include <string_view>
#include <vector>

namespace chancery::testing {

// Byte offset of every code point of valid UTF-8 `s`, plus s.size() at the end.
inline std::vector<size_t> CodePointOffsets(std::string_view s) {
  std::vector<size_t> out;
  for (size_t i = 0; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) out.push_back(i);
  }
  out.push_back(s.size());
  return out;
}

}  // namespace chancery::testing

#endif  // CHANCERY_TESTS_SUPPORT_CODE_POINTS_H_

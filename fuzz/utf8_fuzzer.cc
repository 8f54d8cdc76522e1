// UTF-8 validation and decoding (src/unicode) on arbitrary bytes: ValidateUtf8 and
// DecodedText::Decode must agree, and a valid input must decode and re-encode to itself
// with consistent code-point offsets; folding and lower-casing must not trip on any
// valid text.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_support.h"
#include "unicode/fold.h"
#include "unicode/utf8.h"

using chancery::fuzz::AsView;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes = AsView(data, size);
  chancery::Status valid = chancery::ValidateUtf8(bytes);
  chancery::DecodedText decoded;
  chancery::Status decode = decoded.Decode(bytes);
  CHANCERY_FUZZ_CHECK(valid.ok() == decode.ok());
  if (!valid.ok()) {
    CHANCERY_FUZZ_CHECK(decoded.size() == 0);
    return 0;
  }
  CHANCERY_FUZZ_CHECK(decoded.size() == chancery::CountCodePoints(bytes));
  CHANCERY_FUZZ_CHECK(decoded.byte_offset(decoded.size()) == bytes.size());
  std::string reencoded;
  size_t pos = 0;
  for (uint32_t i = 0; i < decoded.size(); ++i) {
    CHANCERY_FUZZ_CHECK(decoded.byte_offset(i) == pos);
    char32_t cp = chancery::DecodeAt(bytes, &pos);
    CHANCERY_FUZZ_CHECK(cp == decoded.at(i));
    chancery::AppendUtf8(cp, &reencoded);
  }
  CHANCERY_FUZZ_CHECK(pos == bytes.size());
  CHANCERY_FUZZ_CHECK(reencoded == bytes);
  if (decoded.size() > 0) CHANCERY_FUZZ_CHECK(decoded.Slice(0, decoded.size()) == bytes);

  std::string folded, lower;
  chancery::FoldForMatch(bytes, &folded);
  chancery::LowerCase(bytes, &lower);
  CHANCERY_FUZZ_CHECK(chancery::ValidateUtf8(folded).ok());
  CHANCERY_FUZZ_CHECK(chancery::ValidateUtf8(lower).ok());
  return 0;
}

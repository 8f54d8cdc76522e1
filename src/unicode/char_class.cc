// Classes come from ICU's u_charType. The first 0x3000 code points (Latin, Greek,
// Cyrillic, general punctuation) are answered from a table filled once on first use;
// the rest ask ICU each time.
#include "unicode/char_class.h"

#include <unicode/uchar.h>

#include <array>

namespace chancery {

namespace {

constexpr char32_t kTableSize = 0x3000;

CharClass Compute(char32_t cp) {
  CharClass c = 0;
  UChar32 u = static_cast<UChar32>(cp);
  switch (u_charType(u)) {
    case U_UPPERCASE_LETTER:
    case U_TITLECASE_LETTER: c |= cc::kLetter | cc::kUpper; break;
    case U_LOWERCASE_LETTER: c |= cc::kLetter | cc::kLower; break;
    case U_MODIFIER_LETTER:
    case U_OTHER_LETTER: c |= cc::kLetter; break;
    case U_DECIMAL_DIGIT_NUMBER: c |= cc::kDigit; break;
    case U_NON_SPACING_MARK:
    case U_ENCLOSING_MARK:
    case U_COMBINING_SPACING_MARK: c |= cc::kMark; break;
    case U_DASH_PUNCTUATION: c |= cc::kPunct | cc::kDash; break;
    case U_START_PUNCTUATION:
    case U_END_PUNCTUATION:
    case U_CONNECTOR_PUNCTUATION:
    case U_OTHER_PUNCTUATION:
    case U_INITIAL_PUNCTUATION:
    case U_FINAL_PUNCTUATION: c |= cc::kPunct; break;
    case U_MATH_SYMBOL:
    case U_CURRENCY_SYMBOL:
    case U_MODIFIER_SYMBOL:
    case U_OTHER_SYMBOL: c |= cc::kSymbol; break;
    case U_CONTROL_CHAR:
    case U_FORMAT_CHAR: c |= cc::kControl; break;
    default: break;
  }
  if (u_isUWhiteSpace(u)) c = static_cast<CharClass>((c & ~cc::kControl) | cc::kSpace);
  if (cp == '\n' || cp == '\r' || cp == 0x85 || cp == 0x2028 || cp == 0x2029) c |= cc::kNewline;
  switch (cp) {
    case '"': case 0xAB: case 0xBB: case 0x201C: case 0x201D: case 0x201E: case 0x201F:
    case 0x2039: case 0x203A: case 0x201A: case '`': case 0x2018:
      c |= cc::kQuote | cc::kPunct;
      break;
    case '\'': case 0x2019: case 0x02BC:
      c |= cc::kApostrophe | cc::kQuote | cc::kPunct;
      break;
    case 0x2212:  // minus sign is Sm in Unicode; news uses it as a dash
      c |= cc::kDash;
      break;
    default: break;
  }
  return c;
}

const std::array<CharClass, kTableSize>& Table() {
  static const std::array<CharClass, kTableSize> table = [] {
    std::array<CharClass, kTableSize> t{};
    for (char32_t cp = 0; cp < kTableSize; ++cp) t[cp] = Compute(cp);
    return t;
  }();
  return table;
}

}  // namespace

CharClass ClassOf(char32_t cp) {
  if (cp < kTableSize) return Table()[cp];
  return Compute(cp);
}

void ClassifyAll(const char32_t* cps, size_t n, CharClass* out) {
  const std::array<CharClass, kTableSize>& table = Table();
  for (size_t i = 0; i < n; ++i) out[i] = cps[i] < kTableSize ? table[cps[i]] : Compute(cps[i]);
}

}  // namespace chancery

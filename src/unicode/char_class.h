// Character classes as bit flags, so a hot loop asks "letter or digit?" with one AND.
//
// Classes come from ICU's general categories plus a few the tokenizer needs that
// Unicode does not group (quote marks, apostrophes, dashes, line breaks). ASCII and
// Latin code points are answered from a table built once; others go through ICU.
// Thread-safety: pure functions.
#ifndef CHANCERY_UNICODE_CHAR_CLASS_H_
#define CHANCERY_UNICODE_CHAR_CLASS_H_

#include <cstddef>
#include <cstdint>

namespace chancery {

using CharClass = uint16_t;

namespace cc {
inline constexpr CharClass kLetter = 1 << 0;
inline constexpr CharClass kUpper = 1 << 1;       // uppercase or titlecase letter
inline constexpr CharClass kLower = 1 << 2;
inline constexpr CharClass kDigit = 1 << 3;       // decimal digit (Nd)
inline constexpr CharClass kSpace = 1 << 4;       // any white space, line breaks included
inline constexpr CharClass kNewline = 1 << 5;     // LF, CR, NEL, LS, PS
inline constexpr CharClass kPunct = 1 << 6;       // any punctuation (P*)
inline constexpr CharClass kQuote = 1 << 7;       // " « » “ ” „ ‘ ’ ‹ › ‚ `
inline constexpr CharClass kApostrophe = 1 << 8;  // ' ’ ʼ (may also be kQuote)
inline constexpr CharClass kDash = 1 << 9;        // - ‐ ‑ ‒ – — ― −
inline constexpr CharClass kSymbol = 1 << 10;     // S* (currency, math, other symbols)
inline constexpr CharClass kMark = 1 << 11;       // combining marks (M*)
inline constexpr CharClass kControl = 1 << 12;    // C* other than white space (NUL, format chars)
inline constexpr CharClass kAlnum = kLetter | kDigit;
}  // namespace cc

// The classes of one code point.
CharClass ClassOf(char32_t cp);
// ClassOf() of n code points into out[] (the decoder's batch form: one table lookup
// per code point, no call).
void ClassifyAll(const char32_t* cps, size_t n, CharClass* out);

}  // namespace chancery

#endif  // CHANCERY_UNICODE_CHAR_CLASS_H_

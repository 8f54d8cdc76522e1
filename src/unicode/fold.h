// Folding for matching: the key under which lexicons store and look up words.
//
// FoldForMatch lower-cases (Unicode full case folding), strips accents and other
// combining marks, expands ligatures (œ -> oe, æ -> ae, ß -> ss), and maps typographic
// variants to one form (’ ʼ ‘ -> ', every dash and hyphen -> -, no-break and thin
// spaces -> space). So "Etats-Unis", "États-Unis" and "ÉTATS‑UNIS" share one key, and
// "aujourd’hui" matches "aujourd'hui". The folded string is only ever a lookup key:
// offsets are never taken from it.
//
// The build-time lexicon compiler and the runtime use this same function, so keys
// agree by construction. Thread-safety: pure functions (tables are built once,
// thread-safely, on first use).
#ifndef CHANCERY_UNICODE_FOLD_H_
#define CHANCERY_UNICODE_FOLD_H_

#include <string>
#include <string_view>

namespace chancery {

// Appends the folded form of one code point to `out`.
void AppendFolded(char32_t cp, std::string* out);

// Replaces *out with the folded form of `text`. Outside input may reach it unvalidated:
// a byte that is not part of well-formed UTF-8 folds as U+FFFD (LowerCase likewise).
void FoldForMatch(std::string_view text, std::string* out);
std::string FoldForMatch(std::string_view text);
// Appends the folded form of `text` to `out` (as FoldForMatch, keeping what `out` holds).
void AppendFoldForMatch(std::string_view text, std::string* out);

// Lower-cases only (keeps accents), for display keys such as lemmas.
void LowerCase(std::string_view text, std::string* out);

}  // namespace chancery

#endif  // CHANCERY_UNICODE_FOLD_H_

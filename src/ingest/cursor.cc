// Words (typed lexicon lookup) and Cursor (word scanning over code points).
#include <array>

#include "ingest/internal.h"
#include "unicode/fold.h"

namespace chancery::ingest_internal {

std::optional<std::string_view> Words::Get(std::string_view key, std::string_view category) const {
  std::optional<std::string_view> v = lexicon_.Find(key);
  if (!v) return std::nullopt;
  std::string_view rest = *v;
  while (true) {
    size_t nl = rest.find('\n');
    std::string_view line = rest.substr(0, nl);
    if (line.substr(0, category.size()) == category) {
      if (line.size() == category.size()) return std::string_view();
      if (line[category.size()] == '\t') return line.substr(category.size() + 1);
    }
    if (nl == std::string_view::npos) break;
    rest = rest.substr(nl + 1);
  }
  return std::nullopt;
}

uint32_t Cursor::SkipBlanks(uint32_t i, uint32_t end) const {
  while (i < end && IsBlank(i)) ++i;
  return i;
}

uint32_t Cursor::WordEnd(uint32_t i, uint32_t end) const {
  constexpr CharClass kWordChar = cc::kLetter | cc::kDigit | cc::kMark;
  uint32_t j = i;
  while (j < end) {
    if (d.Is(j, kWordChar)) {
      ++j;
      continue;
    }
    // An inner apostrophe or hyphen joins two word parts.
    if (j > i && j + 1 < end && d.Is(j, cc::kApostrophe | cc::kDash) && d.Is(j + 1, kWordChar)) {
      j += 2;
      continue;
    }
    break;
  }
  return j;
}

uint32_t Cursor::LetterEnd(uint32_t i, uint32_t end) const {
  while (i < end && d.Is(i, cc::kLetter | cc::kMark)) ++i;
  return i;
}

const std::string& Cursor::FoldKey(uint32_t b, uint32_t e) const {
  scratch.key.clear();
  for (uint32_t i = b; i < e; ++i) AppendFolded(d.at(i), &scratch.key);
  return scratch.key;
}

std::optional<std::string_view> Cursor::Lookup(uint32_t b, uint32_t e, std::string_view category) const {
  if (e <= b || e - b > 48) return std::nullopt;
  return words.Get(FoldKey(b, e), category);
}

uint32_t Cursor::MatchPhrase(uint32_t i, uint32_t end, std::string_view category, int max_words,
                             std::string_view* value) const {
  constexpr int kMaxWords = 5;
  if (max_words > kMaxWords) max_words = kMaxWords;
  std::array<size_t, kMaxWords> key_len{};
  std::array<uint32_t, kMaxWords> word_end{};
  int n = 0;
  scratch.key.clear();
  uint32_t p = i;
  while (n < max_words && p < end) {
    uint32_t e = WordEnd(p, end);
    if (e == p) {
      // A lone symbol such as "&" may be a one-"word" key only as the first word.
      if (n == 0 && !d.Is(p, cc::kSpace)) {
        e = p + 1;
      } else {
        break;
      }
    }
    if (n > 0) scratch.key.push_back(' ');
    for (uint32_t k = p; k < e; ++k) AppendFolded(d.at(k), &scratch.key);
    key_len[n] = scratch.key.size();
    word_end[n] = e;
    ++n;
    if (scratch.key.size() > 64) break;
    uint32_t q = SkipBlanks(e, end);
    if (q == e) break;  // words must be separated by blanks
    p = q;
  }
  for (int k = n - 1; k >= 0; --k) {
    std::optional<std::string_view> v = words.Get(std::string_view(scratch.key).substr(0, key_len[k]), category);
    if (v) {
      if (value != nullptr) *value = *v;
      return word_end[k];
    }
  }
  return i;
}

bool Cursor::AllCaps(uint32_t b, uint32_t e, int min) const {
  int letters = 0;
  for (uint32_t i = b; i < e; ++i) {
    if (!d.Is(i, cc::kLetter)) continue;
    if (d.Is(i, cc::kLower)) return false;
    ++letters;
  }
  return letters >= min;
}

}  // namespace chancery::ingest_internal

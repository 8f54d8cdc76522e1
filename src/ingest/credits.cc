// Credits paragraphs and bylines: "(Reporting by X in Boston; Editing by Y and Z)",
// "(X, rédigé par Y, version française Z et W, édité par V)", "By Henry Meyer".
#include "ingest/internal.h"

namespace chancery::ingest_internal {
namespace {

constexpr int kMaxNameWords = 6;

// A personal name at p: capitalised words (an initial keeps its dot), with lower-case
// particles between them ("Ursula von der Leyen"). Returns its end, or p.
uint32_t ReadName(const Cursor& c, uint32_t p, uint32_t e) {
  int words = 0;
  uint32_t last_end = p;
  uint32_t q = p;
  while (words < kMaxNameWords && q < e) {
    uint32_t we = c.WordEnd(q, e);
    if (we == q) break;
    if (!c.Is(q, cc::kUpper)) {
      if (words > 0 && c.Lookup(q, we, "particle")) {
        uint32_t next = c.SkipBlanks(we, e);
        if (next > we && next < e && c.Is(next, cc::kUpper)) {
          q = next;
          continue;
        }
      }
      break;
    }
    if (words > 0 && c.MatchPhrase(q, e, "role", 4, nullptr) > q) break;
    ++words;
    uint32_t nx = we;
    if (nx < e && c.At(nx) == U'.' && we - q <= 2) ++nx;  // "J." "Jr."
    last_end = nx;
    uint32_t r = c.SkipBlanks(nx, e);
    if (r == nx) break;
    q = r;
  }
  return words > 0 ? last_end : p;
}

bool IsSeparator(char32_t ch) { return ch == U';' || ch == U',' || ch == U'/' || ch == U'|'; }

}  // namespace

bool ParseCredits(const Cursor& c, uint32_t b, uint32_t e, bool byline, std::vector<Credit>* out,
                  std::string* provider) {
  const size_t first = out->size();
  std::string_view role = "reporting";
  bool have_role = byline;
  int names = 0;
  std::string found_provider;
  auto fail = [&]() {
    out->resize(first);
    return false;
  };
  uint32_t p = b;
  while (true) {
    p = c.SkipBlanks(p, e);
    if (p >= e) break;
    char32_t ch = c.At(p);
    if (IsSeparator(ch)) {
      ++p;
      continue;
    }
    if (ch == U'.') {  // a closing period is fine, one inside is not
      uint32_t q = p;
      while (q < e && (c.At(q) == U'.' || c.IsBlank(q))) ++q;
      if (q == e) break;
      return fail();
    }
    std::string_view value;
    uint32_t q = c.MatchPhrase(p, e, "role", 4, &value);
    if (q > p) {
      role = value;
      have_role = true;
      p = q;
      continue;
    }
    q = c.MatchPhrase(p, e, "conj", 1, nullptr);
    if (q > p && names > 0) {
      p = q;
      continue;
    }
    q = c.MatchPhrase(p, e, "placelink", 1, nullptr);
    if (q > p && names > 0) {
      while (p < e && !IsSeparator(c.At(p))) ++p;
      continue;
    }
    q = c.MatchPhrase(p, e, "desk", 3, nullptr);
    if (q > p) {
      out->push_back(Credit{std::string(role), std::string(c.Slice(p, q)), Span{p, q}});
      ++names;
      p = q;
      continue;
    }
    if (c.Is(p, cc::kUpper)) {
      q = c.MatchPhrase(p, e, "provider", 3, &value);
      if (q > p) {
        uint32_t after = c.SkipBlanks(q, e);
        if (after == e || IsSeparator(c.At(after)) || c.At(after) == U'.') {
          found_provider.assign(value);
          p = q;
          continue;
        }
      }
    }
    q = ReadName(c, p, e);
    if (q > p) {
      out->push_back(Credit{std::string(role), std::string(c.Slice(p, q)), Span{p, q}});
      ++names;
      p = q;
      continue;
    }
    return fail();
  }
  if (names == 0 || !have_role) return fail();
  if (!found_provider.empty() && provider != nullptr) *provider = found_provider;
  return true;
}

}  // namespace chancery::ingest_internal

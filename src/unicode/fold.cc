// Folding: ICU full case folding, then canonical decomposition (NFD) with combining
// marks dropped, then a short list of typographic unifications. Results for the first
// 0x3000 code points are precomputed once into a table of short UTF-8 strings, so the
// common path is a table lookup and a copy.
#include "unicode/fold.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <array>
#include <string>

#include "unicode/char_class.h"
#include "unicode/utf8.h"

namespace chancery {

namespace {

constexpr char32_t kTableSize = 0x3000;

// Typographic variants that matching treats as one character; 0 when none applies.
char32_t Unify(char32_t cp) {
  switch (cp) {
    case 0x2019: case 0x2018: case 0x02BC: case 0x2032: case 0x00B4: case '`': return '\'';
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
      return '-';
    case 0x00A0: case 0x202F: case 0x2009: case 0x2007: case 0x2002: case 0x2003: return ' ';
    case 0x201C: case 0x201D: case 0x201E: case 0x00AB: case 0x00BB: return '"';
    default: return 0;
  }
}

std::string ComputeFold(char32_t cp) {
  std::string out;
  if (char32_t u = Unify(cp)) {
    AppendUtf8(u, &out);
    return out;
  }
  switch (cp) {  // ligatures that NFD keeps whole
    case 0x0153: case 0x0152: return "oe";
    case 0x00E6: case 0x00C6: return "ae";
    case 0x00DF: case 0x1E9E: return "ss";
    case 0x0131: return "i";
    case 0x00F8: case 0x00D8: return "o";
    case 0x0142: case 0x0141: return "l";
    case 0x0111: case 0x0110: return "d";
    default: break;
  }
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  icu::UnicodeString folded(static_cast<UChar32>(cp));
  folded.foldCase();
  icu::UnicodeString decomposed;
  if (U_SUCCESS(status)) {
    nfd->normalize(folded, decomposed, status);
  }
  if (U_FAILURE(status)) decomposed = folded;
  for (int32_t i = 0; i < decomposed.length();) {
    UChar32 c = decomposed.char32At(i);
    i += U16_LENGTH(c);
    if ((ClassOf(static_cast<char32_t>(c)) & cc::kMark) != 0) continue;
    AppendUtf8(static_cast<char32_t>(c), &out);
  }
  return out;
}

const std::array<std::string, kTableSize>& Table() {
  static const std::array<std::string, kTableSize>* table = [] {
    auto* t = new std::array<std::string, kTableSize>();  // never destroyed: used until exit
    for (char32_t cp = 0; cp < kTableSize; ++cp) (*t)[cp] = ComputeFold(cp);
    return t;
  }();
  return *table;
}

}  // namespace

void AppendFolded(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    char c = static_cast<char>(cp);
    out->push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c);
    return;
  }
  if (cp < kTableSize) {
    out->append(Table()[cp]);
    return;
  }
  out->append(ComputeFold(cp));
}

void AppendFoldForMatch(std::string_view text, std::string* out) {
  size_t pos = 0;
  while (pos < text.size()) {
    // (ASCII, most of any text, folds byte by byte without decoding, as AppendFolded would
    // fold it: room is made for the rest of the text, kept as far as it is ASCII.)
    const size_t at = out->size();
    out->resize(at + (text.size() - pos));
    const char* from = text.data() + pos;
    const char* const end = text.data() + text.size();
    char* const begin = out->data() + at;
    char* to = begin;
    for (; from < end && static_cast<unsigned char>(*from) < 0x80; ++from) {
      *to++ = *from >= 'A' && *from <= 'Z' ? static_cast<char>(*from + 32) : *from;
    }
    pos = static_cast<size_t>(from - text.data());
    out->resize(at + static_cast<size_t>(to - begin));
    if (pos < text.size()) AppendFolded(DecodeAtOrReplacement(text, &pos), out);
  }
}

void FoldForMatch(std::string_view text, std::string* out) {
  out->clear();
  AppendFoldForMatch(text, out);
}

std::string FoldForMatch(std::string_view text) {
  std::string out;
  FoldForMatch(text, &out);
  return out;
}

void LowerCase(std::string_view text, std::string* out) {
  out->clear();
  size_t pos = 0;
  while (pos < text.size()) {
    char32_t cp = DecodeAtOrReplacement(text, &pos);
    AppendUtf8(static_cast<char32_t>(u_tolower(static_cast<UChar32>(cp))), out);
  }
}

}  // namespace chancery

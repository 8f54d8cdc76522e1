// Tokenizer: one forward pass over the decoded code points emits tokens and paragraphs;
// a second pass over the new tokens places sentence breaks. Every look-ahead is bounded
// by a small constant (or, for URLs and e-mail addresses, remembered so that no
// character is rescanned more than a bounded number of times), so the whole is linear.
//
// Lexicon lookups happen only for candidate tokens: a word followed by '.', a word with
// an apostrophe, a hyphenated French word (its final segment), and the word after an
// abbreviation that may end a sentence. Keys are folded into a 64-byte stack buffer;
// longer candidates are never looked up.
#include "tokenize/tokenizer.h"

#include <algorithm>
#include <cstring>
#include <string>
#include <string_view>

#include "lexicon/lexicon.h"
#include "unicode/char_class.h"
#include "unicode/fold.h"
#include "unicode/utf8.h"

namespace chancery {

namespace {

// What a lexicon entry of kind "tokenize" says about its key.
enum class Entry : uint8_t {
  kNone,
  kTitle,    // abbreviation before a name: never ends a sentence
  kFinal,    // abbreviation that may end a sentence (before a starter word)
  kNum,      // abbreviation only before a number
  kElision,  // French elided word: split after the apostrophe
  kWhole,    // keeps its apostrophe or hyphen inside
  kSuffix,   // English contraction suffix ('s, n't)
  kClitic,   // French inverted clitic (-t-il)
  kStarter,  // function word that opens sentences
};

// A value is a class name, optionally followed by ",cap": the entry then applies only
// where the text writes the key with a capital first letter ("M." the title, not "m."
// the metre; "MM." but not "mm.").
struct Found {
  Entry entry = Entry::kNone;
  bool needs_capital = false;
};

Entry ParseEntryName(std::string_view v) {
  if (v == "title") return Entry::kTitle;
  if (v == "final") return Entry::kFinal;
  if (v == "num") return Entry::kNum;
  if (v == "elision") return Entry::kElision;
  if (v == "whole") return Entry::kWhole;
  if (v == "suffix") return Entry::kSuffix;
  if (v == "clitic") return Entry::kClitic;
  if (v == "starter") return Entry::kStarter;
  return Entry::kNone;
}

Found ParseEntry(std::string_view v) {
  size_t nl = v.find('\n');  // values never repeat in these sources; the first decides
  if (nl != std::string_view::npos) v = v.substr(0, nl);
  Found f;
  size_t comma = v.find(',');
  if (comma != std::string_view::npos) {
    f.needs_capital = v.substr(comma + 1) == "cap";
    v = v.substr(0, comma);
  }
  f.entry = ParseEntryName(v);
  return f;
}

constexpr size_t kKeyMax = 64;          // longest folded key ever looked up, in bytes
constexpr uint32_t kSoftSplit = 400;    // emergency split at the next , or ; after this
constexpr uint32_t kHardSplit = 1000;   // emergency split, unconditional
constexpr uint32_t kWholeLookahead = 40;  // letters scanned after an elision's apostrophe

bool IsHyphen(char32_t cp) { return cp == '-' || cp == 0x2010 || cp == 0x2011; }
// An opening quotation mark a French elision may stand against: « " “ ‘ „.
bool IsOpeningQuote(char32_t cp) { return cp == 0xAB || cp == 0x22 || cp == 0x201C || cp == 0x2018 || cp == 0x201E; }

// Separators of French thousands: space, no-break space, narrow no-break, thin space.
bool IsGroupSpace(char32_t cp) {
  return cp == ' ' || cp == 0x00A0 || cp == 0x202F || cp == 0x2009;
}

// Format characters that may sit inside a word: soft hyphen, zero-width (non-)joiner.
bool IsInWordFormat(char32_t cp) { return cp == 0x00AD || cp == 0x200C || cp == 0x200D; }

bool IsClosingQuoteChar(char32_t cp) {
  return cp == 0x00BB || cp == 0x201D || cp == 0x2019 || cp == 0x203A;
}
bool IsOpeningQuoteChar(char32_t cp) {
  return cp == 0x00AB || cp == 0x201C || cp == 0x201E || cp == 0x2018 || cp == 0x2039 ||
         cp == 0x201A;
}

// Characters that end a URL's run besides white space.
bool IsUrlDelimiter(char32_t cp) {
  return cp == '"' || cp == '<' || cp == '>' || cp == 0x00AB || cp == 0x00BB ||
         cp == 0x201C || cp == 0x201D || cp == 0x201E;
}

bool IsEmailLocalChar(char32_t cp, CharClass c) {
  return (c & cc::kAlnum) != 0 || cp == '.' || cp == '_' || cp == '-' || cp == '+' ||
         cp == '%';
}

char AsciiLower(char32_t cp) {
  return static_cast<char>(cp >= 'A' && cp <= 'Z' ? cp + 32 : cp);
}

// A folded lookup key in a fixed stack buffer.
struct Key {
  char data[kKeyMax];
  size_t len = 0;
  std::string_view view() const { return {data, len}; }
};

// Folds code points [s, e) into *key as FoldForMatch would. False when the key would
// not fit (the caller then skips the lookup). ASCII and the typographic apostrophes and
// hyphens are folded inline; other code points go through AppendFolded into a string
// short enough for the small-string buffer (one code point folds to a few bytes).
bool FoldKey(const DecodedText& t, uint32_t s, uint32_t e, Key* key) {
  key->len = 0;
  if (e <= s || e - s >= kKeyMax) return false;
  for (uint32_t i = s; i < e; ++i) {
    char32_t cp = t.at(i);
    if (cp < 0x80) {
      key->data[key->len++] = AsciiLower(cp);
    } else if (cp == 0x2019 || cp == 0x2018 || cp == 0x02BC) {
      key->data[key->len++] = '\'';
    } else if (cp == 0x2010 || cp == 0x2011) {
      key->data[key->len++] = '-';
    } else {
      std::string one;
      AppendFolded(cp, &one);
      if (key->len + one.size() > kKeyMax) return false;
      std::memcpy(key->data + key->len, one.data(), one.size());
      key->len += one.size();
    }
    if (key->len >= kKeyMax) return false;
  }
  return true;
}

// The two lexicons of kind "tokenize" and the lookups the scanner makes in them.
struct Lexicons {
  Lexicon fr;
  Lexicon en;

  Found LookupIn(const Lexicon& lex, std::string_view key) const {
    std::optional<std::string_view> v = lex.Find(key);
    return v ? ParseEntry(*v) : Found{};
  }
  // French, English, or (for kUnknown) French then English.
  Found Lookup(Language lang, std::string_view key) const {
    if (lang == Language::kEnglish) return LookupIn(en, key);
    Found f = LookupIn(fr, key);
    if (f.entry != Entry::kNone || lang == Language::kFrench) return f;
    return LookupIn(en, key);
  }
  // The entry for the text [s, e), honouring ",cap".
  Entry LookupSpan(Language lang, const DecodedText& t, uint32_t s, uint32_t e) const {
    Key key;
    if (!FoldKey(t, s, e, &key)) return Entry::kNone;
    Found f = Lookup(lang, key.view());
    if (f.needs_capital && (t.cls(s) & cc::kUpper) == 0) return Entry::kNone;
    return f.entry;
  }
};

// One call of Tokenize(): the scanning state over one region. Lives on the stack.
class Scanner {
 public:
  Scanner(const Lexicons& impl, Document* doc, uint32_t start, uint32_t end)
      : impl_(impl), doc_(doc), t_(doc->decoded), lang_(doc->lang), end_(end) {
    line_start_ = start == 0 || t_.Is(start - 1, cc::kNewline);
    space_before_ = start > 0 && t_.Is(start - 1, cc::kSpace);
    first_token_ = static_cast<uint32_t>(doc->tokens.size());
    Run(start);
    SplitSentences();
  }

 private:
  bool French() const { return lang_ != Language::kEnglish; }
  bool English() const { return lang_ != Language::kFrench; }
  char32_t At(uint32_t i) const { return i < end_ ? t_.at(i) : 0; }
  CharClass Cls(uint32_t i) const { return i < end_ ? t_.cls(i) : 0; }

  void Run(uint32_t i) {
    uint32_t newlines = 0;
    while (i < end_) {
      CharClass c = t_.cls(i);
      if ((c & cc::kSpace) != 0) {
        space_before_ = true;
        if ((c & cc::kNewline) != 0) {
          line_start_ = true;
          if (!(t_.at(i) == '\r' && At(i + 1) == '\n')) ++newlines;
        }
        ++i;
        continue;
      }
      if ((c & cc::kControl) != 0) {  // NUL, BOM, zero-width and other format characters
        ++i;
        continue;
      }
      if (newlines >= 2) ClosePargraph();
      newlines = 0;
      i = ScanToken(i);
    }
    ClosePargraph();
  }

  void ClosePargraph() {
    if (!para_open_) return;
    doc_->paragraphs.push_back(Span{para_start_, last_end_});
    para_open_ = false;
  }

  // Appends one token, with the pending space/line/paragraph flags and case flags.
  void Emit(uint32_t s, uint32_t e, TokenKind kind, uint16_t flags) {
    if (e <= s) return;
    if (space_before_) flags |= tf::kSpaceBefore;
    if (line_start_) flags |= tf::kLineStart;
    if (!para_open_) {
      flags |= tf::kParagraphStart;
      para_open_ = true;
      para_start_ = s;
    }
    if (kind == TokenKind::kWord) {
      uint32_t letters = 0, upper = 0;
      bool first_seen = false;
      for (uint32_t i = s; i < e; ++i) {
        CharClass c = t_.cls(i);
        if ((c & cc::kLetter) == 0) continue;
        ++letters;
        if ((c & cc::kUpper) != 0) {
          ++upper;
          if (!first_seen) flags |= tf::kCapitalized;
        }
        first_seen = true;
      }
      if (letters >= 2 && upper == letters) flags |= tf::kAllCaps;
    }
    Token tok;
    tok.span = Span{s, e};
    tok.kind = kind;
    tok.flags = flags;
    doc_->tokens.push_back(tok);
    space_before_ = false;
    line_start_ = false;
    last_end_ = e;
  }

  uint32_t ScanToken(uint32_t s) {
    CharClass c = t_.cls(s);
    if ((c & cc::kApostrophe) != 0) return ScanPunct(s);  // ʼ is also a letter
    if ((c & (cc::kLetter | cc::kMark)) != 0) return ScanWord(s);
    if ((c & cc::kDigit) != 0) return ScanNumber(s);
    return ScanPunct(s);
  }

  // ---- words ----

  uint32_t ScanWord(uint32_t s) {
    uint32_t j = s;
    uint32_t seg_len = 0;  // letters since the word start or the last '.', '-' or apostrophe
    bool inner_dot = false;
    bool has_hyphen = false;
    uint32_t hyphen_last = 0, hyphen_prev = 0;  // positions of the last two inner hyphens
    uint32_t hyphens = 0;
    while (j < end_) {
      char32_t cp = t_.at(j);
      CharClass c = t_.cls(j);
      if ((c & cc::kApostrophe) != 0) {
        if ((Cls(j + 1) & cc::kAlnum) == 0) {
          // "d'« inacceptables »": a French elision before a quotation mark is still one.
          if (French() && !has_hyphen && j > s && IsOpeningQuote(At(j + 1)) &&
              impl_.LookupSpan(lang_, t_, s, j + 1) == Entry::kElision) {
            Emit(s, j + 1, TokenKind::kWord, tf::kElision);
            return j + 1;
          }
          break;
        }
        uint32_t resume = Apostrophe(s, j, has_hyphen);
        if (resume != 0) return resume;
        ++j;
        seg_len = 0;
        continue;
      }
      if ((c & (cc::kLetter | cc::kMark | cc::kDigit)) != 0) {
        ++j;
        ++seg_len;
        continue;
      }
      if (IsHyphen(cp)) {
        if ((Cls(j + 1) & cc::kAlnum) == 0) break;
        has_hyphen = true;
        hyphen_prev = hyphen_last;
        hyphen_last = j;
        ++hyphens;
        ++j;
        seg_len = 0;
        continue;
      }
      if (cp == '.') {
        CharClass n = Cls(j + 1);
        if ((n & cc::kLetter) != 0 && seg_len > 0 && seg_len <= 2) {  // U.S, e.g, Ph.D
          inner_dot = true;
          ++j;
          seg_len = 0;
          continue;
        }
        if ((n & cc::kDigit) != 0 && (t_.cls(j - 1) & cc::kDigit) != 0) {  // v2.0
          ++j;
          continue;
        }
        if (seg_len > 0 && seg_len <= 2 && IsHyphen(At(j + 1)) &&
            (Cls(j + 2) & cc::kLetter) != 0) {  // J.-C, c.-à-d
          inner_dot = true;
          has_hyphen = true;
          j += 2;
          seg_len = 0;
          continue;
        }
        break;
      }
      if (IsInWordFormat(cp) && (Cls(j + 1) & cc::kLetter) != 0) {
        ++j;
        continue;
      }
      if (cp == '&' && (t_.cls(j - 1) & cc::kUpper) != 0 && (Cls(j + 1) & cc::kUpper) != 0) {
        ++j;  // AT&T, S&P
        continue;
      }
      break;
    }

    if (j < end_ && s >= no_url_until_) {
      char32_t stop = t_.at(j);
      if (stop == '@' || stop == ':' || stop == '.' || stop == '/' || stop == '_') {
        uint32_t url_end = TryUrl(s);
        if (url_end != 0) {
          Emit(s, url_end, TokenKind::kOther, 0);
          return url_end;
        }
      }
    }

    if (has_hyphen && hyphens > 0 && French()) {
      uint32_t split = CliticSplit(s, j, hyphen_prev, hyphen_last, hyphens);
      if (split != 0) {
        Emit(s, split, TokenKind::kWord, 0);
        Emit(split, j, TokenKind::kWord, tf::kClitic);
        return j;
      }
    }

    uint16_t flags = 0;
    if (At(j) == '.' && At(j + 1) != '.') {
      Entry e = impl_.LookupSpan(lang_, t_, s, j + 1);
      if (e == Entry::kTitle || e == Entry::kFinal ||
          (e == Entry::kNum && DigitFollows(j + 1))) {
        flags = tf::kAbbreviation;
      } else if (j - s == 1 && (t_.cls(s) & cc::kUpper) != 0) {
        flags = tf::kInitial;
      } else if (inner_dot && seg_len > 0 && seg_len <= 2) {  // U.S.A. but not U.S.-led.
        flags = IsInitials(s, j) ? tf::kInitial : tf::kAbbreviation;
      }
      if (flags != 0) ++j;
    }
    Emit(s, j, TokenKind::kWord, flags);
    return j;
  }

  // "J.-P", "J.-C": single capitals joined by ".-" (the final dot not included).
  bool IsInitials(uint32_t s, uint32_t e) const {
    for (uint32_t i = s; i < e; ++i) {
      CharClass c = t_.cls(i);
      bool letter_slot = i == s || t_.at(i - 1) == '-';
      if (letter_slot) {
        if ((c & cc::kUpper) == 0) return false;
      } else if (t_.at(i) != '.' && !IsHyphen(t_.at(i))) {
        return false;
      }
    }
    return true;
  }

  bool DigitFollows(uint32_t i) const {
    for (uint32_t k = 0; k < 4 && i < end_; ++k, ++i) {
      CharClass c = t_.cls(i);
      if ((c & cc::kDigit) != 0) return true;
      if ((c & cc::kSpace) == 0 || (c & cc::kNewline) != 0) return false;
    }
    return false;
  }

  // At the apostrophe `a` inside the word starting at `s`. Emits the tokens of an
  // elision or contraction and returns where scanning resumes, or 0 to keep the
  // apostrophe inside the word.
  uint32_t Apostrophe(uint32_t s, uint32_t a, bool has_hyphen) {
    if (French() && !has_hyphen && a > s) {
      Entry e = impl_.LookupSpan(lang_, t_, s, a + 1);
      if (e == Entry::kElision) {
        uint32_t r = a + 1;
        while (r < end_ && r - a < kWholeLookahead) {
          CharClass c = t_.cls(r);
          if ((c & (cc::kLetter | cc::kMark)) != 0 ||
              ((IsHyphen(t_.at(r)) || (c & cc::kApostrophe) != 0) &&
               (Cls(r + 1) & cc::kLetter) != 0)) {
            ++r;
          } else {
            break;
          }
        }
        if (impl_.LookupSpan(lang_, t_, s, r) == Entry::kWhole) return 0;
        Emit(s, a + 1, TokenKind::kWord, tf::kElision);
        return a + 1;
      }
    }
    if (English()) {
      uint32_t r = a + 1;
      while (r < end_ && r - a <= 4 && (t_.cls(r) & cc::kLetter) != 0) ++r;
      CharClass after = Cls(r);
      if ((after & (cc::kAlnum | cc::kApostrophe | cc::kMark)) != 0 || IsHyphen(At(r))) {
        return 0;  // the suffix must end the word
      }
      if (impl_.LookupSpan(lang_, t_, a, r) == Entry::kSuffix) {
        Emit(s, a, TokenKind::kWord, 0);
        Emit(a, r, TokenKind::kWord, 0);
        return r;
      }
      if (a > s + 1 && impl_.LookupSpan(lang_, t_, a - 1, r) == Entry::kSuffix) {
        Emit(s, a - 1, TokenKind::kWord, 0);
        Emit(a - 1, r, TokenKind::kWord, 0);
        return r;
      }
    }
    return 0;
  }

  // Where the inverted clitic of the French word [s, e) starts, or 0.
  uint32_t CliticSplit(uint32_t s, uint32_t e, uint32_t hyphen_prev, uint32_t hyphen_last,
                       uint32_t hyphens) const {
    // A clitic is written in lower case, unless the whole word is in capitals.
    auto lower_or_caps = [&](uint32_t h) {
      if ((t_.cls(h + 1) & cc::kLower) != 0) return true;
      for (uint32_t i = s; i < e; ++i) {
        if ((t_.cls(i) & cc::kLower) != 0) return false;
      }
      return true;
    };
    uint32_t split = 0;
    if (hyphens >= 2 && hyphen_prev > s &&
        impl_.LookupSpan(lang_, t_, hyphen_prev, e) == Entry::kClitic &&
        lower_or_caps(hyphen_prev)) {
      split = hyphen_prev;
    } else if (hyphen_last > s &&
               impl_.LookupSpan(lang_, t_, hyphen_last, e) == Entry::kClitic &&
               lower_or_caps(hyphen_last)) {
      split = hyphen_last;
    }
    if (split == 0) return 0;
    if (impl_.LookupSpan(lang_, t_, s, e) == Entry::kWhole) return 0;
    return split;
  }

  // A URL (scheme:// or www.) or an e-mail address starting at `s`: its end, or 0.
  // A failed e-mail scan records how far it read, so later starts inside the same run
  // are not scanned again.
  uint32_t TryUrl(uint32_t s) {
    auto starts_with = [&](std::string_view lit) {
      if (s + lit.size() > end_) return false;
      for (size_t k = 0; k < lit.size(); ++k) {
        char32_t cp = t_.at(s + static_cast<uint32_t>(k));
        if (cp >= 0x80 || AsciiLower(cp) != lit[k]) return false;
      }
      return true;
    };
    if (starts_with("http://") || starts_with("https://") || starts_with("ftp://") ||
        (starts_with("www.") && (Cls(s + 4) & cc::kAlnum) != 0)) {
      uint32_t r = s;
      int32_t open = 0;
      while (r < end_ && (t_.cls(r) & (cc::kSpace | cc::kControl)) == 0 &&
             !IsUrlDelimiter(t_.at(r))) {
        if (t_.at(r) == '(') ++open;
        if (t_.at(r) == ')') --open;
        ++r;
      }
      while (r > s) {  // trailing punctuation belongs to the sentence
        char32_t last = t_.at(r - 1);
        if (last == ')' && open >= 0) break;
        if (last == ')') {
          ++open;
          --r;
          continue;
        }
        if (last == '.' || last == ',' || last == ';' || last == ':' || last == '!' ||
            last == '?' || last == '\'' || last == 0x2019 || last == ']') {
          --r;
          continue;
        }
        break;
      }
      return r;
    }
    uint32_t p = s;
    while (p < end_ && IsEmailLocalChar(t_.at(p), t_.cls(p))) ++p;
    if (p > s && At(p) == '@') {
      uint32_t q = p + 1;
      uint32_t last_dot = 0;
      while (q < end_ && ((t_.cls(q) & cc::kAlnum) != 0 || t_.at(q) == '.' || t_.at(q) == '-')) {
        if (t_.at(q) == '.') last_dot = q;
        ++q;
      }
      while (q > p + 1 && (t_.at(q - 1) == '.' || t_.at(q - 1) == '-')) --q;
      if (last_dot >= q) {  // the last dot was stripped: find the real one
        last_dot = 0;
        for (uint32_t k = p + 1; k < q; ++k) {
          if (t_.at(k) == '.') last_dot = k;
        }
      }
      if (last_dot > p + 1 && last_dot + 1 < q && (t_.cls(last_dot + 1) & cc::kLetter) != 0 &&
          t_.at(p - 1) != '.') {
        return q;
      }
    }
    no_url_until_ = std::max(no_url_until_, p);
    return 0;
  }

  // ---- numbers ----

  uint32_t ScanNumber(uint32_t s) {
    uint32_t j = s;
    uint32_t group = 0;     // digits in the current group
    bool first_group = true;
    bool plain_groups = true;  // only digit groups joined by spaces so far
    while (j < end_) {
      char32_t cp = t_.at(j);
      CharClass c = t_.cls(j);
      if ((c & cc::kDigit) != 0) {
        ++j;
        ++group;
        continue;
      }
      if ((cp == ',' || cp == '.' || cp == '/' || cp == ':') && (Cls(j + 1) & cc::kDigit) != 0) {
        ++j;
        group = 0;
        first_group = false;
        plain_groups = false;
        continue;
      }
      if (IsGroupSpace(cp) && French() && plain_groups &&
          (first_group ? group <= 3 : group == 3) && (Cls(j + 1) & cc::kDigit) != 0 &&
          (Cls(j + 2) & cc::kDigit) != 0 && (Cls(j + 3) & cc::kDigit) != 0 &&
          (Cls(j + 4) & (cc::kDigit | cc::kLetter)) == 0) {
        j += 4;
        group = 3;
        first_group = false;
        continue;
      }
      if (IsHyphen(cp) && first_group && group == 4 && (Cls(j + 1) & cc::kDigit) != 0 &&
          (Cls(j + 2) & cc::kDigit) != 0 && IsHyphen(At(j + 3)) &&
          (Cls(j + 4) & cc::kDigit) != 0 && (Cls(j + 5) & cc::kDigit) != 0 &&
          (Cls(j + 6) & cc::kAlnum) == 0) {
        j += 6;  // ISO date 2025-02-26
        break;
      }
      if ((c & cc::kLetter) != 0) {  // 1er, 10th, 15h16, 5G
        while (j < end_ && (t_.cls(j) & (cc::kAlnum | cc::kMark)) != 0) ++j;
        break;
      }
      break;
    }
    Emit(s, j, TokenKind::kNumber, 0);
    return j;
  }

  // ---- punctuation, quotes, symbols ----

  uint32_t ScanPunct(uint32_t s) {
    char32_t cp = t_.at(s);
    CharClass c = t_.cls(s);
    uint32_t j = s + 1;
    TokenKind kind = TokenKind::kPunct;
    if (cp == '.' || cp == '!' || cp == '?' || cp == '-') {
      // "...", "?!", "!!!", "--": one token per run
      auto same_run = [&](char32_t x) {
        if (cp == '.' || cp == '-') return x == cp;
        return x == '!' || x == '?';
      };
      while (j < end_ && same_run(t_.at(j))) ++j;
    } else if ((c & cc::kQuote) != 0) {
      kind = TokenKind::kQuote;
    } else if (cp == '%' || cp == 0x2030 || cp == 0x2031 || (c & cc::kSymbol) != 0) {
      kind = TokenKind::kSymbol;
    } else if ((c & cc::kPunct) == 0) {
      kind = TokenKind::kOther;
    }
    Emit(s, j, kind, 0);
    return j;
  }

  // ---- sentences ----

  char32_t FirstCp(const Token& tok) const { return t_.at(tok.span.start); }

  // . ! ? … and their runs.
  bool IsStrongTerminal(const Token& tok) const {
    if (tok.kind != TokenKind::kPunct) return false;
    char32_t cp = FirstCp(tok);
    return cp == '.' || cp == '!' || cp == '?' || cp == 0x2026 || cp == 0x203D;
  }

  // An abbreviation that may end a sentence (not a title, not an initial).
  bool IsWeakTerminal(const Token& tok) const {
    if (!tok.Has(tf::kAbbreviation)) return false;
    Entry e = impl_.LookupSpan(lang_, t_, tok.span.start, tok.span.end);
    return e != Entry::kTitle;
  }

  bool IsCloser(const Token& tok) const {
    char32_t cp = FirstCp(tok);
    if (tok.kind == TokenKind::kQuote) {
      if (IsClosingQuoteChar(cp)) return true;
      return (cp == '"' || cp == '\'') && !tok.Has(tf::kSpaceBefore);
    }
    return tok.kind == TokenKind::kPunct && (cp == ')' || cp == ']' || cp == '}');
  }

  bool IsOpener(uint32_t k) const {
    const Token& tok = doc_->tokens[k];
    char32_t cp = FirstCp(tok);
    if (tok.kind == TokenKind::kQuote) {
      if (IsOpeningQuoteChar(cp)) return true;
      if (cp == '"' || cp == '\'' || cp == '`') {
        bool next_glued = k + 1 < doc_->tokens.size() && !doc_->tokens[k + 1].Has(tf::kSpaceBefore);
        return tok.Has(tf::kSpaceBefore) || tok.Has(tf::kLineStart) || next_glued;
      }
      return false;
    }
    if (tok.kind == TokenKind::kPunct) {
      // a dialogue dash; '-' only when it opens a line
      return cp == 0x2014 || cp == 0x2013 || cp == 0x2015 ||
             (cp == '-' && tok.Has(tf::kLineStart));
    }
    return false;
  }

  bool LooksLikeStart(uint32_t k) const {
    const Token& tok = doc_->tokens[k];
    if (tok.Has(tf::kCapitalized) || tok.kind == TokenKind::kNumber ||
        tok.kind == TokenKind::kSymbol) {
      return true;
    }
    if (IsOpener(k)) return true;
    char32_t cp = FirstCp(tok);
    return tok.kind == TokenKind::kPunct &&
           (cp == '(' || cp == '[' || cp == 0x00BF || cp == 0x00A1);
  }

  // After an abbreviation that may end a sentence: only a capitalised starter word,
  // a French elided word, an opening quote or a dialogue dash.
  bool LooksLikeStartAfterAbbreviation(uint32_t k) const {
    const Token& tok = doc_->tokens[k];
    if (IsOpener(k)) return true;
    if (tok.kind != TokenKind::kWord || !tok.Has(tf::kCapitalized)) return false;
    if (tok.Has(tf::kElision)) return true;
    return impl_.LookupSpan(lang_, t_, tok.span.start, tok.span.end) == Entry::kStarter;
  }

  bool IsSoftSplitPoint(const Token& tok) const {
    if (tok.kind != TokenKind::kPunct) return false;
    char32_t cp = FirstCp(tok);
    return cp == ',' || cp == ';';
  }

  void PushSentence(uint32_t b, uint32_t e) {
    if (e <= b) return;
    const std::vector<Token>& toks = doc_->tokens;
    Sentence s;
    s.span = Span{toks[b].span.start, toks[e - 1].span.end};
    s.token_begin = b;
    s.token_end = e;
    doc_->sentences.push_back(s);
  }

  void SplitSentences() {
    const std::vector<Token>& toks = doc_->tokens;
    const uint32_t n = static_cast<uint32_t>(toks.size());
    uint32_t begin = first_token_;
    uint32_t k = first_token_;
    while (k < n) {
      if (k > begin && toks[k].Has(tf::kParagraphStart)) {
        PushSentence(begin, k);
        begin = k;
      }
      bool strong = IsStrongTerminal(toks[k]);
      if (strong || IsWeakTerminal(toks[k])) {
        uint32_t m = k + 1;
        while (m < n && !toks[m].Has(tf::kParagraphStart) && IsCloser(toks[m])) ++m;
        if (m < n && !toks[m].Has(tf::kParagraphStart) &&
            (strong ? LooksLikeStart(m) : LooksLikeStartAfterAbbreviation(m))) {
          PushSentence(begin, m);
          begin = m;
          k = m;
          continue;
        }
      }
      uint32_t len = k - begin + 1;
      if ((len >= kSoftSplit && IsSoftSplitPoint(toks[k])) || len >= kHardSplit) {
        PushSentence(begin, k + 1);
        begin = k + 1;
      }
      ++k;
    }
    PushSentence(begin, n);
  }

  const Lexicons& impl_;
  Document* doc_;
  const DecodedText& t_;
  Language lang_;
  uint32_t end_;
  uint32_t first_token_ = 0;
  bool line_start_ = false;
  bool space_before_ = false;
  bool para_open_ = false;
  uint32_t para_start_ = 0;
  uint32_t last_end_ = 0;
  uint32_t no_url_until_ = 0;
};

}  // namespace

struct Tokenizer::Impl {
  Lexicons lexicons;
};

Tokenizer::Tokenizer() : impl_(std::make_unique<Impl>()) {}
Tokenizer::~Tokenizer() = default;

Result<std::unique_ptr<Tokenizer>> Tokenizer::Create(const std::string& data_dir) {
  std::unique_ptr<Tokenizer> tok(new Tokenizer());
  Result<Lexicon> fr = Lexicon::Open(data_dir + "/tokenize_fr.lex", "tokenize");
  if (!fr.ok()) return fr.status();
  Result<Lexicon> en = Lexicon::Open(data_dir + "/tokenize_en.lex", "tokenize");
  if (!en.ok()) return en.status();
  tok->impl_->lexicons.fr = std::move(fr).value();
  tok->impl_->lexicons.en = std::move(en).value();
  return tok;
}

void Tokenizer::Tokenize(Span region, Document* doc) const {
  uint32_t end = std::min(region.end, doc->decoded.size());
  if (region.start >= end) return;
  Scanner scanner(impl_->lexicons, doc, region.start, end);
}

}  // namespace chancery

#include "timex/timex_tagger.h"

#include <algorithm>
#include <cstdlib>
#include <optional>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "base/deadline.h"
#include "lexicon/lexicon.h"
#include "timex/calendar.h"
#include "timex/word_info.h"
#include "unicode/fold.h"

namespace chancery {

using timex::CivilDay;
using timex::Rel;
using timex::Tense3;
using timex::Unit;
using timex::WordInfo;
namespace role = timex::role;

namespace {

constexpr char kLexiconKind[] = "timex";
constexpr size_t kMaxWordBytes = 40;    // no timex word folds longer than this
constexpr uint32_t kMaxPhraseTokens = 6;
constexpr uint32_t kTenseWindow = 16;   // tokens scanned each side for the governing verb

// A numeric token read as a date, a time, an ordinal, a decade...
struct Num {
  enum Kind : uint8_t { kNone, kInt, kOrdinal, kDate, kTime, kDecade, kAmPm, kRoman };
  Kind kind = kNone;
  int a = -1, b = -1, c = -1;  // kInt/kOrdinal: a; kDate: a/b/c as written; kTime: a:b
  int digits = 0;              // digits of the first group
  int groups = 0;
  char sep = 0;
  bool pm = false;             // kAmPm
};

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

int RomanValue(std::string_view s) {
  int total = 0, prev = 0;
  for (size_t i = s.size(); i-- > 0;) {
    int v = 0;
    switch (s[i]) {
      case 'I': v = 1; break;
      case 'V': v = 5; break;
      case 'X': v = 10; break;
      case 'L': v = 50; break;
      default: return -1;
    }
    total += v < prev ? -v : v;
    prev = std::max(prev, v);
  }
  return total;
}

Num ParseNum(std::string_view t) {
  Num n;
  if (t.empty()) return n;
  if (!IsDigit(t[0])) {
    // Roman century: XXe, XIIe, XIXe, Ier
    size_t k = 0;
    while (k < t.size() && (t[k] == 'I' || t[k] == 'V' || t[k] == 'X' || t[k] == 'L')) ++k;
    if (k > 0 && k < t.size()) {
      std::string_view suf = t.substr(k);
      if (suf == "e" || suf == "er" || suf == "\xC3\xA8me" || suf == "eme") {
        int v = RomanValue(t.substr(0, k));
        if (v > 0 && v <= 30) {
          n.kind = Num::kRoman;
          n.a = v;
        }
      }
    }
    return n;
  }
  int g[3] = {-1, -1, -1};
  int gd[3] = {0, 0, 0};
  size_t i = 0;
  int groups = 0;
  char sep = 0;
  while (groups < 3) {
    int v = 0, d = 0;
    while (i < t.size() && IsDigit(t[i])) {
      if (d < 6) v = v * 10 + (t[i] - '0');
      ++d;
      ++i;
    }
    if (d == 0) return n;
    g[groups] = v;
    gd[groups] = d;
    ++groups;
    if (i >= t.size()) break;
    char c = t[i];
    if ((c == '/' || c == '.' || c == '-' || c == ':') && i + 1 < t.size() && IsDigit(t[i + 1])) {
      if (sep != 0 && sep != c) return n;
      sep = c;
      ++i;
      continue;
    }
    break;
  }
  n.a = g[0];
  n.b = g[1];
  n.c = g[2];
  n.digits = gd[0];
  n.groups = groups;
  n.sep = sep;
  std::string_view rest = t.substr(i);
  if (!rest.empty()) {
    if (groups == 1) {
      char buf[8];
      size_t len = std::min<size_t>(rest.size(), sizeof(buf));
      for (size_t k = 0; k < len; ++k) buf[k] = Lower(rest[k]);
      std::string_view r(buf, len);
      if (rest.size() > sizeof(buf)) return n;
      if (r == "er" || r == "re" || r == "e" || r == "st" || r == "nd" || r == "rd" || r == "th" ||
          r == "eme" || r == "\xC3\xA8me") {
        n.kind = Num::kOrdinal;
      } else if (r[0] == 'h' && gd[0] <= 2) {
        std::string_view m = r.substr(1);
        int mv = -1;
        if (m.empty()) {
          mv = 0;
        } else if (m.size() == 2 && IsDigit(m[0]) && IsDigit(m[1])) {
          mv = (m[0] - '0') * 10 + (m[1] - '0');
        }
        if (mv >= 0 && mv < 60 && n.a <= 24) {
          n.kind = Num::kTime;
          n.b = mv;
        }
      } else if ((r == "s") && gd[0] == 4 && n.a % 10 == 0) {
        n.kind = Num::kDecade;
      } else if ((r == "am" || r == "pm" || r == "a.m." || r == "p.m.") && gd[0] <= 2 && n.a <= 12) {
        n.kind = Num::kAmPm;
        n.pm = r[0] == 'p';
        n.b = 0;
      }
    } else if (groups == 2 && sep == ':') {
      std::string_view r = rest;
      if ((r == "am" || r == "pm" || r == "a.m." || r == "p.m.") && n.a <= 12) {
        n.kind = Num::kAmPm;
        n.pm = r[0] == 'p';
      }
    }
    return n;
  }
  if (groups == 1) {
    n.kind = Num::kInt;
  } else if (groups == 2 && sep == ':' && gd[1] == 2 && n.a <= 24 && n.b < 60) {
    n.kind = Num::kTime;
  } else if (groups == 3 && sep != ':') {
    n.kind = Num::kDate;
  } else if (groups == 2 && sep == '/') {
    n.kind = Num::kDate;  // dd/mm
  }
  return n;
}

// One word or phrase of the input, classified.
struct Item {
  bool ok = false;
  uint32_t first = 0;
  uint32_t last = 0;
  WordInfo w;
  Num num;
  bool number = false;       // a numeric token
  bool capitalized = false;  // first letter upper case
  bool word = false;         // a word token
  bool hyphen_compound = false;  // "two-day": num + unit in one token
  int16_t compound_num = 0;
  Unit compound_unit = Unit::kNone;
};

// The underspecified value of a DATE or TIME.
struct DateSpec {
  int year = -1, month = -1, day = -1;
  int wday = 0;
  int decade = -1, century = -1, quarter = 0, half = 0;
  std::string_view season;
  std::string_view holiday;
  bool weekend = false;
  bool relative = false;     // unit + offset from the anchor
  bool anaphoric = false;    // anchor: last date mentioned
  Unit unit = Unit::kNone;
  int offset = 0;
  Rel rel = Rel::kNone;
  int hour = -1, minute = -1;
  std::string_view pod;
  bool midnight = false;
  std::string_view mod;
  std::string_view ref;      // PRESENT_REF ...
};

struct Dct {
  bool known = false;
  CivilDay day;
  int hour = -1, minute = -1;
};

bool ParseDct(std::string_view s, Dct* out) {
  // YYYY-MM-DD[THH:MM...]
  if (s.size() < 10 || s[4] != '-' || s[7] != '-') return false;
  for (int k : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (!IsDigit(s[k])) return false;
  }
  auto two = [&](size_t k) { return (s[k] - '0') * 10 + (s[k + 1] - '0'); };
  out->day.year = two(0) * 100 + two(2);
  out->day.month = two(5);
  out->day.day = two(8);
  if (!timex::IsValidDay(out->day.year, out->day.month, out->day.day)) return false;
  if (s.size() >= 16 && s[10] == 'T' && IsDigit(s[11]) && IsDigit(s[12]) && s[13] == ':' &&
      IsDigit(s[14]) && IsDigit(s[15])) {
    out->hour = two(11);
    out->minute = two(14);
  }
  out->known = true;
  return true;
}

const char* UnitCode(Unit u) {
  switch (u) {
    case Unit::kDay: return "D";
    case Unit::kWeek: return "W";
    case Unit::kMonth: return "M";
    case Unit::kYear: return "Y";
    case Unit::kHour: return "H";
    case Unit::kMinute: return "M";
    case Unit::kSecond: return "S";
    case Unit::kDecade: return "DE";
    case Unit::kCentury: return "CE";
    case Unit::kQuarter: return "Q";
    case Unit::kHalfYear: return "M";
    case Unit::kWeekend: return "WE";
    default: return "";
  }
}

bool IsTimeUnit(Unit u) { return u == Unit::kHour || u == Unit::kMinute || u == Unit::kSecond; }

// "P3D", "PT2H", "PXY", "P3M" for one quarter...
std::string DurationValue(int amount, Unit unit, int factor) {
  std::string v = "P";
  if (IsTimeUnit(unit)) v += 'T';
  if (unit == Unit::kQuarter) {
    factor *= 3;
    unit = Unit::kMonth;
  } else if (unit == Unit::kHalfYear) {
    factor *= 6;
  }
  if (amount < 0) {
    v += 'X';
  } else {
    v += std::to_string(amount * factor);
  }
  v += UnitCode(unit);
  return v;
}


// The loaded lexicons and the phrase-prefix tables built from them.
struct Resources {
  Lexicon lex[2];                          // 0 French, 1 English
  std::vector<std::string> prefixes[2];    // sorted proper prefixes of phrase keys
  std::unordered_set<std::string_view> prefix_set[2];  // views into `prefixes`
  size_t max_phrase_bytes[2] = {0, 0};
  size_t max_prefix_bytes[2] = {0, 0};
};

// Per-document state of one Tag() call.
class Run {
 public:
  Run(const Resources& impl, Document* doc) : impl_(impl), doc_(doc) {
    english_ = doc->lang == Language::kEnglish;
    li_ = english_ ? 1 : 0;
    fold_.reserve(64);
    key_.reserve(96);
    if (!ParseDct(doc->meta.published_local, &dct_)) ParseDct(doc->meta.published, &dct_);
  }

  void TagTokens(const std::vector<Token>& tokens, uint32_t begin, uint32_t end) {
    if (toks_ != &tokens) {
      for (CacheSlot& c : cache_) c.valid = false;
    }
    toks_ = &tokens;
    sent_begin_ = begin;
    sent_end_ = end;
    uint32_t i = begin;
    while (i < end) {
      uint32_t next = TryAt(i);
      i = next > i ? next : i + 1;
    }
  }

 private:
  // ---------------------------------------------------------------- tokens
  const Token& Tok(uint32_t i) const { return (*toks_)[i]; }
  std::string_view Text(uint32_t i) const { return doc_->Slice(Tok(i).span); }
  bool InSent(uint32_t i) const { return i >= sent_begin_ && i < sent_end_; }

  // Appends the folded text of token i to *out; false when it is too long to matter.
  bool AppendFoldedToken(uint32_t i, std::string* out) const {
    std::string_view t = Text(i);
    if (t.size() > kMaxWordBytes) return false;
    size_t pos = 0;
    while (pos < t.size()) {
      unsigned char c = static_cast<unsigned char>(t[pos]);
      if (c < 0x80) {
        out->push_back(Lower(static_cast<char>(c)));
        ++pos;
      } else {
        AppendFolded(DecodeAt(t, &pos), out);
      }
    }
    return true;
  }

  bool IsPrefix(std::string_view key) const {
    if (key.size() > impl_.max_prefix_bytes[li_]) return false;
    return impl_.prefix_set[li_].count(key) != 0;
  }

  // Folded text of token i only.
  std::string_view FoldedAt(uint32_t i) {
    fold_.clear();
    if (!InSent(i) || !AppendFoldedToken(i, &fold_)) fold_.clear();
    return fold_;
  }

  // The item (word, phrase or number) starting at token i, through a small cache: the
  // grammar looks at the same few tokens from several rules.
  Item At(uint32_t i) {
    if (!InSent(i)) return Item();
    CacheSlot& slot = cache_[i % kCacheSize];
    if (slot.valid && slot.index == i) return slot.item;
    slot.item = Classify(i);
    slot.index = i;
    slot.valid = true;
    return slot.item;
  }

  Item Classify(uint32_t i) {
    Item it;
    const Token& t = Tok(i);
    it.ok = true;
    it.first = it.last = i;
    it.capitalized = t.Has(tf::kCapitalized) || t.Has(tf::kAllCaps);
    it.word = t.kind == TokenKind::kWord;
    if (t.kind == TokenKind::kNumber) {
      it.number = true;
      it.num = ParseNum(Text(i));
    }
    if (t.kind != TokenKind::kWord && t.kind != TokenKind::kNumber) {
      // punctuation matters only as itself
      return it;
    }
    key_.clear();
    if (!AppendFoldedToken(i, &key_)) return it;
    const Lexicon& lex = impl_.lex[li_];
    std::optional<std::string_view> v = lex.Find(key_);
    if (v) ParseReadings(*v, &it.w);
    if (it.word && it.num.kind == Num::kNone) {
      Num roman = ParseNum(Text(i));
      if (roman.kind == Num::kRoman) it.num = roman;
    }
    // Phrases: extend while the key is a known prefix.
    uint32_t j = i;
    while (IsPrefix(key_) && j + 1 < sent_end_ && j + 1 - i < kMaxPhraseTokens) {
      ++j;
      if (Tok(j).Has(tf::kSpaceBefore)) key_.push_back(' ');
      if (!AppendFoldedToken(j, &key_) || key_.size() > impl_.max_phrase_bytes[li_]) break;
      std::optional<std::string_view> pv = lex.Find(key_);
      if (pv) {
        WordInfo w;
        ParseReadings(*pv, &w);
        it.w = w;
        it.last = j;
      }
    }
    if (it.w.roles == 0 && it.word && key_.find('-') != std::string::npos) {
      ClassifyHyphenated(i, &it);
    }
    return it;
  }

  // "mi-mars", "mid-February", "two-day", "72-hour" (when kept whole by the tokenizer).
  void ClassifyHyphenated(uint32_t i, Item* it) {
    fold_.clear();
    if (!AppendFoldedToken(i, &fold_)) return;
    size_t h = fold_.find('-');
    if (h == std::string::npos || h == 0 || h + 1 >= fold_.size()) return;
    std::string_view head(fold_.data(), h);
    std::string_view tail(fold_.data() + h + 1, fold_.size() - h - 1);
    const Lexicon& lex = impl_.lex[li_];
    std::optional<std::string_view> tv = lex.Find(tail);
    if (!tv) {
      // "mid-2024"
      if ((head == "mi" || head == "mid") && !tail.empty() && IsDigit(tail[0])) {
        Num n = ParseNum(tail);
        if (n.kind == Num::kInt && n.digits == 4) {
          it->w.roles |= role::kFuzzy;
          it->w.fuzzy = "MID";
          it->num = n;
          it->number = true;
        }
      }
      return;
    }
    WordInfo tw;
    ParseReadings(*tv, &tw);
    if (head == "mi" || head == "mid") {
      if (tw.Has(role::kMonth)) {
        it->w.roles |= role::kFuzzy | role::kMonth;
        it->w.fuzzy = "MID";
        it->w.month = tw.month;
      }
      return;
    }
    if (!tw.Has(role::kUnit) || tw.Has(role::kPlural)) return;
    std::optional<std::string_view> hv = lex.Find(head);
    int amount = -2;
    if (hv) {
      WordInfo hw;
      ParseReadings(*hv, &hw);
      if (hw.Has(role::kNum)) amount = hw.num;
    } else {
      Num n = ParseNum(head);
      if (n.kind == Num::kInt) amount = n.a;
    }
    if (amount < 0) return;
    it->hyphen_compound = true;
    it->compound_num = static_cast<int16_t>(amount);
    it->compound_unit = tw.unit;
  }

  bool TokIs(uint32_t i, std::string_view folded) { return InSent(i) && FoldedAt(i) == folded; }
  bool IsPunct(uint32_t i, char c) const {
    if (!InSent(i)) return false;
    std::string_view t = Text(i);
    return t.size() == 1 && t[0] == c;
  }
  bool SentenceStart(uint32_t i) const {
    if (i == sent_begin_) return true;
    // after an opening quote or parenthesis at the sentence start
    for (uint32_t k = sent_begin_; k < i; ++k) {
      if (Tok(k).kind == TokenKind::kWord || Tok(k).kind == TokenKind::kNumber) return false;
    }
    return true;
  }

  // ---------------------------------------------------------------- tense
  Tense3 VerbTenseAt(uint32_t k, bool* is_verb) {
    *is_verb = false;
    const Token& t = Tok(k);
    const MorphAnalysis& m = t.morph;
    Item it = At(k);
    if (it.w.Has(role::kTcue) && (m.verb_form == VerbForm::kPastParticiple ||
                                  m.pos == PartOfSpeech::kUnknown || it.last > k ||
                                  it.w.tcue == Tense3::kFuture)) {
      // lexicon cue: phrases ("is due to"), "prévu", or no morph reading
      if (!(it.w.tcue == Tense3::kFuture && m.verb_form == VerbForm::kFinite &&
            (m.tense == Tense::kPast || m.tense == Tense::kImperfect))) {
        *is_verb = true;
        return it.w.tcue;
      }
    }
    if (m.pos != PartOfSpeech::kVerb && m.pos != PartOfSpeech::kAuxiliary) {
      if (m.pos == PartOfSpeech::kUnknown && english_ && t.kind == TokenKind::kWord) {
        std::string_view tx = Text(k);
        if (tx.size() > 4 && tx.substr(tx.size() - 2) == "ed") {
          *is_verb = true;
          return Tense3::kPast;
        }
      }
      return Tense3::kUnknown;
    }
    switch (m.verb_form) {
      case VerbForm::kFinite: {
        *is_verb = true;
        // "aurait été tué lundi", "auraient frappé": the conditional perfect tells a past act
        // (the journalistic conditional), not a future one.
        if (m.tense == Tense::kConditional && (m.lemma == "avoir" || m.lemma == "être")) {
          for (uint32_t j = k + 1; j < sent_end_ && j <= k + 3; ++j) {
            if (Tok(j).morph.verb_form == VerbForm::kPastParticiple) return Tense3::kPast;
          }
        }
        if (m.tense == Tense::kFuture || m.tense == Tense::kConditional) return Tense3::kFuture;
        if (m.tense == Tense::kPast || m.tense == Tense::kImperfect) {
          // "will remain closed" read as a simple past
          if ((k > sent_begin_ && FutureCueAt(k - 1)) || (k > sent_begin_ + 1 && FutureCueAt(k - 2))) {
            return Tense3::kFuture;
          }
          return Tense3::kPast;
        }
        std::string_view lemma = m.lemma;
        // aux + participle / aller + infinitive / devoir + infinitive
        for (uint32_t j = k + 1; j < sent_end_ && j <= k + 4; ++j) {
          const MorphAnalysis& n = Tok(j).morph;
          if (n.verb_form == VerbForm::kPastParticiple) {
            Item pj = At(j);
            if (pj.w.Has(role::kTcue) && pj.w.tcue == Tense3::kFuture) return Tense3::kFuture;
            if (lemma == "avoir" || lemma == "être" || lemma == "have" || lemma == "be") {
              return english_ && lemma == "be" ? Tense3::kPresent : Tense3::kPast;
            }
            break;
          }
          if (n.verb_form == VerbForm::kInfinitive) {
            if (lemma == "aller" || lemma == "devoir" || lemma == "will" || lemma == "shall") {
              return Tense3::kFuture;
            }
            if (lemma == "venir") return Tense3::kPast;
            break;
          }
          if (n.verb_form == VerbForm::kFinite) break;
        }
        if (lemma == "will" || lemma == "shall") return Tense3::kFuture;
        return Tense3::kPresent;
      }
      case VerbForm::kPastParticiple: {
        *is_verb = true;
        for (uint32_t j = k; j > sent_begin_ && j + 4 > k;) {
          --j;
          const MorphAnalysis& p = Tok(j).morph;
          if (FutureCueAt(j)) return Tense3::kFuture;
          if (p.verb_form == VerbForm::kFinite) {
            if (p.tense == Tense::kConditional && (p.lemma == "avoir" || p.lemma == "être")) return Tense3::kPast;
            if (p.tense == Tense::kFuture || p.tense == Tense::kConditional) return Tense3::kFuture;
            if (english_ && p.lemma == "be" && p.tense == Tense::kPresent) return Tense3::kPresent;
            if (p.lemma == "avoir" || p.lemma == "être" || p.lemma == "have" || p.lemma == "be") {
              return Tense3::kPast;
            }
            if (p.tense == Tense::kPresent) return Tense3::kPresent;
            return Tense3::kPast;
          }
        }
        return Tense3::kPast;
      }
      case VerbForm::kInfinitive: {
        for (uint32_t j = k; j > sent_begin_ && j + 5 > k;) {
          --j;
          const MorphAnalysis& p = Tok(j).morph;
          if (FutureCueAt(j)) {
            *is_verb = true;
            return Tense3::kFuture;
          }
          if (p.verb_form == VerbForm::kFinite || p.verb_form == VerbForm::kPastParticiple) {
            if (InfinitiveCue(p.lemma)) {
              *is_verb = true;
              return Tense3::kFuture;
            }
          }
          if (p.verb_form == VerbForm::kFinite) {
            *is_verb = true;
            if (p.lemma == "aller" || p.lemma == "devoir" || p.lemma == "will") return Tense3::kFuture;
            if (p.tense == Tense::kFuture || p.tense == Tense::kConditional) return Tense3::kFuture;
            if (p.lemma == "venir") return Tense3::kPast;
            if (p.tense == Tense::kPast || p.tense == Tense::kImperfect) return Tense3::kPast;
            return Tense3::kPresent;
          }
        }
        return Tense3::kUnknown;
      }
      default:
        return Tense3::kUnknown;
    }
  }

  // A future cue at token j: "will", "shall", a lexicon cue ("is due to", "prévu").
  bool FutureCueAt(uint32_t j) {
    const MorphAnalysis& m = Tok(j).morph;
    if (m.lemma == "will" || m.lemma == "shall") return true;
    Item it = At(j);
    return it.w.Has(role::kTcue) && it.w.tcue == Tense3::kFuture;
  }

  // A verb whose infinitive complement lies after it (promettre de, hope to).
  bool InfinitiveCue(std::string_view lemma) {
    if (lemma.empty() || lemma.size() > kMaxWordBytes) return false;
    std::optional<std::string_view> v = impl_.lex[li_].Find(lemma);
    if (!v) return false;
    WordInfo w;
    ParseReadings(*v, &w);
    return w.Has(role::kInfCue);
  }

  // A finite "verb" right after a determiner or adjective is a noun the tagger misread.
  bool MisreadNoun(uint32_t k) const {
    if (k == sent_begin_) return false;
    const Token& t = Tok(k);
    if (t.morph.verb_form != VerbForm::kFinite || t.morph.tense != Tense::kPresent) return false;
    PartOfSpeech p = Tok(k - 1).morph.pos;
    return p == PartOfSpeech::kDeterminer || p == PartOfSpeech::kAdjective;
  }

  // The tense of the verb nearest to tokens [first, last] in the sentence.
  Tense3 ClauseTense(uint32_t first, uint32_t last) {
    Tense3 left = Tense3::kUnknown, right = Tense3::kUnknown;
    uint32_t dl = kTenseWindow + 1, dr = kTenseWindow + 1;
    for (uint32_t k = first, d = 1; k > sent_begin_ && d <= kTenseWindow; ++d) {
      --k;
      bool is_verb = false;
      if (MisreadNoun(k)) continue;
      Tense3 t = VerbTenseAt(k, &is_verb);
      if (is_verb && t != Tense3::kUnknown) {
        left = t;
        dl = d;
        break;
      }
    }
    for (uint32_t k = last + 1, d = 1; k < sent_end_ && d <= kTenseWindow && d < dl; ++k, ++d) {
      // a verb beyond a comma belongs to another clause unless the expression opens the
      // sentence ("Jeudi, le ministre a déclaré")
      if (IsPunct(k, ',') && !SentenceStart(first)) d += 6;
      bool is_verb = false;
      if (MisreadNoun(k)) continue;
      Tense3 t = VerbTenseAt(k, &is_verb);
      if (is_verb && t != Tense3::kUnknown) {
        right = t;
        dr = d;
        break;
      }
    }
    if (dl <= dr) return left;
    return right;
  }

  // ---------------------------------------------------------------- emit
  void EmitRaw(uint32_t first, uint32_t last, std::string_view type, std::string value,
               std::string_view mod) {
    Timex t;
    t.span = Span{Tok(first).span.start, Tok(last).span.end};
    t.type = std::string(type);
    t.value = std::move(value);
    t.mod = std::string(mod);
    doc_->timexes.push_back(std::move(t));
  }

  void EmitDuration(uint32_t first, uint32_t last, int amount, Unit unit, int factor,
                    std::string_view mod) {
    EmitRaw(first, last, "DURATION", DurationValue(amount, unit, factor), mod);
  }

  // Resolves and emits a DATE/TIME.
  void EmitDate(uint32_t first, uint32_t last, DateSpec s) {
    std::string value;
    bool time = s.hour >= 0 || !s.pod.empty();
    if (!s.ref.empty()) {
      EmitRaw(first, last, "DATE", std::string(s.ref), s.mod);
      return;
    }
    Resolve(first, last, &s, &value);
    EmitRaw(first, last, time ? "TIME" : "DATE", std::move(value), s.mod);
  }

  Tense3 Direction(uint32_t first, uint32_t last) {
    if (!tense_cached_ || cached_first_ != first) {
      cached_tense_ = ClauseTense(first, last);
      cached_first_ = first;
      tense_cached_ = true;
    }
    return cached_tense_;
  }

  // Picks the year for (month, day) relative to the reference day by direction.
  int YearFor(int month, int day, Rel rel, Tense3 dir, const CivilDay& ref) {
    int best = ref.year;
    int r = timex::DaysFromCivil(ref);
    int best_dist = 1 << 30;
    for (int y = ref.year - 1; y <= ref.year + 1; ++y) {
      int dd = day;
      if (!timex::IsValidDay(y, month, dd)) {
        if (month == 2 && day == 29) continue;
        continue;
      }
      int diff = timex::DaysFromCivil(CivilDay{y, month, dd}) - r;
      bool allowed = true;
      if (rel == Rel::kLast) allowed = diff < 0;
      else if (rel == Rel::kNext) allowed = diff > 0;
      else if (dir == Tense3::kPast) allowed = diff <= 0;
      else if (dir == Tense3::kFuture) allowed = diff >= 0;
      if (!allowed) continue;
      int dist = std::abs(diff);
      if (dist < best_dist) {
        best_dist = dist;
        best = y;
      }
    }
    return best;
  }

  void Resolve(uint32_t first, uint32_t last, DateSpec* s, std::string* out) {
    CivilDay ref = dct_.day;
    bool have_ref = dct_.known;
    if (s->anaphoric && anchor_.year > 0) {
      ref = CivilDay{anchor_.year, anchor_.month > 0 ? anchor_.month : 1,
                     anchor_.day > 0 ? anchor_.day : 1};
      have_ref = true;
    }
    int y = s->year, m = s->month, d = s->day;
    std::string& v = *out;
    auto dir = [&]() { return Direction(first, last); };
    if (s->relative) {
      if (!have_ref) {
        v = "XXXX";
        AppendTime(s, &v);
        return;
      }
      switch (s->unit) {
        case Unit::kDay: {
          if (s->anaphoric && anchor_.day <= 0) {  // lendemain of a month/year
            ref = dct_.day;
          }
          CivilDay c = timex::CivilFromDays(timex::DaysFromCivil(ref) + s->offset);
          y = c.year;
          m = c.month;
          d = c.day;
          break;
        }
        case Unit::kWeek:
        case Unit::kWeekend: {
          CivilDay c = timex::CivilFromDays(timex::DaysFromCivil(ref) + 7 * s->offset);
          int iy = 0, wk = 0;
          timex::IsoWeek(c, &iy, &wk);
          timex::AppendPadded(iy, 4, &v);
          v += "-W";
          timex::AppendPadded(wk, 2, &v);
          if (s->weekend || s->unit == Unit::kWeekend) v += "-WE";
          Remember(c.year, c.month, -1);
          return;
        }
        case Unit::kMonth: {
          int total = ref.year * 12 + (ref.month - 1) + s->offset;
          y = total / 12;
          m = total % 12 + 1;
          d = -1;
          break;
        }
        case Unit::kQuarter: {
          int q = (ref.month - 1) / 3 + s->offset;
          int yy = ref.year + (q >= 0 ? q / 4 : (q - 3) / 4);
          int qq = ((q % 4) + 4) % 4 + 1;
          timex::AppendPadded(yy, 4, &v);
          v += "-Q";
          v += static_cast<char>('0' + qq);
          return;
        }
        case Unit::kHalfYear: {
          int h = (ref.month - 1) / 6 + s->offset;
          int yy = ref.year + (h >= 0 ? h / 2 : (h - 1) / 2);
          timex::AppendPadded(yy, 4, &v);
          v += "-H";
          v += static_cast<char>('1' + ((h % 2) + 2) % 2);
          return;
        }
        case Unit::kYear:
          y = ref.year + s->offset;
          m = -1;
          d = -1;
          break;
        case Unit::kDecade:
          timex::AppendPadded(ref.year / 10 + s->offset, 3, &v);
          return;
        case Unit::kCentury:
          timex::AppendPadded(ref.year / 100 + s->offset, 2, &v);
          return;
        case Unit::kHour: {
          int minutes = timex::DaysFromCivil(ref) * 1440 + (dct_.hour >= 0 ? dct_.hour : 12) * 60 +
                        s->offset * 60;
          CivilDay c = timex::CivilFromDays(minutes >= 0 ? minutes / 1440 : (minutes - 1439) / 1440);
          int hh = ((minutes % 1440) + 1440) % 1440 / 60;
          AppendDay(c.year, c.month, c.day, &v);
          v += 'T';
          timex::AppendPadded(hh, 2, &v);
          return;
        }
        default:
          v = "XXXX";
          return;
      }
    } else if (!s->holiday.empty()) {
      if (!have_ref) {
        v = "XXXX";
        return;
      }
      Tense3 t = dir();
      int best = ref.year;
      int best_dist = 1 << 30;
      int r = timex::DaysFromCivil(ref);
      for (int yy = ref.year - 1; yy <= ref.year + 1; ++yy) {
        CivilDay hd;
        if (!HolidayDate(s->holiday, yy, &hd)) return;
        int diff = timex::DaysFromCivil(hd) - r;
        bool allowed = t == Tense3::kPast ? diff <= 0 : t == Tense3::kFuture ? diff >= 0 : true;
        if (allowed && std::abs(diff) < best_dist) {
          best_dist = std::abs(diff);
          best = yy;
        }
      }
      CivilDay hd;
      HolidayDate(s->holiday, best, &hd);
      y = hd.year;
      m = hd.month;
      d = hd.day;
    } else if (s->century >= 0) {
      timex::AppendPadded(s->century, 2, &v);
      return;
    } else if (s->decade >= 0) {
      timex::AppendPadded(s->decade, 3, &v);
      return;
    } else if (!s->season.empty()) {
      if (y < 0) {
        if (!have_ref) {
          v = "XXXX-";
          v += s->season;
          return;
        }
        y = SeasonYear(s->season, s->rel, dir(), ref);
      }
      timex::AppendPadded(y, 4, &v);
      v += '-';
      v += s->season;
      return;
    } else if (s->quarter > 0 || s->half > 0) {
      if (y < 0) y = have_ref ? ref.year : -1;
      if (y < 0) v = "XXXX";
      else timex::AppendPadded(y, 4, &v);
      v += s->quarter > 0 ? "-Q" : "-H";
      v += static_cast<char>('0' + (s->quarter > 0 ? s->quarter : s->half));
      return;
    } else if (s->wday > 0 && d < 0) {
      if (!have_ref) {
        v = "XXXX-WXX-";
        v += static_cast<char>('0' + s->wday);
        AppendTime(s, &v);
        return;
      }
      int cur = timex::IsoWeekday(ref);
      int back = (cur - s->wday + 7) % 7;
      int fwd = (s->wday - cur + 7) % 7;
      int delta;
      if (s->rel == Rel::kLast) {
        delta = -(back == 0 ? 7 : back);
      } else if (s->rel == Rel::kNext) {
        delta = fwd == 0 ? 7 : fwd;
      } else {
        Tense3 t = dir();
        if (t == Tense3::kPast) delta = -back;
        else if (t == Tense3::kFuture) delta = fwd;
        else delta = back <= fwd ? -back : fwd;
      }
      CivilDay c = timex::CivilFromDays(timex::DaysFromCivil(ref) + delta);
      y = c.year;
      m = c.month;
      d = c.day;
    } else if (m > 0 && d > 0 && y < 0) {
      if (!have_ref) {
        v = "XXXX-";
        timex::AppendPadded(m, 2, &v);
        v += '-';
        timex::AppendPadded(d, 2, &v);
        AppendTime(s, &v);
        return;
      }
      y = YearFor(m, d, s->rel, dir(), ref);
    } else if (m > 0 && y < 0) {
      if (!have_ref) {
        v = "XXXX-";
        timex::AppendPadded(m, 2, &v);
        return;
      }
      int cur = ref.year * 12 + ref.month - 1;
      int best = ref.year, best_dist = 1 << 30;
      Tense3 t = (s->rel == Rel::kNone || s->rel == Rel::kThis) ? dir() : Tense3::kUnknown;
      for (int yy = ref.year - 1; yy <= ref.year + 1; ++yy) {
        int diff = yy * 12 + m - 1 - cur;
        bool allowed = true;
        if (s->rel == Rel::kLast) allowed = diff < 0;
        else if (s->rel == Rel::kNext) allowed = diff > 0;
        else if (t == Tense3::kPast) allowed = diff <= 0;
        else if (t == Tense3::kFuture) allowed = diff >= 0;
        if (allowed && std::abs(diff) < best_dist) {
          best_dist = std::abs(diff);
          best = yy;
        }
      }
      y = best;
    } else if (y < 0 && d < 0 && m < 0 && (s->hour >= 0 || !s->pod.empty())) {
      // a time of day alone: the reference day (minuit: the day that ends)
      if (!have_ref) {
        v = "XXXX-XX-XX";
        AppendTime(s, &v);
        return;
      }
      CivilDay c = ref;
      if (s->midnight && dir() == Tense3::kPast) c = timex::CivilFromDays(timex::DaysFromCivil(ref) - 1);
      if (!s->midnight && s->pod == "NI" && s->hour < 0 && dir() == Tense3::kPast && !s->anaphoric) {
        c = timex::CivilFromDays(timex::DaysFromCivil(ref) - 1);
      }
      y = c.year;
      m = c.month;
      d = c.day;
    }
    if (y < 0) {
      v = "XXXX";
      return;
    }
    if (m < 0) {
      timex::AppendPadded(y, 4, &v);
      Remember(y, -1, -1);
      return;
    }
    if (d < 0) {
      timex::AppendPadded(y, 4, &v);
      v += '-';
      timex::AppendPadded(m, 2, &v);
      Remember(y, m, -1);
      return;
    }
    AppendDay(y, m, d, &v);
    Remember(y, m, d);
    AppendTime(s, &v);
  }

  static void AppendDay(int y, int m, int d, std::string* v) {
    timex::AppendPadded(y, 4, v);
    v->push_back('-');
    timex::AppendPadded(m, 2, v);
    v->push_back('-');
    timex::AppendPadded(d, 2, v);
  }

  static void AppendTime(const DateSpec* s, std::string* v) {
    if (s->midnight) {
      *v += "T24:00";
    } else if (s->hour >= 0) {
      *v += 'T';
      timex::AppendPadded(s->hour, 2, v);
      *v += ':';
      timex::AppendPadded(s->minute >= 0 ? s->minute : 0, 2, v);
    } else if (!s->pod.empty()) {
      *v += 'T';
      *v += s->pod;
    }
  }

  void Remember(int y, int m, int d) {
    anchor_.year = y;
    anchor_.month = m;
    anchor_.day = d;
  }

  static int SeasonIndex(std::string_view s) {
    if (s == "SP") return 0;
    if (s == "SU") return 1;
    if (s == "FA") return 2;
    return 3;
  }

  // Seasons ordered (year, SP<SU<FA<WI); winter of Y runs Dec Y - Feb Y+1.
  int SeasonYear(std::string_view season, Rel rel, Tense3 dir, const CivilDay& ref) {
    int cur_year = ref.month <= 2 ? ref.year - 1 : ref.year;
    int cur_idx = ref.month <= 2 || ref.month == 12 ? 3 : (ref.month - 3) / 3;
    int cur = cur_year * 4 + cur_idx;
    int idx = SeasonIndex(season);
    int best = ref.year, best_dist = 1 << 30;
    Tense3 t = (rel == Rel::kNone || rel == Rel::kThis) ? dir : Tense3::kUnknown;
    for (int yy = cur_year - 1; yy <= cur_year + 1; ++yy) {
      int diff = yy * 4 + idx - cur;
      bool allowed = true;
      if (rel == Rel::kLast) allowed = diff < 0;
      else if (rel == Rel::kNext) allowed = diff > 0;
      else if (t == Tense3::kPast) allowed = diff <= 0;
      else if (t == Tense3::kFuture) allowed = diff >= 0;
      if (allowed && std::abs(diff) < best_dist) {
        best_dist = std::abs(diff);
        best = yy;
      }
    }
    return best;
  }

  static bool HolidayDate(std::string_view h, int year, CivilDay* out) {
    if (h.size() == 5 && h[2] == '-') {
      *out = CivilDay{year, (h[0] - '0') * 10 + (h[1] - '0'), (h[3] - '0') * 10 + (h[4] - '0')};
      return timex::IsValidDay(out->year, out->month, out->day);
    }
    if (h.substr(0, 6) == "EASTER") {
      int delta = 0;
      if (h.size() > 7) delta = (h[6] == '-' ? -1 : 1) * (h[7] - '0');
      *out = timex::CivilFromDays(timex::DaysFromCivil(timex::EasterSunday(year)) + delta);
      return true;
    }
    if (h == "THANKSGIVING") {
      *out = timex::NthWeekdayOfMonth(year, 11, 4, 4);
      return true;
    }
    return false;
  }

  // ---------------------------------------------------------------- grammar
  // Each Try* returns the index one past the last token used, or 0 for no match.

  uint32_t TryAt(uint32_t i) {
    tense_cached_ = false;
    const Token& t = Tok(i);
    if (t.kind != TokenKind::kWord && t.kind != TokenKind::kNumber) return 0;
    Item it = At(i);
    if (it.w.roles == 0 && !it.number && it.num.kind == Num::kNone && !it.hyphen_compound) return 0;
    uint32_t r = 0;
    if (it.hyphen_compound) {
      // "two-day", "72-hour"
      EmitDuration(i, i, it.compound_num, it.compound_unit, 1, "");
      return i + 1;
    }
    if (it.w.Has(role::kRef) && (r = TryRef(it))) return r;
    if (it.w.Has(role::kDurValue)) {
      EmitRaw(it.first, it.last, "DURATION", std::string(it.w.dur), "");
      return it.last + 1;
    }
    if (it.w.Has(role::kNum) && it.w.Has(role::kQmod) && (r = TryNumber(it, it.first, it.w.qmod))) return r;
    if (it.w.Has(role::kQmod) && (r = TryQmod(it))) return r;
    if (english_ && it.w.Has(role::kUnit) && it.w.Has(role::kPlural) && !it.w.Has(role::kNum) &&
        i > sent_begin_ && At(i - 1).w.Has(role::kDurPrep) && !it.capitalized) {
      EmitDuration(it.first, it.last, -1, it.w.unit, 1, "");
      return it.last + 1;
    }
    if ((it.w.Has(role::kSetEach) || it.w.Has(role::kSetValue) || it.w.Has(role::kTimes) ||
         (it.w.Has(role::kPer) && !english_)) &&
        (r = TrySet(it))) {
      return r;
    }
    if (it.w.Has(role::kAgo) && !english_ && (r = TryAgoPrefix(it))) return r;
    if (it.w.Has(role::kDet) && (r = TryDet(it))) return r;
    if (it.w.Has(role::kFuzzy) && (r = TryFuzzy(it, it.first))) return r;
    if (it.w.Has(role::kRel) && (r = TryRelPre(it, it.first))) return r;
    if (it.w.Has(role::kDeix) && (r = TryDeix(it))) return r;
    if (it.w.Has(role::kAnaph) && (r = TryAnaph(it, it.first))) return r;
    if (it.w.Has(role::kLater) && (r = TryEarlierThis(it))) return r;
    if (it.w.Has(role::kWday) && (r = TryWeekday(it, it.first, Rel::kNone))) return r;
    if (it.w.Has(role::kMonth) && (r = TryMonth(it, it.first))) return r;
    if (it.w.Has(role::kHoliday) && (r = TryHoliday(it, it.first))) return r;
    if (it.w.Has(role::kSeason) && (r = TrySeason(it, it.first, Rel::kNone))) return r;
    if (it.w.Has(role::kPod) && (r = TryPodAlone(it))) return r;
    if (it.w.Has(role::kTprep) && (r = TryApproxTime(it))) return r;
    if (it.w.Has(role::kOrd) && (r = TryOrdinalUnit(it, it.first))) return r;
    if (it.w.Has(role::kUnit) && (r = TryUnitOf(it))) return r;
    if (it.number || it.w.Has(role::kNum) || it.num.kind == Num::kRoman) {
      if ((r = TryNumber(it, it.first, ""))) return r;
    }
    return 0;
  }

  uint32_t TryRef(const Item& it) {
    // "en maintenant" is a gerund (maintenir), not "now"
    if (it.first > sent_begin_ && it.first == it.last && TokIs(it.first - 1, "en") &&
        TokIs(it.first, "maintenant")) {
      return 0;
    }
    DateSpec s;
    s.ref = it.w.ref;
    EmitDate(it.first, it.last, s);
    return it.last + 1;
  }

  // "près de deux ans", "more than a decade", "about 11 p.m."
  uint32_t TryQmod(const Item& it) {
    Item n = At(it.last + 1);
    if (!n.ok) return 0;
    size_t before = doc_->timexes.size();
    uint32_t r = TryNumber(n, it.first, it.w.qmod);
    if (r == 0 || doc_->timexes.size() != before + 1) return 0;
    return r;
  }

  // "il y a trois jours", "voici deux ans"
  uint32_t TryAgoPrefix(const Item& it) {
    Item n = At(it.last + 1);
    if (!n.ok) return 0;
    int amount;
    if (n.number && n.num.kind == Num::kInt) amount = n.num.a;
    else if (n.w.Has(role::kNum)) amount = n.w.num;
    else return 0;
    Item u = At(n.last + 1);
    if (!u.ok || !u.w.Has(role::kUnit)) return 0;
    EmitCountedBack(it.first, u.last, amount, u.w.unit, u.w.unit_factor, -1, false);
    return u.last + 1;
  }

  // A DATE `amount` units before (sign -1) or after (+1) the DCT or the anchor.
  void EmitCountedBack(uint32_t first, uint32_t last, int amount, Unit unit, int factor, int sign,
                       bool anaphoric) {
    DateSpec s;
    if (amount < 0) {
      s.ref = sign < 0 ? "PAST_REF" : "FUTURE_REF";
      EmitDate(first, last, s);
      return;
    }
    s.relative = true;
    s.anaphoric = anaphoric;
    int n = amount * factor;
    switch (unit) {
      case Unit::kDay: s.unit = Unit::kDay; break;
      case Unit::kWeek: s.unit = Unit::kWeek; break;
      case Unit::kMonth: s.unit = Unit::kMonth; break;
      case Unit::kYear: s.unit = Unit::kYear; break;
      case Unit::kDecade: s.unit = Unit::kYear; n *= 10; break;
      case Unit::kCentury: s.unit = Unit::kYear; n *= 100; break;
      case Unit::kQuarter: s.unit = Unit::kMonth; n *= 3; break;
      case Unit::kHalfYear: s.unit = Unit::kMonth; n *= 1; break;
      case Unit::kHour: s.unit = Unit::kHour; break;
      default: s.unit = Unit::kDay; break;
    }
    if (unit == Unit::kHalfYear) n = amount * 6;
    s.offset = sign * n;
    EmitDate(first, last, s);
  }

  uint32_t TrySet(const Item& it) {
    if (it.w.Has(role::kSetValue)) {
      // "The Daily Mail", "the French daily 20 Minutes", "a daily newspaper"
      if (it.capitalized && !SentenceStart(it.first)) return 0;
      if (it.first > sent_begin_ && Tok(it.first - 1).Has(tf::kCapitalized) &&
          !SentenceStart(it.first - 1)) {
        return 0;
      }
      Item nx = At(it.last + 1);
      if (nx.ok && (nx.number || (nx.word && nx.capitalized))) return 0;
      EmitRaw(it.first, it.last, "SET", std::string(it.w.set), "");
      return it.last + 1;
    }
    if (it.w.Has(role::kPer) && !english_ && !it.w.Has(role::kSetEach)) {
      Item u = At(it.last + 1);
      if (u.ok && u.w.Has(role::kUnit) && !u.w.Has(role::kPlural) && !u.w.Has(role::kNum) &&
          !IsTimeUnit(u.w.unit)) {
        EmitRaw(it.first, u.last, "SET", DurationValue(1, u.w.unit, u.w.unit_factor), "");
        return u.last + 1;
      }
      return 0;
    }
    if (it.w.Has(role::kTimes)) {
      // "twice a week" / "une fois par an" handled in TryNumber for numeric heads
      Item p = At(it.last + 1);
      if (!p.ok || !p.w.Has(role::kPer)) return 0;
      Item u = At(p.last + 1);
      if (!u.ok || !u.w.Has(role::kUnit)) return 0;
      EmitRaw(it.first, u.last, "SET", DurationValue(1, u.w.unit, u.w.unit_factor), "");
      return u.last + 1;
    }
    Item n = At(it.last + 1);
    if (!n.ok) return 0;
    int amount = 1;
    Item u = n;
    if (n.w.Has(role::kNum) && !n.w.Has(role::kUnit)) {
      amount = n.w.num;
      u = At(n.last + 1);
    } else if (n.number && n.num.kind == Num::kInt && n.num.a <= 31) {
      Item mo = At(n.last + 1);
      if (mo.ok && mo.w.Has(role::kMonth)) {  // chaque 11 novembre
        std::string v = "XXXX-";
        timex::AppendPadded(mo.w.month, 2, &v);
        v += '-';
        timex::AppendPadded(n.num.a, 2, &v);
        EmitRaw(it.first, mo.last, "SET", v, "");
        return mo.last + 1;
      }
      amount = n.num.a;
      u = At(n.last + 1);
    }
    if (!u.ok) return 0;
    if (u.w.Has(role::kUnit)) {
      EmitRaw(it.first, u.last, "SET", DurationValue(amount, u.w.unit, u.w.unit_factor), "");
      return u.last + 1;
    }
    if (u.w.Has(role::kWday)) {
      std::string v = "XXXX-WXX-";
      v += static_cast<char>('0' + u.w.wday);
      EmitRaw(it.first, u.last, "SET", v, "");
      return u.last + 1;
    }
    if (u.w.Has(role::kMonth)) {
      Item dn = At(u.last + 1);
      if (dn.ok && dn.number && (dn.num.kind == Num::kInt || dn.num.kind == Num::kOrdinal) &&
          dn.num.a >= 1 && dn.num.a <= 31) {
        std::string v = "XXXX-";
        timex::AppendPadded(u.w.month, 2, &v);
        v += '-';
        timex::AppendPadded(dn.num.a, 2, &v);
        EmitRaw(it.first, dn.last, "SET", v, "");
        return dn.last + 1;
      }
      return 0;
    }
    if (u.w.Has(role::kPod)) {
      std::string v = "XXXX-XX-XXT";
      v += u.w.pod;
      EmitRaw(it.first, u.last, "SET", v, "");
      return u.last + 1;
    }
    return 0;
  }

  // Articles: "le 12 février", "la semaine dernière", "le lendemain", "l'automne dernier",
  // "la mi-avril", "les années 1960", "the first quarter", "the past three months".
  uint32_t TryDet(const Item& det) {
    Item n = At(det.last + 1);
    if (!n.ok) return 0;
    uint32_t r = 0;
    if (n.w.Has(role::kUnit) && !n.w.Has(role::kNum)) {
      Item rel = At(n.last + 1);
      if (rel.ok && rel.w.Has(role::kRel)) {
        if ((r = EmitUnitRel(det.first, rel.last, n.w.unit, rel.w.rel, n.w.Has(role::kPlural)))) return r;
      }
      if (n.w.unit == Unit::kDecade || (n.w.unit == Unit::kYear && n.w.Has(role::kPlural))) {
        if ((r = TryDecade(n, det.first, ""))) return r;
      }
      if (n.w.unit == Unit::kMonth) {
        if ((r = TryUnitOf(n, det.first))) return r;
      }
      return 0;
    }
    if (n.w.Has(role::kAnaph)) return TryAnaph(n, det.first);
    if (n.w.Has(role::kSeason)) return TrySeason(n, det.first, Rel::kNone);
    if (n.w.Has(role::kFuzzy)) return TryFuzzy(n, det.first);
    if (n.w.Has(role::kHoliday)) return TryHoliday(n, det.first);
    if (n.w.Has(role::kRel) && english_) return TryRelPre(n, det.first);
    if (n.w.Has(role::kOrd) && !n.number) return TryOrdinalUnit(n, det.first);
    if (n.w.Has(role::kWday)) {
      // the article before a calendar date stays outside: "le lundi 3 mars" -> "lundi 3 mars"
      Item after = At(n.last + 1);
      if (after.ok && (after.number || after.w.Has(role::kMonth))) return 0;
      Tense3 t = Direction(det.first, n.last);
      if (t == Tense3::kPresent && !english_) {
        std::string v = "XXXX-WXX-";
        v += static_cast<char>('0' + n.w.wday);
        EmitRaw(det.first, n.last, "SET", v, "");
        return n.last + 1;
      }
      return 0;
    }
    if (n.w.Has(role::kPod)) {
      // "la nuit de mardi à mercredi"
      Item de = At(n.last + 1);
      if (de.ok && de.w.Has(role::kLink)) {
        Item wd = At(de.last + 1);
        if (wd.ok && wd.w.Has(role::kWday)) {
          uint32_t end = wd.last;
          Item a = At(wd.last + 1);
          if (a.ok && (TokIs(a.first, "a") || TokIs(a.first, "to"))) {
            Item wd2 = At(a.last + 1);
            if (wd2.ok && wd2.w.Has(role::kWday)) end = wd2.last;
          }
          DateSpec s;
          s.wday = wd.w.wday;
          s.pod = n.w.pod;
          EmitDate(det.first, end, s);
          return end + 1;
        }
      }
      return 0;
    }
    if (n.number || n.w.Has(role::kNum)) {
      if (n.number && n.num.kind == Num::kDecade) return TryNumber(n, det.first, "");
      // "les trois derniers mois", "the 1990s"; a calendar date ("le 12 février") is
      // matched without its article, from the number itself.
      size_t before = doc_->timexes.size();
      r = TryNumber(n, det.first, "");
      if (r && doc_->timexes.size() == before + 1) {
        const Timex& got = doc_->timexes.back();
        Item after = At(n.last + 1);
        bool with_rel = after.ok && after.w.Has(role::kRel);
        if (got.type == "DURATION" && with_rel) return r;
        bool bare_year = n.number && n.num.kind == Num::kInt && n.num.digits == 4 &&
                         got.span.end == Tok(n.last).span.end;
        if (english_ && !bare_year && (got.type == "DATE" || got.type == "TIME")) return r;
      }
      if (r) {
        doc_->timexes.resize(before);
        anchor_ = saved_anchor_;
      }
      return 0;
    }
    return 0;
  }

  // unit + rel: "semaine dernière", "mois prochain", "année suivante", "week-end dernier".
  uint32_t EmitUnitRel(uint32_t first, uint32_t last, Unit unit, Rel rel, bool plural) {
    if (IsTimeUnit(unit) || unit == Unit::kNone) return 0;
    if (plural || rel == Rel::kPast || rel == Rel::kThese) {
      if (rel == Rel::kLast || rel == Rel::kPast || rel == Rel::kThese || rel == Rel::kNext ||
          rel == Rel::kFollowing) {
        EmitDuration(first, last, plural ? -1 : 1, unit, 1, "");
        return last + 1;
      }
      return 0;
    }
    DateSpec s;
    s.relative = true;
    s.unit = unit;
    switch (rel) {
      case Rel::kLast: s.offset = -1; break;
      case Rel::kNext: s.offset = 1; break;
      case Rel::kThis: s.offset = 0; break;
      case Rel::kPrev: s.offset = -1; s.anaphoric = true; break;
      case Rel::kFollowing: s.offset = 1; s.anaphoric = true; break;
      default: return 0;
    }
    if (unit == Unit::kDay) {
      if (rel == Rel::kThis) s.anaphoric = anchor_.day > 0;  // "cette journée"
      else if (!s.anaphoric) return 0;
    }
    if (unit == Unit::kWeekend && rel == Rel::kThis && dct_.known &&
        timex::IsoWeekday(dct_.day) <= 3 && Direction(first, last) == Tense3::kPast) {
      s.offset = -1;  // "this weekend" in a past-tense sentence early in the week
    }
    if (unit == Unit::kWeekend) s.weekend = true;
    EmitDate(first, last, s);
    return last + 1;
  }

  // fuzzy: "début mars", "fin 2024", "mi-février", "la fin de l'année", "early next week",
  // "début d'après-midi", "the end of 2025", "late Tuesday", "le début du XXe siècle".
  uint32_t TryFuzzy(const Item& fz, uint32_t first) {
    std::string_view mod = fz.w.fuzzy;
    // "mi-mars" as one token
    if (fz.w.Has(role::kMonth) && fz.first == fz.last && fz.w.month > 0) {
      return TryMonthCore(fz.w.month, first, fz.last, mod);
    }
    if (fz.number && fz.num.kind == Num::kInt && fz.num.digits == 4) {  // mid-2024
      DateSpec s;
      s.year = fz.num.a;
      s.mod = mod;
      EmitDate(first, fz.last, s);
      return fz.last + 1;
    }
    uint32_t k = fz.last + 1;
    Item n = At(k);
    if (!n.ok) return 0;
    // "mi-" / "mid-" as a separate token followed by "-"?
    if (IsPunct(k, '-')) {
      n = At(k + 1);
      if (!n.ok) return 0;
    }
    if (n.w.Has(role::kLink) || n.w.Has(role::kIn) || TokIs(n.first, "en")) {
      n = At(n.last + 1);
      if (!n.ok) return 0;
    }
    if (n.w.Has(role::kDet)) {
      Item m = At(n.last + 1);
      if (m.ok && m.w.Has(role::kUnit) && !m.w.Has(role::kNum)) {
        Item rel = At(m.last + 1);
        if (rel.ok && rel.w.Has(role::kRel) && !m.w.Has(role::kPlural)) {
          size_t before = doc_->timexes.size();
          uint32_t r = EmitUnitRel(first, rel.last, m.w.unit, rel.w.rel, false);
          if (r && doc_->timexes.size() == before + 1) doc_->timexes.back().mod = std::string(mod);
          return r;
        }
        if (m.w.unit == Unit::kYear || m.w.unit == Unit::kMonth || m.w.unit == Unit::kWeek ||
            m.w.unit == Unit::kDay) {
          if (m.w.Has(role::kPlural)) {
            return TryDecade(m, first, mod);
          }
          DateSpec s;
          s.relative = true;
          s.unit = m.w.unit;
          s.mod = mod;
          Item y = At(m.last + 1);
          if (m.w.unit == Unit::kYear && y.ok && y.number && y.num.kind == Num::kInt &&
              y.num.digits == 4) {
            s = DateSpec();  // "la fin de l'année 2012"
            s.year = y.num.a;
            s.mod = mod;
            EmitDate(first, y.last, s);
            return y.last + 1;
          }
          EmitDate(first, m.last, s);
          return m.last + 1;
        }
      }
      n = m;
      if (!n.ok) return 0;
      if (n.number && n.num.kind == Num::kInt && n.num.digits == 4) return 0;  // the 2014 season
    }
    if (n.w.Has(role::kUnit) && n.w.Has(role::kPlural) && n.w.unit == Unit::kYear) {
      return TryDecade(n, first, mod);
    }
    if (n.w.Has(role::kUnit) && !n.w.Has(role::kNum)) {
      Item rel = At(n.last + 1);
      if (rel.ok && rel.w.Has(role::kRel)) {
        size_t before = doc_->timexes.size();
        uint32_t r = EmitUnitRel(first, rel.last, n.w.unit, rel.w.rel, n.w.Has(role::kPlural));
        if (r && doc_->timexes.size() == before + 1) doc_->timexes.back().mod = std::string(mod);
        return r;
      }
      return 0;
    }
    if (n.w.Has(role::kRel)) {
      size_t before = doc_->timexes.size();
      uint32_t r = TryRelPre(n, first);
      if (r && doc_->timexes.size() == before + 1) {
        Timex& t = doc_->timexes.back();
        t.span.start = Tok(first).span.start;
        t.mod = std::string(mod);
      }
      return r;
    }
    if (n.w.Has(role::kMonth)) return TryMonthCore(n.w.month, first, n.last, mod, true);
    if (n.w.Has(role::kWday)) {
      DateSpec s;
      s.wday = n.w.wday;
      s.mod = mod;
      EmitDate(first, n.last, s);
      return n.last + 1;
    }
    if (n.w.Has(role::kPod) && !n.w.pod.empty() && n.w.pod != "MI" && n.w.pod != "MN") {
      DateSpec s;
      s.pod = n.w.pod;
      s.mod = mod;
      s.anaphoric = false;
      EmitDate(first, n.last, s);
      return n.last + 1;
    }
    if (n.number && n.num.kind == Num::kInt && n.num.digits == 4) {
      DateSpec s;
      s.year = n.num.a;
      s.mod = mod;
      EmitDate(first, n.last, s);
      return n.last + 1;
    }
    if (n.number && n.num.kind == Num::kOrdinal) {
      Item c = At(n.last + 1);
      if (c.ok && c.w.Has(role::kUnit) && c.w.unit == Unit::kCentury) {
        DateSpec s;
        s.century = n.num.a - 1;
        s.mod = mod;
        EmitDate(first, c.last, s);
        return c.last + 1;
      }
    }
    if (n.number && n.num.kind == Num::kDecade) {
      DateSpec s;
      s.decade = n.num.a / 10;
      s.mod = mod;
      EmitDate(first, n.last, s);
      return n.last + 1;
    }
    if (n.num.kind == Num::kRoman) {
      Item c = At(n.last + 1);
      if (c.ok && c.w.Has(role::kUnit) && c.w.unit == Unit::kCentury) {
        DateSpec s;
        s.century = n.num.a - 1;
        s.mod = mod;
        EmitDate(first, c.last, s);
        return c.last + 1;
      }
    }
    if (n.w.Has(role::kSeason)) {
      size_t before = doc_->timexes.size();
      uint32_t r = TrySeason(n, first, Rel::kNone, true);
      if (r && doc_->timexes.size() == before + 1) doc_->timexes.back().mod = std::string(mod);
      return r;
    }
    // EN "the early '90s": quote + 90s
    return 0;
  }

  // "années 1990", "années 80", "1990s" (n is the "années" item).
  uint32_t TryDecade(const Item& years, uint32_t first, std::string_view mod) {
    Item n = At(years.last + 1);
    if (!n.ok || !n.number || n.num.kind != Num::kInt) return 0;
    int decade;
    if (n.num.digits == 4 && n.num.a % 10 == 0) decade = n.num.a / 10;
    else if (n.num.digits == 2 && n.num.a % 10 == 0) decade = 190 + n.num.a / 10;
    else return 0;
    DateSpec s;
    s.decade = decade;
    s.mod = mod;
    EmitDate(first, n.last, s);
    return n.last + 1;
  }

  // Pre-posed modifiers: "cette semaine", "ce matin", "ce jeudi", "last week", "next
  // Thursday", "this summer", "ces derniers jours", "the past three months".
  uint32_t TryRelPre(const Item& rel, uint32_t first) {
    Item n = At(rel.last + 1);
    if (!n.ok) return 0;
    Rel r = rel.w.rel;
    // French modifiers follow their noun, except the demonstratives (ce, cette, ces)
    if (!english_ && r != Rel::kThis && r != Rel::kThese) return 0;
    // English "last" + number without an article is the verb: "could last four months"
    if (english_ && first == rel.first && (r == Rel::kLast || r == Rel::kPast) &&
        (n.number || n.w.Has(role::kNum)) && !n.w.Has(role::kUnit)) {
      return 0;
    }
    if (r == Rel::kThese) {
      // "ces dernières semaines", "ces derniers jours"
      if (n.w.Has(role::kRel) && (n.w.rel == Rel::kLast || n.w.rel == Rel::kNext)) {
        Item u = At(n.last + 1);
        if (u.ok && u.w.Has(role::kUnit)) {
          EmitDuration(first, u.last, -1, u.w.unit, 1, "");
          return u.last + 1;
        }
      }
      if (english_ && n.w.Has(role::kUnit) && n.w.Has(role::kPlural)) {
        EmitDuration(first, n.last, -1, n.w.unit, 1, "");
        return n.last + 1;
      }
      return 0;
    }
    if (n.w.Has(role::kNum) && !n.w.Has(role::kUnit) && r != Rel::kThis) {
      // "the past three months", "last two weeks", "next three days"
      Item u = At(n.last + 1);
      if (u.ok && u.w.Has(role::kUnit)) {
        EmitDuration(first, u.last, n.w.num, u.w.unit, u.w.unit_factor, "");
        return u.last + 1;
      }
      return 0;
    }
    if (n.number && n.num.kind == Num::kInt && r != Rel::kThis) {
      Item u = At(n.last + 1);
      if (u.ok && u.w.Has(role::kUnit)) {
        EmitDuration(first, u.last, n.num.a, u.w.unit, u.w.unit_factor, "");
        return u.last + 1;
      }
    }
    if (n.w.Has(role::kUnit) && !n.w.Has(role::kNum)) {
      if (r == Rel::kNext && english_ && n.w.Has(role::kPlural)) {  // the coming days
        EmitDuration(first, n.last, -1, n.w.unit, 1, "");
        return n.last + 1;
      }
      if (r == Rel::kPast) {
        EmitDuration(first, n.last, n.w.Has(role::kPlural) ? -1 : 1, n.w.unit, 1, "");
        return n.last + 1;
      }
      return EmitUnitRel(first, n.last, n.w.unit, r, n.w.Has(role::kPlural));
    }
    if (n.w.Has(role::kWday)) return TryWeekday(n, first, r == Rel::kThis ? Rel::kNone : r);
    if (n.w.Has(role::kSeason)) return TrySeason(n, first, r == Rel::kThis ? Rel::kNone : r, true);
    if (n.w.Has(role::kMonth) && english_ && (r == Rel::kLast || r == Rel::kNext)) {
      DateSpec s;
      s.month = n.w.month;
      s.rel = r;
      EmitDate(first, n.last, s);
      return n.last + 1;
    }
    if (n.w.Has(role::kPod) && r == Rel::kThis) {
      DateSpec s;
      if (n.w.pod == "MI" || n.w.pod == "MN") return 0;
      s.pod = n.w.pod;
      s.day = dct_.known ? dct_.day.day : -1;
      s.month = dct_.known ? dct_.day.month : -1;
      s.year = dct_.known ? dct_.day.year : -1;
      EmitDate(first, n.last, s);
      return n.last + 1;
    }
    if (n.number && r == Rel::kThis) {  // "ce 14 juillet"
      size_t before = doc_->timexes.size();
      uint32_t e = TryNumber(n, first, "");
      if (e && doc_->timexes.size() == before + 1 && doc_->timexes.back().type == "DATE") return e;
      if (e) {
        doc_->timexes.resize(before);
        anchor_ = saved_anchor_;
      }
    }
    return 0;
  }

  // "hier", "demain soir", "yesterday evening", "hier à 17h35", "tomorrow at 9 p.m."
  uint32_t TryDeix(const Item& dx) {
    DateSpec s;
    s.relative = true;
    s.unit = Unit::kDay;
    s.offset = dx.w.deix;
    uint32_t last = dx.last;
    if (dx.w.deix_pod[0] != 0) {
      s.pod = PodName(dx.w.deix_pod);
      if (s.pod == "NI" && s.offset == 0 && Direction(dx.first, dx.last) == Tense3::kPast &&
          TokIs(dx.first, "overnight")) {
        s.offset = -1;
      }
    } else {
      Item wd = At(last + 1);
      if (wd.ok && wd.w.Has(role::kWday) && !wd.w.Has(role::kPlural)) last = wd.last;
      Item p = At(last + 1);
      if (p.ok && p.w.Has(role::kPod) && p.w.pod != "MI" && p.w.pod != "MN" && !p.capitalized) {
        s.pod = p.w.pod;
        last = p.last;
      } else {
        last = TryAttachTime(last, &s);
      }
    }
    EmitDate(dx.first, last, s);
    return last + 1;
  }

  static std::string_view PodName(const char* p) {
    std::string_view v(p, 2);
    if (v == "MO") return "MO";
    if (v == "AF") return "AF";
    if (v == "EV") return "EV";
    if (v == "NI") return "NI";
    return "";
  }

  // After a day expression ending at `last`: "à 15h", "at 9 p.m.", ", 15:16". Returns the
  // new last token (== last when nothing follows).
  uint32_t TryAttachTime(uint32_t last, DateSpec* s) {
    uint32_t k = last + 1;
    Item p = At(k);
    if (!p.ok) return last;
    if (p.w.Has(role::kTprep) || IsPunct(k, ',')) k = p.last + 1;
    Item t = At(k);
    if (!t.ok) return last;
    int h = -1, m = 0;
    uint32_t end = 0;
    if (!ReadClock(t, &h, &m, &end)) return last;
    s->hour = h;
    s->minute = m;
    return end;
  }

  // A clock time starting at `t`: "15:16", "15h16", "20 h 30", "9 heures", "3 p.m.",
  // "16 heures 45", "8 heures du matin", "midi", with a trailing zone.
  bool ReadClock(const Item& t, int* h, int* m, uint32_t* end) {
    uint32_t last = t.last;
    int hh = -1, mm = 0;
    bool needs_pod_fix = false;
    if (t.number && (t.num.kind == Num::kTime)) {
      hh = t.num.a;
      mm = t.num.b;
      needs_pod_fix = true;
    } else if (t.number && t.num.kind == Num::kAmPm) {
      hh = t.num.a % 12 + (t.num.pm ? 12 : 0);
      mm = t.num.b >= 0 ? t.num.b : 0;
    } else if (t.w.Has(role::kPod) && (t.w.pod == "MI")) {
      hh = 12;
      Item et = At(last + 1);
      if (et.ok && TokIs(et.first, "et")) {
        Item half = At(et.last + 1);
        if (half.ok && half.w.Has(role::kHalf)) {
          mm = 30;
          last = half.last;
        }
      }
    } else if ((t.number && t.num.kind == Num::kInt && t.num.digits <= 2 && t.num.a <= 24) ||
               (!t.number && t.w.Has(role::kNum) && t.w.num >= 0 && t.w.num <= 24)) {
      int value = t.number ? t.num.a : t.w.num;
      Item n = At(last + 1);
      if (!n.ok) return false;
      if (n.w.Has(role::kHsep) || (!english_ && n.w.Has(role::kUnit) && n.w.unit == Unit::kHour)) {
        hh = value;
        last = n.last;
        Item mi = At(last + 1);
        if (mi.ok && mi.number && mi.num.kind == Num::kInt && mi.num.digits == 2 && mi.num.a < 60) {
          mm = mi.num.a;
          last = mi.last;
        }
        needs_pod_fix = true;
      } else if (n.w.Has(role::kHsep) == false && english_ && IsAmPm(n.first)) {
        hh = value % 12 + (IsPm(n.first) ? 12 : 0);
        last = n.last;
      } else {
        return false;
      }
    } else {
      return false;
    }
    if (english_ && t.number && t.num.kind == Num::kTime && InSent(last + 1) && IsAmPm(last + 1)) {
      hh = t.num.a % 12 + (IsPm(last + 1) ? 12 : 0);
      ++last;
      needs_pod_fix = false;
    }
    if (needs_pod_fix) {
      // "8 heures du matin", "3 heures de l'après-midi", "6 h 45 du soir"
      Item de = At(last + 1);
      if (de.ok && (de.w.Has(role::kLink) || (english_ && de.w.Has(role::kIn)))) {
        Item x = At(de.last + 1);
        if (x.ok && x.w.Has(role::kDet)) x = At(x.last + 1);
        if (x.ok && x.w.Has(role::kPod) && !x.capitalized) {
          if ((x.w.pod == "AF" || x.w.pod == "EV" || x.w.pod == "NI") && hh < 12) hh += 12;
          last = x.last;
        }
      }
    }
    // zone: "UTC", "GMT", ", heure de Paris"
    Item z = At(last + 1);
    if (z.ok && z.w.Has(role::kZone)) {
      last = z.last;
    } else if (IsPunct(last + 1, ',')) {
      Item z2 = At(last + 2);
      if (z2.ok && z2.w.Has(role::kZone) && z2.last > z2.first) last = z2.last;
    }
    *h = hh;
    *m = mm;
    *end = last;
    return true;
  }

  // "7 a.m. Thursday", "9 p.m. tomorrow": the day after the clock time.
  uint32_t AttachDayAfterClock(uint32_t end, DateSpec* s) {
    if (!english_) return end;
    Item d = At(end + 1);
    if (!d.ok) return end;
    if (d.w.Has(role::kWday) && !d.w.Has(role::kPlural)) {
      s->wday = d.w.wday;
      return d.last;
    }
    if (d.w.Has(role::kDeix) && d.w.deix_pod[0] == 0) {
      s->relative = true;
      s->unit = Unit::kDay;
      s->offset = d.w.deix;
      return d.last;
    }
    return end;
  }

  bool IsAmPm(uint32_t k) {
    std::string_view f = FoldedAt(k);
    return f == "a.m." || f == "p.m." || f == "am" || f == "pm" || f == "a.m" || f == "p.m";
  }
  bool IsPm(uint32_t k) {
    std::string_view f = FoldedAt(k);
    return !f.empty() && f[0] == 'p';
  }

  uint32_t TryAnaph(const Item& an, uint32_t first) {
    DateSpec s;
    s.relative = true;
    s.anaphoric = true;
    s.unit = Unit::kDay;
    s.offset = an.w.anaph;
    EmitDate(first, an.last, s);
    return an.last + 1;
  }

  // "earlier this month", "later this year"
  uint32_t TryEarlierThis(const Item& it) {
    if (!english_) return 0;
    Item r = At(it.last + 1);
    if (!r.ok || !r.w.Has(role::kRel) || r.w.rel != Rel::kThis) return 0;
    Item u = At(r.last + 1);
    if (!u.ok || !u.w.Has(role::kUnit)) return 0;
    return EmitUnitRel(it.first, u.last, u.w.unit, Rel::kThis, false);
  }

  bool LooksLikeName(const Item& it) {
    // A capitalized calendar word followed by a capitalized unknown word: "Sunday Times",
    // "Noël Martin", "Winter Park", "April Ryan"; or preceded by one: "Theresa May".
    if (!it.capitalized) return false;
    constexpr uint64_t kCalendar = role::kMonth | role::kWday | role::kHoliday | role::kSeason |
                                   role::kUnit | role::kPod | role::kNum | role::kDeix | role::kZone;
    Item n = At(it.last + 1);
    if (n.ok && n.word && n.capitalized && (n.w.roles & kCalendar) == 0) return true;
    if (it.first > sent_begin_) {
      const Token& p = Tok(it.first - 1);
      if (p.kind == TokenKind::kWord && p.Has(tf::kCapitalized)) {
        Item pi = At(it.first - 1);
        PartOfSpeech pos = p.morph.pos;
        bool function_word = pos == PartOfSpeech::kPreposition || pos == PartOfSpeech::kDeterminer ||
                             pos == PartOfSpeech::kPronoun || pos == PartOfSpeech::kConjunction ||
                             pos == PartOfSpeech::kAdverb || pos == PartOfSpeech::kVerb ||
                             pos == PartOfSpeech::kAuxiliary;
        if ((pi.w.roles & kCalendar) == 0 && !pi.w.Has(role::kDet) && !pi.w.Has(role::kYprep) &&
            !pi.w.Has(role::kRel) && !pi.w.Has(role::kFuzzy) && !function_word) {
          return true;
        }
      }
    }
    return false;
  }

  bool AfterStreetWord(uint32_t first) {
    // "rue du 14-Juillet", "place du 8-Mai-1945"
    for (uint32_t k = first; k > sent_begin_ && k + 3 > first;) {
      --k;
      Item p = At(k);
      if (p.w.Has(role::kStreet)) return true;
    }
    return false;
  }

  uint32_t TryWeekday(const Item& wd, uint32_t first, Rel rel) {
    if (LooksLikeName(wd)) return 0;
    if (!english_ && wd.capitalized && !SentenceStart(wd.first)) {
      // French weekdays are lower case; a capitalized one mid-sentence is a name
      Item n = At(wd.last + 1);
      if (!(n.ok && n.number)) return 0;
    }
    uint32_t k = wd.last + 1;
    if (IsPunct(k, ',')) ++k;
    Item n = At(k);
    // weekday + full date: "lundi 3 février 2025", "Wednesday, Feb. 26"
    if (n.ok && (n.number || n.w.Has(role::kMonth))) {
      size_t before = doc_->timexes.size();
      uint32_t r = n.number ? TryNumber(n, first, "") : TryMonth(n, first);
      if (r && doc_->timexes.size() == before + 1 && doc_->timexes.back().type != "DURATION" &&
          doc_->timexes.back().type != "SET") {
        return r;
      }
      if (r) {
        doc_->timexes.resize(before);
        anchor_ = saved_anchor_;
      }
    }
    if (wd.w.Has(role::kPlural) || (english_ && EndsWithS(wd.first))) {
      std::string v = "XXXX-WXX-";
      v += static_cast<char>('0' + wd.w.wday);
      EmitRaw(first, wd.last, "SET", v, "");
      return wd.last + 1;
    }
    DateSpec s;
    s.wday = wd.w.wday;
    s.rel = rel;
    uint32_t last = wd.last;
    Item post = At(last + 1);
    if (post.ok && post.w.Has(role::kRel) && !english_ &&
        (post.w.rel == Rel::kLast || post.w.rel == Rel::kNext)) {
      s.rel = post.w.rel;
      last = post.last;
      post = At(last + 1);
    }
    if (post.ok && post.w.Has(role::kPod) && post.w.pod != "MI" && post.w.pod != "MN" &&
        (!post.capitalized || (english_ && wd.capitalized))) {
      s.pod = post.w.pod;
      last = post.last;
    } else {
      last = TryAttachTime(last, &s);
    }
    EmitDate(first, last, s);
    return last + 1;
  }

  bool EndsWithS(uint32_t k) const {
    std::string_view t = Text(k);
    return !t.empty() && (t.back() == 's' || t.back() == 'S');
  }

  // Months: "février 2022", "octobre dernier", "Feb. 12", "February 12, 2025", "mars".
  uint32_t TryMonth(const Item& mo, uint32_t first) {
    return TryMonthCore(mo.w.month, first, mo.last, "", false, &mo);
  }

  bool MonthAcceptable(const Item& mo) {
    if (english_) {
      if (!mo.capitalized) return false;  // "may", "march" lower case are verbs
      if (LooksLikeName(mo)) return false;
      return true;
    }
    if (mo.capitalized && !SentenceStart(mo.first)) return false;
    if (LooksLikeName(mo)) return false;
    // "mars" near planet words
    for (uint32_t k = mo.first > sent_begin_ + 4 ? mo.first - 4 : sent_begin_; k < mo.last + 5 && k < sent_end_;
         ++k) {
      if (k == mo.first) continue;
      Item c = At(k);
      if (c.w.Has(role::kNotDate)) return false;
    }
    return true;
  }

  uint32_t TryMonthCore(int month, uint32_t first, uint32_t mlast, std::string_view mod,
                        bool checked = false, const Item* mo = nullptr) {
    DateSpec s;
    s.month = month;
    s.mod = mod;
    uint32_t last = mlast;
    Item n = At(last + 1);
    bool has_day_or_year = false;
    // EN "February 12", "Feb. 12th", "March 3, 2025"
    if (english_ && n.ok && n.number && (n.num.kind == Num::kInt || n.num.kind == Num::kOrdinal) &&
        n.num.a >= 1 && n.num.a <= 31 && n.num.digits <= 2) {
      s.day = n.num.a;
      last = n.last;
      has_day_or_year = true;
      uint32_t k = last + 1;
      if (IsPunct(k, ',')) ++k;
      Item y = At(k);
      if (y.ok && y.number && y.num.kind == Num::kInt && y.num.digits == 4) {
        s.year = y.num.a;
        last = y.last;
      }
    } else if (n.ok && n.number && n.num.kind == Num::kInt && n.num.digits == 4) {
      s.year = n.num.a;
      last = n.last;
      has_day_or_year = true;
    }
    if (!has_day_or_year && mo != nullptr && !checked && !MonthAcceptable(*mo)) return 0;
    if (s.year < 0) {
      Item post = At(last + 1);
      if (post.ok && post.w.Has(role::kRel) && !english_ &&
          (post.w.rel == Rel::kLast || post.w.rel == Rel::kNext || post.w.rel == Rel::kPast)) {
        s.rel = post.w.rel == Rel::kPast ? Rel::kLast : post.w.rel;
        last = post.last;
      }
    }
    if (s.day > 0) last = TryAttachTime(last, &s);
    EmitDate(first, last, s);
    return last + 1;
  }

  uint32_t TryHoliday(const Item& h, uint32_t first) {
    if (LooksLikeName(h)) return 0;
    uint32_t last = h.last;
    DateSpec s;
    s.holiday = h.w.holiday;
    Item y = At(last + 1);
    if (y.ok && y.number && y.num.kind == Num::kInt && y.num.digits == 4) {
      CivilDay d;
      if (HolidayDate(h.w.holiday, y.num.a, &d)) {
        s.holiday = {};
        s.year = d.year;
        s.month = d.month;
        s.day = d.day;
        last = y.last;
      }
    }
    if (h.first > sent_begin_ && AfterStreetWord(h.first)) return 0;
    EmitDate(first, last, s);
    return last + 1;
  }

  // Seasons need a licence: an article, a demonstrative, a preposition, a year or a
  // modifier ("l'été", "cet été", "au printemps", "printemps 2026", "l'automne dernier").
  uint32_t TrySeason(const Item& se, uint32_t first, Rel rel, bool licensed = false) {
    if (se.capitalized && !SentenceStart(se.first)) return 0;
    if (english_ && LooksLikeName(se)) return 0;
    DateSpec s;
    s.season = se.w.season;
    s.rel = rel;
    uint32_t last = se.last;
    Item n = At(last + 1);
    if (n.ok && n.w.Has(role::kLink) && english_) {
      Item x = At(n.last + 1);
      if (x.ok && x.number && x.num.kind == Num::kInt && x.num.digits == 4) {
        s.year = x.num.a;
        last = x.last;
        licensed = true;
      } else if (x.ok && x.w.Has(role::kRel)) {
        Item yu = At(x.last + 1);
        if (yu.ok && yu.w.Has(role::kUnit) && yu.w.unit == Unit::kYear &&
            (x.w.rel == Rel::kNext || x.w.rel == Rel::kLast || x.w.rel == Rel::kThis)) {
          int off = x.w.rel == Rel::kNext ? 1 : x.w.rel == Rel::kLast ? -1 : 0;
          if (dct_.known) s.year = dct_.day.year + off;
          last = yu.last;
          licensed = true;
        } else {
          return 0;
        }
      } else {
        return 0;  // "the fall of the government"
      }
      EmitDate(first, last, s);
      return last + 1;
    }
    if (n.ok && n.number && n.num.kind == Num::kInt && n.num.digits == 4) {
      s.year = n.num.a;
      last = n.last;
      licensed = true;
    } else if (n.ok && n.w.Has(role::kRel) && !english_ &&
               (n.w.rel == Rel::kLast || n.w.rel == Rel::kNext || n.w.rel == Rel::kPast)) {
      s.rel = n.w.rel == Rel::kPast ? Rel::kLast : n.w.rel;
      last = n.last;
      licensed = true;
    }
    if (!licensed && first != se.first) licensed = true;  // article before
    if (!licensed && se.first > sent_begin_) {
      std::string_view p = FoldedAt(se.first - 1);
      if (p == "au" || p == "en" || p == "in" || p == "d'" || p == "this" || p == "last" ||
          p == "next" || p == "of" || p == "du") {
        licensed = true;
      }
    }
    if (!licensed) return 0;
    EmitDate(first, last, s);
    return last + 1;
  }

  // "midi", "minuit", "noon", "midnight" as times of the reference day.
  uint32_t TryPodAlone(const Item& p) {
    if (p.w.pod != "MI" && p.w.pod != "MN") return 0;
    if (p.capitalized && !SentenceStart(p.first)) return 0;
    DateSpec s;
    if (p.w.pod == "MN") {
      s.midnight = true;
      s.hour = 24;
      EmitDate(p.first, p.last, s);
      return p.last + 1;
    }
    int h = 0, m = 0;
    uint32_t end = 0;
    if (!ReadClock(p, &h, &m, &end)) return 0;
    s.hour = h;
    s.minute = m;
    EmitDate(p.first, end, s);
    return end + 1;
  }

  // "vers 11 h", "around 9:45 a.m.": the approximation is part of the extent.
  uint32_t TryApproxTime(const Item& tp) {
    std::string_view f = FoldedAt(tp.first);
    if (f != "vers" && f != "around" && f != "about") return 0;
    Item t = At(tp.last + 1);
    if (!t.ok) return 0;
    int h = 0, m = 0;
    uint32_t end = 0;
    if (!ReadClock(t, &h, &m, &end)) return 0;
    DateSpec s;
    s.hour = h;
    s.minute = m;
    s.mod = "APPROX";
    EmitDate(tp.first, end, s);
    return end + 1;
  }

  // "premier trimestre 2024", "the first quarter", "troisième trimestre".
  uint32_t TryOrdinalUnit(const Item& o, uint32_t first) {
    Item u = At(o.last + 1);
    if (!u.ok || !u.w.Has(role::kUnit)) return 0;
    if (u.w.unit != Unit::kQuarter && u.w.unit != Unit::kHalfYear) return 0;
    int ord = o.w.ord > 0 ? o.w.ord : (o.number ? o.num.a : 0);
    if (ord <= 0 || ord > 4) return 0;
    DateSpec s;
    if (u.w.unit == Unit::kQuarter) s.quarter = ord;
    else if (ord <= 2) s.half = ord;
    else return 0;
    uint32_t last = u.last;
    Item y = At(last + 1);
    if (y.ok && y.w.Has(role::kLink)) {
      Item y2 = At(y.last + 1);
      if (y2.ok && y2.number && y2.num.kind == Num::kInt && y2.num.digits == 4) y = y2;
    }
    if (y.ok && y.number && y.num.kind == Num::kInt && y.num.digits == 4) {
      s.year = y.num.a;
      last = y.last;
    }
    EmitDate(first, last, s);
    return last + 1;
  }

  // "mois d'avril", "month of May".
  uint32_t TryUnitOf(const Item& u, uint32_t first = UINT32_MAX) {
    if (first == UINT32_MAX) first = u.first;
    if (u.w.unit != Unit::kMonth || u.w.Has(role::kPlural)) return 0;
    Item l = At(u.last + 1);
    if (!l.ok || !l.w.Has(role::kLink)) return 0;
    Item m = At(l.last + 1);
    if (!m.ok || !m.w.Has(role::kMonth)) return 0;
    return TryMonthCore(m.w.month, first, m.last, "", true);
  }

  // Numbers (digits or words) at the head of an expression.
  uint32_t TryNumber(const Item& n, uint32_t first, std::string_view qmod) {
    saved_anchor_ = anchor_;
    if (n.num.kind == Num::kRoman) {
      Item c = At(n.last + 1);
      if (c.ok && c.w.Has(role::kUnit) && c.w.unit == Unit::kCentury) {
        DateSpec s;
        s.century = n.num.a - 1;
        EmitDate(first, c.last, s);
        return c.last + 1;
      }
      return 0;
    }
    if (n.number) {
      switch (n.num.kind) {
        case Num::kDate: return NumericDate(n, first);
        case Num::kTime:
        case Num::kAmPm: {
          int h = 0, m = 0;
          uint32_t end = 0;
          if (!ReadClock(n, &h, &m, &end)) return 0;
          DateSpec s;
          s.hour = h;
          s.minute = m;
          s.mod = qmod;
          end = AttachDayAfterClock(end, &s);
          EmitDate(first, end, s);
          return end + 1;
        }
        case Num::kDecade: {
          DateSpec s;
          s.decade = n.num.a / 10;
          EmitDate(first, n.last, s);
          return n.last + 1;
        }
        default:
          break;
      }
    }
    int value;
    if (n.number && (n.num.kind == Num::kInt || n.num.kind == Num::kOrdinal)) {
      value = n.num.a;
    } else if (n.w.Has(role::kNum)) {
      value = n.w.num;
    } else if (n.w.Has(role::kOrd)) {
      value = n.w.ord;
    } else {
      return 0;
    }
    bool digits = n.number;
    Item nx = At(n.last + 1);
    // day + month [year]: "12 février", "1er janvier 2025", "1 January 2025", "14-Juillet"
    uint32_t mk = n.last + 1;
    if (digits && IsPunct(mk, '-') && InSent(mk + 1) && !Tok(mk + 1).Has(tf::kSpaceBefore)) {
      Item m2 = At(mk + 1);
      if (m2.ok && m2.w.Has(role::kMonth)) {
        if (AfterStreetWord(first)) return 0;
        nx = m2;
      }
    }
    if (english_ && digits && nx.ok && nx.w.Has(role::kLink) && !nx.w.Has(role::kMonth)) {
      Item m2 = At(nx.last + 1);
      if (m2.ok && m2.w.Has(role::kMonth)) nx = m2;  // "the 12th of February"
    }
    if (nx.ok && nx.w.Has(role::kMonth) && value >= 1 && value <= 31 &&
        (digits || n.w.Has(role::kOrd))) {
      DateSpec s;
      s.day = value;
      s.month = nx.w.month;
      s.mod = qmod;
      uint32_t last = nx.last;
      Item y = At(last + 1);
      if (y.ok && y.number && y.num.kind == Num::kInt && y.num.digits == 4) {
        s.year = y.num.a;
        last = y.last;
      } else if (y.ok && y.w.Has(role::kRel) && !english_ &&
                 (y.w.rel == Rel::kLast || y.w.rel == Rel::kNext)) {
        s.rel = y.w.rel;
        last = y.last;
      }
      if (!timex::IsValidDay(s.year > 0 ? s.year : 2024, s.month, s.day)) return 0;
      last = TryAttachTime(last, &s);
      EmitDate(first, last, s);
      return last + 1;
    }
    // range "du 3 au 5 mars", "from 3 to 5 March"
    if (digits && value >= 1 && value <= 31 && n.num.digits <= 2 && first > sent_begin_) {
      std::string_view p = FoldedAt(first - 1);
      if (p == "du" || p == "entre" || p == "from" || p == "between") {
        Item a = At(n.last + 1);
        if (a.ok && (TokIs(a.first, "au") || TokIs(a.first, "et") || TokIs(a.first, "to") ||
                     TokIs(a.first, "and"))) {
          Item d2 = At(a.last + 1);
          Item m2 = At(d2.last + 1);
          if (d2.ok && d2.number && m2.ok && m2.w.Has(role::kMonth)) {
            DateSpec s;
            s.day = value;
            s.month = m2.w.month;
            Item y = At(m2.last + 1);
            if (y.ok && y.number && y.num.kind == Num::kInt && y.num.digits == 4) s.year = y.num.a;
            EmitDate(first, n.last, s);
            return n.last + 1;
          }
        }
      }
    }
    // the end of a range whose month came first: "March 3 to 5"
    if (digits && value >= 1 && value <= 31 && n.num.digits <= 2 && first >= sent_begin_ + 3 &&
        (!nx.ok || !nx.w.Has(role::kMonth))) {
      std::string_view p = FoldedAt(first - 1);
      if (p == "to" || p == "au" || p == "and" || p == "et" || p == "-") {
        Item d1 = At(first - 2);
        Item m1 = At(first - 3);
        if (d1.number && m1.ok && m1.w.Has(role::kMonth) && english_) {
          DateSpec s;
          s.day = value;
          s.month = m1.w.month;
          if (timex::IsValidDay(2024, s.month, s.day)) {
            EmitDate(first, n.last, s);
            return n.last + 1;
          }
        }
      }
    }
    // "15-03-2025" when the tokenizer split it at the hyphens
    if (digits && n.num.kind == Num::kInt && n.num.digits <= 2 && IsPunct(n.last + 1, '-') &&
        InSent(n.last + 4) && IsPunct(n.last + 3, '-') && !Tok(n.last + 1).Has(tf::kSpaceBefore) &&
        !Tok(n.last + 2).Has(tf::kSpaceBefore) && !Tok(n.last + 4).Has(tf::kSpaceBefore)) {
      Num mo = ParseNum(Text(n.last + 2));
      Num yr = ParseNum(Text(n.last + 4));
      if (mo.kind == Num::kInt && mo.digits <= 2 && yr.kind == Num::kInt && yr.digits == 4 &&
          timex::IsValidDay(yr.a, mo.a, value)) {
        DateSpec s;
        s.year = yr.a;
        s.month = mo.a;
        s.day = value;
        uint32_t last = TryAttachTime(n.last + 4, &s);
        EmitDate(first, last, s);
        return last + 1;
      }
    }
    // clock: "20 h 30", "9 heures" after à/vers, "11 p.m."
    if ((digits && n.num.digits <= 2 && value <= 24) || (!digits && value >= 0 && value <= 24)) {
      bool clock = false;
      if (nx.ok && nx.w.Has(role::kHsep)) clock = true;
      if (nx.ok && english_ && IsAmPm(nx.first)) clock = true;
      if (!english_ && nx.ok && nx.w.Has(role::kUnit) && nx.w.unit == Unit::kHour) {
        Item p = first > sent_begin_ ? At(first - 1) : Item();
        if (p.w.Has(role::kTprep) || qmod == "APPROX") clock = true;
        // "trois heures du matin"
        Item de = At(nx.last + 1);
        if (de.ok && de.w.Has(role::kLink)) {
          Item x = At(de.last + 1);
          if (x.ok && x.w.Has(role::kDet)) x = At(x.last + 1);
          if (x.ok && x.w.Has(role::kPod) && !x.capitalized) clock = true;
        }
      }
      if (clock) {
        int h = 0, m = 0;
        uint32_t end = 0;
        if (ReadClock(n, &h, &m, &end)) {
          DateSpec s;
          s.hour = h;
          s.minute = m;
          s.mod = qmod;
          end = AttachDayAfterClock(end, &s);
          EmitDate(first, end, s);
          return end + 1;
        }
      }
    }
    // "deux fois par semaine", "three times a week"
    if (nx.ok && nx.w.Has(role::kTimes)) {
      Item p = At(nx.last + 1);
      if (p.ok && p.w.Has(role::kPer)) {
        Item u = At(p.last + 1);
        if (u.ok && u.w.Has(role::kUnit)) {
          EmitRaw(first, u.last, "SET", DurationValue(1, u.w.unit, u.w.unit_factor), "");
          return u.last + 1;
        }
      }
    }
    // "les trois derniers mois", "three last days"
    if (nx.ok && nx.w.Has(role::kRel) && (nx.w.rel == Rel::kLast || nx.w.rel == Rel::kNext)) {
      Item u = At(nx.last + 1);
      if (u.ok && u.w.Has(role::kUnit) && (u.w.Has(role::kPlural) || value != 1)) {
        EmitDuration(first, u.last, value, u.w.unit, u.w.unit_factor, qmod);
        return u.last + 1;
      }
    }
    // number + unit: duration, "il y a" handled elsewhere; "... ago"; "... plus tard"
    Item u = nx;
    if (digits && IsPunct(n.last + 1, '-') && InSent(n.last + 2) && !Tok(n.last + 2).Has(tf::kSpaceBefore)) {
      Item u2 = At(n.last + 2);  // "72-hour"
      if (u2.ok && u2.w.Has(role::kUnit) && !u2.w.Has(role::kPlural)) {
        EmitDuration(first, u2.last, value, u2.w.unit, u2.w.unit_factor, qmod);
        return u2.last + 1;
      }
    }
    if (u.ok && u.w.Has(role::kUnit) && !u.w.Has(role::kNum) && u.w.unit != Unit::kWeekend) {
      if (digits && n.num.kind != Num::kInt && n.num.kind != Num::kOrdinal) return 0;
      if (digits && n.num.kind == Num::kOrdinal) {
        if (u.w.unit != Unit::kCentury) return 0;
        DateSpec s;  // "the 12th century"
        s.century = value - 1;
        s.mod = qmod;
        EmitDate(first, u.last, s);
        return u.last + 1;
      }
      if (value < 0 && u.w.unit == Unit::kYear && u.w.Has(role::kPlural)) {
        Item dn = At(u.last + 1);
        if (dn.ok && dn.number) return 0;
      }
      if (u.w.unit == Unit::kQuarter && value == 1) {
        Item of = At(u.last + 1);
        if (of.ok && of.w.Has(role::kLink)) return 0;  // "a quarter of the staff"
      }
      if (u.capitalized && !SentenceStart(u.first)) return 0;  // "20 Minutes"
      if (n.w.Has(role::kOrd) && !n.w.Has(role::kNum)) return 0;
      if (u.w.Has(role::kOrd) && (value == 1) && !english_) {
        // "une seconde explosion"
        Item after = At(u.last + 1);
        if (after.ok && after.word && after.w.roles == 0) return 0;
      }
      if (u.w.Has(role::kOrd) && english_ && value == 1) {
        Item after = At(u.last + 1);
        if (after.ok && after.word && after.w.roles == 0) return 0;
      }
      int amount = value;
      uint32_t last = u.last;
      Item after = At(last + 1);
      const Item& et = after;  // "un an et demi"
      if (after.ok && after.w.Has(role::kAgo) && english_) {
        EmitCountedBack(first, after.last, amount, u.w.unit, u.w.unit_factor, -1, false);
        return after.last + 1;
      }
      if (after.ok && after.w.Has(role::kLater) && !IsTimeUnit(u.w.unit)) {
        EmitCountedBack(first, after.last, amount, u.w.unit, u.w.unit_factor, after.w.later, true);
        return after.last + 1;
      }
      if (et.ok && (TokIs(et.first, "et") || TokIs(et.first, "and"))) {
        uint32_t j = et.last + 1;
        if (TokIs(j, "a")) ++j;
        Item half = At(j);
        if (half.ok && half.w.Has(role::kHalf) && amount >= 0) {
          std::string v;
          if (u.w.unit == Unit::kHour) {
            v = "PT" + std::to_string(amount) + "H30M";
          } else if (u.w.unit == Unit::kYear) {
            v = "P" + std::to_string(amount * 12 + 6) + "M";
          } else if (u.w.unit == Unit::kMinute) {
            v = "PT" + std::to_string(amount) + "M30S";
          } else if (u.w.unit == Unit::kDay) {
            v = "P" + std::to_string(amount) + "DT12H";
          }
          if (!v.empty()) {
            EmitRaw(first, half.last, "DURATION", v, qmod);
            return half.last + 1;
          }
        }
      }
      EmitDuration(first, last, amount, u.w.unit, u.w.unit_factor, qmod);
      return last + 1;
    }
    // a bare year: "en 2024", "since 1998", "de 2025 à 2030"
    if (digits && n.num.kind == Num::kInt && n.num.digits == 4 && value >= 1000 && value <= 2099 &&
        first > sent_begin_) {
      Item p = At(first - 1);
      if (!qmod.empty()) return 0;
      Item after = At(n.last + 1);
      if (after.ok && after.word && !after.capitalized) {
        const MorphAnalysis& am = Tok(after.first).morph;
        if (am.pos == PartOfSpeech::kNoun && am.number == GramNumber::kPlural) return 0;  // 1500 invités
      }
      bool licensed = p.w.Has(role::kYprep) || p.w.Has(role::kDet) || FoldedAt(first - 1) == "'s";
      if (!licensed && value >= 1900) {
        const Token& pt = Tok(first - 1);
        bool prev_ok = pt.kind == TokenKind::kPunct ? !IsPunct(first - 1, '$')
                                                    : (pt.kind == TokenKind::kWord && !pt.Has(tf::kCapitalized));
        bool next_ok = !after.ok || !after.number;
        licensed = prev_ok && next_ok && pt.kind != TokenKind::kSymbol;
      }
      if (!licensed && first >= sent_begin_ + 2) {
        // "jusqu'en", "d'ici"
        Item p2 = At(first - 2);
        if (p2.ok && p2.last == first - 1 && p2.w.Has(role::kYprep)) licensed = true;
      }
      if (licensed && value % 10 == 0 && InSent(n.last + 1) && !Tok(n.last + 1).Has(tf::kSpaceBefore) &&
          FoldedAt(n.last + 1) == "'s") {
        DateSpec s;  // "the 1930's"
        s.decade = value / 10;
        EmitDate(first, n.last + 1, s);
        return n.last + 2;
      }
      if (licensed) {
        DateSpec s;
        s.year = value;
        s.mod = qmod;
        EmitDate(first, n.last, s);
        return n.last + 1;
      }
    }
    return 0;
  }

  // "26/02/2025", "2025-02-14", "12/02", "04/02/2025" (en-US month first).
  uint32_t NumericDate(const Item& n, uint32_t first) {
    const Num& x = n.num;
    DateSpec s;
    if (x.groups == 3) {
      if (x.digits == 4) {
        s.year = x.a;
        s.month = x.b;
        s.day = x.c;
      } else {
        int y = x.c;
        if (y < 100) y += y < 50 ? 2000 : 1900;
        s.year = y;
        if (english_ && x.b <= 31 && x.a <= 12 && x.sep == '/') {
          s.month = x.a;
          s.day = x.b;
        } else {
          s.day = x.a;
          s.month = x.b;
        }
      }
    } else if (x.groups == 2 && x.sep == '/') {
      if (english_ && x.a <= 12) {
        s.month = x.a;
        s.day = x.b;
      } else {
        s.day = x.a;
        s.month = x.b;
      }
    } else {
      return 0;
    }
    if (!timex::IsValidDay(s.year > 0 ? s.year : 2024, s.month, s.day)) return 0;
    uint32_t last = TryAttachTime(n.last, &s);
    EmitDate(first, last, s);
    return last + 1;
  }

  const Resources& impl_;
  Document* doc_;
  const std::vector<Token>* toks_ = nullptr;
  bool english_ = false;
  int li_ = 0;
  uint32_t sent_begin_ = 0, sent_end_ = 0;
  Dct dct_;
  struct Anchor {
    int year = -1, month = -1, day = -1;
  } anchor_, saved_anchor_;
  std::string fold_;
  std::string key_;
  static constexpr uint32_t kCacheSize = 16;
  struct CacheSlot {
    bool valid = false;
    uint32_t index = 0;
    Item item;
  };
  CacheSlot cache_[kCacheSize];
  bool tense_cached_ = false;
  uint32_t cached_first_ = 0;
  Tense3 cached_tense_ = Tense3::kUnknown;

 public:
  // Light tokenization of the header lines the pipeline did not tokenize.
  static void HeaderTokens(const Document& doc, std::vector<Token>* out) {
    out->clear();
    const DecodedText& t = doc.decoded;
    uint32_t end = std::min(doc.meta.body.start, t.size());
    if (doc.meta.body.empty() && doc.meta.body.start == 0) return;
    uint32_t i = 0;
    bool space_before = true;
    while (i < end) {
      auto covered = [&](uint32_t k) {
        const Span& h = doc.meta.headline_span;
        return !h.empty() && k >= h.start && k < h.end;
      };
      if (covered(i) || t.Is(i, cc::kSpace)) {
        space_before = true;
        ++i;
        continue;
      }
      Token tok;
      uint32_t s = i;
      if (t.Is(i, cc::kDigit)) {
        while (i < end && (t.Is(i, cc::kAlnum) ||
                           ((t.at(i) == '/' || t.at(i) == ':' || t.at(i) == '.' || t.at(i) == '-') &&
                            i + 1 < end && t.Is(i + 1, cc::kDigit)))) {
          ++i;
        }
        tok.kind = TokenKind::kNumber;
      } else if (t.Is(i, cc::kLetter)) {
        while (i < end && (t.Is(i, cc::kLetter | cc::kMark) ||
                           (t.Is(i, cc::kApostrophe) && i + 1 < end && t.Is(i + 1, cc::kLetter)))) {
          ++i;
        }
        if (i < end && t.Is(i, cc::kApostrophe)) ++i;
        tok.kind = TokenKind::kWord;
        if (t.Is(s, cc::kUpper)) tok.flags |= tf::kCapitalized;
      } else {
        ++i;
        tok.kind = TokenKind::kPunct;
      }
      tok.span = Span{s, i};
      if (space_before) tok.flags |= tf::kSpaceBefore;
      space_before = false;
      out->push_back(tok);
    }
  }
};

}  // namespace

struct TimexTagger::Impl {
  Resources res;
};

TimexTagger::TimexTagger() : impl_(std::make_unique<Impl>()) {}
TimexTagger::~TimexTagger() = default;

Result<std::unique_ptr<TimexTagger>> TimexTagger::Create(const std::string& data_dir) {
  std::unique_ptr<TimexTagger> tagger(new TimexTagger());
  const char* names[2] = {"/timex_fr.lex", "/timex_en.lex"};
  for (int l = 0; l < 2; ++l) {
    Result<Lexicon> lex = Lexicon::Open(data_dir + names[l], kLexiconKind);
    if (!lex.ok()) return lex.status();
    Resources& impl = tagger->impl_->res;
    impl.lex[l] = std::move(lex).value();
    // Proper prefixes of phrase keys, at token boundaries (a space, or after an
    // apostrophe that ends an elided token).
    std::vector<std::string>& pre = impl.prefixes[l];
    for (uint32_t e = 0; e < impl.lex[l].size(); ++e) {
      std::string_view key = impl.lex[l].KeyAt(e);
      impl.max_phrase_bytes[l] = std::max(impl.max_phrase_bytes[l], key.size());
      for (size_t k = 0; k < key.size(); ++k) {
        if (key[k] == ' ') {
          pre.emplace_back(key.substr(0, k));
        } else if (key[k] == '\'' && k + 1 < key.size() && key[k + 1] != ' ') {
          pre.emplace_back(key.substr(0, k + 1));
          if (k > 0) pre.emplace_back(key.substr(0, k));  // "year" + "'s"
        }
      }
    }
    std::sort(pre.begin(), pre.end());
    pre.erase(std::unique(pre.begin(), pre.end()), pre.end());
    for (const std::string& p : pre) {
      impl.prefix_set[l].insert(p);
      impl.max_prefix_bytes[l] = std::max(impl.max_prefix_bytes[l], p.size());
    }
  }
  return tagger;
}

void TimexTagger::Tag(Document* doc) const {
  Run run(impl_->res, doc);
  // Header lines outside the tokenized regions (provider and time-stamp lines).
  if (doc->meta.body.start > 0) {
    std::vector<Token> header;
    Run::HeaderTokens(*doc, &header);
    if (!header.empty()) run.TagTokens(header, 0, static_cast<uint32_t>(header.size()));
  }
  if (doc->sentences.empty()) {
    run.TagTokens(doc->tokens, 0, static_cast<uint32_t>(doc->tokens.size()));
  } else {
    for (size_t s = 0; s < doc->sentences.size(); ++s) {
      if (s % 64 == 0 && DeadlinePassed()) break;  // the pipeline drops the partial result
      run.TagTokens(doc->tokens, doc->sentences[s].token_begin, doc->sentences[s].token_end);
    }
  }
  std::stable_sort(doc->timexes.begin(), doc->timexes.end(),
                   [](const Timex& a, const Timex& b) { return a.span.start < b.span.start; });
}

}  // namespace chancery

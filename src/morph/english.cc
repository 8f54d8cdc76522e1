// English morphology: morph-en.lex (irregular verbs, closed-class words, regular verb
// bases, words the rules must leave alone) and suffix rules for regular inflection.
//
// morph-en value encoding (text, compiled by `lexc tsv --multi` from
// data/lexicons/morph/en_*.tsv): one or more lines `LEMMA<TAB>READING[;READING...]`; a
// reading is a part of speech (NOUN PROPN VERB AUX ADJ ADV PRON DET ADP CONJ SCONJ NUM
// INTJ PART) followed by space-separated features: Inf Fin Ger Part (verb form; Ger is
// the -ing participle), Pres Past Imperf Fut Cond (tense), Ind Sub Imp (mood), 1 2 3,
// Sg Pl, Masc Fem, and the tags Subj Neg Modal Poss. Lemmas are views into the lexicon.
// A verb base the lexicon gives no noun or adjective reading also reads as a noun
// (tagged kTagDerived: "a phone call", "the visit"), which context must favour.
//
// Rules, tried when the lexicon does not know the word: -'s (possessive), -ies/-es/-s
// (plural noun, or 3sg present of a known verb), -ied/-ed (past and past participle),
// -ing (present participle, or a noun). Candidate stems are checked against the lexicon
// ("hoped" -> hope, "helped" -> help, "planned" -> plan, "denied" -> deny), also behind a
// verb prefix ("recalled" -> recall, "reopens" -> reopen); failing that, spelling
// heuristics restore a final e or undo a doubled consonant. A hyphenated word reads as its
// last part ("test-fired" -> test-fire) and as an adjective ("three-day"). Otherwise the
// part of speech is guessed from the suffix.
#include <algorithm>
#include <cstring>
#include <string_view>

#include "morph/internal.h"

namespace chancery::morph_internal {
namespace {

// Compared from the last byte: most tries fail there, without a memcmp call.
inline bool EndsWith(std::string_view s, std::string_view suffix) {
  if (s.size() < suffix.size()) return false;
  const char* a = s.data() + s.size();
  const char* b = suffix.data() + suffix.size();
  for (size_t k = suffix.size(); k > 0; --k) {
    if (*--a != *--b) return false;
  }
  return true;
}

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }
bool IsConsonant(char c) { return c >= 'a' && c <= 'z' && !IsVowel(c); }

int VowelGroups(std::string_view s) {
  int groups = 0;
  bool in = false;
  for (char c : s) {
    bool v = IsVowel(c) || (c == 'y' && groups > 0);
    if (v && !in) ++groups;
    in = v;
  }
  return groups;
}

bool AllAsciiLetters(std::string_view s) {
  for (char c : s) {
    if (c < 'a' || c > 'z') return false;
  }
  return !s.empty();
}

// Applies one feature word of a reading.
void ApplyCode(std::string_view code, Reading* r) {
  MorphAnalysis& m = r->m;
  switch (code.size()) {
    case 1:
      if (code[0] >= '1' && code[0] <= '3') m.person = static_cast<uint8_t>(code[0] - '0');
      return;
    default:
      break;
  }
  if (code == "NOUN") m.pos = PartOfSpeech::kNoun;
  else if (code == "PROPN") m.pos = PartOfSpeech::kProperNoun;
  else if (code == "VERB") m.pos = PartOfSpeech::kVerb;
  else if (code == "AUX") m.pos = PartOfSpeech::kAuxiliary;
  else if (code == "ADJ") m.pos = PartOfSpeech::kAdjective;
  else if (code == "ADV" || code == "PART") m.pos = PartOfSpeech::kAdverb;
  else if (code == "PRON") m.pos = PartOfSpeech::kPronoun;
  else if (code == "DET") m.pos = PartOfSpeech::kDeterminer;
  else if (code == "ADP") m.pos = PartOfSpeech::kPreposition;
  else if (code == "CONJ" || code == "SCONJ") m.pos = PartOfSpeech::kConjunction;
  else if (code == "NUM") m.pos = PartOfSpeech::kNumeral;
  else if (code == "INTJ") m.pos = PartOfSpeech::kInterjection;
  else if (code == "Inf") m.verb_form = VerbForm::kInfinitive;
  else if (code == "Fin") m.verb_form = VerbForm::kFinite;
  else if (code == "Ger") m.verb_form = VerbForm::kPresentParticiple;
  else if (code == "Part") m.verb_form = VerbForm::kPastParticiple;
  else if (code == "Pres") m.tense = Tense::kPresent;
  else if (code == "Past") m.tense = Tense::kPast;
  else if (code == "Imperf") m.tense = Tense::kImperfect;
  else if (code == "Fut") m.tense = Tense::kFuture;
  else if (code == "Cond") m.tense = Tense::kConditional;
  else if (code == "Ind") m.mood = Mood::kIndicative;
  else if (code == "Sub") m.mood = Mood::kSubjunctive;
  else if (code == "Imp") m.mood = Mood::kImperative;
  else if (code == "Sg") m.number = GramNumber::kSingular;
  else if (code == "Pl") m.number = GramNumber::kPlural;
  else if (code == "Masc") m.gender = Gender::kMasculine;
  else if (code == "Fem") m.gender = Gender::kFeminine;
  else if (code == "Subj") r->tags |= kTagSubject;
  else if (code == "Neg") r->tags |= kTagNegation;
  else if (code == "Modal") r->tags |= kTagModal;
  else if (code == "Poss") r->tags |= kTagPossessive;
}

size_t ParseValue(std::string_view value, Reading* out, size_t n, size_t max) {
  while (!value.empty()) {
    size_t nl = value.find('\n');
    std::string_view line = value.substr(0, nl);
    value = nl == std::string_view::npos ? std::string_view() : value.substr(nl + 1);
    size_t tab = line.find('\t');
    if (tab == std::string_view::npos) continue;
    std::string_view lemma = line.substr(0, tab);
    std::string_view readings = line.substr(tab + 1);
    while (!readings.empty()) {
      size_t semi = readings.find(';');
      std::string_view one = readings.substr(0, semi);
      readings = semi == std::string_view::npos ? std::string_view() : readings.substr(semi + 1);
      Reading r;
      r.m.lemma = lemma;
      while (!one.empty()) {
        size_t sp = one.find(' ');
        ApplyCode(one.substr(0, sp), &r);
        one = sp == std::string_view::npos ? std::string_view() : one.substr(sp + 1);
      }
      if (r.m.pos == PartOfSpeech::kUnknown) continue;
      if (r.m.pos == PartOfSpeech::kAuxiliary && (lemma == "be" || lemma == "have" || lemma == "do")) {
        r.tags |= kTagAuxLemma;
      }
      n = PushReading(r, out, n, max);
    }
  }
  return n;
}

// Heuristic: does the -ed/-ing stem `s` (without its ending) need its final e back?
bool NeedsE(std::string_view s) {
  size_t n = s.size();
  if (n < 2) return false;
  char last = s[n - 1], prev = s[n - 2];
  if (last == 'v' || last == 'u' || last == 'c' || last == 'z') return !(last == 'z' && prev == 'z');
  if (last == 's') return prev != 's';
  if (last == 'g') return prev != 'n' && prev != 'g';
  if (last == 't' && prev == 'a') return n < 3 || (s[n - 3] != 'e' && s[n - 3] != 'o');
  if (last == 'l') return std::strchr("bcdfgkptz", prev) != nullptr;
  if (last == 'r' && (prev == 'a' || prev == 'i' || prev == 'o' || prev == 'u')) {
    return n >= 3 && IsConsonant(s[n - 3]);
  }
  // No English word ends in consonant + r: massacred, centred, manoeuvred.
  if (last == 'r') return IsConsonant(prev) && prev != 'r';
  // An undoubled CVC monosyllable had an e: hoped, voted, named (stopped doubles).
  if (IsConsonant(last) && last != 'w' && last != 'x' && last != 'y' && IsVowel(prev) &&
      (n < 3 || !IsVowel(s[n - 3])) && VowelGroups(s) == 1) {
    return true;
  }
  return false;
}

// Heuristic: is the stem's final doubled consonant an inflection artefact (planned)?
bool ShouldUndouble(std::string_view s) {
  size_t n = s.size();
  if (n < 4 || s[n - 1] != s[n - 2] || !IsConsonant(s[n - 1])) return false;
  char c = s[n - 1];
  if (c == 's' || c == 'z' || c == 'f') return false;
  if (c == 'l') return VowelGroups(s.substr(0, n - 1)) >= 2 && IsVowel(s[n - 3]);
  return IsVowel(s[n - 3]);
}

// Length of a verb prefix `w` starts with, leaving at least four letters ("recall",
// "reopen", "cooperate", "outnumber"); 0 if none.
size_t VerbPrefix(std::string_view w) {
  static constexpr std::string_view kPrefixes[] = {"re", "un", "dis", "over", "out", "under", "mis",
                                                   "co", "counter", "pre", "de"};
  for (std::string_view p : kPrefixes) {
    if (w.size() >= p.size() + 4 && w.substr(0, p.size()) == p) return p.size();
  }
  return 0;
}

struct Candidates {
  char buf[4][kMaxWordBytes];
  std::string_view items[4];
  int count = 0;
  void Add(std::string_view a, std::string_view b = {}) {
    if (count == 4 || a.size() + b.size() > kMaxWordBytes || a.size() + b.size() < 2) return;
    // memcpy from an empty view's null data() is undefined even for 0 bytes (UBSan).
    if (!a.empty()) std::memcpy(buf[count], a.data(), a.size());
    if (!b.empty()) std::memcpy(buf[count] + a.size(), b.data(), b.size());
    items[count] = std::string_view(buf[count], a.size() + b.size());
    ++count;
  }
};

// Zero derivation: a verb base the lexicon gives as neither noun nor adjective also
// reads as a noun ("a phone call", "the visit"), tagged kTagDerived (a low prior;
// context must call for a noun). Auxiliaries, modals and closed-class words are left.
// Whether key is the -s / -es / -ies form of lemma ("strikes" of strike, "flies" of fly).
bool IsSFormOf(std::string_view key, std::string_view lemma) {
  if (key.size() == lemma.size() + 1) return key.substr(0, lemma.size()) == lemma && key.back() == 's';
  if (key.size() == lemma.size() + 2 && key.substr(0, lemma.size()) == lemma) return key.substr(lemma.size()) == "es";
  return key.size() == lemma.size() + 2 && !lemma.empty() && lemma.back() == 'y' &&
         key.substr(0, lemma.size() - 1) == lemma.substr(0, lemma.size() - 1) && key.substr(lemma.size() - 1) == "ies";
}

// The noun reading of a verb the lexicon lists only as a verb: its base is a singular noun
// ("a strike", "the visit"), its third-person -s form a plural ("Israeli strikes killed",
// "the fights"). Auxiliaries and modals (has, does, is, can) and "say"/"go" have none.
size_t AddDerivedNoun(std::string_view key, Reading* r, size_t n) {
  if (n == 0 || n >= kMaxReadings) return n;
  const Reading* base = nullptr;
  GramNumber number = GramNumber::kSingular;
  for (size_t j = 0; j < n; ++j) {
    const MorphAnalysis& m = r[j].m;
    if (m.pos != PartOfSpeech::kVerb) return n;
    if (m.verb_form == VerbForm::kInfinitive && m.lemma == key && !(r[j].tags & kTagModal)) {
      base = &r[j];
      number = GramNumber::kSingular;
    } else if (base == nullptr && m.verb_form == VerbForm::kFinite && m.tense == Tense::kPresent && m.person == 3 &&
               !(r[j].tags & (kTagModal | kTagAuxLemma)) && IsSFormOf(key, m.lemma) && m.lemma != "say" && m.lemma != "go" && m.lemma != "have" && m.lemma != "do") {
      base = &r[j];
      number = GramNumber::kPlural;
    }
  }
  if (base == nullptr) return n;
  Reading d;
  d.m.lemma = base->m.lemma;
  d.m.pos = PartOfSpeech::kNoun;
  d.m.number = number;
  d.tags = kTagDerived;
  r[n] = d;
  return n + 1;
}

}  // namespace

size_t PushReading(const Reading& r, Reading* out, size_t n, size_t max) {
  for (size_t i = 0; i < n && i < max; ++i) {
    const MorphAnalysis& a = out[i].m;
    if (a.lemma == r.m.lemma && a.pos == r.m.pos && a.verb_form == r.m.verb_form &&
        a.tense == r.m.tense && a.mood == r.m.mood && a.person == r.m.person &&
        a.number == r.m.number && a.gender == r.m.gender) {
      out[i].tags |= r.tags;
      return n;
    }
  }
  if (n < max) out[n] = r;
  return n + 1;
}

Status EnglishLexicon::Init(Lexicon lexicon) {
  lex_ = std::move(lexicon);
  if (!lex_.Find("the")) return Status::Corruption("morph-en: lexicon lacks closed-class words");
  parsed_.clear();
  first_.assign(lex_.size(), 0);
  count_.assign(lex_.size(), 0);
  Reading tmp[kMaxReadings];
  for (uint32_t i = 0; i < lex_.size(); ++i) {
    size_t n = ParseValue(lex_.ValueAt(i), tmp, 0, kMaxReadings);
    n = AddDerivedNoun(lex_.KeyAt(i), tmp, n);
    first_[i] = static_cast<uint32_t>(parsed_.size());
    count_[i] = static_cast<uint32_t>(n);
    for (size_t j = 0; j < n && j < kMaxReadings; ++j) parsed_.push_back(tmp[j]);
  }
  return Status::Ok();
}

const Reading* EnglishLexicon::Parsed(std::string_view lower, uint32_t* total) const {
  std::optional<uint32_t> i = lex_.FindIndex(lower);
  if (!i) {
    *total = 0;
    return nullptr;
  }
  *total = count_[*i];
  return parsed_.data() + first_[*i];
}

size_t EnglishLexicon::LookupExact(std::string_view lower, Reading* out, size_t max) const {
  std::optional<uint32_t> i = lex_.FindIndex(lower);
  if (!i) return 0;
  uint32_t n = count_[*i];
  // Parsed without truncation and fits: the same readings ParseValue would give.
  if (n <= kMaxReadings && n <= max) {
    const Reading* src = parsed_.data() + first_[*i];
    for (uint32_t j = 0; j < n; ++j) out[j] = src[j];
    return n;
  }
  return ParseValue(lex_.ValueAt(*i), out, 0, max);
}

size_t EnglishLexicon::Lookup(std::string_view lower, Reading* out, size_t max, Arena* arena) const {
  size_t n = LookupExact(lower, out, max);
  if (n > 0) return n;
  return LookupRules(lower, out, max, arena);
}

size_t EnglishLexicon::HyphenatedRules(std::string_view lower, size_t dash, Reading* out, size_t max,
                                       Arena* arena) const {
  // The last part's readings with the whole word as lemma prefix ("test-fired" ->
  // test-fire), closed-class readings aside; and an adjective ("long-range", "pro-Russian").
  // After a numeral only the adjective ("three-day"), unless both are numerals.
  std::string_view head = lower.substr(0, dash + 1);
  std::string_view last = lower.substr(dash + 1);
  std::string_view first = lower.substr(0, lower.find('-'));
  Reading parts[kMaxReadings];
  auto is_num = [&](std::string_view w) {
    uint32_t k = 0;
    const Reading* found = Parsed(w, &k);
    for (size_t j = 0; j < k && j < kMaxReadings; ++j) {
      if (found[j].m.pos == PartOfSpeech::kNumeral) return true;
    }
    return false;
  };
  const bool num_first = is_num(first) || (!first.empty() && first[0] >= '0' && first[0] <= '9');
  size_t n = 0;
  size_t k = 0;
  if (!num_first || is_num(last)) k = std::min(Lookup(last, parts, kMaxReadings, arena), kMaxReadings);
  char buf[kMaxWordBytes];
  for (size_t j = 0; j < k; ++j) {
    Reading r = parts[j];
    PartOfSpeech p = r.m.pos;
    if (p != PartOfSpeech::kNoun && p != PartOfSpeech::kVerb && p != PartOfSpeech::kAdjective &&
        p != PartOfSpeech::kNumeral && p != PartOfSpeech::kAdverb) {
      continue;
    }
    if (head.size() + r.m.lemma.size() > sizeof(buf)) continue;
    std::memcpy(buf, head.data(), head.size());
    std::memcpy(buf + head.size(), r.m.lemma.data(), r.m.lemma.size());
    r.m.lemma = arena->Store(std::string_view(buf, head.size() + r.m.lemma.size()));
    r.tags &= static_cast<uint8_t>(~kTagDerived);
    n = PushReading(r, out, n, max);
  }
  Reading adj;
  adj.m.lemma = arena->Store(lower);
  adj.m.pos = PartOfSpeech::kAdjective;
  return PushReading(adj, out, n, max);
}

size_t EnglishLexicon::LookupRules(std::string_view lower, Reading* out, size_t max, Arena* arena) const {
  size_t n = 0;
  if (EndsWith(lower, "'s") && lower.size() > 2) {
    return Lookup(lower.substr(0, lower.size() - 2), out, max, arena);
  }
  if (arena == nullptr) return 0;
  if (size_t dash = lower.rfind('-'); dash != std::string_view::npos && dash > 0 && dash + 2 < lower.size() &&
                                      lower.find('\'') == std::string_view::npos) {
    return HyphenatedRules(lower, dash, out, max, arena);
  }
  if (!AllAsciiLetters(lower) || lower.size() < 3) return 0;

  // The lemma of the first candidate that the lexicon knows as a verb (readings read
  // in place from the parsed table: what LookupExact would copy out); failing that, of
  // the first that is a known verb behind a verb prefix (re-call, co-operate).
  auto known_verb = [&](std::string_view w, std::string_view* lemma) {
    uint32_t k = 0;
    const Reading* found = Parsed(w, &k);
    for (size_t j = 0; j < k && j < kMaxReadings; ++j) {
      const MorphAnalysis& m = found[j].m;
      if ((m.pos == PartOfSpeech::kVerb || m.pos == PartOfSpeech::kAuxiliary) &&
          m.verb_form == VerbForm::kInfinitive) {
        *lemma = m.lemma;
        return true;
      }
    }
    return false;
  };
  auto verb_lemma = [&](const Candidates& c, std::string_view* lemma) {
    for (int i = 0; i < c.count; ++i) {
      if (known_verb(c.items[i], lemma)) return true;
    }
    for (int i = 0; i < c.count; ++i) {
      size_t p = VerbPrefix(c.items[i]);
      std::string_view base;
      if (p > 0 && known_verb(c.items[i].substr(p), &base) && base == c.items[i].substr(p)) {
        *lemma = arena->Store(c.items[i]);
        return true;
      }
    }
    return false;
  };
  auto push = [&](std::string_view lemma, PartOfSpeech pos, VerbForm form, Tense tense,
                  uint8_t person, GramNumber number) {
    Reading r;
    r.m.lemma = lemma;
    r.m.pos = pos;
    r.m.verb_form = form;
    r.m.tense = tense;
    if (form == VerbForm::kFinite) r.m.mood = Mood::kIndicative;
    r.m.person = person;
    r.m.number = number;
    n = PushReading(r, out, n, max);
  };
  size_t len = lower.size();

  if (len >= 4 && EndsWith(lower, "ed")) {
    std::string_view s = lower.substr(0, len - 2);
    if (VowelGroups(s) > 0) {
      Candidates c;
      if (EndsWith(lower, "ied") && len > 4) c.Add(lower.substr(0, len - 3), "y");
      c.Add(lower.substr(0, len - 1));
      c.Add(s);
      if (s.size() >= 3 && s[s.size() - 1] == s[s.size() - 2]) c.Add(s.substr(0, s.size() - 1));
      std::string_view lemma;
      if (!verb_lemma(c, &lemma)) {
        Candidates h;
        if (EndsWith(lower, "ied") && len > 4) h.Add(lower.substr(0, len - 3), "y");
        else if (EndsWith(lower, "eed")) h.Add(lower.substr(0, len - 1));
        else if (ShouldUndouble(s)) h.Add(s.substr(0, s.size() - 1));
        else if (NeedsE(s)) h.Add(s, "e");
        else h.Add(s);
        if (h.count == 0) return 0;
        lemma = arena->Store(h.items[0]);
      }
      push(lemma, PartOfSpeech::kVerb, VerbForm::kFinite, Tense::kPast, 0, GramNumber::kNone);
      push(lemma, PartOfSpeech::kVerb, VerbForm::kPastParticiple, Tense::kNone, 0, GramNumber::kNone);
      push(arena->Store(lower), PartOfSpeech::kAdjective, VerbForm::kNone, Tense::kNone, 0,
           GramNumber::kNone);
      return n;
    }
  }
  if (len >= 5 && EndsWith(lower, "ing")) {
    std::string_view s = lower.substr(0, len - 3);
    if (VowelGroups(s) > 0) {
      Candidates c;
      c.Add(s);
      if (EndsWith(s, "y")) c.Add(s.substr(0, s.size() - 1), "ie");
      c.Add(s, "e");
      if (s.size() >= 3 && s[s.size() - 1] == s[s.size() - 2]) c.Add(s.substr(0, s.size() - 1));
      std::string_view lemma;
      if (!verb_lemma(c, &lemma)) {
        Candidates h;
        if (ShouldUndouble(s)) h.Add(s.substr(0, s.size() - 1));
        else if (NeedsE(s)) h.Add(s, "e");
        else h.Add(s);
        if (h.count == 0) return 0;
        lemma = arena->Store(h.items[0]);
      }
      push(lemma, PartOfSpeech::kVerb, VerbForm::kPresentParticiple, Tense::kNone, 0, GramNumber::kNone);
      push(arena->Store(lower), PartOfSpeech::kNoun, VerbForm::kNone, Tense::kNone, 0, GramNumber::kSingular);
      return n;
    }
  }
  if (len >= 3 && lower.back() == 's' && !EndsWith(lower, "ss") && !EndsWith(lower, "us") &&
      !EndsWith(lower, "is")) {
    Candidates c;
    if (EndsWith(lower, "ies") && len > 4) c.Add(lower.substr(0, len - 3), "y");
    if (EndsWith(lower, "ches") || EndsWith(lower, "shes") || EndsWith(lower, "xes") ||
        EndsWith(lower, "sses") || EndsWith(lower, "zzes") || EndsWith(lower, "oes")) {
      c.Add(lower.substr(0, len - 2));
    }
    c.Add(lower.substr(0, len - 1));
    std::string_view lemma;
    bool verb = verb_lemma(c, &lemma);
    if (!verb) {
      // A noun stem the lexicon knows (closed class aside), else the first candidate.
      lemma = c.count > 0 ? c.items[0] : std::string_view();
      for (int i = 0; i < c.count; ++i) {
        uint32_t k = 0;
        const Reading* found = Parsed(c.items[i], &k);
        if (k > 0 && k <= kMaxReadings) {
          lemma = found[0].m.lemma;
          break;
        }
      }
      if (lemma.empty()) return 0;
      lemma = arena->Store(lemma);
    }
    push(lemma, PartOfSpeech::kNoun, VerbForm::kNone, Tense::kNone, 0, GramNumber::kPlural);
    // The 3sg present only for a verb the lexicon knows ("talks"; not "songs").
    if (verb) push(lemma, PartOfSpeech::kVerb, VerbForm::kFinite, Tense::kPresent, 3, GramNumber::kSingular);
    return n;
  }
  // Guess from the suffix; the lemma is the word itself.
  std::string_view lemma = arena->Store(lower);
  // A known verb behind a prefix ("reopen", "recall"): the verb and its derived noun.
  if (size_t p = VerbPrefix(lower); p > 0) {
    std::string_view base;
    if (known_verb(lower.substr(p), &base) && base == lower.substr(p)) {
      push(lemma, PartOfSpeech::kVerb, VerbForm::kInfinitive, Tense::kNone, 0, GramNumber::kNone);
      push(lemma, PartOfSpeech::kVerb, VerbForm::kFinite, Tense::kPresent, 0, GramNumber::kNone);
      Reading d;
      d.m.lemma = lemma;
      d.m.pos = PartOfSpeech::kNoun;
      d.m.number = GramNumber::kSingular;
      d.tags = kTagDerived;
      n = PushReading(d, out, n, max);
      return n;
    }
  }
  static constexpr std::string_view kNounSuffixes[] = {
      "tion", "sion", "ment", "ness", "ity", "ship", "ism", "ist", "ance", "ence", "hood",
      "dom", "age", "ery", "er", "or", "ure", "ian"};
  static constexpr std::string_view kAdjSuffixes[] = {
      "ous", "ful", "ive", "able", "ible", "al", "ic", "ish", "less", "ary", "ese", "ent", "ant"};
  static constexpr std::string_view kVerbSuffixes[] = {"ize", "ise", "ify", "ate"};
  if (len > 4 && EndsWith(lower, "ly")) {
    push(lemma, PartOfSpeech::kAdverb, VerbForm::kNone, Tense::kNone, 0, GramNumber::kNone);
    return n;
  }
  for (std::string_view suf : kNounSuffixes) {
    if (len > suf.size() + 2 && EndsWith(lower, suf)) {
      push(lemma, PartOfSpeech::kNoun, VerbForm::kNone, Tense::kNone, 0, GramNumber::kSingular);
      return n;
    }
  }
  for (std::string_view suf : kAdjSuffixes) {
    if (len > suf.size() + 2 && EndsWith(lower, suf)) {
      push(lemma, PartOfSpeech::kAdjective, VerbForm::kNone, Tense::kNone, 0, GramNumber::kNone);
      return n;
    }
  }
  for (std::string_view suf : kVerbSuffixes) {
    if (len > suf.size() + 2 && EndsWith(lower, suf)) {
      push(lemma, PartOfSpeech::kVerb, VerbForm::kInfinitive, Tense::kNone, 0, GramNumber::kNone);
      push(lemma, PartOfSpeech::kVerb, VerbForm::kFinite, Tense::kPresent, 0, GramNumber::kNone);
      // -ate is as often a noun (consulate, candidate, mandate): a plain noun reading.
      if (suf == "ate") push(lemma, PartOfSpeech::kNoun, VerbForm::kNone, Tense::kNone, 0, GramNumber::kSingular);
      return n;
    }
  }
  push(lemma, PartOfSpeech::kNoun, VerbForm::kNone, Tense::kNone, 0, GramNumber::kSingular);
  return n;
}

}  // namespace chancery::morph_internal

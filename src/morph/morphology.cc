// Morphology: lookup (morph/french.cc, morph/english.cc) and the choice of one reading
// per token from its neighbours.
//
// Lexicons. morph-fr.lex (kind "morph-fr"): key = form lower-cased with accents kept;
// value = repeated group { varint lemma_index; varint n; n x varint feature_id }, where
// the lemma is the lexicon's own key number lemma_index and feature ids index the
// 8-byte feature sets stored under the key "\0features" (pos, verb_form, tense, mood,
// person, number, gender, tags). Written by tools/lexc/morph_fr.cc, read by
// morph/french.cc. morph-en.lex (kind "morph-en"): text lines `LEMMA<TAB>READINGS`, see
// morph/english.cc.
//
// Choice. Each reading gets a prior (closed-class words first, then nouns and verbs,
// rare moods and persons last) plus context bonuses from the reading chosen for the
// previous word and from an "anchor" found by looking back over adverbs and clitics:
// after a determiner a noun or adjective; after a subject pronoun, a preverbal clitic or
// "ne" a finite verb; after a form of avoir/être/have/be a past participle (and be +
// -ing); after a modal, "to" or a finite verb an infinitive; a capitalised word inside a
// sentence a proper noun. The next word's readings settle le/la/les (determiner before a
// noun, pronoun before a verb). The scan is greedy, left to right, no backtracking.
// avoir/have become kAuxiliary when a participle leans on them; être/be always are.
//
// Speed. A token's readings depend only on its bytes, kind, clitic and capitalised
// flags, so Analyze() keeps those of each distinct token of the document in a cache
// owned by the call (one heap block per document, nothing shared); a token with a single
// reading takes it without scoring.
#include "morph/morphology.h"

#include <unicode/uchar.h>

#include <cstdint>
#include <cstring>
#include <memory>

#include "lexicon/format.h"
#include "morph/internal.h"
#include "unicode/utf8.h"

namespace chancery {

using morph_internal::EnglishLexicon;
using morph_internal::FrenchLexicon;
using morph_internal::kMaxReadings;
using morph_internal::kMaxWordBytes;
using morph_internal::Reading;

namespace morph_internal {

size_t LowerInto(std::string_view word, char* buf, size_t cap) {
  const size_t size = word.size();
  size_t pos = 0, n = 0;
  // Eight ASCII bytes at a time: add 0x20 to the bytes in 'A'..'Z'.
  while (pos + 8 <= size && n + 8 <= cap) {
    uint64_t w;
    std::memcpy(&w, word.data() + pos, 8);
    if (w & 0x8080808080808080ULL) break;
    uint64_t ge_a = w + 0x3f3f3f3f3f3f3f3fULL;  // high bit set where byte >= 'A' (0x41)
    uint64_t gt_z = w + 0x2525252525252525ULL;  // high bit set where byte > 'Z' (0x5A)
    w |= ((ge_a & ~gt_z) & 0x8080808080808080ULL) >> 2;
    std::memcpy(buf + n, &w, 8);
    pos += 8;
    n += 8;
  }
  while (pos < size) {
    unsigned char b = static_cast<unsigned char>(word[pos]);
    if (b < 0x80) {
      if (n >= cap) return 0;
      buf[n++] = static_cast<char>(b >= 'A' && b <= 'Z' ? b + 32 : b);
      ++pos;
      continue;
    }
    char32_t cp;
    if ((b & 0xE0) == 0xC0 && pos + 1 < size) {
      // Two-byte sequence; Latin-1 (U+0080..U+00FF) lower-cases without ICU:
      // À..Þ except × map to +32, everything else to itself.
      cp = (char32_t{b & 0x1Fu} << 6) | (static_cast<unsigned char>(word[pos + 1]) & 0x3F);
      pos += 2;
      if (cp < 0x100) {
        if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) cp += 32;
      } else if (cp == U'\u02BC') {
        cp = U'\'';
      } else {
        cp = static_cast<char32_t>(u_tolower(static_cast<UChar32>(cp)));
      }
    } else {
      cp = DecodeAt(word, &pos);
      if (cp == U'\u2019' || cp == U'\u02BC') cp = U'\'';
      else if (cp == U'\u2010' || cp == U'\u2011') cp = U'-';
      else cp = static_cast<char32_t>(u_tolower(static_cast<UChar32>(cp)));
    }
    if (cp < 0x80) {
      if (n + 1 > cap) return 0;
      buf[n++] = static_cast<char>(cp);
    } else if (cp < 0x800) {
      if (n + 2 > cap) return 0;
      buf[n++] = static_cast<char>(0xC0 | (cp >> 6));
      buf[n++] = static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      if (n + 3 > cap) return 0;
      buf[n++] = static_cast<char>(0xE0 | (cp >> 12));
      buf[n++] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      buf[n++] = static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      if (n + 4 > cap) return 0;
      buf[n++] = static_cast<char>(0xF0 | (cp >> 18));
      buf[n++] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      buf[n++] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      buf[n++] = static_cast<char>(0x80 | (cp & 0x3F));
    }
  }
  return n;
}

}  // namespace morph_internal

namespace {

using morph_internal::kTagAuxLemma;
using morph_internal::kTagDerived;
using morph_internal::kTagPossessive;
using morph_internal::kTagModal;
using morph_internal::kTagNegation;
using morph_internal::kTagPreverb;
using morph_internal::kTagSubject;

inline bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() &&
         std::memcmp(s.data() + s.size() - suffix.size(), suffix.data(), suffix.size()) == 0;
}

bool IsVerbal(PartOfSpeech p) { return p == PartOfSpeech::kVerb || p == PartOfSpeech::kAuxiliary; }

// What the words before the current one say about it.
struct Context {
  Language lang = Language::kUnknown;
  bool capitalized = false;      // first letter upper case
  bool sentence_start = false;   // first word of a sentence (or after an opening quote)
  bool has_prev = false;         // a word precedes in the sentence
  const Reading* prevp = nullptr;  // its chosen reading (set whenever readings are scored)
  bool prev_det = false;         // a determiner (or a preposition+article: du, au, des)
  bool prev_to = false;          // English "to"
  bool after_comma = false;      // the previous token is a comma
  bool prep_reading = false;     // the word is also a preposition (contre, entre, durant)
  enum Anchor { kNone, kHave, kBe, kModal, kFiniteVerb } anchor = kNone;
  int anchor_token = -1;
  bool next_noun_adj = false;    // the next word can be a noun or an adjective
  bool next_finite = false;      // ... a finite verb
  bool next_noun = false;        // ... a common noun
  bool next_adj = false;         // ... an adjective
  bool next_det = false;         // ... a determiner
  bool next_verb_only = false;   // ... a finite verb and nothing nominal (an adjective aside)
  bool next_inf_only = false;    // ... only an infinitive ("va imposer", "doit partir")
  bool next_lower_nominal = false;  // not capitalised, and a noun or an adjective
  bool next_capitalized = false; // the next word is capitalised
  bool prev_adj = false;         // the previous word is an adjective or a numeral
  bool prev_postnominal = false; // ... an adjective after a noun (French chains)
  bool prev_de = false;          // French "de"/"d'" with no article
  // Which of the rules of RuleBonus() the context triggers (bits of Rule), set once per
  // token so that Score() skips them all with one test when none applies.
  uint16_t rules = 0;
  bool fr_verb_strong = false;   // French: an article or a bare noun follows
  bool unknown_word = false;     // the lexicon does not know the word itself
};

double Prior(const Reading& r, Language lang) {
  const MorphAnalysis& m = r.m;
  switch (m.pos) {
    case PartOfSpeech::kDeterminer: return 6.0;
    case PartOfSpeech::kPreposition: return 6.6;  // de, d' before the partitive article
    case PartOfSpeech::kConjunction: return 5.5;
    case PartOfSpeech::kPronoun: return (r.tags & kTagSubject) ? 5.5 : 5.0;
    case PartOfSpeech::kAdverb: return (r.tags & kTagNegation) ? 5.0 : 4.0;
    case PartOfSpeech::kNoun: return (r.tags & kTagDerived) ? 2.8 : 3.5;
    case PartOfSpeech::kAdjective: return 3.0;
    case PartOfSpeech::kProperNoun: return 2.0;
    case PartOfSpeech::kNumeral: return 4.0;
    case PartOfSpeech::kInterjection: return 0.5;
    case PartOfSpeech::kPunctuation: return 1.0;
    case PartOfSpeech::kVerb:
    case PartOfSpeech::kAuxiliary: {
      double s = 3.0;
      if (r.tags & (kTagAuxLemma | kTagModal)) s = 5.5;
      switch (m.verb_form) {
        case VerbForm::kInfinitive: s += 0.2; break;
        case VerbForm::kPresentParticiple: s -= 0.3; break;
        case VerbForm::kPastParticiple: s += lang == Language::kEnglish ? -0.2 : 0.0; break;
        case VerbForm::kFinite:
          if (m.mood == Mood::kSubjunctive) s -= 1.2;
          if (m.mood == Mood::kImperative) s -= 1.5;
          if (lang == Language::kFrench && m.tense == Tense::kPast && m.person != 3) s -= 0.7;
          if (lang == Language::kEnglish && m.tense == Tense::kPast) s += 0.4;
          if (m.person == 1 || m.person == 2) s -= 0.6;
          break;
        default: break;
      }
      return s;
    }
    default: return 0.0;
  }
}

enum Rule : uint16_t {
  kEnAfterAdj = 1,        // English, after an adjective or a numeral
  kEnBeforeVerb = 2,      // English, lower-case, before a verb that can be nothing nominal
  kEnAfterLexVerb = 4,    // English, after a finite or participle lexical verb
  kEnAfterNounSg = 8,     // English, after a singular common noun
  kEnAfterNounPl = 16,    // English, after a plural common noun
  kEnAfterNominal = 32,   // English, after a noun or a name
  kEnCapAdj = 64,         // English, capitalised inside the sentence, before a lower-case noun
  kAdjSlot = 128,         // between a determiner/adjective/"de" and a noun
  kFrAfterNoun = 256,     // French, after a noun (or an adjective following one)
  kFrAfterNominal = 512,  // French, after a noun or a name
};

// The context rules of the noun/adjective/verb choice (see Score()), by the reading's
// part of speech so that each reading tests only the rules that can concern it.
[[gnu::always_inline]] inline double RuleBonus(const Reading& r, const Context& c) {
  const MorphAnalysis& m = r.m;
  const uint16_t k = c.rules;
  double s = 0;
  switch (m.pos) {
    case PartOfSpeech::kNoun:
      // After an adjective or a numeral (English): a noun ("a new round", "two sides",
      // "Israeli forces", "the Red Sea"). Before a verb that can be nothing nominal, a
      // lower-case noun is its subject ("security forces cracked down").
      if (k & kEnAfterAdj) s += 2.0;
      if (k & kEnBeforeVerb) s += 1.5;
      break;
    case PartOfSpeech::kProperNoun:
      if (k & kEnAfterAdj) s += 2.0;
      break;
    case PartOfSpeech::kAdjective:
      // A capitalised adjective (Russian, Israeli) before a common noun or adjective.
      if (k & kEnCapAdj) s += 4.5;
      // Between a determiner (or an adjective, or French partitive "de") and a noun, an
      // adjective ("de nouvelles sanctions", "a senior official").
      if (k & kAdjSlot) s += 2.0;
      // After a French noun, an agreeing adjective ("un accord commercial", "les frappes
      // russes").
      if ((k & kFrAfterNoun) && (c.prevp->m.number == GramNumber::kNone || m.number == GramNumber::kNone ||
                                 c.prevp->m.number == m.number)) {
        s += 1.5;
      }
      break;
    case PartOfSpeech::kDeterminer:
      // The possessive 's after a noun or a name (the contracted is/has after a pronoun).
      if ((k & kEnAfterNominal) && (r.tags & kTagPossessive)) s += 2.0;
      break;
    case PartOfSpeech::kVerb:
    case PartOfSpeech::kAuxiliary: {
      const bool finite = m.verb_form == VerbForm::kFinite;
      const bool inf = m.verb_form == VerbForm::kInfinitive;
      // After a French noun, an agreeing participle is its modifier, as an adjective would be
      // ("l'organisation armée", "les soldats tués"), rather than a second noun; a word that is
      // an adjective too stays one ("des exercices conjoints", not "conjoindre").
      if (m.verb_form == VerbForm::kPastParticiple && (k & kFrAfterNoun) &&
          (c.prevp->m.number == GramNumber::kNone || m.number == GramNumber::kNone ||
           c.prevp->m.number == m.number)) {
        s += 1.2;
      }
      if (!finite && !inf) break;
      const bool present = finite && m.tense == Tense::kPresent;
      // Not a verb right after an English adjective or numeral.
      if (k & kEnAfterAdj) s -= finite ? 2.0 : 1.0;
      // After a lexical verb, its object rather than a bare verb ("exchanged fire").
      if ((k & kEnAfterLexVerb) && (inf || present)) s -= 1.5;
      // Agreement: a singular common noun is not followed by a base-form verb ("a phone
      // call", "a state visit"); a plural one not by a third-person singular.
      if ((k & kEnAfterNounSg) && (inf || (present && m.person == 0 && m.number == GramNumber::kNone))) s -= 2.0;
      if ((k & kEnAfterNounPl) && present && m.person == 3) s -= 1.0;
      // After a French noun or name, a third-person finite verb that agrees ("la Russie
      // menace de", "Lyon fait suite à"), more so before an article ("le président
      // ferme la porte") or a bare noun, which cannot follow an adjective ("le ministre
      // porte plainte").
      if ((k & kFrAfterNominal) && finite && m.person == 3 && !c.prep_reading &&
          (c.prevp->m.number == GramNumber::kNone || m.number == GramNumber::kNone || c.prevp->m.number == m.number)) {
        s += c.fr_verb_strong ? 2.0 : 1.0;
      }
      break;
    }
    default:
      break;
  }
  return s;
}

[[gnu::always_inline]] inline double Score(const Reading& r, const Context& c) {
  const MorphAnalysis& m = r.m;
  double s = Prior(r, c.lang);
  bool finite = IsVerbal(m.pos) && m.verb_form == VerbForm::kFinite;
  bool inf = IsVerbal(m.pos) && m.verb_form == VerbForm::kInfinitive;
  bool ppas = IsVerbal(m.pos) && m.verb_form == VerbForm::kPastParticiple;
  bool ppre = IsVerbal(m.pos) && m.verb_form == VerbForm::kPresentParticiple;
  bool nominal = m.pos == PartOfSpeech::kNoun || m.pos == PartOfSpeech::kAdjective ||
                 m.pos == PartOfSpeech::kProperNoun;

  if (c.capitalized && c.sentence_start && c.unknown_word && m.pos == PartOfSpeech::kProperNoun) s += 3.0;
  if (c.capitalized && !c.sentence_start) {
    if (m.pos == PartOfSpeech::kProperNoun) s += 4.0;
    else if (m.pos == PartOfSpeech::kNoun) s += 1.0;
    else if (IsVerbal(m.pos)) s -= 1.5;
  }
  // A relative "which/that" before a word and its object (an article or a name) is no
  // determiner of that word, the relative clause's verb: "a ruling which barred Apple from", "a
  // glitch that caused the drop".
  const bool relative = c.prev_det && c.lang == Language::kEnglish &&
                        (c.prevp->m.lemma == "which" || c.prevp->m.lemma == "that") &&
                        (c.next_det || c.next_capitalized);
  if (relative && finite) s += 2.0;
  if (c.prev_det && !relative) {
    if (m.pos == PartOfSpeech::kNoun) s += 3.0;
    else if (m.pos == PartOfSpeech::kAdjective || m.pos == PartOfSpeech::kNumeral) s += 2.5;
    else if (m.pos == PartOfSpeech::kProperNoun) s += 1.0;
    else if (finite) s -= 4.0;
    else if (inf) s -= 3.0;
    else if (ppre) s -= 1.0;
    else if (ppas) s += 0.5;
    else if (m.pos == PartOfSpeech::kDeterminer || m.pos == PartOfSpeech::kPronoun) s -= 2.0;
  }
  if (c.has_prev) {
    const Reading& p = *c.prevp;
    if (p.m.pos == PartOfSpeech::kPronoun && (p.tags & kTagSubject)) {
      if (finite) {
        s += 3.5;
        if (p.m.person != 0 && m.person == p.m.person) s += 0.5;
        if (p.m.number != GramNumber::kNone && m.number == p.m.number) s += 0.5;
      } else if (nominal) {
        s -= 2.5;
      } else if (m.pos == PartOfSpeech::kDeterminer) {
        s -= 2.0;
      }
    } else if ((p.tags & (kTagPreverb | kTagNegation)) && p.m.pos != PartOfSpeech::kDeterminer &&
               c.lang == Language::kFrench) {
      if (finite) s += 3.0;
      else if (inf) s += 2.5;
      else if (nominal) s -= 2.5;
      else if (m.pos == PartOfSpeech::kDeterminer) s -= 2.0;
    } else if ((p.m.pos == PartOfSpeech::kNoun || p.m.pos == PartOfSpeech::kProperNoun) &&
               c.lang == Language::kEnglish) {
      if (finite) s += 1.0;
    } else if (p.m.pos == PartOfSpeech::kPreposition && !c.prev_det) {
      if (inf) s += c.lang == Language::kFrench ? 1.5 : 0.0;
      else if (m.pos == PartOfSpeech::kNoun) s += 1.0;
      else if (finite) s -= 3.0;
      // French "en" + present participle is a gerund ("en appelant Moscou", not the noun
      // "appelant"; "en accusant").
      if (ppre && c.lang == Language::kFrench && p.m.lemma == "en") s += 2.5;
    }
  }
  // A French common noun wants an article or a preposition before it.
  if (c.lang == Language::kFrench && m.pos == PartOfSpeech::kNoun && !c.sentence_start &&
      (!c.has_prev || IsVerbal(c.prevp->m.pos) || c.prevp->m.pos == PartOfSpeech::kPronoun)) {
    s -= 1.0;
  }
  if (c.prev_to) {
    if (inf) s += 3.0;
    else if (finite) s -= 1.0;
  }
  // English: after a comma, an -ing form before a name, a determiner or a pronoun opens a
  // participle clause ("..., accusing Algiers of", "..., killing at least 40 people").
  if (c.after_comma && ppre && c.lang == Language::kEnglish && (c.next_det || c.next_capitalized)) s += 2.5;
  switch (c.anchor) {
    case Context::kHave:
      if (ppas) s += 4.0;
      else if (finite) s -= 2.0;
      else if (m.pos == PartOfSpeech::kNoun) s -= 1.0;
      // French participles that are also prepositions (attendu, vu, passé, excepté):
      // after the auxiliary, the participle ("est attendu à Alger").
      else if (m.pos == PartOfSpeech::kPreposition && c.lang == Language::kFrench) s -= 2.0;
      break;
    case Context::kBe:
      if (ppas) s += 3.5;
      else if (ppre && c.lang == Language::kEnglish) s += 3.0;
      else if (m.pos == PartOfSpeech::kAdjective) s += 1.0;
      else if (finite) s -= 2.0;
      else if (m.pos == PartOfSpeech::kPreposition && c.lang == Language::kFrench) s -= 2.0;
      break;
    case Context::kModal:
      if (inf) s += 4.0;
      else if (finite) s -= 2.0;
      break;
    case Context::kFiniteVerb:
      // A lexical verb takes an infinitive, not a participle ("porte plainte").
      if (inf) s += 1.0;
      else if (ppas) s -= 1.0;
      break;
    case Context::kNone:
      break;
  }
  // Le, la, les, l': a pronoun before a verb, an article before a noun.
  if (c.lang == Language::kFrench && (r.tags & kTagPreverb) && m.pos == PartOfSpeech::kPronoun) {
    if (c.next_finite && !c.next_noun_adj) s += 3.0;
    else if (c.next_noun_adj) s -= 1.0;
  }
  if (c.lang == Language::kFrench && m.pos == PartOfSpeech::kDeterminer && c.next_noun_adj) s += 0.5;
  // A French word after a noun phrase and before a determiner is its verb more often than a
  // second noun ("Le président américain rencontre son homologue", "L'Union européenne menace
  // la Hongrie"): present-tense headlines.
  // (Not a word that is also a preposition: "manifesté à Dakar contre le gouvernement".)
  if (c.lang == Language::kFrench && c.has_prev && c.next_det && !c.prev_det && !c.sentence_start && !c.prep_reading) {
    const PartOfSpeech pp = c.prevp->m.pos;
    if (pp == PartOfSpeech::kNoun || pp == PartOfSpeech::kProperNoun || pp == PartOfSpeech::kAdjective) {
      if (finite) s += 2.5;
      else if (m.pos == PartOfSpeech::kNoun) s -= 1.0;
    }
  }
  // Before a word that can only be an infinitive, a French verb governs it ("l'armée russe
  // va attaquer", "le ministre doit partir"): not a noun.
  if (c.lang == Language::kFrench && c.next_inf_only) {
    if (finite) s += 2.0;
    else if (nominal) s -= 2.0;
  }
  return s;
}

// The anchor a verb form leans on: the nearest verb before it, over adverbs and clitics.
Context::Anchor AnchorOf(const Reading& r, Language lang) {
  const MorphAnalysis& m = r.m;
  if (!IsVerbal(m.pos)) return Context::kNone;
  if (r.tags & kTagModal) return Context::kModal;
  if (r.tags & kTagAuxLemma) {
    bool have = m.lemma == "avoir" || m.lemma == "have";
    bool be = m.lemma == "être" || m.lemma == "be";
    if (m.verb_form == VerbForm::kPastParticiple) {
      // "a été" (passive after), "has been": the participle of be still anchors.
      return be ? Context::kBe : Context::kNone;
    }
    if (have) return Context::kHave;
    if (be) return Context::kBe;
    if (lang == Language::kEnglish && m.lemma == "do") return Context::kModal;
  }
  if (m.verb_form == VerbForm::kFinite && lang == Language::kFrench) return Context::kFiniteVerb;
  return Context::kNone;
}

}  // namespace

// The readings of the distinct tokens of one document, computed once per Analyze()
// call: a token's readings depend only on its bytes, kind and the clitic and
// capitalised flags (and the document's language), so a repeated token ("de", "the",
// ",") reuses the readings of its first occurrence. Owned by one call, never shared.
struct ReadingCache {
  static constexpr uint32_t kSlotBits = 10;
  static constexpr uint32_t kSlots = 1u << kSlotBits;
  static constexpr uint32_t kMaxProbes = 8;
  static constexpr size_t kPool = 2048;  // readings
  struct Slot {                          // written before it is marked used
    const char* data;                    // the token's bytes, in doc->text
    uint32_t size;
    uint32_t hash;
    uint16_t first;                      // its readings: pool[first, first + count)
    uint8_t count;
    bool known;
  };
  uint8_t used[kSlots] = {};
  Slot slots[kSlots];
  // Implicit-lifetime storage for Reading objects, each written before it is read.
  alignas(Reading) unsigned char pool_bytes[kPool * sizeof(Reading)];
  size_t pool_used = 0;
  Reading* pool() { return reinterpret_cast<Reading*>(pool_bytes); }
};

// memcmp(a, b, n) == 0, without a call for the short strings tokens mostly are.
inline bool SameBytes(const char* a, const char* b, size_t n) {
  if (n > 16) return std::memcmp(a, b, n) == 0;
  for (size_t i = 0; i < n; ++i) {
    if (a[i] != b[i]) return false;
  }
  return true;
}

// Hash of a token for the cache: its bytes (8 at a time, the tail read overlapping),
// kind and the two flags readings depend on. Multiplicative: the home slot is taken
// from the top bits.
inline uint64_t CacheKeyHash(std::string_view bytes, const Token& t) {
  using lexicon_format::LoadLe32;
  using lexicon_format::LoadLe64;
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  size_t n = bytes.size();
  uint64_t key = static_cast<uint64_t>(t.kind) | (t.Has(tf::kClitic) ? 0x100u : 0u) |
                 (t.Has(tf::kCapitalized) ? 0x200u : 0u);
  uint64_t h = (n | (key << 32)) * 0x9e3779b97f4a7c15ULL;
  if (n >= 8) {
    for (size_t i = 0; i + 8 < n; i += 8) {
      h = (h ^ LoadLe64(p + i)) * 0xbf58476d1ce4e5b9ULL;
      h ^= h >> 29;
    }
    h ^= LoadLe64(p + n - 8);
  } else if (n >= 4) {
    h ^= LoadLe32(p) | (LoadLe32(p + n - 4) << 32);
  } else if (n > 0) {
    h ^= uint64_t{p[0]} | (uint64_t{p[n / 2]} << 8) | (uint64_t{p[n - 1]} << 16);
  }
  h *= 0x94d049bb133111ebULL;
  return h ^ (h >> 31);
}

struct Morphology::Impl {
  FrenchLexicon fr;
  EnglishLexicon en;

  // All readings of one token into out[]; returns their number (<= kMaxReadings).
  size_t Readings(const Document& doc, const Token& t, Language lang, Arena* arena, Reading* out,
                  bool* known) const;
  // Readings() through the per-call cache: *out points into the cache's pool, or into
  // `scratch` when the pool is full.
  // (Inlined into Analyze: a hit is a hash, a probe and a compare.)
  [[gnu::always_inline]] inline size_t CachedReadings(const Document& doc, const Token& t, Language lang,
                                                      Arena* arena, ReadingCache* cache, Reading* scratch,
                                                      const Reading** out, bool* known) const;
  // The miss path of CachedReadings: computes the readings and keeps them in free_slot
  // (kSlots: none free) if the pool has room.
  size_t CacheMiss(const Document& doc, const Token& t, Language lang, Arena* arena, ReadingCache* cache,
                   uint32_t free_slot, std::string_view bytes, uint32_t h32, Reading* scratch,
                   const Reading** out, bool* known) const;
  // Readings of a word already lower-cased with LowerInto. *known: the lexicon has the
  // word (rather than rules or a guess).
  size_t WordReadings(Language lang, std::string_view lower, bool clitic, Reading* out, size_t max,
                      Arena* arena, bool* known) const;
};

Morphology::Morphology() : impl_(std::make_unique<Impl>()) {}
Morphology::~Morphology() = default;

Result<std::unique_ptr<Morphology>> Morphology::Create(const std::string& data_dir) {
  std::unique_ptr<Morphology> m(new Morphology());
  Result<Lexicon> fr = Lexicon::Open(data_dir + "/morph-fr.lex", "morph-fr");
  if (!fr.ok()) return fr.status();
  Status st = m->impl_->fr.Init(std::move(fr.value()));
  if (!st.ok()) return st;
  Result<Lexicon> en = Lexicon::Open(data_dir + "/morph-en.lex", "morph-en");
  if (!en.ok()) return en.status();
  st = m->impl_->en.Init(std::move(en.value()));
  if (!st.ok()) return st;
  return m;
}

size_t Morphology::Impl::WordReadings(Language lang, std::string_view lower, bool clitic, Reading* out,
                                      size_t max, Arena* arena, bool* known) const {
  *known = false;
  if (lower.empty()) return 0;
  if (lang == Language::kEnglish) {
    size_t n = en.LookupExact(lower, out, max);
    *known = n > 0;
    return n > 0 ? n : en.LookupRules(lower, out, max, arena);
  }
  if (lang != Language::kFrench) return 0;
  size_t n = fr.Lookup(lower, out, max);
  *known = n > 0;
  if (n > 0) return n;
  // Inverted clitics: -t-il, -il, -elle, -on, -je, -nous...
  if (clitic || lower[0] == '-') {
    std::string_view rest = lower;
    if (rest.substr(0, 3) == "-t-") rest.remove_prefix(3);
    else if (!rest.empty() && rest[0] == '-') rest.remove_prefix(1);
    if (rest.empty()) return 0;
    n = fr.Lookup(rest, out, max);
    size_t kept = 0;
    for (size_t i = 0; i < n && i < max; ++i) {
      if (out[i].m.pos == PartOfSpeech::kPronoun) out[kept++] = out[i];
    }
    *known = kept > 0;
    if (kept > 0) return kept;
    if (arena == nullptr) return 0;
    Reading r;
    r.m.lemma = arena->Store(rest);
    r.m.pos = PartOfSpeech::kPronoun;
    r.tags = kTagSubject;
    out[0] = r;
    return 1;
  }
  // Elided forms the lexicon lacks (lorsqu', presqu'): no guess; other words by suffix.
  if (arena == nullptr || lower.back() == '\'') return 0;
  Reading r;
  r.m.lemma = arena->Store(lower);
  if (EndsWith(lower, "ment") && lower.size() > 6) {
    r.m.pos = PartOfSpeech::kAdverb;
  } else if (EndsWith(lower, "er") && lower.size() > 4) {
    r.m.pos = PartOfSpeech::kVerb;
    r.m.verb_form = VerbForm::kInfinitive;
  } else {
    r.m.pos = PartOfSpeech::kNoun;
  }
  out[0] = r;
  return 1;
}

size_t Morphology::Impl::Readings(const Document& doc, const Token& t, Language lang, Arena* arena,
                                  Reading* out, bool* known) const {
  *known = true;
  switch (t.kind) {
    case TokenKind::kNumber:
    case TokenKind::kPunct:
    case TokenKind::kQuote:
    case TokenKind::kSymbol:
    case TokenKind::kOther: {
      Reading r;
      r.m.lemma = arena->Store(doc.Slice(t.span));
      r.m.pos = t.kind == TokenKind::kNumber   ? PartOfSpeech::kNumeral
                : t.kind == TokenKind::kSymbol ? PartOfSpeech::kNoun
                : t.kind == TokenKind::kOther  ? PartOfSpeech::kUnknown
                                               : PartOfSpeech::kPunctuation;
      out[0] = r;
      return 1;
    }
    case TokenKind::kWord:
      break;
  }
  char buf[kMaxWordBytes];
  size_t len = morph_internal::LowerInto(doc.Slice(t.span), buf, sizeof(buf));
  std::string_view lower(buf, len);
  size_t n = WordReadings(lang, lower, t.Has(tf::kClitic), out, kMaxReadings, arena, known);
  if (n > kMaxReadings) n = kMaxReadings;
  // A capitalised word may always be a name.
  if (t.Has(tf::kCapitalized) && !t.Has(tf::kClitic) && n < kMaxReadings && len > 0) {
    bool has_propn = false;
    for (size_t i = 0; i < n; ++i) has_propn |= out[i].m.pos == PartOfSpeech::kProperNoun;
    if (!has_propn) {
      Reading r;
      r.m.lemma = arena->Store(lower);
      r.m.pos = PartOfSpeech::kProperNoun;
      out[n++] = r;
    }
  }
  return n;
}

inline size_t Morphology::Impl::CachedReadings(const Document& doc, const Token& t, Language lang, Arena* arena,
                                        ReadingCache* cache, Reading* scratch, const Reading** out,
                                        bool* known) const {
  std::string_view bytes = doc.Slice(t.span);
  uint64_t h = CacheKeyHash(bytes, t);
  uint32_t h32 = static_cast<uint32_t>(h);
  uint32_t home = static_cast<uint32_t>(h >> (64 - ReadingCache::kSlotBits));
  uint32_t free_slot = ReadingCache::kSlots;
  for (uint32_t probe = 0; probe < ReadingCache::kMaxProbes; ++probe) {
    uint32_t s = (home + probe) & (ReadingCache::kSlots - 1);
    if (!cache->used[s]) {
      free_slot = s;
      break;
    }
    const ReadingCache::Slot& slot = cache->slots[s];
    if (slot.hash == h32 && slot.size == bytes.size() && SameBytes(slot.data, bytes.data(), bytes.size())) {
      *out = cache->pool() + slot.first;
      *known = slot.known;
      return slot.count;
    }
  }
  return CacheMiss(doc, t, lang, arena, cache, free_slot, bytes, h32, scratch, out, known);
}

size_t Morphology::Impl::CacheMiss(const Document& doc, const Token& t, Language lang, Arena* arena,
                                   ReadingCache* cache, uint32_t free_slot, std::string_view bytes, uint32_t h32,
                                   Reading* scratch, const Reading** out, bool* known) const {
  if (free_slot == ReadingCache::kSlots || cache->pool_used + kMaxReadings > ReadingCache::kPool) {
    *out = scratch;
    return Readings(doc, t, lang, arena, scratch, known);
  }
  Reading* dst = cache->pool() + cache->pool_used;
  size_t n = Readings(doc, t, lang, arena, dst, known);
  cache->used[free_slot] = 1;
  cache->slots[free_slot] = {bytes.data(), static_cast<uint32_t>(bytes.size()), h32,
                             static_cast<uint16_t>(cache->pool_used), static_cast<uint8_t>(n), *known};
  cache->pool_used += n;
  *out = dst;
  return n;
}

size_t Morphology::Lookup(Language lang, std::string_view word, MorphAnalysis* out, size_t max,
                          Arena* arena) const {
  Reading readings[kMaxReadings];
  bool known;
  char buf[kMaxWordBytes];
  size_t len = morph_internal::LowerInto(word, buf, sizeof(buf));
  size_t n = impl_->WordReadings(lang, std::string_view(buf, len), !word.empty() && word[0] == '-', readings,
                                 kMaxReadings, arena, &known);
  for (size_t i = 0; i < n && i < max && i < kMaxReadings; ++i) out[i] = readings[i].m;
  return n;
}

void Morphology::Analyze(Document* doc) const {
  std::vector<Token>& tokens = doc->tokens;
  Language lang = doc->lang;
  if (lang != Language::kFrench && lang != Language::kEnglish) {
    for (Token& t : tokens) t.morph = MorphAnalysis();
    return;
  }
  Arena* arena = &doc->arena;
  std::unique_ptr<ReadingCache> cache(new ReadingCache);  // one per call (per document)
  Reading scratch[2][kMaxReadings];
  Reading scratch_after[kMaxReadings];  // the word after an adverb (English)
  const Reading* bufs[2] = {scratch[0], scratch[1]};
  size_t counts[2] = {0, 0};
  bool known[2] = {true, true};
  int cur = 0;
  if (!tokens.empty()) {
    counts[cur] = impl_->CachedReadings(*doc, tokens[0], lang, arena, cache.get(), scratch[cur], &bufs[cur],
                                        &known[cur]);
  }
  size_t sentence = 0;
  const size_t nsent = doc->sentences.size();
  // Token bounds of doc->sentences[sentence], the sentence of the current token.
  uint32_t sent_begin = nsent > 0 ? doc->sentences[0].token_begin : UINT32_MAX;
  uint32_t sent_end = nsent > 0 ? doc->sentences[0].token_end : UINT32_MAX;
  // Chosen readings of earlier tokens of the sentence are read back from tokens[].morph;
  // the tags of the previous word are kept here.
  Reading prev;
  bool has_prev = false;
  bool prev_nounish = false;  // French: the previous word is a noun, or an adjective after one
  uint32_t prev_anchor_search_begin = 0;
  for (uint32_t i = 0; i < tokens.size(); ++i) {
    Token& t = tokens[i];
    int nxt = 1 - cur;
    counts[nxt] = i + 1 < tokens.size() ? impl_->CachedReadings(*doc, tokens[i + 1], lang, arena, cache.get(),
                                                                 scratch[nxt], &bufs[nxt], &known[nxt])
                                         : 0;

    // Sentence bounds.
    bool sentence_start = false;
    if (nsent > 0) {
      if (i >= sent_end) {  // past the current sentence: find the one holding token i
        while (sentence < nsent && doc->sentences[sentence].token_end <= i) ++sentence;
        sent_begin = sentence < nsent ? doc->sentences[sentence].token_begin : UINT32_MAX;
        sent_end = sentence < nsent ? doc->sentences[sentence].token_end : UINT32_MAX;
      }
      sentence_start = sent_begin == i;
    } else {
      sentence_start = i == 0 || t.Has(tf::kParagraphStart);
      if (i > 0 && tokens[i - 1].kind == TokenKind::kPunct) {
        std::string_view p = doc->Slice(tokens[i - 1].span);
        sentence_start |= p == "." || p == "!" || p == "?" || p == "…";
      }
    }
    if (sentence_start) {
      has_prev = false;
      prev_anchor_search_begin = i;
    }
    // What the previous word was (prev becomes this word's reading below).
    const bool before_nounish = has_prev && prev_nounish;
    Context c;
    c.lang = lang;
    c.capitalized = t.Has(tf::kCapitalized) && !t.Has(tf::kAllCaps);
    c.unknown_word = !known[cur];
    c.sentence_start = sentence_start || (i > 0 && (tokens[i - 1].kind == TokenKind::kQuote ||
                                                    (tokens[i - 1].kind == TokenKind::kPunct &&
                                                     tokens[i - 1].span.size() == 1 &&
                                                     doc->decoded.at(tokens[i - 1].span.start) == U':')));
    c.has_prev = has_prev;
    c.after_comma = i > 0 && tokens[i - 1].kind == TokenKind::kPunct && tokens[i - 1].span.size() == 1 &&
                    doc->decoded.at(tokens[i - 1].span.start) == U',';
    for (size_t j = 0; counts[cur] > 1 && j < counts[cur]; ++j) {
      c.prep_reading |= bufs[cur][j].m.pos == PartOfSpeech::kPreposition;
    }
    // With one reading there is nothing to choose: the scores, and what only they read
    // (previous and next words), are skipped. The anchor is still needed by a verb.
    const bool choose = counts[cur] > 1;
    const bool need_anchor = choose || (counts[cur] == 1 && IsVerbal(bufs[cur][0].m.pos));
    if (choose) {
      c.prevp = &prev;
      if (has_prev) {
        c.prev_det = prev.m.pos == PartOfSpeech::kDeterminer ||
                     (prev.m.pos == PartOfSpeech::kPreposition && (prev.tags & 0x80));
        c.prev_to = lang == Language::kEnglish && prev.m.lemma == "to";
        c.prev_adj = prev.m.pos == PartOfSpeech::kAdjective || prev.m.pos == PartOfSpeech::kNumeral;
        c.prev_postnominal = before_nounish && prev.m.pos == PartOfSpeech::kAdjective;
        c.prev_de = lang == Language::kFrench && prev.m.pos == PartOfSpeech::kPreposition && prev.m.lemma == "de" &&
                    !(prev.tags & 0x80);
      }
    }
    // Anchor: look back over adverbs and clitics (at most 4 tokens) for a verb.
    for (uint32_t k = i, steps = 0; need_anchor && k > prev_anchor_search_begin && steps < 4; ++steps) {
      --k;
      const Token& b = tokens[k];
      if (b.kind != TokenKind::kWord) break;
      const MorphAnalysis& bm = b.morph;
      if (IsVerbal(bm.pos)) {
        // The tags are not kept per token; recover them from the lemma.
        Reading br;
        br.m = bm;
        if (bm.lemma == "avoir" || bm.lemma == "être" || bm.lemma == "have" || bm.lemma == "be" ||
            bm.lemma == "do") {
          br.tags |= kTagAuxLemma;
        }
        if (lang == Language::kEnglish && bm.pos == PartOfSpeech::kAuxiliary &&
            (bm.tense == Tense::kFuture || bm.tense == Tense::kConditional ||
             (bm.verb_form == VerbForm::kFinite && !(br.tags & kTagAuxLemma)))) {
          br.tags |= kTagModal;
        }
        c.anchor = AnchorOf(br, lang);
        c.anchor_token = static_cast<int>(k);
        break;
      }
      // ("donc", a conjunction in the lexicon, stands inside verb groups as an adverb: "a donc voté".)
      // ("de nouveau", "à nouveau": an adverb in two words, "ont de nouveau manifesté".)
      if (lang == Language::kFrench && bm.lemma == "nouveau" && k > prev_anchor_search_begin &&
          (tokens[k - 1].morph.lemma == "de" || tokens[k - 1].morph.lemma == "à")) {
        --k;
        continue;
      }
      bool skippable = bm.pos == PartOfSpeech::kAdverb || b.Has(tf::kClitic) ||
                       (lang == Language::kFrench && bm.lemma == "donc") ||
                       (lang == Language::kFrench && bm.pos == PartOfSpeech::kPronoun && k + 1 == i &&
                        c.has_prev && (prev.tags & kTagPreverb));
      if (!skippable) break;
    }
    // The word after: in English past an adverb that can be nothing else, the word after it
    // ("security forces briefly detained": "forces" is the noun before a verb).
    const Reading* next_readings = bufs[nxt];
    size_t next_count = counts[nxt];
    uint32_t next_tok = i + 1;
    if (choose && lang == Language::kEnglish && counts[nxt] == 1 && bufs[nxt][0].m.pos == PartOfSpeech::kAdverb &&
        i + 2 < tokens.size() && tokens[i + 2].kind == TokenKind::kWord) {
      bool known_after = true;
      next_count = impl_->CachedReadings(*doc, tokens[i + 2], lang, arena, cache.get(), scratch_after,
                                         &next_readings, &known_after);
      next_tok = i + 2;
    }
    bool next_nominal = false;
    for (size_t j = 0; choose && j < next_count; ++j) {
      const MorphAnalysis& nm = next_readings[j].m;
      switch (nm.pos) {
        case PartOfSpeech::kNoun: c.next_noun = true; [[fallthrough]];
        case PartOfSpeech::kProperNoun:
        case PartOfSpeech::kNumeral:
          c.next_noun_adj = true;
          next_nominal = true;
          break;
        case PartOfSpeech::kAdjective:
          c.next_noun_adj = true;
          c.next_adj = true;
          break;
        case PartOfSpeech::kDeterminer:
          c.next_det = true;
          next_nominal = true;
          break;
        case PartOfSpeech::kPronoun:
          next_nominal = true;
          break;
        default:
          if (IsVerbal(nm.pos) && nm.verb_form == VerbForm::kFinite) c.next_finite = true;
          break;
      }
    }
    if (choose && next_count > 0) {
      bool only_inf = true;
      for (size_t j = 0; j < next_count; ++j) {
        const MorphAnalysis& nm = next_readings[j].m;
        only_inf &= IsVerbal(nm.pos) && nm.verb_form == VerbForm::kInfinitive;
      }
      c.next_inf_only = only_inf;
      c.next_verb_only = c.next_finite && !next_nominal;
      c.next_capitalized = tokens[next_tok].Has(tf::kCapitalized);
      c.next_lower_nominal = (c.next_noun || (c.next_adj && !c.next_finite)) && !c.next_capitalized;
    }
    if (choose) {
      const bool english = lang == Language::kEnglish;
      const bool cap_mid = c.capitalized && !c.sentence_start;
      const PartOfSpeech pp = has_prev ? prev.m.pos : PartOfSpeech::kUnknown;
      uint16_t k = 0;
      if (english) {
        if (c.prev_adj) k |= kEnAfterAdj;
        if (c.next_verb_only && !c.capitalized) k |= kEnBeforeVerb;
        if (pp == PartOfSpeech::kVerb && !(prev.tags & (kTagAuxLemma | kTagModal)) &&
            (prev.m.verb_form == VerbForm::kFinite || prev.m.verb_form == VerbForm::kPastParticiple)) {
          k |= kEnAfterLexVerb;
        }
        if (pp == PartOfSpeech::kNoun) {
          if (prev.m.number == GramNumber::kSingular) k |= kEnAfterNounSg;
          else if (prev.m.number == GramNumber::kPlural) k |= kEnAfterNounPl;
        }
        if (pp == PartOfSpeech::kNoun || pp == PartOfSpeech::kProperNoun) k |= kEnAfterNominal;
        if (cap_mid && !c.unknown_word && c.next_lower_nominal) k |= kEnCapAdj;
      } else {
        if (pp == PartOfSpeech::kNoun || c.prev_postnominal) k |= kFrAfterNoun;
        if (pp == PartOfSpeech::kNoun || pp == PartOfSpeech::kProperNoun) k |= kFrAfterNominal;
        c.fr_verb_strong = c.next_det || (c.next_noun && !c.next_adj && !c.next_finite);
      }
      if ((c.prev_det || c.prev_adj || c.prev_de) && c.next_noun && (english ? !c.next_finite : !c.next_adj) &&
          (!cap_mid || !c.next_capitalized)) {
        k |= kAdjSlot;
      }
      // The possessive rule concerns 's alone (its first reading).
      if ((k & kEnAfterNominal) && !(bufs[cur][0].tags & kTagPossessive)) k &= static_cast<uint16_t>(~kEnAfterNominal);
      c.rules = k;
    }

    // Choose.
    const Reading* best = nullptr;
    double best_score = -1e9;
    bool any_det = false;
    if (!choose) {
      if (counts[cur] == 1) {
        best = &bufs[cur][0];
        any_det = best->m.pos == PartOfSpeech::kDeterminer;
      }
    } else {
      // Two loops, so that a token no context rule concerns pays nothing for them.
      if (c.rules == 0) {
        for (size_t j = 0; j < counts[cur]; ++j) {
          const Reading& r = bufs[cur][j];
          any_det |= r.m.pos == PartOfSpeech::kDeterminer;
          double s = Score(r, c);
          if (s > best_score) {
            best_score = s;
            best = &r;
          }
        }
      } else {
        for (size_t j = 0; j < counts[cur]; ++j) {
          const Reading& r = bufs[cur][j];
          any_det |= r.m.pos == PartOfSpeech::kDeterminer;
          double s = Score(r, c) + RuleBonus(r, c);
          if (s > best_score) {
            best_score = s;
            best = &r;
          }
        }
      }
    }
    if (best == nullptr) {
      t.morph = MorphAnalysis();
      if (t.kind == TokenKind::kWord) {
        char buf[kMaxWordBytes];
        size_t len = morph_internal::LowerInto(doc->Slice(t.span), buf, sizeof(buf));
        if (len > 0) t.morph.lemma = arena->Store(std::string_view(buf, len));
        t.morph.pos = c.capitalized && !c.sentence_start ? PartOfSpeech::kProperNoun : PartOfSpeech::kNoun;
      }
      prev = Reading();
      prev.m = t.morph;
    } else {
      t.morph = best->m;
      prev = *best;
      // du, au, des, aux: a preposition that carries an article.
      if (prev.m.pos == PartOfSpeech::kPreposition && any_det && prev.m.lemma != "de") prev.tags |= 0x80;
    }
    if (lang == Language::kFrench) {
      prev_nounish = prev.m.pos == PartOfSpeech::kNoun || (before_nounish && prev.m.pos == PartOfSpeech::kAdjective);
    }
    has_prev = t.kind == TokenKind::kWord || t.kind == TokenKind::kNumber;
    if (t.kind == TokenKind::kNumber) {
      prev.m.pos = PartOfSpeech::kNumeral;
    }
    if (t.kind == TokenKind::kPunct || t.kind == TokenKind::kQuote) {
      has_prev = false;
      prev_anchor_search_begin = i + 1;
    }

    // Auxiliaries: être/be always; avoir/have when a participle leans on them.
    MorphAnalysis& m = t.morph;
    if (IsVerbal(m.pos)) {
      if (m.lemma == "être" || m.lemma == "be") m.pos = PartOfSpeech::kAuxiliary;
      else if (m.lemma == "avoir" || m.lemma == "have") m.pos = PartOfSpeech::kVerb;
      if ((c.anchor == Context::kHave || c.anchor == Context::kBe) && m.verb_form == VerbForm::kPastParticiple &&
          c.anchor_token >= 0) {
        tokens[c.anchor_token].morph.pos = PartOfSpeech::kAuxiliary;
      }
      if (c.anchor == Context::kModal && c.anchor_token >= 0 && m.verb_form == VerbForm::kInfinitive) {
        tokens[c.anchor_token].morph.pos = PartOfSpeech::kAuxiliary;
      }
    }
    cur = nxt;
  }
}

}  // namespace chancery

#include "events/event_coder.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <optional>
#include <span>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/deadline.h"
#include "entities/entity_lexicon.h"
#include "events/events_lexicon.h"
#include "lexicon/format.h"
#include "lexicon/lexicon.h"
#include "unicode/fold.h"

namespace chancery {

namespace {

namespace el = events_lexicon;
namespace enl = entity_lexicon;

// Grammar and lexical bits of a token.
namespace bit {
inline constexpr uint32_t kNeg = 1u << 0;
inline constexpr uint32_t kRel = 1u << 1;
inline constexpr uint32_t kSub = 1u << 2;
inline constexpr uint32_t kCoord = 1u << 3;
inline constexpr uint32_t kPassive = 1u << 4;
inline constexpr uint32_t kLocPrep = 1u << 5;
inline constexpr uint32_t kAgentPrep = 1u << 6;
inline constexpr uint32_t kPron1 = 1u << 7;
inline constexpr uint32_t kPron3 = 1u << 8;
inline constexpr uint32_t kModal = 1u << 9;
inline constexpr uint32_t kOf = 1u << 10;         // de, d', du, des, of, 's: links a noun to its complement
inline constexpr uint32_t kReflexive = 1u << 11;  // se, s' (French)
inline constexpr uint32_t kPatterns = 1u << 12;   // the token heads at least one pattern
inline constexpr uint32_t kInfMarker = 1u << 13;  // de, d', à, to: before an infinitive
inline constexpr uint32_t kFirst = 1u << 14;      // opens a two-word grammar key
inline constexpr uint32_t kQuant = 1u << 15;      // a quantifier word before a number: more, than, près
inline constexpr uint32_t kThreat = 1u << 16;     // menacer de, threaten to: the governed act is threatened
inline constexpr uint32_t kDeed = 1u << 17;       // attaque, crime, killing: a noun naming a violent act
inline constexpr uint32_t kBreach = 1u << 18;     // violer, violate: a verb that breaks the act it governs
inline constexpr uint32_t kHuman = 1u << 19;      // otage, prisoner, délégation: a noun naming people
inline constexpr uint32_t kLight = 1u << 20;      // lieu, tenir, take place, hold: an act's noun happening
inline constexpr uint32_t kAnaphor = 1u << 21;    // organisation, group: after "the", an organisation met before
inline constexpr uint32_t kAnaphorAny = 1u << 22; // dernier, latter: after "the", any actor met before
inline constexpr uint32_t kPronominal = 1u << 23; // occuper: with "se" another verb ("s'occuper de")
inline constexpr uint32_t kRegion = 1u << 24;     // southern, sud, est: the part of a place ("in southern Lebanon", "dans le sud du Liban")
inline constexpr uint32_t kAct = 1u << 25;        // décision, mesure, move, remarks: a noun naming an act just told
inline constexpr uint32_t kAuthor = 1u << 26;     // revendiquer, mener, carry out: its participle's agent did the act named before it
inline constexpr uint32_t kAnaphorPerson = 1u << 27;  // secrétaire général: after "the", a person met before
}  // namespace bit

// w == literal, with the literal's length a constant where it is compared: a few inline
// instructions, where std::string_view's == is a call that calls memcmp. For comparisons
// made at every token.
template <size_t N>
bool Is(std::string_view w, const char (&literal)[N]) {
  static_assert(N > 1, "a non-empty literal");
  return w.size() == N - 1 && std::memcmp(w.data(), literal, N - 1) == 0;
}

// Modalities, weakest first: combining two keeps the stronger.
enum class Mod : uint8_t { kAsserted = 0, kReported, kFuture, kIntended, kHypothetical, kNegated };
constexpr std::string_view kModNames[] = {"asserted", "reported",     "future",
                                          "intended", "hypothetical", "negated"};
Mod Stronger(Mod a, Mod b) { return static_cast<uint8_t>(a) >= static_cast<uint8_t>(b) ? a : b; }
Mod ParseMod(std::string_view s) {
  for (uint8_t i = 0; i < std::size(kModNames); ++i) {
    if (kModNames[i] == s) return static_cast<Mod>(i);
  }
  return Mod::kAsserted;
}

std::string_view Field(std::string_view line, int n) { return enl::Field(line, n); }

// Root, Goldstein value and quad class of a CAMEO code; false when unknown.
bool CodeInfo(const Lexicon& lex, std::string_view code, std::string_view* root, double* goldstein,
              int* quad) {
  std::string key(el::kCodeKeyPrefix);
  key += code;
  std::optional<std::string_view> v = lex.Find(key);
  if (!v) return false;
  *root = Field(*v, 0);
  std::string g(Field(*v, 1));
  *goldstein = std::strtod(g.c_str(), nullptr);
  *quad = std::atoi(std::string(Field(*v, 2)).c_str());
  return true;
}

// Calls fn(line) for each '\n'-separated line of a lexicon value.
template <typename Fn>
void ForEachLine(std::string_view value, Fn fn) {
  while (!value.empty()) {
    size_t nl = value.find('\n');
    fn(value.substr(0, nl));
    if (nl == std::string_view::npos) break;
    value.remove_prefix(nl + 1);
  }
}

// What the coder knows about one token.
struct TokInfo {
  uint32_t lemma_off = 0, lemma_len = 0;  // folded lemma in Scratch::keys
  uint32_t text_off = 0, text_len = 0;    // folded text in Scratch::keys
  int32_t lemma_entry = -1, text_entry = -1;  // events-lexicon entries of those keys; -1: none
  // The numbers (PatternTable::keys) of the lemma key, the text key and the text key less a
  // plural s (WordMatches); KeyIds::kNone when neither the lexicon nor a pattern has it.
  int32_t lemma_id = -1, text_id = -1, singular_id = -1;
  uint32_t bits = 0;
  Mod modal = Mod::kAsserted;  // with bit::kModal
  std::string_view agent;      // CAMEO role of an agent noun
  uint8_t agent_words = 0;     // words after this one its agent key spans ("navire de guerre": 2)
  std::string_view demonym;    // ISO3 of a demonym
  std::string_view anti;       // ISO3 of the demonym an "anti-" word is against ("anti-américaine")
  int32_t entity = -1;         // entity whose mention covers the token
  bool metonymic = false;      // that mention stands for a government
  bool in_timex = false;
  bool in_date = false;        // in a timex that is a date or a time (not a duration: "à cinq ans")
  int32_t quote = -1;          // innermost quote whose content covers the token
  // English: a verb form the tagger did not know ("criticised", "sued"), read off its ending
  // because the lemma it gives heads a verb pattern: a verb of that form.
  bool guess_verb = false;
  VerbForm guess_form = VerbForm::kNone;
  Tense guess_tense = Tense::kNone;
  bool Is(uint32_t b) const { return (bits & b) != 0; }
};

// A CAMEO actor found in the text.
struct ActorRef {
  std::string code;
  int32_t entity = -1;
  Span span;               // code points; empty when not read off this sentence
  bool role_only = false;  // an agent noun without a country ("les rebelles"): code is the role
  bool foreign = false;    // "les forces internationales", "foreign troops": of no country we can tell
  bool unidentified = false;  // "foreign intelligence services", "des services étrangers": some state's, unnamed
  bool indefinite = false; // "a court", "un juge": an agent noun after an indefinite article
};

// A CAMEO role code standing alone, without a country or an international prefix.
bool BareRole(std::string_view code);

// Roles that belong to a country (a bare "l'armée" is some country's army); the others
// (IGO, NGO, MNC ...) are international by themselves.
bool NationalRole(std::string_view role) {
  // (CAMEO's regions are no state either: "les dirigeants européens" are EUR, not EURGOV.)
  // (Codes compared as three packed bytes: this runs for every actor phrase.)
  if (role.size() != 3) return true;
  constexpr auto pack = [](const char* c) {
    return static_cast<uint32_t>(static_cast<unsigned char>(c[0])) << 16 |
           static_cast<uint32_t>(static_cast<unsigned char>(c[1])) << 8 | static_cast<unsigned char>(c[2]);
  };
  static constexpr uint32_t kInternational[] = {
      pack("IGO"), pack("NGO"), pack("NGM"), pack("MNC"), pack("IMG"), pack("INT"), pack("UIS"),
      pack("EUR"), pack("AFR"), pack("ASA"), pack("BLK"), pack("CAS"), pack("CFR"), pack("EAF"),
      pack("EEU"), pack("LAM"), pack("MEA"), pack("NAF"), pack("NMR"), pack("PGS"), pack("SAF"),
      pack("SAM"), pack("SAS"), pack("SEA"), pack("WAF"), pack("WST")};
  const uint32_t key = pack(role.data());
  for (uint32_t r : kInternational) {
    if (key == r) return false;
  }
  return true;
}

// A third person's possessive determiner: son, sa, ses, leur(s); his, her, its, their.
bool ThirdPossessive(std::string_view w) {
  return w == "his" || w == "her" || w == "its" || w == "their" || w == "son" || w == "sa" || w == "ses" ||
         w == "leur" || w == "leurs";
}

// English adverbs of frequency and time the tagger may not call adverbs, which stand inside a
// verb group ("has twice sued", "have repeatedly criticised").
bool FloatingAdverb(std::string_view w) {
  // (French connectives the tagger may call conjunctions: "a donc voté", "a pourtant accusé".)
  if (Is(w, "donc") || Is(w, "pourtant") || Is(w, "cependant") || Is(w, "toutefois") || Is(w, "neanmoins") ||
      Is(w, "ainsi") || Is(w, "alors") || Is(w, "aussi") || Is(w, "enfin") || Is(w, "finalement")) {
    return true;
  }
  return Is(w, "twice") || Is(w, "once") || Is(w, "again") || Is(w, "repeatedly") || Is(w, "previously") ||
         Is(w, "recently") || Is(w, "reportedly") || Is(w, "allegedly") || Is(w, "formally") || Is(w, "officially");
}

// An actor phrase: its conjuncts' actors and its token range.
struct Phrase {
  std::array<ActorRef, 4> actors;
  int n = 0;
  uint32_t begin = 0, end = 0;  // tokens [begin, end)
  uint32_t actor_end = 0;       // one past the last token naming an actor
  int32_t pronoun = -1;         // token index of a pronoun standing for the phrase
  bool found() const { return n > 0; }
};

// The verb group around a predicate.
struct Group {
  uint32_t begin = 0;
  Mod mod = Mod::kAsserted;
  bool passive = false;
  bool bare_participle = false;  // "deux militaires tués": passive without an auxiliary
  Tense tense = Tense::kNone;
  bool has_verb = false;
  bool threat = false;  // governed by a threat verb ("a menacé d'envahir", "threatened to attack")
  bool earlier = false;  // "has twice before sued", "had previously accused": earlier acts of the kind
};

// A coded mention before merging.
struct Coded {
  std::string code;
  bool sym = false;
  bool intent_code = false;
  Phrase sources, targets;
  uint32_t sentence = 0;
  uint32_t head = 0, pred_begin = 0, pred_end = 0;  // tokens
  Mod mod = Mod::kAsserted;
  int32_t quote = -1;
  Tense tense = Tense::kNone;
  bool has_verb = false;       // a verb governs the act (its own, or the noun's)
  bool has_verb_head = false;  // the predicate itself is a verb
  int64_t governor = -1;       // the verb governing a noun predicate
  int64_t light_verb = -1;     // the verb saying a noun predicate happens, after it ("talks took place")
  bool passive = false;        // the subject is the target ("B a été accusé par A")
  int32_t target_place = -1;   // violence: the place its target slot names ("ont bombardé Kharkiv"), an entity
  bool earlier = false;        // the group tells earlier acts of the kind (Group::earlier)
  bool object_named = false;   // the pattern names its object instead of a target ("seize tanker")
};

}  // namespace

namespace {

constexpr size_t kMaxElements = 16;
constexpr size_t kMaxPredicatesPerSentence = 64;
// How many earlier facts of the same root and countries a mention is compared with.
constexpr size_t kMergeWindow = 32;

// One element of a pattern: a slot, or a word with its alternatives ("avec|with"; "se"
// too), each alternative numbered by the PatternTable (PatternTable::Alternatives).
struct Element {
  enum class Kind : uint8_t { kWord, kSource, kTarget };
  Kind kind = Kind::kWord;
  uint32_t first_alt = 0, alt_count = 0;  // the alternatives' numbers, in the table's list
  bool IsSlot() const { return kind != Kind::kWord; }
};

struct Pattern {
  std::array<Element, kMaxElements> el;
  int n = 0;
  int head = -1;  // index of the head word in el
  std::string_view code;
  bool noun = false, sym = false, intent = false;
  bool person = false;  // the target must name people ("release {T}": hostages, not a product)
  bool direct = false;  // the target must be the actor itself, not a thing of it ("enquête sur {T}")
  bool igo = false;     // the target must be an international organisation ("quitter la Cedeao")
  bool armed = false;   // the source must be an armed actor and the target a country ("quitter {T}")
  bool force = false;   // the source must be an armed actor ("attack {T}": troops, not a rival's words)
  bool home = false;    // an unnamed target is the source's own government ("réclamer la gratuité scolaire")
  bool crowd = false;   // an unnamed target is the civilians there ("la police a dispersé la manifestation")
  bool has_target = false, has_source_after = false, reflexive = false;
  bool target_first = false;  // {T} before the head: the subject is the target ("{T} receive support from {S}")
};

// Keys numbered 0, 1, ... in the order they are added, found by hash. The table keeps its
// own copy of the keys, side by side: a lookup reads a few small arrays, not a lexicon.
class KeyIds {
 public:
  static constexpr int32_t kNone = -1;
  // Numbers `key` unless it has a number already.
  int32_t Add(std::string_view key);
  // The number of `key`, or kNone.
  int32_t Find(std::string_view key) const;
  size_t size() const { return starts_.size() - 1; }

 private:
  struct Slot {
    uint32_t tag = 0;  // the high half of the key's hash: other keys are passed over unread
    int32_t id = kNone;
  };
  static uint64_t Hash(std::string_view key) { return lexicon_format::Hash(key); }  // the lexicons' own
  std::string_view Key(int32_t id) const {
    const size_t i = static_cast<size_t>(id);
    return std::string_view(bytes_).substr(starts_[i], starts_[i + 1] - starts_[i]);
  }
  void Place(uint64_t hash, int32_t id);  // in the first free slot from the hash's
  std::string bytes_;                     // the keys, back to back
  std::vector<uint32_t> starts_ = {0};    // key i is bytes_[starts_[i], starts_[i + 1])
  std::vector<Slot> slots_;               // open addressing; a power of two, at most half full
};

int32_t KeyIds::Find(std::string_view key) const {
  if (slots_.empty()) return kNone;
  const uint64_t hash = Hash(key);
  const uint32_t tag = static_cast<uint32_t>(hash >> 32);
  const size_t mask = slots_.size() - 1;
  for (size_t s = hash & mask;; s = (s + 1) & mask) {
    const Slot& slot = slots_[s];
    if (slot.id == kNone) return kNone;
    if (slot.tag == tag && Key(slot.id) == key) return slot.id;
  }
}

int32_t KeyIds::Add(std::string_view key) {
  if (const int32_t id = Find(key); id != kNone) return id;
  const int32_t id = static_cast<int32_t>(size());
  bytes_ += key;
  starts_.push_back(static_cast<uint32_t>(bytes_.size()));
  if (2 * size() > slots_.size()) {  // grown: every key placed anew
    slots_.assign(std::max<size_t>(64, 2 * slots_.size()), Slot());
    for (int32_t k = 0; k <= id; ++k) Place(Hash(Key(k)), k);
  } else {
    Place(Hash(key), id);
  }
  return id;
}

void KeyIds::Place(uint64_t hash, int32_t id) {
  const size_t mask = slots_.size() - 1;
  size_t s = hash & mask;
  while (slots_[s].id != kNone) s = (s + 1) & mask;
  slots_[s] = Slot{static_cast<uint32_t>(hash >> 32), id};
}

// Parses a pattern line; its words' alternatives are numbered in *words and listed in *alts.
bool ParsePattern(std::string_view line, KeyIds* words, std::vector<int32_t>* alts, Pattern* p) {
  *p = Pattern();
  std::string_view elements = Field(line, 1);
  p->code = Field(line, 2);
  std::string_view options = Field(line, 3);
  p->noun = options.find("noun") != std::string_view::npos;
  p->sym = options.find("sym") != std::string_view::npos;
  p->intent = options.find("intent") != std::string_view::npos;
  p->person = options.find("person") != std::string_view::npos;
  p->direct = options.find("direct") != std::string_view::npos;
  p->igo = options.find("igo") != std::string_view::npos;
  p->armed = options.find("armed") != std::string_view::npos;
  p->force = options.find("force") != std::string_view::npos;
  p->home = options.find("home") != std::string_view::npos;
  p->crowd = options.find("crowd") != std::string_view::npos;
  while (!elements.empty() && p->n < static_cast<int>(kMaxElements)) {
    size_t sp = elements.find(' ');
    std::string_view e = elements.substr(0, sp);
    elements = sp == std::string_view::npos ? std::string_view() : elements.substr(sp + 1);
    if (e.empty()) continue;
    if (p->head < 0 && e != el::kSourceSlot && e != el::kTargetSlot && e != el::kReflexive) p->head = p->n;
    if (e == el::kReflexive && p->head < 0) p->reflexive = true;
    if (e == el::kTargetSlot) p->has_target = true;
    if (e == el::kTargetSlot && p->head < 0) p->target_first = true;
    if (e == el::kSourceSlot && p->head >= 0) p->has_source_after = true;
    Element& element = p->el[p->n++];
    if (e == el::kSourceSlot || e == el::kTargetSlot) {
      element.kind = e == el::kSourceSlot ? Element::Kind::kSource : Element::Kind::kTarget;
      continue;
    }
    // The alternatives as WordMatches read them: an empty one between two bars counts, none
    // after a last bar.
    element.first_alt = static_cast<uint32_t>(alts->size());
    for (std::string_view rest = e; !rest.empty();) {
      const size_t bar = rest.find('|');
      alts->push_back(words->Add(rest.substr(0, bar)));
      if (bar == std::string_view::npos) break;
      rest.remove_prefix(bar + 1);
    }
    element.alt_count = static_cast<uint32_t>(alts->size()) - element.first_alt;
  }
  return p->head >= 0 && !p->code.empty();
}

// The patterns of one language's lexicon, parsed once when the coder is created: a
// head's patterns are read at each of its occurrences, in every document.
class PatternTable {
 public:
  explicit PatternTable(const Lexicon& lex);
  // The noun (else verb) patterns of a lexicon entry, longest first; none for entry -1.
  const std::vector<Pattern>& Of(int32_t entry, bool noun) const {
    if (entry < 0) return none_;
    const Entry& e = by_entry_[static_cast<size_t>(entry)];
    return noun ? e.noun : e.verb;
  }
  // The numbers (keys()) of the words a word element's alternatives name.
  std::span<const int32_t> Alternatives(const Element& e) const {
    return std::span<const int32_t>(alts_).subspan(e.first_alt, e.alt_count);
  }
  // Every key of the lexicon, numbered by its entry, then the patterns' words that are no
  // key ("anti-" among them when a pattern names it): one lookup of a token's key tells its
  // entry and which pattern words it is.
  const KeyIds& keys() const { return keys_; }
  // The lexicon entry a key number names, or -1.
  int32_t EntryOf(int32_t id) const { return id >= 0 && static_cast<uint32_t>(id) < entries_ ? id : -1; }

 private:
  // (Apart: a head is a verb or not, and TryHead walks only the patterns that fit it.)
  struct Entry {
    std::vector<Pattern> verb, noun;
  };
  std::vector<Entry> by_entry_;  // by entry number
  std::vector<Pattern> none_;
  uint32_t entries_ = 0;       // the lexicon's size
  KeyIds keys_;
  std::vector<int32_t> alts_;  // word elements' alternatives (Element::first_alt)
};

PatternTable::PatternTable(const Lexicon& lex) : by_entry_(lex.size()), entries_(lex.size()) {
  // (A lexicon's keys are distinct: entry i is number i.)
  for (uint32_t i = 0; i < lex.size(); ++i) keys_.Add(lex.KeyAt(i));
  for (uint32_t i = 0; i < lex.size(); ++i) {
    Entry& entry = by_entry_[i];
    // (Counted first: each list is allocated once, at its size; start-up time counts too.)
    size_t verbs = 0, nouns = 0;
    ForEachLine(lex.ValueAt(i), [&](std::string_view line) {
      if (line.empty() || line[0] != el::kPattern) return;
      (Field(line, 3).find("noun") != std::string_view::npos ? nouns : verbs) += 1;
    });
    if (verbs + nouns == 0) continue;
    entry.verb.reserve(verbs);
    entry.noun.reserve(nouns);
    ForEachLine(lex.ValueAt(i), [&entry, this](std::string_view line) {
      if (line.empty() || line[0] != el::kPattern) return;
      Pattern p;
      if (ParsePattern(line, &keys_, &alts_, &p)) (p.noun ? entry.noun : entry.verb).push_back(p);
    });
    // Longest first: once one matches, TryHead skips the shorter ones.
    const auto longer = [](const Pattern& a, const Pattern& b) { return a.n > b.n; };
    std::stable_sort(entry.verb.begin(), entry.verb.end(), longer);
    std::stable_sort(entry.noun.begin(), entry.noun.end(), longer);
  }
}

// The entries of the entities lexicon that name a demonym ('D' candidates), found once
// when the coder is created: most tokens are looked up as demonyms, and a small table
// answers them from the cache where the whole gazetteer would not.
class DemonymTable {
 public:
  explicit DemonymTable(const Lexicon& entities);
  // The entities-lexicon value of `key` when it holds a demonym, else nullopt.
  std::optional<std::string_view> Find(std::string_view key) const {
    const int32_t id = keys_.Find(key);
    if (id == KeyIds::kNone) return std::nullopt;
    return values_[static_cast<size_t>(id)];
  }

 private:
  KeyIds keys_;
  std::vector<std::string_view> values_;  // by key number: views into the lexicon
};

DemonymTable::DemonymTable(const Lexicon& entities) {
  for (uint32_t i = 0; i < entities.size(); ++i) {
    const std::string_view value = entities.ValueAt(i);
    enl::CandidateReader r(value);
    enl::Candidate c;
    while (r.Next(&c)) {
      if (c.type != 'D') continue;
      // (Keys are distinct: each is numbered here, next.)
      keys_.Add(entities.KeyAt(i));
      values_.push_back(value);
      break;
    }
  }
}

// A grammar line of the events lexicon ("G<TAB>modal<TAB>future"): its bits and modality.
void AddGrammar(std::string_view line, TokInfo* ti);

// What each word entry of the events lexicon says of any token it is read for (whether it
// heads patterns, its grammar bits and modality, the role of its first agent reading),
// summed up once when the coder is created: tokens then take it without re-reading the
// entry's lines.
class ReadingTable {
 public:
  struct Readings {
    uint32_t bits = 0;
    Mod modal = Mod::kAsserted;  // with bit::kModal
    std::string_view agent;      // the first agent line's role; empty when none
  };
  explicit ReadingTable(const Lexicon& lex);
  // REQUIRES: entry < the lexicon's size().
  const Readings& At(uint32_t entry) const { return by_entry_[entry]; }

 private:
  std::vector<Readings> by_entry_;
};

}  // namespace

struct EventCoder::Impl {
  Lexicon fr, en, entities;
  // Built from fr and en once they are in place (the tables point into their bytes).
  std::unique_ptr<PatternTable> fr_patterns, en_patterns;
  std::unique_ptr<ReadingTable> fr_readings, en_readings;
  std::unique_ptr<DemonymTable> demonyms;  // entities'
};

namespace {

bool IsVerbal(const Token& t) {
  return t.morph.pos == PartOfSpeech::kVerb || t.morph.pos == PartOfSpeech::kAuxiliary;
}
bool IsPunct(const Token& t) {
  return t.kind == TokenKind::kPunct || t.kind == TokenKind::kQuote || t.kind == TokenKind::kSymbol;
}

// The CAMEO intent code (03x) of a planned act of cooperation; other codes unchanged.
std::string IntentCode(const std::string& code) {
  static constexpr std::pair<std::string_view, std::string_view> kSpecific[] = {
      {"045", "039"},  {"057", "030"},  {"061", "0311"}, {"062", "0312"}, {"063", "0313"},
      {"064", "0314"}, {"071", "0331"}, {"072", "0332"}, {"073", "0333"}, {"074", "0334"},
      {"081", "0351"}, {"082", "0352"}, {"083", "034"},  {"084", "0353"}, {"085", "0354"},
      {"086", "0355"}, {"087", "0356"}};
  for (const auto& [from, to] : kSpecific) {
    if (code.compare(0, 3, from) == 0) return std::string(to);
  }
  std::string_view r(code.data(), 2);
  if (r == "04") return "036";
  if (r == "05") return "032";
  if (r == "06") return "031";
  if (r == "07") return "033";
  if (r == "08") return "035";
  return code;
}

// The CAMEO threat code (13x) of an act a threat verb governs ("a menacé d'envahir",
// "threatened to impose sanctions"): the kind of act threatened.
std::string ThreatCode(const std::string& code) {
  std::string_view c = code;
  std::string_view r = c.substr(0, 2);
  if (r == "13") return code;
  if (r == "16") {
    if (c.rfind("162", 0) == 0) return "1311";
    if (c.rfind("163", 0) == 0) return "1312";
    if (c.rfind("161", 0) == 0 || c.rfind("160", 0) == 0) return "1313";
    return "131";
  }
  if (r == "17") return "137";
  if (r == "14") return "133";
  if (r == "15") return "138";
  if (r == "18") return "1383";
  if (r == "19") {
    if (c.rfind("191", 0) == 0) return "1381";
    if (c.rfind("192", 0) == 0) return "1382";
    return "1384";
  }
  if (r == "20") return "1385";
  return "130";
}

// Coercion aimed at a place and its people rather than at an actor: property seized or
// destroyed, a curfew, a state of emergency. Its target is the place's country.
bool PlaceAct(std::string_view code) {
  return code.rfind("171", 0) == 0 || code == "1723" || code == "1724";
}

// Aid given, pledged or let in: sent to a place, it goes to that place's people ("aid to
// Gaza" is aid to PSE), as violence hits the country where it falls.
bool AidAct(std::string_view code) {
  return code.rfind("07", 0) == 0 || code.rfind("033", 0) == 0 || code == "0863";
}

// Roots whose events may lack a target: protest, force posture, violence (and PlaceAct).
bool MonadicRoot(std::string_view code) {
  std::string_view r = code.substr(0, 2);
  return Is(r, "14") || Is(r, "15") || Is(r, "18") || Is(r, "19") || Is(r, "20") || PlaceAct(code);
}

// Per-call state of Code().
class Coder {
 public:
  Coder(const Lexicon& lex, const PatternTable& patterns, const ReadingTable& readings, const Lexicon& entities,
        const DemonymTable& demonyms, Document* doc)
      : lex_(lex),
        patterns_(patterns),
        readings_(readings),
        entities_(entities),
        demonyms_(demonyms),
        doc_(*doc),
        toks_(doc->tokens) {}

  void Run();

 private:
  // ---------------------------------------------------------------- token layer
  std::string_view LemmaKey(uint32_t i) const {
    return std::string_view(keys_).substr(info_[i].lemma_off, info_[i].lemma_len);
  }
  std::string_view TextKey(uint32_t i) const {
    return std::string_view(keys_).substr(info_[i].text_off, info_[i].text_len);
  }
  void BuildTokens();
  // English: the lemma of an unknown inflected verb form, when one of its readings heads a
  // verb pattern; appended to keys_ (lemma_off/len updated). Returns false otherwise.
  bool GuessEnglishVerb(uint32_t i, std::string_view text);
  // French: a past participle the tagger took for a noun or adjective in a second verb phrase
  // sharing the first's auxiliary ("a rejeté ces critiques et accusé le Japon"): its
  // infinitive, when that heads a verb pattern; appended to keys_. Returns false otherwise.
  bool GuessFrenchParticiple(uint32_t i, std::string_view text);
  // Does `lemma` head at least one verb (not noun) pattern?
  bool HeadsVerbPattern(std::string_view lemma) const;
  bool Verbal(uint32_t i) const { return IsVerbal(toks_[i]) || info_[i].guess_verb; }
  // English "before" inside a verb group after "have" ("has twice before sued", "had never
  // before met"): an adverb, not a subordinator. Reads only tokens up to i.
  bool AdverbialBefore(uint32_t i) const {
    if (doc_.lang != Language::kEnglish || i == 0 || !Is(TextKey(i), "before")) return false;
    if (LemmaKey(i - 1) == "have") return true;
    const std::string_view p = TextKey(i - 1);
    return i >= 2 && (FloatingAdverb(p) || p == "never" || p == "not") && LemmaKey(i - 2) == "have";
  }
  bool InGroupAdverb(uint32_t i) const { return FloatingAdverb(TextKey(i)) || AdverbialBefore(i); }
  VerbForm Form(uint32_t i) const { return info_[i].guess_verb ? info_[i].guess_form : toks_[i].morph.verb_form; }
  Tense TenseOf(uint32_t i) const {
    return info_[i].guess_verb ? info_[i].guess_tense : toks_[i].morph.tense;
  }
  void MapEntities();
  // In a story on both Koreas, "the South" and "the North" ("le Sud", "le Nord"; a capitalised
  // compass word after the article, no name after it; lower-case before a stop or a verb) are they.
  void MapKoreas();
  void ShortForms();  // fills short_form_of_ (after excluded_)
  void MapTimexesAndQuotes();

  // ---------------------------------------------------------------- phrases
  enum class Np : uint8_t { kStop, kEnt, kDem, kAgent, kDet, kAdj, kNoun, kOf, kCoord, kNum, kPrep };
  Np Class(uint32_t i) const;
  bool NpStart(Np k) const {
    return k == Np::kEnt || k == Np::kDem || k == Np::kAgent || k == Np::kDet || k == Np::kAdj ||
           k == Np::kNoun || k == Np::kNum;
  }
  // seats: a capital read here stands for its government ("a sollicité Pékin").
  // appos: a private person followed by ", <agent phrase>" takes that phrase's role.
  Phrase ReadRight(uint32_t p, uint32_t limit, bool seats = false, bool appos = true) const;
  Phrase ReadLeft(uint32_t last, uint32_t floor) const;
  // "François Brottes (PS)": a private person followed by a parenthesised organisation
  // (a party) acts as that organisation's actor. open: the "(" token.
  void ParenRole(Phrase* ph, uint32_t open) const;
  void ActorsOf(uint32_t begin, uint32_t end, Phrase* out, bool seats = false) const;
  // The demonym at dem is a noun naming people, counted or indefinite ("deux Britanniques",
  // "des centaines de Tibétains", "three Americans"), within a phrase opening at begin.
  bool CountedPeople(uint32_t begin, uint32_t dem) const;
  bool IsCapital(int32_t entity) const;
  // A comma between two named actors (entities that are not places, or demonyms): a list.
  bool ListComma(uint32_t i) const;
  bool Excluded(const Entity& e) const;  // from excluded_, filled once per document
  bool ComputeExcluded(const Entity& e) const;

  // ---------------------------------------------------------------- clauses
  Group AnalyzeGroup(uint32_t head, uint32_t sb) const;
  // depth: how many coordinated verbs were followed back already (bounded).
  Phrase FindSubject(uint32_t group_begin, uint32_t sb, int depth = 0) const;
  // The actor phrase before a relative clause or participle phrase ending at `last`, or none.
  Phrase SubjectBeforeModifier(uint32_t last, uint32_t sb) const;
  bool ResolvePronoun(uint32_t tok, ActorRef* out) const;
  // A sentence opening with a prepositional or participial phrase ("Lors de sa visite à
  // Moscou, le président chinois ...", "Speaking after talks with X, Y said"): the subject of
  // the main clause after its comma, for an act named in the opening (at `at`).
  Phrase OpeningSubject(uint32_t at, uint32_t sb, uint32_t se) const;
  // A present participle modifying the object of a verb ("adopted a resolution condemning
  // X"): that verb's subject.
  Phrase ParticipleSubject(uint32_t head, uint32_t sb) const;
  // A gerund after "by", "en", "after", "while" ("retaliated by firing", "a riposté en
  // expulsant"): the main verb's subject. group_begin: the gerund's group.
  Phrase GerundSubject(uint32_t group_begin, uint32_t sb) const;
  // The verb of the main clause a gerund or participle clause opening at group_begin hangs on
  // ("a réagi en expulsant", "rejected the claims, accusing"); -1 when none.
  int64_t GerundMainVerb(uint32_t group_begin, uint32_t sb) const;
  // A noun predicate whose pattern holds its own verb after it ("an agreement reached
  // between A and B"): the act happened, whatever governs the noun.
  bool OwnVerb(const Coded& m) const {
    for (uint32_t t = m.head + 1; t < m.pred_end; ++t) {
      if (Verbal(t)) return true;
    }
    return false;
  }
  // A first-person possessive before a noun predicate ("our deals", "nos accords"): the
  // quote's speaker.
  bool PossessorActor(uint32_t head, uint32_t sb, ActorRef* out) const;
  // The actor who speaks a quote (entity, else the actor its mention's phrase names). With
  // `bare`, a mention naming a role without a country ("Army officers said") is that role,
  // left for the story's country to complete.
  bool SpeakerActor(int32_t quote, ActorRef* out, bool bare = false) const;
  // "expelled a Russian diplomat, accusing him", "a expulsé un diplomate, l'accusant": the
  // object of the sentence's predicate ending right before the comma at `comma`. False if none.
  bool MainClauseObject(uint32_t comma, ActorRef* out) const;
  // French "l'/le/la/les" at i, the object clitic of the present participle after it.
  bool ObjectClitic(uint32_t i) const {
    if (doc_.lang != Language::kFrench || i + 1 >= toks_.size() || Form(i + 1) != VerbForm::kPresentParticiple) {
      return false;
    }
    const std::string_view w = TextKey(i);
    return w == "l'" || w == "le" || w == "la" || w == "les";
  }
  std::string EntityActor(const Entity& e, bool metonymic, std::string_view agent) const;
  // le, la, the, ces, this...: a determiner after which a noun names something already met.
  bool DefiniteDeterminer(uint32_t i) const;
  // The actor an anaphoric noun ("l'organisation", "the latter", token tok, with its agent
  // role if any) names: the nearest fitting entity mention before it. False if none.
  bool ResolveDescription(uint32_t tok, std::string_view agent, ActorRef* out) const;
  // A plural description's antecedent: the subject of the sentence before, when that phrase
  // holds the same noun. False if none.
  bool PluralAntecedent(uint32_t tok, ActorRef* out) const;
  // The sentence before the one holding token tok; nullptr for the first.
  const Sentence* SentenceBefore(uint32_t tok) const;
  uint32_t TokenSentence(uint32_t tok) const;  // index of the sentence holding tok
  // The last of the `window` latest events coded so far that fits `fits`, or nullptr.
  template <typename Fits>
  const Event* LastEventWhere(size_t window, Fits fits) const {
    for (auto e = events_.rbegin(); e != events_.rend() && static_cast<size_t>(e - events_.rbegin()) < window; ++e) {
      if (fits(*e)) return &*e;
    }
    return nullptr;
  }
  // Where the first verb group of sent (within its first 24 tokens) begins; -1 if none.
  int64_t FirstGroupBegin(const Sentence& sent) const;
  // A noun followed by what describes it ("les groupes de défense des droits humains", "the
  // militant group Hamas"): a new description, no anaphor.
  bool Described(uint32_t i) const;

  // ---------------------------------------------------------------- predicates
  // Does token i read as one of the word element's alternatives (its lemma, its text, or its
  // text less a plural s; "anti-": a word against a people)?
  bool WordMatches(uint32_t i, const Element& e) const;
  // Can each word element of p between its head and its next slot match a token after the
  // head (word_last_)? MatchAfterHead looks for them there, so it fails when this does.
  // REQUIRES: word_last_ covers the tokens up to the end of the sentence holding head.
  bool WordsAhead(const Pattern& p, uint32_t head) const;
  // A word alone between quote marks, not a name: "the 'criminal' policy of X", "la politique
  // « criminelle » de X" — a characterisation inside a phrase, no actor.
  bool QuotedWord(uint32_t i) const;
  // "what he called", "ce qu'il a qualifié de": a characterisation's frame opening at i before
  // the object it names; the index after it, or i.
  uint32_t AfterWhatCalled(uint32_t i, uint32_t limit) const;
  // "en échange", "en retour", "in exchange", "in return": an adverb in two words opening at i.
  bool TwoWordAdverb(uint32_t i) const;
  // A quotation of one to three words naming no actor and holding no verb, opening at the
  // quote mark i ("une « dérive autoritaire » du pouvoir"): the index after its closing mark,
  // or i.
  uint32_t AfterShortQuote(uint32_t i, uint32_t limit) const;
  // A noun naming people by their place in a body the complement names: leaders, members.
  bool MemberNoun(uint32_t i) const {
    // (By its text too, without a plural s: opening a sentence, "Leaders" may be tagged a name.)
    std::string_view t = TextKey(i);
    if (t.size() > 3 && t.back() == 's') t.remove_suffix(1);
    for (const std::string_view l : {LemmaKey(i), t}) {
      if (l == "dirigeant" || l == "leader" || l == "chef" || l == "membre" || l == "member" || l == "responsable" ||
          l == "cadre" || l == "official" || l == "figure") {
        return true;
      }
    }
    return false;
  }
  // A noun counting people: thousands, hundreds, dozens; milliers, centaines, dizaines.
  bool CountNoun(uint32_t i) const {
    // (By its text too: opening a sentence, "Thousands" may be tagged a name.)
    for (const std::string_view l : {LemmaKey(i), TextKey(i)}) {
      if (l == "thousand" || l == "hundred" || l == "dozen" || l == "millier" || l == "centaine" || l == "dizaine" ||
          l == "thousands" || l == "hundreds" || l == "dozens" || l == "milliers" || l == "centaines" ||
          l == "dizaines") {
        return true;
      }
    }
    return false;
  }
  // A noun naming a civil body of any kind, which an agent adjective right after it says more
  // of: "les associations étudiantes" are students' (EDU), "l'association des imams" a body.
  bool BodyNoun(uint32_t i) const {
    const std::string_view l = LemmaKey(i);
    return l == "association" || l == "collectif" || l == "charity";
  }
  // "between"/"entre" after the noun opening a phrase ("the agreement between India and
  // China", "l'accord entre Paris et Berlin"): it introduces the parties of the thing named;
  // "from" after an agent noun tells whose it is ("officials from Russia and Ukraine").
  bool PartiesPrep(uint32_t i, uint32_t phrase_begin) const {
    if (i <= phrase_begin) return false;
    const std::string_view k = TextKey(i);
    if (k == "from") {
      // (Only before a name: "suspended the MP from the party" is another construction.)
      const uint32_t n = i + 1 < toks_.size() && Class(i + 1) == Np::kDet ? i + 2 : i + 1;
      return Class(i - 1) == Np::kAgent && n < toks_.size() && Class(n) == Np::kEnt;
    }
    return (k == "between" || k == "entre") && (Class(i - 1) == Np::kNoun || Class(i - 1) == Np::kAgent);
  }
  bool Skippable(uint32_t i) const;
  // A line citing a source ("\"Title\" — Outlet, date"), as at the foot of an article: its
  // title's verbs are no events of the dispatch.
  bool CitationLine(const Sentence& sent) const;
  uint32_t AfterAside(uint32_t i, uint32_t limit) const;
  uint32_t AfterPlace(uint32_t i, uint32_t limit) const;
  // "a reçu à l'Élysée le président", "received at the White House the envoy": a seat named
  // after a locative preposition, with the object still to come (an article or a name after
  // it). The index after the seat, or i.
  uint32_t AfterSeat(uint32_t i, uint32_t limit) const;
  // "ont eu lieu", "se sont tenus mardi", "took place", "were held": a verb group saying that
  // the noun before it happens, opening at i. The index after it (its verb in *verb), or i.
  uint32_t AfterLightVerb(uint32_t i, uint32_t limit, int64_t* verb) const;
  enum class HeadKind : uint8_t { kThing, kPeople, kActor };
  HeadKind TargetHead(const Phrase& ph) const;
  bool HasReflexive(uint32_t head, uint32_t sb) const;
  bool MatchAfterHead(const Pattern& p, uint32_t head, uint32_t se, bool passive, Coded* m) const;
  // The author of an act named by the phrase `ph` of sentence s, for a predicate of `code`
  // that judges, answers or demands something of it: a violent deed ("ces attaques", "the
  // killings"; roots 11-13) is the last violent act's source; a demonstrative or a noun naming
  // an act ("cette décision", "the move"; roots 11-12, and praise, 051) is the author of the last event, told at
  // most two sentences before. The act noun may stand from `from` (a quoted characterisation
  // before the phrase). *end is where the words read end. False when they name no such act.
  bool ActAuthor(std::string_view code, const Phrase& ph, uint32_t from, uint32_t se, uint32_t s, ActorRef* author,
                 uint32_t* end) const;
  // "revendiquées par", "a été menée par", "was carried out by": a verb group opening at j
  // whose participle is of the grammar's `author` list and whose agent follows. The index of
  // the agent preposition, or j.
  uint32_t AuthorAgent(uint32_t j, uint32_t se) const;
  void CodeSentence(uint32_t s);
  bool TryHead(uint32_t head, uint32_t s, Coded* best, int* best_len) const;
  // A passive whose subject is the pattern's object ("Des sanctions ont été imposées à X par
  // Y", "Aid was delivered to X by Y"): matches the pattern's "prep {T}" tail after the verb,
  // its object words in the subject, and takes the "par/by" agent as source.
  bool ThingSubjectPassive(const Pattern& p, uint32_t head, uint32_t s, const Group& g, Coded* m) const;
  // A relative clause on the pattern's object ("a charge Abu Dhabi has denied", "les
  // accusations que Kigali a rejetées"): a pattern without target whose object words end the
  // noun phrase right before the clause's subject (and its "que/that/which"), nothing after
  // the verb group.
  bool ObjectBeforeSubject(const Pattern& p, uint32_t head, uint32_t s, const Group& g, Coded* m) const;
  // An object relative clause on the target ("la CPI, qu'ils accusent d'être partiale", "the
  // court, which Mali accuses of bias", "C'est Kiev que Moscou accuse"): a pattern whose target
  // follows the head matches without it when the clause's subject follows a que/which/whom
  // after an actor phrase, and that phrase is the target.
  bool RelativeObject(const Pattern& p, uint32_t head, uint32_t s, const Group& g, Coded* m) const;
  // A verb that judges or answers an act rather than doing it: its plain transitive pattern
  // disapproves (11x), rejects (12x), praises (051) or denies (016): "condemn", "saluer".
  bool JudgingVerb(uint32_t t) const;
  // The noun (else verb) patterns of an events-lexicon entry (parsed when the coder was created).
  const std::vector<Pattern>& PatternsOf(int32_t entry, bool noun) const { return patterns_.Of(entry, noun); }
  void FillArguments(const Pattern& p, uint32_t head, uint32_t s, const Group& g, Coded* m) const;
  void ImplicitPartner(Coded* m) const;
  // The two parties of a joint act read in this sentence (its subject's members, or subject and
  // target); false when it is no joint act with two.
  bool JointParties(const Coded& c, std::string parties[2]) const;
  // The country of a place named between a noun predicate and its governing verb, or "".
  std::string_view GovernorPlaceCountry(const Coded& m) const;
  // Sets *out to the civilians of where act m happens (its place, else with `dateline` the
  // dateline's country, else `otherwise`): an unnamed crowd, protesting or dispersed.
  void CiviliansThere(const Coded& m, uint32_t sb, uint32_t se, std::string_view otherwise, bool dateline,
                      Phrase* out) const;
  // The country of the place (city, region) named nearest to `head` in [sb, se), or "".
  std::string_view NearestPlaceCountry(uint32_t head, uint32_t sb, uint32_t se) const;

  // ---------------------------------------------------------------- events
  void Emit(const Coded& m);
  // m is an act a quote says another party must or should do: *out is the speaker's demand
  // of that party.
  bool ObligationDemand(const Coded& m, Coded* out) const;
  std::string EventDate(const Coded& m, uint32_t scope_b, uint32_t scope_e) const;
  // Whether tokens [tb, te) stand in a relative clause or an apposition between commas that
  // closes before `limit` ("Hasina, who fled in August 2024, accused", "X, encore en fonction
  // jusqu'en mars 2013, demande": that date is not the act's); sb is the sentence's first token.
  bool InClosedAside(uint32_t tb, uint32_t te, uint32_t limit, uint32_t sb) const;
  std::string ReportingDate(const Coded& m) const;
  bool EventPlace(const Coded& m, uint32_t scope_b, uint32_t scope_e, Event* ev) const;
  void Scope(const Coded& m, uint32_t* b, uint32_t* e) const;
  void MergeAndNumber();
  Span TokSpan(uint32_t b, uint32_t e) const {
    if (b >= e) return Span{};
    return Span{toks_[b].span.start, toks_[e - 1].span.end};
  }
  uint32_t TokenAt(uint32_t cp) const;  // first token ending after cp

  const Lexicon& lex_;
  const PatternTable& patterns_;  // lex_'s
  const ReadingTable& readings_;  // lex_'s
  const Lexicon& entities_;  // the entities stage's lexicon: capitals, the dateline's city
  const DemonymTable& demonyms_;  // entities_'s demonyms
  Document& doc_;
  const std::vector<Token>& toks_;
  std::vector<TokInfo> info_;
  std::string keys_;
  std::string scratch_;
  std::string guess_buf_;
  std::string published_date_;
  // The dateline's place, resolved once per document.
  struct DatelinePlace {
    bool found = false;
    std::string name, country;
    bool has_geo = false;
    double lat = 0, lon = 0;
    bool from_headline = false;  // the headline's one scene, no dateline
  } dateline_;
  void ResolveDateline();
  void HeadlinePlace();
  bool DispatchDay(const Coded& m, Mod mod, const std::string& date, uint32_t sb, uint32_t se) const;
  std::array<std::string, 2> dyad_;  // the document's two dominant countries, when clear
  // The last three countries an act named together ("le Mali, le Burkina Faso et le Niger"),
  // for "les trois pays", "the three countries".
  std::array<std::string, 3> triple_;
  int dyad_mentions_ = 0;            // their mentions
  std::array<int32_t, 2> firms_ = {-1, -1};  // its two dominant companies (entities), when clear
  int firms_mentions_ = 0;
  std::string main_country_;         // the country the dispatch is mostly about, when clear
  struct Said {
    uint32_t tok;
    ActorRef actor;
  };
  std::vector<Said> subjects_;  // subjects seen so far (quote speakers, event sources), by position
  struct Timex1 {
    uint32_t b, e;
    std::string date;
  };
  std::vector<Timex1> dates_;
  std::vector<Event> events_;
  std::vector<bool> text_dated_;  // per events_ entry: the date was read off the text
  std::vector<bool> day_place_;   // per events_ entry: placeless, of the dispatch's day
  std::vector<bool> earlier_;     // per events_ entry: told as earlier acts of the kind
  std::vector<std::string> base_code_;  // per events_ entry: the code before an intent code
  std::vector<Coded> sentence_;  // the predicates of the sentence being coded
  std::vector<bool> excluded_;   // per entity: never an actor (agency, credited journalist)
  // Per entity: the organisation named before whose name it opens ("le Conseil" after "le
  // Conseil national syrien": the nearest such, whatever the entities stage guessed for the
  // bare word), else -1. Filled once per document.
  std::vector<int32_t> short_form_of_;
  ActorRef last_violence_;       // the source of the last violent act (roots 18-20) coded so far
  const int32_t anti_word_ = patterns_.keys().Find("anti-");  // KeyIds::kNone when no pattern has it
  // Per key number: the last token naming it before words_end_, -1 if none; anti_last_
  // likewise for a word against a people (WordsAhead).
  std::vector<int64_t> word_last_;
  int64_t anti_last_ = -1;
  uint32_t words_end_ = 0;
};

// ------------------------------------------------------------------ token layer

void Coder::BuildTokens() {
  const size_t n = toks_.size();
  keys_.clear();
  keys_.reserve(n * 12);
  for (size_t i = 0; i < n; ++i) {
    const Token& t = toks_[i];
    TokInfo& ti = info_[i];
    const std::string_view text = doc_.Slice(t.span);
    ti.text_off = static_cast<uint32_t>(keys_.size());
    AppendFoldForMatch(text, &keys_);
    ti.text_len = static_cast<uint32_t>(keys_.size()) - ti.text_off;
    if (t.morph.lemma == text) {
      // (Many words are their own lemma, "de", "la", "Russie", "talk": folded once.)
      ti.lemma_off = ti.text_off;
      ti.lemma_len = ti.text_len;
    } else if (!t.morph.lemma.empty()) {
      ti.lemma_off = static_cast<uint32_t>(keys_.size());
      AppendFoldForMatch(t.morph.lemma, &keys_);
      ti.lemma_len = static_cast<uint32_t>(keys_.size()) - ti.lemma_off;
    } else {
      ti.lemma_off = ti.text_off;
      ti.lemma_len = ti.text_len;
    }
    if (doc_.lang == Language::kEnglish && t.kind == TokenKind::kWord && ti.lemma_len == ti.text_len &&
        ti.text_len >= 4 &&
        (t.morph.pos == PartOfSpeech::kAdjective || t.morph.pos == PartOfSpeech::kNoun ||
         t.morph.pos == PartOfSpeech::kUnknown || t.morph.pos == PartOfSpeech::kProperNoun ||
         t.morph.pos == PartOfSpeech::kVerb) &&
        LemmaKey(static_cast<uint32_t>(i)) == TextKey(static_cast<uint32_t>(i))) {
      // Not a proper noun inside a sentence ("Prompted" opening one is a verb); nor a plural
      // opening one ("Talks between X and Y took place": a subject, not a verb).
      const bool opening = i == 0 || toks_[i - 1].kind != TokenKind::kWord;
      const bool opening_plural = opening && t.morph.pos == PartOfSpeech::kProperNoun &&
                                  TextKey(static_cast<uint32_t>(i)).back() == 's';
      if ((t.morph.pos != PartOfSpeech::kProperNoun || opening) && !opening_plural) {
        guess_buf_.assign(TextKey(static_cast<uint32_t>(i)));
        GuessEnglishVerb(static_cast<uint32_t>(i), guess_buf_);
      }
    }
    // A headline's verb the tagger took for a plural noun, between a name and its object
    // ("Cisco sues Apple", "Russia sanctions the bank"): a present-tense verb when its form
    // heads a verb pattern. A name after a determiner is rather a noun's modifier ("the Iran
    // sanctions Russia imposed").
    if (doc_.lang == Language::kEnglish && t.morph.pos == PartOfSpeech::kNoun && ti.lemma_len != ti.text_len &&
        i > 0 && i + 1 < n && toks_[i - 1].morph.pos == PartOfSpeech::kProperNoun &&
        (i < 2 || toks_[i - 2].morph.pos != PartOfSpeech::kDeterminer) &&  // not "the Iran sanctions"
        (toks_[i + 1].morph.pos == PartOfSpeech::kProperNoun || toks_[i + 1].morph.pos == PartOfSpeech::kDeterminer) &&
        TextKey(static_cast<uint32_t>(i)).size() >= 4 && TextKey(static_cast<uint32_t>(i)).back() == 's') {
      guess_buf_.assign(TextKey(static_cast<uint32_t>(i)));
      GuessEnglishVerb(static_cast<uint32_t>(i), guess_buf_);
    }
  }
  const bool french = doc_.lang == Language::kFrench;
  if (french) {
    for (size_t i = 2; i < n; ++i) {
      const Token& t = toks_[i];
      if (t.kind != TokenKind::kWord || t.Has(tf::kCapitalized) ||
          (t.morph.pos != PartOfSpeech::kNoun && t.morph.pos != PartOfSpeech::kAdjective)) {
        continue;
      }
      const std::string_view before = TextKey(static_cast<uint32_t>(i - 1));
      if (!Is(before, "et") && !Is(before, "ou") && !Is(before, "puis") && !Is(before, ",")) continue;
      // The first verb phrase: an auxiliary then a participle, earlier in the clause.
      bool shared_aux = false;
      for (size_t k = i - 1, steps = 0; k > 0 && steps < 20; --k, ++steps) {
        const std::string_view w = doc_.Slice(toks_[k - 1].span);
        if (Is(w, ".") || Is(w, ";") || Is(w, ":") || Is(w, "?") || Is(w, "!")) break;
        if (toks_[k - 1].morph.pos == PartOfSpeech::kAuxiliary && toks_[k].morph.pos == PartOfSpeech::kVerb) {
          shared_aux = true;
          break;
        }
      }
      if (!shared_aux) continue;
      guess_buf_.assign(TextKey(static_cast<uint32_t>(i)));
      GuessFrenchParticiple(static_cast<uint32_t>(i), guess_buf_);
    }
  }
  const KeyIds& keys = patterns_.keys();
  for (size_t i = 0; i < n; ++i) {
    TokInfo& ti = info_[i];
    const Token& t = toks_[i];
    std::string_view lk = LemmaKey(i), tk = TextKey(i);
    // The numbers of the token's keys: its lexicon entries, and the pattern words it is
    // (WordMatches). A plural the tagger lemmatised as something else ("conjoints" read as
    // the participle of conjoindre) is also its singular by the text.
    const bool same = (ti.lemma_off == ti.text_off && ti.lemma_len == ti.text_len) || lk == tk;
    ti.text_id = keys.Find(tk);
    ti.lemma_id = same ? ti.text_id : keys.Find(lk);
    if (tk.size() > 4 && tk.back() == 's' && t.morph.pos != PartOfSpeech::kProperNoun) {
      ti.singular_id = keys.Find(tk.substr(0, tk.size() - 1));
    }
    if (t.kind != TokenKind::kWord) continue;
    const ReadingTable::Readings* lemma_readings = nullptr;
    const ReadingTable::Readings* text_readings = nullptr;
    if (const int32_t entry = patterns_.EntryOf(ti.lemma_id); entry >= 0) {
      ti.lemma_entry = entry;
      lemma_readings = &readings_.At(static_cast<uint32_t>(entry));
    }
    if (const int32_t entry = patterns_.EntryOf(ti.text_id); !same && entry >= 0) {
      ti.text_entry = entry;
      text_readings = &readings_.At(static_cast<uint32_t>(entry));
    }
    for (const ReadingTable::Readings* r : {lemma_readings, text_readings}) {
      if (r == nullptr) continue;
      ti.bits |= r->bits;
      ti.modal = Stronger(ti.modal, r->modal);
      // An agent is a noun: "président" yes, "présider" no ("l'organisation armée": the
      // participle of armer, not the army). An adjective may be one: "les associations
      // étudiantes", "les groupes rebelles".
      if (t.morph.pos != PartOfSpeech::kVerb && t.morph.pos != PartOfSpeech::kAuxiliary && ti.agent.empty()) {
        ti.agent = r->agent;
      }
      // A party family names people as a noun ("les socialistes", "the Republicans"), not as
      // an adjective ("les valeurs républicaines", "un gouvernement socialiste").
      if (t.morph.pos == PartOfSpeech::kAdjective && ti.agent == "PTY") ti.agent = {};
    }
    // "arriver au pouvoir", "au pouvoir depuis 2010": "in power", not the governing power
    // ("le pouvoir congolais").
    if (french && lk == "pouvoir" && i > 0 && (TextKey(static_cast<uint32_t>(i - 1)) == "au")) {
      ti.agent = {};
    }
    // ("has twice before sued": no subordinator; only a word that is one is read.)
    if (ti.Is(bit::kSub) && AdverbialBefore(static_cast<uint32_t>(i))) ti.bits &= ~bit::kSub;
    // English: a capitalised plural the tagger took for a name ("Rebels kidnapped ...") is
    // still an agent noun: its singular; so is a plural in -men it left as its own lemma
    // ("fishermen", "gunmen").
    const bool men = tk.size() > 4 && Is(tk.substr(tk.size() - 3), "men");
    if (!french && ti.agent.empty() && ti.entity < 0 &&
        (t.morph.pos == PartOfSpeech::kProperNoun || (t.morph.pos == PartOfSpeech::kNoun && men)) &&
        tk.size() > 3 && (tk.back() == 's' || men)) {
      std::string_view sing = tk.substr(0, tk.size() - 1);
      char buf[48];
      if (tk.size() > 4 && tk.size() < sizeof(buf) && tk.substr(tk.size() - 3) == "men") {  // "Fishermen"
        std::copy(tk.begin(), tk.end() - 3, buf);
        std::copy_n("man", 3, buf + tk.size() - 3);
        sing = std::string_view(buf, tk.size());
      } else if (tk.size() > 4 && tk.size() < sizeof(buf) && tk.substr(tk.size() - 3) == "ies") {  // "Charities"
        std::copy(tk.begin(), tk.end() - 3, buf);
        buf[tk.size() - 3] = 'y';
        sing = std::string_view(buf, tk.size() - 2);
      }
      if (std::optional<std::string_view> v = lex_.Find(sing)) {
        ForEachLine(*v, [&](std::string_view line) {
          if (!line.empty() && line[0] == el::kAgent && ti.agent.empty()) ti.agent = Field(line, 1);
        });
      }
    }
    // Two-word grammar keys ("due to", "going to", "parce que"): on the first word.
    if (i + 1 < n && ti.Is(bit::kFirst)) {
      // The second word as written, else in the singular ("hommes armés": "homme armé").
      const std::string_view second = TextKey(static_cast<uint32_t>(i + 1));
      scratch_.assign(lk).append(1, ' ').append(second);
      std::optional<std::string_view> pair = lex_.Find(scratch_);
      if (!pair && second.size() > 3 && second.back() == 's') {
        scratch_.pop_back();
        pair = lex_.Find(scratch_);
      }
      uint8_t words = 1;
      // Or three words joined by "de": "forces de sécurité", "forces de l'ordre" (an elided
      // article written onto its noun).
      if (!pair && i + 2 < n && (second == "de" || second == "d'")) {
        scratch_.assign(lk).append(" de ").append(TextKey(static_cast<uint32_t>(i + 2)));
        words = 2;
        if (scratch_.back() == '\'' && i + 3 < n) {
          scratch_.append(TextKey(static_cast<uint32_t>(i + 3)));
          words = 3;
        }
        pair = lex_.Find(scratch_);
      }
      if (std::optional<std::string_view> v = pair) {
        ForEachLine(*v, [&](std::string_view line) {
          if (!line.empty() && line[0] == el::kGrammar) AddGrammar(line, &ti);
          // A two-word agent names the phrase's role on its first word ("homme armé" UAF,
          // "commission électorale" GOV), over the first word's own.
          if (!line.empty() && line[0] == el::kAgent) {
            ti.agent = Field(line, 1);
            ti.agent_words = words;
          }
        });
      }
    }
    // (Short words only: most tokens skip the comparisons.)
    if (tk.size() <= 3) {
      if (Is(tk, "de") || Is(tk, "d'") || Is(tk, "du") || Is(tk, "des") || Is(tk, "of") || Is(tk, "'s")) {
        ti.bits |= bit::kOf;
      }
      if (Is(tk, "de") || Is(tk, "d'") || Is(tk, "a") || Is(tk, "to")) ti.bits |= bit::kInfMarker;
      if (french && (Is(tk, "se") || Is(tk, "s'"))) ti.bits |= bit::kReflexive;
    }
    // Demonyms, from the entities lexicon (adjectives and nouns only).
    const PartOfSpeech pos = t.morph.pos;
    const bool nominal = pos == PartOfSpeech::kAdjective || pos == PartOfSpeech::kNoun ||
                         pos == PartOfSpeech::kProperNoun || pos == PartOfSpeech::kUnknown;
    if (!nominal || ti.entity >= 0) continue;
    // "une manifestation anti-américaine", "anti-Japanese protests": what the word is against.
    if (tk.size() > 6 && Is(tk.substr(0, 5), "anti-")) {
      if (std::optional<std::string_view> v = demonyms_.Find(tk.substr(5))) {
        enl::CandidateReader r(*v);
        enl::Candidate c;
        const uint8_t lang = french ? 1 : 2;
        while (r.Next(&c)) {
          if (c.type != 'D' || (c.lang != 0 && c.lang != lang)) continue;
          if (Field(c.payload, 1) != "adj") continue;
          ti.anti = Field(c.payload, 0);
          break;
        }
      }
    }
    // A two-word demonym ("North Korean", "nord-coréen" is one word) before the one word
    // ("Korean" alone is the South's).
    auto demonym_of = [&](std::string_view key, std::string_view exact) {
      std::optional<std::string_view> v = demonyms_.Find(key);
      if (!v) return false;
      enl::CandidateReader r(*v);
      enl::Candidate c;
      const uint8_t lang = french ? 1 : 2;
      while (r.Next(&c)) {
        if (c.type != 'D' || (c.lang != 0 && c.lang != lang)) continue;
        if (!c.exact.empty() && c.exact != exact) continue;
        std::string_view demonym_pos = Field(c.payload, 1);
        if (demonym_pos != "adj" && demonym_pos != "noun") continue;
        // The West's adjective is also a compass point: "western Ukraine", "l'Afrique
        // occidentale" name places, "Western partners", "les pays occidentaux" the West.
        if (Field(c.payload, 0) == "WST" &&
            (french ? i > 0 && info_[i - 1].entity >= 0 : !t.Has(tf::kCapitalized))) {
          continue;
        }
        ti.demonym = Field(c.payload, 0);
        return true;
      }
      return false;
    };
    bool two = false;
    if (i > 0 && toks_[i - 1].kind == TokenKind::kWord && toks_[i - 1].span.end + 1 == t.span.start &&
        info_[i - 1].entity < 0) {
      guess_buf_.assign(TextKey(static_cast<uint32_t>(i - 1)));
      guess_buf_ += ' ';
      guess_buf_ += tk;
      two = demonym_of(guess_buf_, doc_.Slice(Span{toks_[i - 1].span.start, t.span.end}));
    }
    if (!two) demonym_of(tk, doc_.Slice(t.span));
  }
}

bool Coder::GuessEnglishVerb(uint32_t i, std::string_view w) {
  // Candidate lemmas of an inflected form, most likely first: a prefix of the word and
  // an optional letter after it ("denied" -> "deni" + 'y'). No allocation: the candidates
  // are written into one small buffer.
  if (w.size() + 2 > 48) return false;
  struct Cand {
    size_t len;
    char extra;
  };
  std::array<Cand, 4> cands;
  int n = 0;
  VerbForm form = VerbForm::kNone;
  Tense tense = Tense::kNone;
  auto ends = [&]<size_t N>(const char (&suf)[N]) {
    return w.size() > N - 1 + 2 && Is(w.substr(w.size() - (N - 1)), suf);
  };
  auto doubled = [&](size_t cut) {  // "banned" -> "ban"; "shelled" keeps "shell" as well
    const size_t len = w.size() - cut;
    return len >= 3 && w[len - 1] == w[len - 2];
  };
  if (ends("ied")) {
    cands[n++] = {w.size() - 3, 'y'};
  } else if (ends("ed") || (w.size() == 4 && w.substr(2) == "ed")) {  // four letters: "sued"
    cands[n++] = {w.size() - 1, 0};  // criticised -> criticise
    cands[n++] = {w.size() - 2, 0};  // attacked -> attack
    if (doubled(2)) cands[n++] = {w.size() - 3, 0};
  }
  if (n > 0) {
    form = VerbForm::kPastParticiple;
    tense = Tense::kPast;
  } else if (ends("ing")) {
    cands[n++] = {w.size() - 3, 0};
    cands[n++] = {w.size() - 3, 'e'};
    if (doubled(3)) cands[n++] = {w.size() - 4, 0};
    form = VerbForm::kPresentParticiple;
  } else if (ends("ies")) {
    cands[n++] = {w.size() - 3, 'y'};
    form = VerbForm::kFinite;
    tense = Tense::kPresent;
  } else if (ends("s") && !ends("ss")) {
    cands[n++] = {w.size() - 1, 0};
    if (ends("es")) cands[n++] = {w.size() - 2, 0};
    form = VerbForm::kFinite;
    tense = Tense::kPresent;
  }
  char buf[48];
  std::array<std::string_view, 4> cand;
  for (int k = 0; k < n; ++k) {
    if (cands[k].extra == 0) {
      cand[k] = w.substr(0, cands[k].len);
    } else {
      std::copy_n(w.data(), cands[k].len, buf);
      buf[cands[k].len] = cands[k].extra;
      cand[k] = std::string_view(buf, cands[k].len + 1);  // one such candidate at most
    }
  }
  for (int k = 0; k < n; ++k) {
    std::optional<std::string_view> v = lex_.Find(cand[k]);
    if (!v) continue;
    bool verb_pattern = false;
    ForEachLine(*v, [&](std::string_view line) {
      if (!line.empty() && line[0] == el::kPattern && Field(line, 3).find("noun") == std::string_view::npos) {
        verb_pattern = true;
      }
    });
    if (!verb_pattern) continue;
    TokInfo& ti = info_[i];
    // After "have"/"be" (adverbs between) an -ed form is a participle; else a simple past.
    if (form == VerbForm::kPastParticiple) {
      bool aux = false;
      for (uint32_t k2 = i, steps = 0; k2 > 0 && steps < 3; --k2, ++steps) {
        const Token& p = toks_[k2 - 1];
        std::string_view pl = p.morph.lemma;
        if (pl == "have" || pl == "be" || pl == "get") {
          aux = true;
          break;
        }
        const std::string_view pt = doc_.Slice(p.span);
        if (p.morph.pos != PartOfSpeech::kAdverb && pt != "both" && pt != "all" && pt != "each" &&
            !FloatingAdverb(pt) && !AdverbialBefore(k2 - 1)) {
          break;
        }
      }
      if (!aux) form = VerbForm::kFinite;
    }
    ti.guess_verb = true;
    ti.guess_form = form;
    ti.guess_tense = form == VerbForm::kFinite ? tense : Tense::kNone;
    ti.lemma_off = static_cast<uint32_t>(keys_.size());
    keys_ += cand[k];
    ti.lemma_len = static_cast<uint32_t>(cand[k].size());
    return true;
  }
  return false;
}

bool Coder::HeadsVerbPattern(std::string_view lemma) const {
  std::optional<std::string_view> v = lex_.Find(lemma);
  if (!v) return false;
  bool verb_pattern = false;
  ForEachLine(*v, [&](std::string_view line) {
    if (!line.empty() && line[0] == el::kPattern && Field(line, 3).find("noun") == std::string_view::npos) {
      verb_pattern = true;
    }
  });
  return verb_pattern;
}

bool Coder::GuessFrenchParticiple(uint32_t i, std::string_view w) {
  // Folded participle endings and the infinitive endings they come from: accusé(e)(s) ->
  // accuser, saisi(e)(s) -> saisir, rendu(e)(s) -> rendre.
  struct Ending {
    std::string_view participle, infinitive;
  };
  static constexpr std::array<Ending, 12> kEndings = {{{"ees", "er"},
                                                      {"es", "er"},
                                                      {"ee", "er"},
                                                      {"e", "er"},
                                                      {"ies", "ir"},
                                                      {"is", "ir"},
                                                      {"ie", "ir"},
                                                      {"i", "ir"},
                                                      {"ues", "re"},
                                                      {"us", "re"},
                                                      {"ue", "re"},
                                                      {"u", "re"}}};
  char buf[48];
  for (const Ending& e : kEndings) {
    if (w.size() <= e.participle.size() + 2 || w.size() + 2 > sizeof(buf)) continue;
    if (w.substr(w.size() - e.participle.size()) != e.participle) continue;
    const size_t stem = w.size() - e.participle.size();
    std::copy_n(w.data(), stem, buf);
    std::copy_n(e.infinitive.data(), e.infinitive.size(), buf + stem);
    const std::string_view cand(buf, stem + e.infinitive.size());
    if (!HeadsVerbPattern(cand)) continue;
    TokInfo& ti = info_[i];
    ti.guess_verb = true;
    ti.guess_form = VerbForm::kPastParticiple;
    ti.guess_tense = Tense::kPast;
    ti.lemma_off = static_cast<uint32_t>(keys_.size());
    keys_ += cand;
    ti.lemma_len = static_cast<uint32_t>(cand.size());
    return true;
  }
  return false;
}

void AddGrammar(std::string_view line, TokInfo* ti) {
  std::string_view cat = Field(line, 1);
  if (cat == "neg") ti->bits |= bit::kNeg;
  else if (cat == "rel") ti->bits |= bit::kRel;
  else if (cat == "sub") ti->bits |= bit::kSub;
  else if (cat == "coord") ti->bits |= bit::kCoord;
  else if (cat == "passive") ti->bits |= bit::kPassive;
  else if (cat == "locprep") ti->bits |= bit::kLocPrep;
  else if (cat == "agentprep") ti->bits |= bit::kAgentPrep;
  else if (cat == "pron1") ti->bits |= bit::kPron1;
  else if (cat == "pron3") ti->bits |= bit::kPron3;
  else if (cat == "first") ti->bits |= bit::kFirst;
  else if (cat == "quant") ti->bits |= bit::kQuant;
  else if (cat == "threat") ti->bits |= bit::kThreat;
  else if (cat == "deed") ti->bits |= bit::kDeed;
  else if (cat == "breach") ti->bits |= bit::kBreach;
  else if (cat == "human") ti->bits |= bit::kHuman;
  else if (cat == "light") ti->bits |= bit::kLight;
  else if (cat == "pronominal") ti->bits |= bit::kPronominal;
  else if (cat == "region") ti->bits |= bit::kRegion;
  else if (cat == "act") ti->bits |= bit::kAct;
  else if (cat == "author") ti->bits |= bit::kAuthor;
  else if (cat == "anaphor") {
    const std::string_view arg = Field(line, 2);
    ti->bits |= arg == "any" ? bit::kAnaphorAny : arg == "person" ? bit::kAnaphorPerson : bit::kAnaphor;
  }
  else if (cat == "modal") {
    ti->bits |= bit::kModal;
    ti->modal = Stronger(ti->modal, ParseMod(Field(line, 2)));
  }
}

ReadingTable::ReadingTable(const Lexicon& lex) : by_entry_(lex.size()) {
  for (uint32_t i = 0; i < lex.size(); ++i) {
    TokInfo sum;
    ForEachLine(lex.ValueAt(i), [&sum](std::string_view line) {
      if (line.empty()) return;
      if (line[0] == el::kPattern) {
        sum.bits |= bit::kPatterns;
      } else if (line[0] == el::kAgent) {
        if (sum.agent.empty()) sum.agent = Field(line, 1);
      } else if (line[0] == el::kGrammar) {
        AddGrammar(line, &sum);
      }
    });
    by_entry_[i] = Readings{sum.bits, sum.modal, sum.agent};
  }
}

uint32_t Coder::TokenAt(uint32_t cp) const {
  auto it = std::lower_bound(toks_.begin(), toks_.end(), cp,
                             [](const Token& t, uint32_t c) { return t.span.end <= c; });
  return static_cast<uint32_t>(it - toks_.begin());
}

void Coder::ShortForms() {
  const std::vector<Entity>& ents = doc_.entities;
  short_form_of_.assign(ents.size(), -1);
  std::vector<size_t> orgs;
  for (size_t e = 0; e < ents.size(); ++e) {
    if (ents[e].type == "organization" && !ents[e].mentions.empty()) orgs.push_back(e);
  }
  for (size_t e : orgs) {
    const Entity& bare = ents[e];
    for (size_t f : orgs) {
      const Entity& full = ents[f];
      if (f == e || full.actor.empty() ||
          full.mentions[0].span.start >= bare.mentions[0].span.start || full.name.size() <= bare.name.size() + 1 ||
          full.name.compare(0, bare.name.size(), bare.name) != 0 || full.name[bare.name.size()] != ' ' || excluded_[f]) {
        continue;
      }
      const int32_t best = short_form_of_[e];
      if (best < 0 || full.mentions[0].span.start > ents[best].mentions[0].span.start) {
        short_form_of_[e] = static_cast<int32_t>(f);
      }
    }
  }
}

void Coder::MapEntities() {
  for (size_t e = 0; e < doc_.entities.size(); ++e) {
    for (const chancery::Mention& m : doc_.entities[e].mentions) {
      for (uint32_t i = TokenAt(m.span.start); i < toks_.size() && toks_[i].span.start < m.span.end; ++i) {
        info_[i].entity = static_cast<int32_t>(e);
        info_[i].metonymic = m.metonymic;
      }
    }
  }
}

void Coder::MapKoreas() {
  int32_t south = -1, north = -1;
  for (size_t e = 0; e < doc_.entities.size(); ++e) {
    const Entity& en = doc_.entities[e];
    if (en.type == "country" && en.country == "KOR") south = static_cast<int32_t>(e);
    if (en.type == "country" && en.country == "PRK") north = static_cast<int32_t>(e);
  }
  if (south < 0 || north < 0) return;
  for (uint32_t i = 1; i < toks_.size(); ++i) {
    if (info_[i].entity >= 0) continue;
    // (Lower-case only before a stop or a verb: "fired into the north.", not "in the north of".)
    if (!toks_[i].Has(tf::kCapitalized) && !(i + 1 < toks_.size() && (IsPunct(toks_[i + 1]) || Verbal(i + 1)))) {
      continue;
    }
    const std::string_view before = TextKey(i - 1);
    if (before != "the" && before != "le") continue;
    if (i + 1 < toks_.size() && toks_[i + 1].Has(tf::kCapitalized) && toks_[i + 1].kind == TokenKind::kWord) continue;
    const std::string_view w = TextKey(i);
    if (w == "south" || w == "sud") info_[i].entity = south;
    if (w == "north" || w == "nord") info_[i].entity = north;
  }
}

void Coder::MapTimexesAndQuotes() {
  dates_.clear();
  for (const Timex& t : doc_.timexes) {
    uint32_t b = TokenAt(t.span.start), e = b;
    const bool date = t.type == "DATE" || t.type == "TIME";
    while (e < toks_.size() && toks_[e].span.start < t.span.end) {
      info_[e].in_timex = true;
      info_[e++].in_date = date;
    }
    if (e == b) continue;  // outside the tokenized text (the provider line's date)
    if (t.type != "DATE" && t.type != "TIME") continue;
    std::string_view v = t.value;
    // YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www; a time keeps its date.
    if (v.size() < 4 || !std::all_of(v.begin(), v.begin() + 4, [](char c) { return c >= '0' && c <= '9'; })) {
      continue;
    }
    if (v.size() > 10 && v[10] == 'T') v = v.substr(0, 10);
    if (v.size() != 4 && v.size() != 7 && v.size() != 8 && v.size() != 10) continue;
    dates_.push_back({b, e, std::string(v)});
  }
  for (size_t q = 0; q < doc_.quotes.size(); ++q) {
    const Span s = doc_.quotes[q].span;
    for (uint32_t i = TokenAt(s.start); i < toks_.size() && toks_[i].span.start < s.end; ++i) {
      int32_t cur = info_[i].quote;
      if (cur < 0 || doc_.quotes[cur].span.size() > s.size()) info_[i].quote = static_cast<int32_t>(q);
    }
  }
}

// ------------------------------------------------------------------ phrases

Coder::Np Coder::Class(uint32_t i) const {
  const Token& t = toks_[i];
  const TokInfo& ti = info_[i];
  if (ti.in_timex) return Np::kStop;
  if (t.kind != TokenKind::kWord && t.kind != TokenKind::kNumber) return Np::kStop;
  if (ti.entity >= 0) return Np::kEnt;
  if (ti.Is(bit::kCoord)) return Np::kCoord;
  if (ti.Is(bit::kOf)) return Np::kOf;
  if (!ti.demonym.empty()) return Np::kDem;
  if (!ti.agent.empty()) return Np::kAgent;
  switch (t.morph.pos) {
    case PartOfSpeech::kDeterminer: return Np::kDet;
    case PartOfSpeech::kAdjective: return Np::kAdj;
    case PartOfSpeech::kNoun:
    case PartOfSpeech::kProperNoun: return Np::kNoun;
    case PartOfSpeech::kNumeral: return Np::kNum;
    case PartOfSpeech::kPreposition: return Np::kPrep;
    default: break;
  }
  if (ti.Is(bit::kLocPrep | bit::kAgentPrep)) return Np::kPrep;
  if (t.kind == TokenKind::kNumber) return Np::kNum;
  return Np::kStop;
}

bool Coder::Excluded(const Entity& e) const {
  const size_t index = static_cast<size_t>(&e - doc_.entities.data());
  if (index < excluded_.size()) return excluded_[index];
  return ComputeExcluded(e);
}

bool Coder::ComputeExcluded(const Entity& e) const {
  if (e.type == "organization") {
    if (e.role == "news agency") return true;
    if (!doc_.meta.provider.empty() && FoldForMatch(e.name) == FoldForMatch(doc_.meta.provider)) return true;
  }
  // People credited by the dispatch (its reporters, writers, editors).
  for (const Credit& c : doc_.meta.credits) {
    if (c.name == e.name) return true;
  }
  return false;
}

std::string Coder::EntityActor(const Entity& e, bool metonymic, std::string_view agent) const {
  if (Excluded(e)) return {};
  std::string_view country = e.country;
  if (country.empty() && e.actor.size() >= 3 && e.type == "country") country = std::string_view(e.actor).substr(0, 3);
  if (e.type == "country") {
    if (!agent.empty() && country.size() == 3) return std::string(country) + std::string(agent);
    return e.actor.empty() ? std::string(country) : e.actor;
  }
  if (e.type == "city" || e.type == "place") {
    // A place is an actor only as a seat of power ("Moscou a dit") or with an agent
    // noun ("la police de Paris").
    if (!agent.empty() && country.size() == 3) return std::string(country) + std::string(agent);
    if (metonymic) return e.actor.empty() ? std::string(country) + "GOV" : e.actor;
    return {};
  }
  // "le Conseil" after "le Conseil national syrien": that organisation (short_form_of_).
  const size_t index = static_cast<size_t>(&e - doc_.entities.data());
  if (index < short_form_of_.size() && short_form_of_[index] >= 0) return doc_.entities[short_form_of_[index]].actor;
  if (!e.actor.empty()) return e.actor;
  // A private person is a civilian of their country (CAMEO's CVL), unless an agent noun
  // says more ("le soldat X").
  if (country.size() == 3 && e.type == "person") return std::string(country) + std::string(agent.empty() ? "CVL" : agent);
  // An organisation the entities stage could not code ("IBM" without an actor) is not its
  // country: a company or a club suing someone is not the state doing it.
  if (e.type == "organization" && agent.empty()) return {};
  if (country.size() == 3) return std::string(country) + std::string(agent);
  return {};
}

bool Coder::DefiniteDeterminer(uint32_t i) const {
  const std::string_view w = TextKey(i);
  return w == "le" || w == "la" || w == "l'" || w == "les" || w == "ce" || w == "cet" || w == "cette" || w == "ces" ||
         w == "the" || w == "this" || w == "these";
}

bool Coder::Described(uint32_t i) const {
  if (i + 1 >= toks_.size()) return false;
  const Np next = Class(i + 1);
  // (After "de/of", only an actor describes it: "l'organisation des Nations unies", but "accused
  // the company of unlawful conduct" names the company met before.)
  if (next == Np::kOf) {
    for (uint32_t j = i + 2; j < toks_.size() && j < i + 6; ++j) {
      const Np k = Class(j);
      if (k == Np::kEnt || k == Np::kDem || k == Np::kAgent) return true;
      if (k != Np::kDet && k != Np::kAdj && k != Np::kOf) return false;
    }
    return false;
  }
  return next == Np::kAdj || next == Np::kDem || next == Np::kEnt || next == Np::kNoun || next == Np::kAgent;
}

uint32_t Coder::TokenSentence(uint32_t tok) const {
  // (By binary search: a long document has many sentences and many lookups.)
  const auto after = std::upper_bound(doc_.sentences.begin(), doc_.sentences.end(), tok,
                                      [](uint32_t t, const Sentence& x) { return t < x.token_begin; });
  return after == doc_.sentences.begin() ? 0 : static_cast<uint32_t>(after - doc_.sentences.begin() - 1);
}

const Sentence* Coder::SentenceBefore(uint32_t tok) const {
  const uint32_t s = TokenSentence(tok);
  return s == 0 ? nullptr : &doc_.sentences[s - 1];
}

int64_t Coder::FirstGroupBegin(const Sentence& sent) const {
  for (uint32_t v = sent.token_begin; v < sent.token_end && v < sent.token_begin + 24; ++v) {
    if (Verbal(v) || toks_[v].morph.pos == PartOfSpeech::kAuxiliary) return AnalyzeGroup(v, sent.token_begin).begin;
  }
  return -1;
}

bool Coder::PluralAntecedent(uint32_t tok, ActorRef* out) const {
  const Sentence* prev = SentenceBefore(tok);
  if (prev == nullptr) return false;
  // The subject: the words before the first verb group of the sentence before.
  const int64_t group = FirstGroupBegin(*prev);
  if (group < 0) return false;
  const uint32_t begin = static_cast<uint32_t>(group);
  for (uint32_t j = prev->token_begin; j < begin; ++j) {
    if (LemmaKey(j) != LemmaKey(tok)) continue;
    // (Not another bare description: no chains back through the dispatch.)
    if (j > prev->token_begin && DefiniteDeterminer(j - 1) && !Described(j)) return false;
    Phrase ph;
    ActorsOf(j, begin, &ph);
    if (!ph.found()) return false;
    *out = ph.actors[0];
    return true;
  }
  return false;
}

bool Coder::ResolveDescription(uint32_t tok, std::string_view agent, ActorRef* out) const {
  // The nearest mention before it, within a few sentences, of an actor of that kind: an
  // organisation ("l'organisation", of the noun's role when it has one: "le parti" a party,
  // "the company" a firm), or any actor for "ce dernier", "the latter".
  // A plural ("ces associations") names a group the dispatch may not have named one by one:
  // only the subject of the sentence before, when its phrase has that noun ("Deux
  // associations étudiantes du Québec ont salué le sommet. Ces associations réclament...").
  if (toks_[tok].morph.number == GramNumber::kPlural && !info_[tok].Is(bit::kAnaphorAny | bit::kAnaphorPerson)) {
    return PluralAntecedent(tok, out);
  }
  // A subject seen (an act's source, a quote's speaker) comes first: "Apple Corps sued Apple
  // Computer. The company said..." is Apple Corps.
  const bool any = info_[tok].Is(bit::kAnaphorAny);
  const bool person = info_[tok].Is(bit::kAnaphorPerson);  // "le secrétaire général": the person last named
  const uint32_t floor = tok > 160 ? tok - 160 : 0;
  auto fits = [&](int32_t ei) {
    if (ei < 0) return false;
    const Entity& e = doc_.entities[ei];
    if (e.actor.empty() || Excluded(e)) return false;
    if (person) return e.type == "person";
    if (any ? e.type != "person" && e.type != "organization" && e.type != "country" : e.type != "organization") {
      return false;
    }
    return agent.empty() || e.actor.find(agent) != std::string::npos ||
           (agent == "BUS" && e.actor.find("MNC") != std::string::npos);
  };
  int32_t found = -1;
  for (auto said = subjects_.rbegin(); said != subjects_.rend() && found < 0; ++said) {
    if (said->tok < tok && said->tok >= floor && fits(said->actor.entity)) found = said->actor.entity;
  }
  for (uint32_t t = tok; t-- > floor && found < 0;) {
    if (fits(info_[t].entity)) found = info_[t].entity;
  }
  if (found < 0) return false;
  out->code = EntityActor(doc_.entities[found], false, "");
  out->entity = found;
  return !out->code.empty();
}

bool Coder::CountedPeople(uint32_t begin, uint32_t dem) const {
  const Token& t = toks_[dem];
  if (t.morph.pos != PartOfSpeech::kNoun && t.morph.pos != PartOfSpeech::kProperNoun) return false;
  if (doc_.lang == Language::kFrench && !t.Has(tf::kCapitalized)) return false;
  if (doc_.lang == Language::kEnglish && TextKey(dem).back() != 's') return false;
  for (uint32_t i = begin; i < dem; ++i) {
    const std::string_view w = TextKey(i);
    if (toks_[i].kind == TokenKind::kNumber || toks_[i].morph.pos == PartOfSpeech::kNumeral) return true;
    if (info_[i].Is(bit::kQuant)) return true;
    if (w == "des" || w == "plusieurs" || w == "quelques" || w == "centaines" || w == "milliers" || w == "dizaines" ||
        w == "some" || w == "several" || w == "many" || w == "dozens" || w == "hundreds" || w == "thousands" ||
        w == "scores") {
      return true;
    }
  }
  return false;
}

bool Coder::ListComma(uint32_t i) const {
  if (i == 0 || i + 1 >= toks_.size() || doc_.Slice(toks_[i].span) != ",") return false;
  auto named = [&](uint32_t t) {
    const int32_t e = info_[t].entity;
    if (e < 0) return false;
    const std::string& type = doc_.entities[e].type;
    return type == "country" || type == "organization" || info_[t].metonymic;
  };
  // (French names take their article: "le Mali, le Burkina Faso et le Niger".)
  return named(i - 1) &&
         (named(i + 1) || (i + 2 < toks_.size() && toks_[i + 1].morph.pos == PartOfSpeech::kDeterminer &&
                           !info_[i + 1].Is(bit::kRel) && named(i + 2)));  // (not "the ICC, which Mali")
}

bool Coder::IsCapital(int32_t entity) const {
  const Entity& e = doc_.entities[entity];
  if (e.type != "city") return false;
  std::optional<std::string_view> v = entities_.Find(FoldForMatch(e.name));
  if (!v) return false;
  enl::CandidateReader r(*v);
  enl::Candidate c;
  while (r.Next(&c)) {
    if (c.type == 'G' && Field(c.payload, 6) == "1" && Field(c.payload, 2) == e.country) return true;
  }
  return false;
}

void Coder::ActorsOf(uint32_t begin, uint32_t end, Phrase* out, bool seats) const {
  struct Conj {
    int32_t entity = -1;
    bool metonymic = false;
    std::string_view dem, agent;
    uint32_t dem_tok = 0;
    bool agent_of = false;  // the agent noun stands before the name: "the ambassadors of Germany"
    bool foreign = false;
    bool unidentified = false;
    int32_t anaphor = -1;  // "l'organisation", "the latter": a noun naming an actor met before
    bool counted = false;  // the agent is a count ("thousands of"): the noun after it may say who
    bool some_member = false;  // "a NATO member", "un membre de l'OTAN": one member, which is not told
    bool body = false;  // the agent is a civil body ("les associations"): of the story's country, as a role is
    uint32_t b = 0, e = 0;
    bool any = false;
  };
  // A pair named by a count: "les deux pays", "both countries", "the two sides", "les deux
  // entreprises". (Found once; the phrase is then that pair, read below by what it counts.)
  uint32_t two = end;
  for (uint32_t i = begin; i + 1 < end && two == end; ++i) {
    const std::string_view w = TextKey(i);
    if (Is(w, "deux") || Is(w, "two") || Is(w, "both")) two = i;
  }
  if (two < end) {
    const std::string_view n = TextKey(two + 1);
    auto pair = [&](const std::string& a, int32_t ea, const std::string& b, int32_t eb) {
      for (const auto& [code, entity] : {std::pair<const std::string&, int32_t>{a, ea}, {b, eb}}) {
        if (out->n >= static_cast<int>(out->actors.size())) break;
        ActorRef r;
        r.code = code;
        r.entity = entity;
        r.span = TokSpan(two, two + 2);
        out->actors[out->n++] = std::move(r);
      }
      out->actor_end = std::max(out->actor_end, two + 2);
    };
    const bool sides = n == "parties" || n == "sides" || n == "camps" || n == "belligerents" || n == "belligerants";
    // "the two companies", "les deux entreprises": the document's two dominant companies;
    // "the two parties" of a story about companies more than countries too.
    const bool firms = n == "companies" || n == "firms" || n == "groups" || n == "entreprises" ||
                       n == "societes" || n == "groupes" || n == "compagnies";
    if (firms_[0] >= 0 && (firms || (sides && firms_mentions_ > dyad_mentions_))) {
      pair(doc_.entities[firms_[0]].actor, firms_[0], doc_.entities[firms_[1]].actor, firms_[1]);
      return;
    }
    // "les deux parties", "both sides" just after a joint act (talks, a truce, fighting)
    // between two actors: those two ("des négociations entre le M23 et Kinshasa ... a appelé
    // les deux parties" are not the story's two countries). This sentence's acts read so
    // far come first, then the last act coded.
    if (sides) {
      std::string joint[2];
      for (auto c = sentence_.rbegin(); c != sentence_.rend() && joint[0].empty(); ++c) {
        if (c->head < begin) JointParties(*c, joint);
      }
      if (joint[0].empty() && !events_.empty()) {
        const Event& last = events_.back();
        if (last.symmetric && !last.source.actor.empty() && !last.target.actor.empty() &&
            last.sentence + 1 >= TokenSentence(begin)) {
          joint[0] = last.source.actor, joint[1] = last.target.actor;
        }
      }
      if (!joint[0].empty() && !joint[1].empty() && joint[0] != joint[1]) {
        pair(joint[0], -1, joint[1], -1);
        return;
      }
    }
    // Else the document's two dominant countries (their governments for "les deux
    // gouvernements", "les deux chefs d'État").
    const bool gov = n == "gouvernements" || n == "governments" || n == "dirigeants" || n == "leaders" ||
                     n == "chefs" || n == "heads" || n == "presidents" || n == "ministres" || n == "ministers" ||
                     n == "diplomaties";
    const bool countries = n == "pays" || n == "countries" || n == "sides" || n == "parties" || n == "nations" ||
                           n == "capitales" || n == "capitals";
    if (!dyad_[0].empty() && !dyad_[1].empty() && (gov || countries)) {
      pair(dyad_[0] + (gov ? "GOV" : ""), -1, dyad_[1] + (gov ? "GOV" : ""), -1);
      return;
    }
  }
  // "les trois pays sahéliens", "the three countries": the last three an act named together.
  if (!triple_[2].empty()) {
    for (uint32_t i = begin; i + 1 < end && i < begin + 3; ++i) {
      const std::string_view w = TextKey(i), n = TextKey(i + 1);
      if (!(Is(w, "trois") || Is(w, "three")) || !(Is(n, "pays") || Is(n, "countries") || Is(n, "nations"))) continue;
      for (const std::string& code : triple_) {
        if (out->n >= static_cast<int>(out->actors.size())) break;
        ActorRef r;
        r.code = code;
        r.span = TokSpan(i, i + 2);
        out->actors[out->n++] = std::move(r);
      }
      out->actor_end = std::max(out->actor_end, i + 2);
      return;
    }
  }
  std::array<Conj, 4> conj;
  int nc = 0;
  Conj cur;
  bool in_pp = false;
  auto flush = [&]() {
    if (cur.any && nc < 4) conj[nc++] = cur;
    cur = Conj();
  };
  // A sports side is no actor: "l'équipe de France a attaqué", "the French team".
  bool sports = false;
  for (uint32_t i = begin; i < end && i < begin + 4 && !sports; ++i) {
    const std::string_view l = LemmaKey(i);
    sports = Is(l, "equipe") || Is(l, "team") || Is(l, "club") || Is(l, "selection") || Is(l, "squad") || Is(l, "xv") ||
             Is(l, "joueur") || Is(l, "player") || Is(l, "footballeur") || Is(l, "footballer");
  }
  // (A negotiating team is a delegation.)
  for (uint32_t i = begin; i < end && sports; ++i) {
    const std::string_view l = LemmaKey(i);
    sports = l != "negociation" && l != "negotiating" && l != "negociateur" && l != "diplomatique" &&
             l != "diplomatic" && l != "negotiation";
  }
  if (sports) return;
  for (uint32_t i = begin; i < end; ++i) {
    Np k = Class(i);
    if (k == Np::kCoord || (k == Np::kStop && ListComma(i))) {
      flush();
      in_pp = false;
      continue;
    }
    if (k == Np::kPrep) {
      // "the agreement between India and China", "l'accord entre Paris et Berlin": the
      // parties of the thing named are the phrase's actors, as after "of".
      const bool whose = TextKey(i) == "from" && cur.entity < 0 && !cur.agent.empty() && cur.dem.empty();
      if (!PartiesPrep(i, begin) || (cur.any && !whose)) in_pp = true;
      continue;
    }
    if (in_pp || QuotedWord(i)) continue;
    const TokInfo& ti = info_[i];
    bool used = false;
    if (k == Np::kEnt && cur.entity < 0) {
      cur.entity = ti.entity;
      cur.metonymic = ti.metonymic;
      used = true;
      // "L'Association des leaders religieux du Mali", "le Syndicat national des enseignants":
      // an organisation the entities stage could not code is what its first word names.
      const Entity& org = doc_.entities[ti.entity];
      if (org.type == "organization" && org.actor.empty() && cur.agent.empty() && !ti.agent.empty() &&
          (i == begin || info_[i - 1].entity != ti.entity)) {
        cur.agent = ti.agent;
      }
    } else if (k == Np::kEnt && cur.entity == ti.entity) {
      used = true;
    } else if (k == Np::kEnt && i > begin && TextKey(i - 1) == "'s" && doc_.entities[cur.entity].type == "country" &&
               doc_.entities[ti.entity].type == "organization" && !doc_.entities[ti.entity].actor.empty()) {
      // "Brazil's Supreme Court": the body the possessive introduces, not its country.
      cur.entity = ti.entity;
      cur.metonymic = ti.metonymic;
      used = true;
    } else if (k == Np::kEnt && doc_.entities[ti.entity].type == "person" &&
               doc_.entities[cur.entity].type == "organization" && i > 0 && info_[i - 1].entity == cur.entity) {
      // "le fondateur de WikiLeaks Julian Assange": the person the title names.
      cur.entity = ti.entity;
      cur.metonymic = ti.metonymic;
      used = true;
    }
    if (k == Np::kDem && cur.dem.empty()) cur.dem = ti.demonym, cur.dem_tok = i, used = true;
    if ((Is(LemmaKey(i), "member") || Is(LemmaKey(i), "membre")) && i > begin) {
      for (uint32_t d = i > begin + 2 ? i - 3 : begin; d < i; ++d) {
        const std::string_view w = TextKey(d);
        cur.some_member |= w == "a" || w == "un" || w == "one";
      }
    }
    // A count of people ("thousands of troops", "des milliers de manifestants") is as its
    // complement's noun says; standing alone ("Thousands marched") it is a crowd. So are a
    // body's leaders or members ("cinq dirigeants de l'opposition": OPP, not GOV).
    const bool body_adjective = k == Np::kAgent && i > begin && Class(i - 1) == Np::kAgent && BodyNoun(i - 1) &&
                                toks_[i].morph.pos == PartOfSpeech::kAdjective;
    if (k == Np::kAgent && (cur.agent.empty() || cur.counted || body_adjective)) {
      cur.counted = !cur.agent.empty() ? false : (CountNoun(i) || MemberNoun(i)) && i + 1 < end && info_[i + 1].Is(bit::kOf);
      cur.agent = ti.agent, cur.agent_of = cur.entity < 0, used = true;
      cur.body = BodyNoun(i);
    }
    if ((k == Np::kNoun || k == Np::kAgent || k == Np::kAdj) && ti.Is(bit::kAnaphor | bit::kAnaphorAny | bit::kAnaphorPerson) &&
        cur.entity < 0 && cur.anaphor < 0 && i > 0 && DefiniteDeterminer(i - 1) &&
        !Described(ti.Is(bit::kAnaphorPerson) && i + 1 < end && Class(i + 1) == Np::kAdj
                       ? i + 1
                       : i)) {  // (a title's two words: "secrétaire général")
      cur.anaphor = static_cast<int32_t>(i);
      used = true;
    }
    if (k == Np::kAdj || k == Np::kNoun) {
      const std::string_view lk = LemmaKey(i);
      if (Is(lk, "international") || Is(lk, "etranger") || Is(lk, "foreign") || Is(lk, "multinational")) {
        cur.foreign = true;
        cur.unidentified |= Is(lk, "etranger") || Is(lk, "foreign");
      }
    }
    if (used) {
      if (!cur.any) cur.b = i;
      cur.e = i + 1;
      cur.any = true;
    }
  }
  flush();
  // "Les délégations iranienne et américaine": a bare demonym conjunct shares the agent.
  std::string_view shared_agent;
  for (int c = 0; c < nc; ++c) {
    if (!conj[c].agent.empty()) {
      shared_agent = conj[c].agent;
      break;
    }
  }
  // "the ambassadors of Germany, France and Britain", "les ambassadeurs d'Allemagne, de France
  // et du Royaume-Uni": the countries listed after the first share its agent noun.
  if (nc >= 2 && !conj[0].agent.empty() && conj[0].agent_of && conj[0].entity >= 0 &&
      doc_.entities[conj[0].entity].type == "country") {
    for (int c = 1; c < nc; ++c) {
      if (conj[c].agent.empty() && conj[c].entity >= 0 && doc_.entities[conj[c].entity].type == "country") {
        conj[c].agent = conj[0].agent;
      }
    }
  }
  // "Iranian officials and companies", "les soldats et policiers russes": a demonym on one
  // of two bare agent nouns is shared by the other.
  std::string_view shared_dem;
  for (int c = 0; c < nc; ++c) {
    if (conj[c].entity < 0 && !conj[c].dem.empty() && !conj[c].agent.empty()) {
      shared_dem = conj[c].dem;
      break;
    }
  }
  for (int c = 0; c < nc && out->n < static_cast<int>(out->actors.size()); ++c) {
    Conj& cj = conj[c];
    if (cj.agent.empty() && cj.entity < 0 && !cj.dem.empty()) cj.agent = shared_agent;
    // "U.S. and Chinese officials": a country named as a modifier before a demonym and its
    // agent noun shares the noun.
    if (cj.agent.empty() && c + 1 == nc - 1 && cj.entity >= 0 && doc_.entities[cj.entity].type == "country" &&
        !conj[nc - 1].dem.empty() && !conj[nc - 1].agent.empty() && conj[nc - 1].entity < 0) {
      cj.agent = conj[nc - 1].agent;
    }
    if (!cj.agent.empty() && cj.entity < 0 && cj.dem.empty() && !cj.foreign && NationalRole(cj.agent)) {
      cj.dem = shared_dem;
    }
    ActorRef a;
    // One member of an organisation, not named, is neither the organisation nor any state.
    if (cj.some_member && cj.entity >= 0 && doc_.entities[cj.entity].actor.rfind("IGO", 0) == 0) continue;
    if (cj.entity >= 0) {
      const Entity& e = doc_.entities[cj.entity];
      // A demonym + agent naming a body ("le gouvernement syrien") is more telling
      // than a person's bare country.
      const bool seat = !cj.metonymic && seats && cj.b == begin && IsCapital(cj.entity);
      a.code = EntityActor(e, cj.metonymic || seat, cj.agent);
      // A capital read as its government, or a place naming whose agent it is ("the
      // government of Aceh"), is not the place the entities stage saw: no entity link.
      const bool place = (e.type == "city" || e.type == "place") && !cj.metonymic;
      a.entity = seat || place ? -1 : cj.entity;
      // "le député Antoni Pastor": a person of unknown country with an agent noun is that
      // role, its country told as a bare agent's is.
      // (Without one, what the person's title says, "Mr Justice X" a judge; else a private
      // person, a civilian: "la police a arrêté l'archevêque X". Of the story's country, as a
      // bare agent is.)
      if (a.code.empty() && e.type == "person" && e.country.empty() && !Excluded(e)) {
        a.code = !cj.agent.empty() ? std::string(cj.agent) : !e.title_role.empty() ? e.title_role : std::string("CVL");
        a.role_only = NationalRole(a.code);
      }
      if (a.code.empty()) continue;
    } else if (cj.dem.empty() && cj.anaphor >= 0 && ResolveDescription(static_cast<uint32_t>(cj.anaphor), cj.agent, &a)) {
      // "L'ONG Human Rights Watch a publié un rapport. L'organisation met en cause...".
    } else if (!cj.dem.empty()) {
      // "deux Britanniques", "des centaines de Tibétains", "three Americans": people counted
      // by their nationality are civilians of it, not their state ("les Américains" stays
      // the country). A region takes no role ("les dirigeants européens": EUR).
      const std::string_view people = cj.agent.empty() && CountedPeople(begin, cj.dem_tok) ? "CVL" : cj.agent;
      a.code = std::string(cj.dem) + (NationalRole(cj.dem) ? std::string(people) : std::string());
    } else if (!cj.agent.empty()) {
      a.code = std::string(cj.agent);
      // ("des associations féministes" are the country's own civil society, ESPNGO; an NGO
      // named as such may be international.)
      a.role_only = NationalRole(cj.agent) || cj.body;
      a.foreign = cj.foreign;
      a.unidentified = cj.unidentified;
      for (uint32_t d = cj.b > begin + 1 ? cj.b - 2 : begin; d <= cj.b && d < cj.e; ++d) {
        const std::string_view w = TextKey(d);
        a.indefinite |= w == "a" || w == "an" || w == "un" || w == "une";
      }
    } else {
      continue;
    }
    a.span = TokSpan(cj.b, cj.e);
    out->actor_end = std::max(out->actor_end, cj.e);
    bool dup = false;
    for (int k = 0; k < out->n; ++k) dup |= out->actors[k].code == a.code && out->actors[k].entity == a.entity;
    if (!dup) out->actors[out->n++] = std::move(a);
  }
}

Phrase Coder::ReadRight(uint32_t p, uint32_t limit, bool seats, bool appos) const {
  Phrase ph;
  uint32_t i = p;
  // Adverbs, dates and quantifiers may stand before an object ("a accusé mercredi la
  // Russie", "kidnapped more than 200 schoolgirls").
  for (int skip = 0; skip < 4 && i < limit; ++skip) {
    if (uint32_t a = AfterAside(i, limit); a > i) i = a;
    else if (uint32_t b = AfterPlace(i, limit); b > i) i = b;
    else if (uint32_t c = AfterSeat(i, limit); c > i) i = c;
    else if (info_[i].Is(bit::kQuant) && i + 2 < limit && info_[i + 1].Is(bit::kOf) &&
             (toks_[i + 2].kind == TokenKind::kNumber || toks_[i + 2].morph.pos == PartOfSpeech::kNumeral)) {
      i += 2;  // "a arrêté plus de 40 manifestants": the quantity's "de" too
    }
    else if (info_[i].in_timex || toks_[i].morph.pos == PartOfSpeech::kAdverb || info_[i].Is(bit::kQuant)) ++i;
    else if (TwoWordAdverb(i)) i += 2;  // "a relâché en échange 369 détenus"
    else if (uint32_t w = AfterWhatCalled(i, limit); w > i) i = w;  // "condemned what he called a cowardly attack"
    // "a condamné « fermement » le coup d'État": a quoted adverb.
    else if (toks_[i].kind == TokenKind::kQuote && i + 2 < limit && QuotedWord(i + 1) &&
             toks_[i + 1].morph.pos == PartOfSpeech::kAdverb) i += 3;
    // "au moins 20 Palestiniens", "at least 20 Palestinians": the preposition of a quantity.
    else if (i + 1 < limit && toks_[i].morph.pos == PartOfSpeech::kPreposition && info_[i + 1].Is(bit::kQuant)) ++i;
    // "a pris en otage pendant 12 heures des personnes": a preposition opening a date;
    // "a tué le 19 mars dernier trois enfants": its determiner.
    else if (i + 1 < limit && (toks_[i].morph.pos == PartOfSpeech::kPreposition ||
                               toks_[i].morph.pos == PartOfSpeech::kDeterminer) && info_[i + 1].in_timex) ++i;
    else break;
  }
  // "a dénoncé « la furie destructrice » des islamistes", "condemned the 'barbaric' acts of
  // X": a short quoted characterisation, then whose it is.
  if (i < limit && toks_[i].kind == TokenKind::kQuote) {
    for (uint32_t c = i + 1; c < limit && c <= i + 10; ++c) {
      if (toks_[c].kind != TokenKind::kQuote) continue;
      // (Past "de" to the phrase; "des", "du" open it themselves.)
      if (c > i + 1 && c + 2 < limit && info_[c + 1].Is(bit::kOf)) {
        if (NpStart(Class(c + 2))) i = c + 2;
        else if (Class(c + 2) == Np::kOf) i = c + 1;
      }
      break;
    }
  }
  while (i < limit && info_[i].in_timex) ++i;
  if (i > p && i < limit && info_[i - 1].in_timex &&
      (TextKey(i) == "dernier" || TextKey(i) == "prochain" || TextKey(i) == "passe")) {
    ++i;
  }
  // "praised that the French government had acted": "that" opening a clause, no determiner.
  if (i + 1 < limit && doc_.lang == Language::kEnglish && TextKey(i) == "that" &&
      (Class(i + 1) == Np::kDet || Class(i + 1) == Np::kEnt || info_[i + 1].Is(bit::kPron3))) {
    ph.begin = ph.end = i;
    return ph;
  }
  ph.begin = i;
  uint32_t count = 0;
  while (i < limit && count < 14) {
    // "the "criminal" policy of the United States", "une « dérive autoritaire » du pouvoir":
    // a short quoted characterisation inside the phrase.
    if (toks_[i].kind == TokenKind::kQuote && i > ph.begin) {
      if (const uint32_t q = AfterShortQuote(i, limit); q > i) {
        count += q - i;
        i = q;
        continue;
      }
    }
    // "un navire de guerre américain": the words of a several-word agent are its noun's.
    if (info_[i].agent_words > 0 && i + info_[i].agent_words < limit) {
      count += info_[i].agent_words + 1;
      i += info_[i].agent_words + 1;
      continue;
    }
    Np k = Class(i);
    // "the ambassadors of Germany, France and Britain": a comma between names lists them.
    if (k == Np::kStop && ListComma(i)) k = Np::kCoord;
    // "des représentants du gouvernement": opening the phrase, "des" is the article.
    if (k == Np::kOf && i == ph.begin && toks_[i].morph.pos == PartOfSpeech::kDeterminer) k = Np::kDet;
    // "the agreement between India and China": its parties belong to the phrase.
    if ((k == Np::kPrep || k == Np::kStop) && PartiesPrep(i, ph.begin) && i + 1 < limit && NpStart(Class(i + 1))) {
      ++i;
      ++count;
      continue;
    }
    if (k == Np::kStop || k == Np::kPrep) break;
    if (k == Np::kOf || k == Np::kCoord) {
      if (i + 1 >= limit || !NpStart(Class(i + 1))) break;
      // "accuser la Russie de violer": a verb after "de" ends the phrase.
      if (Verbal(i + 1)) break;
      // "le gouvernement de la Syrie", "le ministre des Affaires étrangères" go on;
      // "la Russie de crimes de guerre" stops: a bare common noun is a complement.
      if (k == Np::kOf && TextKey(i) != "'s") {  // "Syria's new government" goes on
        Np next = Class(i + 1);
        if (next == Np::kNoun && !toks_[i + 1].Has(tf::kCapitalized)) break;
        if (next == Np::kAdj || next == Np::kNum) break;
        // "menacer la Grèce d'une action militaire", "accused Russia of a military buildup":
        // after a named actor, "de/of" and an indefinite article open a complement.
        const std::string_view det = TextKey(i + 1);
        if (det == "un" || det == "une" || det == "a" || det == "an") {
          bool named = false;
          for (uint32_t j = ph.begin; j < i && !named; ++j) named = info_[j].entity >= 0;
          if (named) break;
        }
      }
    }
    if (k == Np::kNoun && Verbal(i)) break;
    // A determiner after a complete noun phrase opens the next one ("a exigé de la Russie la
    // libération des journalistes").
    if (k == Np::kDet && i > ph.begin) {
      const Np prev = Class(i - 1);
      if (prev == Np::kEnt || prev == Np::kNoun || prev == Np::kAgent || prev == Np::kDem) break;
    }
    ++i;
    ++count;
  }
  ph.end = i;
  if (ph.end > ph.begin) ActorsOf(ph.begin, ph.end, &ph, seats);
  if (!ph.found() && ph.begin < limit && info_[ph.begin].Is(bit::kPron1 | bit::kPron3)) ph.pronoun = ph.begin;
  if (ph.n == 1 && ph.end < limit) ParenRole(&ph, ph.end);
  // "a rencontré X, le ministre des Finances", "exclu Antoni Pastor, député de Manacor": the
  // apposition's agent noun says more than a private person's guessed country.
  if (appos && ph.n == 1 && ph.end + 1 < limit && doc_.Slice(toks_[ph.end].span) == ",") {
    ActorRef& a0 = ph.actors[0];
    if (a0.entity >= 0 && doc_.entities[a0.entity].type == "person" && doc_.entities[a0.entity].actor.empty() &&
        a0.code.size() == 6 && a0.code.compare(3, 3, "CVL") == 0) {
      Phrase app = ReadRight(ph.end + 1, limit, false, false);
      if (app.n >= 1 && app.actors[0].role_only) {
        a0.code = a0.code.substr(0, 3) + app.actors[0].code;
      } else if (app.n >= 1 && app.actors[0].entity < 0 && app.actors[0].code.size() == 6) {
        a0.code = app.actors[0].code;
      }
    }
  }
  return ph;
}

void Coder::ParenRole(Phrase* ph, uint32_t open) const {
  if (ph->n != 1 || open >= toks_.size() || doc_.Slice(toks_[open].span) != "(") return;
  ActorRef& a0 = ph->actors[0];
  if (a0.entity < 0 || doc_.entities[a0.entity].type != "person" || !doc_.entities[a0.entity].actor.empty()) return;
  for (uint32_t j = open + 1; j < toks_.size() && j < open + 6; ++j) {
    if (doc_.Slice(toks_[j].span) == ")") return;
    if (info_[j].entity < 0) continue;
    const Entity& org = doc_.entities[info_[j].entity];
    if (org.type != "organization" || org.actor.empty() || Excluded(org)) return;
    a0.code = org.actor;
    return;
  }
}

Phrase Coder::ReadLeft(uint32_t last, uint32_t floor) const {
  Phrase ph;
  if (last < floor || last >= toks_.size()) return ph;
  int64_t i = last;
  uint32_t count = 0;
  while (i >= static_cast<int64_t>(floor) && count < 16) {
    Np k = Class(static_cast<uint32_t>(i));
    // "Russia, China and Iran", the headline's "Russia, US to meet": a comma between two
    // names lists them.
    if (k == Np::kStop && ListComma(static_cast<uint32_t>(i))) k = Np::kCoord;
    // "les membres de l'organisation armée ETA": a participle right after a noun is its
    // adjective.
    if (k == Np::kStop && i > static_cast<int64_t>(floor) && toks_[i].kind == TokenKind::kWord &&
        Form(static_cast<uint32_t>(i)) == VerbForm::kPastParticiple) {
      const Np before = Class(static_cast<uint32_t>(i - 1));
      if (before == Np::kNoun || before == Np::kAgent) k = Np::kAdj;
    }
    // English: an -ed form before an agent noun, after "and" or a determiner, is its adjective
    // ("Polish and allied jets", "the armed men"), whatever tense the tagger gave it.
    if (k == Np::kStop && i > static_cast<int64_t>(floor) && doc_.lang == Language::kEnglish &&
        static_cast<uint32_t>(i) < last && Verbal(static_cast<uint32_t>(i))) {
      const std::string_view w = TextKey(static_cast<uint32_t>(i));
      const Np before = Class(static_cast<uint32_t>(i - 1));
      if (w.size() > 3 && w.substr(w.size() - 2) == "ed" && Class(static_cast<uint32_t>(i + 1)) == Np::kAgent &&
          (before == Np::kCoord || before == Np::kDet)) {
        k = Np::kAdj;
      }
    }
    if (k == Np::kStop) break;
    --i;
    ++count;
  }
  uint32_t begin = static_cast<uint32_t>(i + 1);
  // A phrase does not open with a linking word.
  while (begin <= last && (Class(begin) == Np::kOf || Class(begin) == Np::kCoord)) ++begin;
  ph.begin = begin;
  ph.end = last + 1;
  if (ph.end > ph.begin) ActorsOf(ph.begin, ph.end, &ph);
  return ph;
}

// ------------------------------------------------------------------ clauses

Group Coder::AnalyzeGroup(uint32_t head, uint32_t sb) const {
  Group g;
  g.has_verb = Verbal(head);
  uint32_t b = head;
  bool head_infinitive = Form(head) == VerbForm::kInfinitive;
  bool reflexive = false, be_aux = false, ne_only = false;
  int adverbs = 0;
  while (b > sb) {
    uint32_t t = b - 1;
    const Token& tok = toks_[t];
    const TokInfo& ti = info_[t];
    if (ti.Is(bit::kNeg)) {
      // (French "ne" alone is settled after the loop: "ne ... que" restricts.)
      const std::string_view nk = TextKey(t);
      if (doc_.lang == Language::kFrench && (nk == "ne" || nk == "n'")) ne_only = true;
      else g.mod = Stronger(g.mod, Mod::kNegated);
      b = t;
      continue;
    }
    if (ti.Is(bit::kReflexive)) {
      reflexive = true;
      b = t;
      continue;
    }
    if (ti.Is(bit::kModal) && (Verbal(t) || tok.morph.pos == PartOfSpeech::kAdjective ||
                               tok.morph.pos == PartOfSpeech::kUnknown)) {
      g.mod = Stronger(g.mod, ti.modal);
      b = t;
      continue;
    }
    // English "has" before a participle the tagger did not know is an auxiliary too.
    if (tok.morph.pos == PartOfSpeech::kAuxiliary || ti.Is(bit::kPassive) ||
        (info_[head].guess_verb && Form(head) == VerbForm::kPastParticiple && LemmaKey(t) == "have") ||
        (doc_.lang == Language::kEnglish && LemmaKey(t) == "have" && Verbal(head) && b <= head &&
         (b == head || toks_[b].morph.pos == PartOfSpeech::kAdverb || info_[b].Is(bit::kNeg) || TextKey(b) == "yet" ||
          InGroupAdverb(b)))) {
      if (ti.Is(bit::kPassive)) be_aux = true;
      b = t;
      continue;
    }
    // A date inserted in the group: "a décidé hier, jeudi 16 août, d'accorder". (Not the
    // comma before a participle clause: "... within 72 hours, accusing Algiers".)
    const bool clause_comma = b == head && Form(head) == VerbForm::kPresentParticiple && doc_.Slice(tok.span) == ",";
    // (A date between commas only: "Hasina, who fled to India in August 2024, accused" ends a
    // relative clause with its date.)
    const bool date_aside = doc_.Slice(tok.span) == "," && t > sb && info_[t - 1].in_timex && [&] {
      uint32_t d = t - 1;
      while (d > sb && info_[d - 1].in_timex) --d;
      return d == sb || doc_.Slice(toks_[d - 1].span) == "," || Verbal(d - 1);
    }();
    if ((ti.in_timex || date_aside) && adverbs < 12 && !clause_comma) {
      ++adverbs;
      b = t;
      continue;
    }
    if (doc_.Slice(tok.span) == "," && info_[b].in_timex && adverbs < 12) {
      ++adverbs;
      b = t;
      continue;
    }
    // "a de son côté dénoncé", "a pour sa part condamné", "a à son tour accusé": a
    // French aside between the auxiliary and the participle.
    const std::string_view fk = TextKey(t);
    if (t >= sb + 2 && b <= head && (Is(fk, "cote") || Is(fk, "part") || Is(fk, "tour")) &&
        ThirdPossessive(TextKey(t - 1)) &&
        (TextKey(t - 2) == "de" || TextKey(t - 2) == "pour" || TextKey(t - 2) == "a") && adverbs < 6) {
      adverbs += 3;
      b = t - 2;
      // (With its auxiliary, whatever the tagger made of it after a comma: "X, impuissant, a
      // de son côté dénoncé".)
      if (b > sb && (LemmaKey(b - 1) == "avoir" || LemmaKey(b - 1) == "etre")) --b;
      continue;
    }
    // "a, lui, menacé", "ont, eux, refusé": a stressed pronoun between commas.
    if (doc_.lang == Language::kFrench && t >= sb + 2 && b <= head && adverbs < 6 && doc_.Slice(tok.span) == "," &&
        doc_.Slice(toks_[t - 2].span) == ",") {
      const std::string_view p = TextKey(t - 1);
      if (p == "lui" || p == "elle" || p == "eux" || p == "elles") {
        adverbs += 3;
        b = t - 2;
        continue;
      }
    }
    // "a quant à lui reproché", "ont quant à eux dénoncé": a topic aside of three words.
    if (doc_.lang == Language::kFrench && t >= sb + 3 && b <= head && adverbs < 6 &&
        (fk == "lui" || fk == "elle" || fk == "eux" || fk == "elles") && TextKey(t - 1) == "a" &&
        TextKey(t - 2) == "quant") {
      adverbs += 3;
      b = t - 2;
      continue;
    }
    // "a par ailleurs suspendu", "a en outre exigé": a connective of two words.
    if (t >= sb + 1 && b <= head && adverbs < 6 &&
        ((fk == "ailleurs" && TextKey(t - 1) == "par") || ((fk == "outre" || fk == "effet") && TextKey(t - 1) == "en"))) {
      adverbs += 2;
      b = t - 1;
      continue;
    }
    // "have both criticised", "have all agreed": a floating quantifier in the group.
    if (Is(fk, "twice") || Is(fk, "previously") || AdverbialBefore(t)) g.earlier = true;
    if ((tok.morph.pos == PartOfSpeech::kAdverb || Is(fk, "both") || Is(fk, "all") || Is(fk, "each") || Is(fk, "yet") ||
         Is(fk, "already") || Is(fk, "still") || Is(fk, "just") || Is(fk, "also") || InGroupAdverb(t)) &&
        adverbs < 3) {
      ++adverbs;
      b = t;
      continue;
    }
    // "a décidé de rappeler", "travailleraient à rétablir", "plans to visit".
    // (A date may stand between the governing verb and its marker: "a menacé mardi d'envahir".)
    uint32_t gv = t > sb ? t - 1 : t;
    // (English opens the date with a preposition: "agreed on Monday to impose".)
    while (gv > sb && t - gv < 6 &&
           (info_[gv].in_timex || doc_.Slice(toks_[gv].span) == "," ||
            (toks_[gv].morph.pos == PartOfSpeech::kPreposition && info_[gv + 1].in_timex))) {
      --gv;
    }
    if (ti.Is(bit::kInfMarker) && (head_infinitive || Form(b) == VerbForm::kInfinitive ||
                                   info_[b].Is(bit::kReflexive)) &&
        t > sb && (Verbal(gv) || info_[gv].Is(bit::kModal))) {
      // The governing verb joins the group with its marker ("travailleraient à").
      b = gv;
      if (info_[b].Is(bit::kThreat)) g.threat = true;
      head_infinitive = false;
      if (info_[b].Is(bit::kModal)) g.mod = Stronger(g.mod, info_[b].modal);
      continue;
    }
    // "s'est dit prêt à", "se montre disposé à": the verb carrying a modal adjective.
    if (Verbal(t) && b < head && info_[b].Is(bit::kModal) && toks_[b].morph.pos == PartOfSpeech::kAdjective) {
      b = t;
      continue;
    }
    // "ont de nouveau manifesté", "a à nouveau accusé": an adverb in two words.
    if ((fk == "nouveau") && t > sb + 1 && (TextKey(t - 1) == "de" || TextKey(t - 1) == "a") && adverbs < 6) {
      adverbs += 2;
      b = t - 1;
      continue;
    }
    if ((Is(fk, "de") || Is(fk, "a")) && b < head && Is(TextKey(b), "nouveau") && adverbs < 6) {  // (its adverb read)
      ++adverbs;
      b = t;
      continue;
    }
    // A verb right before an infinitive governs it ("veulent rencontrer"), a date between
    // them or not ("ont annoncé lundi avoir conclu").
    // (English: also before a gerund, "have started asking", "kept firing".)
    uint32_t nb = b;
    while (nb < head && info_[nb].in_timex) ++nb;
    if (Verbal(t) &&
        (Form(b) == VerbForm::kInfinitive || (nb != b && Form(nb) == VerbForm::kInfinitive) ||
         info_[b].Is(bit::kReflexive) ||
         (doc_.lang == Language::kEnglish && b == head && Form(b) == VerbForm::kPresentParticiple &&
          !info_[t].Is(bit::kPassive))) &&
        b <= head) {
      b = t;
      continue;
    }
    break;
  }
  // A headline's "X to visit Y", "Russia, US to meet": no verb governs the infinitive; it
  // announces the act.
  if (doc_.lang == Language::kEnglish && b == head && head >= sb + 2 && TextKey(head - 1) == "to" &&
      !Verbal(head - 2) && toks_[head - 2].morph.pos != PartOfSpeech::kAdjective &&
      (info_[head - 2].entity >= 0 || toks_[head - 2].morph.pos == PartOfSpeech::kProperNoun ||
       toks_[head - 2].morph.pos == PartOfSpeech::kNoun)) {
    g.mod = Stronger(g.mod, Mod::kFuture);
    b = head - 1;
  }
  // "n'ont été libérés qu'en janvier 1981", "ne se rendra que mardi à Alger": "ne ... que"
  // says only, not no. The second word of the negation may follow the head ("ne reconnaît
  // pas"); a "que" before any such word restricts.
  if (ne_only) {
    bool restrictive = false;
    for (uint32_t t = head + 1; t < toks_.size() && t <= head + 12 && !IsPunct(toks_[t]); ++t) {
      if (info_[t].Is(bit::kNeg)) break;
      const std::string_view w = TextKey(t);
      if (w == "que" || w == "qu'") {
        restrictive = true;
        break;
      }
    }
    if (!restrictive) g.mod = Stronger(g.mod, Mod::kNegated);
  }
  g.begin = b;
  g.passive = be_aux && !reflexive && Form(head) == VerbForm::kPastParticiple;
  // A participle standing alone after a noun is passive too: "deux militaires tués",
  // "soldiers killed in the attack".
  // ("des allégations aussitôt démenties": adverbs may stand between.)
  const bool adverbs_only = [&] {
    for (uint32_t t = b; t < head; ++t) {
      if (toks_[t].morph.pos != PartOfSpeech::kAdverb) return false;
    }
    return true;
  }();
  if (!g.passive && !reflexive && adverbs_only && b > sb && Form(head) == VerbForm::kPastParticiple &&
      (Class(b - 1) == Np::kNoun || Class(b - 1) == Np::kAgent || Class(b - 1) == Np::kDem || Class(b - 1) == Np::kEnt)) {
    g.passive = true;
    g.bare_participle = true;
  }
  // English headlines drop the auxiliary: "Israel accused of war crimes by UN experts". A
  // past form the tagger read as a simple past, with no object after it (a preposition
  // follows) and a "by" agent later in its clause, is a participle.
  if (!g.passive && doc_.lang == Language::kEnglish && b == head && TenseOf(head) == Tense::kPast &&
      head + 1 < toks_.size() && toks_[head + 1].morph.pos == PartOfSpeech::kPreposition &&
      !info_[head + 1].Is(bit::kAgentPrep)) {
    for (uint32_t t = head + 2; t < toks_.size() && t <= head + 8 && !IsPunct(toks_[t]) && !Verbal(t); ++t) {
      if (info_[t].Is(bit::kAgentPrep)) {
        g.passive = true;
        g.bare_participle = true;
        break;
      }
    }
  }
  // "un gouvernement de coalition, soutenu par le PASOK": a participle after a comma with
  // its agent right after it.
  // (So is "la radio RFI, accusée de relayer la propagande": French "de" after it.)
  if (!g.passive && !reflexive && b == head && Form(head) == VerbForm::kPastParticiple && head > sb + 1 &&
      doc_.Slice(toks_[head - 1].span) == "," && head + 1 < toks_.size() &&
      (info_[head + 1].Is(bit::kAgentPrep) ||
       (doc_.lang == Language::kFrench && (TextKey(head + 1) == "de" || TextKey(head + 1) == "d'")))) {
    g.passive = true;
    g.bare_participle = true;
  }
  if (g.passive && !g.bare_participle && doc_.lang == Language::kFrench) {
    // French "être" + participle is also the perfect of motion verbs ("est arrivé"):
    // passive only with "été" or an agent ("a été accusé", "est accusé par").
    bool ete = false, agent = false;
    for (uint32_t t = b; t < head; ++t) {
      ete |= info_[t].Is(bit::kPassive) && Form(t) == VerbForm::kPastParticiple;
    }
    for (uint32_t t = head + 1; t < toks_.size() && t <= head + 6 && !IsPunct(toks_[t]); ++t) {
      agent |= info_[t].Is(bit::kAgentPrep);
    }
    g.passive = ete || agent;
  }
  for (uint32_t t = b; t <= head; ++t) {
    if (Form(t) == VerbForm::kFinite || TenseOf(t) != Tense::kNone) {
      g.tense = TenseOf(t);
      break;
    }
  }
  if (g.tense == Tense::kFuture) g.mod = Stronger(g.mod, Mod::kFuture);
  if (g.tense == Tense::kConditional) {
    // A conditional in reported speech is the future of the past ("il a dit qu'ils se
    // rencontreraient"); in the reporter's voice it is an unconfirmed claim: of a past act,
    // the French journalistic conditional ("X aurait été tué par", "l'armée aurait frappé":
    // reported) unless a condition governs it ("si X, Y aurait riposté"); else hypothetical.
    Mod voice = Mod::kHypothetical;
    if (doc_.lang == Language::kFrench && Form(head) == VerbForm::kPastParticiple) {
      bool condition = false;
      for (uint32_t t = sb; t < head && !condition; ++t) {
        condition = TextKey(t) == "si" ||
                    (TextKey(t) == "s'" && t + 1 < head && (TextKey(t + 1) == "il" || TextKey(t + 1) == "ils"));
      }
      if (!condition) voice = Mod::kReported;
    }
    g.mod = Stronger(g.mod, info_[head].quote >= 0 ? Mod::kFuture : voice);
  }
  return g;
}

bool Coder::SpeakerActor(int32_t quote, ActorRef* out, bool bare) const {
  if (quote < 0) return false;
  const std::string& id = doc_.quotes[quote].speaker;
  if (id.empty()) {
    // A speaker the entities stage names no one ("Pakistan's army said", "Ukrainian
    // officials said"): the actor its mention's phrase designates, when it has a country.
    const Span sm = doc_.quotes[quote].speaker_mention;
    if (sm.empty()) return false;
    const uint32_t first = TokenAt(sm.start);
    uint32_t end = first;
    while (end < toks_.size() && toks_[end].span.start < sm.end) ++end;
    if (end <= first) return false;
    Phrase ph = ReadRight(first, end);
    if (ph.n < 1 || (ph.actors[0].role_only && !bare) || ph.actors[0].code.size() < 3) return false;
    *out = ph.actors[0];
    return true;
  }
  for (size_t e = 0; e < doc_.entities.size(); ++e) {
    if (doc_.entities[e].id != id) continue;
    std::string code = EntityActor(doc_.entities[e], true, {});
    if (code.empty()) return false;
    // "Jean Tremblay, a Canadian opposition MP, said": the apposition's role says more than a
    // private person's CVL.
    const Span sm = doc_.quotes[quote].speaker_mention;
    if (code.size() == 6 && code.compare(3, 3, "CVL") == 0 && !sm.empty()) {
      const uint32_t first = TokenAt(sm.start);
      uint32_t end = first;
      while (end < toks_.size() && end < first + 40 && doc_.Slice(toks_[end].span) != "." &&
             doc_.Slice(toks_[end].span) != "\n") {
        ++end;
      }
      Phrase ph = ReadRight(first, end);
      if (ph.n >= 1 && ph.actors[0].entity == static_cast<int32_t>(e) && !ph.actors[0].code.empty()) {
        code = ph.actors[0].code;
      }
    }
    out->code = std::move(code);
    out->entity = static_cast<int32_t>(e);
    out->span = Span{};
    return true;
  }
  return false;
}

Phrase Coder::OpeningSubject(uint32_t at, uint32_t sb, uint32_t se) const {
  Phrase none;
  // The opening: from the sentence's start, a preposition ("Lors de", "During", "On", "En")
  // or the participle itself ("Speaking"), no finite verb before the act.
  if (at > sb + 8) return none;
  const Token& first = toks_[sb];
  const bool opener = first.morph.pos == PartOfSpeech::kPreposition ||
                      (Verbal(sb) && Form(sb) == VerbForm::kPresentParticiple) ||
                      (sb + 1 < se && Verbal(sb + 1) && Form(sb + 1) == VerbForm::kPresentParticiple &&
                       first.morph.pos == PartOfSpeech::kPreposition);
  if (!opener) return none;
  for (uint32_t t = sb; t < at; ++t) {
    if (IsPunct(toks_[t])) return none;
    if (Verbal(t) && Form(t) != VerbForm::kPresentParticiple && Form(t) != VerbForm::kPastParticiple) return none;
  }
  for (uint32_t c = at + 1; c < se && c < at + 14; ++c) {
    if (info_[c].Is(bit::kSub | bit::kRel)) return none;
    if (doc_.Slice(toks_[c].span) != ",") continue;
    Phrase ph = ReadRight(c + 1, se);
    // The main clause's subject: a verb (or an apposition) follows it.
    if (!ph.found() || ph.begin != c + 1) return none;
    return ph;
  }
  return none;
}

int64_t Coder::GerundMainVerb(uint32_t group_begin, uint32_t sb) const {
  uint32_t p = group_begin;
  if (p > sb && info_[p - 1].Is(bit::kReflexive)) --p;  // "en s'attaquant"
  if (p <= sb + 1) return -1;
  const std::string_view prep = TextKey(p - 1);
  // (Also a participle clause after a comma: "Moscou a dénoncé cette rencontre, accusant Kiev
  // de ...", "Russia rejected the claims, accusing Kyiv of ...".)
  const bool comma = doc_.Slice(toks_[p - 1].span) == ",";
  if (prep != "by" && prep != "en" && prep != "after" && prep != "while" && prep != "before" && prep != "apres" &&
      !comma) {
    return -1;
  }
  // ("a réagi, en ordonnant": a comma may stand before the preposition too.)
  const uint32_t open = comma ? p - 1 : (p >= sb + 2 && doc_.Slice(toks_[p - 2].span) == "," ? p - 2 : p);
  // The main verb: the nearest verb before, in the same clause.
  for (uint32_t v = p - 1; v > sb; --v) {
    const uint32_t t = v - 1;
    if ((IsPunct(toks_[t]) && t != open) || info_[t].Is(bit::kSub | bit::kRel)) return -1;
    // (Not an infinitive: "ordered the ambassador to leave the country, accusing Algiers" is
    // the government's accusation, not the ambassador's.)
    if (Verbal(t) && Form(t) != VerbForm::kPresentParticiple) {
      // (A to-infinitive is not it: "ordered the ambassador to leave the country, accusing
      // Algiers"; a modal's is: "said it would appeal, calling the decision unjustified".)
      const uint32_t gb = AnalyzeGroup(t, sb).begin;
      if (Form(t) == VerbForm::kInfinitive &&
          (info_[gb].Is(bit::kInfMarker) || (gb == t && t > sb && info_[t - 1].Is(bit::kInfMarker)))) {
        continue;
      }
      return t;
    }
  }
  return -1;
}

Phrase Coder::GerundSubject(uint32_t group_begin, uint32_t sb) const {
  const int64_t main = GerundMainVerb(group_begin, sb);
  return main < 0 ? Phrase() : FindSubject(AnalyzeGroup(static_cast<uint32_t>(main), sb).begin, sb, 1);
}

Phrase Coder::ParticipleSubject(uint32_t head, uint32_t sb) const {
  Phrase none;
  uint32_t t = head;
  for (int steps = 0; t > sb && steps < 6; ++steps) {
    const Np k = Class(t - 1);
    if (k != Np::kNoun && k != Np::kDet && k != Np::kAdj && k != Np::kNum) break;
    --t;
  }
  if (t == head || t <= sb || !Verbal(t - 1)) return none;
  // ("a resolution": the object names no actor itself.)
  Phrase object = ReadLeft(head - 1, t);
  if (object.found()) return none;
  return FindSubject(AnalyzeGroup(t - 1, sb).begin, sb, 1);
}

bool Coder::PossessorActor(uint32_t head, uint32_t sb, ActorRef* out) const {
  uint32_t j = head;
  for (int mods = 0; j > sb && mods < 3; ++mods) {
    --j;
    const std::string_view w = TextKey(j);
    if (w == "our" || w == "my" || w == "notre" || w == "nos" || w == "mon" || w == "ma" || w == "mes") {
      return SpeakerActor(info_[head].quote, out);
    }
    // (A third person's possessive is too often someone else than the last subject: "Brin
    // met with Mohamed during his visit".)
    if (ThirdPossessive(w)) return false;
    if (Class(j) != Np::kAdj && Class(j) != Np::kNum && !info_[j].in_timex) return false;
  }
  return false;
}

bool Coder::MainClauseObject(uint32_t comma, ActorRef* out) const {
  for (auto c = sentence_.rbegin(); c != sentence_.rend(); ++c) {
    if (c->head >= comma || c->targets.n < 1) continue;
    if (c->targets.end + 4 < comma) return false;
    *out = c->targets.actors[0];
    out->span = Span{};
    return true;
  }
  return false;
}

bool Coder::ResolvePronoun(uint32_t tok, ActorRef* out) const {
  const Span s = toks_[tok].span;
  if (info_[tok].Is(bit::kPron1)) return SpeakerActor(info_[tok].quote, out);
  // The quotes stage resolved the pronoun of a reporting verb.
  for (size_t q = 0; q < doc_.quotes.size(); ++q) {
    const Quote& qu = doc_.quotes[q];
    if (qu.speaker_mention.start <= s.start && s.end <= qu.speaker_mention.end && !qu.speaker.empty()) {
      return SpeakerActor(static_cast<int32_t>(q), out);
    }
  }
  // "Moldova expelled a Russian diplomat, accusing him of ...": the object of a participle
  // clause is the main clause's object.
  if (const std::string_view w = TextKey(tok);
      (w == "him" || w == "her" || w == "them") && tok >= 2 && Form(tok - 1) == VerbForm::kPresentParticiple &&
      doc_.Slice(toks_[tok - 2].span) == "," && MainClauseObject(tok - 2, out)) {
    return true;
  }
  // "Army officers said on Wednesday they had detained the president", "the ministry said it
  // would": a pronoun opening what a speaker reports is the speaker.
  if (info_[tok].Is(bit::kPron3)) {
    for (size_t q = 0; q < doc_.quotes.size(); ++q) {
      const Span cue = doc_.quotes[q].cue;
      if (cue.empty() || cue.end > s.start || s.start - cue.end > 40) continue;
      uint32_t j = TokenAt(cue.end - 1) + 1;
      while (j < tok && (info_[j].in_timex || toks_[j].morph.pos == PartOfSpeech::kAdverb ||
                         (toks_[j].morph.pos == PartOfSpeech::kPreposition && j + 1 < tok && info_[j + 1].in_timex) ||
                         TextKey(j) == "that" || TextKey(j) == "que" || TextKey(j) == "qu'")) {
        ++j;
      }
      if (j != tok) continue;
      if (SpeakerActor(static_cast<int32_t>(q), out, true)) {
        out->span = Span{};
        return true;
      }
      // (A speaker the quotes stage left unnamed: the reporting verb's subject; a person is
      // no "they" or "it".)
      const uint32_t c = TokenAt(cue.start);
      Phrase ph = FindSubject(c, doc_.sentences[TokenSentence(c)].token_begin);
      const bool one_person = ph.n == 1 && ph.actors[0].entity >= 0 && doc_.entities[ph.actors[0].entity].type == "person";
      const std::string_view p = TextKey(tok);
      if (ph.found() && !(one_person && (p == "they" || p == "ils" || p == "elles" || p == "it"))) {
        *out = ph.actors[0];
        out->span = Span{};
        return true;
      }
      break;
    }
  }
  // Else the nearest before it of the subjects seen (event sources, quote speakers) and the
  // grammatical subject of the sentence before ("Barack Obama a été réélu. Il a promis de
  // travailler avec les républicains": Obama is no event's source).
  // ("it", "they" name things as often as actors: only the last event source or speaker.)
  const bool it = TextKey(tok) == "it" || TextKey(tok) == "they";
  // ("he", "she" are people: a court or a country is never one.)
  const bool person = TextKey(tok) == "he" || TextKey(tok) == "she" || TextKey(tok) == "him";
  // ("ils", "elles", "they" stand for a group: not the one person last named, "Trois jeunes
  // hommes ont été interpellés, a annoncé le ministre. Ils ont été mis en examen".)
  const bool plural = TextKey(tok) == "ils" || TextKey(tok) == "elles" || TextKey(tok) == "they" || TextKey(tok) == "them";
  auto is_person = [&](const ActorRef& a) {
    return a.entity >= 0 && doc_.entities[a.entity].type == "person";
  };
  const Said* best = nullptr;
  int looked = 0;
  // (The list is in text order up to the quote speakers, then in the order acts were coded:
  // the nearest before the pronoun is searched, not the last appended.)
  for (auto said = subjects_.rbegin(); said != subjects_.rend() && looked < 64; ++said, ++looked) {
    if (said->tok < tok && (best == nullptr || said->tok > best->tok) && (!person || is_person(said->actor)) &&
        !(plural && is_person(said->actor))) {
      best = &*said;
    }
  }
  // The acts read so far in this sentence come before it ("L'émissaire X est attendu jeudi à
  // Beyrouth, où il doit s'entretenir": X, not the subject of the sentence before).
  // (After a connective of place or time, "où il doit", "where he will", or as a verb's object,
  // "said Thailand had attacked and accused it".)
  Said here;
  const std::string_view before_tok = tok > 0 ? TextKey(tok - 1) : std::string_view();
  const bool connective = before_tok == "ou" || before_tok == "where" || before_tok == "when" ||
                          before_tok == "lorsqu'" || before_tok == "quand" || before_tok == "while" ||
                          (tok > 0 && Verbal(tok - 1) && doc_.lang == Language::kEnglish);
  for (size_t ci = 0; connective && ci < sentence_.size(); ++ci) {
    const Coded& c = sentence_[ci];
    const Phrase& subject = c.passive ? c.targets : c.sources;
    if (c.head >= tok || subject.n < 1 || (best != nullptr && c.head <= best->tok)) continue;
    const ActorRef& a = subject.actors[0];
    if (a.role_only || BareRole(a.code) || (person && !is_person(a)) || (plural && is_person(a))) continue;
    here = Said{c.head, a};
    best = &here;
  }
  // (Nor is "it" a person.)
  if (it && best != nullptr && best->actor.entity >= 0 && doc_.entities[best->actor.entity].type == "person") {
    return false;
  }
  if (const Sentence* prev = SentenceBefore(tok); prev != nullptr && !it) {
    // Its first verb group's subject.
    if (const int64_t group = FirstGroupBegin(*prev); group >= 0) {
      Phrase ph = FindSubject(static_cast<uint32_t>(group), prev->token_begin, 3);
      if (ph.found() && (best == nullptr || ph.begin > best->tok) && (!person || is_person(ph.actors[0])) &&
          !(plural && is_person(ph.actors[0]))) {
        *out = ph.actors[0];
        out->span = Span{};
        return true;
      }
    }
  }
  if (best == nullptr) return false;
  *out = best->actor;
  out->span = Span{};
  return true;
}

Phrase Coder::FindSubject(uint32_t group_begin, uint32_t sb, int depth) const {
  Phrase none;
  if (group_begin <= sb) return none;
  int64_t i = static_cast<int64_t>(group_begin) - 1;
  while (i >= sb && (toks_[i].morph.pos == PartOfSpeech::kAdverb || info_[i].Is(bit::kNeg))) --i;
  // A footnote mark after the subject ("Le Parti populaire espagnol[1] a exclu").
  if (i >= sb + 3 && doc_.Slice(toks_[i].span) == "]" && toks_[i - 1].kind == TokenKind::kNumber &&
      doc_.Slice(toks_[i - 2].span) == "[") {
    i -= 3;
  }
  if (i < sb) return none;
  const uint32_t u = static_cast<uint32_t>(i);
  // A purpose clause ("a convoqué l'ambassadeur du Japon pour protester", "in order to
  // protest") says why the main act was done: no act of its own, and never one of the
  // object before it.
  const std::string_view w = TextKey(u);
  const bool purpose = (w == "pour" || (w == "de" && u > sb && TextKey(u - 1) == "afin") ||
                        (w == "to" && u > sb + 1 && TextKey(u - 1) == "order" && TextKey(u - 2) == "in")) &&
                       Form(group_begin) == VerbForm::kInfinitive;
  if (purpose) return none;
  // (Not a name: "the US" is no "us".)
  if (info_[u].Is(bit::kPron1 | bit::kPron3) && info_[u].entity < 0) {
    none.pronoun = static_cast<int32_t>(u);
    return none;
  }
  if (info_[u].Is(bit::kCoord) && u > sb && depth < 3) {
    // "A a envahi l'ambassade et pris des otages": the subject of the first verb.
    // ("criticised the detention of the mayor, who was due to be named ..., and urged": past
    // a relative clause between commas.)
    uint32_t from = u - 1;
    if (doc_.Slice(toks_[from].span) == ",") {
      for (uint32_t j = from; j > sb + 1 && from - j < 25; --j) {
        if (j < from && doc_.Slice(toks_[j].span) == ",") break;
        if (info_[j].Is(bit::kRel) && doc_.Slice(toks_[j - 1].span) == ",") {
          from = j - 2;
          break;
        }
      }
    }
    for (uint32_t v = from, steps = 0; v > sb && steps < 20; --v, ++steps) {
      if (info_[v].Is(bit::kSub | bit::kRel) || doc_.Slice(toks_[v].span) == ";") break;
      // ("had taken "total control" and detained": a quoted phrase holds no verb of the clause.)
      if (info_[v].quote >= 0 && info_[v].quote != info_[u].quote && doc_.quotes[info_[v].quote].kind != "indirect") {
        continue;
      }
      if (Verbal(v) && toks_[v].morph.pos != PartOfSpeech::kAuxiliary) {
        const uint32_t gb = AnalyzeGroup(v, sb).begin;
        // ("rejected any suggestion that it had meddled in the campaign and accused": the verb
        // of a clause the first one governs is passed over, up to its "that/que".)
        bool governed = false;
        for (uint32_t q = gb; q > sb + 1 && gb - q < 4 && !governed; --q) {
          if (info_[q - 1].Is(bit::kSub)) {
            governed = true;
            v = q - 1;
          } else if (IsPunct(toks_[q - 1]) || Verbal(q - 1)) {
            break;
          }
        }
        if (governed) continue;
        // ("said Thailand had attacked first and accused it": a reported clause without
        // "that", its subject right after the reporting verb, is passed over too.)
        if (const Phrase inner = FindSubject(gb, sb, 3); inner.found() && inner.begin > sb + 1) {
          const uint32_t r = inner.begin - 1;
          const std::string_view l = LemmaKey(r);
          if (Verbal(r) && (l == "say" || l == "tell" || l == "claim" || l == "allege" || l == "add" || l == "dire" ||
                            l == "affirmer" || l == "declarer" || l == "assurer" || l == "estimer" || l == "indiquer")) {
            v = r + 1;
            continue;
          }
        }
        return FindSubject(gb, sb, depth + 1);
      }
    }
    return none;
  }
  if (info_[u].Is(bit::kRel)) {
    // "la Russie, qui a accusé ...": the antecedent.
    int64_t j = i - 1;
    if (j >= sb && toks_[j].kind == TokenKind::kPunct) --j;
    if (j < sb) return none;
    return ReadLeft(static_cast<uint32_t>(j), sb);
  }
  if (toks_[u].kind == TokenKind::kPunct) {
    std::string_view p = doc_.Slice(toks_[u].span);
    if (p == ")") {
      // "François Brottes (PS) est intervenu": the person before the parenthesis.
      for (uint32_t o = u; o > sb && u - o < 6; --o) {
        if (doc_.Slice(toks_[o - 1].span) != "(") continue;
        if (o - 1 <= sb) return none;
        Phrase ph = ReadLeft(o - 2, sb);
        if (!ph.found() || (ph.begin > sb && Verbal(ph.begin - 1))) return none;
        ParenRole(&ph, o - 1);
        return ph;
      }
      return none;
    }
    if (p != ",") return none;
    // "X, le ministre des Affaires étrangères, a dit": the phrase before the
    // parenthetical, else the apposition itself.
    int64_t c = i - 1;
    while (c >= sb && c > i - 30 && !(toks_[c].kind == TokenKind::kPunct) && !info_[c].Is(bit::kSub)) --c;
    // ("Hasina, who fled to India in August 2024, accused": a relative clause between commas.)
    if (c > static_cast<int64_t>(sb) && info_[c].Is(bit::kRel) && doc_.Slice(toks_[c - 1].span) == ",") --c;
    if (c >= sb && c > i - 30 && doc_.Slice(toks_[c].span) == ",") {
      if (c > static_cast<int64_t>(sb)) {
        // (Past an adverbial tail: "des partisans du guide religieux d'alors, l'ayatollah X,".)
        uint32_t last = static_cast<uint32_t>(c - 1);
        // (Past a parenthesis: "Des jihadistes du Groupe de soutien à l'islam (GSIM), lié à
        // Al-Qaïda, ont attaqué".)
        if (doc_.Slice(toks_[last].span) == ")") {
          for (uint32_t o = last; o > sb + 1 && last - o < 8; --o) {
            if (doc_.Slice(toks_[o - 1].span) != "(") continue;
            last = o - 2;
            break;
          }
        }
        while (last > sb + 1 && (toks_[last].morph.pos == PartOfSpeech::kAdverb ||
                                 toks_[last].morph.pos == PartOfSpeech::kPreposition) && last + 3 > static_cast<uint32_t>(c)) {
          --last;
        }
        Phrase before = ReadLeft(last, sb);
        // "Le maire de New York, Michael Bloomberg, appelle": the named person the
        // apposition gives is the same actor, with its identity.
        // (Not a group of people: in "des partisans du guide, l'ayatollah Khomeini, avaient
        // envahi", the apposition names the guide, not the partisans.)
        const std::string& head_code = before.actors[0].code;
        const bool group = before.n == 1 && head_code.size() >= 3 && head_code.compare(head_code.size() - 3, 3, "CVL") == 0;
        if (before.n == 1 && before.actors[0].entity < 0 && !group &&
            (before.begin == sb || !Verbal(before.begin - 1))) {
          Phrase named = ReadLeft(u - 1, static_cast<uint32_t>(c + 1));
          if (named.n == 1 && named.begin == static_cast<uint32_t>(c + 1) && named.actors[0].entity >= 0 &&
              doc_.entities[named.actors[0].entity].type == "person") {
            if (doc_.entities[named.actors[0].entity].actor.empty()) named.actors[0].code = before.actors[0].code;
            return named;
          }
        }
        if (before.found() && (before.begin == sb || !Verbal(before.begin - 1))) {
          // "X, le ministre des Affaires étrangères, a dit": the apposition's agent noun
          // says more than a private person's guessed country (CCCCVL).
          ActorRef& a0 = before.actors[0];
          if (before.n == 1 && a0.entity >= 0 && doc_.entities[a0.entity].type == "person" &&
              doc_.entities[a0.entity].actor.empty() && a0.code.size() == 6 && a0.code.compare(3, 3, "CVL") == 0) {
            Phrase app = ReadLeft(u - 1, static_cast<uint32_t>(c + 1));
            // "Le secrétaire général de l'Alliance, Mark Rutte,": a known person in the
            // apposition is who the unknown name before stands for.
            if (app.n == 1 && app.begin == static_cast<uint32_t>(c + 1) && app.actors[0].entity >= 0 &&
                doc_.entities[app.actors[0].entity].type == "person" && !doc_.entities[app.actors[0].entity].actor.empty()) {
              return app;
            }
            if (app.n >= 1 && app.actors[0].role_only) {
              a0.code = a0.code.substr(0, 3) + app.actors[0].code;
            } else if (app.n >= 1 && app.actors[0].entity < 0 && app.actors[0].code.size() == 6) {
              a0.code = app.actors[0].code;  // "X, ministre russe, ..."
            }
          }
          return before;
        }
      }
      Phrase inside = ReadLeft(u - 1, static_cast<uint32_t>(c + 1));
      if (inside.found()) return inside;
      // "X, qui ..., a dit": the antecedent before the relative clause.
      if (info_[c + 1].Is(bit::kRel) && c > static_cast<int64_t>(sb)) return ReadLeft(static_cast<uint32_t>(c - 1), sb);
    } else if (u > sb) {
      Phrase inside = ReadLeft(u - 1, sb);
      if (inside.found() && inside.begin == sb) return inside;
    }
    return none;
  }
  Phrase ph = ReadLeft(u, sb);
  // A phrase right after a verb is that verb's object, not this one's subject
  // (ReadLeft already dropped actors inside prepositional phrases).
  // (Unless the phrase opens a reported clause: "said Ukraine had accused Russia".)
  bool object = false;
  if (ph.begin > sb && Verbal(ph.begin - 1)) {
    const int32_t q = info_[ph.begin].quote;
    object = q < 0 || TokenAt(doc_.quotes[q].span.start) != ph.begin;
  }
  if (ph.found() && !object) return ph;
  // A modifier between the subject and its verb: a relative clause or a participle phrase
  // without commas ("Deux militaires qui intervenaient dans la zone ont été tués", "Deux
  // Britanniques convertis à l'islam ont été interpellés").
  if (Phrase modified = SubjectBeforeModifier(u, sb); modified.found()) return modified;
  return object ? none : ph;
}

Phrase Coder::SubjectBeforeModifier(uint32_t last, uint32_t sb) const {
  Phrase none;
  for (uint32_t r = last, steps = 0; r > sb && steps < 14; --r, ++steps) {
    if (IsPunct(toks_[r]) || info_[r].Is(bit::kSub)) return none;
    const bool rel = info_[r].Is(bit::kRel);
    const bool participle = Verbal(r) && (Form(r) == VerbForm::kPastParticiple || Form(r) == VerbForm::kPresentParticiple) &&
                            toks_[r - 1].morph.pos != PartOfSpeech::kAuxiliary && !Verbal(r - 1) &&
                            !info_[r - 1].Is(bit::kPassive | bit::kReflexive);
    if (!rel && !participle) continue;
    Phrase ph = ReadLeft(r - 1, sb);
    if (!ph.found() || ph.end != r) return none;
    if (ph.begin > sb && Verbal(ph.begin - 1)) return none;  // an object, again
    return ph;
  }
  return none;
}

// ------------------------------------------------------------------ predicates

bool Coder::WordMatches(uint32_t i, const Element& e) const {
  const TokInfo& ti = info_[i];
  for (const int32_t w : patterns_.Alternatives(e)) {
    if (w == ti.lemma_id || w == ti.text_id || w == ti.singular_id) return true;
    // "anti-": a word against a people ("anti-américaine", "anti-Japanese").
    if (w == anti_word_ && !ti.anti.empty()) return true;
  }
  return false;
}

bool Coder::WordsAhead(const Pattern& p, uint32_t head) const {
  // (Only up to the first slot: after one, MatchAfterHead looks from where the phrase read
  // ends, which may be an antecedent's tokens, or skips "and {T}" a coordination filled.)
  for (int k = p.head + 1; k < p.n && !p.el[k].IsSlot(); ++k) {
    bool ahead = false;
    for (const int32_t w : patterns_.Alternatives(p.el[k])) {
      ahead = word_last_[static_cast<size_t>(w)] > head || (w == anti_word_ && anti_last_ > head);
      if (ahead) break;
    }
    if (!ahead) return false;
  }
  return true;
}

bool BareRole(std::string_view code) {
  static constexpr std::string_view kRoles[] = {"COP", "GOV", "INS", "JUD", "MIL", "OPP", "REB", "SEP", "SPY",
                                                "UAF", "PTY", "AGR", "BUS", "CRM", "CVL", "DEV", "EDU", "ELI",
                                                "ENV", "HLH", "HRI", "LAB", "LEG", "MED", "REF", "MOD", "RAD"};
  if (code.size() != 3) return false;
  for (std::string_view r : kRoles) {
    if (code == r) return true;
  }
  return false;
}

// An actor that can wage force by itself: a state (a country named as such), its armed
// forces, police or services, rebels, insurgents, separatists, armed groups, alliances.
bool ArmedActor(std::string_view code) {
  if (code.size() == 3) return !BareRole(code) && NationalRole(code);
  if (code.rfind("IGO", 0) == 0 || code.rfind("IMG", 0) == 0) return true;
  if (code.size() < 6) return false;
  const std::string_view role = code.substr(3, 3);
  return role == "MIL" || role == "REB" || role == "INS" || role == "SEP" || role == "UAF" || role == "COP" ||
         role == "SPY" || role == "IMG";
}

// The roles of a state's own bodies: its government, forces, police, intelligence, courts.
bool StateRole(std::string_view role) {
  return role == "GOV" || role == "MIL" || role == "COP" || role == "SPY" || role == "JUD";
}

// Private or social actors: civilians, companies, media, schools, health, farming ...
bool PrivateActor(std::string_view code) {
  if (code.rfind("MNC", 0) == 0) return true;
  if (code.size() < 6) return false;
  const std::string_view role = code.substr(3, 3);
  return role == "CVL" || role == "BUS" || role == "MED" || role == "EDU" || role == "HLH" || role == "AGR" ||
         role == "ENV" || role == "DEV" || role == "REF" || role == "LAB" || role == "MNC";
}

// What the head of a target phrase names: people (a person, "les otages", "a delegation",
// "les Français", a pronoun), another actor (a country, an organisation, "le gouvernement"),
// or a thing whose complement is the actor ("le suicide de X", "the text of X's email",
// "Apple's software"). Names, demonyms and genitives before the head noun are its modifiers
// ("a Hamas delegation", "Iranian officials").
Coder::HeadKind Coder::TargetHead(const Phrase& ph) const {
  for (uint32_t i = ph.begin; i < ph.end; ++i) {
    const TokInfo& ti = info_[i];
    const PartOfSpeech pos = toks_[i].morph.pos;
    if (ti.entity >= 0) {
      const Entity& e = doc_.entities[ti.entity];
      if (e.type == "person") return HeadKind::kPeople;
      uint32_t j = i + 1;
      while (j < ph.end && info_[j].entity == ti.entity) ++j;
      const bool genitive = j < ph.end && info_[j].Is(bit::kOf) && doc_.Slice(toks_[j].span) != "of";
      const bool modifier = j < ph.end && toks_[j].morph.pos == PartOfSpeech::kNoun && info_[j].entity < 0;
      if (!genitive && !modifier) return HeadKind::kActor;
      i = genitive ? j : j - 1;
      continue;
    }
    if (pos == PartOfSpeech::kPronoun) return HeadKind::kPeople;
    // A first name the entity's later mention left out ("Antoni" of "Antoni Pastor" when the
    // entities stage linked "Pastor" alone).
    if (pos == PartOfSpeech::kProperNoun && i + 1 < ph.end && info_[i + 1].entity >= 0) continue;
    // English compounds end with their head: "prime minister", "defence minister".
    // (Only before a head naming people or an actor: "spy network" stays the spies'.)
    if (doc_.lang == Language::kEnglish && pos == PartOfSpeech::kNoun && ti.entity < 0 && i + 1 < ph.end &&
        toks_[i + 1].morph.pos == PartOfSpeech::kNoun && info_[i + 1].entity < 0 &&
        (info_[i + 1].Is(bit::kHuman) || !info_[i + 1].agent.empty())) {
      continue;
    }
    // A demonym modifying the noun after it ("the Hungarian prime minister").
    if (!ti.demonym.empty() && i + 1 < ph.end &&
        (toks_[i + 1].morph.pos == PartOfSpeech::kNoun || toks_[i + 1].morph.pos == PartOfSpeech::kAdjective ||
         !info_[i + 1].agent.empty())) {
      continue;
    }
    if (pos == PartOfSpeech::kNoun || pos == PartOfSpeech::kProperNoun) {
      if (ti.Is(bit::kHuman) || (!ti.demonym.empty() && pos == PartOfSpeech::kNoun)) return HeadKind::kPeople;
      if (!ti.agent.empty()) return HeadKind::kActor;
      return HeadKind::kThing;
    }
  }
  return HeadKind::kThing;
}

// A short aside between commas holding only a date, adverbs and prepositional words
// ("a exclu, hier, à l'unanimité, X", "met, on Tuesday, with X"): the index after its closing
// comma, or i when i opens none. No verb, actor or clause word stands inside.
uint32_t Coder::AfterAside(uint32_t i, uint32_t limit) const {
  // "a dispersé à coups de gaz lacrymogène un rassemblement": a manner adverbial.
  if (i + 3 < limit && TextKey(i) == "a" && TextKey(i + 1) == "coups" && info_[i + 2].Is(bit::kOf)) {
    uint32_t j = i + 3;
    while (j < limit && j < i + 6 && info_[j].entity < 0 && info_[j].agent.empty() &&
           (toks_[j].morph.pos == PartOfSpeech::kNoun || toks_[j].morph.pos == PartOfSpeech::kAdjective)) {
      ++j;
    }
    return j > i + 3 ? j : i;
  }
  uint32_t end = i;
  // Its closing comma may open another ("a exclu, hier, à l'unanimité, X"): up to three.
  for (int asides = 0; asides < 3; ++asides) {
    const uint32_t open = end == i ? i : end - 1;
    if (open >= limit || doc_.Slice(toks_[open].span) != ",") break;
    uint32_t close = 0;
    for (uint32_t j = open + 1; j < limit && j < open + 7; ++j) {
      if (doc_.Slice(toks_[j].span) == ",") {
        close = j > open + 1 ? j : 0;
        break;
      }
      const TokInfo& ti = info_[j];
      if (IsPunct(toks_[j]) || Verbal(j) || ti.entity >= 0 || !ti.agent.empty() || !ti.demonym.empty() ||
          ti.Is(bit::kSub | bit::kRel | bit::kCoord | bit::kNeg | bit::kPron1 | bit::kPron3 | bit::kHuman)) {
        break;
      }
      if (ti.in_timex) continue;
      const PartOfSpeech pos = toks_[j].morph.pos;
      if (pos != PartOfSpeech::kAdverb && pos != PartOfSpeech::kPreposition && pos != PartOfSpeech::kDeterminer &&
          pos != PartOfSpeech::kNoun && pos != PartOfSpeech::kAdjective) {
        break;
      }
    }
    if (close == 0) break;
    end = close + 1;
  }
  return end;
}

// A place introduced by a locative preposition ("in Belgrade", "à Alep", "dans le centre
// de Téhéran" is not: only the name itself): the index after it, or i when none starts at i.
uint32_t Coder::AfterPlace(uint32_t i, uint32_t limit) const {
  if (i + 1 >= limit || !info_[i].Is(bit::kLocPrep)) return i;
  uint32_t j = i + 1;
  if (toks_[j].morph.pos == PartOfSpeech::kDeterminer && j + 1 < limit) ++j;
  const int32_t e = info_[j].entity;
  if (e < 0 && j == i + 1 && toks_[j].kind == TokenKind::kWord && toks_[j].Has(tf::kCapitalized) &&
      toks_[j].morph.pos == PartOfSpeech::kProperNoun && info_[j].agent.empty() && info_[j].demonym.empty() &&
      !info_[j].in_timex && doc_.lang == Language::kFrench) {
    // "un sommet à Ougadougou avec": a name the entities stage missed (here misspelt) after
    // "à", naming no actor.
    uint32_t k = j;
    while (k < limit && k < j + 3 && toks_[k].Has(tf::kCapitalized) && info_[k].entity < 0 &&
           toks_[k].morph.pos == PartOfSpeech::kProperNoun) {
      ++k;
    }
    return k;
  }
  if (e < 0 || info_[j].metonymic) return i;
  const std::string& type = doc_.entities[e].type;
  if (type != "city" && type != "place" && type != "region") return i;
  while (j < limit && info_[j].entity == e) ++j;
  return j;
}

uint32_t Coder::AfterSeat(uint32_t i, uint32_t limit) const {
  if (i + 2 >= limit || !info_[i].Is(bit::kLocPrep)) return i;
  uint32_t j = i + 1;
  if (toks_[j].morph.pos == PartOfSpeech::kDeterminer) ++j;
  const int32_t e = j < limit ? info_[j].entity : -1;
  if (e < 0 || doc_.entities[e].type != "organization") return i;
  while (j < limit && info_[j].entity == e) ++j;
  if (j >= limit) return i;
  const bool object_follows = toks_[j].morph.pos == PartOfSpeech::kDeterminer || info_[j].entity >= 0;
  return object_follows ? j : i;
}

uint32_t Coder::AfterLightVerb(uint32_t i, uint32_t limit, int64_t* verb) const {
  uint32_t j = i;
  int64_t first_verb = -1;
  bool light = false;
  // ("les négociations sur le programme nucléaire qui se déroulent entre": a complement of
  // the noun may stand before the relative.)
  if (j < limit && toks_[j].morph.pos == PartOfSpeech::kPreposition) {
    for (uint32_t r = j + 1; r < limit && r < j + 8; ++r) {
      if (info_[r].Is(bit::kRel)) {
        j = r;
        break;
      }
      if (Verbal(r) || IsPunct(toks_[r])) break;
    }
  }
  if (j < limit && info_[j].Is(bit::kRel)) ++j;  // "qui se déroulent", "which took place"
  for (int steps = 0; j < limit && steps < 6; ++j, ++steps) {
    const Token& t = toks_[j];
    const std::string_view lemma = LemmaKey(j);
    const bool aux = t.morph.pos == PartOfSpeech::kAuxiliary || lemma == "avoir" || lemma == "etre" ||
                     lemma == "have" || lemma == "be";
    const bool verbal = Verbal(j) || aux;
    if (verbal && first_verb < 0) first_verb = j;
    if (info_[j].Is(bit::kLight)) {
      light = true;
      continue;
    }
    if (verbal || info_[j].Is(bit::kReflexive | bit::kPassive | bit::kNeg | bit::kModal) || info_[j].in_timex ||
        t.morph.pos == PartOfSpeech::kAdverb) {
      // (Only the group's own words: a verb that is not a light one ends it.)
      if (verbal && !info_[j].Is(bit::kPassive | bit::kModal) && !aux) break;
      continue;
    }
    break;
  }
  if (!light || first_verb < 0) return i;
  *verb = first_verb;
  return j;
}

bool Coder::JudgingVerb(uint32_t t) const {
  for (int32_t entry : {info_[t].lemma_entry, info_[t].text_entry}) {
    if (entry < 0) continue;
    for (const Pattern& p : PatternsOf(entry, false)) {
      // (Its plain transitive reading, "{S} condemn {T}", says what the verb is; a longer
      // pattern, "se rassembler pour soutenir {T}", says what a phrase with it may be.)
      if (p.n != 3 || p.head != 1 || p.el[0].kind != Element::Kind::kSource ||
          p.el[2].kind != Element::Kind::kTarget || p.code.size() < 3) {
        continue;
      }
      const std::string_view c = p.code;
      if (c.substr(0, 2) == "11" || c.substr(0, 2) == "12" || c.substr(0, 3) == "051" || c.substr(0, 3) == "016") {
        return true;
      }
    }
  }
  return false;
}

uint32_t Coder::AfterShortQuote(uint32_t i, uint32_t limit) const {
  if (i >= limit || toks_[i].kind != TokenKind::kQuote) return i;
  for (uint32_t c = i + 1; c < limit && c <= i + 4; ++c) {
    if (toks_[c].kind == TokenKind::kQuote) return c > i + 1 ? c + 1 : i;
    if (toks_[c].kind != TokenKind::kWord || info_[c].entity >= 0 || Verbal(c)) return i;
  }
  return i;
}

uint32_t Coder::AfterWhatCalled(uint32_t i, uint32_t limit) const {
  const std::string_view w = TextKey(i);
  const bool english = w == "what";
  const bool french = w == "ce" && i + 1 < limit && (TextKey(i + 1) == "qu'" || TextKey(i + 1) == "que");
  if (!english && !french) return i;
  for (uint32_t j = i + (french ? 2 : 1); j < limit && j < i + 7; ++j) {
    const std::string_view l = LemmaKey(j);
    if (l == "call" || l == "describe" || l == "term" || l == "dub" || l == "qualifier" || l == "appeler" ||
        l == "decrire" || l == "denoncer" || l == "presenter") {
      uint32_t after = j + 1;
      if (after < limit && (TextKey(after) == "as" || info_[after].Is(bit::kOf) || TextKey(after) == "comme")) ++after;
      return after;
    }
    if (IsPunct(toks_[j])) break;
  }
  return i;
}

bool Coder::TwoWordAdverb(uint32_t i) const {
  if (i + 1 >= toks_.size()) return false;
  const std::string_view a = TextKey(i), b = TextKey(i + 1);
  return ((a == "en" || a == "in") && (b == "echange" || b == "retour" || b == "exchange" || b == "return"));
}

bool Coder::QuotedWord(uint32_t i) const {
  return i > 0 && i + 1 < toks_.size() && toks_[i - 1].kind == TokenKind::kQuote &&
         toks_[i + 1].kind == TokenKind::kQuote && toks_[i].kind == TokenKind::kWord && info_[i].entity < 0;
}

bool Coder::Skippable(uint32_t i) const {
  const Token& t = toks_[i];
  // "la politique « criminelle » des États-Unis": the marks of a quoted word.
  if (t.kind == TokenKind::kQuote) return true;
  if (t.kind != TokenKind::kWord && t.kind != TokenKind::kNumber) return false;
  if (QuotedWord(i)) return true;  // (and the word they quote, whatever the tagger made of it)
  if (info_[i].Is(bit::kOf) || info_[i].in_timex) return true;
  // "à nouveau", "de nouveau": an adverb in two words. So are "en échange", "en retour",
  // "in return", "in exchange" ("Israël relâchait en échange 369 détenus").
  if (TextKey(i) == "a" && i + 1 < toks_.size() && TextKey(i + 1) == "nouveau") return true;
  if (TwoWordAdverb(i) || (i > 0 && TwoWordAdverb(i - 1))) return true;
  if (!info_[i].demonym.empty() && info_[i].entity < 0) return true;  // "frappes russes"
  switch (t.morph.pos) {
    case PartOfSpeech::kDeterminer:
    case PartOfSpeech::kAdjective:
    case PartOfSpeech::kAdverb:
    case PartOfSpeech::kNumeral: return true;
    default: return false;
  }
}

bool Coder::HasReflexive(uint32_t head, uint32_t sb) const {
  for (uint32_t k = 1; k <= 4 && head >= sb + k; ++k) {
    const uint32_t t = head - k;
    if (info_[t].Is(bit::kReflexive)) return true;
    std::string_view tk = TextKey(t);
    // "nous nous sommes rencontrés", "vous vous êtes entretenus": the second pronoun.
    if ((tk == "nous" || tk == "vous") && t > sb && TextKey(t - 1) == tk) return true;
    if (IsPunct(toks_[t])) return false;
  }
  return false;
}

bool Coder::ActAuthor(std::string_view code, const Phrase& ph, uint32_t from, uint32_t se, uint32_t s,
                      ActorRef* author, uint32_t* end) const {
  if (code.size() < 2) return false;
  const std::string_view root = code.substr(0, 2);
  // "ont condamné ces attaques", "les auteurs de ces exactions": a noun of the grammar's
  // "deed" list opening the phrase names the last violent act.
  if (!last_violence_.code.empty() && (root == "11" || root == "12" || root == "13")) {
    // (Or a quotation the phrase opens with: "a dénoncé « la furie destructrice assimilable à
    // des crimes de guerre »".)
    uint32_t scan_end = std::min(ph.end, ph.begin + 6);
    // (Also after its article: "a « lâche attaque »", "a "cowardly attack".)
    const uint32_t q = ph.begin + 1 < se && Class(ph.begin) == Np::kDet && toks_[ph.begin + 1].kind == TokenKind::kQuote
                           ? ph.begin + 1
                           : ph.begin;
    if (q < se && toks_[q].kind == TokenKind::kQuote) {
      for (uint32_t c = q + 1; c < se && c <= q + 12; ++c) {
        if (toks_[c].kind != TokenKind::kQuote) continue;
        scan_end = c;
        break;
      }
    }
    for (uint32_t j = ph.begin; j < scan_end; ++j) {
      if (!info_[j].Is(bit::kDeed)) continue;
      *author = last_violence_;
      author->span = Span{};
      *end = j + 1;
      return true;
    }
  }
  // "X a sollicité Pékin afin d'obtenir une visite. Les autorités chinoises ont refusé cet
  // accès", "a rejeté ces critiques": a demonstrative points back to the last act told. So
  // does a noun naming an act, soon after it: "X a expulsé deux diplomates. Y a dénoncé une
  // mesure injustifiée", "X expelled two diplomats. Y criticised the move".
  // (Praised too: "a salué une décision « historique »", "welcomed the move".)
  if (events_.empty() || ph.begin >= se || (root != "11" && root != "12" && code.substr(0, 3) != "051")) return false;
  const std::string_view d = TextKey(ph.begin);
  const bool demonstrative = d == "ce" || d == "cet" || d == "cette" || d == "ces" || d == "this" || d == "that" ||
                             d == "these" || d == "those";
  bool act = false;
  for (uint32_t j = std::min(from, ph.begin); j < se && j < std::max(from, ph.begin) + 5 && !act; ++j) {
    if (info_[j].Is(bit::kAct)) act = true;
    else if (Class(j) != Np::kDet && Class(j) != Np::kAdj && !ThirdPossessive(TextKey(j)) &&
             toks_[j].kind != TokenKind::kQuote && !(Class(j) == Np::kOf && j == ph.begin)) {  // ("des")
      break;
    }
  }
  const Event& last = events_.back();
  if (!(demonstrative || act) || last.source.actor.empty() || last.sentence + 2 < s) return false;
  *author = ActorRef();
  author->code = last.source.actor;
  *end = std::min(ph.end, ph.begin + 2);
  return true;
}

uint32_t Coder::AuthorAgent(uint32_t j, uint32_t se) const {
  uint32_t t = j;
  // (Auxiliaries first: "a été menée", "was carried out".)
  while (t < se && t < j + 3 && !info_[t].Is(bit::kAuthor) &&
         (toks_[t].morph.pos == PartOfSpeech::kAuxiliary || info_[t].Is(bit::kPassive))) {
    ++t;
  }
  if (t >= se || !info_[t].Is(bit::kAuthor) ||
      (Form(t) != VerbForm::kPastParticiple && !(doc_.lang == Language::kEnglish && TenseOf(t) == Tense::kPast))) {
    return j;
  }
  ++t;
  // ("carried out by": the verb's particle.)
  if (t + 1 < se && !info_[t].Is(bit::kAgentPrep) &&
      (toks_[t].morph.pos == PartOfSpeech::kAdverb || toks_[t].morph.pos == PartOfSpeech::kPreposition) &&
      info_[t + 1].Is(bit::kAgentPrep)) {
    ++t;
  }
  return t < se && info_[t].Is(bit::kAgentPrep) ? t : j;
}

bool Coder::MatchAfterHead(const Pattern& p, uint32_t head, uint32_t se, bool passive, Coded* m) const {
  uint32_t pos = head + 1;
  m->pred_end = head + 1;
  // (A pattern lacking a word after the head fails before any phrase is read.)
  if (!WordsAhead(p, head)) return false;
  for (int k = p.head + 1; k < p.n; ++k) {
    const Element& e = p.el[k];
    const bool target = e.kind == Element::Kind::kTarget, source = e.kind == Element::Kind::kSource;
    if (target || source) {
      if (target && passive) continue;  // the subject is the target
      // Coordinated verbs share their object: "arrested and questioned the student".
      if (target && k == p.head + 1 && pos + 1 < se && info_[pos].Is(bit::kCoord) && Verbal(pos + 1)) {
        pos += 2;
      }
      // A capital in a target slot is its government, save for violence ("a sollicité
      // Pékin", "negotiate with Kyiv", but "ont bombardé Alep"): the pattern put an actor
      // there.
      const bool seats = !MonadicRoot(p.code);
      // (Past the closing mark of a quoted word just matched: "a qualifié d'« inacceptables »
      // les propos de X".)
      if (pos < se && pos > head + 2 && toks_[pos].kind == TokenKind::kQuote && toks_[pos - 1].kind == TokenKind::kWord) {
        for (uint32_t o = pos - 1; o > head && pos - o <= 4; --o) {
          if (toks_[o].kind != TokenKind::kQuote) continue;
          ++pos;
          break;
        }
      }
      Phrase ph = ReadRight(pos, se, seats);
      // "Philippine police arrested him": an object pronoun stands for its antecedent.
      if (!ph.found() && target && ph.pronoun >= 0) {
        ActorRef a;
        if (ResolvePronoun(static_cast<uint32_t>(ph.pronoun), &a)) {
          a.span = toks_[ph.pronoun].span;
          ph.actors[0] = a;
          ph.n = 1;
          ph.actor_end = static_cast<uint32_t>(ph.pronoun) + 1;
        }
      }
      // "a arrêté l'archevêque, l'accusant de préparer un coup d'État": a French object clitic
      // before a participle after a comma is the main clause's object.
      if (!ph.found() && target && k == p.head + 1 && head >= 2 && ObjectClitic(head - 1) &&
          doc_.Slice(toks_[head - 2].span) == "," && MainClauseObject(head - 2, &ph.actors[0])) {
        ph.actors[0].span = toks_[head - 1].span;
        ph.n = 1;
        ph.actor_end = ph.begin;
      }
      // "a salué l'attachement de Paris au droit international", "criticised the stance of
      // Washington": what a judging verb's object belongs to is judged; a capital there is its
      // government.
      if (!ph.found() && target && ph.begin < se && JudgingVerb(head)) {
        for (uint32_t j = ph.begin + 1; j < ph.end && j < ph.begin + 6; ++j) {  // (quote marks too)
          if (!info_[j].Is(bit::kOf)) continue;
          Phrase owner = ReadRight(j + 1, se, true);
          if (owner.found()) ph = owner;
          break;
        }
      }
      // "ont condamné ces attaques", "a rejeté cette décision": judging or answering an act
      // targets its author.
      if (!ph.found() && target && ph.begin < se) {
        ActorRef author;
        // (ActAuthor reads the code: deeds for 11-13, acts for 11, 12 and 051.)
        uint32_t end = ph.end;
        if (ActAuthor(p.code, ph, pos, se, m->sentence, &author, &end)) {
          ph.actors[0] = author;
          ph.n = 1;
          ph.actor_end = end;
        }
      }
      // "Pékin a dénoncé une « provocation » après le passage d'un navire américain", "condemned
      // the move after Russian jets violated its airspace": what a judgement follows is its object.
      if (!ph.found() && target && ph.begin < se && JudgingVerb(head) && p.code.size() >= 2 &&
          (p.code.compare(0, 2, "11") == 0 || p.code.compare(0, 2, "12") == 0)) {
        for (uint32_t j = ph.end; j + 1 < se && j < ph.end + 8; ++j) {
          const std::string_view w = TextKey(j);
          const bool after = w == "apres" || w == "after" || w == "following" ||
                             (w == "suite" && j > ph.end && (TextKey(j - 1) == "a" || TextKey(j - 1) == "la"));
          if (!after) {
            if (Verbal(j) || info_[j].Is(bit::kSub | bit::kRel) || doc_.Slice(toks_[j].span) == ";") break;
            continue;
          }
          // The first actor of the phrase after it, past its head noun ("le passage d'un navire
          // américain", "the incursion of Russian drones").
          for (uint32_t k = j + 1; k < se && k < j + 8 && !ph.found(); ++k) {
            if (IsPunct(toks_[k]) || info_[k].Is(bit::kSub | bit::kRel)) break;
            // (Not victims: "a dénoncé un « massacre » après la mort de civils maliens".)
            Phrase after_ph = ReadRight(k, se, true);
            if (after_ph.found() && !PrivateActor(after_ph.actors[0].code)) ph = after_ph;
            if (after_ph.found()) break;
            if (Verbal(k) && !ph.found()) {
              // "after Russian jets violated its airspace": the clause's subject.
              break;
            }
          }
          break;
        }
      }
      // "ont condamné l'annexion de la Cisjordanie par Israël": an act's agent is the target
      // of what is said about the act.
      // (Also what is demanded of X: "exigent la publication des résultats par la commission".)
      if (!ph.found() && target && p.code.size() >= 2 &&
          (p.code.compare(0, 2, "11") == 0 || p.code.compare(0, 2, "12") == 0 || p.code.compare(0, 2, "13") == 0 ||
           p.code.compare(0, 2, "10") == 0)) {
        for (uint32_t j = ph.end; j < se && j < ph.end + 6; ++j) {
          if (info_[j].Is(bit::kAgentPrep)) {
            Phrase agent = ReadRight(j + 1, se, true);
            if (agent.found()) ph = agent;
            break;
          }
          // ("l'appel lancé la veille par la France": the participle that names the act's agent.)
          if (j == ph.end && Form(j) == VerbForm::kPastParticiple) continue;
          if (Verbal(j) || IsPunct(toks_[j]) || info_[j].Is(bit::kSub | bit::kRel)) break;
        }
      }
      // "demanded the release of all detained personnel" after the Houthis detained U.N. staff:
      // the people just seized (whose captors the demand is then made of).
      if (!ph.found() && target && (p.code.rfind("1053", 0) == 0 || p.code.rfind("0253", 0) == 0)) {
        bool people = false;
        for (uint32_t j = ph.begin; j < ph.end && !people; ++j) people = info_[j].Is(bit::kHuman);
        const Event* seized = people ? LastEventWhere(8, [&](const Event& x) {
          return (x.root == "17" || x.root == "18") && !x.target.actor.empty() && x.sentence + 2 >= m->sentence;
        }) : nullptr;
        if (seized != nullptr) {
          ActorRef r;
          r.code = seized->target.actor;
          ph.actors[0] = r;
          ph.n = 1;
          ph.actor_end = ph.end;
        }
      }
      if (!ph.found()) {
        // Violence and protest are coded without a target when they hit no actor ("ont
        // attaqué un hôtel"): the target slot then matches nothing.
        // (An abduction always has its victim: without one the verb means something else,
        // "enlever" a restriction.)
        if (target && k == p.n - 1 && (MonadicRoot(p.code) || p.home || AidAct(p.code)) && p.code.rfind("181", 0) != 0) {
          // "ont bombardé la ville de Kharkiv", "strikes on the Gaza Strip": the place hit.
          for (uint32_t j = ph.begin; j < ph.end && m->target_place < 0; ++j) {
            const int32_t hit = info_[j].entity;
            if (hit < 0) continue;
            const std::string& type = doc_.entities[hit].type;
            if ((type == "city" || type == "place" || type == "region") && doc_.entities[hit].country.size() == 3) {
              m->target_place = hit;
            }
          }
          // (An occupation goes with what is occupied: "Israël occupe la Cisjordanie", but "la
          // France occupe une place importante" occupies nothing.)
          if (p.code.rfind("192", 0) == 0 && m->target_place < 0) return false;
          // (Aid reaches a place or no one: "sent aid to the region" names no recipient.)
          if (AidAct(p.code) && !MonadicRoot(p.code) && !p.home && m->target_place < 0) return false;
          continue;
        }
        return false;
      }
      // "entre A et B": a coordinated source phrase followed by "et {T}" holds both.
      if (source && ph.n >= 2 && k + 2 < p.n && p.el[k + 2].kind == Element::Kind::kTarget) {
        m->sources = ph;
        m->sources.n = ph.n - 1;
        m->targets.actors[0] = ph.actors[ph.n - 1];
        m->targets.n = 1;
        m->targets.begin = ph.begin;
        m->targets.end = ph.end;
        pos = ph.end;
        k += 2;
        continue;
      }
      (source ? m->sources : m->targets) = ph;
      // The next word may stand inside what the phrase read ("déclarer la Russie
      // coupable"): search from the end of its last actor.
      pos = ph.actor_end > ph.begin ? ph.actor_end : ph.end;
      continue;
    }
    // "Des négociations ont eu lieu entre A et B", "talks took place between A and B": a
    // noun's complement may follow the verb saying it happens.
    if (p.noun && p.has_source_after && k == p.head + 1 && pos < se && !WordMatches(pos, e)) {
      int64_t verb = -1;
      if (uint32_t after = AfterLightVerb(pos, se, &verb); after > pos) {
        pos = after;
        m->light_verb = verb;
      }
    }
    // "closed the Russian consulate", "a fermé le consulat russe de Gdansk": the word may be
    // the last noun of the actor phrase just read (its agent noun), or follow its demonym.
    if (k > p.head + 1 && p.el[k - 1].IsSlot()) {
      const Phrase& slot = p.el[k - 1].kind == Element::Kind::kTarget ? m->targets : m->sources;
      bool inside = false;
      for (uint32_t j = slot.begin + 1; j < pos && j < slot.end && !inside; ++j) {
        if (WordMatches(j, e)) {
          pos = std::max(pos, j + 1);
          m->pred_end = pos;
          inside = true;
        }
      }
      if (inside) continue;
    }
    // A word: within three skippable tokens.
    bool found = false;
    bool noun_skipped = false;
    bool measure = false;  // inside a quantity: "de trois milliards d'euros", "of $2 billion"
    int measure_tokens = 0;
    int date_tokens = 0;
    for (uint32_t j = pos, skipped = 0; j < se && skipped <= 3; ++j) {
      // ("imposed sanctions on Thursday on four judges": the preposition opening a date is not
      // the pattern's.)
      if (date_tokens < 8 && j + 1 < se && info_[j + 1].in_date && !info_[j].in_timex &&
          toks_[j].morph.pos == PartOfSpeech::kPreposition) {
        ++date_tokens;
        continue;
      }
      // ("fired at least one missile", "a tué au moins dix": a quantity's preposition is not
      // the pattern's.)
      // (Nor "one of", "l'une des": "launched one of its largest air attacks on Kyiv".)
      const bool quantity = j + 1 < se &&
                            (((TextKey(j) == "at" || TextKey(j) == "au") &&
                              (TextKey(j + 1) == "least" || TextKey(j + 1) == "most" || TextKey(j + 1) == "moins" ||
                               TextKey(j + 1) == "plus")) ||
                             ((TextKey(j) == "one" || TextKey(j) == "une" || TextKey(j) == "un") &&
                              (TextKey(j + 1) == "of" || TextKey(j + 1) == "des")));
      if (!quantity && WordMatches(j, e)) {
        pos = j + 1;
        m->pred_end = pos;
        found = true;
        break;
      }
      if (quantity) {
        ++j;  // (both words stand aside, as a quantity does)
        continue;
      }
      // A stray comma before the word ("accorder l'asile politique, au fondateur de X").
      if (j + 1 < se && doc_.Slice(toks_[j].span) == "," && WordMatches(j + 1, e)) continue;
      // "about 1,000 police officers", "plus de 200 soldats": the words of a quantity's
      // approximation stand aside with it.
      if (info_[j].Is(bit::kQuant) && j + 1 < se &&
          (info_[j + 1].Is(bit::kQuant | bit::kOf) || toks_[j + 1].kind == TokenKind::kNumber ||
           toks_[j + 1].morph.pos == PartOfSpeech::kNumeral)) {
        continue;
      }
      // A quantity does not count against the three tokens: a number, the nouns of its
      // unit and the "de/of" between them ("une aide militaire de trois milliards d'euros à").
      // ("un million d'euros d'aide": the large numbers the tagger calls nouns.)
      const std::string_view nk = TextKey(j);
      const bool number = toks_[j].kind == TokenKind::kNumber || toks_[j].morph.pos == PartOfSpeech::kNumeral ||
                          nk == "million" || nk == "millions" || nk == "milliard" || nk == "milliards" ||
                          nk == "billion" || nk == "billions" || nk == "trillion";
      if (number) measure = true;
      const bool unit = number || info_[j].Is(bit::kOf) ||
                        (toks_[j].morph.pos == PartOfSpeech::kNoun && info_[j].entity < 0 && info_[j].agent.empty());
      if (measure && measure_tokens < 6 && unit) {
        ++measure_tokens;
        continue;
      }
      measure = false;
      // A date does not count against them either, nor the preposition that opens it
      // ("met on Tuesday with X", "a signé le 3 mars avec X un accord").
      // So does a place the act happens in ("rallied in Belgrade against X", "a lancé à
      // Alep une offensive contre X").
      if (uint32_t a = AfterPlace(j, se); a > j && date_tokens < 8) {
        date_tokens += static_cast<int>(a - j);
        j = a - 1;
        continue;
      }
      if (uint32_t a = AfterAside(j, se); a > j && date_tokens < 8) {
        date_tokens += static_cast<int>(a - j);
        j = a - 1;
        continue;
      }
      // Nor a ship's flag ("a Marshall Islands-flagged tanker", "a Panama-flagged ship").
      if (date_tokens < 8 && toks_[j].Has(tf::kCapitalized)) {
        uint32_t flag = 0;
        for (uint32_t f = j; f < se && f < j + 3 && flag == 0 && toks_[f].Has(tf::kCapitalized); ++f) {
          const std::string_view w = TextKey(f);
          const auto ends = [&](std::string_view tail) {
            return w.size() > tail.size() && w.compare(w.size() - tail.size(), tail.size(), tail) == 0;
          };
          if (ends("-flagged") || ends("-registered")) flag = f;
        }
        if (flag > 0) {
          date_tokens += static_cast<int>(flag + 1 - j);
          j = flag;
          continue;
        }
      }
      // Nor a short quoted phrase ("leur retrait « avec effet immédiat » de la CPI"), unless it
      // holds the word: then the words before it ("called the attack a "deliberate provocation"").
      if (toks_[j].kind == TokenKind::kQuote && date_tokens < 8) {
        uint32_t close = j;
        for (uint32_t c = j + 1; c < se && c <= j + 4; ++c) {
          if (toks_[c].kind == TokenKind::kQuote) {
            close = c;
            break;
          }
          if (toks_[c].kind != TokenKind::kWord || info_[c].entity >= 0) break;
        }
        if (close > j + 1) {
          uint32_t next = close + 1;
          for (uint32_t w = j + 1; w < close; ++w) {
            if (WordMatches(w, e)) {
              next = w;
              break;
            }
          }
          date_tokens += static_cast<int>(next - j);
          j = next - 1;
          continue;
        }
      }
      if (date_tokens < 8 && (info_[j].in_timex || (j + 1 < se && info_[j + 1].in_timex &&
                                                     (toks_[j].morph.pos == PartOfSpeech::kPreposition ||
                                                      toks_[j].morph.pos == PartOfSpeech::kDeterminer)))) {
        ++date_tokens;
        continue;
      }
      // One unknown word may stand between too: an adjective the tagger took for a
      // noun ("de nouvelles sanctions", "un accord commercial").
      if (!Skippable(j)) {
        // (Or a name that is no actor: "des chars Leopard à l'Ukraine", "F-16 jets to Turkey".)
        const bool nounish = toks_[j].morph.pos == PartOfSpeech::kNoun || toks_[j].morph.pos == PartOfSpeech::kProperNoun;
        if (noun_skipped || info_[j].entity >= 0 || !nounish || !info_[j].agent.empty() || !info_[j].demonym.empty()) {
          break;
        }
        noun_skipped = true;
      }
      ++skipped;
    }
    if (!found) return false;
  }
  return true;
}

Coded StartCoded(const Pattern& p, uint32_t head, uint32_t s, const Group& g) {
  Coded m;
  m.code = std::string(p.code);
  m.sym = p.sym;
  m.intent_code = p.intent;
  m.object_named = !p.has_target;
  m.sentence = s;
  m.head = head;
  m.pred_begin = p.noun ? head : g.begin;
  m.earlier = !p.noun && g.earlier;
  return m;
}

bool Coder::ThingSubjectPassive(const Pattern& p, uint32_t head, uint32_t s, const Group& g, Coded* m) const {
  if (p.noun || p.has_source_after) return false;
  int target = -1;
  for (int k = p.head + 1; k < p.n; ++k) {
    if (p.el[k].kind == Element::Kind::kTarget) {
      target = k;
      break;
    }
    if (p.el[k].kind == Element::Kind::kSource) return false;
  }
  // Object words, then one preposition, then {T}: "imposer sanction à {T}". Or object words
  // alone: "Ces accusations ont été démenties par X", "The treaty was signed by A and B".
  if (target < 0) {
    if (p.n < p.head + 2) return false;
    target = p.n + 1;  // (the object words run to the pattern's end)
  } else if (target < p.head + 3) {
    return false;
  }
  const Sentence& sent = doc_.sentences[s];
  uint32_t from = sent.token_begin;
  for (int k = p.head + 1; k < target - 1; ++k) {
    bool found = false;
    for (uint32_t t = from; t < g.begin && !found; ++t) {
      if (WordMatches(t, p.el[k])) {
        found = true;
        from = t + 1;
      }
    }
    if (!found) return false;
  }
  Pattern q = p;
  const int drop = std::min(target - 1, p.n) - (p.head + 1);
  for (int k = p.head + 1; k + drop < p.n; ++k) q.el[k] = p.el[k + drop];
  q.n -= drop;
  Coded c = StartCoded(p, head, s, g);
  Group active = g;
  active.passive = false;
  active.bare_participle = false;
  if (MatchAfterHead(q, head, sent.token_end, false, &c)) {
    FillArguments(q, head, s, active, &c);
  } else if (target < p.n && from + 1 < g.begin && WordMatches(from, p.el[target - 1])) {
    // "L'ambassadeur de France a été convoqué par X": the target stands in the subject, after
    // the object words and the preposition.
    Pattern bare = q;
    bare.n = p.head + 1;
    bare.has_target = false;
    c.pred_end = head + 1;
    FillArguments(bare, head, s, active, &c);
    c.targets = ReadRight(from + 1, g.begin, true);
    // (The object word's role is the target's: "l'ambassadeur de France" is FRAGOV.)
    ActorRef& t0 = c.targets.actors[0];
    if (c.targets.n == 1 && t0.code.size() == 3 && NationalRole(t0.code) && !info_[from - 1].agent.empty()) {
      t0.code += std::string(info_[from - 1].agent);
    }
  } else {
    return false;
  }
  c.sources = Phrase();
  for (uint32_t j = c.pred_end; j < sent.token_end && j < c.pred_end + 10; ++j) {
    if (info_[j].Is(bit::kAgentPrep)) {
      c.sources = ReadRight(j + 1, sent.token_end, true);
      break;
    }
    if (Verbal(j) || IsPunct(toks_[j])) break;
  }
  if (!c.sources.found() || (p.has_target && !c.targets.found())) return false;
  c.passive = true;
  *m = std::move(c);
  return true;
}

bool Coder::ObjectBeforeSubject(const Pattern& p, uint32_t head, uint32_t s, const Group& g, Coded* m) const {
  if (p.has_target || p.has_source_after || p.n < p.head + 2) return false;
  const Sentence& sent = doc_.sentences[s];
  // (Nothing the verb governs after it: "a charge Abu Dhabi has denied." or a comma.)
  if (head + 1 < sent.token_end && !IsPunct(toks_[head + 1]) && toks_[head + 1].morph.pos != PartOfSpeech::kAdverb &&
      !info_[head + 1].in_timex) {
    return false;
  }
  Phrase subj = FindSubject(g.begin, sent.token_begin);
  if (!subj.found()) return false;
  // (ReadLeft may take the antecedent into the subject's phrase: "a charge Abu Dhabi".)
  const Span first = subj.actors[0].span;
  const uint32_t actor_begin = first.empty() ? subj.begin : TokenAt(first.start);
  if (actor_begin <= sent.token_begin + 1) return false;
  uint32_t j = actor_begin - 1;
  while (j > sent.token_begin + 1 && Class(j) == Np::kDet) --j;  // "the UAE", "la Russie"
  if (info_[j].Is(bit::kRel | bit::kSub) || TextKey(j) == "que" || TextKey(j) == "qu'") --j;
  // The object words, last first, over the noun phrase ending at j.
  int k = p.n - 1;
  for (uint32_t t = j, seen = 0; k > p.head && seen < 4; --t, ++seen) {
    if (WordMatches(t, p.el[k])) --k;
    else if (k == p.n - 1) return false;  // the last object word is the phrase's noun
    if (t == sent.token_begin) break;
  }
  if (k > p.head) return false;
  Coded c = StartCoded(p, head, s, g);
  c.pred_end = head + 1;
  c.sources = subj;
  *m = std::move(c);
  return true;
}

bool Coder::RelativeObject(const Pattern& p, uint32_t head, uint32_t s, const Group& g, Coded* m) const {
  if (p.noun || g.passive || p.has_source_after || p.head + 1 >= p.n ||
      p.el[p.head + 1].kind != Element::Kind::kTarget) {
    return false;
  }
  const Sentence& sent = doc_.sentences[s];
  const Phrase subj = FindSubject(g.begin, sent.token_begin);
  uint32_t first;
  if (subj.found()) {
    const Span span = subj.actors[0].span;
    first = span.empty() ? subj.begin : TokenAt(span.start);  // (ReadLeft takes "which" for a determiner)
  } else if (subj.pronoun >= 0) {
    first = static_cast<uint32_t>(subj.pronoun);
  } else {
    return false;
  }
  if (first <= sent.token_begin + 1) return false;
  uint32_t r = first - 1;
  while (r > sent.token_begin + 1 && Class(r) == Np::kDet && !info_[r].Is(bit::kRel)) --r;  // ("which" is one)
  const std::string_view w = TextKey(r);
  const bool relative = doc_.lang == Language::kFrench ? (w == "que" || w == "qu'")
                                                       : (w == "which" || w == "whom" || w == "that");
  if (!relative) return false;
  uint32_t last = r - 1;
  if (doc_.Slice(toks_[last].span) == "," && last > sent.token_begin) --last;
  // ("la Cour pénale internationale (CPI), qu'ils": past the parenthesis.)
  if (doc_.Slice(toks_[last].span) == ")") {
    for (uint32_t o = last; o > sent.token_begin + 1 && last - o < 8; --o) {
      if (doc_.Slice(toks_[o - 1].span) != "(") continue;
      last = o - 2;
      break;
    }
  }
  // (A verb before "que/that" governs a reported clause: "a affirmé que", "said that".)
  if (Verbal(last) || IsPunct(toks_[last])) return false;
  Phrase antecedent = ReadLeft(last, sent.token_begin);
  if (!antecedent.found() || antecedent.actor_end != last + 1) return false;
  Pattern q = p;
  for (int k = p.head + 1; k + 1 < p.n; ++k) q.el[k] = p.el[k + 1];
  --q.n;
  q.has_target = false;
  Coded c = StartCoded(p, head, s, g);
  if (!MatchAfterHead(q, head, sent.token_end, false, &c)) return false;
  FillArguments(q, head, s, g, &c);
  // ("Le Mali a quitté la CPI, qu'il accuse": a pronoun subject is the main clause's.)
  if (!subj.found()) {
    if (const int64_t main = FirstGroupBegin(sent); main >= 0 && static_cast<uint32_t>(main) < antecedent.begin) {
      if (Phrase ph = FindSubject(static_cast<uint32_t>(main), sent.token_begin); ph.found()) c.sources = ph;
    }
  }
  if (!c.sources.found()) return false;
  c.targets = antecedent;
  *m = std::move(c);
  return true;
}

bool Coder::TryHead(uint32_t head, uint32_t s, Coded* best, int* best_len) const {
  const Sentence& sent = doc_.sentences[s];
  // A gerund after a determiner is a noun: "the meeting between X and Y"; so is any form
  // after a possessive ("our deals with Albania", tagged a verb).
  const bool after_possessive =
      head > sent.token_begin && [&] {
        const std::string_view w = TextKey(head - 1);
        return Is(w, "our") || Is(w, "my") || Is(w, "his") || Is(w, "her") || Is(w, "their") || Is(w, "its") ||
               Is(w, "your");
      }();
  // (A French participle after "l'/le/la/les" has its object clitic there: "l'accusant de".)
  const bool verbal = Verbal(head) && !after_possessive &&
                      !(Form(head) == VerbForm::kPresentParticiple && head > sent.token_begin &&
                        doc_.lang == Language::kEnglish &&
                        (toks_[head - 1].morph.pos == PartOfSpeech::kDeterminer || TextKey(head - 1) == "'s"));
  bool any = false;
  Group group;
  bool group_done = false;
  // Whether a relative pronoun stands just before the verb group (RelativeObject's clause):
  // looked at once per head, lazily (-1: not yet).
  int relative = -1;
  auto relative_pronoun = [&] {
    if (relative < 0) {
      relative = 0;
      for (uint32_t t = group.begin; t > sent.token_begin && group.begin - t < 8 && relative == 0; --t) {
        const std::string_view w = TextKey(t - 1);
        relative = w == "que" || w == "qu'" || w == "which" || w == "whom" || w == "that";
      }
    }
    return relative == 1;
  };
  for (int32_t entry : {info_[head].lemma_entry, info_[head].text_entry}) {
    // A verb pattern needs a verb, a noun pattern a non-verb.
    for (const Pattern& p : PatternsOf(entry, !verbal)) [&] {
      const int len = p.n;
      if (2 * len + 1 <= *best_len) return;  // (first: no string comparison for a shorter one)
      if (!WordMatches(head, p.el[p.head])) return;
      if (p.reflexive && !HasReflexive(head, sent.token_begin)) return;
      // "s'occuper de la Syrie" is no occupation: a verb whose reflexive form is another
      // verb takes only the patterns written with "se" when it has one.
      if (!p.reflexive && info_[head].Is(bit::kPronominal) && HasReflexive(head, sent.token_begin)) return;
      if (!p.noun && !group_done) {
        group = AnalyzeGroup(head, sent.token_begin);
        group_done = true;
      }
      Group g;
      if (!p.noun) g = group;
      const bool passive = !p.noun && g.passive && p.has_target;
      // A joint act's partner may stand in the subject instead of after "with/avec": "Russia
      // and Ukraine resumed negotiations" reads "{S} resume negotiations with {T}" without
      // its tail, when the subject names two parties at least.
      const bool tail_optional = p.sym && !p.noun && p.n >= p.head + 4 &&
                                 p.el[p.n - 1].kind == Element::Kind::kTarget && !p.el[p.n - 2].IsSlot();
      // (Most patterns tried lack a word after the head, and MatchAfterHead fails: a noun
      // pattern, which has no way around it below, starts no mention then.)
      if (p.noun && !WordsAhead(p, head)) return;
      Coded m = StartCoded(p, head, s, g);
      bool partners_in_subject = false;
      if (!MatchAfterHead(p, head, sent.token_end, passive, &m)) {
        // "Des sanctions ont été imposées à la Corée du Nord par le Conseil de sécurité": the
        // pattern's object is the passive's subject.
        if (!(!p.noun && g.passive && ThingSubjectPassive(p, head, s, g, &m)) &&
            !(!p.noun && !g.passive && ObjectBeforeSubject(p, head, s, g, &m)) &&
            !(!p.noun && !g.passive && relative_pronoun() && RelativeObject(p, head, s, g, &m))) {
          if (!tail_optional) return;
          Pattern q = p;
          q.n -= 2;
          q.has_target = false;
          if (!WordsAhead(q, head)) return;  // (MatchAfterHead below would fail)
          m = StartCoded(p, head, s, g);
          m.sym = true;
          if (!MatchAfterHead(q, head, sent.token_end, false, &m)) return;
          FillArguments(q, head, s, g, &m);
          if (m.sources.n < 2 || m.targets.found()) return;
          partners_in_subject = true;
        }
      } else {
        FillArguments(p, head, s, g, &m);
      }
      // "released the text of X", "received media coverage", "enquête sur le suicide de X":
      // what the target slot holds is a thing, not the people or actor the act needs.
      if ((p.person || p.direct) && m.targets.found() && m.targets.pronoun < 0) {
        const HeadKind hk = TargetHead(m.targets);
        if (hk == HeadKind::kThing || (p.person && hk != HeadKind::kPeople)) return;
      }
      // "Le Mali a quitté la Cedeao", not "Macron a quitté le Maroc".
      if (p.igo && !(m.targets.found() && m.targets.actors[0].code.rfind("IGO", 0) == 0)) return;
      // "les forces de l'OTAN quitteront l'Afghanistan": troops leaving a country, not a
      // president leaving on a trip or a state leaving an organisation.
      // (A bare role whose country comes later, "troops", is armed by its role.)
      if (p.force && (!m.sources.found() || !(ArmedActor(m.sources.actors[0].code) ||
                                              (m.sources.actors[0].role_only && ArmedActor("XXX" + m.sources.actors[0].code))))) {
        return;
      }
      if (p.armed) {
        if (!m.sources.found() || !ArmedActor(m.sources.actors[0].code) || !m.targets.found()) return;
        const ActorRef& t0 = m.targets.actors[0];
        const bool country = t0.code.size() == 3 && NationalRole(t0.code) &&
                             (t0.entity < 0 || doc_.entities[t0.entity].type == "country");
        if (!country) return;
      }
      // Of two readings as long, the one that found its target wins.
      const int score = 2 * (partners_in_subject ? len - 2 : len) + (m.targets.found() || partners_in_subject ? 1 : 0);
      if (score <= *best_len) return;
      *best = std::move(m);
      *best_len = score;
      any = true;
    }();
  }
  return any;
}

void Coder::FillArguments(const Pattern& p, uint32_t head, uint32_t s, const Group& g0, Coded* m) const {
  const Sentence& sent = doc_.sentences[s];
  const uint32_t sb = sent.token_begin, se = sent.token_end;
  Group g = g0;
  m->quote = info_[head].quote;
  if (p.noun) {
    // The verb governing a noun predicate ("ont tenu des pourparlers", "prévoient une
    // rencontre") gives it modality and, failing anything closer, its source.
    int64_t v = static_cast<int64_t>(head) - 1;
    // (A place may stand between: "se sont rassemblées dans le centre de Téhéran pour une
    // manifestation".)
    int steps = 0;
    auto place = [&](uint32_t t) {
      if (info_[t].entity < 0 || info_[t].metonymic) return false;
      const std::string& type = doc_.entities[info_[t].entity].type;
      return type == "city" || type == "place";
    };
    while (v >= sb && steps < 10 && !Verbal(v) &&
           (Skippable(static_cast<uint32_t>(v)) || Class(static_cast<uint32_t>(v)) == Np::kPrep ||
            (Class(static_cast<uint32_t>(v)) == Np::kNoun && info_[v].entity < 0) || place(static_cast<uint32_t>(v)))) {
      --v;
      ++steps;
    }
    // (The verb saying the act happened, after it, is its own: "violates an agreement reached
    // between the two companies in 1991" tells that the agreement was reached.)
    if (v >= sb && Verbal(v) && m->light_verb < 0) {
      g = AnalyzeGroup(static_cast<uint32_t>(v), sb);
      m->has_verb = true;
      m->governor = v;
    } else if (m->light_verb >= 0) {
      g = AnalyzeGroup(static_cast<uint32_t>(m->light_verb), sb);
      m->has_verb = true;
      m->governor = m->light_verb;
    }
  } else {
    m->has_verb = true;
    m->has_verb_head = true;
  }
  m->tense = g.tense;
  m->mod = g.mod;
  // "en cas d'attaque contre Taïwan", "in case of an attack", "in the event of an invasion": a
  // noun act under a condition is only hypothetical.
  if (!m->has_verb_head) {
    for (uint32_t t = head > sb + 4 ? head - 4 : sb; t < head; ++t) {
      const std::string_view w = TextKey(t);
      if ((w == "cas" || w == "case" || w == "event") && t + 1 < head && info_[t + 1].Is(bit::kOf)) {
        m->mod = Stronger(m->mod, Mod::kHypothetical);
      }
    }
  }
  // A gerund tells its act in the main clause's tense and modality ("a réagi en expulsant":
  // past; "va réagir en expulsant": to come).
  if (m->has_verb_head && m->tense == Tense::kNone && Form(head) == VerbForm::kPresentParticiple) {
    if (const int64_t main = GerundMainVerb(g.begin, sb); main >= 0) {
      const Group mg = AnalyzeGroup(static_cast<uint32_t>(main), sb);
      m->tense = mg.tense;
      if (m->mod == Mod::kAsserted) m->mod = mg.mod;
    }
  }
  // "a menacé d'envahir l'ambassade": the threat of the act, said now.
  if (g.threat && m->code.compare(0, 2, "13") != 0) {
    m->code = ThreatCode(m->code);
    m->intent_code = true;
    // The threat is the reporting clause's own act, not something reported in a quote.
    if (m->quote >= 0 && info_[g.begin].quote != m->quote) m->quote = -1;
    if (m->mod == Mod::kFuture || m->mod == Mod::kIntended) m->mod = Mod::kAsserted;
  }

  const bool passive = !p.noun && g.passive && p.has_target;
  ActorRef a;
  auto add = [](Phrase* ph, const ActorRef& r) {
    if (ph->n < static_cast<int>(ph->actors.size())) ph->actors[ph->n++] = r;
  };
  if (passive) {
    m->passive = true;
    // "B a été accusé par A": the subject is the target, the agent the source.
    Phrase subj;
    if (g.bare_participle && g.begin > sb + 1 && doc_.Slice(toks_[g.begin - 1].span) == ",") {
      subj = ReadLeft(g.begin - 2, sb);  // the phrase the participle's comma follows
    } else {
      subj = FindSubject(g.begin, sb);
    }
    if (subj.pronoun >= 0 && ResolvePronoun(subj.pronoun, &a)) add(&subj, a);
    // "Ces arrestations ont été condamnées par l'UE", "The strikes were condemned by Paris":
    // an act judged in the passive is its author's.
    if (!subj.found() && subj.pronoun < 0) {
      uint32_t end = subj.end;
      if (ActAuthor(p.code, subj, subj.begin, se, s, &a, &end)) add(&subj, a);
    }
    m->targets = subj;
    for (uint32_t j = m->pred_end; j < se && j < m->pred_end + 6; ++j) {
      if (info_[j].Is(bit::kAgentPrep)) {
        m->sources = ReadRight(j + 1, se);
        break;
      }
      if (IsPunct(toks_[j]) || Verbal(j)) break;
    }
    // "Le gouvernement a suspendu la radio RFI, accusée de relayer la propagande": an
    // accusation in apposition to the main clause's object, with no agent, is that clause
    // subject's.
    if (!m->sources.found() && g.bare_participle && p.code.compare(0, 2, "11") == 0 && g.begin > sb + 2 &&
        doc_.Slice(toks_[g.begin - 1].span) == ",") {
      for (uint32_t v = g.begin - 2; v > sb && g.begin - v < 16; --v) {
        if (IsPunct(toks_[v]) || info_[v].Is(bit::kSub | bit::kRel)) break;
        if (!Verbal(v) || toks_[v].morph.pos == PartOfSpeech::kAuxiliary) continue;
        m->sources = FindSubject(AnalyzeGroup(v, sb).begin, sb);
        break;
      }
    }
  } else if (p.noun && m->governor >= 0 && info_[m->governor].Is(bit::kBreach) && !OwnVerb(*m)) {
    // "violated the 1991 agreement": breaking an agreement is not making one.
    m->sources = Phrase();
    m->targets = Phrase();
    return;
  } else if (!m->sources.found() && !p.has_source_after) {
    if (p.noun) {
      // A demonym on the noun ("frappes russes"), a genitive ("Russia's strikes").
      // ("l'aide militaire américaine": past another adjective, an agent one included.)
      for (uint32_t j = head + 1; j < se && j <= head + 3; ++j) {
        if (!info_[j].demonym.empty() && toks_[j].morph.pos == PartOfSpeech::kAdjective) {
          ActorRef r;
          r.code = std::string(info_[j].demonym);
          r.span = TokSpan(j, j + 1);
          add(&m->sources, r);
          break;
        }
        if (Class(j) != Np::kAdj && toks_[j].morph.pos != PartOfSpeech::kAdjective) break;
      }
      if (!m->sources.found() && head >= sb + 1) {
        uint32_t j = head - 1;
        // ("Xi Jinping's three-day visit", "Macron's state visit": up to two modifiers.)
        for (int mods = 0; j > sb && mods < 2 && info_[j].entity < 0 &&
                           (Class(j) == Np::kAdj || Class(j) == Np::kNum || Class(j) == Np::kNoun || info_[j].in_timex) &&
                           TextKey(j) != "'s";
             ++mods) {
          --j;
        }
        if (!info_[j].demonym.empty() && toks_[j].morph.pos == PartOfSpeech::kAdjective) {
          ActorRef r;
          r.code = std::string(info_[j].demonym);
          r.span = TokSpan(j, j + 1);
          add(&m->sources, r);
        } else if (TextKey(j) == "'s" && j > sb) {
          m->sources = ReadLeft(j - 1, sb);
        }
      }
      // The agent of the act: "l'arrestation de X par la police", "the attack by rebels".
      if (!m->sources.found()) {
        // (The noun's complement may stand between: "l'annexion de la Cisjordanie par Israël".)
        uint32_t j = std::max(m->pred_end, m->targets.found() ? m->targets.end : 0u);
        for (int steps = 0; j < se && steps < 8; ++j, ++steps) {
          if (info_[j].Is(bit::kAgentPrep)) {
            m->sources = ReadRight(j + 1, se);
            break;
          }
          // "des attaques contre des chrétiens, revendiquées par Boko Haram", "the attack was
          // carried out by rebels": the agent of a verb saying who did the act. (Not for a
          // joint act: "talks led by Qatar" are not Qatar's talks.)
          if (!p.sym && Verbal(j)) {
            if (const uint32_t by = AuthorAgent(j, se); by > j) {
              m->sources = ReadRight(by + 1, se);
              break;
            }
          }
          if (Verbal(j) || info_[j].Is(bit::kSub | bit::kRel | bit::kCoord) ||
              (IsPunct(toks_[j]) && doc_.Slice(toks_[j].span) != ",")) {
            break;
          }
        }
      }
      // The subject of a passive governor is the victim ("X a été tué d'un tir"); the subject
      // of a verb judging the act is its judge ("The United States condemned the attack on the
      // embassy" is no US attack).
      // (Nor is a characterisation's: "condemned what he called a cowardly attack".)
      const auto characterises = [&](int64_t v) {
        if (v < 0) return false;
        const std::string_view l = LemmaKey(static_cast<uint32_t>(v));
        return l == "call" || l == "describe" || l == "term" || l == "dub" || l == "qualifier" || l == "appeler";
      };
      if (!m->sources.found() && m->has_verb && !g.passive &&
          !(m->governor >= 0 && (JudgingVerb(static_cast<uint32_t>(m->governor)) || characterises(m->governor)))) {
        m->sources = FindSubject(g.begin, sb);
      }
      if (!m->sources.found() && m->sources.pronoun < 0) m->sources = OpeningSubject(head, sb, se);
      // "our deals with Albania", "nos accords avec la France": the speaker.
      if (!m->sources.found() && m->sources.pronoun < 0 && PossessorActor(head, sb, &a)) add(&m->sources, a);
    } else {
      // ("..., l'accusant de": the clitic before a French participle is its object, and the
      // participle clause opens at it.)
      uint32_t clause = g.begin;
      if (g.begin == head && head > sb + 1 && ObjectClitic(head - 1)) clause = head - 1;
      // A participle clause after a comma hangs on the main clause before it: "Le Mali, le
      // Burkina Faso et le Niger ont rappelé leurs ambassadeurs, accusant l'Algérie" is the
      // three states' accusation (the comma opens no apposition of its subject).
      if (Form(head) == VerbForm::kPresentParticiple && clause > sb && doc_.Slice(toks_[clause - 1].span) == ",") {
        m->sources = GerundSubject(clause, sb);
      }
      if (!m->sources.found()) m->sources = FindSubject(g.begin, sb);
      if (clause + 1 == head && m->sources.pronoun + 1 == static_cast<int64_t>(head)) m->sources.pronoun = -1;
      if (!m->sources.found() && m->sources.pronoun < 0 && Form(head) == VerbForm::kPresentParticiple) {
        m->sources = GerundSubject(clause, sb);
        // (A pronoun found is kept for resolution: "said it would appeal, calling ...".)
        if (!m->sources.found() && m->sources.pronoun < 0 && g.begin == head) m->sources = ParticipleSubject(clause, sb);
        if (!m->sources.found() && m->sources.pronoun < 0) m->sources = OpeningSubject(head, sb, se);
      }
    }
      if (!m->sources.found() && m->sources.pronoun >= 0 && ResolvePronoun(m->sources.pronoun, &a)) {
      add(&m->sources, a);
    }
  }
  // "{T} recevoir soutien de {S}": the subject is who the act is done to ("Mohamed received
  // support from Barack Obama", "X a reçu le soutien de Y").
  if (p.target_first && !passive && !m->targets.found()) {
    m->targets = FindSubject(g.begin, sb);
    if (!m->targets.found() && m->targets.pronoun >= 0 && ResolvePronoun(m->targets.pronoun, &a)) add(&m->targets, a);
    // ("The decision drew a swift rebuke from Washington": an act undergoing it is its author's.)
    if (!m->targets.found() && m->targets.pronoun < 0) {
      uint32_t end = m->targets.end;
      if (ActAuthor(p.code, m->targets, m->targets.begin, se, s, &a, &end)) add(&m->targets, a);
    }
  }
  // "a convoqué l'ambassadeur de Russie": the pattern's own agent noun before "de {T}" is the
  // target's role (RUSGOV, not the country).
  if (m->targets.n == 1 && m->targets.begin > head + 1 && m->targets.actors[0].code.size() == 3 &&
      NationalRole(m->targets.actors[0].code)) {
    uint32_t j = m->targets.begin;
    while (j > head + 1 && (info_[j - 1].Is(bit::kOf) || Class(j - 1) == Np::kDet)) --j;
    // (A person of a state's, "l'ambassadeur de", not "ses forces d'Afghanistan".)
    if (j < m->targets.begin && j > head + 1 && info_[j - 1].agent == "GOV" && info_[j - 1].Is(bit::kHuman) &&
        info_[j - 1].entity < 0) {
      m->targets.actors[0].code += std::string(info_[j - 1].agent);
    }
  }
  // "a demandé à Moscou la libération du journaliste", "ont exigé de la Russie la libération
  // des journalistes": what is asked is asked of the addressee before the object.
  if (doc_.lang == Language::kFrench && !p.noun && m->code.size() >= 2 &&
      (m->code.compare(0, 2, "02") == 0 || m->code.compare(0, 2, "10") == 0)) {
    const uint32_t limit = m->targets.found() ? m->targets.begin : std::min(se, head + 8);
    for (uint32_t j = head + 1; j + 1 < limit && j < head + 6; ++j) {
      const std::string_view w = TextKey(j);
      if (w != "a" && w != "au" && w != "aux" && w != "de" && w != "du") continue;
      // (The addressee is a name: "à Moscou", "de la Russie"; read up to its end only, the
      // object follows without a break.)
      uint32_t e = j + 1;
      if (e < limit && Class(e) == Np::kDet) ++e;
      if (e >= limit || info_[e].entity < 0) break;
      const int32_t named = info_[e].entity;
      while (e < limit && info_[e].entity == named) ++e;
      Phrase addressee = ReadRight(j + 1, e, true);
      if (addressee.found() && !addressee.actors[0].role_only) m->targets = addressee;
      break;
    }
  }
  // The reporting frame: an act of speech in a quote is the speaker's; a subject without
  // a country ("des délégations") takes the speaker's.
  ActorRef speaker;
  const bool has_speaker = SpeakerActor(m->quote, &speaker);
  std::string_view root(m->code.data(), std::min<size_t>(2, m->code.size()));
  const bool speech_act = root == "01" || root == "02" || root == "03" || root == "10" || root == "11" ||
                          root == "12" || root == "13";
  if (has_speaker && !m->sources.found() && speech_act && !passive) add(&m->sources, speaker);
  // A bare agent ("des délégations", "les rebelles") belongs to the speaker's country in
  // a quote (the source side), else to the country the dispatch is about.
  const bool violence = root == "18" || root == "19" || root == "20";
  for (Phrase* ph : {&m->sources, &m->targets}) {
    for (int k = 0; k < ph->n; ++k) {
      ActorRef& r = ph->actors[k];
      // "foreign intelligence services", "des puissances étrangères": CAMEO's unidentified state
      // actor (UIS), of the role the noun gives.
      if (r.role_only && r.unidentified && StateRole(r.code)) {
        r.code = "UIS" + r.code;
        r.role_only = false;
        continue;
      }
      if (!r.role_only || r.foreign) continue;
      // "will ask a court to", "a écrit à un juge": a speech act addressed to an unnamed,
      // indefinite body names no one; its country is not the story's.
      if (ph == &m->targets && speech_act && r.indefinite) continue;
      // Refugees and asylum seekers are by definition not the acting country's: without a
      // demonym they stay bare (CAMEO REF).
      if (r.code == "REF") {
        r.role_only = false;
        continue;
      }
      // A target: in a two-country story, an unnamed government body acted on by one
      // side is the other's ("l'administration précédente" in a Russian minister's
      // complaint); other unnamed targets are the source's own ("Russian police detained
      // protesters", "banned three opposition parties").
      std::string_view source_country;
      if (ph == &m->targets && m->sources.n > 0 && m->sources.actors[0].code.size() >= 3 &&
          NationalRole(std::string_view(m->sources.actors[0].code).substr(0, 3)) &&
          !m->sources.actors[0].role_only) {
        source_country = std::string_view(m->sources.actors[0].code).substr(0, 3);
      }
      // (A state's side only: an opposition MP's "the government" is their own.)
      std::string_view other;
      const std::string& sc = m->sources.n > 0 ? m->sources.actors[0].code : r.code;
      const std::string_view source_role = sc.size() > 3 ? std::string_view(sc).substr(3, 3) : std::string_view();
      const bool state_side = source_role.empty() || source_role == "GOV" || source_role == "MIL" ||
                              source_role == "SPY" || source_role == "COP";
      // (Not its forces': an army taking control of "the government" takes its own.)
      const bool statesman = source_role.empty() || source_role == "GOV";
      if (!source_country.empty() && statesman && r.code == "GOV" && !dyad_[0].empty()) {
        if (source_country == dyad_[0]) other = dyad_[1];
        if (source_country == dyad_[1]) other = dyad_[0];
      }
      // A foreign state's act on an unnamed body of the country the dispatch is about is on
      // that country's: "Kerry urged the army to restore civilian rule" in a story on Thailand.
      if (other.empty() && !source_country.empty() && state_side && !main_country_.empty() &&
          main_country_ != source_country && ph == &m->targets && !violence) {
        other = main_country_;
      }
      // A conjunct of a phrase whose other member has a country shares it: "l'armée
      // syrienne et les rebelles" -> SYRREB.
      std::string_view sibling;
      for (int k2 = 0; k2 < ph->n && sibling.empty(); ++k2) {
        const ActorRef& o = ph->actors[k2];
        if (k2 == k || o.role_only || o.code.size() < 3) continue;
        std::string_view oc = std::string_view(o.code).substr(0, 3);
        if (NationalRole(oc) && (o.code.size() > 3 || o.entity >= 0)) sibling = oc;
      }
      // "a appelé ses ressortissants à quitter le Japon", "urged its citizens": a possessive
      // gives the target the source's country.
      const bool possessed = ph == &m->targets && ph->begin < toks_.size() && ThirdPossessive(TextKey(ph->begin));
      // "Russian drones struck the port. A drone hit a substation": unnamed forces striking
      // are those of the state whose forces struck just before, not of the place hit.
      std::string_view striker;
      if (ph == &m->sources && violence && r.code == "MIL") {
        if (const Event* last = LastEventWhere(8, [&](const Event& x) {
              return (x.root == "18" || x.root == "19" || x.root == "20") && x.sentence + 3 >= m->sentence &&
                     x.source.actor.size() >= 3 && NationalRole(std::string_view(x.source.actor).substr(0, 3)) &&
                     (x.source.actor.size() == 3 || x.source.actor.compare(3, 3, "MIL") == 0);
            })) {
          striker = std::string_view(last->source.actor).substr(0, 3);
        }
      }
      if (!sibling.empty()) {
        r.code = std::string(sibling) + r.code;
      } else if (possessed && !source_country.empty()) {
        r.code = std::string(source_country) + r.code;
      } else if (!striker.empty()) {
        r.code = std::string(striker) + r.code;
      } else if (ph == &m->sources && has_speaker && speaker.code.size() >= 3) {
        r.code = speaker.code.substr(0, 3) + r.code;
      } else if (!other.empty()) {
        r.code = std::string(other) + r.code;
      } else if (std::string_view pc = ph == &m->targets && violence ? NearestPlaceCountry(head, sb, se)
                                                                      : std::string_view();
                 !pc.empty()) {
        // "Les frappes russes sur Kharkiv ont tué dix civils": victims of the place hit.
        r.code = std::string(pc) + r.code;
      } else if (!source_country.empty()) {
        r.code = std::string(source_country) + r.code;
      } else if (Event probe; EventPlace(*m, sb, se, &probe) && probe.location_country.size() == 3 &&
                 NationalRole(probe.location_country)) {
        // "des rebelles ont attaqué à Alep": the country of the act's place.
        r.code = probe.location_country + r.code;
      } else if (std::string_view gc = GovernorPlaceCountry(*m); !gc.empty()) {
        // "... se sont rassemblées dans le centre de Téhéran pour une manifestation".
        r.code = std::string(gc) + r.code;
      } else if (!main_country_.empty()) {
        r.code = main_country_ + r.code;
      } else {
        continue;  // no country found: the bare role, still without one
      }
      r.role_only = false;
    }
  }
  if (!m->targets.found() && !p.has_target) ImplicitPartner(m);
  // "ont menacé de rétablir les sanctions si l'Iran ne revenait pas à la table", "threatened to
  // respond if Seoul went ahead": a threat naming no one is against the subject of its condition.
  if (!m->targets.found() && m->code.size() >= 2 && m->code.compare(0, 2, "13") == 0) {
    for (uint32_t j = m->pred_end; j + 1 < se && j < m->pred_end + 16; ++j) {
      const std::string_view w = TextKey(j);
      if (w != "si" && w != "s'" && w != "if" && w != "unless") continue;
      uint32_t k = j + 1;
      if (w == "s'") break;  // ("s'il": a pronoun, the speaker's own side more often than not)
      Phrase cond = ReadRight(k, se, true);
      if (cond.found() && !cond.actors[0].role_only &&
          !(m->sources.n > 0 && cond.actors[0].code == m->sources.actors[0].code)) {
        m->targets = cond;
      }
      break;
    }
  }
  // "X a été arrêté", "was arrested": without an agent, the police of the country where it
  // happened ("trois Français ont été arrêtés en Iran"), else of X's country.
  // (Not when the sentence names an agent it cannot code: "arrêté par les mutins" is no
  // police arrest.)
  bool unknown_agent = false;
  for (uint32_t t = m->head + 1; t + 1 < se && t <= m->head + 8 && !unknown_agent; ++t) {
    if (IsPunct(toks_[t])) break;
    unknown_agent = info_[t].Is(bit::kAgentPrep) && !info_[t + 1].in_timex && !IsPunct(toks_[t + 1]);
  }
  if (passive && !unknown_agent && !m->sources.found() && m->code.compare(0, 3, "173") == 0 && m->targets.n >= 1) {
    const std::string& tc = m->targets.actors[0].code;
    Event where;
    std::string country = tc.substr(0, std::min<size_t>(3, tc.size()));
    if (EventPlace(*m, sb, se, &where) && where.location_country.size() == 3 && NationalRole(where.location_country)) {
      country = where.location_country;
    } else if (std::string_view near = NearestPlaceCountry(m->head, sb, se); !near.empty()) {
      country = std::string(near);  // "appréhendés dans la ville de Londres"
    } else if (dateline_.found && dateline_.country.size() == 3 && NationalRole(dateline_.country)) {
      country = dateline_.country;  // "appréhendés dans la ville" of a London story
    }
    if (tc.size() >= 3 && NationalRole(country) && !m->targets.actors[0].role_only) {
      ActorRef r;
      // (A sentence or a conviction is a court's: "Imran Khan was sentenced to 14 years".)
      const std::string_view l = LemmaKey(m->head);
      const bool court = l == "sentence" || l == "convict" || l == "condamner" || l == "juger" || l == "acquit" ||
                         l == "indict" || l == "inculper";
      r.code = country + (court ? "JUD" : "COP");
      m->sources.actors[0] = r;
      m->sources.n = 1;
    }
  }
  // "des manifestations contre le président X à Lomé", "protests against the US in Tehran": a
  // protest no one is named for is by the civilians of where it happens, else of the target's
  // country.
  if (!m->sources.found() && m->sources.pronoun < 0 && m->code.compare(0, 2, "14") == 0 && m->targets.n >= 1 &&
      !m->targets.actors[0].role_only && m->targets.actors[0].code.size() >= 3) {
    CiviliansThere(*m, sb, se, std::string_view(m->targets.actors[0].code).substr(0, 3), true, &m->sources);
  }
  // Troops withdrawn without a "from X" leave the country the dispatch is about ("l'OTAN
  // prévoit de retirer ses forces" in a story about Afghanistan).
  if (!m->targets.found() && m->code.compare(0, 3, "087") == 0 && m->sources.n >= 1 && !main_country_.empty() &&
      m->sources.actors[0].code.compare(0, 3, main_country_) != 0) {
    ActorRef r;
    r.code = main_country_;
    m->targets.actors[0] = r;
    m->targets.n = 1;
  }
  // A protest that names no target is against its people's government (CAMEO's default
  // reading: "des milliers de personnes ont manifesté", "students took to the streets").
  // (Demonstrations, blockades and riots; a strike or a hunger strike may be against an
  // employer or anyone.)
  // "une manifestation anti-américaine", "anti-Japanese protests": against that country.
  if (!m->targets.found() && m->code.size() >= 2 && m->code.compare(0, 2, "14") == 0) {
    const uint32_t lo = m->head >= 2 ? m->head - 2 : 0;
    const uint32_t hi = std::max(m->head + 3, m->pred_end + 1);
    for (uint32_t t = lo; t < hi && t < m->head + 6 && t < toks_.size(); ++t) {
      if (info_[t].anti.empty() || info_[t].anti.size() != 3) continue;
      ActorRef r;
      r.code = std::string(info_[t].anti);
      r.span = toks_[t].span;
      m->targets.actors[0] = r;
      m->targets.n = 1;
      break;
    }
  }
  // "rallied outside the Japanese embassy", "ont manifesté devant l'ambassade de France":
  // against the country whose mission it is. Outside a court, against the court: "rassemblés
  // devant le palais de justice" (a parliament is only where the government is faced).
  if (!m->targets.found() && m->code.size() >= 2 && m->code.compare(0, 2, "14") == 0 && m->sources.n >= 1 &&
      m->sources.actors[0].code.size() >= 3 && NationalRole(std::string_view(m->sources.actors[0].code).substr(0, 3))) {
    for (uint32_t t = m->head + 1; t < se && t < m->pred_end + 10; ++t) {
      const std::string_view l = LemmaKey(t);
      const bool court = l == "tribunal" || l == "courthouse" || (l == "justice" && t >= 2 && LemmaKey(t - 2) == "palais");
      if (court) {
        ActorRef r;
        r.code = m->sources.actors[0].code.substr(0, 3) + "JUD";
        m->targets.actors[0] = r;
        m->targets.n = 1;
        break;
      }
    }
  }
  if (!m->targets.found() && m->code.size() >= 2 && m->code.compare(0, 2, "14") == 0) {
    for (uint32_t t = m->head + 1; t < se && t < m->pred_end + 10; ++t) {
      const std::string_view l = LemmaKey(t);
      if (l != "embassy" && l != "ambassade" && l != "consulate" && l != "consulat") continue;
      std::string_view country;
      if (!info_[t - 1].demonym.empty()) country = info_[t - 1].demonym;
      else if (t + 1 < se && !info_[t + 1].demonym.empty()) country = info_[t + 1].demonym;
      for (uint32_t c = t + 1; country.empty() && c < se && c <= t + 3; ++c) {
        if (info_[c].entity >= 0 && doc_.entities[info_[c].entity].type == "country") {
          country = doc_.entities[info_[c].entity].country;
        } else if (!info_[c].Is(bit::kOf) && Class(c) != Np::kDet) {
          break;
        }
      }
      if (country.size() == 3 && NationalRole(country)) {
        ActorRef r;
        r.code = std::string(country) + "GOV";
        m->targets.actors[0] = r;
        m->targets.n = 1;
      }
      break;
    }
  }
  // So is a demand or an appeal of a country's people, parties or civil society that names no
  // one ("les associations étudiantes réclament la gratuité scolaire": pattern option home);
  // (not an armed group's: "les rebelles réclament des armes" asks anyone).
  const bool protest = m->code.size() >= 3 &&
                       (m->code.compare(0, 3, "140") == 0 || m->code.compare(0, 3, "141") == 0 ||
                        m->code.compare(0, 3, "144") == 0 || m->code.compare(0, 3, "145") == 0);
  // A crowd an authority disperses or gasses is the civilians of where it happens, else of its
  // own country ("la police a dispersé la manifestation", "police fired tear gas"; option crowd).
  if (!m->targets.found() && p.crowd && m->sources.n >= 1 && m->sources.actors[0].code.size() >= 3) {
    CiviliansThere(*m, sb, se, std::string_view(m->sources.actors[0].code).substr(0, 3), false, &m->targets);
  }
  if (!m->targets.found() && (protest || p.home) && m->sources.n >= 1) {
    const std::string& sc = m->sources.actors[0].code;
    const std::string_view role = sc.size() > 3 ? std::string_view(sc).substr(3, 3) : std::string_view();
    const bool armed = role == "REB" || role == "INS" || role == "SEP" || role == "IMG";
    if (sc.size() >= 3 && NationalRole(std::string_view(sc).substr(0, 3)) && sc.compare(3, std::string::npos, "GOV") != 0 &&
        sc.compare(3, std::string::npos, "MIL") != 0 && sc.compare(3, std::string::npos, "COP") != 0 &&
        (protest || (!armed && !role.empty() && !m->sources.actors[0].role_only))) {
      ActorRef r;
      r.code = sc.substr(0, 3) + "GOV";
      m->targets.actors[0] = r;
      m->targets.n = 1;
    }
  }
}

void Coder::CiviliansThere(const Coded& m, uint32_t sb, uint32_t se, std::string_view otherwise, bool dateline,
                           Phrase* out) const {
  std::string country(otherwise);
  if (Event where; EventPlace(m, sb, se, &where) && where.location_country.size() == 3) {
    country = where.location_country;
  } else if (dateline && dateline_.found && dateline_.country.size() == 3) {
    country = dateline_.country;
  }
  if (!NationalRole(country)) return;
  ActorRef r;
  r.code = country + "CVL";
  out->actors[0] = r;
  out->n = 1;
}

std::string_view Coder::NearestPlaceCountry(uint32_t head, uint32_t sb, uint32_t se) const {
  std::string_view best;
  uint32_t best_d = 0;
  for (uint32_t i = sb; i < se; ++i) {
    const int32_t e = info_[i].entity;
    if (e < 0 || info_[i].metonymic) continue;
    const Entity& en = doc_.entities[e];
    if ((en.type != "city" && en.type != "place" && en.type != "region") || en.country.size() != 3 ||
        !NationalRole(en.country)) {
      continue;
    }
    const uint32_t d = i > head ? i - head : head - i;
    if (best.empty() || d < best_d) {
      best = en.country;
      best_d = d;
    }
  }
  return best;
}

std::string_view Coder::GovernorPlaceCountry(const Coded& m) const {
  if (m.governor < 0 || m.has_verb_head) return {};
  for (uint32_t t = static_cast<uint32_t>(m.governor) + 1; t < m.head; ++t) {
    if (info_[t].entity < 0 || info_[t].metonymic) continue;
    const Entity& e = doc_.entities[info_[t].entity];
    if ((e.type == "city" || e.type == "place" || e.type == "country") && e.country.size() == 3 &&
        NationalRole(e.country)) {
      return e.country;
    }
  }
  return {};
}

// A dyadic act whose pattern names no target ("rétablir les relations diplomatiques", "se
// sont entretenus") involves the other of the document's two dominant countries.
bool Coder::JointParties(const Coded& c, std::string parties[2]) const {
  if (!c.sym) return false;
  if (c.sources.n >= 1 && c.targets.n >= 1) {
    parties[0] = c.sources.actors[0].code, parties[1] = c.targets.actors[0].code;
  } else if (c.sources.n >= 2) {
    parties[0] = c.sources.actors[0].code, parties[1] = c.sources.actors[1].code;
  } else {
    return false;
  }
  return true;
}

void Coder::ImplicitPartner(Coded* m) const {
  if (m->sources.n != 1) return;
  const std::string& src = m->sources.actors[0].code;
  if (src.size() < 3) return;
  std::string_view country(src.data(), 3);
  // "L'Union européenne a débloqué un million d'euros d'aide d'urgence" in a story on an
  // earthquake in Afghanistan: a foreign actor's aid naming no recipient is for the country
  // the dispatch is about.
  if (AidAct(m->code) && main_country_.size() == 3 && country != main_country_ && NationalRole(main_country_)) {
    ActorRef r;
    r.code = main_country_;
    m->targets.actors[0] = r;
    m->targets.n = 1;
    return;
  }
  // "L'Ukraine et la Russie ont échangé des prisonniers grâce à une médiation de la Turquie":
  // a third party's mediation is between the parties of the joint act it serves.
  if (m->code.rfind("039", 0) == 0 || m->code.rfind("045", 0) == 0) {
    for (auto c = sentence_.rbegin(); c != sentence_.rend(); ++c) {
      std::string parties[2];
      if (!JointParties(*c, parties)) continue;
      if (parties[0].size() < 3 || parties[1].size() < 3 || parties[0] == parties[1] ||
          parties[0].compare(0, 3, country) == 0 || parties[1].compare(0, 3, country) == 0) {
        continue;
      }
      for (int k = 0; k < 2; ++k) {
        ActorRef r;
        r.code = parties[k];
        m->targets.actors[k] = r;
      }
      m->targets.n = 2;
      return;
    }
  }
  // "Le président togolais a proposé sa médiation" in a story on Niger and Benin: a third
  // party's mediation is between the story's two countries.
  if (dyad_[0].empty() || dyad_[1].empty()) return;
  if ((m->code.rfind("039", 0) == 0 || m->code.rfind("045", 0) == 0) && country != dyad_[0] && country != dyad_[1]) {
    for (int k = 0; k < 2; ++k) {
      ActorRef r;
      r.code = dyad_[k];
      m->targets.actors[k] = r;
    }
    m->targets.n = 2;
    return;
  }
  if (!m->sym) return;
  std::string_view role(src.data() + 3, src.size() - 3);
  const std::string* other = nullptr;
  if (country == dyad_[0]) other = &dyad_[1];
  if (country == dyad_[1]) other = &dyad_[0];
  if (other == nullptr) return;
  ActorRef r;
  r.code = *other + std::string(role);
  m->targets.actors[0] = r;
  m->targets.n = 1;
}

bool Coder::CitationLine(const Sentence& sent) const {
  // "Peter Zimonjic. "MP calls for probe into misplaced documents" — Edmonton Sun, August 16,
  // 2008": a quoted title, a dash, then the outlet and a date close to the line's end.
  for (uint32_t d = sent.token_begin + 1; d < sent.token_end; ++d) {
    // (Every dash folds to "-": only a token whose key is that is read in the text.)
    if (!Is(TextKey(d), "-")) continue;
    const std::string_view w = doc_.Slice(toks_[d].span);
    if (!Is(w, "\u2014") && !Is(w, "\u2013") && !Is(w, "-")) continue;
    if (toks_[d - 1].kind != TokenKind::kQuote || sent.token_end - d > 16) return false;
    for (uint32_t t = d + 1; t < sent.token_end; ++t) {
      if (info_[t].in_timex) return true;
    }
    return false;
  }
  return false;
}

void Coder::CodeSentence(uint32_t s) {
  const Sentence& sent = doc_.sentences[s];
  sentence_.clear();
  // Where each pattern word stands last, up to this sentence's end (WordsAhead).
  for (; words_end_ < sent.token_end; ++words_end_) {
    const TokInfo& ti = info_[words_end_];
    if (ti.lemma_id != KeyIds::kNone) word_last_[static_cast<size_t>(ti.lemma_id)] = words_end_;
    if (ti.text_id != KeyIds::kNone) word_last_[static_cast<size_t>(ti.text_id)] = words_end_;
    if (ti.singular_id != KeyIds::kNone) word_last_[static_cast<size_t>(ti.singular_id)] = words_end_;
    if (!ti.anti.empty()) anti_last_ = words_end_;
  }
  if (CitationLine(sent)) return;  // a source cited, no news of its own
  for (uint32_t i = sent.token_begin; i < sent.token_end; ++i) {
    if (!info_[i].Is(bit::kPatterns)) continue;
    Coded m;
    int len = 0;
    if (TryHead(i, s, &m, &len)) sentence_.push_back(std::move(m));
    // A real sentence holds a handful of predicates; a hostile one (100,000 words, no
    // full stop) must not make the checks below quadratic.
    if (sentence_.size() >= kMaxPredicatesPerSentence) break;
  }
  // "X aurait été tué par un tir d'obus lancé par les rebelles", "was killed by a shell fired
  // by rebels": the victim of the passive verb governing a violent noun is that act's target.
  for (Coded& m : sentence_) {
    if (m.has_verb_head || m.governor < 0 || m.targets.found() || !MonadicRoot(m.code)) continue;
    for (const Coded& o : sentence_) {
      if (o.head == static_cast<uint32_t>(m.governor) && o.passive && o.targets.found() && !o.sources.found() &&
          MonadicRoot(o.code)) {
        m.targets = o.targets;
      }
    }
  }
  for (size_t a = 0; a < sentence_.size(); ++a) {
    const Coded& m = sentence_[a];
    // An act embedded in another predicate is part of it: "menace de rompre ses
    // relations" is a threat, "a proposé sa médiation" a proposal, not two events.
    bool embedded = false;
    for (size_t b = 0; b < sentence_.size() && !embedded; ++b) {
      if (a == b) continue;
      const Coded& o = sentence_[b];
      embedded |= m.has_verb_head && o.head >= m.pred_begin && o.head < m.head;
      // A verb a longer verb pattern spells out is part of it: "se sont rassemblés pour
      // dénoncer la junte" is a protest (141), not also a denunciation.
      embedded |= m.has_verb_head && o.has_verb_head && m.head > o.head && m.head < o.pred_end;
      // (Not a fact judged: "criticised the agreement between India and China", "a salué
      // l'accord entre X et Y" tell of the agreement as well as of the judgement.)
      // (A formal complaint, 114, files the noun: "filed a protest against China" is one act.)
      const bool judged = o.code.size() >= 3 &&
                          (o.code.compare(0, 3, "110") == 0 || o.code.compare(0, 3, "111") == 0 ||
                           o.code.compare(0, 3, "051") == 0) &&
                          m.sources.found() && (m.targets.found() || MonadicRoot(m.code));
      // (An act with no actor to tell swallows nothing: in "seven people were killed during
      // protests against the president" the protest is the news.)
      // (Nor an adjunct the verb takes with a preposition: "ont échangé des prisonniers grâce à
      // une médiation de la Turquie" tells of the mediation too.)
      // (A condition is not: "pourrait intervenir en cas d'attaque contre Taïwan".)
      const auto adjunct = [&] {
        bool prep = false;
        for (uint32_t t = o.head + 1; t < m.head; ++t) {
          const std::string_view w = TextKey(t);
          if (w == "cas" || w == "case" || w == "event" || w == "sans" || w == "without") return false;
          prep |= toks_[t].morph.pos == PartOfSpeech::kPreposition && !info_[t].Is(bit::kOf);
        }
        return prep;
      };
      embedded |= !m.has_verb_head && m.governor >= 0 && static_cast<uint32_t>(m.governor) == o.head && !judged &&
                  (o.sources.found() || o.sources.pronoun >= 0) && !(m.sources.found() && adjunct());
      // A noun an outer noun pattern spells out is part of it: "sa demande d'aide à X" is a
      // request for aid (023), not also aid given to X (070).
      embedded |= !m.has_verb_head && !o.has_verb_head && o.head < m.head && m.head < o.pred_end;
      // "a riposté en expulsant dix diplomates", "retaliated by striking X": the gerund says
      // what the retaliation was; the bare verb is not another act.
      if (m.has_verb_head && !m.targets.found() && MonadicRoot(m.code) && o.head > m.head &&
          o.head <= m.pred_end + 3 && Form(o.head) == VerbForm::kPresentParticiple) {
        const std::string_view before = TextKey(o.head - 1);
        const std::string_view before2 = o.head >= 2 ? TextKey(o.head - 2) : std::string_view();
        embedded |= before == "by" || before == "en" || (info_[o.head - 1].Is(bit::kReflexive) && before2 == "en");
      }
      // What an accusation charges is its content, not an act the dispatch reports: "a accusé
      // le Rwanda de continuer à soutenir les rebelles", "accused Algeria of supporting
      // terrorists" is one accusation (112), not also Rwanda's support (051).
      if (m.has_verb_head && o.code.size() >= 2 && o.code.compare(0, 2, "11") == 0 && o.head < m.head &&
          m.pred_begin > o.head && m.pred_begin <= o.pred_end + 10 &&
          (Form(m.head) == VerbForm::kInfinitive || Form(m.head) == VerbForm::kPresentParticiple)) {
        uint32_t before = m.pred_begin - 1;
        // ("de continuer à soutenir": the governing verb of the group is the marker's.)
        if (TextKey(before) == "a" && before > o.head && Verbal(before - 1)) before = AnalyzeGroup(before - 1, o.head).begin - 1;
        const std::string_view w = TextKey(before);
        embedded |= w == "de" || w == "d'" || w == "of";
      }
      // The act an appeal or a demand asks for is the addressee's, not yet done: "a demandé
      // à l'ONU de condamner l'Ukraine" is a request of the UN, not Russia condemning.
      // ("a exhorté les Occidentaux à livrer des armes": after the addressee and its marker.)
      if (m.has_verb_head && Form(m.head) == VerbForm::kInfinitive && o.head < m.head && o.code.size() >= 2 &&
          (o.code.compare(0, 2, "02") == 0 || o.code.compare(0, 2, "10") == 0)) {
        const uint32_t end = std::max(o.pred_end, o.targets.found() ? o.targets.end : 0u);
        embedded |= end <= m.head && m.head <= end + 1 + (m.pred_begin < m.head ? m.head - m.pred_begin : 0);
      }
    }
    if (embedded) continue;
    // "« L'Iran doit cesser son soutien à la Russie », a déclaré X", "Iran must stop ...,
    // X said": what another party must do, in a speaker's words, is the speaker's demand of
    // it (100), not the act itself.
    if (Coded demand; ObligationDemand(m, &demand)) {
      Emit(demand);
      continue;
    }
    Emit(m);
    for (const Phrase* ph : {&m.sources, &m.targets}) {
      if (ph->n != 3) continue;
      bool countries = true;
      for (int k = 0; k < 3; ++k) countries &= ph->actors[k].code.size() == 3 && NationalRole(ph->actors[k].code);
      if (countries) {
        for (int k = 0; k < 3; ++k) triple_[k] = ph->actors[k].code;
      }
    }
    // The grammatical subject: the target of a passive ("X a été reçu par le roi"); an actor
    // whose country is unknown is no antecedent.
    const Phrase& subject = m.passive ? m.targets : m.sources;
    for (int k = 0; k < subject.n; ++k) {
      if (subject.actors[k].role_only || BareRole(subject.actors[k].code)) continue;
      subjects_.push_back({m.head, subject.actors[k]});
    }
  }
}

// ------------------------------------------------------------------ events

void Coder::Scope(const Coded& m, uint32_t* b, uint32_t* e) const {
  const Sentence& sent = doc_.sentences[m.sentence];
  *b = sent.token_begin;
  *e = sent.token_end;
  if (m.quote >= 0) {
    const Span qs = doc_.quotes[m.quote].span;
    *b = std::max(*b, TokenAt(qs.start));
    uint32_t qe = TokenAt(qs.end);
    while (qe < toks_.size() && toks_[qe].span.start < qs.end) ++qe;
    *e = std::min(*e, qe);
  }
}

bool Coder::InClosedAside(uint32_t tb, uint32_t te, uint32_t limit, uint32_t sb) const {
  // Opened by a comma, with a relative pronoun or a word of its own before the date ("X, qui a
  // fui en août 2024,", "X, encore en fonction jusqu'en mars 2013,"; not "X, mardi, a dit").
  bool opened = false, words = false;
  for (uint32_t j = tb; j > sb && tb - j < 14 && !opened; --j) {
    const uint32_t t = j - 1;
    if (doc_.Slice(toks_[t].span) == ",") {
      opened = words;
      break;
    }
    if (IsPunct(toks_[t])) break;
    if (info_[t].Is(bit::kRel)) words = true;
    const PartOfSpeech pos = toks_[t].morph.pos;
    if (!info_[t].in_timex && (pos == PartOfSpeech::kNoun || pos == PartOfSpeech::kVerb ||
                               pos == PartOfSpeech::kAdjective || pos == PartOfSpeech::kAdverb)) {
      words = true;
    }
  }
  if (!opened) return false;
  // (Closed before the act's own clause: "les accords, signés le 18 mars 1962, qui instauraient
  // un cessez-le-feu" date that ceasefire.)
  for (uint32_t j = te; j < limit; ++j) {
    if (doc_.Slice(toks_[j].span) != ",") continue;
    for (uint32_t k = j + 1; k < limit; ++k) {
      if (info_[k].Is(bit::kRel | bit::kSub)) return false;
    }
    return true;
  }
  return false;
}

std::string Coder::EventDate(const Coded& m, uint32_t b, uint32_t e) const {
  const Timex1* best = nullptr;
  uint32_t best_d = 16;
  for (const Timex1& t : dates_) {
    if (t.b < b || t.e > e) continue;
    if (t.e <= m.pred_begin && InClosedAside(t.b, t.e, m.pred_begin, b)) continue;
    uint32_t d = t.b >= m.head ? t.b - m.head : m.head - t.e + 3;  // after the predicate preferred
    // A date opening the sentence ("La semaine dernière, X, haute-commissaire ..., a
    // sollicité Y") dates its main clause however long the subject.
    if (t.b < m.head && t.b <= doc_.sentences[m.sentence].token_begin + 1 && t.e < toks_.size() &&
        doc_.Slice(toks_[t.e].span) == ",") {
      d = std::min<uint32_t>(d, 8);
    }
    if (d < best_d) {
      best_d = d;
      best = &t;
    }
  }
  if (best != nullptr) return best->date;
  return {};
}

// The date in the sentence of a quote's cue, outside the quote ("a affirmé lundi que ..."),
// or empty.
std::string Coder::ReportingDate(const Coded& m) const {
  const Quote& q = doc_.quotes[m.quote];
  if (q.cue.empty()) return {};
  const uint32_t cue = TokenAt(q.cue.start);
  for (const Sentence& sent : doc_.sentences) {
    if (cue < sent.token_begin || cue >= sent.token_end) continue;
    const Timex1* best = nullptr;
    uint32_t best_d = 12;
    for (const Timex1& t : dates_) {
      if (t.b < sent.token_begin || t.e > sent.token_end) continue;
      if (toks_[t.b].span.start >= q.span.start && toks_[t.b].span.start < q.span.end) continue;
      uint32_t d = t.b >= cue ? t.b - cue : cue - t.e + 1;
      if (d < best_d) {
        best_d = d;
        best = &t;
      }
    }
    return best != nullptr ? best->date : std::string();
  }
  return {};
}

// The dateline's place ("NAIROBI, 21 août (AFP) -"): the place entity with a mention in the
// dateline or named like it; else the gazetteer's most populous city of that name (the
// entities stage may leave an upper-case dateline word unrecognised).
void Coder::ResolveDateline() {
  dateline_ = DatelinePlace();
  const Span dl = doc_.meta.dateline_span;
  if (dl.empty() && doc_.meta.dateline.empty()) {
    HeadlinePlace();
    return;
  }
  const std::string want = FoldForMatch(doc_.meta.dateline);
  const Entity* by_name = nullptr;
  for (const Entity& en : doc_.entities) {
    if (en.type != "city" && en.type != "place" && en.type != "country") continue;
    bool in = false;
    for (const chancery::Mention& mm : en.mentions) {
      in |= !dl.empty() && mm.span.start >= dl.start && mm.span.end <= dl.end;
    }
    if (!in && by_name == nullptr && !want.empty() &&
        (FoldForMatch(en.name) == want || FoldForMatch(en.canonical) == want)) {
      by_name = &en;
    }
    if (!in) continue;
    by_name = &en;
    break;
  }
  if (by_name != nullptr) {
    dateline_.found = true;
    dateline_.name = by_name->name;
    dateline_.country = by_name->country;
    dateline_.has_geo = by_name->has_geo;
    dateline_.lat = by_name->lat;
    dateline_.lon = by_name->lon;
    if (by_name->has_geo || want.empty()) return;
  }
  if (want.empty()) return;
  std::optional<std::string_view> v = entities_.Find(want);
  if (!v) return;
  enl::CandidateReader r(*v);
  enl::Candidate c;
  double best_pop = -1;
  while (r.Next(&c)) {
    if (c.type != 'G') continue;
    // A city already resolved in the text keeps its country.
    if (dateline_.found && Field(c.payload, 2) != dateline_.country) continue;
    const double pop = std::strtod(std::string(Field(c.payload, 5)).c_str(), nullptr);
    if (pop <= best_pop) continue;
    best_pop = pop;
    if (!dateline_.found) {
      dateline_.name = std::string(Field(c.payload, 1));
      dateline_.country = std::string(Field(c.payload, 2));
    }
    dateline_.has_geo = true;
    dateline_.lat = std::strtod(std::string(Field(c.payload, 3)).c_str(), nullptr);
    dateline_.lon = std::strtod(std::string(Field(c.payload, 4)).c_str(), nullptr);
  }
  if (best_pop >= 0) dateline_.found = true;
}

// A dispatch without a dateline whose headline sets one scene ("six terroristes présumés
// arrêtés à Londres", "Immolations et manifestations au Tibet"): the one place its headline
// introduces with "à/en/au/in/at" stands for the dateline.
void Coder::HeadlinePlace() {
  const Span hl = doc_.meta.headline_span;
  if (hl.empty()) return;
  int32_t place = -1;
  for (uint32_t i = 0; i < toks_.size() && toks_[i].span.end <= hl.end; ++i) {
    if (toks_[i].span.start < hl.start) continue;
    const TokInfo& ti = info_[i];
    if (ti.entity < 0 || ti.metonymic || (i > 0 && info_[i - 1].entity == ti.entity)) continue;
    const Entity& en = doc_.entities[ti.entity];
    if (en.type != "city" && en.type != "place" && en.type != "country") continue;
    uint32_t p = i;
    if (p > 0 && toks_[p - 1].morph.pos == PartOfSpeech::kDeterminer) --p;
    if (p == 0 || !info_[p - 1].Is(bit::kLocPrep) || toks_[p - 1].span.start < hl.start) continue;
    if (place >= 0 && place != ti.entity) return;  // two scenes: none
    place = ti.entity;
  }
  if (place < 0) return;
  const Entity& en = doc_.entities[place];
  dateline_.found = true;
  dateline_.from_headline = true;
  dateline_.name = en.name;
  dateline_.country = en.country;
  dateline_.has_geo = en.has_geo;
  dateline_.lat = en.lat;
  dateline_.lon = en.lon;
}

// Whether an act happens on the dispatch's day (and so at its dateline): its date is the
// dispatch's; or, the dispatch's date unknown, an act asserted in the present or past whose
// clause holds no date pointing back ("last Thursday", "hier").
bool Coder::DispatchDay(const Coded& m, Mod mod, const std::string& date, uint32_t sb, uint32_t se) const {
  if (!date.empty()) return date == published_date_;
  if (!published_date_.empty()) return false;
  if (mod != Mod::kAsserted && mod != Mod::kReported) return false;
  if (m.has_verb && m.tense != Tense::kPast && m.tense != Tense::kPresent && m.tense != Tense::kImperfect &&
      m.tense != Tense::kNone) {
    return false;
  }
  if (sb >= se || se > toks_.size()) return true;
  const uint32_t cb = toks_[sb].span.start, ce = toks_[se - 1].span.end;
  for (const Timex& t : doc_.timexes) {
    if (t.span.start < cb || t.span.end > ce || t.type != "DATE") continue;
    const std::string f = FoldForMatch(doc_.Slice(t.span));
    for (std::string_view w : {"last", "yesterday", "ago", "previous", "earlier", "dernier", "derniere", "hier",
                               "precedent", "il y a"}) {
      if (f.find(w) != std::string::npos) return false;
    }
  }
  return true;
}

bool Coder::EventPlace(const Coded& m, uint32_t b, uint32_t e, Event* ev) const {
  int32_t best = -1;
  uint32_t best_d = 14;
  for (uint32_t i = b; i < e; ++i) {
    if (info_[i].entity < 0 || info_[i].metonymic) continue;
    if (i > b && info_[i - 1].entity == info_[i].entity) continue;  // not the mention's first token
    const Entity& en = doc_.entities[info_[i].entity];
    if (en.type != "city" && en.type != "place" && en.type != "country") continue;
    // Introduced by "à", "en", "in", "at" (a determiner may stand between; so may the part
    // of the place: "in southern Lebanon", "dans le sud du Liban", "in the north of Syria").
    uint32_t p = i;
    if (p > b + 1 && info_[p - 1].Is(bit::kOf) && info_[p - 2].Is(bit::kRegion)) p -= 2;
    else if (p > b + 2 && info_[p - 2].Is(bit::kOf) && info_[p - 3].Is(bit::kRegion) &&
             toks_[p - 1].morph.pos == PartOfSpeech::kDeterminer) p -= 3;
    else if (p > b && info_[p - 1].Is(bit::kRegion)) --p;
    if (p > b && toks_[p - 1].morph.pos == PartOfSpeech::kDeterminer) --p;
    if (p == b || !info_[p - 1].Is(bit::kLocPrep)) continue;
    // Before a noun predicate, a place belongs to another phrase ("Cette rencontre à X
    // fait suite à l'appel").
    if (i < m.head && !m.has_verb_head) continue;
    // In the predicate's clause: no other verb between them.
    bool other_verb = false;
    const uint32_t lo = std::min(i, m.pred_begin), hi = std::max(i, m.pred_end);
    for (uint32_t k = lo; k < hi && !other_verb; ++k) {
      if ((k < m.pred_begin || k >= m.pred_end) && Verbal(k)) other_verb = true;
    }
    if (other_verb) continue;
    // Not one of the actors.
    bool actor = false;
    for (const Phrase* ph : {&m.sources, &m.targets}) {
      for (int k = 0; k < ph->n; ++k) actor |= ph->actors[k].entity == info_[i].entity;
    }
    if (actor) continue;
    uint32_t d = i >= m.head ? i - m.head : m.head - i + 4;
    if (d < best_d) {
      best_d = d;
      best = info_[i].entity;
    }
  }
  // Violence against a place happens there ("ont bombardé Kharkiv").
  if (best < 0) best = m.target_place;
  if (best < 0) return false;
  const Entity& en = doc_.entities[best];
  ev->location_name = en.name;
  ev->location_country = en.country;
  ev->has_location_geo = en.has_geo;
  ev->location_lat = en.lat;
  ev->location_lon = en.lon;
  return true;
}

bool Coder::ObligationDemand(const Coded& m, Coded* out) const {
  if (m.quote < 0 || m.sources.n == 0 || m.sources.actors[0].role_only) return false;
  if (!m.has_verb_head && m.governor < 0) return false;
  // The verb group: the predicate's own, or the group of the verb governing its noun.
  const uint32_t verb = m.has_verb_head ? m.head : static_cast<uint32_t>(m.governor);
  const uint32_t begin = AnalyzeGroup(verb, doc_.sentences[m.sentence].token_begin).begin;
  bool obliged = false;
  for (uint32_t t = begin; t < verb && !obliged; ++t) {
    const std::string_view l = LemmaKey(t), w = TextKey(t);
    obliged = l == "must" || l == "devoir" || w == "should" || w == "devrait" || w == "devraient" ||
              (l == "have" && t + 1 < verb && TextKey(t + 1) == "to");
  }
  if (!obliged) return false;
  ActorRef speaker;
  if (!SpeakerActor(m.quote, &speaker)) return false;
  const std::string& who = m.sources.actors[0].code;
  if (speaker.code.size() < 3 || who.size() < 3 || speaker.code.compare(0, 3, who, 0, 3) == 0) return false;
  *out = m;
  out->code = "100";
  out->intent_code = true;
  out->sym = false;
  out->mod = Mod::kAsserted;
  out->sources = Phrase();
  out->sources.actors[0] = speaker;
  out->sources.n = 1;
  out->targets = Phrase();
  out->targets.actors[0] = m.sources.actors[0];
  out->targets.n = 1;
  return true;
}

void Coder::Emit(const Coded& m) {
  std::string_view root;
  double goldstein = 0;
  int quad = 0;
  Mod mod = m.mod;
  std::string code = m.code;
  // A ship or a plane an armed group or criminals seize, crew and all, is hijacked (181); a
  // state seizing one impounds property (171).
  if (code == "171" && m.object_named && m.sources.n >= 1 && m.sources.actors[0].code.size() >= 6) {
    const std::string_view role = std::string_view(m.sources.actors[0].code).substr(3, 3);
    if (role == "REB" || role == "INS" || role == "SEP" || role == "IMG" || role == "UAF" || role == "CRM") code = "181";
  }
  uint32_t sb, se;
  Scope(m, &sb, &se);
  std::string date = EventDate(m, sb, se);
  bool text_dated = !date.empty();  // read off the text, not the dispatch's date
  // A date after the dispatch's makes an asserted act a future one.
  if ((mod == Mod::kAsserted || mod == Mod::kReported) && date.size() == 10 && published_date_.size() == 10 &&
      date > published_date_) {
    mod = Mod::kFuture;
  }
  // An act named by a noun after "before", "ahead of", "avant", "à la veille de" is still to
  // come ("days before a visit to X by Y's foreign minister"): a future act, whatever the
  // main verb's tense.
  // (A date of the sentence is then the main act's, not this one's.)
  if (!m.has_verb_head && (mod == Mod::kAsserted || mod == Mod::kReported)) {
    uint32_t j = m.head;
    for (int steps = 0; j > sb && steps < 4; ++steps) {
      const uint32_t k = j - 1;
      if (toks_[k].morph.pos != PartOfSpeech::kDeterminer && toks_[k].morph.pos != PartOfSpeech::kAdjective &&
          info_[k].demonym.empty()) {
        break;
      }
      j = k;
    }
    if (j > sb) {
      const std::string_view w = TextKey(j - 1);
      const std::string_view w2 = j >= sb + 2 ? TextKey(j - 2) : std::string_view();
      if (w == "before" || w == "avant" || (w == "of" && w2 == "ahead") || (w == "de" && w2 == "veille") ||
          (w == "d'" && w2 == "veille")) {
        mod = Mod::kFuture;
        if (date.size() == 10 && published_date_.size() == 10 && date <= published_date_) {
          date.clear();
          text_dated = false;
        }
      }
    }
  }
  if (mod == Mod::kAsserted && m.quote >= 0) mod = Mod::kReported;
  // A coercive act announced for the future ("North Korea said it would attack", "l'UE va
  // imposer des sanctions") is CAMEO's threat (13x), the conflictual side of the intent codes:
  // said now, whatever the date it names. (In reported speech, only when the speaker is the
  // one who will act: an observer's forecast "selon l'OSDH, les rebelles vont bloquer les
  // routes" is no threat by the rebels.)
  bool announced_threat = false;
  ActorRef speaker;
  // (The same actor, or a state and its government: "PRK" and "PRKGOV"; a country's human
  // rights observer, SYRHRI, does not speak for its rebels, SYRREB.)
  auto same_side = [](std::string_view a, std::string_view b) {
    return a.size() >= 3 && b.size() >= 3 && (a.substr(0, std::min(a.size(), b.size())) == b.substr(0, std::min(a.size(), b.size())));
  };
  const bool own_word = m.quote < 0 || (SpeakerActor(m.quote, &speaker) && m.sources.n > 0 &&
                                        same_side(speaker.code, m.sources.actors[0].code));
  // (A trial or an arrest to come is the law's course, no threat: "le tribunal jugera les
  // militants" stays a future 173.)
  const bool judicial = code.rfind("173", 0) == 0 || code.rfind("174", 0) == 0;
  if (!m.intent_code && mod == Mod::kFuture && own_word && !judicial && code.size() >= 2 &&
      (code.compare(0, 2, "16") == 0 || code.compare(0, 2, "17") == 0 || code.compare(0, 2, "18") == 0 ||
       code.compare(0, 2, "19") == 0 || code.compare(0, 2, "20") == 0)) {
    code = ThreatCode(code);
    mod = m.quote >= 0 ? Mod::kReported : Mod::kAsserted;
    date.clear();
    announced_threat = true;
  }
  // Future and intended consultation or cooperation: CAMEO's intent codes.
  if (!m.intent_code && !announced_threat && code.size() >= 2 &&
      (mod == Mod::kFuture || mod == Mod::kIntended || (mod == Mod::kHypothetical && code.rfind("04", 0) == 0))) {
    code = IntentCode(code);
  }
  // Only an authority arrests or charges: a company, a newspaper or a private person
  // "charging" someone accuses them ("IBM charged Apple with poaching its engineers").
  if (code.rfind("173", 0) == 0 && m.sources.n >= 1 && PrivateActor(m.sources.actors[0].code)) code = "112";
  if (!CodeInfo(lex_, code, &root, &goldstein, &quad)) return;
  // A verbal act (a statement, an appeal, an intent, an accusation, a threat) happens when
  // it is said: the date of the reporting clause, else the dispatch's.
  // (A planned meeting turned into an intent code keeps the date it will happen on.)
  const bool verbal_act = (root == "01" || root == "02" || root == "03" || root == "10" || root == "11" ||
                           root == "12" || root == "13") &&
                          (code == m.code || m.intent_code || announced_threat);
  if (date.empty() && verbal_act && published_date_.size() == 10) {
    if (m.quote >= 0) date = ReportingDate(m);
    text_dated = !date.empty();
    if (date.empty()) date = published_date_;
  }
  if (date.empty() && m.has_verb && published_date_.size() == 10 &&
      (mod == Mod::kAsserted || mod == Mod::kReported || mod == Mod::kNegated) &&
      (m.tense == Tense::kPast || m.tense == Tense::kImperfect) && m.sentence > 0 &&
      m.quote < 0) {
    // A past act told right after a dated one continues its story: "Yesterday X received
    // attention at Google. Sergey Brin personally met with X." (a day before the dispatch,
    // not later).
    const Sentence& prev = doc_.sentences[m.sentence - 1];
    for (const Timex1& t : dates_) {
      if (t.b >= prev.token_begin && t.e <= prev.token_end && t.date.size() == 10 && t.date < published_date_) {
        date = t.date;
        text_dated = true;
        break;
      }
    }
  }
  if (date.empty() && m.has_verb && published_date_.size() == 10 &&
      (mod == Mod::kAsserted || mod == Mod::kReported || mod == Mod::kNegated) &&
      (m.tense == Tense::kPast || m.tense == Tense::kPresent || m.tense == Tense::kImperfect)) {
    date = published_date_;
  }
  // Which roots may lack a target: protest, force posture, violence.
  // (And a threat of force whose pattern names its object: "North Korea threatened to use
  // nuclear weapons" threatens no one by name; "would attack any loudspeakers" lacks its target.)
  const bool monadic_ok = MonadicRoot(root) || (code.rfind("138", 0) == 0 && m.object_named);
  // Unnamed men opening fire are an unidentified armed force, not civilians: "deux hommes à
  // bord d'une moto qui ont ouvert le feu", "men who attacked the village".
  ActorRef gunmen;
  const bool violence_root = root == "18" || root == "19" || root == "20";
  auto armed_men = [&](const ActorRef& a) {
    if (!violence_root || a.code.size() != 6 || a.code.compare(3, 3, "CVL") != 0 || a.entity >= 0 || a.span.empty()) {
      return false;
    }
    for (uint32_t t = TokenAt(a.span.start); t < toks_.size() && toks_[t].span.start < a.span.end; ++t) {
      const std::string_view l = LemmaKey(t);
      if (l == "homme" || l == "man" || l == "men" || l == "individu" || l == "individual") return true;
    }
    return false;
  };
  auto emit_pair = [&](const ActorRef& s0, const ActorRef* t0, const Span& ev_span) {
    const bool gunman = armed_men(s0);
    if (gunman) {
      gunmen = s0;
      gunmen.code = s0.code.substr(0, 3) + "UAF";
    }
    const ActorRef& s = gunman ? gunmen : s0;
    // (Unknown gunmen firing at no one told are no codable dyad.)
    if (&s == &gunmen && t0 == nullptr) return;
    // A bare role whose country could not be told ("les forces internationales") is no
    // codable actor.
    if (s.code.empty() || s.role_only || (t0 != nullptr && t0->role_only)) return;
    // Nor is any code that is a bare role ("BUS"), however it was reached; refugees and
    // asylum seekers without a demonym are the one exception: CAMEO codes them REF alone.
    if (BareRole(s.code) || (t0 != nullptr && t0->code != "REF" && BareRole(t0->code))) return;
    // Force without a victim is violence only by an armed actor (or a state), or against a
    // military object ("a abattu un drone"): a person or a company "fighting" a disease or
    // a lawsuit is not.
    if (t0 == nullptr && root == "19" && !ArmedActor(s.code) && m.pred_end <= m.head + 1) return;
    // A visit is a political act: a sports team's or a band's tour, a private person's
    // trip, is none.
    if ((code == "042" || code == "043" || code == "044" || code == "045") && PrivateActor(s.code)) return;
    // Violence without a named victim hits the country where it happens: its civilians
    // when the attacker is of that country too ("ont attaqué un hôtel à Kaboul").
    ActorRef place_target;
    const ActorRef* t = t0;
    Event probe;
    const bool place_act = PlaceAct(code);
    const bool aid_to_place = AidAct(code) && m.target_place >= 0;
    if (t == nullptr && (root == "18" || root == "19" || root == "20" || place_act || aid_to_place) && s.code.size() >= 3) {
      // (The place the act's object names first: "a bombardé Kharkiv"; else where it happens.)
      std::string_view country;
      if (m.target_place >= 0) {
        country = doc_.entities[m.target_place].country;
      } else if (EventPlace(m, sb, se, &probe) && probe.location_country.size() == 3) {
        country = probe.location_country;
      }
      if (country.size() == 3) {
        place_target.code = std::string(country);
        if (s.code.compare(0, 3, country) == 0) place_target.code += "CVL";
        t = &place_target;
      }
    }
    // An official stepping down accedes to a change in their own government's leadership.
    if (t == nullptr && code == "0831" && s.code.size() == 6) {
      const std::string_view role = std::string_view(s.code).substr(3);
      if (role == "GOV" || role == "MIL" || role == "COP" || role == "SPY") {
        place_target.code = s.code.substr(0, 3) + "GOV";
        t = &place_target;
      }
    }
    // A curfew or state of emergency without a place is the source's own country's; so are
    // the freedoms a state restricts ("banned protests": its people's, 1721) and the parties
    // it bans ("dissolved all political parties", 1722).
    const bool state_source = s.code.size() == 6 && (s.code.compare(3, 3, "GOV") == 0 || s.code.compare(3, 3, "MIL") == 0 ||
                                                     s.code.compare(3, 3, "COP") == 0 || s.code.compare(3, 3, "JUD") == 0 ||
                                                     s.code.compare(3, 3, "LEG") == 0);
    if (t == nullptr && s.code.size() >= 3 && NationalRole(s.code.substr(0, 3)) &&
        (code == "1723" || code == "1724" || (state_source && (code == "1721" || code == "1722")))) {
      place_target.code = s.code.substr(0, 3) + (code == "1722" ? "PTY" : "CVL");
      t = &place_target;
    }
    // Accusations denied without naming their author ("Algeria rejected the accusations as
    // baseless", "a démenti ces accusations") answer the last accusation or coercion aimed at
    // the one who denies (the same country).
    ActorRef accuser;
    if (t == nullptr && code == "016" && s.code.size() >= 3) {
      if (const Event* e = LastEventWhere(24, [&](const Event& x) {
            return (x.root == "11" || x.root == "17") && x.target.actor.size() >= 3 && !x.source.actor.empty() &&
                   x.target.actor.compare(0, 3, s.code, 0, 3) == 0 && x.source.actor.compare(0, 3, s.code, 0, 3) != 0;
          })) {
        accuser.code = e->source.actor;
        t = &accuser;
      }
    }
    // A claim of responsibility for an attack just told is aimed at its victims ("The group
    // claimed responsibility for the attack").
    ActorRef victims;
    if (t == nullptr && code == "015") {
      if (const Event* e = LastEventWhere(8, [&](const Event& x) {
            return (x.root == "18" || x.root == "19" || x.root == "20") && !x.target.actor.empty() &&
                   m.sentence <= x.sentence + 2;
          })) {
        victims.code = e->target.actor;
        t = &victims;
      }
    }
    // A ship or a plane seized or hijacked whose owner is not told is still the act (CAMEO
    // leaves the target empty): "Iran seized a tanker in the Gulf".
    const bool craft_taken = m.object_named && (code == "171" || code == "181");
    if (t == nullptr && (!monadic_ok || place_act) && !craft_taken) return;
    // A demand or an appeal for the release of someone just seized is made of whoever holds
    // them: "a exigé la libération de son ressortissant" after "la junte a arrêté un Français"
    // is a demand of the junta; so is "The African Union demanded the release of the
    // president" after soldiers detained him.
    ActorRef holder;
    if (t != nullptr && (code.rfind("1053", 0) == 0 || code.rfind("0253", 0) == 0)) {
      const std::string& seized = t->code;
      if (const Event* e = LastEventWhere(24, [&](const Event& x) {
            return (x.root == "17" || x.root == "18") && x.target.actor == seized && !x.source.actor.empty();
          })) {
        holder.code = e->source.actor;
        t = &holder;
      }
    }
    // Its own people, party or press protesting, criticising or demanding something of their
    // country ("des Tibétains manifestent contre l'occupation chinoise") act on its government.
    ActorRef own_government;
    if (t != nullptr && t->code.size() == 3 && s.code.size() == 6 && s.code.compare(0, 3, t->code) == 0 &&
        root < "18") {
      const std::string_view role = std::string_view(s.code).substr(3);
      if (PrivateActor(s.code) || role == "OPP" || role == "PTY" || role == "NGO" || role == "HRI" ||
          role == "REB" || role == "SEP" || role == "INS") {
        own_government = *t;
        own_government.code += "GOV";
        own_government.entity = -1;
        t = &own_government;
      }
    }
    // A country acting on itself ("USAGOV -> USA") is no event either.
    if (t != nullptr && t->code.size() == 3 && s.code.size() > 3 && s.code.compare(0, 3, t->code) == 0) return;
    // Nor is a country acting on its own government ("DZA -> DZAGOV": "les deux pays ... la
    // visite à Alger", a capital read as the seat of the country that acts).
    if (t != nullptr && s.code.size() == 3 && t->code.size() == 6 && t->code.compare(0, 3, s.code) == 0 &&
        t->code.compare(3, 3, "GOV") == 0) {
      return;
    }
    // Two private people (an interviewer and a guest) are no political dyad.
    if (t != nullptr && s.entity >= 0 && t->entity >= 0) {
      const Entity& se_ = doc_.entities[s.entity];
      const Entity& te_ = doc_.entities[t->entity];
      if (se_.type == "person" && te_.type == "person" && se_.actor.empty() && te_.actor.empty()) return;
    }
    // One actor acting on itself is no event; two named people of one government are.
    // (A named person's violence against unnamed civilians of their own country is one:
    // "X a tué trois enfants".)
    const bool named_violence = (root == "18" || root == "19" || root == "20") && s.entity >= 0 && t != nullptr &&
                                t->entity < 0 && t->code.size() > 3 && t->code.compare(3, 3, "CVL") == 0;
    // (A named organisation is a party of its own: "les rebelles accusent le Front Nusrat".)
    const bool named_org = t != nullptr && t->entity >= 0 && t->entity != s.entity &&
                           doc_.entities[t->entity].type == "organization";
    // Nor are two bodies of one international organisation a dyad: "un accord entre la Grèce
    // et la BCE, la Commission européenne et le FMI" has no EU-EU agreement.
    if (t != nullptr && t->code == s.code && s.code.rfind("IGO", 0) == 0) return;
    // A former office holder acting on the state they once served, or acted on by it, is one
    // of the country's elites ("Hasina accused the interim government": BGDELI -> BGDGOV; "a
    // tribunal sentenced former prime minister X": BGDJUD -> BGDELI).
    auto state_body = [](const std::string& c) {
      if (c.size() != 6) return false;
      const std::string_view r = std::string_view(c).substr(3, 3);
      return StateRole(r) || r == "LEG";
    };
    auto former_of = [&](const ActorRef& x, const ActorRef& other) {
      return x.entity >= 0 && doc_.entities[x.entity].former && x.code.size() == 6 &&
             x.code.compare(3, 3, "GOV") == 0 && other.entity != x.entity && state_body(other.code) &&
             other.code.compare(0, 3, x.code, 0, 3) == 0 && code != "0831";
    };
    const bool former_self = t != nullptr && former_of(s, *t);
    const bool former_target = t != nullptr && !former_self && former_of(*t, s);
    if (t != nullptr && t->code == s.code && !named_violence && !named_org && !former_self && !former_target &&
        code != "0831" &&
        (t->entity == s.entity || t->entity < 0 || s.entity < 0)) {
      return;
    }
    Event ev;
    ev.code = code;
    ev.root = std::string(root);
    ev.quad_class = quad;
    ev.goldstein = goldstein;
    // Expelling a state's diplomats ("expelled two Russian diplomats", RUSGOV) reduces
    // relations with that state (161), which deporting its citizens (174) does not.
    if (code == "174" && t != nullptr && t->code.size() == 6 && t->code.compare(3, 3, "GOV") == 0) {
      std::string_view r;
      double g = 0;
      int q = 0;
      if (CodeInfo(lex_, "161", &r, &g, &q)) {
        ev.code = "161";
        ev.root = std::string(r);
        ev.goldstein = g;
        ev.quad_class = q;
      }
    }
    // Unspecified force by a non-state armed group, a criminal or a private person against
    // civilians is CAMEO's unconventional violence (18), not military force (19): "les
    // talibans ont attaqué un hôtel", "X a tué trois enfants".
    if (code == "190" && t != nullptr && t->code.size() >= 6 && s.code.size() >= 6) {
      const std::string_view trole = std::string_view(t->code).substr(3, 3);
      const std::string_view srole = std::string_view(s.code).substr(3, 3);
      const bool civilians = trole == "CVL" || trole == "MED" || trole == "EDU" || trole == "REF" || trole == "HLH";
      const bool state = srole == "MIL" || srole == "GOV" || srole == "COP" || srole == "SPY";
      std::string_view r180;
      double g180 = 0;
      int q180 = 0;
      if (civilians && !state && CodeInfo(lex_, "180", &r180, &g180, &q180)) {
        ev.code = "180";
        ev.root = std::string(r180);
        ev.goldstein = g180;
        ev.quad_class = q180;
      }
    }
    ev.source.actor = former_self ? s.code.substr(0, 3) + "ELI" : s.code;
    ev.source.span = s.span;
    if (s.entity >= 0) ev.source.entity = doc_.entities[s.entity].id;
    if (t != nullptr) {
      ev.target.actor = former_target ? t->code.substr(0, 3) + "ELI" : t->code;
      ev.target.span = t->span;
      if (t->entity >= 0) ev.target.entity = doc_.entities[t->entity].id;
    }
    ev.symmetric = m.sym;
    ev.date = date;
    ev.modality = std::string(kModNames[static_cast<uint8_t>(mod)]);
    // The dateline's place for an act of the dispatch's day: given after merging, so that
    // it never makes two facts one.
    // (A headline's scene is where things happen, not where they are said: "a sollicité
    // Pékin" in a story headed "manifestations au Tibet" is not in Tibet.)
    const bool verbal_root = root == "01" || root == "02" || root == "03" || root == "10" || root == "11" ||
                             root == "12" || root == "13";
    // (The dateline is where the reporter is: an act by and on actors of other countries
    // happened elsewhere, "PARIS - Zelensky and Trump discussed", "BEIJING - Washington
    // warned Beijing" said in Washington. One side of the dateline's country, or none known.)
    const auto local = [&](const std::string& actor) {
      return actor.size() >= 3 && dateline_.country.size() == 3 && actor.compare(0, 3, dateline_.country) == 0;
    };
    const bool foreign_dyad = dateline_.country.size() == 3 && s.code.size() >= 3 && NationalRole(s.code.substr(0, 3)) &&
                              !local(s.code) && (t == nullptr || !local(t->code));
    const bool speech_away = verbal_root && dateline_.country.size() == 3 && !local(s.code);
    const bool day_place = !EventPlace(m, sb, se, &ev) && dateline_.found && DispatchDay(m, mod, date, sb, se) &&
                           !(dateline_.from_headline && verbal_root) && !foreign_dyad && !speech_away;
    if (root == "18" || root == "19" || root == "20" || code.rfind("171", 0) == 0) {
      last_violence_ = s;
      last_violence_.span = Span{};
    }
    ev.sentence = m.sentence;
    ev.predicate = TokSpan(m.pred_begin, m.pred_end);
    Span evs = ev_span;
    ev.evidence = evs;
    ev.mentions.push_back(evs);
    if (m.quote >= 0) ev.reported_by = doc_.quotes[m.quote].speaker;
    events_.push_back(std::move(ev));
    text_dated_.push_back(text_dated);
    day_place_.push_back(day_place);
    earlier_.push_back(m.earlier);
    base_code_.push_back(m.code);
  };
  // Evidence: predicate and arguments read in this sentence.
  Span ev_span = TokSpan(m.pred_begin, m.pred_end);
  for (const Phrase* ph : {&m.sources, &m.targets}) {
    for (int k = 0; k < ph->n; ++k) {
      const Span s = ph->actors[k].span;
      if (s.empty()) continue;
      const Span sent = doc_.sentences[m.sentence].span;
      if (s.start < sent.start || s.end > sent.end) continue;
      ev_span.start = std::min(ev_span.start, s.start);
      ev_span.end = std::max(ev_span.end, s.end);
    }
  }
  int emitted = 0;
  if (m.targets.n > 0) {
    // Two conjuncts of one code make one event ("the U.S. government and the Bush
    // administration" -> USAGOV once).
    auto same_codes = [&](int i, int j) {
      for (int a = 0; a <= i; ++a) {
        for (int b = 0; b < (a == i ? j : m.targets.n); ++b) {
          if (m.sources.actors[a].code == m.sources.actors[i].code &&
              m.targets.actors[b].code == m.targets.actors[j].code) {
            return true;
          }
        }
      }
      return false;
    };
    for (int i = 0; i < m.sources.n && emitted < 6; ++i) {
      for (int j = 0; j < m.targets.n && emitted < 6; ++j, ++emitted) {
        if (same_codes(i, j)) continue;
        emit_pair(m.sources.actors[i], &m.targets.actors[j], ev_span);
      }
    }
  } else if (m.sym && m.sources.n >= 2) {
    for (int i = 0; i < m.sources.n; ++i) {
      for (int j = i + 1; j < m.sources.n && emitted < 6; ++j, ++emitted) {
        emit_pair(m.sources.actors[i], &m.sources.actors[j], ev_span);
      }
    }
  } else {
    for (int i = 0; i < m.sources.n && emitted < 6; ++i, ++emitted) emit_pair(m.sources.actors[i], nullptr, ev_span);
  }
}

// Two mentions are one fact when root and actors' countries agree (in either direction
// for a joint act) and something pins them together: the same date, the same place, or
// the same named actors.
void Coder::MergeAndNumber() {
  auto country = [](const std::string& a) { return a.substr(0, std::min<size_t>(3, a.size())); };
  // Named people and organisations must be the same; a country and its capital are one.
  auto individual = [&](const std::string& id) {
    if (id.empty()) return false;
    for (const Entity& e : doc_.entities) {
      if (e.id == id) return e.type == "person" || e.type == "organization";
    }
    return false;
  };
  auto same_side = [&](const EventActor& x, const EventActor& y) {
    if (country(x.actor) != country(y.actor)) return false;
    return !individual(x.entity) || !individual(y.entity) || x.entity == y.entity;
  };
  auto specificity = [](const std::string& code) { return code.size(); };
  std::vector<Event> out;
  std::vector<bool> out_text_dated;
  std::vector<bool> out_day_place;
  std::vector<bool> out_earlier;
  std::vector<std::string> out_base;
  out.reserve(events_.size());
  // Candidates share root and the unordered pair of countries: an index keeps merging
  // linear in the number of mentions.
  std::unordered_map<std::string, std::vector<size_t>> by_key;
  for (size_t k = 0; k < events_.size(); ++k) {
    Event& ev = events_[k];
    const bool ev_dated = text_dated_[k];
    const bool ev_day = day_place_[k];
    const bool ev_earlier = earlier_[k];
    const std::string& ev_base = base_code_[k];
    Event* into = nullptr;
    size_t into_index = 0;
    std::string a = country(ev.source.actor), b = country(ev.target.actor);
    if (b < a) std::swap(a, b);
    std::vector<size_t>& candidates = by_key[ev.root + "|" + a + "|" + b];
    const size_t first = candidates.size() > kMergeWindow ? candidates.size() - kMergeWindow : 0;
    for (size_t ci = first; ci < candidates.size(); ++ci) {
      const size_t oi = candidates[ci];
      Event& o = out[oi];
      const bool o_dated = out_text_dated[oi];
      if (o.root != ev.root) continue;
      bool direct = same_side(o.source, ev.source) && same_side(o.target, ev.target);
      bool swapped = (o.symmetric || ev.symmetric) && same_side(o.source, ev.target) && same_side(o.target, ev.source);
      if (!direct && !swapped) continue;
      // Inside one country the roles tell the parties apart: the opposition leader's criticism
      // of the court and her accusation of the government are two facts.
      if (direct && a == b && o.target.actor.size() > 3 && ev.target.actor.size() > 3 &&
          o.target.actor != ev.target.actor) {
        continue;
      }
      // Taking hostages and attacking are two facts even on one day and one victim ("ont
      // attaqué un hôtel ... ont pris en otage des personnes").
      if ((o.code.rfind("181", 0) == 0) != (ev.code.rfind("181", 0) == 0)) continue;
      // Dates read off the text must agree; the dispatch's date proves nothing.
      if (o_dated && ev_dated && o.date.substr(0, 7) != ev.date.substr(0, 7)) continue;
      const bool same_date = o_dated && ev_dated && o.date == ev.date;
      // "X has filed a lawsuit against Y ... X has twice before sued Y": the earlier acts are
      // other facts, unless a date read off the text makes them one.
      if ((ev_earlier || out_earlier[oi]) && !same_date) continue;
      const bool same_place = !o.location_name.empty() && o.location_name == ev.location_name;
      const bool same_named = !o.source.entity.empty() && o.source.entity == ev.source.entity &&
                              (o.target.entity.empty() || o.target.entity == ev.target.entity || swapped);
      // A mention with neither date, place nor named actors ("nos diplomates se
      // réuniront") adds to the fact it is compatible with rather than making a new one.
      auto vague = [](const Event& x, bool dated) {
        return !dated && x.location_name.empty() && x.source.entity.empty() && x.target.entity.empty();
      };
      // (Vague mentions join a fact of the same actors only: Tibetan students taking to the
      // street are not the Tibetans' protest of the paragraph before.)
      const bool same_actors = (o.source.actor == ev.source.actor && o.target.actor == ev.target.actor) ||
                               (swapped && o.source.actor == ev.target.actor && o.target.actor == ev.source.actor);
      // An act of the dispatch's days is not one the text dates to another month: "deux
      // hommes ont été arrêtés" is not the arrest "en juin dernier" of the next paragraph.
      if (o_dated != ev_dated && !o.date.empty() && !ev.date.empty() &&
          o.date.substr(0, 7) != ev.date.substr(0, 7)) {
        continue;
      }
      // (Planned acts compare what is planned: a future meeting (040) and a future phone
      // call (041) are two facts though both are intents to meet, 036.)
      const bool same_code = o.code.compare(0, 3, ev.code, 0, 3) == 0 && out_base[oi].compare(0, 3, ev_base, 0, 3) == 0;
      // "EU approves sanctions on Iran" (headline) and "approved sanctions against Iranian
      // officials" (body): one source, one act, on a country and on a body of it.
      // (Or on the source side: the headline's "Japan accuses China" and the body's "the
      // Japanese government accused China".)
      const bool country_and_body =
          direct && same_code &&
          ((o.source.actor == ev.source.actor && o.target.actor.size() >= 3 && ev.target.actor.size() >= 3 &&
            (o.target.actor.size() == 3) != (ev.target.actor.size() == 3)) ||
           (o.target.actor == ev.target.actor && o.source.actor.size() >= 3 && ev.source.actor.size() >= 3 &&
            (o.source.actor.size() == 3) != (ev.source.actor.size() == 3)));
      // Two conjuncts of one mention ("Iranian officials and companies") are two parties.
      bool same_mention = false;
      for (const Span& sp : o.mentions) same_mention |= sp.start == ev.evidence.start && sp.end == ev.evidence.end;
      if (same_mention && (o.source.actor != ev.source.actor || o.target.actor != ev.target.actor)) continue;
      if (!same_date && !same_place && !same_named && !country_and_body &&
          !((vague(o, o_dated) || vague(ev, ev_dated)) && same_code && same_actors)) {
        continue;
      }
      if (swapped && !direct) std::swap(ev.source, ev.target);
      into = &o;
      into_index = oi;
      break;
    }
    if (into == nullptr) {
      candidates.push_back(out.size());
      out.push_back(std::move(ev));
      out_text_dated.push_back(ev_dated);
      out_day_place.push_back(ev_day);
      out_earlier.push_back(ev_earlier);
      out_base.push_back(ev_base);
      continue;
    }
    Event& o = *into;
    out_day_place[into_index] = out_day_place[into_index] || ev_day;
    o.mentions.push_back(ev.evidence);
    if (specificity(ev.code) > specificity(o.code)) {
      o.code = ev.code;
      o.goldstein = ev.goldstein;
      o.quad_class = ev.quad_class;
    }
    if (ev.source.actor.size() > o.source.actor.size()) o.source = ev.source;
    if (ev.target.actor.size() > o.target.actor.size()) o.target = ev.target;
    // The most precise date read off the text wins over the dispatch's.
    if ((ev_dated && !out_text_dated[into_index]) ||
        (ev_dated == out_text_dated[into_index] && ev.date.size() > o.date.size())) {
      o.date = ev.date;
      out_text_dated[into_index] = out_text_dated[into_index] || ev_dated;
    }
    if (o.location_name.empty() && !ev.location_name.empty()) {
      o.location_name = ev.location_name;
      o.location_country = ev.location_country;
      o.has_location_geo = ev.has_location_geo;
      o.location_lat = ev.location_lat;
      o.location_lon = ev.location_lon;
    }
    // The body's evidence is more telling than the headline's.
    if (o.sentence == 0 && ev.sentence > 0 && doc_.meta.headline_span.end > 0 &&
        o.evidence.end <= doc_.meta.headline_span.end) {
      o.sentence = ev.sentence;
      o.evidence = ev.evidence;
      o.predicate = ev.predicate;
      o.modality = ev.modality;
      if (o.reported_by.empty()) o.reported_by = ev.reported_by;
    }
    o.symmetric = o.symmetric || ev.symmetric;
  }
  for (size_t i = 0; i < out.size(); ++i) {
    out[i].id = "v" + std::to_string(i + 1);
    if (out[i].location_name.empty() && out_day_place[i]) {
      out[i].location_name = dateline_.name;
      out[i].location_country = dateline_.country;
      out[i].has_location_geo = dateline_.has_geo;
      out[i].location_lat = dateline_.lat;
      out[i].location_lon = dateline_.lon;
    }
  }
  doc_.events = std::move(out);
}

void Coder::Run() {
  excluded_.clear();
  for (const Entity& e : doc_.entities) excluded_.push_back(ComputeExcluded(e));
  ShortForms();
  info_.assign(toks_.size(), TokInfo());
  MapEntities();
  BuildTokens();
  MapKoreas();
  MapTimexesAndQuotes();
  const std::string& pub = doc_.meta.published_local.empty() ? doc_.meta.published : doc_.meta.published_local;
  if (pub.size() >= 10) published_date_ = pub.substr(0, 10);
  ResolveDateline();
  // The document's dominant pair of countries (by actor mentions), when two stand out.
  {
    std::vector<std::pair<std::string, int>> counts;
    int total = 0;
    for (const Entity& e : doc_.entities) {
      std::string code = EntityActor(e, true, {});
      if (code.size() < 3 || e.type == "city" || e.type == "place") {
        if (!(e.type == "city" && !code.empty())) continue;
      }
      std::string c = code.substr(0, 3);
      if (!NationalRole(c)) continue;
      int n = static_cast<int>(e.mentions.size());
      total += n;
      auto it = std::find_if(counts.begin(), counts.end(), [&](const auto& p) { return p.first == c; });
      if (it == counts.end()) counts.emplace_back(c, n);
      else it->second += n;
    }
    std::sort(counts.begin(), counts.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    if (counts.size() >= 2 && total > 0 && (counts[0].second + counts[1].second) * 10 >= total * 6 &&
        counts[1].second >= 2 && (counts.size() == 2 || counts[1].second > counts[2].second)) {
      dyad_[0] = counts[0].first;
      dyad_[1] = counts[1].first;
      dyad_mentions_ = counts[0].second + counts[1].second;
    }
  }
  // Its dominant pair of companies ("the two companies" of a business story).
  {
    std::array<std::pair<int32_t, int>, 3> top = {{{-1, 0}, {-1, 0}, {-1, 0}}};
    int total = 0;
    for (size_t k = 0; k < doc_.entities.size(); ++k) {
      const Entity& e = doc_.entities[k];
      if (e.type != "organization" || Excluded(e)) continue;
      const std::string& a = e.actor;
      if (a != "MNC" && !(a.size() == 6 && a.compare(3, 3, "BUS") == 0)) continue;
      const int n = static_cast<int>(e.mentions.size());
      total += n;
      std::pair<int32_t, int> cur(static_cast<int32_t>(k), n);
      for (auto& t : top) {
        if (cur.second > t.second) std::swap(cur, t);
      }
    }
    if (top[1].first >= 0 && top[1].second >= 2 && (top[0].second + top[1].second) * 10 >= total * 6 &&
        top[1].second > top[2].second) {
      firms_ = {top[0].first, top[1].first};
      firms_mentions_ = top[0].second + top[1].second;
    }
  }
  // The country the dispatch is about: the most mentioned one, places included.
  {
    std::vector<std::pair<std::string, int>> counts;
    int total = 0;
    for (const Entity& e : doc_.entities) {
      if (e.country.size() != 3 || !NationalRole(e.country)) continue;  // not "IGO", "MNC"
      int n = static_cast<int>(e.mentions.size());
      total += n;
      auto it = std::find_if(counts.begin(), counts.end(), [&](const auto& p) { return p.first == e.country; });
      if (it == counts.end()) counts.emplace_back(e.country, n);
      else it->second += n;
    }
    // The dateline sets the scene as much as two mentions do: "NAIROBI (Reuters) -
    // Protesters marched against the government" is about Kenya. (Its city is often no
    // entity, so it is counted here, once.)
    if (dateline_.found && dateline_.country.size() == 3 && NationalRole(dateline_.country)) {
      const bool entity = std::any_of(doc_.entities.begin(), doc_.entities.end(), [&](const Entity& e) {
        if (e.type != "city" && e.type != "place" && e.type != "country") return false;  // not "(Reuters)"
        for (const Mention& mn : e.mentions) {
          if (mn.span.start >= doc_.meta.dateline_span.start && mn.span.end <= doc_.meta.dateline_span.end) return true;
        }
        return false;
      });
      if (!entity) {
        total += 2;
        auto it = std::find_if(counts.begin(), counts.end(), [&](const auto& p) { return p.first == dateline_.country; });
        if (it == counts.end()) counts.emplace_back(dateline_.country, 2);
        else it->second += 2;
      }
    }
    std::sort(counts.begin(), counts.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    if (!counts.empty() && counts[0].second >= 2 && counts[0].second * 10 >= total * 4 &&
        (counts.size() == 1 || counts[0].second > counts[1].second)) {
      main_country_ = counts[0].first;
    }
  }
  // Quote speakers are subjects too (pronoun antecedents).
  for (size_t q = 0; q < doc_.quotes.size(); ++q) {
    ActorRef a;
    if (doc_.quotes[q].speaker_mention.empty() || !SpeakerActor(static_cast<int32_t>(q), &a)) continue;
    subjects_.push_back({TokenAt(doc_.quotes[q].speaker_mention.start), a});
  }
  std::sort(subjects_.begin(), subjects_.end(), [](const Said& a, const Said& b) { return a.tok < b.tok; });
  word_last_.assign(patterns_.keys().size(), -1);
  for (uint32_t s = 0; s < doc_.sentences.size(); ++s) {
    if (s % 64 == 0 && DeadlinePassed()) return;  // the pipeline drops the partial result
    CodeSentence(s);
  }
  MergeAndNumber();
}

}  // namespace

EventCoder::EventCoder() : impl_(std::make_unique<Impl>()) {}
EventCoder::~EventCoder() = default;

Result<std::unique_ptr<EventCoder>> EventCoder::Create(const std::string& data_dir) {
  std::unique_ptr<EventCoder> c(new EventCoder());
  Result<Lexicon> fr = Lexicon::Open(data_dir + "/events_fr.lex", el::kKind);
  if (!fr.ok()) return fr.status();
  Result<Lexicon> en = Lexicon::Open(data_dir + "/events_en.lex", el::kKind);
  if (!en.ok()) return en.status();
  Result<Lexicon> ent = Lexicon::Open(data_dir + "/entities.lex", "entities");
  if (!ent.ok()) return ent.status();
  c->impl_->fr = std::move(fr).value();
  c->impl_->en = std::move(en).value();
  c->impl_->entities = std::move(ent).value();
  c->impl_->fr_patterns = std::make_unique<PatternTable>(c->impl_->fr);
  c->impl_->en_patterns = std::make_unique<PatternTable>(c->impl_->en);
  c->impl_->fr_readings = std::make_unique<ReadingTable>(c->impl_->fr);
  c->impl_->en_readings = std::make_unique<ReadingTable>(c->impl_->en);
  c->impl_->demonyms = std::make_unique<DemonymTable>(c->impl_->entities);
  return c;
}

void EventCoder::Code(Document* doc) const {
  doc->events.clear();
  const bool french = doc->lang == Language::kFrench;
  if ((!french && doc->lang != Language::kEnglish) || doc->tokens.empty()) return;
  Coder coder(french ? impl_->fr : impl_->en, french ? *impl_->fr_patterns : *impl_->en_patterns,
              french ? *impl_->fr_readings : *impl_->en_readings, impl_->entities, *impl_->demonyms, doc);
  coder.Run();
}

}  // namespace chancery

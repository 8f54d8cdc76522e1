// Document: the one annotation model that every pipeline stage reads and extends.
//
// A Document owns the input text exactly as given (UTF-8 bytes) and its decoded
// code-point view. Every span in it is a half-open range [start, end) of Unicode code
// points into that text: the unit of the output contract. Stages run in a fixed order
// (pipeline/pipeline.h) and each adds its own layer: ingest fills `meta`, langid `lang`,
// tokenize `tokens`, `sentences` and `paragraphs`, morph the token analyses, and later
// stages the entities, timexes, quotes and events. A stage never removes what an
// earlier stage wrote.
//
// Lifetime: string_views held in tokens (lemmas) point either into a lexicon owned by
// the pipeline's Resources or into this document's `arena`; both outlive the document's
// use. Clear() empties every layer but keeps allocated capacity, so a worker reuses one
// Document across many dispatches.
//
// Thread-safety: plain data; one Document per worker at a time.
#ifndef CHANCERY_DOCUMENT_DOCUMENT_H_
#define CHANCERY_DOCUMENT_DOCUMENT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/arena.h"
#include "unicode/utf8.h"

namespace chancery {

// A half-open range [start, end) of code points into Document::text.
struct Span {
  uint32_t start = 0;
  uint32_t end = 0;
  bool empty() const { return end <= start; }
  uint32_t size() const { return end > start ? end - start : 0; }
  bool operator==(const Span&) const = default;
};

enum class Language : uint8_t { kUnknown = 0, kFrench, kEnglish };

// "fr", "en", or "und".
std::string_view LanguageCode(Language lang);
// Parses "fr"/"en" (case-insensitive, also "fra"/"eng", "fr-FR", "en_US"); kUnknown otherwise.
Language ParseLanguage(std::string_view code);

// One person credited by the dispatch (reporting, writing, translation, editing...).
struct Credit {
  std::string role;  // "reporting", "writing", "translation", "editing", "photo", "other"
  std::string name;
  Span span;         // where the name stands in the text
};

// What the ingest stage reads off the dispatch's furniture. Empty strings and empty
// spans mean "not present" and print as null.
struct DocumentMeta {
  std::string headline;              // the headline line as printed, attribution suffix included, status flags removed
  Span headline_span;
  std::string headline_attribution;  // "Macron" in "...réforme des retraites-Macron", "sources"
  std::string provider;              // "Reuters", "AFP", "AP", ...
  std::string published;             // ISO 8601 with UTC offset: 2025-02-26T15:16:00+01:00
  std::string published_local;       // as the dispatch printed it: 2025-02-26T15:16 (or a date)
  std::string published_zone;        // the IANA zone used to resolve published_local
  std::string published_source;      // provider_line | date_line | dateline | record | reference
  std::string dateline;              // the place of the dateline: "MOSCOU", "WASHINGTON"
  Span dateline_span;                // the whole dateline, "MOSCOU, 26 février (Reuters) -"
  std::string update_note;           // "Actualisé avec détails", "UPDATE 2", "CORRECTED", "REFILE"
  std::vector<Credit> credits;
  Span credits_span;                 // the credits block, outside the body
  Span body;                         // the story text proper
  std::string url;                   // from the input record, if any
};

enum class TokenKind : uint8_t {
  kWord,    // letters (with inner hyphens, apostrophes, dots of abbreviations)
  kNumber,  // digits, with inner separators: 1 000, 3,5, 1,000.5, 26/02/2025, 15:16
  kPunct,   // punctuation other than quote marks
  kQuote,   // a quote mark: " « » “ ” „ ‘ ’ (’ only where it is not an apostrophe)
  kSymbol,  // %, $, €, +, ...
  kOther,
};

// Token flags (bit set).
namespace tf {
inline constexpr uint16_t kCapitalized = 1 << 0;   // first letter upper case
inline constexpr uint16_t kAllCaps = 1 << 1;       // two or more letters, all upper case
inline constexpr uint16_t kElision = 1 << 2;       // ends in an apostrophe: l' d' qu' jusqu'
inline constexpr uint16_t kClitic = 1 << 3;        // inverted clitic: -t-il, -il, -on, -elle
inline constexpr uint16_t kAbbreviation = 1 << 4;  // M. Mme U.S. Jan. (the dot is inside)
inline constexpr uint16_t kSpaceBefore = 1 << 5;   // white space precedes the token
inline constexpr uint16_t kLineStart = 1 << 6;     // first token of a line
inline constexpr uint16_t kParagraphStart = 1 << 7;
inline constexpr uint16_t kInitial = 1 << 8;       // a single capital and a dot: "J."
}  // namespace tf

enum class PartOfSpeech : uint8_t {
  kUnknown = 0, kNoun, kProperNoun, kVerb, kAuxiliary, kAdjective, kAdverb, kPronoun,
  kDeterminer, kPreposition, kConjunction, kNumeral, kInterjection, kPunctuation,
};
enum class VerbForm : uint8_t { kNone = 0, kFinite, kInfinitive, kPresentParticiple, kPastParticiple };
enum class Tense : uint8_t {
  kNone = 0,
  kPresent,
  kPast,         // English simple past; French passé simple
  kImperfect,    // French imparfait
  kFuture,
  kConditional,  // French conditionnel (also English would/could, by the auxiliary)
};
enum class Mood : uint8_t { kNone = 0, kIndicative, kSubjunctive, kImperative };
enum class GramNumber : uint8_t { kNone = 0, kSingular, kPlural };
enum class Gender : uint8_t { kNone = 0, kMasculine, kFeminine };

// One morphological reading of a word.
struct MorphAnalysis {
  std::string_view lemma;  // lower-case lemma; empty when unknown
  PartOfSpeech pos = PartOfSpeech::kUnknown;
  VerbForm verb_form = VerbForm::kNone;
  Tense tense = Tense::kNone;
  Mood mood = Mood::kNone;
  uint8_t person = 0;  // 1, 2, 3; 0 when not applicable
  GramNumber number = GramNumber::kNone;
  Gender gender = Gender::kNone;
};

struct Token {
  Span span;
  TokenKind kind = TokenKind::kOther;
  uint16_t flags = 0;
  MorphAnalysis morph;  // the reading chosen by the morph stage
  bool Has(uint16_t flag) const { return (flags & flag) != 0; }
};

struct Sentence {
  Span span;
  uint32_t token_begin = 0;  // index of the first token
  uint32_t token_end = 0;    // one past the last token
};

// Later stages' layers. Their shapes follow the output contract
// (../spec: entities, timexes, quotes, events); they stay empty until their stages land.
struct Mention {
  Span span;
  bool metonymic = false;  // a capital or seat standing for its government ("Moscou a dit")
};
struct Entity {
  std::string id, type, name, canonical, country, actor, role;
  std::string gender;  // "m", "f" or empty (people only; for pronoun resolution)
  bool former = false;  // a person whose offices all ended before the dispatch date (the actor is the last one's)
  std::string title_role;  // CAMEO role a person's title implies ("JUD" for "Mr Justice"), even when
                           // no country is known for it (not in the output: actor holds the full code)
  bool has_geo = false;
  double lat = 0, lon = 0;
  int64_t geonames_id = 0;
  std::vector<Mention> mentions;
};
struct Timex {
  Span span;
  std::string type;   // DATE | TIME | DURATION | SET
  std::string value;  // TIMEX3 value
  std::string mod;    // START | MID | END | APPROX | ... (optional)
};
struct Quote {
  Span span;            // the reported content (inside the marks for a direct quote)
  std::string kind;     // direct | indirect | partial
  std::string speaker;  // entity id, or empty (unknown, or a group such as "les deux pays")
  Span cue;             // the reporting words ("a déclaré", "a-t-il dit", "selon"); may be empty
  std::string_view cue_lemma;  // "déclarer", "say", "selon", "appeler à": a view into the
                               // quotes lexicon (lives as long as the pipeline); empty when no cue
  std::string act;      // speech act: statement | denial | warning | call | accusation | promise | other
  Span speaker_mention; // the words naming the speaker here (a name, "il", "-t-il", "le ministre")
};
struct EventActor {
  std::string entity;  // entity id, or empty (an actor read off a common noun: "l'armée russe")
  std::string actor;   // CAMEO actor code: "RUSGOV", "USA", "IGOUNO"; empty when unknown
  Span span;           // the words naming the actor in the evidence sentence; empty when the
                       // actor comes from elsewhere (a pronoun's antecedent, the quote's speaker)
};
struct Event {
  std::string id, code, root;  // CAMEO event code and its two-digit root
  int quad_class = 0;
  double goldstein = 0;
  EventActor source, target;
  bool symmetric = false;      // a joint act (met, talked, signed with): either direction holds
  std::string date;            // when it happens (TIMEX3 date value), empty when unknown
  std::string modality;        // asserted | future | intended | hypothetical | negated | reported
  std::string location_name, location_country;
  bool has_location_geo = false;
  double location_lat = 0, location_lon = 0;
  uint32_t sentence = 0;       // index into Document::sentences of the evidence
  Span evidence;               // predicate and arguments, in that sentence
  Span predicate;              // the words that carry the event ("vont se rencontrer", "sanctions")
  std::vector<Span> mentions;  // the evidence of every mention of this fact in the document
  std::string reported_by;     // entity id of whoever reports the event (a quote's speaker)
};

struct Document {
  std::string id;
  std::string text;   // the input, unchanged
  DecodedText decoded;  // code-point view of `text`; valid once the pipeline decoded it
  Language lang = Language::kUnknown;
  // What produced the layers below (Pipeline::fingerprint()); empty when built by hand.
  std::string analysis;
  DocumentMeta meta;
  std::vector<Span> paragraphs;
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  std::vector<Entity> entities;
  std::vector<Timex> timexes;
  std::vector<Quote> quotes;
  std::vector<Event> events;
  Arena arena;  // derived strings (rule-built lemmas, ...), freed by Clear()

  // The UTF-8 bytes of a code-point span of `text`. REQUIRES: decoded is current.
  std::string_view Slice(Span s) const { return decoded.Slice(s.start, s.end); }
  // Empties every layer, keeping capacity for the next document.
  void Clear();
};

}  // namespace chancery

#endif  // CHANCERY_DOCUMENT_DOCUMENT_H_

// The compiled events lexicon (kind "events", one per language: events_fr.lex,
// events_en.lex), written by `lexc events` (tools/lexc/events.cc) from
// data/lexicons/events/{predicates,grammar,agents}_<lang>.tsv and cameo_codes.tsv, read
// by the event coder. This header is the single definition of its value layout.
//
// Word entries. Key: FoldForMatch(word); a key of two words is two folded words joined
// by one space ("due to", "parce que"). Value: one line per reading, lines joined by
// '\n', each line TAB-separated, its first field naming the reading:
//   P  elements  code  options     a predicate pattern whose head is this word.
//                                  elements: space-separated, folded: "{S}", "{T}", "se",
//                                  or a word with '|'-separated alternatives; the head is
//                                  the first word element. options: comma-separated
//                                  subset of noun, sym, intent (may be empty).
//   G  category  [argument]        a grammar word: modal (argument future | intended |
//                                  hypothetical | negated), neg, rel, sub, coord, passive,
//                                  locprep, agentprep, pron1, pron3, quant, threat, deed,
//                                  breach, human, light, anaphor (argument org | any),
//                                  pronominal;
//                                  "first" marks the first word of a two-word key.
//   A  role                        an agent noun and the CAMEO role it gives its phrase.
// Code entries. Key: kCodeKeyPrefix + CAMEO code ("\x01" "036"). Value:
//   root  goldstein  quad_class  name
// Every pattern's code has a code entry (the compiler checks it).
#ifndef CHANCERY_EVENTS_EVENTS_LEXICON_H_
#define CHANCERY_EVENTS_EVENTS_LEXICON_H_

#include <string_view>

namespace chancery::events_lexicon {

inline constexpr std::string_view kKind = "events";
inline constexpr std::string_view kCodeKeyPrefix = "\x01";

// Reading tags (first field of a word-entry line).
inline constexpr char kPattern = 'P';
inline constexpr char kGrammar = 'G';
inline constexpr char kAgent = 'A';

// Pattern element tokens.
inline constexpr std::string_view kSourceSlot = "{S}";
inline constexpr std::string_view kTargetSlot = "{T}";
inline constexpr std::string_view kReflexive = "se";

}  // namespace chancery::events_lexicon

#endif  // CHANCERY_EVENTS_EVENTS_LEXICON_H_

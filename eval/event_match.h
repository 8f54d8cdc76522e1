// Matching of predicted events against the events gold (eval/gold/events, format in its
// README.md), and the "never an actor" check. Evaluation code only: never linked into the
// product.
//
// Three match levels, each an independent one-to-one matching per document:
//   kRoot     the root (first two digits) of the predicted code is the root of the gold code
//             or of one of its alt codes; the predicted source is one of the gold source's
//             alternatives and the target one of the gold target's (an empty prediction
//             matches an empty alternative); when the gold is symmetric, the swapped
//             direction matches too.
//   kCode     as kRoot, but the predicted code must equal the gold code or an alt code.
//   kCountry  the roots are equal (as kRoot) and the actors are compared on their first
//             three letters only (RUSGOV ~ RUS ~ RUSMIL).
// The matching is greedy over all matching (gold, predicted) pairs, best pairs first: a pair
// whose evidence spans overlap beats one whose spans do not; then a pair with the exact
// (or alt) code; then the larger evidence overlap; then text order of the gold, then of the
// prediction.
#ifndef CHANCERY_EVAL_EVENT_MATCH_H_
#define CHANCERY_EVAL_EVENT_MATCH_H_

#include <string>
#include <string_view>
#include <vector>

#include "document/document.h"

namespace chancery::eval {

struct GoldEvent {
  std::vector<std::string> sources;  // accepted source codes; {""} when the text states none
  std::vector<std::string> targets;  // accepted target codes; {""} when the text states none
  bool symmetric = false;
  std::string code;
  std::vector<std::string> alt_codes;
  std::string date, modality;
  bool has_location = false;
  std::string location_name, location_country;
  Span evidence;
  std::string evidence_text, note;
};

// What the scorer needs of a predicted event (Document::events, flattened).
struct PredictedEvent {
  std::string code, source, target, date, modality, location_name, location_country;
  Span evidence;
};

PredictedEvent FromEvent(const Event& e);

enum class MatchLevel { kRoot, kCode, kCountry };

// "036" -> "03", "1123" -> "11"; codes shorter than two characters are their own root.
std::string_view RootOf(std::string_view code);
// "RUSGOV|RUS" -> {"RUSGOV", "RUS"}; "" -> {""}; alternatives are trimmed of spaces.
std::vector<std::string> SplitAlternatives(std::string_view field);

// Whether `pred` matches `gold` at `level` (actors and code; nothing else).
bool Matches(const GoldEvent& gold, const PredictedEvent& pred, MatchLevel level);
// Whether pred.code is gold.code or one of its alt codes.
bool CodeMatches(const GoldEvent& gold, std::string_view code);

// One-to-one matching: result[g] is the index of the prediction matched to gold[g], or -1.
std::vector<int> MatchEvents(const std::vector<GoldEvent>& gold, const std::vector<PredictedEvent>& pred,
                             MatchLevel level);

// Location of a matched pair: right when the predicted place name folds to the gold name,
// or the predicted country equals the gold country (both non-empty). Only meaningful when
// gold.has_location.
bool LocationMatches(const GoldEvent& gold, const PredictedEvent& pred);

// "Never an actor": the reasons why the source or target actor of `e` is not a possible
// actor, as "source: place 'Genève'" lines; empty when both are fine. An actor is refused
// when its entity (EventActor::entity) is
//   - a city or place none of whose relevant mentions is metonymic (the relevant mentions
//     are those inside the event's evidence, or all of them when none is inside);
//   - a person credited by the dispatch (Document::meta.credits: same folded name, or a
//     mention inside a credit's span): a journalist;
//   - an organisation whose role is MED or actor ends in MED, and that is the dispatch's
//     provider (meta.provider), stands in the dateline, or is the publisher (`publisher`:
//     a folded label such as "wikinews" taken from the record's source; may be empty).
std::vector<std::string> NeverActorViolations(const Document& doc, const Event& e, std::string_view publisher);

// "fr.wikinews.org" or "https://www.reuters.com/x" -> "wikinews" / "reuters": the label
// before the public suffix, folded; "" for an empty source.
std::string PublisherLabel(std::string_view source);

// SHA-1 of `bytes`, 40 lower-case hex digits (to check the gold's text_sha1).
std::string Sha1Hex(std::string_view bytes);

}  // namespace chancery::eval

#endif  // CHANCERY_EVAL_EVENT_MATCH_H_

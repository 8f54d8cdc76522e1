// EventCoder: political events in a French or English dispatch, coded in CAMEO (who did
// what to whom, when, where), each with its evidence.
//
// No parser. Predicates are matched on lemmas against the events lexicon (patterns such
// as "{S} accuser {T}", "{S} se rencontrer" sym, "appel entre {S} et {T}" noun; format in
// data/lexicons/events/README.md); arguments are found by shallow rules over tokens:
//   - the verb group around the predicate (auxiliaries, modals, negation, "de/à/to"
//     chains: "a décidé de rappeler", "plans to visit") gives voice and modality;
//   - the source is the group's subject: the nearest actor phrase to the left in the
//     clause, past parentheticals and appositions, the antecedent of a relative pronoun,
//     a pronoun's antecedent, or the quote's speaker for "nous"/"we" and for speech acts
//     reported in a quote; a passive turns subject and "par/by" agent around;
//   - the target is the actor phrase at the pattern's {T};
//   - an actor phrase is split at coordination ("Les délégations iranienne et américaine" ->
//     IRNGOV and USAGOV; "Iranian officials and companies" -> IRNGOV and IRNBUS; "le
//     président X et le Premier ministre Y"), and each conjunct becomes a
//     CAMEO actor from its entity (Entity::actor), or its demonym and agent noun ("l'armée
//     russe" -> RUSMIL). A place is never an actor (a capital only when the entities stage
//     marked the mention metonymic); the dispatch's provider and news agencies never are.
//   - a bare agent noun takes its country from a coordinated member, the reporting
//     speaker, the other side of a two-country story, the source (for targets), the act's
//     place, else the country the dispatch is about; "les deux pays" / "both countries" is
//     the dispatch's dyad; a private person's apposition ("X, le ministre ...") or
//     parenthesised party ("X (PS)") gives their role;
//   - English inflections the tagger did not know ("criticised", "sued") are read off
//     their endings when the stem heads a verb pattern.
// Implied arguments: a protest without target is against its people's government; an
// arrest without agent is by the police; troops withdrawn without "from X" leave the
// country the dispatch is about; condemning a deed ("ces attaques") targets the source of
// the last violent act, condemning an act "par X" targets X. A threat verb ("menacer de",
// "threaten to") turns the act it governs into its 13x threat code; a breach verb
// ("violer l'accord") cancels the noun predicate it governs; force (190) by a non-state
// actor against civilians is unconventional violence (180). Kinds of actor: a code that is a
// bare role ("BUS") is never output; force without a victim needs an armed actor or a
// military object (a person "fighting" a disease is no 190); a visit needs a political
// source (a team's tour is none); patterns marked `person` need people at the head of their
// target (release, receive), `direct` the actor itself (an inquiry into X, not into X's death);
// an organisation without an actor code is no actor (not its country).
// Modality: negated, hypothetical, intended, future (tense, modal verbs, a date after the
// dispatch), reported (asserted inside a quote) or asserted; a future or intended act of
// consultation or cooperation takes its CAMEO intent code (04x -> 036, 05x -> 032, ...).
// Date: the nearest date expression in the event's clause (inside the quote when the event
// is reported); else the dispatch date for an asserted act in the past or present; else
// none. Place: a place introduced by "à/en/in/at" near the predicate; else the dateline's
// place for an act of the dispatch's day (when the dispatch's date is unknown: an asserted
// act whose clause holds no date pointing back). The place carries its entity's coordinates;
// a dateline city the entities stage did not resolve takes the gazetteer's (most populous
// city of that name). Without a dateline, the one place the headline introduces ("arrêtés
// à Londres", "manifestations au Tibet") stands for it, for acts other than speech acts.
// These fallback places are given after merging: they never make two facts one. Goldstein value and quad class come from the
// CAMEO table compiled into the lexicon.
// The mentions of one fact (same root, same actors' countries, compatible dates; or one
// source acting on a country in one mention and on a body of it in another, the headline's
// "sanctions on Iran" and the body's "against Iranian officials") merge into one event
// (never two conjuncts of one mention): the most specific actors and code and the most precise date win, and every
// mention's evidence is kept (Event::mentions).
//
// Thread-safety: immutable after Create(); Code() may run on many threads at once, each
// with its own Document. Cost: linear in tokens times the patterns of the words present;
// per-document buffers only.
#ifndef CHANCERY_EVENTS_EVENT_CODER_H_
#define CHANCERY_EVENTS_EVENT_CODER_H_

#include <memory>
#include <string>

#include "base/status.h"
#include "document/document.h"

namespace chancery {

class EventCoder {
 public:
  // Loads data_dir/events_fr.lex and events_en.lex (kind "events") and data_dir/entities.lex
  // (for demonyms).
  static Result<std::unique_ptr<EventCoder>> Create(const std::string& data_dir);
  ~EventCoder();

  // Replaces doc->events. REQUIRES: tokens, morph analyses, timexes, entities and quotes
  // are filled. A document in a language other than French or English gets no events.
  void Code(Document* doc) const;

 private:
  EventCoder();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace chancery

#endif  // CHANCERY_EVENTS_EVENT_CODER_H_

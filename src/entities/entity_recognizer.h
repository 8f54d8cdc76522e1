// EntityRecognizer: finds people, countries, cities and organisations in a tokenized
// French or English dispatch, links their mentions within the document and resolves
// each entity to a canonical name, an ISO 3166-1 alpha-3 country and a CAMEO actor code
// valid at the dispatch date (doc->meta.published; the latest known role when absent).
//
// Recognition walks the compiled phrase lexicon (entities.lex, see entity_lexicon.h)
// token by token, longest match first; people missing from the gazetteer are found from
// context: a title or role ("le ministre russe des Affaires étrangères X", "US Secretary of
// State X", "M. X"), a known first name followed by a capitalised surname, and later
// mentions of a surname already introduced. A capital or a seat of power that is the
// subject of a verb ("Moscou serait prêt", "Washington said", "Paris et Berlin ont appelé")
// or a source ("selon Moscou") is a metonymy (mention flag `metonymic`) for the actor it
// stands for: its country's government (XXXGOV), or the seat's own actor from the gazetteer
// ("Bruxelles" the EU, "La Haye" judging the ICC); other cities are never metonymic. A
// capital is also its government inside a stance compound ("pro-Beijing"), set against another
// ("entre Washington et Téhéran") or as the object of a verb that addresses an actor ("a
// sollicité Pékin").
//
// Actors of people: the dated role of a known person; else a title before the name or in
// apposition after it ("le sénateur X", "X, président du groupe UMP"), whose country is a
// demonym, an organisation or place in its complement, else the dispatch's main country; else
// a party named with the person ("X of the Civic Party", "X (PS)": the party's code, or XXXLEG
// in a dispatch about a legislature), a medium or a human-rights body ("X of The Globe and
// Mail"). A party official's title takes the party's code; so does a former legislator's ("ex-députée
// UMP"), and a company officer's title takes the company's ("le PDG de TotalEnergies X": MNC).
// A known person's surname that is no form of its own joins the full name named before it ("Steve
// Jobs ... Jobs"); a known person's one-word form that is also a first name ("Philippe") opening
// a longer unknown name ("Philippe Marchal") is that first name.
//
// Thread-safety: immutable after Create(); Recognize() may run on many threads at once,
// each with its own Document. Ownership: the recognizer owns its mapped lexicon.
#ifndef CHANCERY_ENTITIES_ENTITY_RECOGNIZER_H_
#define CHANCERY_ENTITIES_ENTITY_RECOGNIZER_H_

#include <memory>
#include <string>

#include "base/status.h"
#include "document/document.h"

namespace chancery {

class EntityRecognizer {
 public:
  // Loads data_dir/entities.lex.
  static Result<std::unique_ptr<EntityRecognizer>> Create(const std::string& data_dir);
  ~EntityRecognizer();

  // Replaces doc->entities. REQUIRES: tokens, sentences and morph analyses are filled.
  void Recognize(Document* doc) const;

 private:
  EntityRecognizer();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace chancery

#endif  // CHANCERY_ENTITIES_ENTITY_RECOGNIZER_H_

// Morphology: lemma, part of speech and inflection (tense, mood, person, number,
// gender) of French and English words.
//
// French: the Dicollecte lexicon of hunspell-fr, expanded at build time by tools/lexc
// into every inflected form with its readings (morph-fr.lex). English: a compiled
// lexicon of irregular forms and closed-class words (morph-en.lex) plus suffix rules
// for regular inflection. Lookups fold case but keep accents; a capitalised word
// unknown to the lexicon is read as a proper noun.
//
// Analyze() chooses one reading per token from its neighbours (determiner before noun,
// auxiliary before participle, subject pronoun before finite verb); Lookup() gives all.
//
// Thread-safety: immutable after Create(); Analyze() and Lookup() may run on many
// threads at once. Lemmas returned point into the lexicon or into doc->arena.
#ifndef CHANCERY_MORPH_MORPHOLOGY_H_
#define CHANCERY_MORPH_MORPHOLOGY_H_

#include <memory>
#include <string>
#include <string_view>

#include "base/status.h"
#include "document/document.h"

namespace chancery {

class Morphology {
 public:
  static Result<std::unique_ptr<Morphology>> Create(const std::string& data_dir);
  ~Morphology();

  // Fills token.morph for every token of the document.
  // REQUIRES: tokens present, doc->lang set (kUnknown leaves analyses empty).
  void Analyze(Document* doc) const;

  // Writes up to `max` readings of `word` (UTF-8, any case) into out[]; returns how
  // many there are in total (may exceed max). Rule-built lemmas go into `arena`.
  size_t Lookup(Language lang, std::string_view word, MorphAnalysis* out, size_t max,
                Arena* arena) const;

 private:
  Morphology();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace chancery

#endif  // CHANCERY_MORPH_MORPHOLOGY_H_

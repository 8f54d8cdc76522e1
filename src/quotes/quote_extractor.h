// QuoteExtractor: reported speech in a tokenized French or English dispatch, each quote
// attributed to its speaker (an entity of doc->entities).
//
// Three kinds (Quote::kind):
//   direct    text between quote marks (« » “ ” " " „ “ ‘ ’) that stands as a sentence of its
//             own, possibly over several sentences and paragraphs (a paragraph that reopens
//             with a quote mark continues the quote); nested marks stay inside the outer quote;
//   partial   quoted words embedded in a sentence of the reporter's;
//   indirect  the clause a reporting verb introduces ("a déclaré que ...", "said the ...",
//             "ont déclaré vouloir ..."), the clause before a sentence-final cue ("..., a
//             déclaré X", "..., he said"), and the clause a source phrase frames ("selon X, ...",
//             "according to X", "Pour X, ...").
// The span is the reported content (direct: inside the marks; indirect: up to the end of the
// sentence, final punctuation excluded); the cue is the reporting verb with its auxiliary and
// clitic ("a-t-il dit", "has said") or the source word; cue_lemma and act come from the quotes
// lexicon (quotes_<lang>.lex, data/lexicons/quotes/).
//
// Speakers: the cue's subject (left of the cue, or right of it when inverted: "a déclaré
// mercredi le ministre X", "said Scholz", "a-t-il dit"); a name inside a prepositional phrase
// is not a subject. A pronoun or a role noun ("il", "-t-il", "she", "le ministre") resolves to
// the last speaker when it is compatible (gender) and no other subject-position person came
// after that speaker's quote, else to the last compatible person. Plural subjects ("Les deux
// pays ont déclaré", "they said") are groups: the speaker is left empty. A direct quote with
// no cue continues the last speaker of the same or previous paragraph.
//
// Linear in the number of tokens; no heap allocation per token (per-document buffers only).
// Thread-safety: immutable after Create(); Extract() may run on many threads at once, each
// with its own Document. Ownership: the extractor owns its mapped lexicons; cue_lemma views
// point into them.
#ifndef CHANCERY_QUOTES_QUOTE_EXTRACTOR_H_
#define CHANCERY_QUOTES_QUOTE_EXTRACTOR_H_

#include <memory>
#include <string>

#include "base/status.h"
#include "document/document.h"

namespace chancery {

class QuoteExtractor {
 public:
  // Loads data_dir/quotes_fr.lex and data_dir/quotes_en.lex (kind "quotes").
  static Result<std::unique_ptr<QuoteExtractor>> Create(const std::string& data_dir);
  ~QuoteExtractor();

  // Replaces doc->quotes. REQUIRES: tokens, sentences, morph analyses and entities are
  // filled. A document in a language other than French or English gets no quotes.
  void Extract(Document* doc) const;

 private:
  QuoteExtractor();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace chancery

#endif  // CHANCERY_QUOTES_QUOTE_EXTRACTOR_H_

// QuoteExtractor: reported speech in a tokenized French or English dispatch, each quote
// attributed to its speaker (an entity of doc->entities).
//
// Three kinds (Quote::kind):
//   direct    text between quote marks (« » “ ” " " „ “ ‘ ’) that stands as a sentence of its
//             own, possibly over several sentences; a paragraph that reopens with a quote mark
//             continues the quote with the same speaker but is output as a quote of its own
//             (one quote per paragraph); nested marks stay inside the outer quote; also a pull
//             quote whose marks were lost (a first-person paragraph signed by a name at its
//             end, "... suppressive. Jane Doe", "... —Jane Doe, journaliste") and its
//             word-for-word repetition in the body;
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
// (also after a title: "du président X") or a possessor ("X's agency") is not a subject; the
// name before an apposition is ("X, an Ottawa MP, said"); a relative "qui"/"who" stands for
// its antecedent; a participle cue ("en évoquant", "Estimant que ...") has its main verb's
// subject. A pronoun or a role noun ("il", "-t-il", "she", "le ministre") resolves to the last
// speaker when it is compatible (gender) and no other subject-position person came after that
// speaker's quote, else to the last compatible person; a person named in the previous sentence
// wins when that sentence has no subject person and no speaker. "ROLE de ORG" ("un
// porte-parole de la police", "a spokesman for X", "Des leaders du Parti X") is the
// organisation; "the government" the country named last; English "it"/"they" the organisation
// that spoke last or was last a subject. Other plural subjects ("Les deux gouvernements ont affirmé")
// and unnamed sources ("selon d'autres témoignages") are groups: the speaker is left empty. A
// direct quote with no cue takes the subject of the previous sentence of its paragraph, else
// continues the last speaker of the same or previous paragraph; a quoted sentence opening its
// paragraph and followed only by a name and no verb ("..." Jane Doe image: X) is a caption
// signed by that name. "According to X, quoting Y" is Y's. Coordinated subjects ("X and the
// Y have asserted") are a group; a coordinated second cue ("claimed A and claim B") shares
// the first one's subject; an English participle after a comma ("..., asking X to ...") has
// the main clause's subject, one with a noun right before it ("with X stating") that noun. A
// role noun in the headline is the first compatible person the story names after it. Not
// reports: negated cues ("does not claim"), threatened actions ("menacé d'envahir"),
// infinitives over an object except for calls, accusations and warnings.
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

// Tokenizer: tokens, sentences and paragraphs of French and English news, as code-point
// spans into the document text.
//
// Handles elisions (l' d' qu' jusqu' aujourd'hui stays whole), clitic inversions
// (a-t-il -> a | -t-il, va-t-on), hyphenated names (Saint-Pétersbourg, Jean-Yves),
// abbreviations from per-language lexicons (M. Mme Dr St. U.S. Jan.), numbers with
// spaces and separators (1 000, 3,5 %, 1,000.5, 26/02/2025, 15:16, 15h16), and every
// quote mark (« » “ ” " ‘ ’ „). Sentences break on . ! ? … (and closing quotes after
// them) when what follows looks like a sentence start, never inside "M. Macron" or
// after an initial, and always at a paragraph break (a blank line). A sentence that
// never ends is split at a bounded length (emergency split).
//
// Single pass over the decoded text, no backtracking, no allocation per token beyond
// the growth of the document's vectors.
//
// Thread-safety: immutable after Create(); Tokenize() may run on many threads at once.
#ifndef CHANCERY_TOKENIZE_TOKENIZER_H_
#define CHANCERY_TOKENIZE_TOKENIZER_H_

#include <memory>
#include <string>

#include "base/status.h"
#include "document/document.h"

namespace chancery {

class Tokenizer {
 public:
  // Loads abbreviation and elision lexicons from `data_dir`.
  static Result<std::unique_ptr<Tokenizer>> Create(const std::string& data_dir);
  ~Tokenizer();

  // Appends the tokens, sentences and paragraphs of `region` to the document.
  // REQUIRES: doc->decoded is current; doc->lang set (kUnknown uses rules shared by
  // both languages); regions passed in increasing, non-overlapping order.
  void Tokenize(Span region, Document* doc) const;

 private:
  Tokenizer();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace chancery

#endif  // CHANCERY_TOKENIZE_TOKENIZER_H_

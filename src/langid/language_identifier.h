// LanguageIdentifier: tells French from English (and says when it cannot).
//
// Scores a span of text against per-language profiles compiled from data/lexicons/langid
// (frequent function words and character trigrams, with log-probabilities). Designed for
// more languages: a profile per language, the best score wins if it beats the runner-up
// by a margin, else kUnknown. Looks at most the first 4,000 code points, so its cost per
// document is bounded.
//
// Thread-safety: immutable after Create(); Identify() may run on many threads at once.
#ifndef CHANCERY_LANGID_LANGUAGE_IDENTIFIER_H_
#define CHANCERY_LANGID_LANGUAGE_IDENTIFIER_H_

#include <memory>
#include <string>

#include "base/status.h"
#include "document/document.h"

namespace chancery {

struct LanguageGuess {
  Language lang = Language::kUnknown;
  double confidence = 0;  // 0..1: the winner's share of the probability mass
};

class LanguageIdentifier {
 public:
  static Result<std::unique_ptr<LanguageIdentifier>> Create(const std::string& data_dir);
  ~LanguageIdentifier();

  // REQUIRES: `text` decoded; `span` within it.
  LanguageGuess Identify(const DecodedText& text, Span span) const;

 private:
  LanguageIdentifier();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace chancery

#endif  // CHANCERY_LANGID_LANGUAGE_IDENTIFIER_H_

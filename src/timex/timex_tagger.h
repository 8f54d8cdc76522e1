// TimexTagger: finds temporal expressions (TIMEX3 DATE, TIME, DURATION, SET) in French
// and English dispatches and normalizes them against the dispatch's own time.
//
// One left-to-right pass over the tokens of each sentence. Each word is looked up once
// in a compiled per-language lexicon (timex_fr.lex / timex_en.lex, kind "timex": month
// and weekday names, number words, units, deictic words, modifiers, parts of day,
// seasons, holidays, set words, tense cues); multi-token phrases ("il y a", "pour
// l'instant", "the day before") are matched on folded token texts. A small
// deterministic grammar (bounded look-ahead, no backtracking) turns a run of tokens
// into an underspecified value (weekday=THU, month=OCT+last, unit=WEEK+this, ...),
// which is then resolved:
//   * deictic expressions (hier, next week, il y a trois jours) on the dispatch
//     creation time (DCT: meta.published_local, else meta.published);
//   * anaphoric ones (le lendemain, the following year, trois mois plus tard) on the
//     last date mentioned before them in the document, else the DCT;
//   * bare weekdays, day-month, months, seasons and holidays by the tense of the
//     clause's governing verb (morph readings, with lexicon tense cues as fallback):
//     past -> most recent occurrence, future -> next one, present -> nearest, same
//     day allowed; dernier/prochain/last/next override the tense.
// Values keep the expression's grain (2025-W09, 2024-10, 2025-02-26TEV, P3Y, PT2H,
// XXXX-WXX-1, PRESENT_REF). Without a DCT, relative values keep TIMEX3 X placeholders.
//
// The provider/time-stamp lines before the body ("information fournie par Reuters
// 26/02/2025 à 15:16") are not tokenized by the pipeline; Tag() scans the uncovered
// part of [0, meta.body.start) (minus the headline) with its own light tokenization.
//
// Thread-safety: immutable after Create(); Tag() may run on many threads at once (it
// allocates only per document, never per token).
#ifndef CHANCERY_TIMEX_TIMEX_TAGGER_H_
#define CHANCERY_TIMEX_TIMEX_TAGGER_H_

#include <memory>
#include <string>

#include "base/status.h"
#include "document/document.h"

namespace chancery {

class TimexTagger {
 public:
  // Loads timex_fr.lex and timex_en.lex from `data_dir`. NotFound/Corruption if missing.
  static Result<std::unique_ptr<TimexTagger>> Create(const std::string& data_dir);
  ~TimexTagger();

  // Appends the timexes of *doc, in text order, to doc->timexes.
  // REQUIRES: doc->decoded current; tokens and sentences filled (morph readings used
  // when present); doc->meta filled by ingest (an empty published time is allowed).
  void Tag(Document* doc) const;

 private:
  TimexTagger();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace chancery

#endif  // CHANCERY_TIMEX_TIMEX_TAGGER_H_

// Pipeline: runs the stages over one dispatch, in a fixed order, into a Document.
//
//   decode (UTF-8) -> langid -> ingest (meta) -> tokenize (headline, body) -> morph
//   [-> entities -> timex -> quotes -> events, as those stages land]
//
// A Pipeline owns the loaded Resources: every stage object and its mmapped lexicons,
// immutable after Create(). Analyze() is const and may run on many threads at once,
// each with its own Document (the per-worker workspace, reused across dispatches).
//
// Invalid input (invalid UTF-8, NUL bytes, an empty or over-large document) is an
// InvalidInput Status for that document, never a crash; so is a document whose analysis
// runs past ExtractOptions::time_budget_ms.
#ifndef CHANCERY_PIPELINE_PIPELINE_H_
#define CHANCERY_PIPELINE_PIPELINE_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "base/status.h"
#include "document/document.h"
#include "ingest/record.h"

namespace chancery {

struct ExtractOptions {
  // --- Options that change results.
  // Language of every dispatch; kUnknown: the record's `lang`, else detection.
  Language lang = Language::kUnknown;
  // IANA zone for times printed without an offset; empty: Europe/Paris for French
  // dispatches, UTC otherwise.
  std::string tz;
  // ISO 8601 reference time for dispatches that carry no date of their own.
  std::string reference_time;
  // Documents larger than this are refused (InvalidInput): no news dispatch is this
  // big, and the bound keeps one hostile input from starving a batch.
  size_t max_document_bytes = size_t{8} << 20;
  // Wall-clock time one document may take to analyse, in milliseconds; 0: no limit.
  // Checked between stages and by the long stages every 64 sentences (never per
  // token); a document over it is an InvalidInput error naming the stage it reached,
  // and the batch goes on. A news dispatch takes a few milliseconds, the largest
  // document --max-bytes admits a few seconds; the bound keeps a pathological input
  // from holding a worker.
  int64_t time_budget_ms = 20000;

  // --- Options that change speed or location only.
  // Directory of the compiled lexicons; empty: LocateDataDir's search order.
  std::string data_dir;
};

class Pipeline {
 public:
  // Loads every stage's resources. NotFound/Corruption when lexicons are missing or
  // damaged; InvalidArgument when options.tz is not a known zone.
  static Result<std::unique_ptr<Pipeline>> Create(const ExtractOptions& options);
  ~Pipeline();

  // Analyses `record` into *doc (cleared first; record.text is moved from).
  // InvalidInput for a document that cannot be analysed; *doc is then unspecified
  // except doc->id.
  Status Analyze(InputRecord&& record, Document* doc) const;

  const ExtractOptions& options() const;

  // Identifies what produced an analysis: the engine's version, the content of every
  // compiled lexicon in the data directory (their header checksums) and the options
  // that change results. Two pipelines with the same fingerprint analyse a text the
  // same way; the store re-analyses a stored text when it differs. Also set as
  // Document::analysis by Analyze(). Printable ASCII, e.g. "chancery 0.1.0/3f9c...".
  const std::string& fingerprint() const;

 private:
  Pipeline();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace chancery

#endif  // CHANCERY_PIPELINE_PIPELINE_H_

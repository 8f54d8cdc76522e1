// Batch extraction: reads dispatches from files, folders' worth of paths or stdin,
// analyses them on N threads and hands the output lines back in input order.
//
// Input: each path names either one dispatch (plain text; its id is the file name
// without extension) or, with `jsonl`, a JSON Lines file of records (one dispatch per
// non-blank line; a record without an id gets "<file name>:<line>"). "-" is stdin.
// Work proceeds in bounded chunks (a few hundred documents or a few tens of MB), so
// memory stays flat however long the input.
//
// Every input yields exactly one output line: the document, or {"id","error"}.
// Thread-safety: one BatchRunner per run; it owns its workers for the duration of Run().
#ifndef CHANCERY_PIPELINE_BATCH_H_
#define CHANCERY_PIPELINE_BATCH_H_

#include <functional>
#include <string>
#include <vector>

#include "format/document_json.h"
#include "pipeline/pipeline.h"

namespace chancery {

struct BatchOptions {
  bool jsonl = false;  // inputs are JSON Lines records
  int threads = 0;     // worker threads; 0: all cores
  DocumentJsonOptions json;
};

// The outcome of one input, in input order.
struct BatchOutput {
  std::string json_line;  // the output document or error object, without newline
  std::string input;      // what to name in an error message: "path" or "path:line"
  Status status;          // OK, or why this document failed
};

struct BatchSummary {
  size_t documents = 0;
  size_t failed = 0;
  size_t bytes = 0;  // input bytes read
};

// Analyses every input in `paths` and calls `sink` once per document, in input order,
// from the calling thread. A path that cannot be read counts as one failed document.
BatchSummary RunBatch(const Pipeline& pipeline, const BatchOptions& options,
                      const std::vector<std::string>& paths,
                      const std::function<void(const BatchOutput&)>& sink);

}  // namespace chancery

#endif  // CHANCERY_PIPELINE_BATCH_H_

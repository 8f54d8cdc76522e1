// Batch analysis: reads dispatches from files, folders or stdin, analyses them on N
// threads and hands the results back in input order, a chunk at a time.
//
// An input is either one dispatch (plain text; its id is the file name without
// extension) or a JSON Lines file of records (one dispatch per non-blank line; a record
// without an id gets "<file name>:<line>"). "-" is stdin. Work proceeds in chunks of at
// most `chunk_documents` documents (and a few tens of MB), so memory stays flat however
// long the input; `chancery ingest` makes each chunk one store transaction.
//
// Every input yields exactly one output: the analysed document, or the Status that
// explains why there is none. Thread-safety: one RunBatch call owns its workers for its
// duration; the sink runs on the calling thread.
#ifndef CHANCERY_PIPELINE_BATCH_H_
#define CHANCERY_PIPELINE_BATCH_H_

#include <functional>
#include <span>
#include <string>
#include <vector>

#include "format/document_json.h"
#include "pipeline/pipeline.h"

namespace chancery {

struct BatchInput {
  std::string path;    // a file, or "-" for stdin
  bool jsonl = false;  // JSON Lines records rather than one plain-text dispatch
};

// Turns command-line paths into inputs. A folder becomes its dispatch files (.txt,
// .jsonl or no extension), recursively, in name order, hidden entries skipped; other
// paths are taken as given. Every input is JSON Lines when `all_jsonl`, else when
// `jsonl_by_extension` and its name ends in ".jsonl". A folder that cannot be listed
// adds a message ("<path>: <what is wrong>") to *errors.
std::vector<BatchInput> ExpandInputs(const std::vector<std::string>& paths, bool all_jsonl,
                                     bool jsonl_by_extension, std::vector<std::string>* errors);

struct BatchOptions {
  int threads = 0;               // worker threads; 0: all cores
  size_t chunk_documents = 512;  // documents analysed together and handed to the sink at once
  bool json_lines = true;        // also format each output as a JSON line, in the workers
  DocumentJsonOptions json;
};

// The outcome of one input.
struct BatchOutput {
  std::string input;      // what to name in an error message: "path" or "path:line"
  Status status;          // OK, or why this input failed
  const Document* document = nullptr;  // when status.ok(); valid only during the sink call
  std::string json_line;  // with options.json_lines: the document or {"id","error"}, no newline
};

struct BatchSummary {
  size_t documents = 0;
  size_t failed = 0;
  size_t bytes = 0;  // input bytes read
};

// Analyses every input and calls `sink` once per chunk with its outputs in input order.
// An input that cannot be read counts as one failed document.
BatchSummary RunBatch(const Pipeline& pipeline, const BatchOptions& options,
                      const std::vector<BatchInput>& inputs,
                      const std::function<void(std::span<const BatchOutput>)>& sink);

}  // namespace chancery

#endif  // CHANCERY_PIPELINE_BATCH_H_

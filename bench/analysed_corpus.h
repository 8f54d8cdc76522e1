// The news corpus analysed once by the whole pipeline, for benchmarks of one late stage
// (quotes, events) whose timed loop re-runs that stage only.
#ifndef CHANCERY_BENCH_ANALYSED_CORPUS_H_
#define CHANCERY_BENCH_ANALYSED_CORPUS_H_

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "document/document.h"
#include "pipeline/pipeline.h"

namespace chancery::bench {

struct AnalysedCorpus {
  std::vector<std::unique_ptr<Document>> docs;
  size_t bytes = 0;     // input text bytes of the analysed documents
  std::string source;   // the news directory, or "synthetic"
};

// Analyses fr.jsonl and en.jsonl of `news_dir` (else $CHANCERY_SHARED/data/news); when
// neither yields a document, `synthetic_paragraph` (French) repeated to 256 KB instead.
AnalysedCorpus LoadAnalysedCorpus(const std::string& news_dir, const Pipeline& pipeline,
                                  const std::string& synthetic_paragraph);

// How a one-stage benchmark runs its stage over one analysed document (again); returns
// how many items the stage produced (quotes, events), reported as a counter.
using StageRun = std::function<size_t(Document*)>;

// The main() of a one-stage benchmark. A pipeline over $CHANCERY_DATA (else
// `default_data`) analyses the corpus (argv[1] as in LoadAnalysedCorpus); `make_stage`
// loads the stage from the same directory (an empty function when it cannot); the
// benchmark `name` then times the stage over every document: bytes of input text per
// second, and the counter `items`. Returns main()'s exit status.
int RunStageBenchmark(int argc, char** argv, const char* name, const char* items, const std::string& default_data,
                      const std::string& synthetic_paragraph,
                      const std::function<StageRun(const std::string& data_dir)>& make_stage);

}  // namespace chancery::bench

#endif  // CHANCERY_BENCH_ANALYSED_CORPUS_H_

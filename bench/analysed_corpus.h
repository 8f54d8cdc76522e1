// The news corpus analysed once by the whole pipeline, for benchmarks of one late stage
// (quotes, events) whose timed loop re-runs that stage only.
#ifndef CHANCERY_BENCH_ANALYSED_CORPUS_H_
#define CHANCERY_BENCH_ANALYSED_CORPUS_H_

#include <cstddef>
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

}  // namespace chancery::bench

#endif  // CHANCERY_BENCH_ANALYSED_CORPUS_H_

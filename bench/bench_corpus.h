// The benchmark corpus: the shared development articles (French and English JSON Lines)
// when they are beside the clone ($CHANCERY_SHARED or the configured default), else the
// bundled examples. Bench-only code.
#ifndef CHANCERY_BENCH_BENCH_CORPUS_H_
#define CHANCERY_BENCH_BENCH_CORPUS_H_

#include <string>
#include <vector>

#include "ingest/record.h"

namespace chancery::bench {

struct Corpus {
  std::vector<InputRecord> records;
  size_t bytes = 0;
  std::string source;  // where it came from, for the log
};

// Loads the corpus once per process (the returned reference stays valid).
const Corpus& LoadCorpus();

}  // namespace chancery::bench

#endif  // CHANCERY_BENCH_BENCH_CORPUS_H_

// The whole pipeline over the news corpus on one thread: documents/s, MB/s, peak RSS.
#include <benchmark/benchmark.h>
#include <sys/resource.h>

#include <cstdlib>

#include "bench_corpus.h"
#include "pipeline/pipeline.h"

namespace chancery::bench {
namespace {

void BM_Pipeline(benchmark::State& state) {
  const Corpus& c = LoadCorpus();
  ExtractOptions options;
  const char* data = std::getenv("CHANCERY_DATA");
  options.data_dir = data != nullptr ? data : CHANCERY_DEFAULT_DATA;
  Result<std::unique_ptr<Pipeline>> pipeline = Pipeline::Create(options);
  if (!pipeline.ok()) {
    state.SkipWithError(pipeline.status().ToString().c_str());
    return;
  }
  Document doc;
  size_t failed = 0;
  for (auto _ : state) {
    for (const InputRecord& r : c.records) {
      InputRecord copy = r;
      failed += !pipeline.value()->Analyze(std::move(copy), &doc).ok();
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * c.bytes));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * c.records.size()));
  state.counters["docs_per_s"] = benchmark::Counter(static_cast<double>(state.iterations() * c.records.size()),
                                                    benchmark::Counter::kIsRate);
  struct rusage usage;
  getrusage(RUSAGE_SELF, &usage);
  state.counters["peak_rss_MB"] = static_cast<double>(usage.ru_maxrss) / 1024.0;
  state.counters["failed"] = static_cast<double>(failed);
  state.SetLabel(c.source);
}
BENCHMARK(BM_Pipeline)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace chancery::bench

BENCHMARK_MAIN();

// UTF-8 validation and decoding into the code-point view, over the news corpus.
#include <benchmark/benchmark.h>

#include "bench_corpus.h"
#include "unicode/fold.h"
#include "unicode/utf8.h"

namespace chancery::bench {
namespace {

void BM_ValidateUtf8(benchmark::State& state) {
  const Corpus& c = LoadCorpus();
  for (auto _ : state) {
    for (const InputRecord& r : c.records) benchmark::DoNotOptimize(ValidateUtf8(r.text).ok());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * c.bytes));
}
BENCHMARK(BM_ValidateUtf8);

void BM_Decode(benchmark::State& state) {
  const Corpus& c = LoadCorpus();
  DecodedText text;
  for (auto _ : state) {
    for (const InputRecord& r : c.records) benchmark::DoNotOptimize(text.Decode(r.text).ok());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * c.bytes));
}
BENCHMARK(BM_Decode);

void BM_FoldForMatch(benchmark::State& state) {
  const Corpus& c = LoadCorpus();
  std::string out;
  out.reserve(1 << 20);
  for (auto _ : state) {
    for (const InputRecord& r : c.records) {
      FoldForMatch(r.text, &out);
      benchmark::DoNotOptimize(out.data());
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * c.bytes));
}
BENCHMARK(BM_FoldForMatch);

}  // namespace
}  // namespace chancery::bench

BENCHMARK_MAIN();

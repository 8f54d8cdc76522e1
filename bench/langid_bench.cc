// Language identification throughput over the benchmark corpus (bench/bench_corpus.h):
// whole documents (Identify looks at the first 4,000 code points of each) and the first
// 80 code points alone (headline-sized spans), with the text already decoded.
// Lexicons: $CHANCERY_DATA, else the build's data directory.
//
//   langid_bench [--benchmark_...]
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <vector>

#include "bench_corpus.h"
#include "langid/language_identifier.h"
#include "unicode/utf8.h"

namespace chancery::bench {
namespace {

// Set by main() before the benchmarks run; read-only afterwards.
const LanguageIdentifier* g_identifier = nullptr;
std::vector<std::unique_ptr<DecodedText>>* g_decoded = nullptr;

void Run(benchmark::State& state, uint32_t max_code_points) {
  size_t bytes = 0;
  for (auto _ : state) {
    for (const auto& d : *g_decoded) {
      uint32_t end = std::min(d->size(), max_code_points);
      LanguageGuess g = g_identifier->Identify(*d, Span{0, end});
      benchmark::DoNotOptimize(g);
      bytes += d->byte_offset(end);
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * g_decoded->size()));
}

void BM_IdentifyDocuments(benchmark::State& state) { Run(state, UINT32_MAX); }
void BM_IdentifyHeadlineSpans(benchmark::State& state) { Run(state, 80); }
BENCHMARK(BM_IdentifyDocuments);
BENCHMARK(BM_IdentifyHeadlineSpans);

}  // namespace
}  // namespace chancery::bench

int main(int argc, char** argv) {
  const char* data = std::getenv("CHANCERY_DATA");
  auto id = chancery::LanguageIdentifier::Create(data != nullptr ? data : CHANCERY_DEFAULT_DATA);
  if (!id.ok()) {
    std::fprintf(stderr, "langid_bench: %s\n", id.status().ToString().c_str());
    return 1;
  }
  const chancery::bench::Corpus& corpus = chancery::bench::LoadCorpus();
  std::vector<std::unique_ptr<chancery::DecodedText>> decoded;
  for (const auto& rec : corpus.records) {
    auto d = std::make_unique<chancery::DecodedText>();
    if (d->Decode(rec.text).ok()) decoded.push_back(std::move(d));
  }
  std::fprintf(stderr, "langid_bench: %zu documents from %s\n", decoded.size(), corpus.source.c_str());
  chancery::bench::g_identifier = id.value().get();
  chancery::bench::g_decoded = &decoded;
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}

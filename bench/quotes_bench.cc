// Quotes stage throughput over the news corpus, in bytes of input text per second: every
// document is analysed once by the whole pipeline (ingest, tokenize, morph, timex,
// entities) outside the timed loop; the loop runs QuoteExtractor::Extract only.
//
// Corpus: fr.jsonl and en.jsonl of the directory given as the first non-benchmark
// argument, else $CHANCERY_SHARED/data/news; a synthetic French wire text otherwise.
// Lexicons: $CHANCERY_DATA, else the build's data directory.
//
//   quotes_bench [--benchmark_...] [NEWS_DIR]
#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>

#include "analysed_corpus.h"
#include "document/document.h"
#include "pipeline/pipeline.h"
#include "quotes/quote_extractor.h"

namespace chancery::bench {
namespace {

// Set by main() before the benchmarks run; read-only afterwards.
AnalysedCorpus* g_prepared = nullptr;
const QuoteExtractor* g_extractor = nullptr;

// The synthetic fallback when no news corpus is found.
constexpr char kSyntheticParagraph[] =
    "Les délégations se rencontreront jeudi à Istanbul, a déclaré mercredi le ministre russe "
    "des Affaires étrangères Sergueï Lavrov. « Nos experts se réuniront », a-t-il dit. Le "
    "porte-parole du Kremlin, Dmitri Peskov, a ajouté que rien n'était prévu. Selon lui, "
    "les deux pays ont déclaré vouloir explorer des projets communs.\n\n";

void BM_Quotes(benchmark::State& state) {
  if (g_extractor == nullptr || g_prepared == nullptr) {
    state.SkipWithError("lexicons not found (set CHANCERY_DATA)");
    return;
  }
  size_t quotes = 0;
  for (auto _ : state) {
    quotes = 0;
    for (const auto& doc : g_prepared->docs) {
      g_extractor->Extract(doc.get());
      quotes += doc->quotes.size();
      benchmark::DoNotOptimize(doc->quotes.data());
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * g_prepared->bytes));
  state.counters["quotes"] = static_cast<double>(quotes);
  state.SetLabel(g_prepared->source);
}
BENCHMARK(BM_Quotes);

}  // namespace
}  // namespace chancery::bench

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  const char* env = std::getenv("CHANCERY_DATA");
  std::string data = env != nullptr ? env : CHANCERY_DEFAULT_DATA;
  chancery::ExtractOptions options;
  options.data_dir = data;
  auto pipeline = chancery::Pipeline::Create(options);
  auto extractor = chancery::QuoteExtractor::Create(data);
  if (pipeline.ok() && extractor.ok()) {
    chancery::bench::g_extractor = std::move(extractor).value().release();
    chancery::bench::g_prepared = new chancery::bench::AnalysedCorpus(chancery::bench::LoadAnalysedCorpus(  // never freed
        argc > 1 ? argv[1] : "", *pipeline.value(), chancery::bench::kSyntheticParagraph));
  } else {
    std::fprintf(stderr, "quotes_bench: lexicons missing in %s\n", data.c_str());
  }
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}

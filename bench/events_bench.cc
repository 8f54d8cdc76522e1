// Events stage throughput over the news corpus, in bytes of input text per second: every
// document is analysed once by the whole pipeline (every stage up to quotes) outside the
// timed loop; the loop runs EventCoder::Code only.
//
// Corpus: fr.jsonl and en.jsonl of the directory given as the first non-benchmark
// argument, else $CHANCERY_SHARED/data/news; a synthetic French wire text otherwise.
// Lexicons: $CHANCERY_DATA, else the build's data directory.
//
//   events_bench [--benchmark_...] [NEWS_DIR]
#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>

#include "analysed_corpus.h"
#include "document/document.h"
#include "pipeline/pipeline.h"
#include "events/event_coder.h"

namespace chancery::bench {
namespace {

// Set by main() before the benchmarks run; read-only afterwards.
AnalysedCorpus* g_prepared = nullptr;
const EventCoder* g_coder = nullptr;

// The synthetic fallback when no news corpus is found.
constexpr char kSyntheticParagraph[] =
    "Les délégations chinoise et japonaise se rencontreront lundi à Genève, a annoncé le "
    "ministère. L'armée syrienne a bombardé des positions rebelles. La France a condamné "
    "les frappes et appelé l'Iran à la retenue. Berlin s'est dit prêt à livrer des chars à "
    "l'Ukraine, a indiqué le porte-parole du gouvernement allemand.\n\n";

void BM_Events(benchmark::State& state) {
  if (g_coder == nullptr || g_prepared == nullptr) {
    state.SkipWithError("lexicons not found (set CHANCERY_DATA)");
    return;
  }
  size_t events = 0;
  for (auto _ : state) {
    events = 0;
    for (const auto& doc : g_prepared->docs) {
      g_coder->Code(doc.get());
      events += doc->events.size();
      benchmark::DoNotOptimize(doc->events.data());
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * g_prepared->bytes));
  state.counters["events"] = static_cast<double>(events);
  state.SetLabel(g_prepared->source);
}
BENCHMARK(BM_Events);

}  // namespace
}  // namespace chancery::bench

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  const char* env = std::getenv("CHANCERY_DATA");
  std::string data = env != nullptr ? env : CHANCERY_DEFAULT_DATA;
  chancery::ExtractOptions options;
  options.data_dir = data;
  auto pipeline = chancery::Pipeline::Create(options);
  auto coder = chancery::EventCoder::Create(data);
  if (pipeline.ok() && coder.ok()) {
    chancery::bench::g_coder = std::move(coder).value().release();
    chancery::bench::g_prepared = new chancery::bench::AnalysedCorpus(chancery::bench::LoadAnalysedCorpus(  // never freed
        argc > 1 ? argv[1] : "", *pipeline.value(), chancery::bench::kSyntheticParagraph));
  } else {
    std::fprintf(stderr, "events_bench: lexicons missing in %s\n", data.c_str());
  }
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}

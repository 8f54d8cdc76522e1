// The timex stage alone over the news corpus on one thread (MB/s of dispatch text):
// documents are decoded, tokenized and morphologically analysed once, outside the timed
// loop; each iteration re-tags every document.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <memory>
#include <vector>

#include "bench_corpus.h"
#include "morph/morphology.h"
#include "timex/timex_tagger.h"
#include "tokenize/tokenizer.h"

namespace chancery::bench {
namespace {

void BM_TimexTag(benchmark::State& state) {
  const Corpus& c = LoadCorpus();
  const char* env = std::getenv("CHANCERY_DATA");
  std::string data = env != nullptr ? env : CHANCERY_DEFAULT_DATA;
  auto tokenizer = Tokenizer::Create(data);
  auto morph = Morphology::Create(data);
  auto tagger = TimexTagger::Create(data);
  if (!tokenizer.ok() || !morph.ok() || !tagger.ok()) {
    state.SkipWithError("cannot load the tokenize, morph or timex lexicons");
    return;
  }
  std::vector<std::unique_ptr<Document>> docs;
  for (const InputRecord& r : c.records) {
    auto doc = std::make_unique<Document>();
    doc->text = r.text;
    if (!doc->decoded.Decode(doc->text).ok()) continue;
    doc->lang = ParseLanguage(r.lang);
    if (doc->lang == Language::kUnknown) doc->lang = Language::kFrench;
    doc->meta.published_local = r.published;
    doc->meta.body = Span{0, doc->decoded.size()};
    tokenizer.value()->Tokenize(doc->meta.body, doc.get());
    morph.value()->Analyze(doc.get());
    docs.push_back(std::move(doc));
  }
  size_t found = 0;
  for (auto _ : state) {
    found = 0;
    for (auto& d : docs) {
      d->timexes.clear();
      tagger.value()->Tag(d.get());
      found += d->timexes.size();
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * c.bytes));
  state.counters["timexes"] = static_cast<double>(found);
  state.SetLabel(c.source);
}
BENCHMARK(BM_TimexTag)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace chancery::bench

BENCHMARK_MAIN();

// Per-stage throughput over the news corpus (MB/s of input text): language
// identification, dispatch furniture (ingest), morphology, and the whole text layer
// (decode + tokenize + morph, BM_TextLayer). Each stage runs on
// documents prepared up to the layer it reads, so only that stage is timed.
// (Tokenization has its own program, tokenize_bench.)
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <memory>
#include <vector>

#include "bench_corpus.h"
#include "ingest/dispatch_parser.h"
#include "langid/language_identifier.h"
#include "morph/morphology.h"
#include "tokenize/tokenizer.h"

namespace chancery::bench {
namespace {

std::string DataDir() {
  const char* env = std::getenv("CHANCERY_DATA");
  return env != nullptr ? env : CHANCERY_DEFAULT_DATA;
}

// The corpus decoded, its language set, meta parsed, tokenized and analysed once.
struct Prepared {
  std::vector<std::unique_ptr<Document>> docs;
  std::vector<InputRecord> records;
  std::unique_ptr<LanguageIdentifier> langid;
  std::unique_ptr<DispatchParser> parser;
  std::unique_ptr<Tokenizer> tokenizer;
  std::unique_ptr<Morphology> morphology;
  size_t bytes = 0;
  std::string error;
};

const Prepared& Prepare() {
  static const Prepared* prepared = [] {
    auto* p = new Prepared();  // bench process only; never freed
    std::string dir = DataDir();
    auto langid = LanguageIdentifier::Create(dir);
    auto parser = DispatchParser::Create(dir);
    auto tokenizer = Tokenizer::Create(dir);
    auto morphology = Morphology::Create(dir);
    if (!langid.ok() || !parser.ok() || !tokenizer.ok() || !morphology.ok()) {
      p->error = "cannot load lexicons from " + dir;
      return p;
    }
    p->langid = std::move(langid).value();
    p->parser = std::move(parser).value();
    p->tokenizer = std::move(tokenizer).value();
    p->morphology = std::move(morphology).value();
    for (const InputRecord& r : LoadCorpus().records) {
      auto doc = std::make_unique<Document>();
      doc->text = r.text;
      if (!doc->decoded.Decode(doc->text).ok()) continue;
      doc->lang = ParseLanguage(r.lang);
      if (!p->parser->Parse({}, r, doc.get()).ok()) continue;
      if (!doc->meta.headline_span.empty()) p->tokenizer->Tokenize(doc->meta.headline_span, doc.get());
      p->tokenizer->Tokenize(doc->meta.body, doc.get());
      p->bytes += doc->text.size();
      p->records.push_back(r);
      p->docs.push_back(std::move(doc));
    }
    return p;
  }();
  return *prepared;
}

void BM_Langid(benchmark::State& state) {
  const Prepared& p = Prepare();
  if (!p.error.empty()) return state.SkipWithError(p.error.c_str());
  for (auto _ : state) {
    for (const auto& doc : p.docs) {
      benchmark::DoNotOptimize(p.langid->Identify(doc->decoded, Span{0, doc->decoded.size()}).lang);
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * p.bytes));
}
BENCHMARK(BM_Langid);

void BM_Ingest(benchmark::State& state) {
  const Prepared& p = Prepare();
  if (!p.error.empty()) return state.SkipWithError(p.error.c_str());
  Document scratch;
  for (auto _ : state) {
    for (size_t i = 0; i < p.docs.size(); ++i) {
      scratch.meta = DocumentMeta();
      scratch.text = p.docs[i]->text;  // copy outside the measured work is small next to it
      (void)scratch.decoded.Decode(scratch.text);
      scratch.lang = p.docs[i]->lang;
      benchmark::DoNotOptimize(p.parser->Parse({}, p.records[i], &scratch).ok());
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * p.bytes));
  state.SetLabel("includes decoding");
}
BENCHMARK(BM_Ingest);

void BM_Morph(benchmark::State& state) {
  const Prepared& p = Prepare();
  if (!p.error.empty()) return state.SkipWithError(p.error.c_str());
  for (auto _ : state) {
    for (const auto& doc : p.docs) {
      doc->arena.Reset();
      p.morphology->Analyze(doc.get());
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * p.bytes));
}
BENCHMARK(BM_Morph);

// The text layer as the foundation issue measures it: UTF-8 decoding, tokenization
// (tokens, sentences) and morphology of each document, one worker reusing one Document
// as the pipeline does. Ingest and langid are not part of it: each document's language
// and headline/body spans come from the preparation.
void BM_TextLayer(benchmark::State& state) {
  const Prepared& p = Prepare();
  if (!p.error.empty()) return state.SkipWithError(p.error.c_str());
  Document scratch;
  size_t tokens = 0;
  for (auto _ : state) {
    tokens = 0;
    for (const auto& doc : p.docs) {
      scratch.Clear();
      scratch.text.assign(doc->text);  // a copy into reused capacity: small next to the work
      if (!scratch.decoded.Decode(scratch.text).ok()) continue;
      scratch.lang = doc->lang;
      if (!doc->meta.headline_span.empty()) p.tokenizer->Tokenize(doc->meta.headline_span, &scratch);
      p.tokenizer->Tokenize(doc->meta.body, &scratch);
      p.morphology->Analyze(&scratch);
      tokens += scratch.tokens.size();
      benchmark::DoNotOptimize(scratch.tokens.data());
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * p.bytes));
  state.counters["tokens"] = static_cast<double>(tokens);
  state.SetLabel("decode+tokenize+morph");
}
BENCHMARK(BM_TextLayer);

}  // namespace
}  // namespace chancery::bench

BENCHMARK_MAIN();

// The whole pipeline over the news corpus on one thread, as `chancery extract` runs it:
// every document analysed and its JSON output document written to a buffer.
//
//   BM_Pipeline        documents/s, MB/s of input text, peak RSS (every lexicon loaded).
//   BM_PipelineCreate  start-up: Pipeline::Create (every lexicon mapped and checked), ms.
//   BM_PipelineStages  the same work with each stage run and timed on its own (the
//                      stages' objects loaded directly, run in Pipeline::Analyze's order),
//                      reporting each stage's share of the time as counters
//                      "stage_<name>_pct" (run.sh logs one line per stage). The timer
//                      costs two clock reads per stage per document; the stage objects
//                      are the pipeline's, so this profile is where BM_Pipeline's time goes.
#include <benchmark/benchmark.h>
#include <sys/resource.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <memory>

#include "bench_corpus.h"
#include "entities/entity_recognizer.h"
#include "events/event_coder.h"
#include "format/document_json.h"
#include "ingest/dispatch_parser.h"
#include "langid/language_identifier.h"
#include "morph/morphology.h"
#include "pipeline/pipeline.h"
#include "quotes/quote_extractor.h"
#include "timex/timex_tagger.h"
#include "tokenize/tokenizer.h"

namespace chancery::bench {
namespace {

std::string DataDir() {
  const char* env = std::getenv("CHANCERY_DATA");
  return env != nullptr ? env : CHANCERY_DEFAULT_DATA;
}

double PeakRssMb() {
  struct rusage usage;
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

void SetCorpusCounters(benchmark::State& state, const Corpus& c) {
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * c.bytes));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * c.records.size()));
  state.counters["docs_per_s"] = benchmark::Counter(static_cast<double>(state.iterations() * c.records.size()),
                                                    benchmark::Counter::kIsRate);
  state.counters["peak_rss_MB"] = PeakRssMb();
  state.SetLabel(c.source);
}

void BM_Pipeline(benchmark::State& state) {
  const Corpus& c = LoadCorpus();
  ExtractOptions options;
  options.data_dir = DataDir();
  Result<std::unique_ptr<Pipeline>> pipeline = Pipeline::Create(options);
  if (!pipeline.ok()) {
    state.SkipWithError(pipeline.status().ToString().c_str());
    return;
  }
  Document doc;
  DocumentJsonOptions json;
  std::string out;
  size_t failed = 0, out_bytes = 0;
  for (auto _ : state) {
    for (const InputRecord& r : c.records) {
      InputRecord copy = r;
      out.clear();
      Status st = pipeline.value()->Analyze(std::move(copy), &doc);
      if (st.ok()) {
        AppendDocumentJson(doc, json, &out);
      } else {
        ++failed;
        AppendErrorJson(doc.id, st.message(), &out);
      }
      out_bytes += out.size();
      benchmark::DoNotOptimize(out.data());
    }
  }
  SetCorpusCounters(state, c);
  state.counters["failed"] = static_cast<double>(failed);
  state.counters["json_MB_per_iter"] =
      static_cast<double>(out_bytes) / 1e6 / static_cast<double>(std::max<int64_t>(1, state.iterations()));
}
BENCHMARK(BM_Pipeline)->Unit(benchmark::kMillisecond);

// Start-up: Pipeline::Create with every lexicon mapped and verified (the page cache warm,
// as for a second run of the executable). Time per creation.
void BM_PipelineCreate(benchmark::State& state) {
  ExtractOptions options;
  options.data_dir = DataDir();
  for (auto _ : state) {
    Result<std::unique_ptr<Pipeline>> pipeline = Pipeline::Create(options);
    if (!pipeline.ok()) {
      state.SkipWithError(pipeline.status().ToString().c_str());
      return;
    }
    benchmark::DoNotOptimize(pipeline.value().get());
  }
  state.counters["peak_rss_MB"] = PeakRssMb();
}
BENCHMARK(BM_PipelineCreate)->Unit(benchmark::kMillisecond);

// The stages of Pipeline::Analyze, in its order, and the JSON output.
enum Stage { kDecode, kLangid, kIngest, kTokenize, kMorph, kTimex, kEntities, kQuotes, kEvents, kJson, kStages };
constexpr std::array<const char*, kStages> kStageNames = {
    "decode", "langid", "ingest", "tokenize", "morph", "timex", "entities", "quotes", "events", "json"};

struct Stages {
  std::unique_ptr<LanguageIdentifier> langid;
  std::unique_ptr<DispatchParser> parser;
  std::unique_ptr<Tokenizer> tokenizer;
  std::unique_ptr<Morphology> morphology;
  std::unique_ptr<TimexTagger> timex;
  std::unique_ptr<EntityRecognizer> entities;
  std::unique_ptr<QuoteExtractor> quotes;
  std::unique_ptr<EventCoder> events;
};

template <typename T>
bool Take(Result<std::unique_ptr<T>> r, std::unique_ptr<T>* out, std::string* error) {
  if (!r.ok()) {
    *error = r.status().ToString();
    return false;
  }
  *out = std::move(r).value();
  return true;
}

void BM_PipelineStages(benchmark::State& state) {
  const Corpus& c = LoadCorpus();
  std::string dir = DataDir(), error;
  Stages s;
  if (!Take(LanguageIdentifier::Create(dir), &s.langid, &error) ||
      !Take(DispatchParser::Create(dir), &s.parser, &error) || !Take(Tokenizer::Create(dir), &s.tokenizer, &error) ||
      !Take(Morphology::Create(dir), &s.morphology, &error) || !Take(TimexTagger::Create(dir), &s.timex, &error) ||
      !Take(EntityRecognizer::Create(dir), &s.entities, &error) ||
      !Take(QuoteExtractor::Create(dir), &s.quotes, &error) || !Take(EventCoder::Create(dir), &s.events, &error)) {
    state.SkipWithError(error.c_str());
    return;
  }
  using Clock = std::chrono::steady_clock;
  std::array<double, kStages> ns{};
  Document doc;
  DocumentJsonOptions json;
  IngestOptions ingest;
  std::string out;
  for (auto _ : state) {
    for (const InputRecord& r : c.records) {
      Clock::time_point t0 = Clock::now(), t1;
      auto lap = [&](Stage stage) {
        t1 = Clock::now();
        ns[stage] += static_cast<double>(std::chrono::duration_cast<std::chrono::nanoseconds>(t1 - t0).count());
        t0 = t1;
      };
      doc.Clear();
      doc.id = r.id;
      doc.text = r.text;
      if (std::memchr(doc.text.data(), '\0', doc.text.size()) != nullptr || !doc.decoded.Decode(doc.text).ok()) {
        continue;
      }
      lap(kDecode);
      doc.lang = ParseLanguage(r.lang);
      if (doc.lang == Language::kUnknown) doc.lang = s.langid->Identify(doc.decoded, Span{0, doc.decoded.size()}).lang;
      lap(kLangid);
      doc.meta.url = r.url;
      if (!s.parser->Parse(ingest, r, &doc).ok()) continue;
      lap(kIngest);
      const DocumentMeta& m = doc.meta;
      if (!m.headline_span.empty() && m.headline_span.end <= m.body.start) {
        s.tokenizer->Tokenize(m.headline_span, &doc);
      }
      s.tokenizer->Tokenize(m.body, &doc);
      lap(kTokenize);
      s.morphology->Analyze(&doc);
      lap(kMorph);
      s.timex->Tag(&doc);
      lap(kTimex);
      s.entities->Recognize(&doc);
      lap(kEntities);
      s.quotes->Extract(&doc);
      lap(kQuotes);
      s.events->Code(&doc);
      lap(kEvents);
      out.clear();
      AppendDocumentJson(doc, json, &out);
      benchmark::DoNotOptimize(out.data());
      lap(kJson);
    }
  }
  double total = 0;
  for (double v : ns) total += v;
  double bytes = static_cast<double>(state.iterations()) * static_cast<double>(c.bytes);
  for (int i = 0; i < kStages; ++i) {
    std::string name = kStageNames[i];
    state.counters["stage_" + name + "_pct"] = total > 0 ? 100.0 * ns[i] / total : 0;
    // The stage alone, in MB/s of input text (its own time only).
    state.counters["stage_" + name + "_MBps"] = ns[i] > 0 ? bytes / ns[i] * 1e3 : 0;
  }
  SetCorpusCounters(state, c);
  state.SetLabel("langid runs only for records without lang");
}
BENCHMARK(BM_PipelineStages)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace chancery::bench

BENCHMARK_MAIN();

#include "analysed_corpus.h"

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <utility>

#include "ingest/record.h"

namespace chancery::bench {
namespace {

void AddRecord(InputRecord record, const Pipeline& pipeline, AnalysedCorpus* c) {
  auto doc = std::make_unique<Document>();
  if (!pipeline.Analyze(std::move(record), doc.get()).ok()) return;
  c->bytes += doc->text.size();
  c->docs.push_back(std::move(doc));
}

void AddJsonl(const std::string& path, const char* lang, const Pipeline& pipeline, AnalysedCorpus* c) {
  std::ifstream in(path);
  JsonRecordReader reader;
  for (std::string line; std::getline(in, line);) {
    InputRecord r;
    if (!reader.Parse(line, &r).ok()) continue;
    if (r.lang.empty()) r.lang = lang;
    AddRecord(std::move(r), pipeline, c);
  }
}

}  // namespace

AnalysedCorpus LoadAnalysedCorpus(const std::string& news_dir, const Pipeline& pipeline,
                                  const std::string& synthetic_paragraph) {
  AnalysedCorpus c;
  std::string dir = news_dir;
  if (dir.empty()) {
    const char* shared = std::getenv("CHANCERY_SHARED");
    if (shared != nullptr) dir = std::string(shared) + "/data/news";
  }
  if (!dir.empty()) {
    AddJsonl(dir + "/fr.jsonl", "fr", pipeline, &c);
    AddJsonl(dir + "/en.jsonl", "en", pipeline, &c);
    c.source = dir;
  }
  if (c.docs.empty()) {
    InputRecord r;
    r.id = "synthetic";
    while (r.text.size() < (1u << 18)) r.text += synthetic_paragraph;
    r.lang = "fr";
    AddRecord(std::move(r), pipeline, &c);
    c.source = "synthetic";
  }
  return c;
}

int RunStageBenchmark(int argc, char** argv, const char* name, const char* items, const std::string& default_data,
                      const std::string& synthetic_paragraph,
                      const std::function<StageRun(const std::string& data_dir)>& make_stage) {
  benchmark::Initialize(&argc, argv);
  const char* env = std::getenv("CHANCERY_DATA");
  std::string data = env != nullptr ? env : default_data;
  ExtractOptions options;
  options.data_dir = data;
  auto pipeline = Pipeline::Create(options);
  StageRun stage = pipeline.ok() ? make_stage(data) : StageRun();
  // Owned by the registered benchmark, which outlives RunSpecifiedBenchmarks().
  auto corpus = std::make_shared<AnalysedCorpus>();
  if (stage) {
    *corpus = LoadAnalysedCorpus(argc > 1 ? argv[1] : "", *pipeline.value(), synthetic_paragraph);
  } else {
    std::fprintf(stderr, "%s: lexicons missing in %s\n", argv[0], data.c_str());
  }
  std::string counter = items;
  benchmark::RegisterBenchmark(name, [stage, corpus, counter](benchmark::State& state) {
    if (!stage) {
      state.SkipWithError("lexicons not found (set CHANCERY_DATA)");
      return;
    }
    size_t produced = 0;
    for (auto _ : state) {
      produced = 0;
      for (const auto& doc : corpus->docs) {
        produced += stage(doc.get());
        benchmark::DoNotOptimize(doc.get());
      }
    }
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * corpus->bytes));
    state.counters[counter] = static_cast<double>(produced);
    state.SetLabel(corpus->source);
  });
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}

}  // namespace chancery::bench

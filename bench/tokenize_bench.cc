// Tokenizer throughput over the news corpus, in bytes of input text per second, with
// the text already decoded (in the pipeline decoding is its own step).
//
// Corpus: the JSON Lines files fr.jsonl and en.jsonl ("text" and "lang" of each line)
// in the directory given as the first non-benchmark argument, else in
// $CHANCERY_SHARED/data/news; when neither exists, a synthetic bilingual wire text.
// Lexicons: $CHANCERY_DATA, else the build's data directory.
//
//   tokenize_bench [--benchmark_...] [NEWS_DIR]
#include <benchmark/benchmark.h>
#include <simdjson.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "document/document.h"
#include "tokenize/tokenizer.h"

namespace chancery::bench {
namespace {

struct Prepared {
  std::vector<std::unique_ptr<Document>> docs;
  size_t bytes = 0;
  std::string source;
};

// Set by main() before the benchmarks run; read-only afterwards.
Prepared* g_prepared = nullptr;
const Tokenizer* g_tokenizer = nullptr;

void AddDocument(std::string text, Language lang, Prepared* p) {
  auto doc = std::make_unique<Document>();
  doc->text = std::move(text);
  doc->lang = lang;
  if (!doc->decoded.Decode(doc->text).ok()) return;
  p->bytes += doc->text.size();
  p->docs.push_back(std::move(doc));
}

void AddJsonl(const std::string& path, Language lang, Prepared* p) {
  std::ifstream in(path);
  simdjson::dom::parser parser;
  for (std::string line; std::getline(in, line);) {
    simdjson::dom::element root;
    std::string_view text;
    if (parser.parse(line).get(root) != simdjson::SUCCESS) continue;
    if (root["text"].get(text) != simdjson::SUCCESS) continue;
    AddDocument(std::string(text), lang, p);
  }
}

std::string SyntheticText() {
  std::string text;
  while (text.size() < (4u << 20)) {
    text +=
        "MOSCOU, 26 février (Reuters) - M. Lavrov a-t-il dit qu'aujourd'hui 1 000 "
        "diplomates « reviendront » à Saint-Pétersbourg le 26/02/2025 à 15h16 ? Oui, "
        "a précisé le porte-parole, l'ambassade rouvrira jusqu'à nouvel ordre.\n\n"
        "WASHINGTON (Reuters) - Mr. Putin's envoy didn't meet U.S. officials; the "
        "U.S.-led talks cost $1,000.5 million, e.g. in Jan. 2025... See "
        "https://example.org/x. The talks will resume on Thursday, officials said.\n\n";
  }
  return text;
}

Prepared* Prepare(const std::string& dir_arg) {
  auto* p = new Prepared();  // bench process only; never freed
  std::string dir = dir_arg;
  if (dir.empty()) {
    const char* shared = std::getenv("CHANCERY_SHARED");
    if (shared != nullptr) dir = std::string(shared) + "/data/news";
  }
  if (!dir.empty()) {
    AddJsonl(dir + "/fr.jsonl", Language::kFrench, p);
    AddJsonl(dir + "/en.jsonl", Language::kEnglish, p);
    p->source = dir;
  }
  if (p->docs.empty()) {
    AddDocument(SyntheticText(), Language::kUnknown, p);
    p->source = "synthetic";
  }
  return p;
}

void BM_Tokenize(benchmark::State& state) {
  if (g_tokenizer == nullptr) {
    state.SkipWithError("tokenize lexicons not found (set CHANCERY_DATA)");
    return;
  }
  for (auto _ : state) {
    for (const auto& doc : g_prepared->docs) {
      doc->tokens.clear();
      doc->sentences.clear();
      doc->paragraphs.clear();
      g_tokenizer->Tokenize(Span{0, doc->decoded.size()}, doc.get());
      benchmark::DoNotOptimize(doc->tokens.data());
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * g_prepared->bytes));
  state.SetLabel(g_prepared->source);
}
BENCHMARK(BM_Tokenize);

}  // namespace
}  // namespace chancery::bench

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  const char* data = std::getenv("CHANCERY_DATA");
  chancery::Result<std::unique_ptr<chancery::Tokenizer>> tokenizer =
      chancery::Tokenizer::Create(data != nullptr ? data : CHANCERY_DEFAULT_DATA);
  if (tokenizer.ok()) {
    chancery::bench::g_tokenizer = std::move(tokenizer).value().release();
  } else {
    std::fprintf(stderr, "tokenize_bench: %s\n", tokenizer.status().ToString().c_str());
  }
  chancery::bench::g_prepared = chancery::bench::Prepare(argc > 1 ? argv[1] : "");
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}

// Entities stage throughput over the news corpus, in bytes of input text per second:
// documents are tokenized and analysed by morph once, outside the timed loop; the loop
// runs EntityRecognizer::Recognize only.
//
// Corpus: fr.jsonl and en.jsonl of the directory given as the first non-benchmark
// argument, else $CHANCERY_SHARED/data/news; a synthetic bilingual wire text otherwise.
// Lexicons: $CHANCERY_DATA, else the build's data directory.
//
//   entities_bench [--benchmark_...] [NEWS_DIR]
#include <benchmark/benchmark.h>
#include <simdjson.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "document/document.h"
#include "entities/entity_recognizer.h"
#include "morph/morphology.h"
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
const EntityRecognizer* g_recognizer = nullptr;

void AddDocument(std::string text, Language lang, const Tokenizer& tok, const Morphology& morph,
                 Prepared* p) {
  auto doc = std::make_unique<Document>();
  doc->text = std::move(text);
  doc->lang = lang;
  doc->meta.published = "2025-02-26T12:00:00+01:00";
  if (!doc->decoded.Decode(doc->text).ok()) return;
  doc->meta.body = Span{0, doc->decoded.size()};
  tok.Tokenize(doc->meta.body, doc.get());
  morph.Analyze(doc.get());
  p->bytes += doc->text.size();
  p->docs.push_back(std::move(doc));
}

void AddJsonl(const std::string& path, Language lang, const Tokenizer& tok, const Morphology& morph,
              Prepared* p) {
  std::ifstream in(path);
  simdjson::dom::parser parser;
  for (std::string line; std::getline(in, line);) {
    simdjson::dom::element root;
    std::string_view text;
    if (parser.parse(line).get(root) != simdjson::SUCCESS) continue;
    if (root["text"].get(text) != simdjson::SUCCESS) continue;
    AddDocument(std::string(text), lang, tok, morph, p);
  }
}

std::string SyntheticText() {
  std::string text;
  while (text.size() < (1u << 20)) {
    text +=
        "Le ministre russe des Affaires étrangères Sergueï Lavrov a déclaré mercredi que "
        "Moscou serait prêt à discuter avec Washington à Istanbul. Le porte-parole du Kremlin, "
        "Dmitri Peskov, a ajouté que Donald Trump et Vladimir Poutine se parleraient.\n\n"
        "U.S. Secretary of State Marco Rubio told the UN Security Council in New York that "
        "NATO and the EU backed Ukraine, Mr. Zelenskiy's office in Kyiv said.\n\n";
  }
  return text;
}

Prepared* Prepare(const std::string& dir_arg, const Tokenizer& tok, const Morphology& morph) {
  auto* p = new Prepared();  // bench process only; never freed
  std::string dir = dir_arg;
  if (dir.empty()) {
    const char* shared = std::getenv("CHANCERY_SHARED");
    if (shared != nullptr) dir = std::string(shared) + "/data/news";
  }
  if (!dir.empty()) {
    AddJsonl(dir + "/fr.jsonl", Language::kFrench, tok, morph, p);
    AddJsonl(dir + "/en.jsonl", Language::kEnglish, tok, morph, p);
    p->source = dir;
  }
  if (p->docs.empty()) {
    AddDocument(SyntheticText(), Language::kFrench, tok, morph, p);
    p->source = "synthetic";
  }
  return p;
}

void BM_Entities(benchmark::State& state) {
  if (g_recognizer == nullptr || g_prepared == nullptr) {
    state.SkipWithError("entities lexicons not found (set CHANCERY_DATA)");
    return;
  }
  for (auto _ : state) {
    for (const auto& doc : g_prepared->docs) {
      g_recognizer->Recognize(doc.get());
      benchmark::DoNotOptimize(doc->entities.data());
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * g_prepared->bytes));
  state.SetLabel(g_prepared->source);
}
BENCHMARK(BM_Entities);

}  // namespace
}  // namespace chancery::bench

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  const char* env = std::getenv("CHANCERY_DATA");
  std::string data = env != nullptr ? env : CHANCERY_DEFAULT_DATA;
  auto tok = chancery::Tokenizer::Create(data);
  auto morph = chancery::Morphology::Create(data);
  auto rec = chancery::EntityRecognizer::Create(data);
  if (tok.ok() && morph.ok() && rec.ok()) {
    chancery::bench::g_recognizer = std::move(rec).value().release();
    chancery::bench::g_prepared =
        chancery::bench::Prepare(argc > 1 ? argv[1] : "", *tok.value(), *morph.value());
  } else {
    std::fprintf(stderr, "entities_bench: lexicons missing in %s\n", data.c_str());
  }
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}

// Quotes stage throughput over the news corpus, in bytes of input text per second: every
// document is analysed once by the whole pipeline (ingest, tokenize, morph, timex,
// entities) outside the timed loop; the loop runs QuoteExtractor::Extract only.
//
// Corpus: fr.jsonl and en.jsonl of the directory given as the first non-benchmark
// argument, else $CHANCERY_SHARED/data/news; a synthetic French wire text otherwise.
// Lexicons: $CHANCERY_DATA, else the build's data directory.
//
//   quotes_bench [--benchmark_...] [NEWS_DIR]
#include <memory>
#include <string>

#include "analysed_corpus.h"
#include "quotes/quote_extractor.h"

namespace {

// The synthetic fallback when no news corpus is found.
constexpr char kSyntheticParagraph[] =
    "Les ministres se retrouveront lundi à Genève, a déclaré mardi le chef de la diplomatie "
    "norvégienne Espen Barth Eide. « Nos équipes se parleront », a-t-il dit. La porte-parole "
    "du gouvernement, Marie Dupont, a ajouté que rien n'était décidé. Selon elle, les deux "
    "capitales ont déclaré vouloir étudier des projets communs.\n\n";

}  // namespace

int main(int argc, char** argv) {
  return chancery::bench::RunStageBenchmark(
      argc, argv, "BM_Quotes", "quotes", CHANCERY_DEFAULT_DATA, kSyntheticParagraph,
      [](const std::string& data) -> chancery::bench::StageRun {
        auto extractor = chancery::QuoteExtractor::Create(data);
        if (!extractor.ok()) return {};
        std::shared_ptr<const chancery::QuoteExtractor> x = std::move(extractor).value();
        return [x](chancery::Document* doc) {
          x->Extract(doc);
          return doc->quotes.size();
        };
      });
}

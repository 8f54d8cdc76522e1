// Events stage throughput over the news corpus, in bytes of input text per second: every
// document is analysed once by the whole pipeline (every stage up to quotes) outside the
// timed loop; the loop runs EventCoder::Code only.
//
// Corpus: fr.jsonl and en.jsonl of the directory given as the first non-benchmark
// argument, else $CHANCERY_SHARED/data/news; a synthetic French wire text otherwise.
// Lexicons: $CHANCERY_DATA, else the build's data directory.
//
//   events_bench [--benchmark_...] [NEWS_DIR]
#include <memory>
#include <string>

#include "analysed_corpus.h"
#include "events/event_coder.h"

namespace {

// The synthetic fallback when no news corpus is found.
constexpr char kSyntheticParagraph[] =
    "Les délégations chinoise et japonaise se rencontreront lundi à Genève, a annoncé le "
    "ministère. L'armée syrienne a bombardé des positions rebelles. La France a condamné "
    "les frappes et appelé l'Iran à la retenue. Berlin s'est dit prêt à livrer des chars à "
    "l'Ukraine, a indiqué le porte-parole du gouvernement allemand.\n\n";

}  // namespace

int main(int argc, char** argv) {
  return chancery::bench::RunStageBenchmark(
      argc, argv, "BM_Events", "events", CHANCERY_DEFAULT_DATA, kSyntheticParagraph,
      [](const std::string& data) -> chancery::bench::StageRun {
        auto coder = chancery::EventCoder::Create(data);
        if (!coder.ok()) return {};
        std::shared_ptr<const chancery::EventCoder> c = std::move(coder).value();
        return [c](chancery::Document* doc) {
          c->Code(doc);
          return doc->events.size();
        };
      });
}

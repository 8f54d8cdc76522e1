#include "analysed_corpus.h"

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

}  // namespace chancery::bench

#include "bench_corpus.h"

#include <dirent.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

namespace chancery::bench {

namespace {

std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void AddJsonl(const std::string& path, Corpus* c) {
  std::ifstream in(path);
  JsonRecordReader reader;
  for (std::string line; std::getline(in, line);) {
    InputRecord r;
    if (reader.Parse(line, &r).ok()) {
      c->bytes += r.text.size();
      c->records.push_back(std::move(r));
    }
  }
}

Corpus Build() {
  Corpus c;
  const char* env = std::getenv("CHANCERY_SHARED");
  std::string shared = env != nullptr ? env : CHANCERY_DEFAULT_SHARED;
  for (const char* f : {"/data/news/fr.jsonl", "/data/news/en.jsonl"}) AddJsonl(shared + f, &c);
  if (!c.records.empty()) {
    c.source = shared + "/data/news";
    return c;
  }
  std::string dir = std::string(CHANCERY_DEFAULT_SOURCE) + "/examples";
  if (DIR* d = opendir(dir.c_str())) {
    while (dirent* e = readdir(d)) {
      std::string name = e->d_name;
      if (name.size() > 4 && name.substr(name.size() - 4) == ".txt") {
        InputRecord r;
        r.id = name;
        r.text = Slurp(dir + "/" + name);
        c.bytes += r.text.size();
        c.records.push_back(std::move(r));
      }
    }
    closedir(d);
  }
  c.source = dir;
  return c;
}

}  // namespace

const Corpus& LoadCorpus() {
  static const Corpus* corpus = new Corpus(Build());  // bench process only; never freed
  return *corpus;
}

}  // namespace chancery::bench

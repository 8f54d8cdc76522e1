#include "shared_articles.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace chancery::eval {

std::map<std::string, InputRecord> LoadSharedArticles(const std::string& shared) {
  std::map<std::string, InputRecord> out;
  JsonRecordReader reader;
  for (const char* f : {"/data/news/fr.jsonl", "/data/news/en.jsonl"}) {
    std::ifstream in(shared + f);
    for (std::string line; std::getline(in, line);) {
      InputRecord r;
      if (reader.Parse(line, &r).ok()) out[r.id] = r;
    }
  }
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(shared + "/seed", ec)) {
    if (entry.path().extension() != ".txt") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    InputRecord r;
    r.id = entry.path().stem().string();
    r.text = ss.str();
    out[r.id] = r;
  }
  return out;
}

}  // namespace chancery::eval

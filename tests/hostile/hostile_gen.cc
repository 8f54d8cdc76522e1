// Writes the hostile corpus to a directory: <name>.txt / <name>.jsonl per document,
// and with --huge also huge_100mb.txt. Test-only.
#include <cstdio>
#include <fstream>
#include <string>

#include "hostile/hostile_corpus.h"

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: hostile_gen DIR [--huge]\n");
    return 2;
  }
  std::string dir = argv[1];
  for (const chancery::hostile::HostileDoc& d : chancery::hostile::GenerateCorpus()) {
    std::ofstream out(dir + "/" + d.name + (d.jsonl ? ".jsonl" : ".txt"), std::ios::binary);
    out << d.content;
    if (!out) {
      std::fprintf(stderr, "hostile_gen: cannot write %s/%s\n", dir.c_str(), d.name.c_str());
      return 1;
    }
  }
  if (argc > 2 && std::string(argv[2]) == "--huge" &&
      !chancery::hostile::WriteHugeDocument(dir + "/huge_100mb.txt", size_t{100} << 20)) {
    std::fprintf(stderr, "hostile_gen: cannot write %s/huge_100mb.txt\n", dir.c_str());
    return 1;
  }
  return 0;
}

// The hostile corpus: documents built to break a text pipeline (invalid and overlong
// UTF-8, NUL bytes, endless lines, quotes, capitals, numbers and sentence ends,
// right-to-left and combining characters, emoji, controls, markup, broken JSON Lines).
// Test-only. Every document is generated deterministically by code (a fixed-seed
// generator, no clock, no randomness from the system), so a failure reproduces exactly;
// the hand-written documents of tests/hostile/corpus/ are read beside them.
#ifndef CHANCERY_TESTS_HOSTILE_HOSTILE_CORPUS_H_
#define CHANCERY_TESTS_HOSTILE_HOSTILE_CORPUS_H_

#include <string>
#include <vector>

namespace chancery::hostile {

// What the engine must make of a document.
enum class Expect {
  kError,   // a per-document error (invalid UTF-8, NUL bytes, empty, ...)
  kResult,  // an analysed document
  kEither,  // a result or a clear error, either is acceptable
};

struct HostileDoc {
  std::string name;     // file-name safe, unique: "<kind>_<what>"
  std::string kind;     // the family it belongs to ("utf8", "quotes", ...)
  std::string content;  // the bytes given to `chancery extract`
  Expect expect = Expect::kEither;
  bool jsonl = false;   // content is a JSON Lines file (run with --jsonl)
};

// Every generated plain-text and JSON Lines document (each at most a few MB; the
// 100 MB document is made apart by HugeDocument()).
std::vector<HostileDoc> GenerateCorpus();

// The files of `dir` (tests/hostile/corpus): *.txt are plain dispatches (kEither),
// *.jsonl JSON Lines files.
std::vector<HostileDoc> ReadHandWritten(const std::string& dir);

// Writes a document of `bytes` bytes of plausible French and English news text to
// `path` (streamed; never held whole in memory). Returns false on a write error.
bool WriteHugeDocument(const std::string& path, size_t bytes);

}  // namespace chancery::hostile

#endif  // CHANCERY_TESTS_HOSTILE_HOSTILE_CORPUS_H_

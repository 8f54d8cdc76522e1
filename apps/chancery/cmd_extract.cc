// `chancery extract`: options -> ExtractOptions and BatchOptions, then RunBatch,
// printing each output line as it comes and each failure as one stderr line.
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <string>

#include "args.h"
#include "commands.h"
#include "pipeline/batch.h"
#include "pipeline/pipeline.h"

namespace chancery::cli {

namespace {

constexpr char kHelp[] =
    "usage: chancery extract [options] [FILE...]\n"
    "\n"
    "Analyses dispatches and prints one JSON document per input, one per line, in input\n"
    "order. FILE is a plain-text dispatch (its id is the file name without extension),\n"
    "or with --jsonl a JSON Lines file of records {\"id\", \"text\", \"lang\"?, \"published\"?,\n"
    "\"provider\"?, \"url\"?}. No FILE or '-' reads standard input.\n"
    "\n"
    "options:\n"
    "  --jsonl          inputs are JSON Lines records\n"
    "  --lang fr|en     language of every input (default: the record's, else detected)\n"
    "  --tz ZONE        IANA zone for times printed without an offset\n"
    "                   (default: Europe/Paris for French dispatches, UTC otherwise)\n"
    "  --ref TIME       reference time (ISO 8601) for dispatches that carry no date\n"
    "  --threads N      worker threads (default: all cores)\n"
    "  --max-bytes N    refuse documents larger than N bytes (default: 8388608)\n"
    "  --data DIR       directory of the compiled lexicons (default: beside the program)\n"
    "  --tokens         also print tokens with lemma, part of speech and tense\n"
    "  --help           this text\n"
    "\n"
    "Exit status: 0 all inputs analysed, 1 some failed (each named on stderr, the rest\n"
    "printed), 2 usage error.\n";

bool ParseCount(const std::string& s, long long min, long long* out) {
  if (s.empty()) return false;
  char* end = nullptr;
  long long v = std::strtoll(s.c_str(), &end, 10);
  if (*end != '\0' || v < min) return false;
  *out = v;
  return true;
}

int UsageError(const std::string& message) {
  std::fprintf(stderr, "chancery: extract: %s (see 'chancery extract --help')\n", message.c_str());
  return 2;
}

}  // namespace

int RunExtract(const std::vector<std::string>& args) {
  ParsedArgs a = ParseArgs(args, {"--lang", "--tz", "--ref", "--threads", "--max-bytes", "--data"},
                           {"--jsonl", "--tokens", "--help", "-h"});
  if (!a.error.empty()) return UsageError(a.error);
  if (a.flags.count("--help") || a.flags.count("-h")) {
    std::fputs(kHelp, stdout);
    return 0;
  }
  ExtractOptions options;
  BatchOptions batch;
  batch.jsonl = a.flags.count("--jsonl") != 0;
  batch.json.tokens = a.flags.count("--tokens") != 0;
  if (auto it = a.values.find("--lang"); it != a.values.end()) {
    options.lang = ParseLanguage(it->second);
    if (options.lang == Language::kUnknown) return UsageError("unsupported language '" + it->second + "'");
  }
  if (auto it = a.values.find("--tz"); it != a.values.end()) options.tz = it->second;
  if (auto it = a.values.find("--ref"); it != a.values.end()) options.reference_time = it->second;
  if (auto it = a.values.find("--data"); it != a.values.end()) options.data_dir = it->second;
  long long n = 0;
  if (auto it = a.values.find("--threads"); it != a.values.end()) {
    if (!ParseCount(it->second, 1, &n) || n > 1024) return UsageError("--threads takes a number from 1 to 1024");
    batch.threads = static_cast<int>(n);
  }
  if (auto it = a.values.find("--max-bytes"); it != a.values.end()) {
    if (!ParseCount(it->second, 1, &n)) return UsageError("--max-bytes takes a positive number");
    options.max_document_bytes = static_cast<size_t>(n);
  }
  std::vector<std::string> inputs = a.positional;
  if (inputs.empty()) inputs.push_back("-");

  Result<std::unique_ptr<Pipeline>> pipeline = Pipeline::Create(options);
  if (!pipeline.ok()) {
    const Status& st = pipeline.status();
    std::fprintf(stderr, "chancery: extract: %s\n", st.message().c_str());
    return st.code() == StatusCode::kInvalidArgument ? 2 : 1;
  }
  std::string buffer;
  BatchSummary summary = RunBatch(*pipeline.value(), batch, inputs, [&](const BatchOutput& out) {
    if (!out.status.ok()) {
      std::fprintf(stderr, "chancery: %s: %s\n", out.input.c_str(), out.status.message().c_str());
    }
    buffer += out.json_line;
    buffer += '\n';
    if (buffer.size() >= (1 << 16)) {
      std::fwrite(buffer.data(), 1, buffer.size(), stdout);
      buffer.clear();
    }
  });
  std::fwrite(buffer.data(), 1, buffer.size(), stdout);
  if (std::fflush(stdout) != 0) {
    std::fprintf(stderr, "chancery: extract: cannot write output\n");
    return 1;
  }
  return summary.failed > 0 ? 1 : 0;
}

}  // namespace chancery::cli

// `chancery extract`: options -> ExtractOptions and BatchOptions, then RunBatch,
// printing each output line in input order and each failure as one stderr line.
#include <cstdio>
#include <string>

#include "analysis_options.h"
#include "args.h"
#include "commands.h"
#include "pipeline/batch.h"
#include "pipeline/pipeline.h"

namespace chancery::cli {

namespace {

constexpr char kHelpHead[] =
    "usage: chancery extract [options] [FILE...]\n"
    "\n"
    "Analyses dispatches and prints one JSON document per input, one per line, in input\n"
    "order. FILE is a plain-text dispatch (its id is the file name without extension),\n"
    "or with --jsonl a JSON Lines file of records {\"id\", \"text\", \"lang\"?, \"published\"?,\n"
    "\"provider\"?, \"url\"?}. No FILE or '-' reads standard input.\n"
    "\n"
    "options:\n"
    "  --jsonl          inputs are JSON Lines records\n"
    "  --tokens         also print tokens with lemma, part of speech and tense\n";

constexpr char kHelpTail[] =
    "  --help           this text\n"
    "\n"
    "Exit status: 0 all inputs analysed, 1 some failed (each named on stderr, the rest\n"
    "printed), 2 usage error.\n";

}  // namespace

int RunExtract(const std::vector<std::string>& args) {
  ParsedArgs a = ParseArgs(args, AnalysisOptionNames(), {"--jsonl", "--tokens", "--help", "-h"});
  if (!a.error.empty()) return UsageError("extract", a.error);
  if (a.flags.count("--help") || a.flags.count("-h")) {
    std::fputs(kHelpHead, stdout);
    std::fputs(kAnalysisOptionsHelp, stdout);
    std::fputs(kHelpTail, stdout);
    return 0;
  }
  ExtractOptions options;
  BatchOptions batch;
  std::string error;
  if (!ReadAnalysisOptions(a, &options, &batch.threads, &error)) return UsageError("extract", error);
  batch.json.tokens = a.flags.count("--tokens") != 0;
  std::vector<std::string> paths = a.positional;
  if (paths.empty()) paths.push_back("-");
  std::vector<BatchInput> inputs;
  for (const std::string& p : paths) inputs.push_back({p, a.flags.count("--jsonl") != 0});

  Result<std::unique_ptr<Pipeline>> pipeline = Pipeline::Create(options);
  if (!pipeline.ok()) {
    const Status& st = pipeline.status();
    std::fprintf(stderr, "chancery: extract: %s\n", st.message().c_str());
    return st.code() == StatusCode::kInvalidArgument ? 2 : 1;
  }
  std::string buffer;
  BatchSummary summary = RunBatch(*pipeline.value(), batch, inputs, [&](std::span<const BatchOutput> chunk) {
    for (const BatchOutput& out : chunk) {
      if (!out.status.ok()) {
        std::fprintf(stderr, "chancery: %s: %s\n", out.input.c_str(), out.status.message().c_str());
      }
      buffer += out.json_line;
      buffer += '\n';
      if (buffer.size() >= (1 << 16)) {
        std::fwrite(buffer.data(), 1, buffer.size(), stdout);
        buffer.clear();
      }
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

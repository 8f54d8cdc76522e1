// `chancery ingest`: analyse dispatches and store them. Inputs (files, folders walked
// recursively in name order, JSON Lines files, or '-') go through RunBatch, one chunk
// per store transaction, so a crash leaves whole batches and a re-run stores exactly
// what is missing.
#include <cstdio>
#include <string>
#include <vector>

#include "analysis_options.h"
#include "args.h"
#include "commands.h"
#include "pipeline/batch.h"
#include "pipeline/pipeline.h"
#include "store/store.h"

namespace chancery::cli {

namespace {

constexpr char kHelp[] =
    "usage: chancery ingest [options] PATH...\n"
    "\n"
    "Analyses dispatches and stores them in a store: a SQLite file (default\n"
    "./chancery.db) or a PostgreSQL database (--db postgresql://...). PATH is a plain-text\n"
    "dispatch (its id is the file name without extension), a folder (walked recursively),\n"
    "a JSON Lines file of records (by its .jsonl extension, or every file with --jsonl),\n"
    "or '-' for standard input. In folders, only .txt, .jsonl and extensionless files are\n"
    "taken. Idempotent: a dispatch already stored (same text) is\n"
    "left unchanged; a new version of a stored story (same provider and headline, e.g.\n"
    "'Actualisé', 'UPDATE 2') supersedes the earlier one, which is kept; a stored text\n"
    "that another engine version, lexicon build or option set analysed is re-analysed in\n"
    "place (its entities, dates, quotes and events replaced).\n"
    "\n"
    "options:\n"
    "  --db URL         store path or postgresql:// URL (default: chancery.db)\n"
    "  --jsonl          every input is JSON Lines records\n"
    "  --batch N        documents per transaction (default: 256)\n";

constexpr char kHelpTail[] =
    "  --help           this text\n"
    "\n"
    "Prints one summary line on stderr: documents read, stored, unchanged, superseded,\n"
    "re-analysed, failed. Exit status: 0 all stored, 1 some failed (each named on stderr), 2 usage error.\n";

struct Counts {
  size_t read = 0, stored = 0, unchanged = 0, superseded = 0, reanalysed = 0, failed = 0;
};

}  // namespace

int RunIngest(const std::vector<std::string>& args) {
  ParsedArgs a = ParseArgs(args, WithAnalysisOptions({"--db", "--batch"}), {"--jsonl", "--help", "-h"});
  if (!a.error.empty()) return UsageError("ingest", a.error);
  if (a.flags.count("--help") || a.flags.count("-h")) {
    std::fputs(kHelp, stdout);
    std::fputs(kAnalysisOptionsHelp, stdout);
    std::fputs(kHelpTail, stdout);
    return 0;
  }
  ExtractOptions options;
  BatchOptions batch;
  batch.json_lines = false;
  batch.chunk_documents = 256;
  std::string error;
  if (!ReadAnalysisOptions(a, &options, &batch.threads, &error)) return UsageError("ingest", error);
  long long n = 0;
  if (auto it = a.values.find("--batch"); it != a.values.end()) {
    if (!ParseCount(it->second, 1, &n) || n > 100000) return UsageError("ingest", "--batch takes a number from 1 to 100000");
    batch.chunk_documents = static_cast<size_t>(n);
  }
  if (a.positional.empty()) return UsageError("ingest", "no input: give files, folders or '-'");
  std::string db = a.values.count("--db") ? a.values["--db"] : "chancery.db";

  Counts counts;
  std::vector<std::string> expand_errors;
  std::vector<BatchInput> inputs =
      ExpandInputs(a.positional, a.flags.count("--jsonl") != 0, /*jsonl_by_extension=*/true, &expand_errors);
  counts.failed = expand_errors.size();
  for (const std::string& e : expand_errors) std::fprintf(stderr, "chancery: %s\n", e.c_str());

  Result<std::unique_ptr<Pipeline>> pipeline = Pipeline::Create(options);
  if (!pipeline.ok()) {
    const Status& st = pipeline.status();
    std::fprintf(stderr, "chancery: ingest: %s\n", st.message().c_str());
    return st.code() == StatusCode::kInvalidArgument ? 2 : 1;
  }
  Result<std::unique_ptr<Store>> store = Store::Open(db);
  if (!store.ok()) {
    std::fprintf(stderr, "chancery: ingest: %s: %s\n", db.c_str(), store.status().message().c_str());
    return 1;
  }

  std::vector<const Document*> good;
  std::vector<PutOutcome> outcomes;
  RunBatch(*pipeline.value(), batch, inputs, [&](std::span<const BatchOutput> chunk) {
    good.clear();
    for (const BatchOutput& out : chunk) {
      ++counts.read;
      if (out.status.ok()) {
        good.push_back(out.document);
      } else {
        ++counts.failed;
        std::fprintf(stderr, "chancery: %s: %s\n", out.input.c_str(), out.status.message().c_str());
      }
    }
    if (good.empty()) return;
    Status st = store.value()->PutBatch(good, &outcomes);
    if (!st.ok()) {
      counts.failed += good.size();
      std::fprintf(stderr, "chancery: ingest: %s: %zu documents not stored: %s\n", db.c_str(), good.size(),
                   st.message().c_str());
      return;
    }
    for (PutOutcome o : outcomes) {
      if (o == PutOutcome::kStored) ++counts.stored;
      if (o == PutOutcome::kUnchanged) ++counts.unchanged;
      if (o == PutOutcome::kSuperseded) ++counts.superseded;
      if (o == PutOutcome::kReanalysed) ++counts.reanalysed;
    }
  });
  std::fprintf(stderr,
               "chancery: ingest: %zu read, %zu stored, %zu unchanged, %zu superseded, %zu re-analysed, "
               "%zu failed\n",
               counts.read, counts.stored, counts.unchanged, counts.superseded, counts.reanalysed, counts.failed);
  return counts.failed > 0 ? 1 : 0;
}

}  // namespace chancery::cli

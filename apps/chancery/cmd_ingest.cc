// `chancery ingest`: analyse dispatches and store them. Inputs (files, folders walked
// recursively in name order, JSON Lines files, or '-') are read in batches; each batch
// is analysed on N threads, one Document per input, and stored in one transaction, so
// a crash leaves whole batches and a re-run stores exactly what is missing.
//
// This runs its own small reader/worker loop rather than RunBatch because RunBatch
// hands back JSON lines, and the store needs the Documents themselves.
#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <system_error>
#include <thread>
#include <vector>

#include "args.h"
#include "base/mapped_file.h"
#include "commands.h"
#include "ingest/record.h"
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
    "'Actualisé', 'UPDATE 2') supersedes the earlier one, which is kept.\n"
    "\n"
    "options:\n"
    "  --db URL         store path or postgresql:// URL (default: chancery.db)\n"
    "  --jsonl          every input is JSON Lines records\n"
    "  --batch N        documents per transaction (default: 256)\n"
    "  --lang fr|en     language of every input (default: the record's, else detected)\n"
    "  --tz ZONE        IANA zone for times printed without an offset\n"
    "  --ref TIME       reference time (ISO 8601) for dispatches that carry no date\n"
    "  --threads N      worker threads (default: all cores)\n"
    "  --max-bytes N    refuse documents larger than N bytes (default: 8388608)\n"
    "  --data DIR       directory of the compiled lexicons (default: beside the program)\n"
    "  --help           this text\n"
    "\n"
    "Prints one summary line on stderr: documents read, stored, unchanged, superseded,\n"
    "failed. Exit status: 0 all stored, 1 some failed (each named on stderr), 2 usage error.\n";

int UsageError(const std::string& message) {
  std::fprintf(stderr, "chancery: ingest: %s (see 'chancery ingest --help')\n", message.c_str());
  return 2;
}

bool ParseCount(const std::string& s, long long min, long long* out) {
  if (s.empty()) return false;
  char* end = nullptr;
  long long v = std::strtoll(s.c_str(), &end, 10);
  if (*end != '\0' || v < min) return false;
  *out = v;
  return true;
}

bool EndsWith(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::string BaseNameWithoutExtension(const std::string& path) {
  size_t slash = path.rfind('/');
  std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
  size_t dot = name.rfind('.');
  if (dot != std::string::npos && dot > 0) name.resize(dot);
  return name;
}

struct Input {
  std::string path;
  bool jsonl = false;
};

// Folders become their dispatch files (.txt, .jsonl or no extension), recursively, in
// name order; hidden entries and other files (README.md, ...) are skipped. Files named
// on the command line are always taken.
void Expand(const std::string& path, bool jsonl, std::vector<Input>* out, std::vector<std::string>* errors) {
  std::error_code ec;
  if (path != "-" && std::filesystem::is_directory(path, ec)) {
    std::vector<std::string> files;
    std::filesystem::recursive_directory_iterator it(path, std::filesystem::directory_options::skip_permission_denied, ec);
    if (ec) {
      errors->push_back(path + ": " + ec.message());
      return;
    }
    for (; it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
      if (ec) break;
      std::string name = it->path().filename().string();
      if (!name.empty() && name[0] == '.') {
        if (it->is_directory(ec)) it.disable_recursion_pending();
        continue;
      }
      std::string ext = it->path().extension().string();
      if (it->is_regular_file(ec) && (ext.empty() || ext == ".txt" || ext == ".jsonl")) {
        files.push_back(it->path().string());
      }
    }
    std::sort(files.begin(), files.end());
    for (std::string& f : files) out->push_back({f, jsonl || EndsWith(f, ".jsonl")});
    return;
  }
  out->push_back({path, jsonl || EndsWith(path, ".jsonl")});
}

// One unit of work: a dispatch's raw text or a JSON line.
struct Item {
  std::string input;  // for messages: path or path:line
  std::string id;
  std::string payload;
  bool json = false;
  Status read_error;
};

Result<std::string> ReadInput(const std::string& path) {
  if (path != "-") return ReadFileToString(path);
  std::string out;
  char buf[1 << 16];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, stdin)) > 0) out.append(buf, n);
  if (std::ferror(stdin)) return Status::IOError("cannot read standard input");
  return out;
}

// Yields items of all inputs in order, a batch at a time.
class ItemSource {
 public:
  explicit ItemSource(const std::vector<Input>& inputs) : inputs_(inputs) {}

  bool Next(size_t max, std::vector<Item>* batch) {
    batch->clear();
    while (batch->size() < max) {
      if (pos_ >= content_.size()) {
        if (next_ >= inputs_.size()) break;
        const Input& in = inputs_[next_++];
        path_ = in.path == "-" ? "stdin" : in.path;
        Result<std::string> content = ReadInput(in.path);
        content_.clear();
        pos_ = 0;
        line_ = 0;
        if (!content.ok() || !in.jsonl) {
          Item item;
          item.input = path_;
          item.id = in.path == "-" ? "stdin" : BaseNameWithoutExtension(in.path);
          if (content.ok()) {
            item.payload = std::move(content).value();
          } else {
            item.read_error = content.status();
          }
          batch->push_back(std::move(item));
          continue;
        }
        content_ = std::move(content).value();
        continue;
      }
      size_t nl = content_.find('\n', pos_);
      size_t end = nl == std::string::npos ? content_.size() : nl;
      std::string_view line(content_.data() + pos_, end - pos_);
      pos_ = nl == std::string::npos ? content_.size() : nl + 1;
      ++line_;
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      if (line.find_first_not_of(" \t") == std::string_view::npos) continue;
      Item item;
      item.input = path_ + ":" + std::to_string(line_);
      item.id = BaseNameWithoutExtension(path_) + ":" + std::to_string(line_);
      item.payload.assign(line);
      item.json = true;
      batch->push_back(std::move(item));
    }
    return !batch->empty();
  }

 private:
  const std::vector<Input>& inputs_;
  size_t next_ = 0;
  std::string path_;
  std::string content_;
  size_t pos_ = 0;
  size_t line_ = 0;
};

struct Worker {
  JsonRecordReader json;
  InputRecord record;
};

}  // namespace

int RunIngest(const std::vector<std::string>& args) {
  ParsedArgs a = ParseArgs(args, {"--db", "--batch", "--lang", "--tz", "--ref", "--threads", "--max-bytes", "--data"},
                           {"--jsonl", "--help", "-h"});
  if (!a.error.empty()) return UsageError(a.error);
  if (a.flags.count("--help") || a.flags.count("-h")) {
    std::fputs(kHelp, stdout);
    return 0;
  }
  ExtractOptions options;
  if (auto it = a.values.find("--lang"); it != a.values.end()) {
    options.lang = ParseLanguage(it->second);
    if (options.lang == Language::kUnknown) return UsageError("unsupported language '" + it->second + "'");
  }
  if (auto it = a.values.find("--tz"); it != a.values.end()) options.tz = it->second;
  if (auto it = a.values.find("--ref"); it != a.values.end()) options.reference_time = it->second;
  if (auto it = a.values.find("--data"); it != a.values.end()) options.data_dir = it->second;
  long long n = 0;
  unsigned threads = std::max(1u, std::thread::hardware_concurrency());
  if (auto it = a.values.find("--threads"); it != a.values.end()) {
    if (!ParseCount(it->second, 1, &n) || n > 1024) return UsageError("--threads takes a number from 1 to 1024");
    threads = static_cast<unsigned>(n);
  }
  if (auto it = a.values.find("--max-bytes"); it != a.values.end()) {
    if (!ParseCount(it->second, 1, &n)) return UsageError("--max-bytes takes a positive number");
    options.max_document_bytes = static_cast<size_t>(n);
  }
  size_t batch_size = 256;
  if (auto it = a.values.find("--batch"); it != a.values.end()) {
    if (!ParseCount(it->second, 1, &n) || n > 100000) return UsageError("--batch takes a number from 1 to 100000");
    batch_size = static_cast<size_t>(n);
  }
  if (a.positional.empty()) return UsageError("no input: give files, folders or '-'");
  std::string db = a.values.count("--db") ? a.values["--db"] : "chancery.db";

  std::vector<Input> inputs;
  std::vector<std::string> expand_errors;
  for (const std::string& p : a.positional) Expand(p, a.flags.count("--jsonl") != 0, &inputs, &expand_errors);

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

  size_t read = 0, stored = 0, unchanged = 0, superseded = 0, failed = expand_errors.size();
  for (const std::string& e : expand_errors) std::fprintf(stderr, "chancery: %s\n", e.c_str());
  std::vector<std::unique_ptr<Worker>> workers;
  for (unsigned i = 0; i < threads; ++i) workers.push_back(std::make_unique<Worker>());
  std::vector<std::unique_ptr<Document>> docs;
  std::vector<Status> statuses;
  std::vector<Item> batch;
  std::vector<const Document*> good;
  std::vector<PutOutcome> outcomes;
  ItemSource source(inputs);
  while (source.Next(batch_size, &batch)) {
    while (docs.size() < batch.size()) docs.push_back(std::make_unique<Document>());
    statuses.assign(batch.size(), Status());
    std::atomic<size_t> next{0};
    auto work = [&](Worker& w) {
      for (size_t i; (i = next.fetch_add(1)) < batch.size();) {
        Item& item = batch[i];
        Status st = item.read_error;
        docs[i]->Clear();
        docs[i]->id = item.id;
        if (st.ok()) {
          w.record = InputRecord();
          w.record.id = item.id;
          if (item.json) {
            st = w.json.Parse(item.payload, &w.record);
          } else {
            w.record.text = std::move(item.payload);
          }
        }
        if (st.ok()) st = pipeline.value()->Analyze(std::move(w.record), docs[i].get());
        statuses[i] = st;
        item.payload = std::string();
      }
    };
    unsigned helpers = static_cast<unsigned>(std::min<size_t>(threads, batch.size())) - 1;
    std::vector<std::thread> pool;
    for (unsigned t = 0; t < helpers; ++t) pool.emplace_back(work, std::ref(*workers[t + 1]));
    work(*workers[0]);
    for (std::thread& t : pool) t.join();

    good.clear();
    for (size_t i = 0; i < batch.size(); ++i) {
      ++read;
      if (statuses[i].ok()) {
        good.push_back(docs[i].get());
      } else {
        ++failed;
        std::fprintf(stderr, "chancery: %s: %s\n", batch[i].input.c_str(), statuses[i].message().c_str());
      }
    }
    if (good.empty()) continue;
    Status st = store.value()->PutBatch(good, &outcomes);
    if (!st.ok()) {
      failed += good.size();
      std::fprintf(stderr, "chancery: ingest: %s: %zu documents not stored: %s\n", db.c_str(), good.size(),
                   st.message().c_str());
      continue;
    }
    for (PutOutcome o : outcomes) {
      if (o == PutOutcome::kStored) ++stored;
      if (o == PutOutcome::kUnchanged) ++unchanged;
      if (o == PutOutcome::kSuperseded) ++superseded;
    }
  }
  std::fprintf(stderr, "chancery: ingest: %zu read, %zu stored, %zu unchanged, %zu superseded, %zu failed\n",
               read, stored, unchanged, superseded, failed);
  return failed > 0 ? 1 : 0;
}

}  // namespace chancery::cli

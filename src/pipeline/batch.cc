// Chunked, ordered parallelism: the calling thread reads a chunk of inputs, the workers
// (the caller among them) take documents from it by an atomic counter, each analysing
// into the chunk slot's own Document, and the caller then hands the chunk to the sink.
// Documents and output strings are kept between chunks and reused, so the steady state
// allocates only when a document is bigger than any before it. Reading the next chunk
// does not overlap with analysis; at news sizes analysis dominates.
#include "pipeline/batch.h"

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <system_error>
#include <thread>

#include "base/mapped_file.h"

namespace chancery {

namespace {

constexpr size_t kChunkBytes = size_t{32} << 20;

struct Item {
  std::string input;  // for messages
  std::string id;
  std::string payload;
  bool json = false;
  Status read_error;
};

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

std::string BaseNameWithoutExtension(const std::string& path) {
  size_t slash = path.rfind('/');
  std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
  size_t dot = name.rfind('.');
  if (dot != std::string::npos && dot > 0) name.resize(dot);
  return name;
}

Result<std::string> ReadInput(const std::string& path) {
  if (path != "-") return ReadFileToString(path);
  std::string out;
  char buf[1 << 16];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, stdin)) > 0) out.append(buf, n);
  if (std::ferror(stdin)) return Status::IOError("cannot read standard input");
  return out;
}

// Produces the items of all inputs in order, one chunk at a time.
class ItemReader {
 public:
  explicit ItemReader(const std::vector<BatchInput>& inputs) : inputs_(inputs) {}

  // Fills *chunk with up to `max` items; false when all inputs are consumed.
  bool NextChunk(size_t max, std::vector<Item>* chunk, size_t* bytes) {
    chunk->clear();
    size_t chunk_bytes = 0;
    while (chunk->size() < max && chunk_bytes < kChunkBytes) {
      if (pos_ >= content_.size()) {
        if (next_ >= inputs_.size()) break;
        OpenNext(chunk, &chunk_bytes);
        continue;
      }
      NextLine(chunk, &chunk_bytes);
    }
    *bytes += chunk_bytes;
    return !chunk->empty();
  }

 private:
  // Opens the next input. Plain text becomes one item at once; JSON Lines are then
  // read line by line by NextLine().
  void OpenNext(std::vector<Item>* chunk, size_t* chunk_bytes) {
    const BatchInput& in = inputs_[next_++];
    name_ = in.path == "-" ? "stdin" : in.path;
    content_.clear();
    pos_ = 0;
    line_no_ = 0;
    Result<std::string> content = ReadInput(in.path);
    if (!content.ok() || !in.jsonl) {
      Item item;
      item.input = name_;
      item.id = in.path == "-" ? "stdin" : BaseNameWithoutExtension(in.path);
      if (content.ok()) {
        item.payload = std::move(content).value();
        *chunk_bytes += item.payload.size();
      } else {
        // The error line names the input already: keep only what went wrong.
        std::string message = content.status().message();
        if (message.rfind(in.path + ": ", 0) == 0) message.erase(0, in.path.size() + 2);
        item.read_error = Status::IOError(message);
      }
      chunk->push_back(std::move(item));
      return;
    }
    content_ = std::move(content).value();
  }

  void NextLine(std::vector<Item>* chunk, size_t* chunk_bytes) {
    size_t nl = content_.find('\n', pos_);
    size_t end = nl == std::string::npos ? content_.size() : nl;
    std::string_view line(content_.data() + pos_, end - pos_);
    pos_ = nl == std::string::npos ? content_.size() : nl + 1;
    ++line_no_;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.find_first_not_of(" \t") == std::string_view::npos) return;  // blank line
    Item item;
    item.input = name_ + ":" + std::to_string(line_no_);
    item.id = BaseNameWithoutExtension(name_) + ":" + std::to_string(line_no_);
    item.payload.assign(line);
    item.json = true;
    *chunk_bytes += line.size();
    chunk->push_back(std::move(item));
  }

  const std::vector<BatchInput>& inputs_;
  size_t next_ = 0;
  std::string name_;
  std::string content_;
  size_t pos_ = 0;
  size_t line_no_ = 0;
};

// One worker's reusable state.
struct Worker {
  JsonRecordReader json;
  InputRecord record;
};

void Process(const Pipeline& pipeline, const BatchOptions& options, Item& item, Worker& w,
             Document* doc, BatchOutput* out) {
  out->input = item.input;
  out->status = item.read_error;
  out->document = nullptr;
  out->json_line.clear();
  std::string id = item.id;
  if (out->status.ok()) {
    w.record = InputRecord();
    w.record.id = item.id;
    if (item.json) {
      out->status = w.json.Parse(item.payload, &w.record);
      id = w.record.id;
    } else {
      w.record.text = std::move(item.payload);
    }
  }
  if (out->status.ok()) out->status = pipeline.Analyze(std::move(w.record), doc);
  if (out->status.ok()) out->document = doc;
  if (options.json_lines) {
    if (out->status.ok()) {
      AppendDocumentJson(*doc, options.json, &out->json_line);
    } else {
      AppendErrorJson(id, out->status.message(), &out->json_line);
    }
  }
  item.payload = std::string();  // release the input early
}

}  // namespace

std::vector<BatchInput> ExpandInputs(const std::vector<std::string>& paths, bool all_jsonl,
                                     bool jsonl_by_extension, std::vector<std::string>* errors) {
  auto is_jsonl = [&](const std::string& p) { return all_jsonl || (jsonl_by_extension && EndsWith(p, ".jsonl")); };
  std::vector<BatchInput> out;
  for (const std::string& path : paths) {
    std::error_code ec;
    if (path == "-" || !std::filesystem::is_directory(path, ec)) {
      out.push_back({path, is_jsonl(path)});
      continue;
    }
    namespace fs = std::filesystem;
    fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, ec);
    if (ec) {
      errors->push_back(path + ": " + ec.message());
      continue;
    }
    std::vector<std::string> files;
    for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (ec) {
        errors->push_back(path + ": " + ec.message());
        break;
      }
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
    for (const std::string& f : files) out.push_back({f, is_jsonl(f)});
  }
  return out;
}

BatchSummary RunBatch(const Pipeline& pipeline, const BatchOptions& options,
                      const std::vector<BatchInput>& inputs,
                      const std::function<void(std::span<const BatchOutput>)>& sink) {
  unsigned threads = options.threads > 0 ? static_cast<unsigned>(options.threads)
                                         : std::max(1u, std::thread::hardware_concurrency());
  size_t chunk_documents = std::max<size_t>(1, options.chunk_documents);
  std::vector<std::unique_ptr<Worker>> workers;
  for (unsigned i = 0; i < threads; ++i) workers.push_back(std::make_unique<Worker>());

  BatchSummary summary;
  ItemReader reader(inputs);
  std::vector<Item> chunk;
  std::vector<std::unique_ptr<Document>> docs;
  std::vector<BatchOutput> outputs;
  while (reader.NextChunk(chunk_documents, &chunk, &summary.bytes)) {
    while (docs.size() < chunk.size()) docs.push_back(std::make_unique<Document>());
    outputs.resize(chunk.size());
    std::atomic<size_t> next{0};
    auto work = [&](Worker& w) {
      for (size_t i; (i = next.fetch_add(1)) < chunk.size();) {
        Process(pipeline, options, chunk[i], w, docs[i].get(), &outputs[i]);
      }
    };
    unsigned helpers = static_cast<unsigned>(std::min<size_t>(threads, chunk.size())) - 1;
    std::vector<std::thread> pool;
    for (unsigned t = 0; t < helpers; ++t) pool.emplace_back(work, std::ref(*workers[t + 1]));
    work(*workers[0]);
    for (std::thread& t : pool) t.join();
    for (const BatchOutput& out : outputs) {
      ++summary.documents;
      if (!out.status.ok()) ++summary.failed;
    }
    sink(std::span<const BatchOutput>(outputs.data(), chunk.size()));
  }
  return summary;
}

}  // namespace chancery

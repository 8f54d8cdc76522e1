// Chunked, ordered parallelism: the calling thread reads a chunk of inputs, the workers
// (the caller among them) take documents from it by an atomic counter, each with its own
// Document and JSON reader, and the caller then emits the chunk's outputs in order.
// Reading the next chunk does not overlap with analysis; at news sizes analysis
// dominates, so the simplicity is worth it.
#include "pipeline/batch.h"

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <memory>
#include <thread>

#include "base/mapped_file.h"

namespace chancery {

namespace {

constexpr size_t kChunkDocuments = 512;
constexpr size_t kChunkBytes = size_t{32} << 20;

struct Item {
  std::string input;  // for messages
  std::string id;
  std::string payload;
  bool json = false;
  Status read_error;
};

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
  ItemReader(const std::vector<std::string>& paths, bool jsonl) : paths_(paths), jsonl_(jsonl) {}

  // Fills *chunk with the next items; false when all inputs are consumed.
  bool NextChunk(std::vector<Item>* chunk, size_t* bytes) {
    chunk->clear();
    size_t chunk_bytes = 0;
    while (chunk->size() < kChunkDocuments && chunk_bytes < kChunkBytes) {
      if (!HasCurrent() && !OpenNext(chunk)) break;
      if (!HasCurrent()) continue;  // an unreadable input became one error item
      NextLine(chunk, &chunk_bytes);
    }
    *bytes += chunk_bytes;
    return !chunk->empty();
  }

 private:
  bool HasCurrent() const { return jsonl_ && pos_ < content_.size(); }

  // Opens the next path. Plain text becomes one item at once; JSONL is read line by
  // line by NextLine(). Returns false when no path is left.
  bool OpenNext(std::vector<Item>* chunk) {
    if (next_path_ >= paths_.size()) return false;
    path_ = paths_[next_path_++];
    std::string name = path_ == "-" ? "stdin" : path_;
    Result<std::string> content = ReadInput(path_);
    if (!content.ok()) {
      Item item;
      item.input = name;
      item.id = path_ == "-" ? "stdin" : BaseNameWithoutExtension(path_);
      // The error line names the input already: keep only what went wrong.
      std::string message = content.status().message();
      if (message.rfind(path_ + ": ", 0) == 0) message.erase(0, path_.size() + 2);
      item.read_error = Status::IOError(message);
      chunk->push_back(std::move(item));
      return true;
    }
    if (!jsonl_) {
      Item item;
      item.input = name;
      item.id = path_ == "-" ? "stdin" : BaseNameWithoutExtension(path_);
      item.payload = std::move(content).value();
      chunk->push_back(std::move(item));
      return true;
    }
    content_ = std::move(content).value();
    pos_ = 0;
    line_no_ = 0;
    return true;
  }

  void NextLine(std::vector<Item>* chunk, size_t* chunk_bytes) {
    size_t nl = content_.find('\n', pos_);
    size_t end = nl == std::string::npos ? content_.size() : nl;
    std::string_view line(content_.data() + pos_, end - pos_);
    pos_ = nl == std::string::npos ? content_.size() : nl + 1;
    ++line_no_;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.find_first_not_of(" \t") == std::string_view::npos) return;  // blank line
    std::string name = path_ == "-" ? "stdin" : path_;
    Item item;
    item.input = name + ":" + std::to_string(line_no_);
    item.id = BaseNameWithoutExtension(name) + ":" + std::to_string(line_no_);
    item.payload.assign(line);
    item.json = true;
    *chunk_bytes += line.size();
    chunk->push_back(std::move(item));
    if (pos_ >= content_.size()) content_.clear();
  }

  const std::vector<std::string>& paths_;
  bool jsonl_;
  size_t next_path_ = 0;
  std::string path_;
  std::string content_;
  size_t pos_ = 0;
  size_t line_no_ = 0;
};

// One worker's reusable state.
struct Worker {
  Document doc;
  JsonRecordReader json;
  InputRecord record;
};

void Process(const Pipeline& pipeline, const BatchOptions& options, Item& item, Worker& w,
             BatchOutput* out) {
  out->json_line.clear();
  out->input = item.input;
  out->status = item.read_error;
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
  if (out->status.ok()) {
    out->status = pipeline.Analyze(std::move(w.record), &w.doc);
  }
  if (out->status.ok()) {
    AppendDocumentJson(w.doc, options.json, &out->json_line);
  } else {
    AppendErrorJson(id, out->status.message(), &out->json_line);
  }
  item.payload = std::string();  // release the input early
}

}  // namespace

BatchSummary RunBatch(const Pipeline& pipeline, const BatchOptions& options,
                      const std::vector<std::string>& paths,
                      const std::function<void(const BatchOutput&)>& sink) {
  unsigned threads = options.threads > 0 ? static_cast<unsigned>(options.threads)
                                         : std::max(1u, std::thread::hardware_concurrency());
  std::vector<std::unique_ptr<Worker>> workers;
  for (unsigned i = 0; i < threads; ++i) workers.push_back(std::make_unique<Worker>());

  BatchSummary summary;
  ItemReader reader(paths, options.jsonl);
  std::vector<Item> chunk;
  std::vector<BatchOutput> outputs;
  while (reader.NextChunk(&chunk, &summary.bytes)) {
    outputs.resize(chunk.size());
    std::atomic<size_t> next{0};
    auto work = [&](Worker& w) {
      for (size_t i; (i = next.fetch_add(1)) < chunk.size();) {
        Process(pipeline, options, chunk[i], w, &outputs[i]);
      }
    };
    unsigned helpers = static_cast<unsigned>(std::min<size_t>(threads, chunk.size())) - 1;
    std::vector<std::thread> pool;
    for (unsigned t = 0; t < helpers; ++t) pool.emplace_back(work, std::ref(*workers[t + 1]));
    work(*workers[0]);
    for (std::thread& t : pool) t.join();
    for (size_t i = 0; i < chunk.size(); ++i) {
      ++summary.documents;
      if (!outputs[i].status.ok()) ++summary.failed;
      sink(outputs[i]);
    }
  }
  return summary;
}

}  // namespace chancery

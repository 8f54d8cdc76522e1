// The HTTP API of `chancery serve` (src/serve/api.cc) without sockets: routing, the
// /api/events filters and their parsing, the CSV stream and /api/extract's body (plain
// text or a JSON record), over a small SQLite store holding the bundled examples.
//
// Input: a request line "METHOD TARGET" then the body (everything after the first
// '\n'). TARGET is a path with an optional query string, percent-decoded the way the
// transport (libmicrohttpd) hands them to Api::Handle: path decoded, query split on
// '&' and '=', each key and value decoded, '+' as a space, the last value kept.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "document/document.h"
#include "fuzz_support.h"
#include "pipeline/pipeline.h"
#include "serve/api.h"
#include "store/store.h"

namespace fs = std::filesystem;

namespace {

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

std::string Unescape(std::string_view s, bool plus_is_space) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size() && HexValue(s[i + 1]) >= 0 && HexValue(s[i + 2]) >= 0) {
      out += static_cast<char>(HexValue(s[i + 1]) * 16 + HexValue(s[i + 2]));
      i += 2;
    } else if (plus_is_space && s[i] == '+') {
      out += ' ';
    } else {
      out += s[i];
    }
  }
  return out;
}

struct Fixture {
  std::unique_ptr<chancery::Pipeline> pipeline;
  std::unique_ptr<chancery::serve::Api> api;
};

chancery::serve::Api& GetApi() {
  static Fixture* fixture = [] {
    auto* f = new Fixture;
    chancery::ExtractOptions options;
    options.data_dir = chancery::fuzz::DataDir();
    auto p = chancery::Pipeline::Create(options);
    if (!p.ok()) chancery::fuzz::SetupFailed(p.status().message());
    f->pipeline = std::move(p).value();
    // A store of the bundled examples, in a directory of this process's own.
    fs::path dir = fs::temp_directory_path() / ("chancery_serve_fuzz_" + std::to_string(getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    static const std::string cleanup = dir.string();
    std::atexit([] {
      std::error_code ec;
      fs::remove_all(cleanup, ec);
    });
    std::string db = (dir / "fuzz.db").string();
    {
      auto store = chancery::Store::Open(db);
      if (!store.ok()) chancery::fuzz::SetupFailed(store.status().message());
      std::vector<std::unique_ptr<chancery::Document>> docs;
      std::vector<const chancery::Document*> ptrs;
      for (const auto& entry : fs::directory_iterator(std::string(CHANCERY_FUZZ_SOURCE_DIR) + "/examples")) {
        if (entry.path().extension() != ".txt") continue;
        chancery::InputRecord record;
        record.id = entry.path().stem().string();
        std::FILE* in = std::fopen(entry.path().c_str(), "rb");
        if (in == nullptr) chancery::fuzz::SetupFailed("cannot read " + entry.path().string());
        char buf[4096];
        for (size_t n; (n = std::fread(buf, 1, sizeof buf, in)) > 0;) record.text.append(buf, n);
        std::fclose(in);
        auto doc = std::make_unique<chancery::Document>();
        if (!f->pipeline->Analyze(std::move(record), doc.get()).ok()) chancery::fuzz::SetupFailed("example");
        ptrs.push_back(doc.get());
        docs.push_back(std::move(doc));
      }
      chancery::Status st = store.value()->PutBatch(ptrs, nullptr);
      if (!st.ok()) chancery::fuzz::SetupFailed(st.message());
    }
    chancery::serve::ApiOptions api_options;
    api_options.db_url = db;
    api_options.max_body_bytes = 64 << 10;
    f->api = std::make_unique<chancery::serve::Api>(f->pipeline.get(), api_options);
    return f;
  }();
  return *fixture->api;
}

}  // namespace

// Loads the lexicons before fuzzing starts, so the first input's time is its own
// (-timeout=1).
extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/) {
  (void)GetApi();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  chancery::serve::Api& api = GetApi();
  std::string_view rest = chancery::fuzz::AsView(data, size);
  std::string_view line = chancery::fuzz::TakeLine(&rest);
  size_t space = line.find(' ');
  if (space == std::string_view::npos) return 0;
  chancery::serve::Request request;
  request.method.assign(line.substr(0, space));
  std::string_view target = line.substr(space + 1);
  size_t question = target.find('?');
  request.path = Unescape(target.substr(0, question), false);
  if (question != std::string_view::npos) {
    std::string_view query = target.substr(question + 1);
    while (!query.empty()) {
      size_t amp = query.find('&');
      std::string_view pair = query.substr(0, amp);
      query.remove_prefix(amp == std::string_view::npos ? query.size() : amp + 1);
      size_t eq = pair.find('=');
      std::string key = Unescape(pair.substr(0, eq), true);
      if (key.empty()) continue;
      request.query[key] = eq == std::string_view::npos ? "" : Unescape(pair.substr(eq + 1), true);
    }
  }
  request.body.assign(rest);
  chancery::serve::Response response = api.Handle(request);
  bool failed = false;
  std::string body = chancery::serve::DrainBody(response, &failed);
  CHANCERY_FUZZ_CHECK(response.status >= 200 && response.status < 600);
  return 0;
}

// `chancery serve`: the HTTP API and web UI over a store (src/serve). Parses the
// options, loads the pipeline for /api/extract, checks the store can be read, then
// serves until SIGINT or SIGTERM.
#include <csignal>
#include <cstdio>
#include <memory>
#include <string>

#include "analysis_options.h"
#include "args.h"
#include "commands.h"
#include "pipeline/pipeline.h"
#include "serve/api.h"
#include "serve/http_server.h"

namespace chancery::cli {

namespace {

constexpr char kHelpHead[] =
    "usage: chancery serve [options]\n"
    "\n"
    "Serves the HTTP API (GET /healthz, POST /api/extract, GET /api/events,\n"
    "/api/articles/{id}, /api/actors/{code}, /api/dyads/{A},{B}/timeline) and the web UI\n"
    "at / over a store, until interrupted. Binds to the loopback address by default: put\n"
    "a reverse proxy (nginx) in front to expose it.\n"
    "\n"
    "options:\n"
    "  --db URL         store path or postgresql:// URL (default: chancery.db)\n"
    "  --host ADDR      IPv4 address to bind (default: 127.0.0.1)\n"
    "  --port N         TCP port (default: 8080; 0 picks a free one)\n"
    "  --max-body N     largest accepted request body in bytes (default: 1048576)\n"
    "  --timeout S      close connections idle for S seconds (default: 10)\n"
    "  --connections N  at most N connections at once (default: 1000)\n";

constexpr char kHelpTail[] =
    "  --help           this text\n"
    "\n"
    "On start it prints 'chancery: serving on http://HOST:PORT/' to standard output.\n"
    "Exit status: 0 stopped by a signal, 1 cannot load, open the store or listen, 2 usage error.\n";

}  // namespace

int RunServe(const std::vector<std::string>& args) {
  ParsedArgs a = ParseArgs(args, WithAnalysisOptions({"--db", "--host", "--port", "--max-body", "--timeout", "--connections"}),
                           {"--help", "-h"});
  if (!a.error.empty()) return UsageError("serve", a.error);
  if (a.flags.count("--help") || a.flags.count("-h")) {
    std::fputs(kHelpHead, stdout);
    std::fputs(kAnalysisOptionsHelp, stdout);
    std::fputs(kHelpTail, stdout);
    return 0;
  }
  if (!a.positional.empty()) return UsageError("serve", "unexpected argument '" + a.positional[0] + "'");
  ExtractOptions extract;
  int threads = 0;
  std::string error;
  if (!ReadAnalysisOptions(a, &extract, &threads, &error)) return UsageError("serve", error);

  serve::ServerOptions server;
  serve::ApiOptions api_options;
  if (auto it = a.values.find("--db"); it != a.values.end()) api_options.db_url = it->second;
  if (auto it = a.values.find("--host"); it != a.values.end()) server.host = it->second;
  long long n = 0;
  if (auto it = a.values.find("--port"); it != a.values.end()) {
    if (!ParseCount(it->second, 0, &n) || n > 65535) return UsageError("serve", "--port takes 0 to 65535");
    server.port = static_cast<uint16_t>(n);
  }
  if (auto it = a.values.find("--max-body"); it != a.values.end()) {
    if (!ParseCount(it->second, 1, &n) || n > (1LL << 30)) return UsageError("serve", "--max-body takes 1 to 1073741824 bytes");
    server.max_body_bytes = static_cast<size_t>(n);
  }
  api_options.max_body_bytes = server.max_body_bytes;
  if (auto it = a.values.find("--timeout"); it != a.values.end()) {
    if (!ParseCount(it->second, 1, &n) || n > 3600) return UsageError("serve", "--timeout takes 1 to 3600 seconds");
    server.timeout_seconds = static_cast<unsigned>(n);
  }
  if (auto it = a.values.find("--connections"); it != a.values.end()) {
    if (!ParseCount(it->second, 1, &n) || n > 100000) return UsageError("serve", "--connections takes 1 to 100000");
    server.max_connections = static_cast<unsigned>(n);
  }
  if (threads > 0) server.threads = static_cast<unsigned>(threads);

  Result<std::unique_ptr<Pipeline>> pipeline = Pipeline::Create(extract);
  if (!pipeline.ok()) {
    std::fprintf(stderr, "chancery: serve: %s\n", pipeline.status().message().c_str());
    return pipeline.status().code() == StatusCode::kInvalidArgument ? 2 : 1;
  }
  serve::Api api(pipeline.value().get(), api_options);
  if (Status st = api.CheckStore(); !st.ok()) {
    std::fprintf(stderr, "chancery: serve: %s: %s\n", api_options.db_url.c_str(), st.message().c_str());
    return 1;
  }

  // Block the stop signals before the server's threads start, so they inherit the mask
  // and only sigwait below receives them.
  sigset_t stop;
  sigemptyset(&stop);
  sigaddset(&stop, SIGINT);
  sigaddset(&stop, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop, nullptr);
  std::signal(SIGPIPE, SIG_IGN);

  serve::HttpServer http;
  if (Status st = http.Start(server, [&api](const serve::Request& r) { return api.Handle(r); }); !st.ok()) {
    std::fprintf(stderr, "chancery: serve: %s\n", st.message().c_str());
    return st.code() == StatusCode::kInvalidArgument ? 2 : 1;
  }
  std::printf("chancery: serving on http://%s:%u/\n", server.host.c_str(), static_cast<unsigned>(http.port()));
  std::fflush(stdout);
  int sig = 0;
  sigwait(&stop, &sig);
  http.Stop();
  std::fprintf(stderr, "chancery: serve: stopped\n");
  return 0;
}

}  // namespace chancery::cli

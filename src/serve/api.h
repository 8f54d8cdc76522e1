// The HTTP API of `chancery serve` as plain functions: a Request in, a Response out,
// no sockets. The transport (serve/http_server.h) only moves bytes; routing, parameter
// checks, JSON and CSV are here, so every handler is testable in-process.
//
//   GET  /                                   the web UI (one embedded HTML page)
//   GET  /healthz                            {"status":"ok","store":"sqlite|postgresql"}
//   POST /api/extract                        body: plain text, or a JSON record {"id","text",...}
//                                            -> the output document (spec: interfaces.md)
//   GET  /api/events?actor=&dyad=A,B&directed=1&code=&from=&to=&place=&text=&limit=&cursor=
//                                            {"events":[...],"next_cursor":"N"|null};
//                                            format=csv: the same rows as a CSV download
//                                            (without limit=: every match, streamed page
//                                            by page, never held whole in memory)
//   GET  /api/articles/{id}                  the events whose representative mention is in
//                                            the article with that document id
//   GET  /api/actors/{code}                  counts for an actor code prefix: events as
//                                            source/target, root codes, counterparts, names
//   GET  /api/dyads/{A},{B}/timeline         per event day: count, count by quad class,
//                                            mean Goldstein (either direction)
//   GET  /api/network?<the events filters>   the actor network of the matching events:
//                                            nodes (actor codes, with names and counts)
//                                            and directed edges (counts by quad class,
//                                            mean Goldstein), the busiest max_network_edges
//   GET  /api/places?<the events filters>    the matching events' places with lat/lon:
//                                            counts by quad class per place
//   GET  /assets/world.json                  the embedded world map (serve/assets.h)
//   GET  /favicon.ico                        204 (the UI has no icon)
//
// Errors are {"error":"..."}: 400 bad parameter, 404 unknown path or id, 405 wrong
// method, 413 body over the limit (the transport enforces it before a handler runs;
// Handle checks it again), 500 store failure. Every store access goes through
// Store::QueryEvents, whose SQL binds every value.
//
// Thread-safety: Handle may run on many threads at once. The Pipeline is shared (its
// Analyze is const); stores are opened read-only on demand and pooled, one per
// concurrent request.
#ifndef CHANCERY_SERVE_API_H_
#define CHANCERY_SERVE_API_H_

#include <cstddef>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "base/status.h"
#include "pipeline/pipeline.h"
#include "store/store.h"

namespace chancery::serve {

struct Request {
  std::string method;                         // "GET", "POST", ...
  std::string path;                           // decoded path, no query string
  std::map<std::string, std::string> query;   // decoded query parameters (last one wins)
  std::string body;
};

// What a body stream's step did (Response::stream).
enum class StreamStep { kMore, kDone, kFailed };

struct Response {
  int status = 200;
  std::string content_type = "application/json; charset=utf-8";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;  // extra headers
  // When set, the body is `body` followed by what the stream produces after the headers
  // are sent: each call appends the next chunk to *out and says whether more follows.
  // kFailed cuts the response short (the client sees an incomplete body). It may run on
  // another thread, after Handle returned; the Api must outlive it.
  std::function<StreamStep(std::string* out)> stream;
};

// The whole body of `r`: body, then every chunk of its stream (for tests and callers
// without a transport). Sets *failed (when given) if the stream failed.
std::string DrainBody(Response& r, bool* failed = nullptr);

struct ApiOptions {
  std::string db_url = "chancery.db";
  size_t max_body_bytes = size_t{1} << 20;  // POST bodies above this get 413
  int64_t default_limit = 100;              // /api/events page size when no limit is given
  int64_t max_limit = 1000;                 // largest JSON page; CSV has no cap unless limit= is given
  int64_t csv_page_rows = 1000;             // a CSV without limit= streams in pages of this many events
  size_t max_network_edges = 150;           // /api/network keeps the busiest edges
};

// {"error": message} with `status`.
Response ErrorResponse(int status, const std::string& message);

class Api {
 public:
  // `pipeline` must outlive the Api; it may be null (then /api/extract answers 503).
  Api(const Pipeline* pipeline, ApiOptions options);
  ~Api();

  // Opens the store once to check it can be read (read-only).
  Status CheckStore();

  Response Handle(const Request& request);

  const ApiOptions& options() const { return options_; }

 private:
  Response Health();
  Response Extract(const Request& request);
  Response Events(const Request& request);
  Response Article(const std::string& id);
  Response Actor(const std::string& code);
  Response Timeline(const std::string& dyad);
  Response Network(const Request& request);
  Response Places(const Request& request);

  // Runs `query` on a pooled read-only store.
  Status Query(const EventQuery& query, const std::function<bool(const StoredEvent&)>& sink);

  const Pipeline* pipeline_;
  ApiOptions options_;
  std::mutex mu_;
  std::vector<std::unique_ptr<Store>> idle_;  // guarded by mu_
};

// Parses the /api/events filters from query parameters into *out (limit and cursor
// included). Returns false with *error set (a 400) on a malformed value.
bool ParseEventQuery(const std::map<std::string, std::string>& params, int64_t default_limit,
                     int64_t max_limit, EventQuery* out, bool* csv, std::string* error);

}  // namespace chancery::serve

#endif  // CHANCERY_SERVE_API_H_

// HttpServer: the transport of `chancery serve`, over GNU libmicrohttpd (Debian's
// libmicrohttpd-dev). It parses HTTP, enforces the hard limits below and hands each
// complete request to a handler (serve/api.h); it knows nothing of the API.
//
// Why libmicrohttpd: the project's reliability study (the shared research note on ecosystem reliability: its HTTP server rows and R9)
// measured cpp-httplib 0.11 as Debian ships it accepting a 300 MB body by default and
// stalling every request behind 8 slow clients, while libmicrohttpd's event loop served
// /healthz at once with 256 slow connections held open.
//
// Limits (all hard):
//   body          Content-Length above max_body_bytes: 413 before the body is read; a
//                 chunked body that grows past it is discarded as it arrives, then 413.
//   headers       the per-connection memory pool (MHD_OPTION_CONNECTION_MEMORY_LIMIT)
//                 bounds request line plus headers: beyond it libmicrohttpd answers 431
//                 (or 414 for a long URI).
//   time          a connection idle for timeout_seconds is closed (slow clients).
//   connections   at most max_connections at once, per_ip_connections from one address.
//
// A Response with a stream (serve/api.h) is sent with chunked transfer encoding, its
// chunks produced as the client reads them.
//
// Thread-safety: Start/Stop from one thread; the handler runs on the pool's threads
// and must be thread-safe.
#ifndef CHANCERY_SERVE_HTTP_SERVER_H_
#define CHANCERY_SERVE_HTTP_SERVER_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>

#include "base/status.h"
#include "serve/api.h"

struct MHD_Daemon;

namespace chancery::serve {

struct ServerOptions {
  std::string host = "127.0.0.1";  // an IPv4 address ("localhost" is 127.0.0.1)
  uint16_t port = 8080;            // 0: any free port (see HttpServer::port())
  size_t max_body_bytes = size_t{1} << 20;
  size_t max_header_bytes = size_t{64} << 10;  // the connection memory pool
  unsigned timeout_seconds = 10;
  unsigned max_connections = 1000;
  unsigned per_ip_connections = 0;  // 0: no per-address limit beyond max_connections
  unsigned threads = 4;             // event-loop threads (epoll each)
};

using Handler = std::function<Response(const Request&)>;

class HttpServer {
 public:
  HttpServer();
  ~HttpServer();  // stops
  HttpServer(const HttpServer&) = delete;
  HttpServer& operator=(const HttpServer&) = delete;

  // Binds and starts serving. InvalidArgument for a bad host; IOError when the address
  // cannot be bound.
  Status Start(const ServerOptions& options, Handler handler);
  void Stop();

  // The bound port (the chosen one when options.port was 0).
  uint16_t port() const { return port_; }

  // For the C callbacks only.
  struct Context {
    Handler handler;
    ServerOptions options;
  };

 private:
  MHD_Daemon* daemon_ = nullptr;
  Context context_;
  uint16_t port_ = 0;
};

}  // namespace chancery::serve

#endif  // CHANCERY_SERVE_HTTP_SERVER_H_

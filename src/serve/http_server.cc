#include "serve/http_server.h"

#include <arpa/inet.h>
#include <microhttpd.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <string>
#include <utility>

namespace chancery::serve {

namespace {

// What one request accumulates between the callback's calls.
struct Pending {
  std::string body;
  bool too_large = false;
};

// A streamed body (Response::stream) being sent: what is buffered and how far it went.
struct Streaming {
  std::string buffer;
  size_t sent = 0;
  bool done = false;
  std::function<StreamStep(std::string*)> next;
};

// libmicrohttpd's content reader: copies the buffer out, refilling it from the stream.
ssize_t ReadStream(void* cls, uint64_t /*pos*/, char* buf, size_t max) {
  auto* s = static_cast<Streaming*>(cls);
  while (s->sent == s->buffer.size()) {
    if (s->done) return MHD_CONTENT_READER_END_OF_STREAM;
    s->buffer.clear();
    s->sent = 0;
    StreamStep step;
    try {
      step = s->next(&s->buffer);
    } catch (const std::exception&) {
      step = StreamStep::kFailed;
    }
    if (step == StreamStep::kFailed) return MHD_CONTENT_READER_END_WITH_ERROR;
    if (step == StreamStep::kDone) s->done = true;
  }
  size_t n = std::min(max, s->buffer.size() - s->sent);
  std::memcpy(buf, s->buffer.data() + s->sent, n);
  s->sent += n;
  return static_cast<ssize_t>(n);
}

void FreeStream(void* cls) { delete static_cast<Streaming*>(cls); }

MHD_Result Send(MHD_Connection* connection, const Response& r) {
  MHD_Response* response = nullptr;
  if (r.stream) {  // size unknown: chunked transfer encoding
    auto* s = new Streaming{r.body, 0, false, r.stream};
    response = MHD_create_response_from_callback(MHD_SIZE_UNKNOWN, 64 * 1024, &ReadStream, s, &FreeStream);
    if (response == nullptr) delete s;
  } else {
    response =
        MHD_create_response_from_buffer(r.body.size(), const_cast<char*>(r.body.data()), MHD_RESPMEM_MUST_COPY);
  }
  if (response == nullptr) return MHD_NO;
  MHD_add_response_header(response, "Content-Type", r.content_type.c_str());
  MHD_add_response_header(response, "X-Content-Type-Options", "nosniff");
  MHD_add_response_header(response, "Cache-Control", "no-store");
  for (const auto& [name, value] : r.headers) MHD_add_response_header(response, name.c_str(), value.c_str());
  MHD_Result ret = MHD_queue_response(connection, static_cast<unsigned>(r.status), response);
  MHD_destroy_response(response);
  return ret;
}

MHD_Result CollectArgument(void* cls, MHD_ValueKind, const char* key, const char* value) {
  auto* query = static_cast<std::map<std::string, std::string>*>(cls);
  if (key != nullptr) (*query)[key] = value != nullptr ? value : "";
  return MHD_YES;
}

MHD_Result OnRequest(void* cls, MHD_Connection* connection, const char* url, const char* method,
                     const char* /*version*/, const char* upload_data, size_t* upload_data_size,
                     void** con_cls) {
  auto* context = static_cast<HttpServer::Context*>(cls);
  const size_t limit = context->options.max_body_bytes;
  auto* pending = static_cast<Pending*>(*con_cls);
  if (pending == nullptr) {  // headers complete, body not read yet
    const char* length = MHD_lookup_connection_value(connection, MHD_HEADER_KIND, "Content-Length");
    if (length != nullptr) {
      char* end = nullptr;
      unsigned long long n = std::strtoull(length, &end, 10);
      if (end == length || *end != '\0' || n > limit) {
        // Refused before a byte of the body is read; libmicrohttpd closes the connection.
        return Send(connection, ErrorResponse(413, "body too large (limit " + std::to_string(limit) + " bytes)"));
      }
    }
    *con_cls = new Pending();
    return MHD_YES;
  }
  if (*upload_data_size > 0) {
    if (!pending->too_large && pending->body.size() + *upload_data_size <= limit) {
      pending->body.append(upload_data, *upload_data_size);
    } else {
      pending->too_large = true;
      pending->body.clear();
      pending->body.shrink_to_fit();
    }
    *upload_data_size = 0;
    return MHD_YES;
  }
  if (pending->too_large) {
    return Send(connection, ErrorResponse(413, "body too large (limit " + std::to_string(limit) + " bytes)"));
  }
  Request request;
  request.method = method;
  request.path = url;
  request.body = std::move(pending->body);
  MHD_get_connection_values(connection, MHD_GET_ARGUMENT_KIND, &CollectArgument, &request.query);
  Response response;
  try {
    response = context->handler(request);
  } catch (const std::exception& e) {  // e.g. bad_alloc: answer, do not take the server down
    response = ErrorResponse(500, std::string("internal error: ") + e.what());
  }
  return Send(connection, response);
}

void OnCompleted(void*, MHD_Connection*, void** con_cls, MHD_RequestTerminationCode) {
  delete static_cast<Pending*>(*con_cls);
  *con_cls = nullptr;
}

}  // namespace

HttpServer::HttpServer() = default;

HttpServer::~HttpServer() { Stop(); }

Status HttpServer::Start(const ServerOptions& options, Handler handler) {
  Stop();
  context_.handler = std::move(handler);
  context_.options = options;
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(options.port);
  std::string host = options.host == "localhost" ? "127.0.0.1" : options.host;
  if (inet_pton(AF_INET, host.c_str(), &addr.sin_addr) != 1) {
    return Status::InvalidArgument("--host takes an IPv4 address, not '" + options.host + "'");
  }
  unsigned flags = MHD_USE_EPOLL_INTERNAL_THREAD | MHD_USE_ERROR_LOG;
  daemon_ = MHD_start_daemon(
      flags, options.port, nullptr, nullptr, &OnRequest, &context_,
      MHD_OPTION_SOCK_ADDR, reinterpret_cast<const sockaddr*>(&addr),
      MHD_OPTION_THREAD_POOL_SIZE, static_cast<unsigned>(options.threads == 0 ? 1 : options.threads),
      MHD_OPTION_CONNECTION_MEMORY_LIMIT, options.max_header_bytes,
      MHD_OPTION_CONNECTION_TIMEOUT, options.timeout_seconds,
      MHD_OPTION_CONNECTION_LIMIT, options.max_connections,
      MHD_OPTION_PER_IP_CONNECTION_LIMIT, options.per_ip_connections,
      MHD_OPTION_NOTIFY_COMPLETED, &OnCompleted, nullptr,
      MHD_OPTION_END);
  if (daemon_ == nullptr) {
    return Status::IOError("cannot listen on " + options.host + ":" + std::to_string(options.port));
  }
  const MHD_DaemonInfo* info = MHD_get_daemon_info(daemon_, MHD_DAEMON_INFO_BIND_PORT);
  port_ = info != nullptr ? info->port : options.port;
  return Status::Ok();
}

void HttpServer::Stop() {
  if (daemon_ != nullptr) {
    MHD_stop_daemon(daemon_);
    daemon_ = nullptr;
  }
}

}  // namespace chancery::serve

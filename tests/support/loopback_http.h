// A plain-socket HTTP/1.1 client for tests of `chancery serve` and its transport: no
// client library, so the tests see exactly the bytes the server sends.
#ifndef CHANCERY_TESTS_SUPPORT_LOOPBACK_HTTP_H_
#define CHANCERY_TESTS_SUPPORT_LOOPBACK_HTTP_H_

#include <cstddef>
#include <string>

namespace chancery::testing {

// Sends at most `send_at_most` bytes of `raw` to 127.0.0.1:port and returns every byte
// the server answers until it closes (requests carry Connection: close) or 10 s pass.
// "" when nothing could be connected or read.
std::string LoopbackExchange(int port, const std::string& raw, size_t send_at_most = std::string::npos);

// "GET target HTTP/1.1" with Connection: close, as a raw request.
std::string GetRequest(const std::string& target);

// Decodes a chunked body; *complete (if not null) is true when the final 0-size chunk
// was seen.
std::string DecodeChunked(const std::string& body, bool* complete = nullptr);

}  // namespace chancery::testing

#endif  // CHANCERY_TESTS_SUPPORT_LOOPBACK_HTTP_H_

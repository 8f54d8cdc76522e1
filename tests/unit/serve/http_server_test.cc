// The libmicrohttpd transport with handlers written for the test (no store): streamed
// bodies arrive whole in chunked encoding, and a failing stream cuts the response short.
#include "serve/http_server.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <memory>
#include <string>

#include "support/loopback_http.h"

namespace chancery::serve {
namespace {

// GET `target` over a fresh connection; the raw reply (until the server closes).
std::string RawGet(uint16_t port, const std::string& target) {
  return testing::LoopbackExchange(port, testing::GetRequest(target));
}

class HttpServerTest : public ::testing::Test {
 protected:
  void Start(Handler handler) {
    ServerOptions options;
    options.port = 0;
    options.threads = 2;
    ASSERT_TRUE(server_.Start(options, std::move(handler)).ok());
    ASSERT_GT(server_.port(), 0);
  }
  HttpServer server_;
};

TEST_F(HttpServerTest, AStreamedBodyArrivesWholeInChunks) {
  // 300 chunks of 1000 numbered lines: about 2.3 MB, far beyond one buffer.
  Start([](const Request&) {
    Response r;
    r.content_type = "text/plain";
    r.body = "head\n";
    auto n = std::make_shared<int>(0);
    r.stream = [n](std::string* out) {
      for (int i = 0; i < 1000; ++i) *out += std::to_string(*n * 1000 + i) + "\n";
      return ++*n < 300 ? StreamStep::kMore : StreamStep::kDone;
    };
    return r;
  });
  std::string reply = RawGet(server_.port(), "/stream");
  size_t split = reply.find("\r\n\r\n");
  ASSERT_NE(split, std::string::npos) << reply.substr(0, 200);
  std::string head = reply.substr(0, split);
  EXPECT_EQ(head.rfind("HTTP/1.1 200", 0), 0u) << head;
  ASSERT_NE(head.find("chunked"), std::string::npos) << head;
  bool complete = false;
  std::string body = testing::DecodeChunked(reply.substr(split + 4), &complete);
  EXPECT_TRUE(complete);
  std::string expected = "head\n";
  for (int i = 0; i < 300000; ++i) expected += std::to_string(i) + "\n";
  EXPECT_EQ(body.size(), expected.size());
  EXPECT_TRUE(body == expected);
}

TEST_F(HttpServerTest, AFailingStreamCutsTheResponseShort) {
  Start([](const Request&) {
    Response r;
    r.body = "first\n";
    auto calls = std::make_shared<int>(0);
    r.stream = [calls](std::string* out) {
      if (++*calls > 2) return StreamStep::kFailed;
      *out += "more\n";
      return StreamStep::kMore;
    };
    return r;
  });
  std::string reply = RawGet(server_.port(), "/fails");
  size_t split = reply.find("\r\n\r\n");
  ASSERT_NE(split, std::string::npos);
  bool complete = true;
  std::string body = testing::DecodeChunked(reply.substr(split + 4), &complete);
  EXPECT_FALSE(complete) << "a failed stream must not look finished";
  EXPECT_EQ(body.rfind("first\n", 0), 0u);
  // The server is still serving.
  EXPECT_NE(RawGet(server_.port(), "/again").find("first\n"), std::string::npos);
}

}  // namespace
}  // namespace chancery::serve

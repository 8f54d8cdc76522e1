// End-to-end: the real `chancery serve` on a free loopback port, over a temporary
// SQLite store holding the bundled examples, spoken to in plain HTTP/1.1 through plain
// sockets (no client library).
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <thread>

#include "run_chancery.h"
#include "support/loopback_http.h"
#include "support/test_data.h"

namespace chancery::testing {
namespace {

namespace fs = std::filesystem;

struct HttpReply {
  int status = 0;
  std::string head;  // status line and headers
  std::string body;
};

// Sends `raw` to 127.0.0.1:port (see LoopbackExchange) and splits the answer; a chunked
// (streamed) body is decoded. status 0: no reply.
HttpReply Exchange(int port, const std::string& raw, size_t send_at_most = std::string::npos) {
  HttpReply reply;
  std::string in = LoopbackExchange(port, raw, send_at_most);
  size_t split = in.find("\r\n\r\n");
  if (in.rfind("HTTP/1.1 ", 0) != 0 || split == std::string::npos) return reply;
  reply.status = std::atoi(in.c_str() + 9);
  reply.head = in.substr(0, split);
  reply.body = in.substr(split + 4);
  if (reply.head.find("Transfer-Encoding: chunked") != std::string::npos) reply.body = DecodeChunked(reply.body);
  return reply;
}

HttpReply Get(int port, const std::string& target) { return Exchange(port, GetRequest(target)); }

class ServeTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = fs::temp_directory_path() / ("chancery_serve_e2e_" + std::to_string(getpid()));
    fs::create_directories(dir_);
    std::string db = (dir_ / "store.db").string();
    RunResult ingest = RunChancery({"ingest", "--db", db, SourceDir() + "/examples"});
    ASSERT_EQ(ingest.exit_code, 0) << ingest.err;

    const char* exe = std::getenv("CHANCERY_EXE");
    std::string path = exe != nullptr && *exe != '\0' ? exe : CHANCERY_TEST_EXE;
    int out[2];
    ASSERT_EQ(pipe(out), 0);
    pid_ = fork();
    ASSERT_GE(pid_, 0);
    if (pid_ == 0) {
      dup2(out[1], 1);
      close(out[0]);
      close(out[1]);
      execl(path.c_str(), path.c_str(), "serve", "--db", db.c_str(), "--port", "0", "--max-body", "65536",
            "--data", DataDir().c_str(), static_cast<char*>(nullptr));
      _exit(127);
    }
    close(out[1]);
    // The first line names the port: "chancery: serving on http://127.0.0.1:PORT/".
    std::string line;
    char c;
    while (read(out[0], &c, 1) == 1 && c != '\n') line += c;
    close(out[0]);
    size_t colon = line.rfind(':');
    ASSERT_NE(colon, std::string::npos) << "no start line from chancery serve: '" << line << "'";
    port_ = std::atoi(line.c_str() + colon + 1);
    ASSERT_GT(port_, 0) << line;
  }

  static void TearDownTestSuite() {
    if (pid_ > 0) {
      kill(pid_, SIGTERM);
      int status = 0;
      waitpid(pid_, &status, 0);
      EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << "serve did not stop cleanly on SIGTERM";
      pid_ = -1;
    }
    fs::remove_all(dir_);
  }

  static fs::path dir_;
  static pid_t pid_;
  static int port_;
};

fs::path ServeTest::dir_;
pid_t ServeTest::pid_ = -1;
int ServeTest::port_ = 0;

TEST_F(ServeTest, Healthz) {
  HttpReply r = Get(port_, "/healthz");
  EXPECT_EQ(r.status, 200) << r.head;
  EXPECT_NE(r.body.find("\"status\":\"ok\""), std::string::npos) << r.body;
}

TEST_F(ServeTest, EventsAsJsonAndCsv) {
  HttpReply json = Get(port_, "/api/events?limit=1000");
  ASSERT_EQ(json.status, 200) << json.head;
  EXPECT_EQ(json.body.rfind("{\"events\":[{", 0), 0u) << json.body.substr(0, 100);
  EXPECT_NE(json.head.find("application/json"), std::string::npos);

  HttpReply page = Get(port_, "/api/events?limit=1");
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("\"next_cursor\":\""), std::string::npos) << page.body;

  HttpReply csv = Get(port_, "/api/events?format=csv&code=1");
  ASSERT_EQ(csv.status, 200) << csv.head;
  EXPECT_NE(csv.head.find("text/csv"), std::string::npos);
  EXPECT_NE(csv.head.find("attachment"), std::string::npos);
  EXPECT_EQ(csv.body.rfind("id,", 0), 0u);
}

TEST_F(ServeTest, UiIsServedAtRoot) {
  HttpReply r = Get(port_, "/");
  EXPECT_EQ(r.status, 200);
  EXPECT_NE(r.head.find("text/html"), std::string::npos);
  EXPECT_NE(r.body.find("</html>"), std::string::npos);
}

TEST_F(ServeTest, ExploreAggregatesAndTheWorldMapAreServed) {
  HttpReply map = Get(port_, "/assets/world.json");
  ASSERT_EQ(map.status, 200) << map.head;
  EXPECT_NE(map.head.find("application/json"), std::string::npos);
  EXPECT_GT(map.body.size(), 10000u);
  EXPECT_LT(map.body.size(), 300000u);
  EXPECT_NE(map.body.find("\"countries\":[{"), std::string::npos);
  EXPECT_EQ(map.body.back(), '}');  // all of it arrived

  HttpReply network = Get(port_, "/api/network?code=0");
  ASSERT_EQ(network.status, 200) << network.body;
  EXPECT_EQ(network.body.rfind("{\"events\":", 0), 0u) << network.body.substr(0, 100);
  EXPECT_NE(network.body.find("\"edges\":["), std::string::npos);
  HttpReply places = Get(port_, "/api/places");
  ASSERT_EQ(places.status, 200) << places.body;
  EXPECT_NE(places.body.find("\"places\":["), std::string::npos);
  EXPECT_EQ(Get(port_, "/api/places?cursor=1").status, 400);
}

TEST_F(ServeTest, BadParameterIs400) {
  HttpReply r = Get(port_, "/api/events?from=2025-99");
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(r.body.rfind("{\"error\":", 0), 0u) << r.body;
}

TEST_F(ServeTest, UnknownAndTraversalPathsAre404) {
  for (const char* target : {"/nope", "/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/api/events/1"}) {
    HttpReply r = Get(port_, target);
    EXPECT_EQ(r.status, 404) << target;
    EXPECT_EQ(r.body.rfind("{\"error\":", 0), 0u) << target << ": " << r.body;
  }
}

TEST_F(ServeTest, OversizedBodyIs413BeforeItIsRead) {
  // Declares 100 MB and sends only the headers: the answer must come without the body.
  auto start = std::chrono::steady_clock::now();
  HttpReply r = Exchange(port_,
                         "POST /api/extract HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                         "Content-Length: 104857600\r\n\r\n");
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_EQ(r.status, 413) << r.head;
  EXPECT_LT(seconds, 2.0);
  // A chunked body that grows past the limit (64 KiB here) is refused too.
  std::string chunk(32 << 10, 'a');
  std::string raw = "POST /api/extract HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nTransfer-Encoding: chunked\r\n\r\n";
  char size[32];
  std::snprintf(size, sizeof size, "%zx\r\n", chunk.size());
  for (int i = 0; i < 3; ++i) raw += std::string(size) + chunk + "\r\n";
  raw += "0\r\n\r\n";
  EXPECT_EQ(Exchange(port_, raw).status, 413);
}

TEST_F(ServeTest, OversizedHeadersAreRefused) {
  std::string raw = "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nX-Big: " +
                    std::string(100 << 10, 'b') + "\r\n\r\n";
  HttpReply r = Exchange(port_, raw);
  EXPECT_GE(r.status, 400) << r.head;
  EXPECT_LT(r.status, 500) << r.head;
  EXPECT_EQ(Get(port_, "/healthz").status, 200);  // still serving
}

TEST_F(ServeTest, ExtractOverHttp) {
  std::string text = ReadOrFail(SourceDir() + "/examples/fr_afp_nairobi.txt");
  HttpReply r = Exchange(port_, "POST /api/extract HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                                "Content-Type: text/plain; charset=utf-8\r\nContent-Length: " +
                                    std::to_string(text.size()) + "\r\n\r\n" + text);
  ASSERT_EQ(r.status, 200) << r.head << r.body.substr(0, 200);
  EXPECT_NE(r.body.find("\"lang\":\"fr\""), std::string::npos);
  EXPECT_NE(r.body.find("\"entities\":[{"), std::string::npos);
}

}  // namespace
}  // namespace chancery::testing

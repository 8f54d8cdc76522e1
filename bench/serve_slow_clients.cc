// serve_slow_clients: the health check's latency while many slow clients hold
// connections to `chancery serve` (the slowloris case of the serve issue).
//
//   serve_slow_clients --port P [--clients 200] [--seconds 15] [--probe-ms 25]
//
// Opens --clients connections to 127.0.0.1:P that each send the start of a request and
// then one more header byte every second, never finishing it (each stays busy for the
// server, never idle long enough for its timeout). Meanwhile it times complete
// `GET /healthz` requests on fresh connections, one every --probe-ms, and prints the
// probes' p50, p99 and max latency, failures, and how many slow connections were still
// open at the end. Loopback only; bounded in time; stops by itself.
// Output: one line of key=value pairs (bench/serve_bench.sh parses it).
#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <thread>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

int Connect(int port, bool blocking) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  if (fd < 0) return -1;
  timeval tv{5, 0};
  setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
  setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv);
  int one = 1;
  setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<uint16_t>(port));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);  // loopback only, whatever the arguments
  if (connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
    close(fd);
    return -1;
  }
  if (!blocking) fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK);
  return fd;
}

bool SendAll(int fd, const std::string& s) {
  for (size_t sent = 0; sent < s.size();) {
    ssize_t n = send(fd, s.data() + sent, s.size() - sent, MSG_NOSIGNAL);
    if (n <= 0) return false;
    sent += static_cast<size_t>(n);
  }
  return true;
}

// One complete GET /healthz on a new connection; the latency in ms, or -1 on failure.
double Probe(int port) {
  auto start = Clock::now();
  int fd = Connect(port, true);
  if (fd < 0) return -1;
  bool ok = SendAll(fd, "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
  std::string in;
  char buf[4096];
  while (ok) {
    ssize_t n = recv(fd, buf, sizeof buf, 0);
    if (n <= 0) break;
    in.append(buf, static_cast<size_t>(n));
  }
  close(fd);
  if (!ok || in.rfind("HTTP/1.1 200", 0) != 0 || in.find("\"ok\"") == std::string::npos) return -1;
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

int Arg(int argc, char** argv, const char* name, int fallback) {
  for (int i = 1; i + 1 < argc; ++i) {
    if (std::strcmp(argv[i], name) == 0) return std::atoi(argv[i + 1]);
  }
  return fallback;
}

}  // namespace

int main(int argc, char** argv) {
  const int port = Arg(argc, argv, "--port", 0);
  const int clients = std::clamp(Arg(argc, argv, "--clients", 200), 1, 5000);
  const int seconds = std::clamp(Arg(argc, argv, "--seconds", 15), 1, 120);
  const int probe_ms = std::clamp(Arg(argc, argv, "--probe-ms", 25), 1, 10000);
  if (port <= 0 || port > 65535) {
    std::fprintf(stderr, "usage: serve_slow_clients --port P [--clients 200] [--seconds 15] [--probe-ms 25]\n");
    return 2;
  }

  // The slow clients: a request line and a first header, then a byte a second.
  std::vector<int> slow;
  for (int i = 0; i < clients; ++i) {
    int fd = Connect(port, false);
    if (fd < 0) break;
    if (!SendAll(fd, "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")) {
      close(fd);
      continue;
    }
    slow.push_back(fd);
  }
  const size_t opened = slow.size();

  std::atomic<bool> done{false};
  std::thread trickle([&] {
    while (!done.load()) {
      for (int& fd : slow) {
        if (fd >= 0 && send(fd, "a", 1, MSG_NOSIGNAL) != 1) {
          close(fd);
          fd = -1;
        }
      }
      for (int i = 0; i < 10 && !done.load(); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
  });

  // A second to let every slow connection reach the server, then the probes.
  std::this_thread::sleep_for(std::chrono::seconds(1));
  std::vector<double> latencies;
  int failures = 0;
  const auto end = Clock::now() + std::chrono::seconds(seconds);
  while (Clock::now() < end) {
    auto next = Clock::now() + std::chrono::milliseconds(probe_ms);
    double ms = Probe(port);
    if (ms < 0) {
      ++failures;
    } else {
      latencies.push_back(ms);
    }
    std::this_thread::sleep_until(next);
  }

  // Still open: the server has neither closed nor reset them.
  size_t open_at_end = 0;
  for (int fd : slow) {
    if (fd < 0) continue;
    pollfd p{fd, POLLIN, 0};
    bool closed = poll(&p, 1, 0) > 0 && (p.revents & (POLLIN | POLLHUP | POLLERR));
    if (!closed) ++open_at_end;
  }
  done = true;
  trickle.join();
  for (int fd : slow) {
    if (fd >= 0) close(fd);
  }

  std::sort(latencies.begin(), latencies.end());
  auto pct = [&](double p) {
    if (latencies.empty()) return -1.0;
    size_t i = static_cast<size_t>(p * static_cast<double>(latencies.size() - 1) + 0.5);
    return latencies[std::min(i, latencies.size() - 1)];
  };
  std::printf("slow_clients=%zu slow_open_at_end=%zu probes=%zu failures=%d p50_ms=%.2f p99_ms=%.2f max_ms=%.2f\n",
              opened, open_at_end, latencies.size(), failures, pct(0.5), pct(0.99),
              latencies.empty() ? -1.0 : latencies.back());
  return latencies.empty() ? 1 : 0;
}

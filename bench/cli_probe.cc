// The `chancery` executable as a user runs it, timed from outside (run by bench/run.sh):
//
//   first_output   `chancery extract` on one short dispatch: wall-clock from spawning the
//                  process to the first byte on its standard output (median and best of
//                  several runs; the lexicons are in the page cache, as on a server),
//                  and the CPU time of the whole run (the figure to trust on a loaded host).
//   threads N      `chancery extract --jsonl --threads N` over the news corpus (the
//                  shared articles as bench_corpus loads them, repeated to a few MB so
//                  start-up is small next to the work): MB/s of input text and docs/s,
//                  wall-clock, best of two runs; and the process's peak RSS.
//
//   cli_probe CHANCERY_EXE [REPEAT]
//
// Prints one line per figure, tab-separated: name, figure, figure, figure (bench.log's
// columns after the host and compiler).
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "bench_corpus.h"
#include "format/json_writer.h"

extern char** environ;

namespace chancery::bench {
namespace {

using Clock = std::chrono::steady_clock;

struct RunResult {
  bool ok = false;
  double first_byte_ms = -1;  // from spawn to the first byte of standard output
  double wall_ms = 0;         // from spawn to exit
  double peak_rss_mb = 0;
  double cpu_ms = 0;          // user + system time of the process
  size_t out_bytes = 0;
};

// Runs argv with standard output on a pipe (read and counted), stdin from /dev/null.
RunResult Run(const std::vector<std::string>& args) {
  RunResult r;
  int fds[2];
  if (pipe(fds) != 0) return r;
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_adddup2(&fa, fds[1], 1);
  posix_spawn_file_actions_addclose(&fa, fds[0]);
  posix_spawn_file_actions_addclose(&fa, fds[1]);
  posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
  std::vector<char*> argv;
  for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  Clock::time_point start = Clock::now();
  pid_t pid;
  int rc = posix_spawn(&pid, argv[0], &fa, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&fa);
  close(fds[1]);
  if (rc != 0) {
    close(fds[0]);
    return r;
  }
  std::vector<char> buf(1 << 16);
  for (;;) {
    ssize_t n = read(fds[0], buf.data(), buf.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    if (r.first_byte_ms < 0) {
      r.first_byte_ms = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
    }
    r.out_bytes += static_cast<size_t>(n);
  }
  close(fds[0]);
  int status = 0;
  struct rusage usage;
  if (wait4(pid, &status, 0, &usage) != pid) return r;
  r.wall_ms = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
  r.peak_rss_mb = static_cast<double>(usage.ru_maxrss) / 1024.0;
  r.cpu_ms = static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3 +
             static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
  r.ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
  return r;
}

bool WriteFile(const std::string& path, const std::string& content) {
  FILE* f = std::fopen(path.c_str(), "wb");
  if (f == nullptr) return false;
  bool ok = std::fwrite(content.data(), 1, content.size(), f) == content.size();
  return std::fclose(f) == 0 && ok;
}

// A short dispatch of the usual shape, written for this probe.
constexpr char kShortDispatch[] =
    "Le ministre allemand des Affaires étrangères attendu lundi à Varsovie\n"
    "\n"
    "BERLIN, 3 mars (Reuters) - Le chef de la diplomatie allemande se rendra lundi à "
    "Varsovie, où il doit rencontrer son homologue polonais, a annoncé mardi le ministère "
    "des Affaires étrangères.\n";

}  // namespace
}  // namespace chancery::bench

int main(int argc, char** argv) {
  using namespace chancery;
  using namespace chancery::bench;
  if (argc < 2) {
    std::fprintf(stderr, "usage: cli_probe CHANCERY_EXE [REPEAT]\n");
    return 2;
  }
  std::string exe = argv[1];
  int repeat = argc > 2 ? std::max(1, std::atoi(argv[2])) : 16;
  char tmpl[] = "/tmp/chancery-cli-probe-XXXXXX";
  if (mkdtemp(tmpl) == nullptr) return 1;
  std::string dir = tmpl;
  std::string dispatch = dir + "/dispatch.txt", corpus_path = dir + "/corpus.jsonl";

  const Corpus& c = LoadCorpus();
  std::string jsonl;
  size_t docs = 0, bytes = 0;
  for (int k = 0; k < repeat; ++k) {
    for (const InputRecord& r : c.records) {
      JsonWriter w(&jsonl);
      w.BeginObject();
      w.Key("id");
      w.String(r.id + "#" + std::to_string(k));
      w.Key("text");
      w.String(r.text);
      if (!r.lang.empty()) {
        w.Key("lang");
        w.String(r.lang);
      }
      if (!r.published.empty()) {
        w.Key("published");
        w.String(r.published);
      }
      w.EndObject();
      jsonl += '\n';
      ++docs;
      bytes += r.text.size();
    }
  }
  int exit_code = 0;
  if (!WriteFile(dispatch, kShortDispatch) || !WriteFile(corpus_path, jsonl)) {
    std::fprintf(stderr, "cli_probe: cannot write under %s\n", dir.c_str());
    exit_code = 1;
  } else {
    // Time to first output: median and best of 15 runs, after one to warm the page cache.
    (void)Run({exe, "extract", dispatch});
    std::vector<double> first, cpu;
    double rss_short = 0;
    for (int i = 0; i < 15; ++i) {
      RunResult r = Run({exe, "extract", dispatch});
      if (!r.ok || r.first_byte_ms < 0) {
        std::fprintf(stderr, "cli_probe: %s extract %s failed\n", exe.c_str(), dispatch.c_str());
        exit_code = 1;
        break;
      }
      first.push_back(r.first_byte_ms);
      cpu.push_back(r.cpu_ms);
      rss_short = std::max(rss_short, r.peak_rss_mb);
    }
    if (!first.empty()) {
      std::sort(first.begin(), first.end());
      std::sort(cpu.begin(), cpu.end());
      std::printf("cli first output (extract, one short dispatch)\t%.1f ms median\t%.1f ms best\t%.0f MB peak\t"
                  "%.1f ms cpu median (whole run)\n",
                  first[first.size() / 2], first.front(), rss_short, cpu[cpu.size() / 2]);
    }
    double mbs1 = 0;
    for (int threads : {1, 2}) {
      RunResult best;
      for (int i = 0; i < 2 && exit_code == 0; ++i) {
        RunResult r = Run({exe, "extract", "--jsonl", "--threads", std::to_string(threads), corpus_path});
        if (!r.ok) {
          std::fprintf(stderr, "cli_probe: %s extract --threads %d failed\n", exe.c_str(), threads);
          exit_code = 1;
          break;
        }
        if (!best.ok || r.wall_ms < best.wall_ms) best = r;
      }
      if (!best.ok) break;
      double s = best.wall_ms / 1e3;
      double mbs = static_cast<double>(bytes) / 1e6 / s;
      if (threads == 1) mbs1 = mbs;
      std::printf("cli extract --jsonl --threads %d (%zu docs, %.1f MB)\t%.1f MB/s\t%.0f docs/s\t%.0f MB peak\t"
                  "x%.2f of 1 thread\n",
                  threads, docs, static_cast<double>(bytes) / 1e6, mbs, static_cast<double>(docs) / s,
                  best.peak_rss_mb, mbs1 > 0 ? mbs / mbs1 : 0);
    }
  }
  unlink(dispatch.c_str());
  unlink(corpus_path.c_str());
  rmdir(dir.c_str());
  return exit_code;
}

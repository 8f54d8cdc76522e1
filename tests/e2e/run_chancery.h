// Runs the built `chancery` executable (path from $CHANCERY_EXE) and captures its exit
// code, standard output and standard error. Test-only.
#ifndef CHANCERY_TESTS_E2E_RUN_CHANCERY_H_
#define CHANCERY_TESTS_E2E_RUN_CHANCERY_H_

#include <string>
#include <vector>

namespace chancery::testing {

struct RunResult {
  int exit_code = -1;
  std::string out;
  std::string err;
  std::vector<std::string> lines;  // `out` split on '\n', without the empty tail
};

// Runs `chancery ARGS...` with standard input from `stdin_path` (or /dev/null).
RunResult RunChancery(const std::vector<std::string>& args, const std::string& stdin_path = "");

// Writes `content` to a fresh file under /tmp with `suffix`, returns its path.
std::string WriteTempFile(const std::string& content, const std::string& suffix);

}  // namespace chancery::testing

#endif  // CHANCERY_TESTS_E2E_RUN_CHANCERY_H_

#include "support/test_data.h"

#include <time.h>

#include <gtest/gtest.h>

#include <cstdlib>

#include "base/mapped_file.h"

namespace chancery::testing {

namespace {
std::string EnvOr(const char* name, const char* fallback) {
  const char* v = std::getenv(name);
  return v == nullptr || *v == '\0' ? std::string(fallback) : std::string(v);
}
}  // namespace

std::string DataDir() { return EnvOr("CHANCERY_DATA", CHANCERY_TEST_DATA_DIR); }
std::string SharedDir() { return EnvOr("CHANCERY_SHARED", CHANCERY_TEST_SHARED_DIR); }
std::string SourceDir() { return EnvOr("CHANCERY_SOURCE", CHANCERY_TEST_SOURCE_DIR); }

std::string ReadOrFail(const std::string& path) {
  Result<std::string> content = ReadFileToString(path);
  if (!content.ok()) {
    ADD_FAILURE() << content.status().ToString();
    return {};
  }
  return std::move(content).value();
}

double ThreadCpuSeconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

}  // namespace chancery::testing

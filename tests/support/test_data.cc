#include "support/test_data.h"

#include <gtest/gtest.h>

#include <cstdlib>

#include "base/mapped_file.h"

namespace chancery::testing {

namespace {
std::string Env(const char* name) {
  const char* v = std::getenv(name);
  return v == nullptr ? std::string() : std::string(v);
}
}  // namespace

std::string DataDir() { return Env("CHANCERY_DATA"); }
std::string SharedDir() { return Env("CHANCERY_SHARED"); }
std::string SourceDir() { return Env("CHANCERY_SOURCE"); }

std::string ReadOrFail(const std::string& path) {
  Result<std::string> content = ReadFileToString(path);
  if (!content.ok()) {
    ADD_FAILURE() << content.status().ToString();
    return {};
  }
  return std::move(content).value();
}

}  // namespace chancery::testing

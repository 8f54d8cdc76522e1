// Paths to test data. Each comes from the environment when set, else from the build
// configuration (compile definitions of chancery_test_support), never from a path
// written in a test:
//   CHANCERY_DATA    the compiled lexicons (build/data)
//   CHANCERY_SHARED  the shared development data (../shared beside the clone)
//   CHANCERY_SOURCE  the source tree (examples, tests/testdata)
#ifndef CHANCERY_TESTS_SUPPORT_TEST_DATA_H_
#define CHANCERY_TESTS_SUPPORT_TEST_DATA_H_

#include <string>

namespace chancery::testing {

std::string DataDir();
std::string SharedDir();
std::string SourceDir();
// The whole content of a file; fails the current test (and returns "") if unreadable.
std::string ReadOrFail(const std::string& path);

// CPU time consumed by the calling thread, in seconds. Loose complexity bounds in tests
// ("no quadratic blow-up") use it rather than wall time, which other processes' load
// inflates; speed itself is measured by the benchmarks, never by tests.
double ThreadCpuSeconds();

}  // namespace chancery::testing

#endif  // CHANCERY_TESTS_SUPPORT_TEST_DATA_H_

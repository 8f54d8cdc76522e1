// Shared pieces of the libFuzzer targets (fuzz/*_fuzzer.cc): where the compiled
// lexicons are, and cutting one fuzz input into fields.
//
// The lexicons are the sanitizer build's own (build-san/data), compiled in as
// CHANCERY_FUZZ_DATA_DIR; $CHANCERY_DATA overrides it (e.g. a normal build's data).
#ifndef CHANCERY_FUZZ_FUZZ_SUPPORT_H_
#define CHANCERY_FUZZ_FUZZ_SUPPORT_H_

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

namespace chancery::fuzz {

inline std::string DataDir() {
  if (const char* env = std::getenv("CHANCERY_DATA"); env != nullptr && *env != '\0') return env;
  return CHANCERY_FUZZ_DATA_DIR;
}

inline std::string_view AsView(const uint8_t* data, size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

// Takes the text up to the next '\n' (or all of it) off the front of *rest.
inline std::string_view TakeLine(std::string_view* rest) {
  size_t nl = rest->find('\n');
  std::string_view line = rest->substr(0, nl);
  rest->remove_prefix(nl == std::string_view::npos ? rest->size() : nl + 1);
  return line;
}

// A set-up step that must work (loading lexicons, creating a store): print and abort,
// which libFuzzer reports as a crash, rather than fuzz a half-built target.
[[noreturn]] inline void SetupFailed(const std::string& what) {
  std::fprintf(stderr, "fuzz target set-up failed: %s\n", what.c_str());
  std::abort();
}

// A broken invariant of the code under test: abort so the input is kept as a crash.
#define CHANCERY_FUZZ_CHECK(cond)                                                        \
  do {                                                                                   \
    if (!(cond)) {                                                                       \
      std::fprintf(stderr, "%s:%d: fuzz check failed: %s\n", __FILE__, __LINE__, #cond); \
      std::abort();                                                                      \
    }                                                                                    \
  } while (0)

}  // namespace chancery::fuzz

#endif  // CHANCERY_FUZZ_FUZZ_SUPPORT_H_

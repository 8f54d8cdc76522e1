// The pipeline the whole-pipeline fuzz targets (pipeline_fuzzer, jsonl_fuzzer) share:
// created once per fuzzing process with the lexicons of fuzz_support.h's DataDir(), and
// never destroyed (libFuzzer exits without unwinding).
#ifndef CHANCERY_FUZZ_FUZZ_PIPELINE_H_
#define CHANCERY_FUZZ_FUZZ_PIPELINE_H_

#include <utility>

#include "fuzz_support.h"
#include "pipeline/pipeline.h"

namespace chancery::fuzz {

inline const Pipeline& SharedPipeline() {
  static const Pipeline* pipeline = [] {
    ExtractOptions options;
    options.data_dir = DataDir();
    auto p = Pipeline::Create(options);
    if (!p.ok()) SetupFailed(p.status().message());
    return std::move(p).value().release();
  }();
  return *pipeline;
}

}  // namespace chancery::fuzz

#endif  // CHANCERY_FUZZ_FUZZ_PIPELINE_H_

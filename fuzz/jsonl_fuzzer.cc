// One line of `chancery extract --jsonl` input (src/ingest/record.cc: JsonRecordReader)
// and, when it reads as a record, that record through the pipeline, so its `lang`,
// `published` and `provider` fields reach language selection and date resolution as
// outside input. One reader is reused across inputs, as a worker reuses it.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "document/document.h"
#include "fuzz_support.h"
#include "ingest/record.h"
#include "pipeline/pipeline.h"

namespace {

const chancery::Pipeline& GetPipeline() {
  static const chancery::Pipeline* pipeline = [] {
    chancery::ExtractOptions options;
    options.data_dir = chancery::fuzz::DataDir();
    auto p = chancery::Pipeline::Create(options);
    if (!p.ok()) chancery::fuzz::SetupFailed(p.status().message());
    return std::move(p).value().release();
  }();
  return *pipeline;
}

}  // namespace

// Loads the lexicons before fuzzing starts, so the first input's time is its own
// (-timeout=1).
extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/) {
  (void)GetPipeline();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static chancery::JsonRecordReader* reader = new chancery::JsonRecordReader();
  chancery::InputRecord record;
  record.id = "line-1";
  chancery::Status status = reader->Parse(chancery::fuzz::AsView(data, size), &record);
  if (!status.ok()) return 0;
  chancery::Document doc;
  (void)GetPipeline().Analyze(std::move(record), &doc);
  return 0;
}

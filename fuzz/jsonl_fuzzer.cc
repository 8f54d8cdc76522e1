// One line of `chancery extract --jsonl` input (src/ingest/record.cc: JsonRecordReader)
// and, when it reads as a record, that record through the pipeline, so its `lang`,
// `published` and `provider` fields reach language selection and date resolution as
// outside input. One reader is reused across inputs, as a worker reuses it.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "document/document.h"
#include "fuzz_pipeline.h"
#include "fuzz_support.h"
#include "ingest/record.h"
#include "pipeline/pipeline.h"

// Loads the lexicons before fuzzing starts, so the first input's time is its own
// (-timeout=1).
extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/) {
  (void)chancery::fuzz::SharedPipeline();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static chancery::JsonRecordReader* reader = new chancery::JsonRecordReader();
  chancery::InputRecord record;
  record.id = "line-1";
  chancery::Status status = reader->Parse(chancery::fuzz::AsView(data, size), &record);
  if (!status.ok()) return 0;
  chancery::Document doc;
  (void)chancery::fuzz::SharedPipeline().Analyze(std::move(record), &doc);
  return 0;
}

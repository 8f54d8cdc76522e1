// A dispatch's text through the whole pipeline (Pipeline::Analyze: decode, langid,
// ingest, tokenize, morph, entities, timex, quotes, events) and out as the JSON output
// document. The first byte picks the language (the record's `lang`: none, fr or en) so
// both languages' stages run whatever the detector makes of a mutated text; the rest is
// the text. Any input must give a document or an InvalidInput status, never a crash.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "document/document.h"
#include "format/document_json.h"
#include "fuzz_pipeline.h"
#include "fuzz_support.h"
#include "pipeline/pipeline.h"

// Loads the lexicons before fuzzing starts, so the first input's time is its own
// (-timeout=1).
extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/) {
  (void)chancery::fuzz::SharedPipeline();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  static const char* const kLangs[] = {"", "fr", "en"};
  chancery::InputRecord record;
  record.id = "fuzz";
  record.lang = kLangs[data[0] % 3];
  record.text.assign(reinterpret_cast<const char*>(data + 1), size - 1);
  chancery::Document doc;
  chancery::Status status = chancery::fuzz::SharedPipeline().Analyze(std::move(record), &doc);
  std::string out;
  if (status.ok()) {
    chancery::DocumentJsonOptions options;
    options.tokens = true;
    chancery::AppendDocumentJson(doc, options, &out);
  } else {
    chancery::AppendErrorJson(doc.id, status.message(), &out);
  }
  CHANCERY_FUZZ_CHECK(!out.empty() && out.front() == '{' && out.back() == '}');
  return 0;
}

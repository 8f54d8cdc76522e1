// Date normalization (src/ingest/datetime.cc and the dispatch parser's date reading).
// The input is four lines and a rest:
//   1. an ISO 8601 string: ParseIso, then every formatter and the zone resolution;
//   2. a zone name: FindZone (must never throw), then the dispatch parser's `tz` option;
//   3. a reference time (the parser's `reference_time` option);
//   4. the record's `published` field;
//   rest: a text, read by ReadDate/ReadTime at every position and by the whole
//         DispatchParser (provider lines, date lines, datelines).
// The timex normalizer has no string entry point of its own: dispatch text with a
// fuzzed `published` reaches it through the pipeline and jsonl targets.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "document/document.h"
#include "fuzz_support.h"
#include "ingest/dispatch_parser.h"
#include "ingest/internal.h"
#include "lexicon/lexicon.h"
#include "unicode/utf8.h"

namespace ii = chancery::ingest_internal;

namespace {

struct Fixture {
  std::unique_ptr<chancery::DispatchParser> parser;
  std::unique_ptr<ii::Words> words;
};

const Fixture& Get() {
  static const Fixture* fixture = [] {
    auto* f = new Fixture;
    std::string dir = chancery::fuzz::DataDir();
    auto parser = chancery::DispatchParser::Create(dir);
    if (!parser.ok()) chancery::fuzz::SetupFailed(parser.status().message());
    f->parser = std::move(parser).value();
    auto lex = chancery::Lexicon::Open(dir + "/" + ii::kLexiconName + ".lex", ii::kLexiconKind);
    if (!lex.ok()) chancery::fuzz::SetupFailed(lex.status().message());
    f->words = std::make_unique<ii::Words>(std::move(lex).value());
    return f;
  }();
  return *fixture;
}

void CheckIso(std::string_view s) {
  ii::LocalDateTime t;
  if (!ii::ParseIso(s, &t)) return;
  if (!ii::ValidDate(t.year, t.month, t.day)) return;
  (void)ii::DayNumber(t.year, t.month, t.day);
  std::string date = ii::FormatDate(t);
  CHANCERY_FUZZ_CHECK(date.size() >= 10);
  if (t.has_time()) {
    (void)ii::FormatLocal(t);
    (void)ii::FormatWithOffset(t, t.offset_minutes);
    static const date::time_zone* paris = ii::FindZone("Europe/Paris");
    CHANCERY_FUZZ_CHECK(paris != nullptr);
    (void)ii::ResolveInZone(t, paris);
  }
}

}  // namespace

// Loads the lexicons before fuzzing starts, so the first input's time is its own
// (-timeout=1).
extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/) {
  (void)Get();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const Fixture& f = Get();
  std::string_view rest = chancery::fuzz::AsView(data, size);
  std::string_view iso = chancery::fuzz::TakeLine(&rest);
  std::string_view zone = chancery::fuzz::TakeLine(&rest);
  std::string_view reference = chancery::fuzz::TakeLine(&rest);
  std::string_view published = chancery::fuzz::TakeLine(&rest);

  CheckIso(iso);
  const date::time_zone* tz = ii::FindZone(zone);

  chancery::Document doc;
  doc.text.assign(rest);
  if (!doc.decoded.Decode(doc.text).ok()) return 0;
  ii::Scratch scratch;
  ii::Cursor cursor{doc.decoded, *f.words, scratch};
  uint32_t n = doc.decoded.size();
  for (uint32_t i = 0; i < n; ++i) {
    ii::LocalDateTime t;
    uint32_t end = ii::ReadDate(cursor, i, n, ii::DateReadOptions{true, (i & 1) == 0}, &t);
    CHANCERY_FUZZ_CHECK(end >= i && end <= n);
    if (end > i && t.full_date() && ii::ValidDate(t.year, t.month, t.day) && tz != nullptr) {
      (void)ii::ResolveInZone(t, tz);
    }
    ii::LocalDateTime time;
    end = ii::ReadTime(cursor, i, n, &time);
    CHANCERY_FUZZ_CHECK(end >= i && end <= n);
  }

  for (chancery::Language lang : {chancery::Language::kFrench, chancery::Language::kEnglish}) {
    chancery::IngestOptions options;
    options.tz.assign(zone);
    options.reference_time.assign(reference);
    chancery::InputRecord record;
    record.published.assign(published);
    doc.lang = lang;
    chancery::Status st = f.parser->Parse(options, record, &doc);
    // Only an unknown zone may fail the parse.
    CHANCERY_FUZZ_CHECK(st.ok() || (!zone.empty() && tz == nullptr));
  }
  return 0;
}

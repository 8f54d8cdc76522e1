#include "pipeline/pipeline.h"

#include <algorithm>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <optional>
#include <vector>

#include "base/deadline.h"
#include "entities/entity_recognizer.h"
#include "events/event_coder.h"
#include "ingest/dispatch_parser.h"
#include "langid/language_identifier.h"
#include "lexicon/lexicon.h"
#include "morph/morphology.h"
#include "quotes/quote_extractor.h"
#include "timex/timex_tagger.h"
#include "tokenize/tokenizer.h"

namespace chancery {

struct Pipeline::Impl {
  ExtractOptions options;
  IngestOptions ingest_options;
  std::unique_ptr<LanguageIdentifier> langid;
  std::unique_ptr<DispatchParser> dispatch_parser;
  std::unique_ptr<Tokenizer> tokenizer;
  std::unique_ptr<Morphology> morphology;
  std::unique_ptr<TimexTagger> timex;
  std::unique_ptr<EntityRecognizer> entities;
  std::unique_ptr<QuoteExtractor> quotes;
  std::unique_ptr<EventCoder> events;
  std::string fingerprint;
};

namespace {

// A file every complete data directory holds; LocateDataDir probes for it.
constexpr char kProbeLexicon[] = "morph-fr.lex";

template <typename T>
Status Load(Result<std::unique_ptr<T>> loaded, std::unique_ptr<T>* out) {
  if (!loaded.ok()) return loaded.status();
  *out = std::move(loaded).value();
  return Status::Ok();
}

bool HasVisibleCharacter(const DecodedText& text) {
  for (uint32_t i = 0; i < text.size(); ++i) {
    if (!text.Is(i, cc::kSpace | cc::kControl)) return true;
  }
  return false;
}

// FNV-1a, 64 bits: enough to tell analyses apart, not a security boundary.
void MixInto(uint64_t* h, std::string_view bytes) {
  for (unsigned char c : bytes) {
    *h ^= c;
    *h *= 0x100000001b3ULL;
  }
  *h ^= 0xff;  // field separator: ("ab","c") and ("a","bc") differ
  *h *= 0x100000001b3ULL;
}

// See Pipeline::fingerprint().
Result<std::string> AnalysisFingerprint(const std::string& data_dir, const ExtractOptions& options) {
  std::vector<std::string> names;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(data_dir, ec)) {
    std::string name = entry.path().filename().string();
    if (name.size() > 4 && name.ends_with(".lex")) names.push_back(std::move(name));
  }
  if (ec) return Status::IOError(data_dir + ": " + ec.message());
  std::sort(names.begin(), names.end());
  uint64_t h = 0xcbf29ce484222325ULL;
  for (const std::string& name : names) {
    Result<uint64_t> sum = ReadLexiconChecksum(data_dir + "/" + name);
    if (!sum.ok()) return sum.status();
    MixInto(&h, name);
    MixInto(&h, std::to_string(sum.value()));
  }
  MixInto(&h, LanguageCode(options.lang));
  MixInto(&h, options.tz);
  MixInto(&h, options.reference_time);
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(h));
  return std::string("chancery ") + CHANCERY_VERSION + "/" + hex;
}

}  // namespace

Pipeline::Pipeline() : impl_(std::make_unique<Impl>()) {}
Pipeline::~Pipeline() = default;

const ExtractOptions& Pipeline::options() const { return impl_->options; }

const std::string& Pipeline::fingerprint() const { return impl_->fingerprint; }

Result<std::unique_ptr<Pipeline>> Pipeline::Create(const ExtractOptions& options) {
  Result<std::string> dir = LocateDataDir(options.data_dir, kProbeLexicon);
  if (!dir.ok()) return dir.status();
  std::unique_ptr<Pipeline> p(new Pipeline());
  Impl& r = *p->impl_;
  r.options = options;
  r.ingest_options.tz = options.tz;
  r.ingest_options.reference_time = options.reference_time;
  const std::string& d = dir.value();
  Status st = Load(LanguageIdentifier::Create(d), &r.langid);
  if (st.ok()) st = Load(DispatchParser::Create(d), &r.dispatch_parser);
  if (st.ok()) st = Load(Tokenizer::Create(d), &r.tokenizer);
  if (st.ok()) st = Load(Morphology::Create(d), &r.morphology);
  if (st.ok()) st = Load(TimexTagger::Create(d), &r.timex);
  if (st.ok()) st = Load(EntityRecognizer::Create(d), &r.entities);
  if (st.ok()) st = Load(QuoteExtractor::Create(d), &r.quotes);
  if (st.ok()) st = Load(EventCoder::Create(d), &r.events);
  if (!st.ok()) return st;
  Result<std::string> fingerprint = AnalysisFingerprint(d, options);
  if (!fingerprint.ok()) return fingerprint.status();
  r.fingerprint = std::move(fingerprint).value();
  // Validate the zone once, so a bad --tz is a usage error rather than one error per
  // document: parse an empty probe document with it.
  if (!options.tz.empty()) {
    Document probe;
    probe.text = "x";
    (void)probe.decoded.Decode(probe.text);
    InputRecord empty;
    Status tz = r.dispatch_parser->Parse(r.ingest_options, empty, &probe);
    if (!tz.ok()) return tz;
  }
  return p;
}

namespace {

// The per-document time budget (ExtractOptions::time_budget_ms): read here between
// stages, and by the stages' long loops through the thread's deadline (base/deadline.h),
// which stop early once it has passed.
class Budget {
 public:
  explicit Budget(int64_t ms)
      : ms_(ms), start_(std::chrono::steady_clock::now()), deadline_(start_ + std::chrono::milliseconds(ms)) {
    if (ms_ > 0) scope_.emplace(deadline_);
  }

  // OK while within the budget; after it, the InvalidInput error that says where the
  // analysis stood: "time budget exceeded: 20012 ms, stopped after morph (limit 20000 ms,
  // see --time-budget-ms)".
  Status Check(const char* stage) const {
    if (ms_ <= 0) return Status::Ok();
    auto now = std::chrono::steady_clock::now();
    if (now <= deadline_) return Status::Ok();
    auto spent = std::chrono::duration_cast<std::chrono::milliseconds>(now - start_).count();
    return Status::InvalidInput("time budget exceeded: " + std::to_string(spent) + " ms, stopped after " + stage +
                                " (limit " + std::to_string(ms_) + " ms, see --time-budget-ms)");
  }

 private:
  int64_t ms_;
  std::chrono::steady_clock::time_point start_, deadline_;
  std::optional<DeadlineScope> scope_;
};

}  // namespace

Status Pipeline::Analyze(InputRecord&& record, Document* doc) const {
  const Impl& r = *impl_;
  Budget budget(r.options.time_budget_ms);
  doc->Clear();
  doc->id = std::move(record.id);
  doc->text = std::move(record.text);
  doc->analysis = r.fingerprint;
  if (doc->text.size() > r.options.max_document_bytes) {
    return Status::InvalidInput("document too large: " + std::to_string(doc->text.size()) +
                                " bytes (limit " + std::to_string(r.options.max_document_bytes) +
                                ", see --max-bytes)");
  }
  if (std::memchr(doc->text.data(), '\0', doc->text.size()) != nullptr) {
    return Status::InvalidInput("document contains NUL bytes (binary data, not text)");
  }
  Status st = doc->decoded.Decode(doc->text);
  if (!st.ok()) return st;
  if (!HasVisibleCharacter(doc->decoded)) return Status::InvalidInput("empty document");

  Language lang = r.options.lang;
  if (lang == Language::kUnknown && !record.lang.empty()) {
    lang = ParseLanguage(record.lang);
    if (lang == Language::kUnknown) {
      return Status::InvalidInput("unsupported language \"" + record.lang + "\"");
    }
  }
  if (lang == Language::kUnknown) {
    lang = r.langid->Identify(doc->decoded, Span{0, doc->decoded.size()}).lang;
  }
  doc->lang = lang;
  doc->meta.url = record.url;
  if (st = budget.Check("language identification"); !st.ok()) return st;

  st = r.dispatch_parser->Parse(r.ingest_options, record, doc);
  if (!st.ok()) return st;

  const DocumentMeta& m = doc->meta;
  if (!m.headline_span.empty() && m.headline_span.end <= m.body.start) {
    r.tokenizer->Tokenize(m.headline_span, doc);
  }
  r.tokenizer->Tokenize(m.body, doc);
  if (st = budget.Check("tokenization"); !st.ok()) return st;
  r.morphology->Analyze(doc);
  if (st = budget.Check("morphology"); !st.ok()) return st;
  r.timex->Tag(doc);
  if (st = budget.Check("dates"); !st.ok()) return st;
  r.entities->Recognize(doc);
  if (st = budget.Check("entities"); !st.ok()) return st;
  r.quotes->Extract(doc);
  if (st = budget.Check("quotes"); !st.ok()) return st;
  r.events->Code(doc);
  return Status::Ok();
}

}  // namespace chancery

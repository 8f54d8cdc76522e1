#include "analysis_options.h"

#include <cstdlib>

namespace chancery::cli {

const char kAnalysisOptionsHelp[] =
    "  --lang fr|en     language of every input (default: the record's, else detected)\n"
    "  --tz ZONE        IANA zone for times printed without an offset\n"
    "                   (default: Europe/Paris for French dispatches, UTC otherwise)\n"
    "  --ref TIME       reference time (ISO 8601) for dispatches that carry no date\n"
    "  --threads N      worker threads (default: all cores)\n"
    "  --max-bytes N    refuse documents larger than N bytes (default: 8388608, 8 MiB)\n"
    "  --time-budget-ms N\n"
    "                   stop analysing a document after N milliseconds and report it as\n"
    "                   an error, going on with the next (default: 20000; 0: no limit)\n"
    "  --data DIR       directory of the compiled lexicons (default: beside the program)\n";

const std::set<std::string>& AnalysisOptionNames() {
  static const std::set<std::string> names = {"--lang",      "--tz",   "--ref",
                                              "--threads",   "--data", "--max-bytes",
                                              "--time-budget-ms"};
  return names;
}

std::set<std::string> WithAnalysisOptions(std::set<std::string> own) {
  own.insert(AnalysisOptionNames().begin(), AnalysisOptionNames().end());
  return own;
}

bool ParseCount(const std::string& s, long long min, long long* out) {
  if (s.empty()) return false;
  char* end = nullptr;
  long long v = std::strtoll(s.c_str(), &end, 10);
  if (*end != '\0' || v < min) return false;
  *out = v;
  return true;
}

bool ReadAnalysisOptions(const ParsedArgs& args, ExtractOptions* options, int* threads, std::string* error) {
  auto value = [&](const char* name) -> const std::string* {
    auto it = args.values.find(name);
    return it == args.values.end() ? nullptr : &it->second;
  };
  if (const std::string* v = value("--lang")) {
    options->lang = ParseLanguage(*v);
    if (options->lang == Language::kUnknown) {
      *error = "unsupported language '" + *v + "'";
      return false;
    }
  }
  if (const std::string* v = value("--tz")) options->tz = *v;
  if (const std::string* v = value("--ref")) options->reference_time = *v;
  if (const std::string* v = value("--data")) options->data_dir = *v;
  long long n = 0;
  *threads = 0;
  if (const std::string* v = value("--threads")) {
    if (!ParseCount(*v, 1, &n) || n > 1024) {
      *error = "--threads takes a number from 1 to 1024";
      return false;
    }
    *threads = static_cast<int>(n);
  }
  if (const std::string* v = value("--max-bytes")) {
    if (!ParseCount(*v, 1, &n)) {
      *error = "--max-bytes takes a positive number";
      return false;
    }
    options->max_document_bytes = static_cast<size_t>(n);
  }
  if (const std::string* v = value("--time-budget-ms")) {
    // Up to a day: beyond that a limit means nothing, and the deadline arithmetic
    // stays far from overflow.
    if (!ParseCount(*v, 0, &n) || n > 86'400'000) {
      *error = "--time-budget-ms takes a number of milliseconds from 0 (no limit) to 86400000";
      return false;
    }
    options->time_budget_ms = n;
  }
  return true;
}

}  // namespace chancery::cli

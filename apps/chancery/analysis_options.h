// The options shared by the subcommands that analyse dispatches (extract, ingest):
// --lang, --tz, --ref, --threads, --max-bytes, --time-budget-ms, --data. One parser, so
// they mean the same everywhere.
#ifndef CHANCERY_APPS_CHANCERY_ANALYSIS_OPTIONS_H_
#define CHANCERY_APPS_CHANCERY_ANALYSIS_OPTIONS_H_

#include <set>
#include <string>

#include "args.h"
#include "pipeline/pipeline.h"

namespace chancery::cli {

// The names of the shared options that take a value.
const std::set<std::string>& AnalysisOptionNames();

// The --help lines describing them.
extern const char kAnalysisOptionsHelp[];

// Fills *options and *threads (0: all cores) from `args`. Returns false with *error set
// on a bad value (a usage error).
bool ReadAnalysisOptions(const ParsedArgs& args, ExtractOptions* options, int* threads, std::string* error);

// Parses a decimal integer >= min; false if `s` is anything else.
bool ParseCount(const std::string& s, long long min, long long* out);

// Adds the shared option names to a subcommand's own.
std::set<std::string> WithAnalysisOptions(std::set<std::string> own);

}  // namespace chancery::cli

#endif  // CHANCERY_APPS_CHANCERY_ANALYSIS_OPTIONS_H_

// A small command-line scanner shared by the subcommands: "--name value",
// "--name=value", boolean "--flag", positional arguments and "--" ending options.
// Unknown options are a usage error (exit code 2), reported by the caller.
#ifndef CHANCERY_APPS_CHANCERY_ARGS_H_
#define CHANCERY_APPS_CHANCERY_ARGS_H_

#include <map>
#include <set>
#include <string>
#include <vector>

namespace chancery::cli {

struct ParsedArgs {
  std::map<std::string, std::string> values;  // options that take a value
  std::set<std::string> flags;                 // boolean options present
  std::vector<std::string> positional;
  std::string error;                           // non-empty on a usage error
};

// `with_value` and `boolean` list the accepted option names, e.g. "--tz", "--jsonl".
ParsedArgs ParseArgs(const std::vector<std::string>& args, const std::set<std::string>& with_value,
                     const std::set<std::string>& boolean);

// Reports a usage error of subcommand `command` on stderr, as one line
// "chancery: COMMAND: MESSAGE (see 'chancery COMMAND --help')", and returns its exit code, 2.
int UsageError(const char* command, const std::string& message);

}  // namespace chancery::cli

#endif  // CHANCERY_APPS_CHANCERY_ARGS_H_

// The subcommands of lexc, each in its own file. Build time only.
#ifndef CHANCERY_TOOLS_LEXC_COMMANDS_H_
#define CHANCERY_TOOLS_LEXC_COMMANDS_H_

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "lexicon/lexicon_writer.h"

namespace chancery::lexc {

struct Command {
  const char* name;
  Status (*run)(const std::vector<std::string>& args);
};

// All subcommands, in the order `lexc` lists them.
std::span<const Command> Commands();

Status RunTsv(const std::vector<std::string>& args);
Status RunMorphFr(const std::vector<std::string>& args);
Status RunLangid(const std::vector<std::string>& args);
Status RunEntities(const std::vector<std::string>& args);
Status RunEvents(const std::vector<std::string>& args);

// Shared helpers.
// Value of "--name VALUE" in args, or empty.
std::string FlagValue(const std::vector<std::string>& args, std::string_view name);
bool HasFlag(const std::vector<std::string>& args, std::string_view name);
// Arguments that are neither flags nor flag values.
std::vector<std::string> Positional(const std::vector<std::string>& args,
                                    std::initializer_list<std::string_view> flags_with_values);
// Writes the lexicon, then re-opens it with the runtime reader and checks that every
// key is found with its value.
Status WriteAndVerify(LexiconWriter& writer, const std::string& path, std::string_view kind);

}  // namespace chancery::lexc

#endif  // CHANCERY_TOOLS_LEXC_COMMANDS_H_

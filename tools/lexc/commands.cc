#include "lexc/commands.h"

#include <array>

#include "lexicon/lexicon.h"

namespace chancery::lexc {

std::span<const Command> Commands() {
  static constexpr std::array<Command, 5> kCommands = {{
      {"tsv", &RunTsv},
      {"morph-fr", &RunMorphFr},
      {"langid", &RunLangid},
      {"entities", &RunEntities},
      {"events", &RunEvents},
  }};
  return kCommands;
}

std::string FlagValue(const std::vector<std::string>& args, std::string_view name) {
  for (size_t i = 0; i + 1 < args.size(); ++i) {
    if (args[i] == name) return args[i + 1];
  }
  return {};
}

bool HasFlag(const std::vector<std::string>& args, std::string_view name) {
  for (const std::string& a : args) {
    if (a == name) return true;
  }
  return false;
}

std::vector<std::string> Positional(const std::vector<std::string>& args,
                                    std::initializer_list<std::string_view> flags_with_values) {
  std::vector<std::string> out;
  for (size_t i = 0; i < args.size(); ++i) {
    bool takes_value = false;
    for (std::string_view f : flags_with_values) takes_value |= args[i] == f;
    if (takes_value) {
      ++i;
      continue;
    }
    if (args[i].rfind("--", 0) == 0) continue;
    out.push_back(args[i]);
  }
  return out;
}

Status WriteAndVerify(LexiconWriter& writer, const std::string& path, std::string_view kind) {
  Result<std::string> blob = writer.Finish();
  if (!blob.ok()) return blob.status();
  Result<Lexicon> check = Lexicon::FromBytes(blob.value(), kind);
  if (!check.ok()) return Status::Internal("written lexicon does not read back: " + check.status().message());
  for (uint32_t i = 0; i < check.value().size(); ++i) {
    std::optional<std::string_view> v = check.value().Find(check.value().KeyAt(i));
    if (!v || *v != check.value().ValueAt(i)) {
      return Status::Internal("key '" + std::string(check.value().KeyAt(i)) + "' does not read back");
    }
  }
  return writer.WriteFile(path);
}

}  // namespace chancery::lexc

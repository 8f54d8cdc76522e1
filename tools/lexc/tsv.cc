// `lexc tsv`: a generic lexicon from KEY<TAB>VALUE lines.
#include <fstream>
#include <map>
#include <string>

#include "base/mapped_file.h"
#include "lexc/commands.h"
#include "unicode/fold.h"
#include "unicode/utf8.h"

namespace chancery::lexc {

Status RunTsv(const std::vector<std::string>& args) {
  std::string kind = FlagValue(args, "--kind");
  std::string out = FlagValue(args, "--out");
  bool fold = HasFlag(args, "--fold");
  bool multi = HasFlag(args, "--multi");
  std::vector<std::string> sources = Positional(args, {"--kind", "--out"});
  if (kind.empty() || out.empty() || sources.empty()) {
    return Status::InvalidArgument("tsv needs --kind, --out and at least one source");
  }
  std::map<std::string, std::string> entries;
  for (const std::string& path : sources) {
    Result<std::string> content = ReadFileToString(path);
    if (!content.ok()) return content.status();
    Status utf8 = ValidateUtf8(content.value());
    if (!utf8.ok()) return Status::InvalidInput(path + ": " + utf8.message());
    std::string_view text = content.value();
    size_t line_no = 0;
    while (!text.empty()) {
      size_t nl = text.find('\n');
      std::string_view line = text.substr(0, nl);
      text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
      ++line_no;
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      if (line.empty() || line[0] == '#') continue;
      size_t tab = line.find('\t');
      std::string key(line.substr(0, tab));
      std::string value(tab == std::string_view::npos ? std::string_view() : line.substr(tab + 1));
      if (fold) key = FoldForMatch(key);
      if (key.empty()) {
        return Status::InvalidInput(path + ":" + std::to_string(line_no) + ": empty key");
      }
      auto [it, inserted] = entries.emplace(key, value);
      if (!inserted) {
        if (!multi) {
          return Status::InvalidInput(path + ":" + std::to_string(line_no) + ": duplicate key '" + key + "'");
        }
        it->second += '\n';
        it->second += value;
      }
    }
  }
  LexiconWriter writer(kind, fold);
  for (auto& [k, v] : entries) writer.Add(k, v);
  return WriteAndVerify(writer, out, kind);
}

}  // namespace chancery::lexc

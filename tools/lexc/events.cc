// `lexc events`: the events stage's lexicon for one language (layout:
// src/events/events_lexicon.h).
//
//   lexc events --codes cameo_codes.tsv --predicates predicates_xx.tsv
//               --grammar grammar_xx.tsv --agents agents_xx.tsv --out events_xx.lex
//
// Every source line is checked: a pattern needs a head word, at most one {S} and one
// {T}, known options and a code listed in cameo_codes.tsv; grammar categories and agent
// roles come from closed lists. The first bad line stops the build with FILE:LINE.
#include <cstdio>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "base/mapped_file.h"
#include "events/events_lexicon.h"
#include "lexc/commands.h"
#include "unicode/fold.h"
#include "unicode/utf8.h"

namespace chancery::lexc {
namespace {

namespace el = events_lexicon;

std::vector<std::string_view> Split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  while (true) {
    size_t p = s.find(sep);
    out.push_back(s.substr(0, p));
    if (p == std::string_view::npos) break;
    s = s.substr(p + 1);
  }
  return out;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// Calls `row(line_no, fields)` for every non-comment, non-blank line of `path`.
template <typename RowFn>
Status ForEachRow(const std::string& path, RowFn row) {
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
    if (Trim(line).empty() || line[0] == '#') continue;
    std::string error = row(line_no, Split(line, '\t'));
    if (!error.empty()) return Status::InvalidInput(path + ":" + std::to_string(line_no) + ": " + error);
  }
  return Status::Ok();
}

// Folds every word of a multi-word key and joins them with one space.
std::string FoldKey(std::string_view key) {
  std::string out;
  for (std::string_view w : Split(Trim(key), ' ')) {
    if (w.empty()) continue;
    if (!out.empty()) out += ' ';
    out += FoldForMatch(w);
  }
  return out;
}

class Builder {
 public:
  std::string AddCode(const std::vector<std::string_view>& f) {
    if (f[0] == "code") return {};  // the column header
    if (f.size() < 5) return "expected code, root, name, goldstein, quad_class";
    std::string code(Trim(f[0]));
    if (code.size() < 2 || code.size() > 4) return "bad code '" + code + "'";
    codes_.insert(code);
    Add(std::string(el::kCodeKeyPrefix) + code,
        std::string(Trim(f[1])) + '\t' + std::string(Trim(f[3])) + '\t' + std::string(Trim(f[4])) +
            '\t' + std::string(Trim(f[2])));
    return {};
  }

  std::string AddPattern(const std::vector<std::string_view>& f) {
    if (f.size() < 2) return "expected PATTERN<TAB>CODE[<TAB>OPTIONS]";
    std::string code(Trim(f[1]));
    if (codes_.count(code) == 0) return "unknown CAMEO code '" + code + "'";
    std::string options;
    if (f.size() >= 3) {
      for (std::string_view o : Split(Trim(f[2]), ',')) {
        o = Trim(o);
        if (o.empty()) continue;
        if (o != "noun" && o != "sym" && o != "intent" && o != "person" && o != "direct" && o != "armed" &&
            o != "force" && o != "home" && o != "igo" && o != "crowd") return "unknown option '" + std::string(o) + "'";
        if (!options.empty()) options += ',';
        options += o;
      }
    }
    std::string elements;
    std::vector<std::string> head_alternatives;
    int sources = 0, targets = 0;
    for (std::string_view e : Split(Trim(f[0]), ' ')) {
      if (e.empty()) continue;
      std::string folded;
      if (e == el::kSourceSlot) {
        ++sources;
        folded = std::string(e);
      } else if (e == el::kTargetSlot) {
        ++targets;
        folded = std::string(e);
      } else if (e.front() == '{') {
        return "unknown slot '" + std::string(e) + "'";
      } else {
        for (std::string_view alt : Split(e, '|')) {
          if (alt.empty()) return "empty alternative in '" + std::string(e) + "'";
          if (!folded.empty()) folded += '|';
          folded += FoldForMatch(alt);
        }
        if (head_alternatives.empty() && folded != el::kReflexive) {
          for (std::string_view alt : Split(folded, '|')) head_alternatives.emplace_back(alt);
        }
      }
      if (!elements.empty()) elements += ' ';
      elements += folded;
    }
    if (head_alternatives.empty()) return "pattern has no head word";
    if (sources > 1 || targets > 1) return "at most one {S} and one {T}";
    std::string value = std::string(1, el::kPattern) + '\t' + elements + '\t' + code + '\t' + options;
    for (const std::string& head : head_alternatives) AddReading(head, value);
    ++patterns_;
    return {};
  }

  std::string AddGrammar(const std::vector<std::string_view>& f) {
    static const std::set<std::string_view> kCategories = {
        "modal", "neg", "rel", "sub", "coord", "passive", "locprep", "agentprep", "pron1", "pron3", "quant", "threat", "deed", "breach", "human", "light", "anaphor", "pronominal", "region", "act", "author"};
    static const std::set<std::string_view> kModalities = {"future", "intended", "hypothetical",
                                                           "negated"};
    if (f.size() < 2) return "expected KEY<TAB>CATEGORY[<TAB>ARG]";
    std::string_view category = Trim(f[1]);
    if (kCategories.count(category) == 0) return "unknown category '" + std::string(category) + "'";
    std::string_view arg = f.size() >= 3 ? Trim(f[2]) : std::string_view();
    if (category == "modal" && kModalities.count(arg) == 0) {
      return "modal needs future|intended|hypothetical|negated";
    }
    if (category == "anaphor" && arg != "org" && arg != "any" && arg != "person") return "anaphor needs org|any|person";
    std::string key = FoldKey(f[0]);
    if (key.empty()) return "empty key";
    AddReading(key, std::string(1, el::kGrammar) + '\t' + std::string(category) + '\t' + std::string(arg));
    // The first word of a two-word key says so, so the coder looks up pairs only there.
    if (size_t sp = key.find(' '); sp != std::string::npos) {
      AddReading(key.substr(0, sp), std::string(1, el::kGrammar) + "\tfirst\t");
    }
    return {};
  }

  std::string AddAgent(const std::vector<std::string_view>& f) {
    if (f.size() < 2) return "expected KEY<TAB>ROLE";
    std::string_view role = Trim(f[1]);
    if (role.size() != 3) return "role must be a three-letter CAMEO code";
    for (char c : role) {
      if (c < 'A' || c > 'Z') return "role must be upper case";
    }
    std::string key = FoldKey(f[0]);
    if (key.empty()) return "empty key";
    AddReading(key, std::string(1, el::kAgent) + '\t' + std::string(role));
    // A two-word agent ("homme armé", "electoral commission") is looked up from its first word.
    if (size_t sp = key.find(' '); sp != std::string::npos) {
      AddReading(key.substr(0, sp), std::string(1, el::kGrammar) + "\tfirst\t");
    }
    return {};
  }

  int patterns() const { return patterns_; }

  Status Write(const std::string& out) {
    LexiconWriter writer(std::string(el::kKind), /*folded_keys=*/true);
    for (auto& [k, v] : entries_) writer.Add(k, v);
    return WriteAndVerify(writer, out, el::kKind);
  }

 private:
  void Add(const std::string& key, std::string value) { entries_[key] = std::move(value); }
  void AddReading(const std::string& key, const std::string& line) {
    std::string& v = entries_[key];
    // Keep one copy of a repeated line (a pattern listed twice, or a head shared by
    // alternatives of one pattern).
    for (std::string_view existing : Split(v, '\n')) {
      if (existing == line) return;
    }
    if (!v.empty()) v += '\n';
    v += line;
  }

  std::set<std::string> codes_;
  std::map<std::string, std::string> entries_;
  int patterns_ = 0;
};

}  // namespace

Status RunEvents(const std::vector<std::string>& args) {
  std::string out = FlagValue(args, "--out");
  std::string codes = FlagValue(args, "--codes");
  std::string predicates = FlagValue(args, "--predicates");
  std::string grammar = FlagValue(args, "--grammar");
  std::string agents = FlagValue(args, "--agents");
  if (out.empty() || codes.empty() || predicates.empty() || grammar.empty() || agents.empty()) {
    return Status::InvalidArgument("events needs --codes, --predicates, --grammar, --agents and --out");
  }
  Builder b;
  Status st = ForEachRow(codes, [&](size_t, const std::vector<std::string_view>& f) { return b.AddCode(f); });
  if (st.ok()) {
    st = ForEachRow(predicates, [&](size_t, const std::vector<std::string_view>& f) { return b.AddPattern(f); });
  }
  if (st.ok()) {
    st = ForEachRow(grammar, [&](size_t, const std::vector<std::string_view>& f) { return b.AddGrammar(f); });
  }
  if (st.ok()) {
    st = ForEachRow(agents, [&](size_t, const std::vector<std::string_view>& f) { return b.AddAgent(f); });
  }
  if (!st.ok()) return st;
  return b.Write(out);
}

}  // namespace chancery::lexc

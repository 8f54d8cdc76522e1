// `lexc langid`: the language profiles of the language identifier (src/langid) in one
// lexicon, langid.lex (kind "langid", keys lower-cased with unicode LowerCase, not folded).
//
//   lexc langid --out langid.lex
//        --lang fr --words words_fr.tsv [--aff fr.aff --dic fr.dic]
//        --lang en --words words_en.tsv [--aff en_US.aff --dic en_US.dic] ...
//
// Each --lang opens one profile; the languages are those named here, in this order (the
// list lives in data/CMakeLists.txt, not in code). A profile has two parts:
//  - word evidence: WORD<TAB>FREQ lines (frequency per million running words) become
//    ln(FREQ / 1e6); a word listed for some languages only gets, for the others, their
//    floor: ln(their rarest listed frequency / 1e6) minus kKnownFloorGap if the word is a
//    form of that language's dictionary ("face", "son" in English), else minus
//    kUnknownFloorGap ("déclaré", "l'" in English).
//  - character-trigram evidence, for words no list knows: every word form of a hunspell
//    dictionary (stems plus their suffix expansions, SFX rules of the .aff; prefixes and
//    continuation flags are ignored, entries with a capital or a digit are names or
//    symbols and skipped), lower-cased and split into letter runs, each padded with one
//    space on both sides; the count of each trigram of code points gives ln(count / total).
//    A trigram some language never showed gets that language's floor ln(0.5 / total).
//    Dictionary forms are types, not tokens: the profile models the spelling of the
//    language's vocabulary, the word lists its frequent words. Without --dic, the
//    trigrams come from the word list itself, weighted by frequency (a weaker profile).
//
// Output entries (values are n little-endian float32, one per language, in --lang order):
//   "\0languages"         -> the language codes, TAB-separated (value is text)
//   WORD                  -> n log-probabilities
//   "\x01" + TRIGRAM      -> n log-probabilities (TRIGRAM: 3 code points, space = boundary)
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "base/mapped_file.h"
#include "lexc/commands.h"
#include "unicode/char_class.h"
#include "unicode/fold.h"
#include "unicode/utf8.h"

namespace chancery::lexc {
namespace {

constexpr double kKnownFloorGap = 0.5;    // the word is a form of the language's dictionary
constexpr double kUnknownFloorGap = 3.0;  // it is not (or there is no dictionary)
constexpr char kTrigramPrefix = '\x01';

struct ProfileSpec {
  std::string code, words, aff, dic;
};

struct Profile {
  std::string code;
  std::map<std::string, double> word_logp;
  double word_floor = 0;  // ln(rarest listed frequency / 1e6)
  std::unordered_set<std::string> dictionary_forms;  // lower-cased
  std::unordered_map<std::string, double> trigram_count;
  double trigram_total = 0;
};

// Splits `text` into lines, without their line ends.
std::vector<std::string_view> Lines(std::string_view text) {
  std::vector<std::string_view> out;
  while (!text.empty()) {
    size_t nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    out.push_back(line);
  }
  return out;
}

std::vector<std::string_view> Fields(std::string_view line) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
    size_t start = i;
    while (i < line.size() && line[i] != ' ' && line[i] != '\t') ++i;
    if (i > start) out.push_back(line.substr(start, i - start));
  }
  return out;
}

std::u32string Decode32(std::string_view s) {
  std::u32string out;
  size_t pos = 0;
  while (pos < s.size()) out.push_back(DecodeAt(s, &pos));
  return out;
}

std::string Encode(std::u32string_view s) {
  std::string out;
  for (char32_t c : s) AppendUtf8(c, &out);
  return out;
}

Status ReadWords(const std::string& path, Profile* profile) {
  Result<std::string> content = ReadFileToString(path);
  if (!content.ok()) return content.status();
  Status utf8 = ValidateUtf8(content.value());
  if (!utf8.ok()) return Status::InvalidInput(path + ": " + utf8.message());
  double min_freq = 0;
  size_t line_no = 0;
  std::string lowered;
  for (std::string_view line : Lines(content.value())) {
    ++line_no;
    if (line.empty() || line[0] == '#') continue;
    std::string where = path + ":" + std::to_string(line_no);
    size_t tab = line.find('\t');
    if (tab == std::string_view::npos || tab == 0) return Status::InvalidInput(where + ": expected WORD<TAB>FREQ");
    std::string word(line.substr(0, tab));
    LowerCase(word, &lowered);
    if (lowered != word) return Status::InvalidInput(where + ": '" + word + "' is not lower case");
    std::string freq_text(line.substr(tab + 1));
    char* end = nullptr;
    double freq = std::strtod(freq_text.c_str(), &end);
    if (end == freq_text.c_str() || *end != '\0' || !(freq > 0) || freq > 1e6) {
      return Status::InvalidInput(where + ": bad frequency '" + freq_text + "'");
    }
    if (!profile->word_logp.emplace(word, std::log(freq / 1e6)).second) {
      return Status::InvalidInput(where + ": duplicate word '" + word + "'");
    }
    if (min_freq == 0 || freq < min_freq) min_freq = freq;
  }
  if (profile->word_logp.empty()) return Status::InvalidInput(path + ": no words");
  profile->word_floor = std::log(min_freq / 1e6);
  return Status::Ok();
}

// One SFX rule: strip `strip` from the end, add `add`, if the end matches `condition`.
struct SuffixRule {
  std::u32string strip, add;
  struct Item {
    bool any = false, negate = false;
    std::u32string chars;
  };
  std::vector<Item> condition;

  bool Matches(const std::u32string& word) const {
    if (word.size() < condition.size() || word.size() < strip.size()) return false;
    if (word.compare(word.size() - strip.size(), strip.size(), strip) != 0) return false;
    size_t base = word.size() - condition.size();
    for (size_t i = 0; i < condition.size(); ++i) {
      const Item& item = condition[i];
      if (item.any) continue;
      bool in = item.chars.find(word[base + i]) != std::u32string::npos;
      if (in == item.negate) return false;
    }
    return true;
  }
};

std::vector<SuffixRule::Item> ParseCondition(const std::u32string& cond) {
  std::vector<SuffixRule::Item> out;
  if (cond == U".") return out;
  for (size_t i = 0; i < cond.size(); ++i) {
    SuffixRule::Item item;
    if (cond[i] == U'.') {
      item.any = true;
    } else if (cond[i] == U'[') {
      size_t close = cond.find(U']', i);
      if (close == std::u32string::npos) close = cond.size();
      size_t from = i + 1;
      if (from < close && cond[from] == U'^') {
        item.negate = true;
        ++from;
      }
      item.chars = cond.substr(from, close - from);
      i = close;
    } else {
      item.chars.push_back(cond[i]);
    }
    out.push_back(std::move(item));
  }
  return out;
}

// Every word form of a hunspell dictionary that has no capital and no digit, passed to `emit`.
template <typename Emit>
Status ExpandDictionary(const std::string& aff_path, const std::string& dic_path, Emit emit) {
  Result<std::string> aff = ReadFileToString(aff_path);
  if (!aff.ok()) return aff.status();
  Result<std::string> dic = ReadFileToString(dic_path);
  if (!dic.ok()) return dic.status();
  for (const auto* f : {&aff, &dic}) {
    Status utf8 = ValidateUtf8(f->value());
    if (!utf8.ok()) return Status::InvalidInput((f == &aff ? aff_path : dic_path) + ": " + utf8.message());
  }
  bool long_flags = false;
  std::set<std::u32string> not_a_word;  // NEEDAFFIX, ONLYINCOMPOUND, FORBIDDENWORD
  std::map<std::u32string, std::vector<SuffixRule>> suffixes;
  std::map<std::u32string, int> remaining;
  for (std::string_view line : Lines(aff.value())) {
    std::vector<std::string_view> f = Fields(line);
    if (f.empty()) continue;
    if (f[0] == "FLAG" && f.size() > 1) long_flags = f[1] == "long";
    if ((f[0] == "NEEDAFFIX" || f[0] == "ONLYINCOMPOUND" || f[0] == "FORBIDDENWORD") && f.size() > 1) {
      not_a_word.insert(Decode32(f[1]));
    }
    if (f[0] != "SFX" || f.size() < 4) continue;
    std::u32string flag = Decode32(f[1]);
    auto it = remaining.find(flag);
    if (it == remaining.end() || it->second == 0) {
      remaining[flag] = std::atoi(std::string(f[3]).c_str());
      continue;
    }
    --it->second;
    if (f.size() < 5) continue;
    SuffixRule rule;
    if (f[2] != "0") rule.strip = Decode32(f[2]);
    std::string_view add = f[3].substr(0, f[3].find('/'));
    if (add != "0") rule.add = Decode32(add);
    rule.condition = ParseCondition(Decode32(f[4]));
    suffixes[flag].push_back(std::move(rule));
  }
  std::vector<std::string_view> lines = Lines(dic.value());
  for (size_t n = 1; n < lines.size(); ++n) {  // the first line is the entry count
    std::string_view line = lines[n];
    size_t end = line.find_first_of(" \t");
    std::string_view entry = line.substr(0, end);
    size_t slash = entry.find('/');
    std::u32string word = Decode32(entry.substr(0, slash));
    if (word.empty()) continue;
    bool skip = false;
    for (char32_t c : word) {
      CharClass cls = ClassOf(c);
      if ((cls & (cc::kUpper | cc::kDigit)) != 0) skip = true;
    }
    if (skip) continue;
    std::u32string flag_text = slash == std::string_view::npos ? U"" : Decode32(entry.substr(slash + 1));
    std::vector<std::u32string> flags;
    size_t step = long_flags ? 2 : 1;
    for (size_t i = 0; i + step <= flag_text.size(); i += step) flags.push_back(flag_text.substr(i, step));
    bool standalone = true;
    for (const std::u32string& fl : flags) standalone &= not_a_word.count(fl) == 0;
    if (standalone) emit(word);
    for (const std::u32string& fl : flags) {
      auto rules = suffixes.find(fl);
      if (rules == suffixes.end()) continue;
      for (const SuffixRule& rule : rules->second) {
        if (!rule.Matches(word)) continue;
        std::u32string form = word.substr(0, word.size() - rule.strip.size()) + rule.add;
        if (!form.empty()) emit(form);
      }
    }
  }
  return Status::Ok();
}

Status ReadDictionary(const std::string& aff, const std::string& dic, Profile* profile) {
  std::unordered_set<std::u32string> forms;
  Status st = ExpandDictionary(aff, dic, [&](const std::u32string& form) { forms.insert(form); });
  if (!st.ok()) return st;
  std::string lowered;
  for (const std::u32string& form : forms) {
    LowerCase(Encode(form), &lowered);
    profile->dictionary_forms.insert(lowered);
    std::u32string low = Decode32(lowered);
    size_t i = 0;
    while (i < low.size()) {
      while (i < low.size() && (ClassOf(low[i]) & (cc::kLetter | cc::kMark)) == 0) ++i;
      size_t start = i;
      while (i < low.size() && (ClassOf(low[i]) & (cc::kLetter | cc::kMark)) != 0) ++i;
      if (i == start) continue;
      std::u32string padded = U" " + low.substr(start, i - start) + U" ";
      for (size_t k = 0; k + 3 <= padded.size(); ++k) {
        profile->trigram_count[Encode(std::u32string_view(padded).substr(k, 3))] += 1;
        profile->trigram_total += 1;
      }
    }
  }
  if (profile->trigram_total == 0) return Status::InvalidInput(dic + ": no word forms");
  return Status::Ok();
}

// Without a dictionary, the trigrams of the word list, weighted by frequency.
void CountWordListTrigrams(Profile* profile) {
  for (const auto& [word, logp] : profile->word_logp) {
    std::u32string w = Decode32(word);
    std::u32string padded = U" ";
    for (char32_t c : w) {
      if ((ClassOf(c) & (cc::kLetter | cc::kMark)) != 0) padded.push_back(c);
    }
    padded.push_back(U' ');
    double weight = std::exp(logp) * 1e6;
    for (size_t k = 0; k + 3 <= padded.size(); ++k) {
      profile->trigram_count[Encode(std::u32string_view(padded).substr(k, 3))] += weight;
      profile->trigram_total += weight;
    }
  }
}

std::string Floats(const std::vector<float>& v) {
  std::string out(v.size() * 4, '\0');
  for (size_t i = 0; i < v.size(); ++i) {
    uint32_t bits;
    std::memcpy(&bits, &v[i], 4);
    for (int b = 0; b < 4; ++b) out[i * 4 + b] = static_cast<char>((bits >> (8 * b)) & 0xff);
  }
  return out;
}

}  // namespace

Status RunLangid(const std::vector<std::string>& args) {
  std::string out;
  std::vector<ProfileSpec> specs;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (i + 1 >= args.size()) return Status::InvalidArgument("langid: " + a + " needs a value");
    const std::string& v = args[++i];
    if (a == "--out") {
      out = v;
    } else if (a == "--lang") {
      specs.push_back({v, "", "", ""});
    } else if (specs.empty()) {
      return Status::InvalidArgument("langid: " + a + " before any --lang");
    } else if (a == "--words") {
      specs.back().words = v;
    } else if (a == "--aff") {
      specs.back().aff = v;
    } else if (a == "--dic") {
      specs.back().dic = v;
    } else {
      return Status::InvalidArgument("langid: unknown flag " + a);
    }
  }
  if (out.empty() || specs.empty()) return Status::InvalidArgument("langid needs --out and at least one --lang");
  std::vector<Profile> profiles(specs.size());
  std::string codes;
  for (size_t l = 0; l < specs.size(); ++l) {
    const ProfileSpec& s = specs[l];
    if (s.code.empty() || s.code.find('\t') != std::string::npos || s.words.empty()) {
      return Status::InvalidArgument("langid: each --lang needs a code and --words");
    }
    if (s.aff.empty() != s.dic.empty()) return Status::InvalidArgument("langid: --aff and --dic go together");
    profiles[l].code = s.code;
    Status st = ReadWords(s.words, &profiles[l]);
    if (!st.ok()) return st;
    if (!s.dic.empty()) {
      st = ReadDictionary(s.aff, s.dic, &profiles[l]);
      if (!st.ok()) return st;
    } else {
      CountWordListTrigrams(&profiles[l]);
    }
    if (l > 0) codes += '\t';
    codes += s.code;
  }
  LexiconWriter writer("langid", false);
  writer.Add(std::string(1, '\0') + "languages", codes);
  std::set<std::string> words, trigrams;
  for (const Profile& p : profiles) {
    for (const auto& [w, lp] : p.word_logp) words.insert(w);
    for (const auto& [t, c] : p.trigram_count) trigrams.insert(t);
  }
  std::vector<float> values(profiles.size());
  for (const std::string& w : words) {
    for (size_t l = 0; l < profiles.size(); ++l) {
      const Profile& p = profiles[l];
      auto it = p.word_logp.find(w);
      double gap = p.dictionary_forms.count(w) ? kKnownFloorGap : kUnknownFloorGap;
      values[l] = static_cast<float>(it != p.word_logp.end() ? it->second : p.word_floor - gap);
    }
    writer.Add(w, Floats(values));
  }
  for (const std::string& t : trigrams) {
    for (size_t l = 0; l < profiles.size(); ++l) {
      const Profile& p = profiles[l];
      auto it = p.trigram_count.find(t);
      double count = it != p.trigram_count.end() ? it->second : 0.5;
      values[l] = p.trigram_total > 0 ? static_cast<float>(std::log(count / p.trigram_total)) : 0.0f;
    }
    writer.Add(std::string(1, kTrigramPrefix) + t, Floats(values));
  }
  return WriteAndVerify(writer, out, "langid");
}

}  // namespace chancery::lexc

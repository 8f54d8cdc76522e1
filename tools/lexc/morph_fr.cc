// `lexc morph-fr`: expansion of hunspell-fr (Dicollecte 7.0, Debian package
// hunspell-fr-comprehensive, MPL 2.0) into morph-fr.lex: every inflected form with its
// readings (lemma, part of speech, verb form, tense, mood, person, number, gender).
//
// Reading the dictionary. The .aff must declare `FLAG long` (two-character flags). Each
// .dic line is `word[/flags] [field:value ...]`; the fields we use are po: (part of
// speech, e.g. po:nom, po:adj, po:v1__tnq__a), is: (mas fem epi sg pl inv), st: (the lemma
// when it differs from the word: `la ... st:le`). An entry whose flags hold NEEDAFFIX
// (`()`) is not a word by itself, only through its suffixes. Each suffix flag applies its
// SFX rules `SFX F strip add[/cont] condition morph...` whose condition matches the end
// of the word (FULLSTRIP: strip may take the whole word). In this dictionary suffix
// continuation flags name only the elision prefixes (l' d' qu' n' ...), which the
// tokenizer splits off, so suffixes do not chain and prefixes are not expanded. Rule
// morphology: po:infi ppre ppas, po:ipre iimp ipsi ifut cond (indicative present,
// imperfect, passé simple, future, conditional), po:spre simp (subjunctive present,
// imperfect), po:impe (imperative), po:1sg ... po:3pl (po:3pl! is 3pl too; po:1isg is the
// inverted 1sg "aimè-je"; po:1jsg on participles is ignored), is: gender and number. A
// rule listing several tenses and several persons means every combination.
// Entries tagged po:err are skipped.
//
// Output (kind "morph-fr", keys not folded): key = the form lower-cased with
// unicode LowerCase (accents kept: "a" and "à" differ). Keys are the sorted union of
// every form, every lemma, and one reserved key "\0features". Value of a form:
//   repeated group { varint lemma_index; varint n; n x varint feature_id }
// lemma_index is the index of the lemma's own key in the lexicon's key order (so a
// lemma is Lexicon::KeyAt(lemma_index), a view into the mapped file: lemmas are stored
// once); a key that is only a lemma has an empty value. feature_id indexes the table in
// the value of "\0features": 8 bytes per feature set
//   pos, verb_form, tense, mood, person, number, gender, tags
// where the first seven are the numeric values of the enums of document/document.h
// (PartOfSpeech, VerbForm, Tense, Mood, person 0-3, GramNumber, Gender) and tags is a
// bit set: 1 subject pronoun, 2 preverbal clitic (le la les lui se ne y en ...),
// 4 negation adverb, 8 lemma is être or avoir (po:v0...). Ids are given by decreasing
// frequency, so most take one byte. The runtime decoder is src/morph/morphology.cc.
#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdio>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/mapped_file.h"
#include "lexc/commands.h"
#include "lexicon/lexicon.h"
#include "unicode/fold.h"
#include "unicode/utf8.h"

namespace chancery::lexc {
namespace {

// Numeric values of document/document.h's enums (lexc cannot see that module; the
// runtime checks ranges when it reads the table).
namespace pos {
constexpr uint8_t kNoun = 1, kProperNoun = 2, kVerb = 3, kAdjective = 5, kAdverb = 6,
                  kPronoun = 7, kDeterminer = 8, kPreposition = 9, kConjunction = 10,
                  kNumeral = 11, kInterjection = 12, kPunctuation = 13;
}
namespace vf {
constexpr uint8_t kFinite = 1, kInfinitive = 2, kPresentParticiple = 3, kPastParticiple = 4;
}
namespace tense {
constexpr uint8_t kPresent = 1, kPast = 2, kImperfect = 3, kFuture = 4, kConditional = 5;
}
namespace mood {
constexpr uint8_t kIndicative = 1, kSubjunctive = 2, kImperative = 3;
}
constexpr uint8_t kSingular = 1, kPlural = 2;
constexpr uint8_t kMasculine = 1, kFeminine = 2;
constexpr uint8_t kTagSubject = 1, kTagPreverb = 2, kTagNegation = 4, kTagAuxLemma = 8;

constexpr char kFeatureKey[] = {'\0', 'f', 'e', 'a', 't', 'u', 'r', 'e', 's'};

struct Features {
  uint8_t pos = 0, verb_form = 0, tense = 0, mood = 0, person = 0, number = 0, gender = 0,
          tags = 0;
  std::array<uint8_t, 8> Bytes() const {
    return {pos, verb_form, tense, mood, person, number, gender, tags};
  }
};

// One unit of an affix condition: a set of code points (possibly negated) or any.
struct CondUnit {
  bool any = false;
  bool negate = false;
  std::u32string set;
  bool Matches(char32_t c) const {
    if (any) return true;
    bool in = set.find(c) != std::u32string::npos;
    return in != negate;
  }
};

struct SfxRule {
  std::string strip;
  std::string add;
  std::vector<CondUnit> cond;
  std::vector<std::string> morph;
};

std::vector<std::string_view> SplitWs(std::string_view line) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
    size_t j = i;
    while (j < line.size() && line[j] != ' ' && line[j] != '\t') ++j;
    if (j > i) out.push_back(line.substr(i, j - i));
    i = j;
  }
  return out;
}

std::u32string Decode(std::string_view s) {
  std::u32string out;
  size_t pos = 0;
  while (pos < s.size()) out.push_back(DecodeAt(s, &pos));
  return out;
}

Result<std::vector<CondUnit>> ParseCondition(std::string_view text) {
  std::vector<CondUnit> units;
  if (text == ".") return units;  // matches anything
  std::u32string cps = Decode(text);
  for (size_t i = 0; i < cps.size(); ++i) {
    CondUnit u;
    if (cps[i] == U'.') {
      u.any = true;
    } else if (cps[i] == U'[') {
      size_t j = i + 1;
      if (j < cps.size() && cps[j] == U'^') {
        u.negate = true;
        ++j;
      }
      while (j < cps.size() && cps[j] != U']') u.set.push_back(cps[j++]);
      if (j == cps.size()) return Status::InvalidInput("unclosed [ in condition " + std::string(text));
      i = j;
    } else {
      u.set.push_back(cps[i]);
    }
    units.push_back(std::move(u));
  }
  return units;
}

bool ConditionHolds(const std::vector<CondUnit>& cond, const std::u32string& word) {
  if (cond.size() > word.size()) return false;
  size_t base = word.size() - cond.size();
  for (size_t i = 0; i < cond.size(); ++i) {
    if (!cond[i].Matches(word[base + i])) return false;
  }
  return true;
}

// Splits a long-flag string into two-character flags (flags are ASCII here).
std::vector<std::string> LongFlags(std::string_view flags) {
  std::vector<std::string> out;
  std::u32string cps = Decode(flags);
  for (size_t i = 0; i + 1 < cps.size(); i += 2) {
    std::string f;
    AppendUtf8(cps[i], &f);
    AppendUtf8(cps[i + 1], &f);
    out.push_back(std::move(f));
  }
  return out;
}

struct EntryInfo {
  std::vector<uint8_t> pos;  // distinct parts of speech
  uint8_t tags = 0;
  uint8_t person = 0;
  uint8_t number = 0;
  uint8_t gender = 0;
  uint8_t verb_form = 0;  // po:infi in the .dic
  bool skip = false;
};

void AddPos(EntryInfo* e, uint8_t p) {
  if (std::find(e->pos.begin(), e->pos.end(), p) == e->pos.end()) e->pos.push_back(p);
}

void ApplyIs(std::string_view v, uint8_t* number, uint8_t* gender, uint8_t* person) {
  if (v == "mas") *gender = kMasculine;
  else if (v == "fem") *gender = kFeminine;
  else if (v == "sg") *number = kSingular;
  else if (v == "pl") *number = kPlural;
  else if (v == "3pe") *person = 3;
}

EntryInfo ParseEntryMorph(const std::vector<std::string_view>& fields, std::string* lemma) {
  EntryInfo e;
  for (std::string_view f : fields) {
    if (f.size() < 3 || f[2] != ':') continue;
    std::string_view key = f.substr(0, 2), v = f.substr(3);
    if (key == "st") {
      *lemma = std::string(v);
    } else if (key == "is") {
      ApplyIs(v, &e.number, &e.gender, &e.person);
    } else if (key == "po") {
      if (v == "err") e.skip = true;
      else if (v == "nom" || v == "loc.nom" || v == "titr") AddPos(&e, pos::kNoun);
      else if (v == "adj" || v == "loc.adj") AddPos(&e, pos::kAdjective);
      else if (v == "npr" || v == "prn" || v == "patr" || v == "loc.patr") AddPos(&e, pos::kProperNoun);
      else if (v == "adv" || v == "loc.adv" || v == "advint") AddPos(&e, pos::kAdverb);
      else if (v == "negadv") {
        AddPos(&e, pos::kAdverb);
        e.tags |= kTagNegation;
      } else if (v == "prep" || v == "prepv" || v == "loc.prep" || v == "loc.prepv") AddPos(&e, pos::kPreposition);
      else if (v.substr(0, 3) == "det") AddPos(&e, pos::kDeterminer);
      else if (v == "propersuj") {
        AddPos(&e, pos::kPronoun);
        e.tags |= kTagSubject;
      } else if (v.substr(0, 3) == "pro") AddPos(&e, pos::kPronoun);
      else if (v == "preverb") e.tags |= kTagPreverb;
      else if (v == "cjco" || v == "cjsub" || v == "cj" || v == "loc.cj" || v == "loc.cjsub") AddPos(&e, pos::kConjunction);
      else if (v == "interj" || v == "loc.interj") AddPos(&e, pos::kInterjection);
      else if (v == "nb" || v == "nbro") AddPos(&e, pos::kNumeral);
      else if (v == "ponc" || v == "sign") AddPos(&e, pos::kPunctuation);
      else if (v == "infi") {
        AddPos(&e, pos::kVerb);
        e.verb_form = vf::kInfinitive;
      } else if (v == "loc.verb") AddPos(&e, pos::kVerb);
      else if (v.size() >= 2 && v[0] == 'v' && v[1] >= '0' && v[1] <= '3') {
        AddPos(&e, pos::kVerb);
        if (v[1] == '0') e.tags |= kTagAuxLemma;
      } else if (v == "1pe") e.person = 1;
      else if (v == "2pe") e.person = 2;
      else if (v == "3pe") e.person = 3;
      else if (v == "sg") e.number = kSingular;
      else if (v == "epi") e.gender = 0;
    }
  }
  // A preverbal clitic is a pronoun unless the entry says otherwise (ne: adverb).
  if ((e.tags & kTagPreverb) && e.pos.empty()) AddPos(&e, pos::kPronoun);
  return e;
}

// The feature sets one rule yields for one part of speech of an entry.
void RuleFeatures(const EntryInfo& e, uint8_t p, const std::vector<std::string>& morph,
                  std::vector<Features>* out) {
  Features base;
  base.pos = p;
  base.person = e.person;
  base.number = e.number;
  base.gender = e.gender;
  base.verb_form = p == pos::kVerb ? e.verb_form : 0;
  base.tags = e.tags;
  struct TM {
    uint8_t tense, mood;
  };
  std::vector<TM> tms;
  std::vector<std::pair<uint8_t, uint8_t>> persons;  // person, number
  bool finite_rule = false;
  for (const std::string& f : morph) {
    if (f.size() < 3 || f[2] != ':') continue;
    std::string_view key = std::string_view(f).substr(0, 2), v = std::string_view(f).substr(3);
    if (key == "is") {
      if (v == "epi") base.gender = 0;
      else if (v == "inv") base.number = 0;
      else ApplyIs(v, &base.number, &base.gender, &base.person);
      continue;
    }
    if (key != "po") continue;
    if (v == "infi") base.verb_form = vf::kInfinitive;
    else if (v == "ppre") base.verb_form = vf::kPresentParticiple;
    else if (v == "ppas") base.verb_form = vf::kPastParticiple;
    else if (v == "ipre") tms.push_back({tense::kPresent, mood::kIndicative});
    else if (v == "iimp") tms.push_back({tense::kImperfect, mood::kIndicative});
    else if (v == "ipsi") tms.push_back({tense::kPast, mood::kIndicative});
    else if (v == "ifut") tms.push_back({tense::kFuture, mood::kIndicative});
    else if (v == "cond") tms.push_back({tense::kConditional, 0});
    else if (v == "spre") tms.push_back({tense::kPresent, mood::kSubjunctive});
    else if (v == "simp") tms.push_back({tense::kImperfect, mood::kSubjunctive});
    else if (v == "impe") tms.push_back({tense::kPresent, mood::kImperative});
    else if (v.size() >= 3 && v[0] >= '1' && v[0] <= '3') {
      uint8_t person = static_cast<uint8_t>(v[0] - '0');
      std::string_view rest = v.substr(1);
      if (rest == "jsg") continue;  // participle usable in "-je" inversion; not a person
      if (rest == "isg") rest = "sg";
      if (rest.substr(0, 2) == "sg") persons.push_back({person, kSingular});
      else if (rest.substr(0, 2) == "pl") persons.push_back({person, kPlural});
    }
  }
  finite_rule = !tms.empty();
  if (p != pos::kVerb) {
    // Noun/adjective/... rules carry only gender and number.
    out->push_back(base);
    return;
  }
  if (!finite_rule) {
    out->push_back(base);
    return;
  }
  base.verb_form = vf::kFinite;
  if (persons.empty()) persons.push_back({0, 0});
  for (const TM& tm : tms) {
    for (auto [person, number] : persons) {
      Features f = base;
      f.tense = tm.tense;
      f.mood = tm.mood;
      f.person = person;
      f.number = number;
      f.gender = 0;
      out->push_back(f);
    }
  }
}

void PutVarint(std::string* out, uint32_t v) {
  while (v >= 0x80) {
    out->push_back(static_cast<char>((v & 0x7f) | 0x80));
    v >>= 7;
  }
  out->push_back(static_cast<char>(v));
}

struct Reading {
  uint32_t lemma;    // index into lemma strings
  uint32_t feature;  // index into the feature table (before renumbering)
};

class Expander {
 public:
  Status ReadAff(std::string_view text);
  Status ReadDic(std::string_view text);
  Status Write(const std::string& out_path);

 private:
  uint32_t InternLemma(const std::string& lemma);
  uint32_t InternFeature(const Features& f);
  void AddForm(std::string_view surface, uint32_t lemma, const Features& f);

  std::string need_affix_ = "()";
  std::string forbidden_ = "{}";
  bool fullstrip_ = false;
  std::map<std::string, std::vector<SfxRule>> sfx_;
  std::unordered_map<std::string, uint32_t> lemma_ids_;
  std::vector<std::string> lemmas_;
  std::map<std::array<uint8_t, 8>, uint32_t> feature_ids_;
  std::vector<std::array<uint8_t, 8>> features_;
  std::unordered_map<std::string, std::vector<Reading>> forms_;
  std::string lower_;
  size_t entries_ = 0;
};

Status Expander::ReadAff(std::string_view text) {
  bool flag_long = false;
  size_t line_no = 0;
  while (!text.empty()) {
    size_t nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    std::vector<std::string_view> f = SplitWs(line);
    if (f.empty() || f[0][0] == '#') continue;
    if (f[0] == "FLAG" && f.size() >= 2) flag_long = f[1] == "long";
    else if (f[0] == "FULLSTRIP") fullstrip_ = true;
    else if (f[0] == "NEEDAFFIX" && f.size() >= 2) need_affix_ = std::string(f[1]);
    else if (f[0] == "FORBIDDENWORD" && f.size() >= 2) forbidden_ = std::string(f[1]);
    else if (f[0] == "SFX") {
      if (f.size() == 4 && (f[2] == "Y" || f[2] == "N")) continue;  // header
      if (f.size() < 5) return Status::InvalidInput("aff:" + std::to_string(line_no) + ": short SFX rule");
      SfxRule r;
      r.strip = f[2] == "0" ? "" : std::string(f[2]);
      std::string_view add = f[3];
      size_t slash = add.find('/');
      if (slash != std::string_view::npos) add = add.substr(0, slash);  // continuation: elisions only
      r.add = add == "0" ? "" : std::string(add);
      Result<std::vector<CondUnit>> cond = ParseCondition(f[4]);
      if (!cond.ok()) return Status::InvalidInput("aff:" + std::to_string(line_no) + ": " + cond.status().message());
      r.cond = std::move(cond.value());
      for (size_t i = 5; i < f.size(); ++i) r.morph.emplace_back(f[i]);
      sfx_[std::string(f[1])].push_back(std::move(r));
    }
  }
  if (!flag_long) return Status::InvalidInput("aff: expected FLAG long (hunspell-fr Dicollecte)");
  if (sfx_.empty()) return Status::InvalidInput("aff: no SFX rules");
  return Status::Ok();
}

uint32_t Expander::InternLemma(const std::string& lemma) {
  LowerCase(lemma, &lower_);
  auto [it, inserted] = lemma_ids_.emplace(lower_, static_cast<uint32_t>(lemmas_.size()));
  if (inserted) lemmas_.push_back(lower_);
  return it->second;
}

uint32_t Expander::InternFeature(const Features& f) {
  auto [it, inserted] = feature_ids_.emplace(f.Bytes(), static_cast<uint32_t>(features_.size()));
  if (inserted) features_.push_back(f.Bytes());
  return it->second;
}

void Expander::AddForm(std::string_view surface, uint32_t lemma, const Features& f) {
  LowerCase(surface, &lower_);
  forms_[lower_].push_back({lemma, InternFeature(f)});
}

Status Expander::ReadDic(std::string_view text) {
  size_t line_no = 0;
  std::vector<Features> feats;
  while (!text.empty()) {
    size_t nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
    ++line_no;
    if (line_no == 1) continue;  // the entry count
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    std::vector<std::string_view> fields = SplitWs(line);
    if (fields.empty()) continue;
    std::string_view head = fields[0];
    size_t slash = head.find('/');
    std::string word(head.substr(0, slash));
    std::vector<std::string> flags =
        slash == std::string_view::npos ? std::vector<std::string>() : LongFlags(head.substr(slash + 1));
    if (word.empty()) continue;
    if (std::find(flags.begin(), flags.end(), forbidden_) != flags.end()) continue;
    std::string lemma = word;
    EntryInfo e = ParseEntryMorph({fields.begin() + 1, fields.end()}, &lemma);
    if (e.skip || e.pos.empty()) continue;
    ++entries_;
    uint32_t lemma_id = InternLemma(lemma);
    bool need_affix = std::find(flags.begin(), flags.end(), need_affix_) != flags.end();
    if (!need_affix) {
      for (uint8_t p : e.pos) {
        feats.clear();
        RuleFeatures(e, p, {}, &feats);
        for (const Features& f : feats) AddForm(word, lemma_id, f);
      }
    }
    std::u32string cps = Decode(word);
    for (const std::string& flag : flags) {
      auto it = sfx_.find(flag);
      if (it == sfx_.end()) continue;
      for (const SfxRule& r : it->second) {
        if (word.size() < r.strip.size() || (!fullstrip_ && word.size() == r.strip.size())) continue;
        if (word.compare(word.size() - r.strip.size(), r.strip.size(), r.strip) != 0) continue;
        if (!ConditionHolds(r.cond, cps)) continue;
        std::string form = word.substr(0, word.size() - r.strip.size()) + r.add;
        if (form.empty()) continue;
        for (uint8_t p : e.pos) {
          feats.clear();
          RuleFeatures(e, p, r.morph, &feats);
          for (const Features& f : feats) AddForm(form, lemma_id, f);
        }
      }
    }
  }
  if (forms_.empty()) return Status::InvalidInput("dic: no entries");
  return Status::Ok();
}

Status Expander::Write(const std::string& out_path) {
  // Feature ids by decreasing use, so frequent sets take one varint byte.
  std::vector<uint64_t> use(features_.size(), 0);
  for (const auto& [form, readings] : forms_) {
    for (const Reading& r : readings) ++use[r.feature];
  }
  std::vector<uint32_t> order(features_.size());
  for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return use[a] > use[b]; });
  std::vector<uint32_t> renum(features_.size());
  std::string table;
  for (uint32_t i = 0; i < order.size(); ++i) {
    renum[order[i]] = i;
    for (uint8_t b : features_[order[i]]) table.push_back(static_cast<char>(b));
  }

  // Key order: every form, every lemma, the feature key; byte order as the writer sorts.
  std::vector<std::string> keys;
  keys.reserve(forms_.size() + lemmas_.size() + 1);
  for (const auto& [form, readings] : forms_) keys.push_back(form);
  for (const std::string& l : lemmas_) {
    if (!forms_.count(l)) keys.push_back(l);
  }
  std::string feature_key(kFeatureKey, sizeof(kFeatureKey));
  keys.push_back(feature_key);
  std::sort(keys.begin(), keys.end());
  std::unordered_map<std::string_view, uint32_t> index;
  index.reserve(keys.size());
  for (uint32_t i = 0; i < keys.size(); ++i) index.emplace(keys[i], i);

  LexiconWriter writer("morph-fr", /*folded_keys=*/false);
  size_t reading_count = 0;
  size_t value_bytes = 0;
  for (const std::string& key : keys) {
    if (key == feature_key) {
      writer.Add(key, table);
      continue;
    }
    auto it = forms_.find(key);
    std::string value;
    if (it != forms_.end()) {
      // Group by lemma (first-seen order), drop duplicate feature sets.
      std::vector<Reading>& rs = it->second;
      std::vector<uint32_t> lemma_order;
      for (const Reading& r : rs) {
        if (std::find(lemma_order.begin(), lemma_order.end(), r.lemma) == lemma_order.end()) {
          lemma_order.push_back(r.lemma);
        }
      }
      for (uint32_t l : lemma_order) {
        std::vector<uint32_t> fs;
        for (const Reading& r : rs) {
          if (r.lemma != l) continue;
          uint32_t id = renum[r.feature];
          if (std::find(fs.begin(), fs.end(), id) == fs.end()) fs.push_back(id);
        }
        PutVarint(&value, index.at(lemmas_[l]));
        PutVarint(&value, static_cast<uint32_t>(fs.size()));
        for (uint32_t id : fs) PutVarint(&value, id);
        reading_count += fs.size();
      }
    }
    value_bytes += value.size();
    writer.Add(key, std::move(value));
  }
  Status st = WriteAndVerify(writer, out_path, "morph-fr");
  if (!st.ok()) return st;
  // Check that lemma indices point at the lemma keys in the written file.
  Result<Lexicon> lex = Lexicon::Open(out_path, "morph-fr");
  if (!lex.ok()) return lex.status();
  for (const auto& [form, readings] : forms_) {
    std::optional<std::string_view> v = lex.value().Find(form);
    if (!v || v->empty()) return Status::Internal("form '" + form + "' lost");
    const unsigned char* p = reinterpret_cast<const unsigned char*>(v->data());
    uint32_t idx = 0;
    for (int shift = 0;; shift += 7) {
      idx |= uint32_t{static_cast<uint32_t>(*p & 0x7f)} << shift;
      if (!(*p++ & 0x80)) break;
    }
    if (idx >= lex.value().size() || lex.value().KeyAt(idx) != lemmas_[readings[0].lemma]) {
      return Status::Internal("lemma index of '" + form + "' does not read back");
    }
  }
  std::fprintf(stderr,
               "lexc morph-fr: %zu entries, %zu forms, %zu lemmas, %zu readings, %zu feature sets, "
               "%zu value bytes -> %s\n",
               entries_, forms_.size(), lemmas_.size(), reading_count, features_.size(), value_bytes,
               out_path.c_str());
  return Status::Ok();
}

}  // namespace

Status RunMorphFr(const std::vector<std::string>& args) {
  std::string aff = FlagValue(args, "--aff");
  std::string dic = FlagValue(args, "--dic");
  std::string out = FlagValue(args, "--out");
  if (aff.empty() || dic.empty() || out.empty()) {
    return Status::InvalidArgument("morph-fr needs --aff, --dic and --out");
  }
  Result<std::string> aff_text = ReadFileToString(aff);
  if (!aff_text.ok()) return aff_text.status();
  Result<std::string> dic_text = ReadFileToString(dic);
  if (!dic_text.ok()) return dic_text.status();
  Status utf8 = ValidateUtf8(aff_text.value());
  if (!utf8.ok()) return Status::InvalidInput(aff + ": " + utf8.message());
  utf8 = ValidateUtf8(dic_text.value());
  if (!utf8.ok()) return Status::InvalidInput(dic + ": " + utf8.message());
  Expander x;
  Status st = x.ReadAff(aff_text.value());
  if (!st.ok()) return Status::InvalidInput(aff + ": " + st.message());
  st = x.ReadDic(dic_text.value());
  if (!st.ok()) return Status::InvalidInput(dic + ": " + st.message());
  return x.Write(out);
}

}  // namespace chancery::lexc

// events_eval: scores the events stage (run through the whole pipeline) against the events
// gold, eval/gold/events/docs_<lang>*.jsonl (every file of a language is read: docs_fr.jsonl,
// docs_fr_a.jsonl, docs_fr_b.jsonl ...; format and conventions in eval/gold/events/README.md).
//
//   events_eval --gold DIR --shared DIR --data DIR [--min-precision X] [--min-recall X]
//               [--max-bad-actors N] [--predictions FILE] [--verbose | --verbose-all] [--stats]
//               [--lang fr|en]   (score one language only, for per-language floors)
//
// Every gold document is looked up among the shared articles (data/news/*.jsonl and the
// seed folder of --shared), checked against its text_sha1, analysed by Pipeline::Analyze,
// and its Document::events scored (matching rules in event_match.h), per language and per
// split (dev, heldout, all):
//   - root level: precision / recall / F1 (root code and actors, either direction when the
//     gold is symmetric); full code (code or an alt code); country level (actors compared on
//     their first three letters, roots equal);
//   - over root-level matches: date accuracy (pairs whose gold has a date; the predicted date
//     must be the same string), modality accuracy, and location accuracy (pairs whose gold
//     has a location; the predicted place name or country must agree);
//   - "never an actor": predicted events whose source or target is a place, a credited
//     journalist or the news agency / publisher (event_match.h); all are printed.
// --verbose prints, per dev document, the missed gold events, the spurious predictions and the
// matched pairs that differ in code, date, modality or place, with their evidence (the tool to
// improve the stage on dev without looking at heldout); --verbose-all prints heldout documents
// too.
// --predictions FILE scores saved output documents (JSON Lines as `chancery extract --jsonl`
// prints them: id, meta, entities, events) instead of running the pipeline; documents of the
// gold absent from the file count as predicting nothing.
// --stats prints what the gold holds (documents, events, roots, modalities ...) without
// running the pipeline.
//
// Floors apply to the "all" split of every language that has gold: root-level precision
// (--min-precision) and recall (--min-recall); the number of never-an-actor events must not
// exceed --max-bad-actors (default 0). Exit status 1 below a floor, 2 on a usage or data error
// (an article missing or changed, a malformed gold line, a document listed twice), 77 when the
// gold directory holds no gold file at all (CTest reports the test as skipped). Eval code only.
#include <simdjson.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include "document/document.h"
#include "event_match.h"
#include "ingest/record.h"
#include "pipeline/pipeline.h"
#include "shared_articles.h"
#include "unicode/utf8.h"

namespace chancery {
namespace {

using eval::GoldEvent;
using eval::MatchLevel;
using eval::PredictedEvent;

struct GoldDoc {
  std::string id, sha1, split, file;
  std::vector<GoldEvent> events;
};

// Counts of one split.
struct Score {
  int docs = 0, gold = 0, pred = 0;
  int tp_root = 0, tp_code = 0, tp_country = 0;
  int date_total = 0, date_right = 0, modality_total = 0, modality_right = 0;
  int location_total = 0, location_right = 0;
  int bad_actors = 0, offset_errors = 0;
};
enum { kDev = 0, kHeldout = 1, kAll = 2 };
const char* const kSplitNames[3] = {"dev", "heldout", "all"};

[[noreturn]] void DataError(const std::string& what) {
  std::fprintf(stderr, "events_eval: %s\n", what.c_str());
  std::exit(2);
}

std::string Str(simdjson::dom::element e, const char* key) {
  std::string_view v;
  if (e[key].get(v) != simdjson::SUCCESS) return {};
  return std::string(v);
}

GoldEvent ParseEvent(simdjson::dom::element e, const std::string& where) {
  GoldEvent g;
  std::string_view source, target, code;
  if (e["source"].get(source) || e["target"].get(target) || e["code"].get(code)) {
    DataError(where + ": an event needs string fields source, target and code");
  }
  g.sources = eval::SplitAlternatives(source);
  g.targets = eval::SplitAlternatives(target);
  g.code = std::string(code);
  bool sym = false;
  if (e["symmetric"].get(sym) == simdjson::SUCCESS) g.symmetric = sym;
  simdjson::dom::array alts;
  if (e["alt_codes"].get(alts) == simdjson::SUCCESS) {
    for (simdjson::dom::element a : alts) {
      std::string_view c;
      if (a.get(c) == simdjson::SUCCESS && !c.empty()) g.alt_codes.emplace_back(c);
    }
  }
  g.date = Str(e, "date");
  g.modality = Str(e, "modality");
  g.note = Str(e, "note");
  simdjson::dom::element loc;
  if (e["location"].get(loc) == simdjson::SUCCESS && loc.is_object()) {
    g.location_name = Str(loc, "name");
    g.location_country = Str(loc, "country");
    g.has_location = !g.location_name.empty() || !g.location_country.empty();
  }
  simdjson::dom::element ev;
  if (e["evidence"].get(ev) == simdjson::SUCCESS && ev.is_object()) {
    int64_t s = 0, t = 0;
    if (ev["start"].get(s) || ev["end"].get(t) || s < 0 || t < s) DataError(where + ": bad evidence offsets");
    g.evidence = Span{uint32_t(s), uint32_t(t)};
    g.evidence_text = Str(ev, "text");
  }
  return g;
}

// The gold files of each language, in name order: lang -> paths.
std::map<std::string, std::vector<std::string>> GoldFiles(const std::string& dir) {
  std::map<std::string, std::vector<std::string>> out;
  static const std::regex kName(R"(docs_([a-z]{2})(_[A-Za-z0-9_-]*)?\.jsonl)");
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    std::smatch m;
    std::string name = entry.path().filename().string();
    if (entry.is_regular_file() && std::regex_match(name, m, kName)) out[m[1].str()].push_back(entry.path().string());
  }
  for (auto& [lang, files] : out) std::sort(files.begin(), files.end());
  return out;
}

std::vector<GoldDoc> LoadGold(const std::vector<std::string>& files, simdjson::dom::parser& parser) {
  std::vector<GoldDoc> docs;
  std::set<std::string> seen;
  for (const std::string& path : files) {
    std::ifstream in(path);
    std::string file = std::filesystem::path(path).filename().string();
    int n = 0;
    for (std::string line; std::getline(in, line);) {
      ++n;
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
      std::string where = file + ":" + std::to_string(n);
      simdjson::dom::element root;
      if (parser.parse(line).get(root) != simdjson::SUCCESS || !root.is_object()) DataError(where + ": not a JSON object");
      GoldDoc d;
      d.id = Str(root, "id");
      d.sha1 = Str(root, "text_sha1");
      d.split = Str(root, "split");
      d.file = file;
      if (d.id.empty()) DataError(where + ": no id");
      if (d.split != "dev" && d.split != "heldout") DataError(where + ": split must be dev or heldout");
      if (!seen.insert(d.id).second) DataError(where + ": document " + d.id + " listed twice");
      simdjson::dom::array evs;
      if (root["events"].get(evs) != simdjson::SUCCESS) DataError(where + ": no events array");
      for (simdjson::dom::element e : evs) d.events.push_back(ParseEvent(e, where));
      docs.push_back(std::move(d));
    }
  }
  return docs;
}

// The `source` field of every record of the shared corpus (the publisher's host), by id.
std::map<std::string, std::string> LoadSources(const std::string& shared, simdjson::dom::parser& parser) {
  std::map<std::string, std::string> out;
  for (const char* f : {"/data/news/fr.jsonl", "/data/news/en.jsonl"}) {
    std::ifstream in(shared + f);
    for (std::string line; std::getline(in, line);) {
      simdjson::dom::element root;
      if (line.empty() || parser.parse(line).get(root) != simdjson::SUCCESS) continue;
      std::string id = Str(root, "id"), source = Str(root, "source");
      if (!id.empty()) out[id] = source;
    }
  }
  return out;
}

// --predictions: saved output documents by id (the raw JSON lines).
std::map<std::string, std::string> LoadPredictions(const std::string& path, simdjson::dom::parser& parser) {
  std::map<std::string, std::string> out;
  std::ifstream in(path);
  if (!in) DataError("cannot read " + path);
  for (std::string line; std::getline(in, line);) {
    simdjson::dom::element root;
    if (line.empty() || parser.parse(line).get(root) != simdjson::SUCCESS) continue;
    std::string id = Str(root, "id");
    if (!id.empty()) out[id] = line;
  }
  return out;
}

Span SpanOf(simdjson::dom::element e) {
  int64_t s = 0, t = 0;
  if (e["start"].get(s) || e["end"].get(t) || s < 0 || t < s) return {};
  return Span{uint32_t(s), uint32_t(t)};
}

// Fills *doc from one saved output document (meta, entities, events) over `text`, the
// article. REQUIRES: doc->text is `text` already decoded into doc->decoded.
void FillFromOutput(const std::string& line, simdjson::dom::parser& parser, Document* doc) {
  simdjson::dom::element root;
  if (parser.parse(line).get(root) != simdjson::SUCCESS) return;
  simdjson::dom::element meta;
  if (root["meta"].get(meta) == simdjson::SUCCESS && meta.is_object()) {
    doc->meta.provider = Str(meta, "provider");
    simdjson::dom::array credits;
    if (meta["credits"].get(credits) == simdjson::SUCCESS) {
      for (simdjson::dom::element c : credits) doc->meta.credits.push_back(Credit{Str(c, "role"), Str(c, "name"), {}});
    }
  }
  simdjson::dom::array ents;
  if (root["entities"].get(ents) == simdjson::SUCCESS) {
    for (simdjson::dom::element e : ents) {
      Entity x;
      x.id = Str(e, "id");
      x.type = Str(e, "type");
      x.name = Str(e, "name");
      x.canonical = Str(e, "canonical");
      x.country = Str(e, "country");
      x.actor = Str(e, "actor");
      x.role = Str(e, "role");
      simdjson::dom::array ms;
      if (e["mentions"].get(ms) == simdjson::SUCCESS) {
        for (simdjson::dom::element m : ms) {
          bool metonymic = false;
          if (m["metonymic"].get(metonymic)) metonymic = false;
          x.mentions.push_back(Mention{SpanOf(m), metonymic});
        }
      }
      doc->entities.push_back(std::move(x));
    }
  }
  simdjson::dom::array evs;
  if (root["events"].get(evs) == simdjson::SUCCESS) {
    for (simdjson::dom::element e : evs) {
      Event v;
      v.id = Str(e, "id");
      v.code = Str(e, "code");
      v.root = Str(e, "root");
      v.date = Str(e, "date");
      v.modality = Str(e, "modality");
      simdjson::dom::element x;
      if (e["source"].get(x) == simdjson::SUCCESS && x.is_object()) v.source = {Str(x, "entity"), Str(x, "actor")};
      if (e["target"].get(x) == simdjson::SUCCESS && x.is_object()) v.target = {Str(x, "entity"), Str(x, "actor")};
      if (e["location"].get(x) == simdjson::SUCCESS && x.is_object()) {
        v.location_name = Str(x, "name");
        v.location_country = Str(x, "country");
      }
      if (e["evidence"].get(x) == simdjson::SUCCESS && x.is_object()) v.evidence = SpanOf(x);
      if (v.evidence.end > doc->decoded.size()) v.evidence = {};
      doc->events.push_back(std::move(v));
    }
  }
}

// At most `n` code points of `s` (verbose output only), newlines shown as spaces.
std::string Clip(const Document& doc, Span s, uint32_t n = 110) {
  if (s.end > doc.decoded.size() || s.empty()) return "";
  Span c{s.start, std::min(s.end, s.start + n)};
  std::string out(doc.Slice(c));
  std::replace(out.begin(), out.end(), '\n', ' ');
  if (c.end < s.end) out += "...";
  return out;
}

std::string Join(const std::vector<std::string>& v) {
  std::string out;
  for (const std::string& x : v) out += (out.empty() ? "" : "|") + (x.empty() ? std::string("-") : x);
  return out;
}

std::string Describe(const GoldEvent& g) {
  std::string alts;
  for (const std::string& a : g.alt_codes) alts += "/" + a;
  std::string s = g.code + alts + " " + Join(g.sources) + (g.symmetric ? " <-> " : " -> ") + Join(g.targets);
  s += " [" + g.modality + (g.date.empty() ? "" : " " + g.date);
  if (g.has_location) s += " @" + (g.location_name.empty() ? g.location_country : g.location_name);
  return s + "]";
}

std::string Describe(const PredictedEvent& p) {
  std::string s = p.code + " " + (p.source.empty() ? "-" : p.source) + " -> " + (p.target.empty() ? "-" : p.target);
  s += " [" + p.modality + (p.date.empty() ? "" : " " + p.date);
  if (!p.location_name.empty() || !p.location_country.empty()) {
    s += " @" + (p.location_name.empty() ? p.location_country : p.location_name);
  }
  return s + "]";
}

// Scores one analysed document into `score` (one split); prints details when verbose.
void ScoreDocument(const Document& doc, const GoldDoc& gd, const std::string& publisher, bool verbose,
                   Score* score) {
  std::vector<PredictedEvent> pred;
  for (const Event& e : doc.events) pred.push_back(eval::FromEvent(e));
  ++score->docs;
  score->gold += static_cast<int>(gd.events.size());
  score->pred += static_cast<int>(pred.size());
  for (const GoldEvent& g : gd.events) {
    if (g.evidence.end > doc.decoded.size() || doc.Slice(g.evidence) != g.evidence_text) ++score->offset_errors;
  }
  std::vector<int> root = eval::MatchEvents(gd.events, pred, MatchLevel::kRoot);
  std::vector<int> code = eval::MatchEvents(gd.events, pred, MatchLevel::kCode);
  std::vector<int> country = eval::MatchEvents(gd.events, pred, MatchLevel::kCountry);
  std::vector<bool> pred_matched(pred.size());
  if (verbose) std::printf("  doc %s (%s, %s): gold %zu pred %zu\n", gd.id.c_str(), gd.split.c_str(), gd.file.c_str(),
                           gd.events.size(), pred.size());
  for (size_t i = 0; i < gd.events.size(); ++i) {
    const GoldEvent& g = gd.events[i];
    score->tp_code += code[i] >= 0;
    score->tp_country += country[i] >= 0;
    if (root[i] < 0) {
      if (verbose) {
        std::printf("    MISS  %s | %s\n", Describe(g).c_str(), Clip(doc, g.evidence).c_str());
        if (country[i] >= 0) std::printf("          (country level: %s)\n", Describe(pred[country[i]]).c_str());
      }
      continue;
    }
    const PredictedEvent& p = pred[root[i]];
    pred_matched[root[i]] = true;
    ++score->tp_root;
    std::vector<std::string> diffs;
    if (!eval::CodeMatches(g, p.code)) diffs.push_back("code " + p.code);
    if (!g.date.empty()) {
      ++score->date_total;
      if (p.date == g.date) ++score->date_right;
      else diffs.push_back("date " + (p.date.empty() ? std::string("-") : p.date));
    }
    ++score->modality_total;
    if (p.modality == g.modality) ++score->modality_right;
    else diffs.push_back("modality " + (p.modality.empty() ? std::string("-") : p.modality));
    if (g.has_location) {
      ++score->location_total;
      if (eval::LocationMatches(g, p)) ++score->location_right;
      else diffs.push_back("place " + (p.location_name.empty() ? "-" : p.location_name) + "/" +
                           (p.location_country.empty() ? "-" : p.location_country));
    }
    if (verbose && !diffs.empty()) {
      std::string d;
      for (const std::string& x : diffs) d += (d.empty() ? "" : ", ") + x;
      std::printf("    DIFF  %s: got %s | %s\n", Describe(g).c_str(), d.c_str(), Clip(doc, p.evidence).c_str());
    }
  }
  for (size_t i = 0; i < pred.size(); ++i) {
    if (!pred_matched[i] && verbose) {
      std::printf("    FALSE %s | %s\n", Describe(pred[i]).c_str(), Clip(doc, pred[i].evidence).c_str());
    }
  }
  for (const Event& e : doc.events) {
    std::vector<std::string> bad = eval::NeverActorViolations(doc, e, publisher);
    if (bad.empty()) continue;
    ++score->bad_actors;
    std::string why;
    for (const std::string& b : bad) why += (why.empty() ? "" : "; ") + b;
    std::printf("  NEVER-AN-ACTOR %s %s: %s | %s\n", gd.id.c_str(), Describe(eval::FromEvent(e)).c_str(),
                why.c_str(), Clip(doc, e.evidence).c_str());
  }
}

double Ratio(int a, int b) { return b ? double(a) / b : 0; }
double F1(double p, double r) { return p + r > 0 ? 2 * p * r / (p + r) : 0; }

void PrintScores(const std::string& lang, const std::vector<std::string>& files, const Score (&s)[3]) {
  std::string names;
  for (const std::string& f : files) names += (names.empty() ? "" : ", ") + std::filesystem::path(f).filename().string();
  std::printf("events %s (%s)\n", lang.c_str(), names.c_str());
  std::printf("  %-8s %4s %5s %5s | %-17s | %-17s | %s\n", "split", "docs", "gold", "pred", "root P R F1",
              "code P R F1", "country P R F1");
  for (int k = 0; k < 3; ++k) {
    const Score& c = s[k];
    double pr = Ratio(c.tp_root, c.pred), rr = Ratio(c.tp_root, c.gold);
    double pc = Ratio(c.tp_code, c.pred), rc = Ratio(c.tp_code, c.gold);
    double pk = Ratio(c.tp_country, c.pred), rk = Ratio(c.tp_country, c.gold);
    std::printf("  %-8s %4d %5d %5d | %5.3f %5.3f %5.3f | %5.3f %5.3f %5.3f | %5.3f %5.3f %5.3f\n",
                kSplitNames[k], c.docs, c.gold, c.pred, pr, rr, F1(pr, rr), pc, rc, F1(pc, rc), pk, rk, F1(pk, rk));
  }
  for (int k = 0; k < 3; ++k) {
    const Score& c = s[k];
    std::printf("  %-8s over %d root matches: date %.3f (%d/%d), modality %.3f (%d/%d), place %.3f (%d/%d)\n",
                kSplitNames[k], c.tp_root, Ratio(c.date_right, c.date_total), c.date_right, c.date_total,
                Ratio(c.modality_right, c.modality_total), c.modality_right, c.modality_total,
                Ratio(c.location_right, c.location_total), c.location_right, c.location_total);
  }
  std::printf("  never an actor (place, journalist, agency): %d events\n", s[kAll].bad_actors);
  if (s[kAll].offset_errors > 0) {
    std::printf("  warning: %d gold events whose evidence text differs from the article at its offsets\n",
                s[kAll].offset_errors);
  }
}

// --stats: what the gold holds, per split.
void PrintStats(const std::string& lang, const std::vector<GoldDoc>& docs) {
  for (int k = 0; k < 3; ++k) {
    int n = 0, empty = 0, events = 0, sym = 0, dated = 0, located = 0, with_alt = 0, no_target = 0;
    std::map<std::string, int> roots, modalities;
    for (const GoldDoc& d : docs) {
      if (k != kAll && d.split != kSplitNames[k]) continue;
      ++n;
      empty += d.events.empty();
      for (const GoldEvent& g : d.events) {
        ++events;
        sym += g.symmetric;
        dated += !g.date.empty();
        located += g.has_location;
        with_alt += !g.alt_codes.empty();
        no_target += g.targets.size() == 1 && g.targets[0].empty();
        ++roots[std::string(eval::RootOf(g.code))];
        ++modalities[g.modality];
      }
    }
    std::printf("stats %s %s: %d documents (%d without events), %d events; symmetric %d, dated %d, located %d, "
                "with alt codes %d, no target %d\n",
                lang.c_str(), kSplitNames[k], n, empty, events, sym, dated, located, with_alt, no_target);
    std::string r, m;
    for (const auto& [root, c] : roots) r += " " + root + ":" + std::to_string(c);
    for (const auto& [mod, c] : modalities) m += " " + (mod.empty() ? std::string("(none)") : mod) + ":" + std::to_string(c);
    std::printf("  roots%s\n  modalities%s\n", r.c_str(), m.c_str());
  }
}

}  // namespace
}  // namespace chancery

int main(int argc, char** argv) {
  using namespace chancery;  // NOLINT: eval main only
  std::string gold_dir, shared, data, predictions_path, only_lang;
  double min_precision = 0, min_recall = 0;
  int max_bad_actors = 0;
  bool verbose = false, verbose_heldout = false, stats = false;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto next = [&]() { return i + 1 < argc ? std::string(argv[++i]) : std::string(); };
    if (a == "--gold") gold_dir = next();
    else if (a == "--shared") shared = next();
    else if (a == "--data") data = next();
    else if (a == "--min-precision") min_precision = std::atof(next().c_str());
    else if (a == "--min-recall") min_recall = std::atof(next().c_str());
    else if (a == "--max-bad-actors") max_bad_actors = std::atoi(next().c_str());
    else if (a == "--predictions") predictions_path = next();
    else if (a == "--verbose") verbose = true;
    else if (a == "--verbose-all") verbose = verbose_heldout = true;
    else if (a == "--stats") stats = true;
    else if (a == "--lang") only_lang = next();
    else {
      std::fprintf(stderr,
                   "usage: events_eval --gold DIR --shared DIR --data DIR [--min-precision X] [--min-recall X] "
                   "[--max-bad-actors N] [--predictions FILE] [--verbose | --verbose-all] [--stats] [--lang fr|en]\n");
      return 2;
    }
  }
  simdjson::dom::parser parser;
  std::map<std::string, std::vector<std::string>> files = GoldFiles(gold_dir);
  if (!only_lang.empty()) std::erase_if(files, [&](const auto& f) { return f.first != only_lang; });
  if (files.empty()) {
    std::printf("events_eval: no docs_<lang>*.jsonl in %s yet: nothing to score\n", gold_dir.c_str());
    return 77;  // CTest SKIP_RETURN_CODE
  }
  std::map<std::string, InputRecord> articles = eval::LoadSharedArticles(shared);
  std::map<std::string, std::string> sources = LoadSources(shared, parser);

  // Load and check every gold file first: a data error stops before any scoring.
  std::map<std::string, std::vector<GoldDoc>> gold;
  DecodedText decoded;
  for (const auto& [lang, paths] : files) {
    std::vector<GoldDoc> docs = LoadGold(paths, parser);
    for (const GoldDoc& d : docs) {
      auto it = articles.find(d.id);
      if (it == articles.end()) DataError(d.file + ": article " + d.id + " not found in " + shared);
      if (eval::Sha1Hex(it->second.text) != d.sha1) DataError(d.file + ": " + d.id + ": text_sha1 differs (article changed?)");
      if (!decoded.Decode(it->second.text).ok()) DataError(d.id + ": text is not UTF-8");
      for (const GoldEvent& g : d.events) {
        if (g.evidence.end > decoded.size() || decoded.Slice(g.evidence.start, g.evidence.end) != g.evidence_text) {
          std::printf("warning: %s: %s: evidence %u-%u is not the text at those offsets\n", d.file.c_str(),
                      d.id.c_str(), g.evidence.start, g.evidence.end);
        }
      }
    }
    gold[lang] = std::move(docs);
  }
  if (stats) {
    for (const char* l : {"fr", "en"}) {
      if (gold.count(l)) PrintStats(l, gold[l]);
    }
    for (const auto& [lang, docs] : gold) {
      if (lang != "fr" && lang != "en") PrintStats(lang, docs);
    }
    return 0;
  }

  std::unique_ptr<Pipeline> pipeline;
  std::map<std::string, std::string> predictions;
  if (!predictions_path.empty()) {
    predictions = LoadPredictions(predictions_path, parser);
  } else {
    ExtractOptions options;
    options.data_dir = data;
    Result<std::unique_ptr<Pipeline>> created = Pipeline::Create(options);
    if (!created.ok()) {
      std::fprintf(stderr, "events_eval: %s\n", created.status().ToString().c_str());
      return 2;
    }
    pipeline = std::move(created).value();
  }
  bool failed = false;
  Document doc;
  // French, English, then any other language, like the other evals.
  std::vector<std::string> order;
  for (const char* l : {"fr", "en"}) {
    if (gold.count(l)) order.push_back(l);
  }
  for (const auto& [lang, docs] : gold) {
    if (lang != "fr" && lang != "en") order.push_back(lang);
  }
  for (const std::string& lang : order) {
    const std::vector<GoldDoc>& docs = gold[lang];
    Score score[3];
    for (const GoldDoc& d : docs) {
      if (pipeline != nullptr) {
        InputRecord record = articles.at(d.id);
        record.lang = lang;
        Status st = pipeline->Analyze(std::move(record), &doc);
        if (!st.ok()) DataError(d.id + ": " + st.ToString());
      } else {
        doc.Clear();
        doc.id = d.id;
        doc.text = articles.at(d.id).text;
        if (!doc.decoded.Decode(doc.text).ok()) DataError(d.id + ": text is not UTF-8");
        auto p = predictions.find(d.id);
        if (p != predictions.end()) FillFromOutput(p->second, parser, &doc);
      }
      auto src = sources.find(d.id);
      std::string publisher = src == sources.end() ? std::string() : eval::PublisherLabel(src->second);
      Score one;
      ScoreDocument(doc, d, publisher, verbose && (verbose_heldout || d.split == "dev"), &one);
      for (int k : {d.split == "dev" ? int(kDev) : int(kHeldout), int(kAll)}) {
        Score& s = score[k];
        s.docs += one.docs;
        s.gold += one.gold;
        s.pred += one.pred;
        s.tp_root += one.tp_root;
        s.tp_code += one.tp_code;
        s.tp_country += one.tp_country;
        s.date_total += one.date_total;
        s.date_right += one.date_right;
        s.modality_total += one.modality_total;
        s.modality_right += one.modality_right;
        s.location_total += one.location_total;
        s.location_right += one.location_right;
        s.bad_actors += one.bad_actors;
        s.offset_errors += one.offset_errors;
      }
    }
    PrintScores(lang, files[lang], score);
    const Score& all = score[kAll];
    double p = Ratio(all.tp_root, all.pred), r = Ratio(all.tp_root, all.gold);
    if (p < min_precision || r < min_recall || all.bad_actors > max_bad_actors) {
      std::printf("  BELOW FLOOR (root precision %.2f, recall %.2f, never-an-actor events at most %d)\n", min_precision,
                  min_recall, max_bad_actors);
      failed = true;
    }
  }
  return failed ? 1 : 0;
}

// quotes_eval: scores the quotes stage (run through the whole pipeline) against
// eval/gold/quotes/docs_{fr,en}.jsonl (hand-annotated quotes of the shared articles and the
// seed; format in eval/gold/quotes/README.md when present:
// {"id", "text_sha1", "quotes": [{"start", "end", "text", "kind", "speaker": {"name", "eid",
// "type"}, "speaker_mention"?, "cue", "act"}]}, code-point offsets).
//
//   quotes_eval --gold DIR --entities DIR --shared DIR --data DIR [--min-f1 X]
//               [--min-speaker X] [--min-pronoun X] [--verbose]
//
// Quote spans: precision/recall/F1 with exact spans and with overlap >= 0.5, where the
// overlap of two spans is |intersection| / max(|gold|, |predicted|) (each covers at least
// half of the other); matching is one-to-one, gold quotes in order, best overlap first. Kind
// is not required to match (reported as kind accuracy over matched pairs, as is the act).
//
// Speaker accuracy, over overlap-matched pairs: when the gold speaker has an entity id, the
// prediction is right if it names an entity and either its name or canonical name folds to
// the gold speaker's name, or one of its mentions overlaps a mention of the gold entity in
// eval/gold/entities/docs_<lang>.jsonl (same document ids and eids). When the gold speaker
// has no entity id (a group, an unnamed source), the prediction is right if it names no
// entity. "Pronoun speakers" are the pairs whose gold speaker_mention is a personal pronoun
// (il, elle, -t-il, he, she, ...).
//
// Floors apply to every language that has gold: overlap F1 (--min-f1), speaker accuracy
// (--min-speaker) and pronoun speaker accuracy (--min-pronoun). Exit status 1 below a floor,
// 2 on a usage or data error. Eval code only.
#include <simdjson.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "document/document.h"
#include "ingest/record.h"
#include "pipeline/pipeline.h"
#include "shared_articles.h"
#include "unicode/fold.h"

namespace chancery {
namespace {

struct GoldQuote {
  Span span;
  std::string text, kind, act, speaker_name, speaker_eid, speaker_mention;
};

struct Score {
  int gold = 0, pred = 0, tp_exact = 0, tp_overlap = 0;
  int speaker_total = 0, speaker_right = 0, pronoun_total = 0, pronoun_right = 0;
  int kind_right = 0, act_right = 0, offset_errors = 0;
  int speaker_unreachable = 0;  // wrong speakers whose gold entity the entities stage did not find
};


// Gold entity mentions: doc id -> eid -> spans.
using GoldEntities = std::map<std::string, std::map<std::string, std::vector<Span>>>;

GoldEntities LoadGoldEntities(const std::string& path, simdjson::dom::parser& parser) {
  GoldEntities out;
  std::ifstream in(path);
  for (std::string line; std::getline(in, line);) {
    simdjson::dom::element root;
    if (line.empty() || parser.parse(line).get(root) != simdjson::SUCCESS) continue;
    std::string_view id;
    if (root["id"].get(id) != simdjson::SUCCESS) continue;
    auto& doc = out[std::string(id)];
    simdjson::dom::array ents;
    if (root["entities"].get(ents) != simdjson::SUCCESS) continue;
    for (simdjson::dom::element e : ents) {
      std::string_view eid;
      if (e["eid"].get(eid) != simdjson::SUCCESS) continue;
      simdjson::dom::array ms;
      if (e["mentions"].get(ms) != simdjson::SUCCESS) continue;
      for (simdjson::dom::element m : ms) {
        int64_t s = 0, t = 0;
        if (m["start"].get(s) || m["end"].get(t)) continue;
        doc[std::string(eid)].push_back(Span{uint32_t(s), uint32_t(t)});
      }
    }
  }
  return out;
}

std::string_view Str(simdjson::dom::element e, const char* key) {
  std::string_view v;
  if (e[key].get(v) != simdjson::SUCCESS) return {};
  return v;
}

uint32_t Inter(Span a, Span b) {
  uint32_t s = std::max(a.start, b.start), e = std::min(a.end, b.end);
  return e > s ? e - s : 0;
}
double Overlap(Span a, Span b) {
  uint32_t m = std::max(a.size(), b.size());
  return m ? double(Inter(a, b)) / m : 0;
}

bool IsPronoun(const std::string& mention) {
  std::string f = FoldForMatch(mention);
  static const char* const kPronouns[] = {"il", "elle", "ils", "elles", "-t-il", "-t-elle", "-il", "-elle",
                                          "-ils", "-elles", "he", "she", "they", "lui"};
  for (const char* p : kPronouns) {
    if (f == p) return true;
  }
  return false;
}

bool SpeakerRight(const Document& doc, const GoldQuote& g, const Quote& p,
                  const std::map<std::string, std::vector<Span>>* gold_entities) {
  if (g.speaker_eid.empty()) return p.speaker.empty();
  if (p.speaker.empty()) return false;
  const Entity* e = nullptr;
  for (const Entity& x : doc.entities) {
    if (x.id == p.speaker) e = &x;
  }
  if (e == nullptr) return false;
  std::string gold_name = FoldForMatch(g.speaker_name);
  if (FoldForMatch(e->name) == gold_name || FoldForMatch(e->canonical) == gold_name) return true;
  if (gold_entities != nullptr) {
    auto it = gold_entities->find(g.speaker_eid);
    if (it != gold_entities->end()) {
      for (const Mention& m : e->mentions) {
        for (Span s : it->second) {
          if (Inter(m.span, s) > 0) return true;
        }
      }
    }
  }
  return false;
}

void ScoreDocument(const Document& doc, const std::vector<GoldQuote>& gold,
                   const std::map<std::string, std::vector<Span>>* gold_entities, bool verbose,
                   Score* score) {
  auto name_of = [&](const std::string& id) -> std::string {
    for (const Entity& e : doc.entities) {
      if (e.id == id) return e.name;
    }
    return "-";
  };
  if (verbose) {
    for (const Quote& q : doc.quotes) {
      std::printf("    pred %u-%u %s [%s] %.50s\n", q.span.start, q.span.end, q.kind.c_str(),
                  q.speaker.empty() ? "-" : name_of(q.speaker).c_str(), std::string(doc.Slice(q.span)).c_str());
    }
  }
  std::vector<bool> used_exact(doc.quotes.size()), used_overlap(doc.quotes.size());
  for (const GoldQuote& g : gold) {
    ++score->gold;
    if (g.span.end <= doc.decoded.size() && doc.Slice(g.span) != g.text) ++score->offset_errors;
    for (size_t i = 0; i < doc.quotes.size(); ++i) {
      if (!used_exact[i] && doc.quotes[i].span == g.span) {
        used_exact[i] = true;
        ++score->tp_exact;
        break;
      }
    }
    size_t best = SIZE_MAX;
    double best_overlap = 0.5 - 1e-9;
    for (size_t i = 0; i < doc.quotes.size(); ++i) {
      double o = Overlap(doc.quotes[i].span, g.span);
      if (!used_overlap[i] && o > best_overlap) {
        best = i;
        best_overlap = o;
      }
    }
    if (best == SIZE_MAX) {
      if (verbose) std::printf("    MISS %s [%s] %.70s\n", g.kind.c_str(), g.speaker_name.c_str(), g.text.c_str());
      continue;
    }
    used_overlap[best] = true;
    ++score->tp_overlap;
    const Quote& p = doc.quotes[best];
    if (p.kind == g.kind) ++score->kind_right;
    if (p.act == g.act) ++score->act_right;
    bool right = SpeakerRight(doc, g, p, gold_entities);
    bool pronoun = IsPronoun(g.speaker_mention);
    ++score->speaker_total;
    score->speaker_right += right;
    if (pronoun) {
      ++score->pronoun_total;
      score->pronoun_right += right;
    }
    if (!right) {
      // Would any predicted entity have been right? If none, the entities stage missed the
      // speaker and attribution could not succeed.
      bool reachable = g.speaker_eid.empty();
      for (const Entity& e : doc.entities) {
        Quote probe = p;
        probe.speaker = e.id;
        if (!reachable && SpeakerRight(doc, g, probe, gold_entities)) reachable = true;
      }
      if (!reachable) ++score->speaker_unreachable;
      if (verbose) {
        std::printf("    SPEAKER gold %s (%s) got %s (%s) {%s}%s | %.60s\n", g.speaker_name.c_str(),
                    g.speaker_mention.c_str(), p.speaker.empty() ? "-" : name_of(p.speaker).c_str(),
                    std::string(doc.Slice(p.speaker_mention)).c_str(), std::string(doc.Slice(p.cue)).c_str(),
                    reachable ? "" : " [no such entity]", g.text.c_str());
      }
    }
  }
  for (size_t i = 0; i < doc.quotes.size(); ++i) {
    ++score->pred;
    if (!used_overlap[i] && verbose) {
      std::string_view s = doc.Slice(doc.quotes[i].span);
      std::printf("    FALSE %s [%s] {%s} %.70s\n", doc.quotes[i].kind.c_str(),
                  doc.quotes[i].speaker.empty() ? "-" : name_of(doc.quotes[i].speaker).c_str(),
                  std::string(doc.Slice(doc.quotes[i].cue)).c_str(), std::string(s).c_str());
    }
  }
}

double F1(double p, double r) { return p + r > 0 ? 2 * p * r / (p + r) : 0; }
double Ratio(int a, int b) { return b ? double(a) / b : 0; }

}  // namespace
}  // namespace chancery

int main(int argc, char** argv) {
  using namespace chancery;  // NOLINT: eval main only
  std::string gold_dir, entities_dir, shared, data;
  double min_f1 = 0, min_speaker = 0, min_pronoun = 0;
  bool verbose = false, dump_entities = false;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto next = [&]() { return i + 1 < argc ? std::string(argv[++i]) : std::string(); };
    if (a == "--gold") gold_dir = next();
    else if (a == "--entities") entities_dir = next();
    else if (a == "--shared") shared = next();
    else if (a == "--data") data = next();
    else if (a == "--min-f1") min_f1 = std::atof(next().c_str());
    else if (a == "--min-speaker") min_speaker = std::atof(next().c_str());
    else if (a == "--min-pronoun") min_pronoun = std::atof(next().c_str());
    else if (a == "--verbose") verbose = true;
    else if (a == "--dump-entities") dump_entities = verbose = true;
    else {
      std::fprintf(stderr,
                   "usage: quotes_eval --gold DIR --entities DIR --shared DIR --data DIR [--min-f1 X] "
                   "[--min-speaker X] [--min-pronoun X] [--verbose]\n");
      return 2;
    }
  }
  ExtractOptions options;
  options.data_dir = data;
  Result<std::unique_ptr<Pipeline>> pipeline = Pipeline::Create(options);
  if (!pipeline.ok()) {
    std::fprintf(stderr, "quotes_eval: %s\n", pipeline.status().ToString().c_str());
    return 2;
  }
  std::map<std::string, InputRecord> articles = eval::LoadSharedArticles(shared);
  simdjson::dom::parser parser;
  bool failed = false;
  int languages = 0;
  Document doc;
  for (const char* lang : {"fr", "en"}) {
    std::ifstream in(gold_dir + "/docs_" + lang + ".jsonl");
    if (!in) {
      std::printf("gold %s: no docs_%s.jsonl, skipped\n", lang, lang);
      continue;
    }
    ++languages;
    GoldEntities gold_entities;
    if (!entities_dir.empty()) {
      simdjson::dom::parser eparser;
      gold_entities = LoadGoldEntities(entities_dir + "/docs_" + lang + ".jsonl", eparser);
    }
    Score score;
    int docs = 0;
    for (std::string line; std::getline(in, line);) {
      simdjson::dom::element root;
      if (line.empty() || parser.parse(line).get(root) != simdjson::SUCCESS) continue;
      std::string id(Str(root, "id"));
      auto it = articles.find(id);
      if (it == articles.end()) {
        std::fprintf(stderr, "quotes_eval: article %s not found\n", id.c_str());
        return 2;
      }
      std::vector<GoldQuote> gold;
      simdjson::dom::array qs;
      if (root["quotes"].get(qs) == simdjson::SUCCESS) {
        for (simdjson::dom::element q : qs) {
          GoldQuote g;
          int64_t s = 0, t = 0;
          if (q["start"].get(s) || q["end"].get(t)) continue;
          g.span = Span{uint32_t(s), uint32_t(t)};
          g.text = std::string(Str(q, "text"));
          g.kind = std::string(Str(q, "kind"));
          g.act = std::string(Str(q, "act"));
          simdjson::dom::element sp;
          if (q["speaker"].get(sp) == simdjson::SUCCESS && sp.is_object()) {
            g.speaker_name = std::string(Str(sp, "name"));
            g.speaker_eid = std::string(Str(sp, "eid"));
          }
          simdjson::dom::element sm;
          if (q["speaker_mention"].get(sm) == simdjson::SUCCESS && sm.is_object()) {
            g.speaker_mention = std::string(Str(sm, "text"));
          }
          gold.push_back(std::move(g));
        }
      }
      InputRecord record = it->second;
      record.lang = lang;
      if (verbose) std::printf("  doc %s\n", id.c_str());
      Status st = pipeline.value()->Analyze(std::move(record), &doc);
      if (!st.ok()) {
        std::fprintf(stderr, "quotes_eval: %s: %s\n", id.c_str(), st.ToString().c_str());
        continue;
      }
      auto ge = gold_entities.find(id);
      if (dump_entities) {
        for (const Entity& e : doc.entities) {
          std::printf("    entity %s %s [%s] g=%s role=%s:", e.id.c_str(), e.type.c_str(), e.name.c_str(),
                      e.gender.c_str(), e.role.c_str());
          for (const Mention& m : e.mentions) std::printf(" %u'%s'", m.span.start, std::string(doc.Slice(m.span)).c_str());
          std::printf("\n");
        }
      }
      ScoreDocument(doc, gold, ge == gold_entities.end() ? nullptr : &ge->second, verbose, &score);
      ++docs;
    }
    const Score& s = score;
    double pe = Ratio(s.tp_exact, s.pred), re = Ratio(s.tp_exact, s.gold);
    double po = Ratio(s.tp_overlap, s.pred), ro = Ratio(s.tp_overlap, s.gold);
    double speaker = Ratio(s.speaker_right, s.speaker_total);
    double pronoun = Ratio(s.pronoun_right, s.pronoun_total);
    std::printf("gold %s (%d documents): gold %d pred %d\n", lang, docs, s.gold, s.pred);
    std::printf("  exact   P %.3f R %.3f F1 %.3f\n", pe, re, F1(pe, re));
    std::printf("  overlap P %.3f R %.3f F1 %.3f\n", po, ro, F1(po, ro));
    std::printf("  speaker accuracy %.3f (%d/%d), pronoun speakers %.3f (%d/%d)\n", speaker, s.speaker_right,
                s.speaker_total, pronoun, s.pronoun_right, s.pronoun_total);
    std::printf("  wrong speakers not found by the entities stage: %d (speaker accuracy where it found them %.3f)\n",
                s.speaker_unreachable, Ratio(s.speaker_right, s.speaker_total - s.speaker_unreachable));
    std::printf("  kind accuracy %.3f, act accuracy %.3f (over %d matched)\n", Ratio(s.kind_right, s.tp_overlap),
                Ratio(s.act_right, s.tp_overlap), s.tp_overlap);
    if (s.offset_errors > 0) {
      std::printf("  warning: %d gold quotes whose text differs from the article at their offsets\n",
                  s.offset_errors);
    }
    if (F1(po, ro) < min_f1 || speaker < min_speaker || (s.pronoun_total > 0 && pronoun < min_pronoun)) {
      std::printf("  BELOW FLOOR (f1 %.2f, speaker %.2f, pronoun %.2f)\n", min_f1, min_speaker, min_pronoun);
      failed = true;
    }
  }
  if (languages == 0) {
    std::fprintf(stderr, "quotes_eval: no gold in %s\n", gold_dir.c_str());
    return 2;
  }
  return failed ? 1 : 0;
}

// timex_eval: scores the temporal-expression stage against eval/gold/timex.
//
//   timex_eval --gold DIR --shared DIR --data DIR [--min-phrase-accuracy X]
//              [--min-value-f1 X] [--verbose]
//
// (a) Phrase accuracy per language (phrases_fr.tsv, phrases_en.tsv): each sentence is
//     analysed as a dispatch whose creation time is the row's reference; the row is right
//     when the timex overlapping the [[...]] span has exactly that span, type, value and
//     mod; a NONE row is right when nothing at all is found.
// (b) Document scores (docs_fr.jsonl, docs_en.jsonl over the shared articles, checked by
//     SHA-1): strict-span and relaxed-span (overlap) P/R/F1, value F1 (relaxed match with
//     equal value) and type accuracy (over relaxed matches).
// Exit status 1 when a score is below a floor given on the command line, 2 on a usage
// or data error. Eval code: never linked into the product.
#include <simdjson.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "document/document.h"
#include "ingest/record.h"
#include "pipeline/pipeline.h"

namespace chancery {
namespace {

// ---- SHA-1 (FIPS 180-4), for checking the gold's text_sha1 ----
std::string Sha1Hex(const std::string& msg) {
  uint32_t h[5] = {0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0};
  std::string m = msg;
  uint64_t bit_len = static_cast<uint64_t>(msg.size()) * 8;
  m.push_back(static_cast<char>(0x80));
  while (m.size() % 64 != 56) m.push_back('\0');
  for (int i = 7; i >= 0; --i) m.push_back(static_cast<char>((bit_len >> (8 * i)) & 0xff));
  auto rol = [](uint32_t x, int n) { return (x << n) | (x >> (32 - n)); };
  for (size_t off = 0; off < m.size(); off += 64) {
    uint32_t w[80];
    for (int i = 0; i < 16; ++i) {
      w[i] = (uint32_t(uint8_t(m[off + 4 * i])) << 24) | (uint32_t(uint8_t(m[off + 4 * i + 1])) << 16) |
             (uint32_t(uint8_t(m[off + 4 * i + 2])) << 8) | uint32_t(uint8_t(m[off + 4 * i + 3]));
    }
    for (int i = 16; i < 80; ++i) w[i] = rol(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
    uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4];
    for (int i = 0; i < 80; ++i) {
      uint32_t f, k;
      if (i < 20) { f = (b & c) | (~b & d); k = 0x5A827999; }
      else if (i < 40) { f = b ^ c ^ d; k = 0x6ED9EBA1; }
      else if (i < 60) { f = (b & c) | (b & d) | (c & d); k = 0x8F1BBCDC; }
      else { f = b ^ c ^ d; k = 0xCA62C1D6; }
      uint32_t t = rol(a, 5) + f + e + k + w[i];
      e = d; d = c; c = rol(b, 30); b = a; a = t;
    }
    h[0] += a; h[1] += b; h[2] += c; h[3] += d; h[4] += e;
  }
  char out[41];
  for (int i = 0; i < 5; ++i) std::snprintf(out + 8 * i, 9, "%08x", h[i]);
  return std::string(out, 40);
}

// One pipeline per time zone of the references (the zone resolves a local time).
class Stages {
 public:
  explicit Stages(std::string data) : data_(std::move(data)) {}

  // Runs the whole pipeline over `text` as a dispatch whose record says it was
  // published at `dct` (local ISO time or date) in `zone`.
  bool Analyze(const std::string& text, const std::string& dct, const std::string& zone, Language lang,
               Document* doc) {
    auto it = pipelines_.find(zone);
    if (it == pipelines_.end()) {
      ExtractOptions o;
      o.data_dir = data_;
      o.tz = zone;
      auto p = Pipeline::Create(o);
      if (!p.ok()) {
        std::fprintf(stderr, "timex_eval: %s\n", p.status().ToString().c_str());
        std::exit(2);
      }
      it = pipelines_.emplace(zone, std::move(p).value()).first;
    }
    InputRecord r;
    r.id = "eval";
    r.text = text;
    r.lang = std::string(LanguageCode(lang));
    r.published = dct;
    return it->second->Analyze(std::move(r), doc).ok();
  }

 private:
  std::string data_;
  std::map<std::string, std::unique_ptr<Pipeline>> pipelines_;
};

std::vector<std::string> SplitTabs(const std::string& line) {
  std::vector<std::string> f;
  size_t s = 0;
  while (true) {
    size_t t = line.find('\t', s);
    f.push_back(line.substr(s, t == std::string::npos ? std::string::npos : t - s));
    if (t == std::string::npos) break;
    s = t + 1;
  }
  return f;
}

uint32_t CodePoints(const std::string& s) {
  uint32_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

struct PhraseScore {
  int rows = 0, right = 0;
};

PhraseScore ScorePhrases(Stages& st, const std::string& path, Language lang, bool verbose) {
  PhraseScore sc;
  std::ifstream in(path);
  if (!in) {
    std::fprintf(stderr, "timex_eval: cannot read %s\n", path.c_str());
    std::exit(2);
  }
  std::string line;
  bool header = true;
  Document doc;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    if (header) {
      header = false;
      continue;
    }
    std::vector<std::string> f = SplitTabs(line);
    if (f.size() < 5) continue;
    size_t sp = f[0].find(' ');
    std::string ref = f[0].substr(0, sp);
    std::string zone = sp == std::string::npos ? "UTC" : f[0].substr(sp + 1);
    std::string sentence = f[1];
    size_t a = sentence.find("[["), b = sentence.find("]]");
    Span gold{};
    if (a != std::string::npos && b != std::string::npos && b > a) {
      gold.start = CodePoints(sentence.substr(0, a));
      gold.end = gold.start + CodePoints(sentence.substr(a + 2, b - a - 2));
      sentence = sentence.substr(0, a) + sentence.substr(a + 2, b - a - 2) + sentence.substr(b + 2);
    }
    if (!st.Analyze(sentence, ref, zone, lang, &doc)) doc.timexes.clear();
    ++sc.rows;
    bool ok;
    std::string got;
    if (f[2] == "NONE") {
      ok = doc.timexes.empty();
      for (const Timex& t : doc.timexes) got += "[" + std::string(doc.Slice(t.span)) + " " + t.type + " " + t.value + "] ";
    } else {
      ok = false;
      const Timex* hit = nullptr;
      for (const Timex& t : doc.timexes) {
        if (t.span.start < gold.end && gold.start < t.span.end) {
          hit = &t;
          break;
        }
      }
      if (hit != nullptr) {
        ok = hit->span == gold && hit->type == f[2] && hit->value == f[3] && hit->mod == f[4];
        got = "[" + std::string(doc.Slice(hit->span)) + "] " + hit->type + " " + hit->value + " " + hit->mod;
      } else {
        got = "nothing";
      }
    }
    sc.right += ok;
    if (!ok && verbose) {
      std::printf("  MISS %s | %s | want %s %s %s | got %s\n", f[0].c_str(), f[1].c_str(), f[2].c_str(),
                  f[3].c_str(), f[4].c_str(), got.c_str());
    }
  }
  return sc;
}

struct DocScore {
  int gold = 0, found = 0, strict = 0, relaxed_gold = 0, relaxed_found = 0, value = 0, type = 0;
  int docs = 0, skipped = 0;
};

double F1(double p, double r) { return p + r > 0 ? 2 * p * r / (p + r) : 0; }

struct GoldTimex {
  Span span;
  std::string type, value, text;
};

// Scores the timexes of `doc` that end before `limit` against `gold` (relaxed match:
// overlap, preferring the exact span), adding to *sc.
void ScoreDocument(const std::string& id, const Document& doc, const std::vector<GoldTimex>& gold,
                   uint32_t limit, bool verbose, DocScore* sc) {
  std::vector<const Timex*> found;
  for (const Timex& t : doc.timexes) {
    if (t.span.end <= limit) found.push_back(&t);
  }
  sc->gold += static_cast<int>(gold.size());
  sc->found += static_cast<int>(found.size());
  std::vector<bool> found_matched(found.size(), false);
  for (const GoldTimex& g : gold) {
    const Timex* best = nullptr;
    size_t best_i = 0;
    for (size_t i = 0; i < found.size(); ++i) {
      const Timex& t = *found[i];
      if (t.span.start < g.span.end && g.span.start < t.span.end) {
        if (best == nullptr || t.span == g.span) {
          best = &t;
          best_i = i;
        }
      }
    }
    if (best == nullptr) {
      if (verbose) std::printf("  FN %s [%s] %s %s\n", id.c_str(), g.text.c_str(), g.type.c_str(), g.value.c_str());
      continue;
    }
    found_matched[best_i] = true;
    ++sc->relaxed_gold;
    sc->strict += best->span == g.span;
    sc->value += best->value == g.value;
    sc->type += best->type == g.type;
    if (verbose && (best->value != g.value || !(best->span == g.span))) {
      std::printf("  VAL %s gold [%s] %s %s | got [%s] %s %s\n", id.c_str(), g.text.c_str(), g.type.c_str(),
                  g.value.c_str(), std::string(doc.Slice(best->span)).c_str(), best->type.c_str(),
                  best->value.c_str());
    }
  }
  for (size_t i = 0; i < found.size(); ++i) {
    if (found_matched[i]) {
      ++sc->relaxed_found;
      continue;
    }
    bool overlaps = false;
    for (const GoldTimex& g : gold) overlaps |= found[i]->span.start < g.span.end && g.span.start < found[i]->span.end;
    if (overlaps) {
      ++sc->relaxed_found;
    } else if (verbose) {
      std::printf("  FP %s [%s] %s %s\n", id.c_str(), std::string(doc.Slice(found[i]->span)).c_str(),
                  found[i]->type.c_str(), found[i]->value.c_str());
    }
  }
}

// MEANTIME's English gold (shared, not used to develop the stage): its TIMEX3 with
// offsets, scored within the part of each article that MEANTIME annotated.
DocScore ScoreMeantime(Stages& st, const std::string& path, bool verbose) {
  DocScore sc;
  std::ifstream in(path);
  simdjson::dom::parser parser;
  std::string line;
  Document doc;
  while (std::getline(in, line)) {
    simdjson::dom::element e;
    if (line.empty() || parser.parse(line).get(e)) continue;
    std::string id(std::string_view(e["id"].get_string().value_unsafe()));
    std::string text(std::string_view(e["text"].get_string().value_unsafe()));
    std::string dct(std::string_view(e["dct"].get_string().value_unsafe()));
    uint32_t limit = static_cast<uint32_t>(int64_t(e["annotated_until"]));
    ++sc.docs;
    if (!st.Analyze(text, dct, "UTC", Language::kEnglish, &doc)) doc.timexes.clear();
    std::vector<GoldTimex> gold;
    for (simdjson::dom::element t : e["timex3"].get_array()) {
      int64_t start, end;
      if (t["start"].get(start) || t["end"].get(end) || end > limit) continue;  // implied times
      GoldTimex g;
      g.span = {static_cast<uint32_t>(start), static_cast<uint32_t>(end)};
      g.type = std::string(std::string_view(t["type"]));
      g.value = std::string(std::string_view(t["value"]));
      gold.push_back(g);
    }
    ScoreDocument(id, doc, gold, limit, verbose, &sc);
  }
  return sc;
}

DocScore ScoreDocs(Stages& st, const std::string& gold_path,
                   const std::map<std::string, std::string>& articles, Language lang, bool verbose) {
  DocScore sc;
  std::ifstream in(gold_path);
  if (!in) {
    std::fprintf(stderr, "timex_eval: cannot read %s\n", gold_path.c_str());
    std::exit(2);
  }
  simdjson::dom::parser parser;
  std::string line;
  Document doc;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    simdjson::dom::element e;
    if (parser.parse(line).get(e)) continue;
    std::string id(std::string_view(e["id"].get_string().value_unsafe()));
    std::string dct(std::string_view(e["dct"].get_string().value_unsafe()));
    std::string sha(std::string_view(e["text_sha1"].get_string().value_unsafe()));
    auto it = articles.find(id);
    if (it == articles.end() || Sha1Hex(it->second) != sha) {
      ++sc.skipped;
      std::fprintf(stderr, "timex_eval: %s: article missing or changed (sha1)\n", id.c_str());
      continue;
    }
    ++sc.docs;
    if (!st.Analyze(it->second, dct, lang == Language::kFrench ? "Europe/Paris" : "UTC", lang, &doc)) {
      doc.timexes.clear();
    }
    std::vector<GoldTimex> gold;
    for (simdjson::dom::element t : e["timexes"].get_array()) {
      GoldTimex g;
      g.span.start = static_cast<uint32_t>(int64_t(t["start"]));
      g.span.end = static_cast<uint32_t>(int64_t(t["end"]));
      g.type = std::string(std::string_view(t["type"]));
      g.value = std::string(std::string_view(t["value"]));
      g.text = std::string(std::string_view(t["text"]));
      gold.push_back(g);
    }
    ScoreDocument(id, doc, gold, UINT32_MAX, verbose, &sc);
  }
  return sc;
}

std::map<std::string, std::string> LoadArticles(const std::string& shared) {
  std::map<std::string, std::string> out;
  simdjson::dom::parser parser;
  for (const char* f : {"/data/news/fr.jsonl", "/data/news/en.jsonl"}) {
    std::ifstream in(shared + f);
    std::string line;
    while (std::getline(in, line)) {
      simdjson::dom::element e;
      if (parser.parse(line).get(e)) continue;
      std::string_view id, text;
      if (e["id"].get_string().get(id) || e["text"].get_string().get(text)) continue;
      out[std::string(id)] = std::string(text);
    }
  }
  return out;
}

// Prints one table row; returns the value F1.
double PrintRow(const std::string& label, int phrases, double acc, const DocScore& ds) {
  double sp = ds.found ? double(ds.strict) / ds.found : 0, sr = ds.gold ? double(ds.strict) / ds.gold : 0;
  double rp = ds.found ? double(ds.relaxed_found) / ds.found : 0;
  double rr = ds.gold ? double(ds.relaxed_gold) / ds.gold : 0;
  double vp = ds.found ? double(ds.value) / ds.found : 0, vr = ds.gold ? double(ds.value) / ds.gold : 0;
  double ta = ds.relaxed_gold ? double(ds.type) / ds.relaxed_gold : 0;
  std::printf("%-12s %8d %6.3f | %6.3f %6.3f %6.3f | %6.3f %6.3f %6.3f | %8.3f %8.3f | %5d\n", label.c_str(),
              phrases, acc, sp, sr, F1(sp, sr), rp, rr, F1(rp, rr), F1(vp, vr), ta, ds.docs);
  return F1(vp, vr);
}

int Main(int argc, char** argv) {
  std::string gold_dir, shared, data;
  double min_phrase = 0, min_value_f1 = 0, min_meantime_value_f1 = 0;
  bool verbose = false;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto next = [&]() -> std::string {
      if (i + 1 >= argc) {
        std::fprintf(stderr, "timex_eval: %s needs a value\n", a.c_str());
        std::exit(2);
      }
      return argv[++i];
    };
    if (a == "--gold") gold_dir = next();
    else if (a == "--shared") shared = next();
    else if (a == "--data") data = next();
    else if (a == "--min-phrase-accuracy") min_phrase = std::atof(next().c_str());
    else if (a == "--min-value-f1") min_value_f1 = std::atof(next().c_str());
    else if (a == "--min-meantime-value-f1") min_meantime_value_f1 = std::atof(next().c_str());
    else if (a == "--verbose") verbose = true;
    else {
      std::fprintf(stderr, "timex_eval: unknown argument %s\n", a.c_str());
      return 2;
    }
  }
  if (gold_dir.empty() || data.empty()) {
    std::fprintf(stderr, "usage: timex_eval --gold DIR --shared DIR --data DIR [--min-phrase-accuracy X] "
                         "[--min-value-f1 X] [--min-meantime-value-f1 X] [--verbose]\n");
    return 2;
  }
  Stages st(data);
  std::map<std::string, std::string> articles;
  if (!shared.empty()) articles = LoadArticles(shared);

  bool below = false;
  std::printf("%-12s %8s %6s | %6s %6s %6s | %6s %6s %6s | %8s %8s | %5s\n", "gold", "phrases", "acc",
              "strP", "strR", "strF1", "relP", "relR", "relF1", "valueF1", "typeAcc", "docs");
  for (Language lang : {Language::kFrench, Language::kEnglish}) {
    std::string code(LanguageCode(lang));
    if (verbose) std::printf("== %s phrases\n", code.c_str());
    PhraseScore ps = ScorePhrases(st, gold_dir + "/phrases_" + code + ".tsv", lang, verbose);
    if (verbose) std::printf("== %s documents\n", code.c_str());
    DocScore ds = ScoreDocs(st, gold_dir + "/docs_" + code + ".jsonl", articles, lang, verbose);
    double acc = ps.rows ? double(ps.right) / ps.rows : 0;
    double vf = PrintRow(code, ps.rows, acc, ds);
    if (acc < min_phrase) {
      std::printf("%s: phrase accuracy %.3f below the floor %.3f\n", code.c_str(), acc, min_phrase);
      below = true;
    }
    if (ds.docs > 0 && vf < min_value_f1) {
      std::printf("%s: value F1 %.3f below the floor %.3f\n", code.c_str(), vf, min_value_f1);
      below = true;
    }
  }
  if (!shared.empty()) {
    if (verbose) std::printf("== MEANTIME (held out)\n");
    DocScore ds = ScoreMeantime(st, shared + "/data/news/meantime_dev_gold.jsonl", verbose);
    double vf = PrintRow("meantime-en", 0, 0, ds);
    if (ds.docs > 0 && vf < min_meantime_value_f1) {
      std::printf("meantime-en: value F1 %.3f below the floor %.3f\n", vf, min_meantime_value_f1);
      below = true;
    }
  }
  return below ? 1 : 0;
}

}  // namespace
}  // namespace chancery

int main(int argc, char** argv) { return chancery::Main(argc, argv); }

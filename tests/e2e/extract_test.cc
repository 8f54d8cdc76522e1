// `chancery extract` end to end: the seed's meta, the development corpus's offsets and
// languages, hostile input, and the command-line contract (exit codes, --help, order).
#include <gtest/gtest.h>
#include <simdjson.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "e2e/run_chancery.h"
#include "support/code_points.h"
#include "support/test_data.h"

namespace chancery::testing {
namespace {

using simdjson::dom::element;

std::string Substr(std::string_view text, const std::vector<size_t>& cp, int64_t start, int64_t end) {
  return std::string(text.substr(cp[start], cp[end] - cp[start]));
}

std::string SharedPath(const std::string& rel) {
  std::string shared = SharedDir();
  return shared.empty() ? std::string() : shared + "/" + rel;
}

bool Exists(const std::string& path) { return std::ifstream(path).good(); }

TEST(ExtractSeed, MetaMustItemsAreExact) {
  std::string seed = SharedPath("seed/000_b236a2b85e7853d3.txt");
  if (seed.empty() || !Exists(seed)) GTEST_SKIP() << "shared seed not available";
  RunResult r = RunChancery({"extract", seed});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  ASSERT_EQ(r.lines.size(), 1u);
  simdjson::dom::parser parser;
  element doc = parser.parse(r.lines[0]);
  EXPECT_EQ(std::string_view(doc["id"]), "000_b236a2b85e7853d3");
  EXPECT_EQ(std::string_view(doc["lang"]), "fr");
  // Which engine build and lexicons produced it, for reproducibility.
  EXPECT_EQ(std::string_view(doc["analysis"]).rfind("chancery ", 0), 0u);
  element meta = doc["meta"];
  EXPECT_EQ(std::string_view(meta["headline"]),
            "Russie et USA vont se rencontrer à Istanbul pour rétablir les missions diplomatiques-Lavrov");
  EXPECT_EQ(std::string_view(meta["headline_attribution"]), "Lavrov");
  EXPECT_EQ(std::string_view(meta["provider"]), "Reuters");
  EXPECT_EQ(std::string_view(meta["published"]), "2025-02-26T15:16:00+01:00");
  EXPECT_EQ(std::string_view(meta["published_local"]), "2025-02-26T15:16");
  EXPECT_EQ(std::string_view(meta["update_note"]), "Actualisé avec détails, contexte, citations");
  std::vector<std::pair<std::string, std::string>> credits;
  for (element c : meta["credits"].get_array()) {
    credits.emplace_back(std::string(std::string_view(c["role"])), std::string(std::string_view(c["name"])));
  }
  std::vector<std::pair<std::string, std::string>> expected = {
      {"reporting", "Dmitry Antonov"}, {"writing", "Mark Trevelyan"}, {"translation", "Zhifan Liu"},
      {"translation", "Etienne Breban"}, {"editing", "Augustin Turpin"}};
  EXPECT_EQ(credits, expected);
}

// Splits "A|B" into its alternatives.
std::vector<std::string> Alternatives(std::string_view s) {
  std::vector<std::string> out;
  while (true) {
    size_t bar = s.find('|');
    out.emplace_back(s.substr(0, bar));
    if (bar == std::string_view::npos) break;
    s.remove_prefix(bar + 1);
  }
  return out;
}

bool OneOf(const std::vector<std::string>& alternatives, std::string_view v) {
  for (const std::string& a : alternatives) {
    if (a == "?" || a == v) return true;
  }
  return false;
}

// Every event of expected.json's events.must comes out: actors ("A<->B" either direction,
// "A->B" directed, '|' alternatives), one of the codes, and the date and place when given.
// must_not: no actor from the provider, the dateline's or an event's place country, and no
// must event dated on the dispatch's day unless expected says so.
TEST(ExtractSeed, EventsMustComeOutAndMustNotDoNot) {
  std::string seed = SharedPath("seed/000_b236a2b85e7853d3.txt");
  std::string expected_path = SharedPath("seed/expected.json");
  if (seed.empty() || !Exists(seed) || !Exists(expected_path)) GTEST_SKIP() << "shared seed not available";
  RunResult r = RunChancery({"extract", seed});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  ASSERT_EQ(r.lines.size(), 1u);
  simdjson::dom::parser parser, expected_parser;
  element doc = parser.parse(r.lines[0]);
  std::stringstream buf;
  buf << std::ifstream(expected_path).rdbuf();
  std::string expected_text = buf.str();
  element expected = expected_parser.parse(expected_text);
  std::string dump;
  for (element e : doc["events"].get_array()) {
    dump += std::string(std::string_view(e["code"])) + " " + std::string(std::string_view(e["source"]["actor"])) +
            "->" + std::string(e["target"]["actor"].is_null() ? "" : std::string_view(e["target"]["actor"])) + "; ";
  }
  for (element must : expected["events"]["must"].get_array()) {
    std::string_view actors = must["actors"];
    bool symmetric = actors.find("<->") != std::string_view::npos;
    size_t arrow = actors.find(symmetric ? "<->" : "->");
    ASSERT_NE(arrow, std::string_view::npos);
    std::vector<std::string> a = Alternatives(actors.substr(0, arrow));
    std::vector<std::string> b = Alternatives(actors.substr(arrow + (symmetric ? 3 : 2)));
    std::vector<std::string> codes;
    for (element c : must["codes"].get_array()) codes.emplace_back(std::string_view(c));
    bool found = false;
    for (element e : doc["events"].get_array()) {
      std::string_view src = e["source"]["actor"];
      std::string_view tgt = e["target"]["actor"].is_null() ? std::string_view() : std::string_view(e["target"]["actor"]);
      bool sym = bool(e["symmetric"]);
      bool direct = OneOf(a, src) && OneOf(b, tgt);
      bool swapped = (symmetric || sym) && OneOf(a, tgt) && OneOf(b, src);
      if (!direct && !swapped) continue;
      if (!OneOf(codes, std::string_view(e["code"]))) continue;
      std::string_view want_date;
      if (must["date"].get(want_date) == simdjson::SUCCESS &&
          (e["date"].is_null() || std::string_view(e["date"]) != want_date)) {
        continue;
      }
      element loc;
      if (must["location"].get(loc) == simdjson::SUCCESS) {
        if (e["location"].is_null() || std::string_view(e["location"]["country"]) != std::string_view(loc["country"])) {
          continue;
        }
      }
      found = true;
    }
    EXPECT_TRUE(found) << "missing must event " << actors << " " << std::string_view(must["evidence"]) << "\n got "
                       << dump;
  }
  // must_not: the provider, journalists and places are never actors; no event of the
  // dispatch's day for the acts the must list dates elsewhere.
  for (element e : doc["events"].get_array()) {
    for (const char* side : {"source", "target"}) {
      if (e[side]["actor"].is_null()) continue;
      std::string_view actor = e[side]["actor"];
      EXPECT_NE(actor.substr(0, 3), "TUR") << dump;
      EXPECT_EQ(actor.find("MED"), std::string_view::npos) << dump;
    }
    if (!e["date"].is_null() && std::string_view(e["date"]) == "2025-02-26") {
      std::string_view code = e["code"];
      EXPECT_FALSE(code.substr(0, 2) == "04" || code == "036") << "a meeting or call dated on the dispatch's day: " << dump;
    }
  }
}

TEST(ExtractSeed, DefaultZoneCanBeOverridden) {
  std::string seed = SharedPath("seed/000_b236a2b85e7853d3.txt");
  if (seed.empty() || !Exists(seed)) GTEST_SKIP() << "shared seed not available";
  RunResult r = RunChancery({"extract", "--tz", "America/New_York", seed});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  simdjson::dom::parser parser;
  element doc = parser.parse(r.lines.at(0));
  EXPECT_EQ(std::string_view(doc["meta"]["published"]), "2025-02-26T15:16:00-05:00");
  RunResult bad = RunChancery({"extract", "--tz", "Mars/Olympus_Mons", seed});
  EXPECT_EQ(bad.exit_code, 2);
}

// Every document of the development corpus: no error, the right language, and every
// sentence and token span lies in the text, in order, with the text it claims.
void CheckCorpus(const std::string& file, const std::string& lang) {
  std::string path = SharedPath("data/news/" + file);
  if (path.empty() || !Exists(path)) GTEST_SKIP() << "shared corpus not available";
  RunResult r = RunChancery({"extract", "--jsonl", "--tokens", "--threads", "2", path});
  ASSERT_EQ(r.exit_code, 0) << r.err.substr(0, 2000);
  std::ifstream in(path);
  std::vector<std::string> ids;
  simdjson::dom::parser input_parser;
  for (std::string line; std::getline(in, line);) {
    if (line.empty()) continue;
    element rec = input_parser.parse(line);
    ids.emplace_back(std::string_view(rec["id"]));
  }
  ASSERT_EQ(r.lines.size(), ids.size());
  simdjson::dom::parser parser;
  for (size_t i = 0; i < r.lines.size(); ++i) {
    element doc = parser.parse(r.lines[i]);
    ASSERT_EQ(std::string_view(doc["id"]), ids[i]) << "output order";
    EXPECT_FALSE(doc["error"].error() == simdjson::SUCCESS) << ids[i];
    EXPECT_EQ(std::string_view(doc["lang"]), lang) << ids[i];
    std::string_view text = doc["text"];
    std::vector<size_t> cp = CodePointOffsets(text);
    int64_t n = static_cast<int64_t>(cp.size()) - 1;
    int64_t prev_end = 0;
    size_t sentences = 0;
    for (element s : doc["sentences"].get_array()) {
      int64_t start = s["start"], end = s["end"];
      EXPECT_LE(prev_end, start) << ids[i];
      EXPECT_LT(start, end) << ids[i];
      EXPECT_LE(end, n) << ids[i];
      prev_end = end;
      ++sentences;
    }
    EXPECT_GT(sentences, 0u) << ids[i];
    prev_end = 0;
    size_t tokens = 0;
    for (element t : doc["tokens"].get_array()) {
      int64_t start = t["start"], end = t["end"];
      ASSERT_LE(prev_end, start) << ids[i];
      ASSERT_LT(start, end) << ids[i];
      ASSERT_LE(end, n) << ids[i];
      EXPECT_EQ(Substr(text, cp, start, end), std::string_view(t["text"])) << ids[i];
      prev_end = end;
      ++tokens;
    }
    EXPECT_GT(tokens, 10u) << ids[i];
    int64_t body_start = doc["meta"]["body"]["start"], body_end = doc["meta"]["body"]["end"];
    EXPECT_LE(body_start, body_end);
    EXPECT_LE(body_end, n);
  }
}

TEST(ExtractCorpus, FrenchNewsRoundTripsOffsets) { CheckCorpus("fr.jsonl", "fr"); }
TEST(ExtractCorpus, EnglishNewsRoundTripsOffsets) { CheckCorpus("en.jsonl", "en"); }

// Hostile input: each bad document yields {"id","error"}, exit code 1, and the good
// document after it is still analysed.
struct BadCase {
  std::string name;
  std::string content;
};

TEST(ExtractBadInput, EachBadFileIsOneErrorAndTheRunGoesOn) {
  std::string good = WriteTempFile(
      "Paris and Berlin sign a water treaty\n\nPARIS (Reuters) - France and Germany signed a "
      "treaty on Monday to share data on river levels, the two governments said.\n", ".txt");
  std::string garbage;
  for (int i = 0; i < 4096; ++i) garbage.push_back(static_cast<char>((i * 7919) % 256));
  std::vector<BadCase> cases = {
      {"invalid UTF-8", "Le pr\xE9sident a d\xE9\x63lar\xE9 mardi.\n"},
      {"empty file", ""},
      {"white space only", " \n\t\n"},
      // 20 bytes: the literal's own length without its terminator (22 read past it, an
      // overflow AddressSanitizer reports).
      {"NUL bytes", std::string("Le pr\xC3\xA9sident\0a dit.", 20)},
      {"50 MB single line", std::string(50u << 20, 'a')},
      {"binary garbage", garbage},
  };
  for (const BadCase& c : cases) {
    std::string bad = WriteTempFile(c.content, ".txt");
    RunResult r = RunChancery({"extract", bad, good});
    EXPECT_EQ(r.exit_code, 1) << c.name;
    ASSERT_EQ(r.lines.size(), 2u) << c.name;
    simdjson::dom::parser parser;
    element err = parser.parse(r.lines[0]);
    EXPECT_EQ(err["error"].error(), simdjson::SUCCESS) << c.name;
    EXPECT_EQ(err["id"].error(), simdjson::SUCCESS) << c.name;
    element ok = parser.parse(r.lines[1]);
    EXPECT_EQ(std::string_view(ok["lang"]), "en") << c.name;
    EXPECT_NE(r.err.find("chancery: " + bad + ": "), std::string::npos) << c.name << ": " << r.err;
    std::remove(bad.c_str());
  }
  std::remove(good.c_str());
}

TEST(ExtractBadInput, BadJsonLinesAreErrorsInPlace) {
  std::string jsonl = WriteTempFile(
      "{\"id\": \"a\", \"text\": \"Le ministre a déclaré mardi que les discussions reprendraient.\"}\n"
      "this is not json\n"
      "{\"id\": \"c\", \"lang\": \"fr\"}\n"
      "[1, 2, 3]\n"
      "{\"id\": 42, \"text\": \"The minister said on Tuesday that talks would resume soon.\"}\n"
      "{\"id\": \"f\", \"text\": 17}\n",
      ".jsonl");
  RunResult r = RunChancery({"extract", "--jsonl", jsonl});
  EXPECT_EQ(r.exit_code, 1);
  ASSERT_EQ(r.lines.size(), 6u) << r.out;
  simdjson::dom::parser parser;
  std::vector<bool> is_error;
  std::vector<std::string> ids;
  for (const std::string& line : r.lines) {
    element doc = parser.parse(line);
    is_error.push_back(doc["error"].error() == simdjson::SUCCESS);
    ids.emplace_back(std::string_view(doc["id"]));
  }
  EXPECT_EQ(is_error, (std::vector<bool>{false, true, true, true, false, true}));
  EXPECT_EQ(ids[0], "a");
  EXPECT_EQ(ids[2], "c");
  EXPECT_EQ(ids[4], "42");
  EXPECT_EQ(ids[5], "f");
  std::remove(jsonl.c_str());
}

TEST(ExtractCli, HelpAndUsageErrors) {
  RunResult help = RunChancery({"extract", "--help"});
  EXPECT_EQ(help.exit_code, 0);
  EXPECT_NE(help.out.find("usage: chancery extract"), std::string::npos);
  RunResult top = RunChancery({"--help"});
  EXPECT_EQ(top.exit_code, 0);
  EXPECT_EQ(RunChancery({"extract", "--no-such-option"}).exit_code, 2);
  EXPECT_EQ(RunChancery({"extract", "--threads", "zero"}).exit_code, 2);
  EXPECT_EQ(RunChancery({"frobnicate"}).exit_code, 2);
  EXPECT_EQ(RunChancery({}).exit_code, 2);
}

TEST(ExtractCli, MissingFileIsAnErrorForThatInput) {
  RunResult r = RunChancery({"extract", "/nonexistent/dispatch.txt"});
  EXPECT_EQ(r.exit_code, 1);
  ASSERT_EQ(r.lines.size(), 1u);
  EXPECT_NE(r.lines[0].find("\"error\""), std::string::npos);
  EXPECT_NE(r.err.find("chancery: /nonexistent/dispatch.txt: No such file"), std::string::npos) << r.err;
}

TEST(ExtractCli, ReadsStandardInput) {
  std::string path = WriteTempFile("Le gouvernement a annoncé lundi de nouvelles mesures pour les agriculteurs.\n", ".txt");
  RunResult r = RunChancery({"extract"}, path);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  ASSERT_EQ(r.lines.size(), 1u);
  simdjson::dom::parser parser;
  element doc = parser.parse(r.lines[0]);
  EXPECT_EQ(std::string_view(doc["lang"]), "fr");
  std::remove(path.c_str());
}

TEST(ExtractCli, ManyThreadsKeepInputOrder) {
  std::string jsonl;
  for (int i = 0; i < 300; ++i) {
    jsonl += "{\"id\": \"doc" + std::to_string(i) + "\", \"text\": \"" +
             (i % 2 ? std::string("The president met the prime minister on Friday.")
                    : std::string("Le président a rencontré le Premier ministre vendredi.")) +
             "\"}\n";
  }
  std::string path = WriteTempFile(jsonl, ".jsonl");
  RunResult r = RunChancery({"extract", "--jsonl", "--threads", "4", path});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  ASSERT_EQ(r.lines.size(), 300u);
  simdjson::dom::parser parser;
  for (int i = 0; i < 300; ++i) {
    element doc = parser.parse(r.lines[i]);
    EXPECT_EQ(std::string_view(doc["id"]), "doc" + std::to_string(i));
    EXPECT_EQ(std::string_view(doc["lang"]), i % 2 ? "en" : "fr");
  }
  std::remove(path.c_str());
}

TEST(ExtractExamples, BundledExamplesAnalyseCleanly) {
  std::string dir = SourceDir() + "/examples/";
  RunResult r = RunChancery({"extract", dir + "fr_reuters_varsovie.txt", dir + "en_reuters_tokyo.txt",
                             dir + "fr_afp_nairobi.txt", dir + "en_ap_brussels.txt"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  ASSERT_EQ(r.lines.size(), 4u);
  simdjson::dom::parser parser;
  element fr = parser.parse(r.lines[0]);
  EXPECT_EQ(std::string_view(fr["meta"]["provider"]), "Reuters");
  EXPECT_EQ(std::string_view(fr["meta"]["published"]), "2025-06-12T09:41:00+02:00");  // summer time
  element en = parser.parse(r.lines[1]);
  EXPECT_EQ(std::string_view(en["meta"]["dateline"]), "TOKYO");
  EXPECT_EQ(std::string_view(en["meta"]["update_note"]), "UPDATE 1");
  element afp = parser.parse(r.lines[2]);
  EXPECT_EQ(std::string_view(afp["meta"]["provider"]), "AFP");
  EXPECT_EQ(std::string_view(afp["meta"]["dateline"]), "NAIROBI");
  element ap = parser.parse(r.lines[3]);
  EXPECT_EQ(std::string_view(ap["meta"]["provider"]), "AP");
  EXPECT_EQ(std::string_view(ap["meta"]["dateline"]), "BRUSSELS");
}

}  // namespace
}  // namespace chancery::testing

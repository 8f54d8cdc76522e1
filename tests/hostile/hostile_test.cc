// The hostile corpus end to end: the real `chancery extract` on every document of
// hostile_corpus.cc and tests/hostile/corpus/, one process per document, then all of
// them in one run, as files and as JSON Lines records. For each document:
//   - no crash: the process exits (no signal) with 0 (a result) or 1 (an error), never 2;
//   - one output line per document (per non-blank record), each a JSON object that
//     simdjson parses: either the analysed document or {"id", "error"} with a stderr line
//     `chancery: <input>: <message>`, and the documents the corpus says are invalid are
//     errors, the ones it says are fine are results;
//   - `text` is the input byte for byte, and every object in the output that has
//     integer "start"/"end" (sentences, mentions, timexes, quotes, cues, speakers,
//     events' evidence, predicate, mentions, source and target) lies within it, with its
//     "text", where it has one, equal to the input at those code-point offsets;
//   - less than one second of CPU time per document beyond the executable's start-up.
// The 100 MB document is refused by the default --max-bytes; --time-budget-ms stops a
// document that takes too long with a clear error, and the run goes on.
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>
#include <simdjson.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "hostile/hostile_corpus.h"
#include "support/code_points.h"
#include "support/test_data.h"

extern char** environ;

namespace chancery::hostile {
namespace {

namespace fs = std::filesystem;
using simdjson::dom::element;

// The families of GenerateCorpus() plus "hand"; the test below checks that every
// document belongs to one, so none is left out of the parameterised runs.
const std::vector<std::string> kKinds = {
    "utf8", "nul", "empty", "lines", "long", "quotes", "caps", "numbers", "ends", "rtl", "combining",
    "scripts", "emoji", "invisible", "controls", "markup", "furniture", "tiny", "langid", "jsonl", "hand"};

#ifndef CHANCERY_HOSTILE_TIME_SCALE
#define CHANCERY_HOSTILE_TIME_SCALE 1
#endif
constexpr double kMaxSecondsPerDocument = 1.0 * CHANCERY_HOSTILE_TIME_SCALE;
// Under sanitizers (several times slower) the runs take the documents up to 128 KB only:
// the larger ones repeat the same patterns, and the suite must fit CI's time.
constexpr size_t kMaxDocumentBytes = CHANCERY_HOSTILE_TIME_SCALE > 1 ? (size_t{128} << 10) : SIZE_MAX;

const std::vector<HostileDoc>& Corpus() {
  static const std::vector<HostileDoc>* corpus = [] {
    auto* docs = new std::vector<HostileDoc>(GenerateCorpus());
    std::vector<HostileDoc> hand = ReadHandWritten(testing::SourceDir() + "/tests/hostile/corpus");
    docs->insert(docs->end(), hand.begin(), hand.end());
    return docs;
  }();
  return *corpus;
}

std::string Exe() {
  const char* exe = std::getenv("CHANCERY_EXE");
  return exe != nullptr && *exe != '\0' ? exe : CHANCERY_TEST_EXE;
}

// A scratch directory of this process, removed at exit.
const fs::path& ScratchDir() {
  static const fs::path dir = [] {
    fs::path d = fs::temp_directory_path() / ("chancery_hostile_" + std::to_string(getpid()));
    fs::create_directories(d);
    std::atexit([] { std::error_code ec; fs::remove_all(ScratchDir(), ec); });
    return d;
  }();
  return dir;
}

std::string Slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

struct ChanceryRun {
  bool exited = false;  // false: killed by a signal
  int exit_code = -1;
  int signal = 0;
  double cpu_seconds = 0;   // user + system time of the child
  double wall_seconds = 0;
  std::string out, err;
  std::vector<std::string> lines;
};

ChanceryRun RunChancery(const std::vector<std::string>& args) {
  static int counter = 0;
  fs::path out_path = ScratchDir() / ("run" + std::to_string(counter) + ".out");
  fs::path err_path = ScratchDir() / ("run" + std::to_string(counter++) + ".err");
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 1, out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  posix_spawn_file_actions_addopen(&actions, 2, err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  std::string exe = Exe();
  std::vector<std::string> argv_s = {exe};
  argv_s.insert(argv_s.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (std::string& a : argv_s) argv.push_back(a.data());
  argv.push_back(nullptr);
  ChanceryRun r;
  auto start = std::chrono::steady_clock::now();
  pid_t pid;
  int rc = posix_spawn(&pid, exe.c_str(), &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (rc != 0) {
    ADD_FAILURE() << "cannot spawn " << exe;
    return r;
  }
  int status = 0;
  rusage usage{};
  wait4(pid, &status, 0, &usage);
  r.wall_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  r.cpu_seconds = static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
                  static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
  r.exited = WIFEXITED(status);
  r.exit_code = r.exited ? WEXITSTATUS(status) : -1;
  r.signal = WIFSIGNALED(status) ? WTERMSIG(status) : 0;
  r.out = Slurp(out_path);
  r.err = Slurp(err_path);
  fs::remove(out_path);
  fs::remove(err_path);
  std::istringstream lines(r.out);
  for (std::string line; std::getline(lines, line);) r.lines.push_back(line);
  return r;
}

// CPU seconds the executable needs to start, load its lexicons and analyse one tiny
// document: subtracted from each run so the one-second bound is the document's own.
double StartupSeconds() {
  static const double seconds = [] {
    fs::path p = ScratchDir() / "startup.txt";
    std::ofstream(p) << "Le ministre a dit oui.\n";
    double best = 1e9;
    for (int i = 0; i < 3; ++i) best = std::min(best, RunChancery({"extract", "--threads", "1", p.string()}).cpu_seconds);
    return best;
  }();
  return seconds;
}

// Checks every object under `e` that has integer start/end (see the file comment).
// Returns the number of spans checked; stops after the first few failures.
size_t CheckSpans(element e, std::string_view text, const std::vector<size_t>& cp, const std::string& path,
                  int* failures) {
  if (*failures > 5) return 0;
  size_t checked = 0;
  if (e.is_array()) {
    size_t i = 0;
    for (element child : e.get_array()) checked += CheckSpans(child, text, cp, path + "[" + std::to_string(i++) + "]", failures);
    return checked;
  }
  if (!e.is_object()) return 0;
  simdjson::dom::object obj = e.get_object();
  int64_t start = 0, end = 0;
  bool has_start = obj["start"].get(start) == simdjson::SUCCESS;
  bool has_end = obj["end"].get(end) == simdjson::SUCCESS;
  if (has_start != has_end) {
    ADD_FAILURE() << path << ": start without end or end without start";
    ++*failures;
  }
  if (has_start && has_end) {
    ++checked;
    int64_t n = static_cast<int64_t>(cp.size()) - 1;
    if (!(0 <= start && start <= end && end <= n)) {
      ADD_FAILURE() << path << ": span [" << start << ", " << end << ") outside the text of " << n << " code points";
      ++*failures;
    } else {
      std::string_view span_text;
      if (obj["text"].get(span_text) == simdjson::SUCCESS) {
        std::string_view expected = text.substr(cp[start], cp[end] - cp[start]);
        if (span_text != expected) {
          ADD_FAILURE() << path << ": text \"" << span_text << "\" but the input at [" << start << ", " << end
                        << ") is \"" << expected << "\"";
          ++*failures;
        }
      }
    }
  }
  for (auto field : obj) {
    if (field.key == "text") continue;
    checked += CheckSpans(field.value, text, cp, path + "." + std::string(field.key), failures);
  }
  return checked;
}

// Checks one output line against the input text it analysed (`input` null when the
// input is not known: a record the test could not parse itself). Returns true if the
// line is an error object.
bool CheckOutputLine(const std::string& line, const std::string* input, const std::string& where) {
  simdjson::dom::parser parser;
  element doc;
  auto parse_error = parser.parse(line).get(doc);
  if (parse_error != simdjson::SUCCESS) {
    ADD_FAILURE() << where << ": output line is not JSON (" << simdjson::error_message(parse_error)
                  << "): " << line.substr(0, 300);
    return false;
  }
  if (!doc.is_object()) {
    ADD_FAILURE() << where << ": output line is not a JSON object";
    return false;
  }
  std::string_view id;
  EXPECT_EQ(doc["id"].get(id), simdjson::SUCCESS) << where << ": no string id";
  std::string_view error;
  if (doc["error"].get(error) == simdjson::SUCCESS) {
    EXPECT_FALSE(error.empty()) << where << ": empty error message";
    EXPECT_EQ(error.find('\n'), std::string_view::npos) << where << ": error message spans lines";
    return true;
  }
  std::string_view text;
  if (doc["text"].get(text) != simdjson::SUCCESS) {
    ADD_FAILURE() << where << ": neither error nor text";
    return false;
  }
  if (input != nullptr) {
    EXPECT_TRUE(text == *input) << where << ": output text (" << text.size() << " bytes) is not the input ("
                                << input->size() << " bytes)";
  }
  std::vector<size_t> cp = testing::CodePointOffsets(text);
  int failures = 0;
  CheckSpans(doc, text, cp, where, &failures);
  std::string_view lang;
  EXPECT_EQ(doc["lang"].get(lang), simdjson::SUCCESS) << where;
  EXPECT_FALSE(lang.empty()) << where;
  return false;
}

// The non-blank lines of a JSON Lines file as the batch reader sees them (trailing
// '\r' dropped; a line of spaces and tabs only is blank).
std::vector<std::string> RecordLines(const std::string& content) {
  std::vector<std::string> out;
  size_t pos = 0;
  while (pos < content.size()) {
    size_t nl = content.find('\n', pos);
    size_t end = nl == std::string::npos ? content.size() : nl;
    std::string line = content.substr(pos, end - pos);
    pos = nl == std::string::npos ? content.size() : nl + 1;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    out.push_back(std::move(line));
  }
  return out;
}

// The text of a record line when it is a JSON object with a string "text" (what the
// engine must echo), else nullopt.
std::optional<std::string> RecordText(const std::string& line) {
  simdjson::dom::parser parser;
  element rec;
  if (parser.parse(line).get(rec) != simdjson::SUCCESS || !rec.is_object()) return std::nullopt;
  // A key given twice (JSON leaves which one counts open): no reference text.
  int texts = 0;
  for (auto field : rec.get_object()) texts += field.key == "text";
  std::string_view text;
  if (texts != 1 || rec["text"].get(text) != simdjson::SUCCESS) return std::nullopt;
  return std::string(text);
}

fs::path WriteDoc(const HostileDoc& d) {
  fs::path p = ScratchDir() / (d.name + (d.jsonl ? ".jsonl" : ".txt"));
  std::ofstream(p, std::ios::binary) << d.content;
  return p;
}



void CheckDocument(const HostileDoc& d) {
  SCOPED_TRACE(d.name);
  fs::path path = WriteDoc(d);
  std::vector<std::string> args = {"extract", "--threads", "1"};
  if (d.jsonl) args.push_back("--jsonl");
  args.push_back(path.string());
  ChanceryRun r = RunChancery(args);
  fs::remove(path);
  ASSERT_TRUE(r.exited) << d.name << ": killed by signal " << r.signal << "\n" << r.err;
  ASSERT_TRUE(r.exit_code == 0 || r.exit_code == 1) << d.name << ": exit " << r.exit_code << "\n" << r.err;
  double own = r.cpu_seconds - StartupSeconds();
  EXPECT_LT(own, kMaxSecondsPerDocument) << d.name << ": " << own << " s of CPU time (" << d.content.size() << " bytes)";
  if (d.jsonl) {
    std::vector<std::string> records = RecordLines(d.content);
    ASSERT_EQ(r.lines.size(), records.size()) << d.name << ": one output line per record";
    size_t errors = 0;
    for (size_t i = 0; i < records.size(); ++i) {
      std::optional<std::string> text = RecordText(records[i]);
      errors += CheckOutputLine(r.lines[i], text ? &*text : nullptr, d.name + ":" + std::to_string(i));
    }
    EXPECT_EQ(r.exit_code, errors > 0 ? 1 : 0) << d.name;
    return;
  }
  ASSERT_EQ(r.lines.size(), 1u) << d.name << ": " << r.err;
  bool error = CheckOutputLine(r.lines[0], &d.content, d.name);
  EXPECT_EQ(r.exit_code, error ? 1 : 0) << d.name;
  if (error) {
    EXPECT_NE(r.err.find("chancery: " + path.string() + ": "), std::string::npos) << d.name << ": " << r.err;
    EXPECT_NE(d.expect, Expect::kResult) << d.name << ": refused: " << r.lines[0].substr(0, 300);
  } else {
    EXPECT_NE(d.expect, Expect::kError) << d.name << ": analysed, but it is invalid input";
    EXPECT_TRUE(r.err.empty()) << d.name << ": " << r.err;
  }
}

TEST(HostileCorpus, IsLargeVariedAndNamedUniquely) {
  const std::vector<HostileDoc>& docs = Corpus();
  EXPECT_GE(docs.size(), 200u);
  std::set<std::string> names;
  std::map<std::string, int> per_kind;
  for (const HostileDoc& d : docs) {
    EXPECT_TRUE(names.insert(d.name).second) << "duplicate name " << d.name;
    EXPECT_NE(std::find(kKinds.begin(), kKinds.end(), d.kind), kKinds.end()) << d.name << ": unlisted kind " << d.kind;
    EXPECT_LE(d.content.size(), 16u << 20) << d.name;
    ++per_kind[d.kind];
  }
  for (const std::string& kind : kKinds) EXPECT_GT(per_kind[kind], 0) << "no document of kind " << kind;
}

class HostileKind : public ::testing::TestWithParam<std::string> {};

TEST_P(HostileKind, EveryDocumentGetsAResultOrAClearError) {
  size_t n = 0;
  for (const HostileDoc& d : Corpus()) {
    if (d.kind != GetParam() || d.content.size() > kMaxDocumentBytes) continue;
    CheckDocument(d);
    ++n;
  }
  if (kMaxDocumentBytes == SIZE_MAX) {
    EXPECT_GT(n, 0u);
  }
}

INSTANTIATE_TEST_SUITE_P(Corpus, HostileKind, ::testing::ValuesIn(kKinds),
                         [](const ::testing::TestParamInfo<std::string>& p) { return p.param; });

constexpr char kGood[] =
    "Paris et Berlin signent un accord\n\nPARIS (Reuters) - La France et l'Allemagne ont signé lundi un "
    "accord sur l'eau, a déclaré le ministre.\n";

// The small plain documents (the large ones run one by one above) in one run, then a
// good one: one line each, in input order, and the run goes on to the end.
TEST(HostileBatch, OneRunOverTheSmallDocumentsGoesOnToTheEnd) {
  std::vector<std::string> args = {"extract", "--threads", "2"};
  std::vector<const HostileDoc*> docs;
  for (const HostileDoc& d : Corpus()) {
    if (d.jsonl || d.content.size() > (64u << 10)) continue;
    args.push_back(WriteDoc(d).string());
    docs.push_back(&d);
  }
  fs::path good = ScratchDir() / "zz_good.txt";
  std::ofstream(good) << kGood;
  args.push_back(good.string());
  ChanceryRun r = RunChancery(args);
  ASSERT_TRUE(r.exited) << "killed by signal " << r.signal;
  EXPECT_EQ(r.exit_code, 1);
  ASSERT_EQ(r.lines.size(), docs.size() + 1);
  for (size_t i = 0; i < docs.size(); ++i) {
    simdjson::dom::parser parser;
    element doc;
    ASSERT_EQ(parser.parse(r.lines[i]).get(doc), simdjson::SUCCESS) << docs[i]->name;
    std::string_view id;
    ASSERT_EQ(doc["id"].get(id), simdjson::SUCCESS) << docs[i]->name;
    EXPECT_EQ(id, docs[i]->name);
  }
  EXPECT_FALSE(CheckOutputLine(r.lines.back(), nullptr, "good document after the corpus"));
  for (const std::string& a : args) {
    if (a.rfind(ScratchDir().string(), 0) == 0) fs::remove(a);
  }
}

// Every valid UTF-8 plain document as a JSON Lines record (the other input path): one
// line per record, ids kept, text echoed exactly, spans right.
TEST(HostileBatch, EveryDocumentAsAJsonLinesRecord) {
  std::string jsonl;
  std::vector<const HostileDoc*> docs;
  for (const HostileDoc& d : Corpus()) {
    if (d.jsonl || d.kind == "utf8" || d.content.size() > kMaxDocumentBytes) continue;
    std::string escaped = "\"";
    for (unsigned char c : d.content) {
      if (c == '"' || c == '\\') {
        escaped += '\\';
        escaped += static_cast<char>(c);
      } else if (c < 0x20) {
        char buf[8];
        std::snprintf(buf, sizeof buf, "\\u%04x", c);
        escaped += buf;
      } else {
        escaped += static_cast<char>(c);
      }
    }
    jsonl += "{\"id\": \"" + d.name + "\", \"text\": " + escaped + "\"}\n";
    docs.push_back(&d);
  }
  fs::path path = ScratchDir() / "all.jsonl";
  std::ofstream(path, std::ios::binary) << jsonl;
  ChanceryRun r = RunChancery({"extract", "--jsonl", "--threads", "2", path.string()});
  fs::remove(path);
  ASSERT_TRUE(r.exited) << "killed by signal " << r.signal;
  ASSERT_TRUE(r.exit_code == 0 || r.exit_code == 1) << r.err;
  ASSERT_EQ(r.lines.size(), docs.size());
  for (size_t i = 0; i < docs.size(); ++i) {
    SCOPED_TRACE(docs[i]->name);
    bool error = CheckOutputLine(r.lines[i], &docs[i]->content, docs[i]->name);
    if (error) {
      EXPECT_NE(docs[i]->expect, Expect::kResult) << r.lines[i].substr(0, 300);
    } else {
      EXPECT_NE(docs[i]->expect, Expect::kError);
    }
    simdjson::dom::parser parser;
    std::string_view id;
    ASSERT_EQ(parser.parse(r.lines[i])["id"].get(id), simdjson::SUCCESS);
    EXPECT_EQ(id, docs[i]->name);
  }
}

// The 100 MB document: refused at once by the default --max-bytes (its whole cost is
// reading it), and the next document is analysed.
TEST(HostileHuge, HundredMegabytesIsRefusedAndTheRunGoesOn) {
  fs::path huge = ScratchDir() / "huge_100mb.txt";
  ASSERT_TRUE(WriteHugeDocument(huge.string(), size_t{100} << 20));
  fs::path good = ScratchDir() / "good.txt";
  std::ofstream(good) << kGood;

  ChanceryRun refused = RunChancery({"extract", "--threads", "1", huge.string(), good.string()});
  ASSERT_TRUE(refused.exited) << "killed by signal " << refused.signal;
  EXPECT_EQ(refused.exit_code, 1);
  ASSERT_EQ(refused.lines.size(), 2u);
  EXPECT_TRUE(CheckOutputLine(refused.lines[0], nullptr, "huge"));
  EXPECT_NE(refused.lines[0].find("see --max-bytes"), std::string::npos) << refused.lines[0];
  EXPECT_FALSE(CheckOutputLine(refused.lines[1], nullptr, "good after huge"));
  EXPECT_LT(refused.wall_seconds, 10.0);

  fs::remove(huge);
}

// --time-budget-ms: a document over it is one clear error, in the shape of the other
// per-document errors, and the next document is still analysed.
TEST(HostileTimeBudget, ADocumentOverBudgetIsAnErrorAndTheRunGoesOn) {
  fs::path slow = ScratchDir() / "slow.txt";
  {
    std::ofstream out(slow);
    for (int i = 0; i < 5000; ++i) out << "Le ministre Jean Dupont a déclaré lundi à Paris que la France accuse la Russie. ";
  }
  fs::path good = ScratchDir() / "good.txt";
  std::ofstream(good) << kGood;
  ChanceryRun r = RunChancery({"extract", "--threads", "1", "--time-budget-ms", "1", slow.string(), good.string()});
  ASSERT_TRUE(r.exited);
  EXPECT_EQ(r.exit_code, 1);
  ASSERT_EQ(r.lines.size(), 2u);
  EXPECT_TRUE(CheckOutputLine(r.lines[0], nullptr, "slow"));
  EXPECT_NE(r.lines[0].find("time budget"), std::string::npos) << r.lines[0];
  EXPECT_NE(r.lines[0].find("see --time-budget-ms"), std::string::npos) << r.lines[0];
  EXPECT_NE(r.err.find("chancery: " + slow.string() + ": "), std::string::npos) << r.err;
  // The same document within the default budget is analysed.
  ChanceryRun ok = RunChancery({"extract", "--threads", "1", slow.string()});
  EXPECT_EQ(ok.exit_code, 0) << ok.err;
  // 0 lifts the limit; a bad value is a usage error.
  EXPECT_EQ(RunChancery({"extract", "--time-budget-ms", "0", good.string()}).exit_code, 0);
  EXPECT_EQ(RunChancery({"extract", "--time-budget-ms", "soon", good.string()}).exit_code, 2);
  EXPECT_EQ(RunChancery({"extract", "--time-budget-ms", "-5", good.string()}).exit_code, 2);
  ChanceryRun help = RunChancery({"extract", "--help"});
  EXPECT_NE(help.out.find("--time-budget-ms"), std::string::npos);
  EXPECT_NE(help.out.find("--max-bytes"), std::string::npos);
}

}  // namespace
}  // namespace chancery::hostile

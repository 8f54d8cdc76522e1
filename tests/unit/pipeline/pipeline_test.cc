#include "pipeline/pipeline.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>

#include "ingest/record.h"
#include "support/test_data.h"

namespace chancery {
namespace {

std::unique_ptr<Pipeline> Make(const ExtractOptions& options) {
  auto p = Pipeline::Create(options);
  EXPECT_TRUE(p.ok()) << p.status().ToString();
  return p.ok() ? std::move(p).value() : nullptr;
}

ExtractOptions Defaults() {
  ExtractOptions options;
  options.data_dir = testing::DataDir();
  return options;
}

TEST(PipelineFingerprint, SameBuildAndOptionsGiveTheSameFingerprint) {
  auto a = Make(Defaults()), b = Make(Defaults());
  ASSERT_TRUE(a && b);
  EXPECT_EQ(a->fingerprint(), b->fingerprint());
  EXPECT_EQ(a->fingerprint().rfind("chancery ", 0), 0u) << a->fingerprint();
}

TEST(PipelineFingerprint, OptionsThatChangeResultsChangeIt) {
  auto base = Make(Defaults());
  ExtractOptions tz = Defaults();
  tz.tz = "Asia/Tokyo";
  ExtractOptions lang = Defaults();
  lang.lang = Language::kEnglish;
  ExtractOptions reference = Defaults();
  reference.reference_time = "2024-01-01T00:00:00Z";
  ExtractOptions speed_only = Defaults();
  speed_only.max_document_bytes = 1 << 20;
  ASSERT_TRUE(base);
  EXPECT_NE(Make(tz)->fingerprint(), base->fingerprint());
  EXPECT_NE(Make(lang)->fingerprint(), base->fingerprint());
  EXPECT_NE(Make(reference)->fingerprint(), base->fingerprint());
  EXPECT_EQ(Make(speed_only)->fingerprint(), base->fingerprint());
}

TEST(PipelineFingerprint, AnotherLexiconBuildChangesIt) {
  // A copy of the data directory stands for another installation of the same build.
  namespace fs = std::filesystem;
  fs::path copy = fs::temp_directory_path() / "chancery_pipeline_fingerprint_data";
  fs::remove_all(copy);
  fs::copy(testing::DataDir(), copy, fs::copy_options::recursive);
  auto base = Make(Defaults());
  ExtractOptions same = Defaults();
  same.data_dir = copy.string();
  EXPECT_EQ(Make(same)->fingerprint(), base->fingerprint());  // where the data lies does not count
  // A lexicon more in the directory (here a copy of one under another name) is other
  // content: another fingerprint.
  fs::copy_file(copy / "ingest.lex", copy / "ingest-extra.lex");
  EXPECT_NE(Make(same)->fingerprint(), base->fingerprint());
  fs::remove_all(copy);
}

TEST(PipelineFingerprint, EveryAnalysedDocumentCarriesIt) {
  auto p = Make(Defaults());
  ASSERT_TRUE(p);
  InputRecord r;
  r.id = "d";
  r.text = "PARIS, 3 mars (Reuters) - Le ministre a reçu son homologue.";
  Document doc;
  ASSERT_TRUE(p->Analyze(std::move(r), &doc).ok());
  EXPECT_EQ(doc.analysis, p->fingerprint());
}

// --time-budget-ms: a document analysed past the budget is an InvalidInput error that
// names the limit and the option; 0 lifts the limit, and the budget is not part of the
// fingerprint (it changes whether a result comes, not what it says).
TEST(PipelineTimeBudget, ADocumentPastItIsAnInvalidInputError) {
  std::string text;
  for (int i = 0; i < 3000; ++i) text += "Le ministre Jean Dupont a déclaré lundi à Paris que la France accuse la Russie. ";
  ExtractOptions tight = Defaults();
  tight.time_budget_ms = 1;
  auto p = Make(tight);
  ASSERT_TRUE(p);
  InputRecord record;
  record.id = "slow";
  record.text = text;
  Document doc;
  Status st = p->Analyze(std::move(record), &doc);
  ASSERT_EQ(st.code(), StatusCode::kInvalidInput) << st.ToString();
  EXPECT_NE(st.message().find("time budget exceeded"), std::string::npos) << st.message();
  EXPECT_NE(st.message().find("(limit 1 ms, see --time-budget-ms)"), std::string::npos) << st.message();
  EXPECT_EQ(doc.id, "slow");

  ExtractOptions none = Defaults();
  none.time_budget_ms = 0;
  auto unlimited = Make(none);
  ASSERT_TRUE(unlimited);
  InputRecord again;
  again.id = "slow";
  again.text = text;
  EXPECT_TRUE(unlimited->Analyze(std::move(again), &doc).ok());
  EXPECT_FALSE(doc.sentences.empty());
  EXPECT_EQ(unlimited->fingerprint(), p->fingerprint());
}

}  // namespace
}  // namespace chancery

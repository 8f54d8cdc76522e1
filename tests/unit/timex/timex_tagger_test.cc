#include "timex/timex_tagger.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "ingest/dispatch_parser.h"
#include "morph/morphology.h"
#include "support/test_data.h"
#include "tokenize/tokenizer.h"

namespace chancery {
namespace {

class TimexTaggerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    std::string dir = testing::DataDir();
    auto tagger = TimexTagger::Create(dir);
    ASSERT_TRUE(tagger.ok()) << tagger.status().ToString();
    tagger_ = std::move(tagger).value().release();
    auto tok = Tokenizer::Create(dir);
    ASSERT_TRUE(tok.ok()) << tok.status().ToString();
    tokenizer_ = std::move(tok).value().release();
    auto morph = Morphology::Create(dir);
    ASSERT_TRUE(morph.ok()) << morph.status().ToString();
    morph_ = std::move(morph).value().release();
  }
  static void TearDownTestSuite() {
    delete tagger_;
    delete tokenizer_;
    delete morph_;
  }

  // Analyses `text` as the body of a dispatch written at `dct` (local ISO time).
  std::vector<Timex> Tag(const std::string& text, const std::string& dct,
                         Language lang = Language::kFrench) {
    doc_.Clear();
    doc_.text = text;
    EXPECT_TRUE(doc_.decoded.Decode(doc_.text).ok());
    doc_.lang = lang;
    doc_.meta.published_local = dct;
    doc_.meta.body = Span{0, doc_.decoded.size()};
    tokenizer_->Tokenize(doc_.meta.body, &doc_);
    morph_->Analyze(&doc_);
    tagger_->Tag(&doc_);
    return doc_.timexes;
  }

  std::string TextOf(const Timex& t) { return std::string(doc_.Slice(t.span)); }

  // The single timex whose text is `text`; fails the test if absent.
  Timex Find(const std::vector<Timex>& all, const std::string& text) {
    for (const Timex& t : all) {
      if (TextOf(t) == text) return t;
    }
    std::string got;
    for (const Timex& t : all) got += "[" + TextOf(t) + "=" + t.value + "] ";
    ADD_FAILURE() << "no timex \"" << text << "\"; got: " << got;
    return Timex{};
  }

  static TimexTagger* tagger_;
  static Tokenizer* tokenizer_;
  static Morphology* morph_;
  Document doc_;
};

TimexTagger* TimexTaggerTest::tagger_ = nullptr;
Tokenizer* TimexTaggerTest::tokenizer_ = nullptr;
Morphology* TimexTaggerTest::morph_ = nullptr;

constexpr char kWed[] = "2025-02-26T15:16";

TEST_F(TimexTaggerTest, WeekdayDirectionFollowsTense) {
  auto t = Tag("Les délégations vont se rencontrer à Istanbul jeudi, a déclaré mercredi le ministre.",
               kWed);
  EXPECT_EQ(Find(t, "jeudi").value, "2025-02-27");
  EXPECT_EQ(Find(t, "mercredi").value, "2025-02-26");
  t = Tag("Le sommet s'est achevé samedi sans accord.", kWed);
  EXPECT_EQ(Find(t, "samedi").value, "2025-02-22");
  t = Tag("Les négociations reprendront samedi.", kWed);
  EXPECT_EQ(Find(t, "samedi").value, "2025-03-01");
}

TEST_F(TimexTaggerTest, LastAndNextOverrideTense) {
  auto t = Tag("Le Sénat a rejeté la motion jeudi dernier.", kWed);
  EXPECT_EQ(Find(t, "jeudi dernier").value, "2025-02-20");
  t = Tag("Le verdict est attendu mercredi prochain.", kWed);
  EXPECT_EQ(Find(t, "mercredi prochain").value, "2025-03-05");
  t = Tag("L'ambassadeur a quitté Washington en octobre dernier.", kWed);
  EXPECT_EQ(Find(t, "octobre dernier").value, "2024-10");
}

TEST_F(TimexTaggerTest, DayMonthTakesYearFromTense) {
  auto t = Tag("Trump a appelé Poutine le 12 février.", kWed);
  Timex x = Find(t, "12 février");
  EXPECT_EQ(x.type, "DATE");
  EXPECT_EQ(x.value, "2025-02-12");
  t = Tag("L'usine rouvrira ses portes le 12 janvier.", kWed);
  EXPECT_EQ(Find(t, "12 janvier").value, "2026-01-12");
}

TEST_F(TimexTaggerTest, UnitsWithModifiersKeepTheirGrain) {
  auto t = Tag("Poutine a déclaré cette semaine que Moscou serait prêt.", kWed);
  EXPECT_EQ(Find(t, "cette semaine").value, "2025-W09");
  t = Tag("Les ventes ont chuté la semaine dernière.", kWed);
  EXPECT_EQ(Find(t, "la semaine dernière").value, "2025-W08");
  t = Tag("Le groupe avait perdu de l'argent l'an dernier.", kWed);
  EXPECT_EQ(Find(t, "l'an dernier").value, "2024");
}

TEST_F(TimexTaggerTest, DeicticsAndPartsOfDay) {
  auto t = Tag("Un incendie s'est déclaré hier soir dans un entrepôt.", kWed);
  Timex x = Find(t, "hier soir");
  EXPECT_EQ(x.type, "TIME");
  EXPECT_EQ(x.value, "2025-02-25TEV");
  t = Tag("Le marché a clôturé hier à 17h35.", kWed);
  EXPECT_EQ(Find(t, "hier à 17h35").value, "2025-02-25T17:35");
  t = Tag("Les négociations ont échoué avant-hier.", kWed);
  EXPECT_EQ(Find(t, "avant-hier").value, "2025-02-24");
}

TEST_F(TimexTaggerTest, NumericDateWithClockIsOneTime) {
  auto t = Tag("La dépêche a été transmise le 26/02/2025 à 15:16.", "2025-03-01");
  Timex x = Find(t, "26/02/2025 à 15:16");
  EXPECT_EQ(x.type, "TIME");
  EXPECT_EQ(x.value, "2025-02-26T15:16");
}

TEST_F(TimexTaggerTest, DurationsAgoAndSets) {
  auto t = Tag("L'accident s'est produit il y a trois jours.", kWed);
  EXPECT_EQ(Find(t, "il y a trois jours").value, "2025-02-23");
  t = Tag("La Russie et l'Ukraine sont en guerre depuis trois ans.", kWed);
  Timex d = Find(t, "trois ans");
  EXPECT_EQ(d.type, "DURATION");
  EXPECT_EQ(d.value, "P3Y");
  t = Tag("Les élections ont lieu tous les cinq ans.", kWed);
  Timex s = Find(t, "tous les cinq ans");
  EXPECT_EQ(s.type, "SET");
  EXPECT_EQ(s.value, "P5Y");
  t = Tag("Rien n'était prévu pour l'instant à ce sujet.", kWed);
  EXPECT_EQ(Find(t, "pour l'instant").value, "PRESENT_REF");
}

TEST_F(TimexTaggerTest, AnaphoraUsesTheLastMentionedDate) {
  auto t = Tag("Le 20 janvier 2025, Trump a prêté serment ; le lendemain, il a signé des décrets.",
               kWed);
  EXPECT_EQ(Find(t, "le lendemain").value, "2025-01-21");
  t = Tag("Le traité a été signé en 1992 et ratifié l'année suivante.", kWed);
  EXPECT_EQ(Find(t, "l'année suivante").value, "1993");
}

TEST_F(TimexTaggerTest, EnglishExpressions) {
  auto t = Tag("The minister said on Monday that progress had been made.", kWed, Language::kEnglish);
  EXPECT_EQ(Find(t, "Monday").value, "2025-02-24");
  t = Tag("Talks will resume next Thursday.", kWed, Language::kEnglish);
  EXPECT_EQ(Find(t, "next Thursday").value, "2025-02-27");
  t = Tag("The suspect was released two days ago.", kWed, Language::kEnglish);
  EXPECT_EQ(Find(t, "two days ago").value, "2025-02-24");
  t = Tag("The president will speak at 8:30 p.m.", kWed, Language::kEnglish);
  EXPECT_EQ(Find(t, "8:30 p.m.").value, "2025-02-26T20:30");
}

TEST_F(TimexTaggerTest, NegativesYieldNothing) {
  const char* fr[] = {
      "La sonde a atterri sur Mars en douceur.",
      "Le rover Curiosity analyse des roches de Mars.",
      "Mai Nguyen a été nommée ministre de la Culture.",
      "Il a marqué 74 points face à Boston.",
      "Deux trois blessés légers ont été soignés sur place.",
      "Le Point publie une enquête sur les hôpitaux.",
      "20 Minutes a consacré sa une à l'affaire.",
      "Une seconde explosion a retenti dans le quartier.",
      "La prochaine étape sera la ratification par le Parlement.",
  };
  for (const char* s : fr) {
    EXPECT_TRUE(Tag(s, kWed).empty()) << s << " -> " << TextOf(doc_.timexes[0]);
  }
  const char* en[] = {"Theresa May said she would not resign.", "Protesters will march on parliament.",
                      "The Sunday Times published the leaked memo."};
  for (const char* s : en) {
    EXPECT_TRUE(Tag(s, kWed, Language::kEnglish).empty()) << s << " -> " << TextOf(doc_.timexes[0]);
  }
}

TEST_F(TimexTaggerTest, WithoutDctRelativeValuesStayUnderspecified) {
  auto t = Tag("Le ministre a démissionné jeudi.", "");
  EXPECT_EQ(Find(t, "jeudi").value, "XXXX-WXX-4");
  t = Tag("Le groupe a été fondé en 1998.", "");
  EXPECT_EQ(Find(t, "1998").value, "1998");
}

TEST_F(TimexTaggerTest, SeasonsHolidaysAndCenturies) {
  auto t = Tag("Le gouvernement avait promis une réforme l'automne dernier.", kWed);
  EXPECT_EQ(Find(t, "l'automne dernier").value, "2024-FA");
  t = Tag("Le chantier reprendra cet été.", kWed);
  EXPECT_EQ(Find(t, "cet été").value, "2025-SU");
  t = Tag("Le texte a été adopté.", kWed);  // "été" the participle is no season
  EXPECT_TRUE(t.empty());
  t = Tag("Le pape célébrera la messe de Pâques à Rome.", kWed);
  EXPECT_EQ(Find(t, "Pâques").value, "2025-04-20");
  t = Tag("L'abbaye a été construite au XIIe siècle.", kWed);
  EXPECT_EQ(Find(t, "XIIe siècle").value, "11");
}

TEST_F(TimexTaggerTest, DurationsWithHalvesAndApproximations) {
  auto t = Tag("Le siège a duré un an et demi.", kWed);
  EXPECT_EQ(Find(t, "un an et demi").value, "P18M");
  t = Tag("Les secours sont arrivés en moins d'une heure.", kWed);
  Timex x = Find(t, "moins d'une heure");
  EXPECT_EQ(x.value, "PT1H");
  EXPECT_EQ(x.mod, "LESS_THAN");
  t = Tag("L'explosion a eu lieu vers 11 h.", kWed);
  x = Find(t, "vers 11 h");
  EXPECT_EQ(x.value, "2025-02-26T11:00");
  EXPECT_EQ(x.mod, "APPROX");
}

TEST_F(TimexTaggerTest, SetsAndHabitualWeekdays) {
  auto t = Tag("Les chiffres sont actualisés chaque lundi.", kWed);
  EXPECT_EQ(Find(t, "chaque lundi").value, "XXXX-WXX-1");
  t = Tag("The council meets twice a week.", kWed, Language::kEnglish);
  EXPECT_EQ(Find(t, "twice a week").value, "P1W");
  t = Tag("The Daily Mail ran a front-page apology.", kWed, Language::kEnglish);
  EXPECT_TRUE(t.empty());
}

// Header lines before the body (provider and time stamp) are not tokenized by the
// pipeline; the tagger reads them itself.
TEST_F(TimexTaggerTest, ScansUntokenizedHeaderLines) {
  doc_.Clear();
  doc_.text = "Titre\ninformation fournie par Reuters 26/02/2025 à 15:16\n\nLe ministre a parlé jeudi.";
  ASSERT_TRUE(doc_.decoded.Decode(doc_.text).ok());
  doc_.lang = Language::kFrench;
  doc_.meta.published_local = kWed;
  doc_.meta.headline_span = Span{0, 5};
  uint32_t body = static_cast<uint32_t>(doc_.text.find("Le ministre"));
  doc_.meta.body = Span{static_cast<uint32_t>(CountCodePoints(doc_.text.substr(0, body))),
                       doc_.decoded.size()};
  tokenizer_->Tokenize(doc_.meta.body, &doc_);
  morph_->Analyze(&doc_);
  tagger_->Tag(&doc_);
  Timex stamp = Find(doc_.timexes, "26/02/2025 à 15:16");
  EXPECT_EQ(stamp.type, "TIME");
  EXPECT_EQ(Find(doc_.timexes, "jeudi").value, "2025-02-20");
  ASSERT_EQ(doc_.timexes.size(), 2u);
  EXPECT_LT(doc_.timexes[0].span.start, doc_.timexes[1].span.start);
}

// The founding dispatch, through ingest (which finds its date line) and the text layer,
// as the pipeline runs them: every "must" timex of the seed's expected output.
TEST_F(TimexTaggerTest, SeedDispatchMustValues) {
  std::string text = testing::ReadOrFail(testing::SharedDir() + "/seed/000_b236a2b85e7853d3.txt");
  ASSERT_FALSE(text.empty());
  auto parser = DispatchParser::Create(testing::DataDir());
  ASSERT_TRUE(parser.ok()) << parser.status().ToString();
  doc_.Clear();
  doc_.text = text;
  ASSERT_TRUE(doc_.decoded.Decode(doc_.text).ok());
  doc_.lang = Language::kFrench;
  InputRecord record;
  ASSERT_TRUE(parser.value()->Parse(IngestOptions(), record, &doc_).ok());
  EXPECT_EQ(doc_.meta.published_local.substr(0, 16), "2025-02-26T15:16");
  const DocumentMeta& m = doc_.meta;
  if (!m.headline_span.empty() && m.headline_span.end <= m.body.start) {
    tokenizer_->Tokenize(m.headline_span, &doc_);
  }
  tokenizer_->Tokenize(m.body, &doc_);
  morph_->Analyze(&doc_);
  tagger_->Tag(&doc_);
  const std::vector<Timex>& t = doc_.timexes;
  Timex stamp = Find(t, "26/02/2025 à 15:16");
  EXPECT_EQ(stamp.type, "TIME");
  EXPECT_EQ(stamp.value, "2025-02-26T15:16");
  EXPECT_EQ(Find(t, "jeudi").value, "2025-02-27");
  EXPECT_EQ(Find(t, "octobre dernier").value, "2024-10");
  EXPECT_EQ(Find(t, "12 février").value, "2025-02-12");
  EXPECT_EQ(Find(t, "18 février").value, "2025-02-18");
  EXPECT_EQ(Find(t, "cette semaine").value, "2025-W09");
  EXPECT_EQ(Find(t, "pour l'instant").value, "PRESENT_REF");
  int wednesdays = 0;
  for (const Timex& x : t) {
    if (TextOf(x) == "mercredi") {
      ++wednesdays;
      EXPECT_EQ(x.value, "2025-02-26");
      EXPECT_EQ(x.type, "DATE");
    }
  }
  EXPECT_EQ(wednesdays, 2);
  EXPECT_EQ(t.size(), 9u);  // nothing else in this dispatch is a temporal expression
}

}  // namespace
}  // namespace chancery

#include "entities/entity_recognizer.h"

#include <gtest/gtest.h>

#include <chrono>
#include <memory>
#include <string>
#include <vector>

#include "base/deadline.h"
#include "ingest/dispatch_parser.h"
#include "morph/morphology.h"
#include "support/test_data.h"
#include "tokenize/tokenizer.h"

namespace chancery {
namespace {

class EntityRecognizerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    std::string dir = testing::DataDir();
    auto rec = EntityRecognizer::Create(dir);
    ASSERT_TRUE(rec.ok()) << rec.status().ToString();
    recognizer_ = std::move(rec).value().release();
    auto tok = Tokenizer::Create(dir);
    ASSERT_TRUE(tok.ok()) << tok.status().ToString();
    tokenizer_ = std::move(tok).value().release();
    auto morph = Morphology::Create(dir);
    ASSERT_TRUE(morph.ok()) << morph.status().ToString();
    morph_ = std::move(morph).value().release();
  }
  static void TearDownTestSuite() {
    delete recognizer_;
    delete tokenizer_;
    delete morph_;
  }

  // Recognizes entities in `text`, a dispatch body published on `date`.
  const std::vector<Entity>& Run(const std::string& text, Language lang = Language::kFrench,
                                 const std::string& date = "2025-02-26T12:00:00+01:00") {
    doc_.Clear();
    doc_.text = text;
    EXPECT_TRUE(doc_.decoded.Decode(doc_.text).ok());
    doc_.lang = lang;
    doc_.meta.published = date;
    doc_.meta.body = Span{0, doc_.decoded.size()};
    tokenizer_->Tokenize(doc_.meta.body, &doc_);
    morph_->Analyze(&doc_);
    recognizer_->Recognize(&doc_);
    return doc_.entities;
  }

  std::string Dump() const {
    std::string out;
    for (const Entity& e : doc_.entities) {
      out += "[" + e.type + " '" + e.name + "' " + e.country + " " + e.actor + " " + e.role + "] ";
    }
    return out;
  }

  // The entity named `name` (or with a mention `name`); fails the test when absent.
  const Entity* Find(const std::string& name) const {
    for (const Entity& e : doc_.entities) {
      if (e.name == name) return &e;
    }
    for (const Entity& e : doc_.entities) {
      for (const Mention& m : e.mentions) {
        if (doc_.Slice(m.span) == name) return &e;
      }
    }
    ADD_FAILURE() << "no entity '" << name << "' in " << Dump();
    return nullptr;
  }
  bool Has(const std::string& name) const {
    for (const Entity& e : doc_.entities) {
      for (const Mention& m : e.mentions) {
        if (doc_.Slice(m.span) == name) return true;
      }
    }
    return false;
  }
  bool AnyPersonMentions(const std::string& text) const {
    for (const Entity& e : doc_.entities) {
      if (e.type != "person") continue;
      for (const Mention& m : e.mentions) {
        if (doc_.Slice(m.span).find(text) != std::string_view::npos) return true;
      }
    }
    return false;
  }

  static EntityRecognizer* recognizer_;
  static Tokenizer* tokenizer_;
  static Morphology* morph_;
  Document doc_;
};

EntityRecognizer* EntityRecognizerTest::recognizer_ = nullptr;
Tokenizer* EntityRecognizerTest::tokenizer_ = nullptr;
Morphology* EntityRecognizerTest::morph_ = nullptr;

void ExpectEntity(const Entity* e, const std::string& type, const std::string& country,
                  const std::string& actor, const std::string& role) {
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->type, type) << e->name;
  EXPECT_EQ(e->country, country) << e->name;
  EXPECT_EQ(e->actor, actor) << e->name;
  if (!role.empty()) {
    EXPECT_EQ(e->role, role) << e->name;
  }
}

TEST_F(EntityRecognizerTest, FrenchTitleWithDemonymGivesRoleAndCountryOfUnknownPerson) {
  Run("Le ministre ukrainien des Affaires étrangères Andreï Sybikha a rencontré son homologue.");
  const Entity* e = Find("Andreï Sybikha");
  ExpectEntity(e, "person", "UKR", "UKRGOV", "foreign minister");
  // An invented name: only the title can make it a person.
  Run("Le ministre russe des Affaires étrangères Piotr Zabrovski a parlé mercredi.");
  ExpectEntity(Find("Piotr Zabrovski"), "person", "RUS", "RUSGOV", "foreign minister");
  EXPECT_FALSE(AnyPersonMentions("Affaires"));
}

TEST_F(EntityRecognizerTest, InternationalCourtsNeedNoCountry) {
  // A court of no state is no generic head ("the court") waiting for a country.
  Run("The ICC issued an arrest warrant on Thursday.", Language::kEnglish);
  ExpectEntity(Find("ICC"), "organization", "", "IGOJUDICC", "court");
  Run("La Cour pénale internationale a émis un mandat d'arrêt.");
  ExpectEntity(Find("Cour pénale internationale"), "organization", "", "IGOJUDICC", "court");
  Run("The International Court of Justice ruled on Monday.", Language::kEnglish);
  ExpectEntity(Find("International Court of Justice"), "organization", "", "IGOUNOJUDICJ", "court");
}

TEST_F(EntityRecognizerTest, AnAmbiguousCountryNameMayOpenASentenceWhenItIsNothingElse) {
  Run("Congo and Rwanda signed a peace deal in Washington.", Language::kEnglish);
  EXPECT_TRUE(Has("Congo")) << Dump();
  Run("The Democratic Republic of Congo and Rwanda signed a peace deal.", Language::kEnglish);
  ExpectEntity(Find("Democratic Republic of Congo"), "country", "COD", "COD", "");
  // (A first name or a common noun is no country there.)
  Run("Maurice a déclaré lundi que les discussions avaient échoué.");
  for (const Entity& e : doc_.entities) EXPECT_NE(e.country, "MUS") << Dump();
  Run("Réunion extraordinaire des ministres lundi à Bruxelles.");
  for (const Entity& e : doc_.entities) EXPECT_NE(e.country, "REU") << Dump();
}

TEST_F(EntityRecognizerTest, ALoneSurnameIsThePersonOfTheStoryNotANamesakeOfTheLexicon) {
  // ("Lai" alone is Taiwan's president in the lexicon; after "Jimmy Lai" it is Jimmy Lai.)
  Run("A Hong Kong court sentenced media tycoon Jimmy Lai to 20 years. Britain called for Lai to be released.",
      Language::kEnglish);
  const Entity* lai = Find("Lai");
  ASSERT_NE(lai, nullptr);
  EXPECT_EQ(lai->name, "Jimmy Lai") << Dump();
  Run("President Lai Ching-te spoke on Monday. Lai said Taiwan would not yield.", Language::kEnglish);
  EXPECT_EQ(Find("Lai")->actor, "TWNGOV") << Dump();
}

TEST_F(EntityRecognizerTest, AMonthIsNoTownOfTheGazetteer) {
  Run("Machar has been under house arrest since March, his party said.", Language::kEnglish);
  EXPECT_FALSE(Has("March")) << Dump();
}

TEST_F(EntityRecognizerTest, AnAcronymOfNoStateYieldsToTheStoryStatesBody) {
  // "RSF": Reporters Without Borders, except in a story on Sudan (its Rapid Support Forces).
  Run("Fighting continued in Sudan. RSF killed hundreds of civilians in El Fasher, the Sudanese army said.",
      Language::kEnglish);
  ExpectEntity(Find("RSF"), "organization", "SDN", "SDNREB", "");
  Run("Reporters sans frontières (RSF) a dénoncé l'arrestation de trois journalistes au Soudan.");
  ExpectEntity(Find("Reporters sans frontières"), "organization", "", "NGOMED", "");
}

TEST_F(EntityRecognizerTest, OrganisationAfterTitleGivesCountry) {
  Run("Le porte-parole du Kremlin, Ivan Zolotarev, a démenti.");
  ExpectEntity(Find("Ivan Zolotarev"), "person", "RUS", "RUSGOV", "spokesperson");
  ExpectEntity(Find("Kremlin"), "organization", "RUS", "RUSGOV", "");
}

TEST_F(EntityRecognizerTest, EnglishTitleWithPrecedingCountry) {
  Run("U.S. Secretary of State Marco Rubio met Russian Foreign Minister Sergei Lavrov.",
      Language::kEnglish);
  ExpectEntity(Find("Marco Rubio"), "person", "USA", "USAGOV", "secretary of state");
  ExpectEntity(Find("Sergei Lavrov"), "person", "RUS", "RUSGOV", "foreign minister");
  Run("Russian Foreign Minister Pavel Drozdin said on Tuesday.", Language::kEnglish);
  ExpectEntity(Find("Pavel Drozdin"), "person", "RUS", "RUSGOV", "foreign minister");
}

TEST_F(EntityRecognizerTest, HonorificsIntroduceUnknownPeople) {
  Run("Selon M. Durandeau, la réunion est reportée. Mme Kessler a confirmé.");
  const Entity* m = Find("Durandeau");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->type, "person");
  EXPECT_EQ(m->gender, "m");
  const Entity* f = Find("Kessler");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->gender, "f");
  Run("Mr Hallworth told reporters the deal was close.", Language::kEnglish);
  ExpectEntity(Find("Hallworth"), "person", "", "", "");
}

TEST_F(EntityRecognizerTest, SurnameLinksToEarlierFullName) {
  Run("Sergueï Lavrov s'est exprimé mercredi. Lavrov a ajouté que rien n'était prévu.");
  const Entity* e = Find("Sergueï Lavrov");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->mentions.size(), 2u);
  Run("Le négociateur Karel Brodsky est arrivé. Selon Brodsky, les discussions avancent.");
  const Entity* u = Find("Karel Brodsky");
  ASSERT_NE(u, nullptr);
  EXPECT_EQ(u->mentions.size(), 2u) << Dump();
}

TEST_F(EntityRecognizerTest, CapitalThatActsIsItsGovernment) {
  Run("Moscou serait prêt à négocier, mais la délégation restera à Moscou.");
  const Entity* e = Find("Moscou");
  ExpectEntity(e, "city", "RUS", "RUSGOV", "");
  ASSERT_EQ(e->mentions.size(), 2u);
  EXPECT_TRUE(e->mentions[0].metonymic);
  EXPECT_FALSE(e->mentions[1].metonymic);
  Run("Washington said the talks would resume.", Language::kEnglish);
  ExpectEntity(Find("Washington"), "city", "USA", "USAGOV", "");
  Run("The delegation flew to Washington on Monday.", Language::kEnglish);
  ExpectEntity(Find("Washington"), "city", "USA", "", "");
}

TEST_F(EntityRecognizerTest, AcronymsAreCaseSensitive) {
  Run("The US and the UK told the WHO that it was up to us.", Language::kEnglish);
  ExpectEntity(Find("US"), "country", "USA", "USA", "");
  ExpectEntity(Find("UK"), "country", "GBR", "GBR", "");
  EXPECT_EQ(Find("WHO")->type, "organization");
  EXPECT_FALSE(Has("us"));
  Run("Who told us what the who said?", Language::kEnglish);
  EXPECT_TRUE(doc_.entities.empty()) << Dump();
}

TEST_F(EntityRecognizerTest, CountriesAndCitiesInBothLanguages) {
  Run("Les Etats-Unis et l'Arabie saoudite se retrouvent au Caire puis à Pékin.");
  ExpectEntity(Find("Etats-Unis"), "country", "USA", "USA", "");
  ExpectEntity(Find("Arabie saoudite"), "country", "SAU", "SAU", "");
  const Entity* cairo = Find("Caire");
  ExpectEntity(cairo, "city", "EGY", "", "");
  ASSERT_NE(cairo, nullptr);
  EXPECT_TRUE(cairo->has_geo);
  EXPECT_EQ(cairo->geonames_id, 360630);
  ExpectEntity(Find("Pékin"), "city", "CHN", "", "");
  Run("Talks in Geneva and Kyiv followed a meeting in Britain.", Language::kEnglish);
  ExpectEntity(Find("Geneva"), "city", "CHE", "", "");
  ExpectEntity(Find("Kyiv"), "city", "UKR", "", "");
  ExpectEntity(Find("Britain"), "country", "GBR", "GBR", "");
}

// A country's point lies inside it: mainland France rather than French Guiana, the
// contiguous United States rather than Alaska; a country without a Natural Earth shape
// (Kosovo) takes its capital's coordinates.
TEST_F(EntityRecognizerTest, CountriesCarryAPointInsideThem) {
  Run("La France, les Etats-Unis, le Kosovo et le Chili ont voté.");
  struct Box {
    const char* name;
    double lat_min, lat_max, lon_min, lon_max;
  };
  for (const Box& b : {Box{"France", 42.3, 51.1, -4.8, 8.2}, Box{"Etats-Unis", 25.0, 49.0, -124.7, -67.0},
                       Box{"Kosovo", 41.8, 43.3, 20.0, 21.8}, Box{"Chili", -56.0, -17.5, -76.0, -66.4}}) {
    const Entity* e = Find(b.name);
    ASSERT_NE(e, nullptr) << b.name << Dump();
    EXPECT_EQ(e->type, "country") << b.name;
    ASSERT_TRUE(e->has_geo) << b.name;
    EXPECT_GT(e->lat, b.lat_min) << b.name;
    EXPECT_LT(e->lat, b.lat_max) << b.name;
    EXPECT_GT(e->lon, b.lon_min) << b.name;
    EXPECT_LT(e->lon, b.lon_max) << b.name;
    EXPECT_EQ(e->geonames_id, 0) << b.name;
  }
}

TEST_F(EntityRecognizerTest, CapitalisedCommonWordsAreNotPeople) {
  Run("Le Secrétaire d'Etat a rencontré les Affaires étrangères. L'Etat a répondu.");
  EXPECT_FALSE(AnyPersonMentions("Affaires")) << Dump();
  EXPECT_FALSE(AnyPersonMentions("Etat")) << Dump();
  EXPECT_FALSE(AnyPersonMentions("Secrétaire")) << Dump();
  // Sentence-initial capitals are not names unless known.
  Run("Hier soir, Demain Nous Verrons est un titre.");
  for (const Entity& e : doc_.entities) EXPECT_NE(e.type, "person") << Dump();
}

TEST_F(EntityRecognizerTest, RoleDependsOnDispatchDate) {
  // Trump was president in 2019, not in 2023 (his earlier role is the latest one then).
  Run("Donald Trump a parlé.", Language::kFrench, "2019-05-01T12:00:00+02:00");
  ExpectEntity(Find("Donald Trump"), "person", "USA", "USAGOV", "president");
  Run("Antony Blinken a parlé.", Language::kFrench, "2022-05-01T12:00:00+02:00");
  ExpectEntity(Find("Antony Blinken"), "person", "USA", "USAGOV", "secretary of state");
}

// Between two recorded offices, the title the dispatch gives wins when it says whose it is;
// without one, the last ended office still stands.
TEST_F(EntityRecognizerTest, TitleInTextWinsBetweenRecordedOffices) {
  Run("EU foreign policy chief Kaja Kallas criticised Iran.", Language::kEnglish, "2024-10-16T12:00:00Z");
  ExpectEntity(Find("Kaja Kallas"), "person", "EST", "IGOEUREEC", "high representative");
  Run("La cheffe de la diplomatie européenne, Kaja Kallas, a critiqué l'Iran.", Language::kFrench,
      "2024-10-16T12:00:00+02:00");
  ExpectEntity(Find("Kaja Kallas"), "person", "EST", "IGOEUREEC", "high representative");
  Run("Kaja Kallas a critiqué l'Iran.", Language::kFrench, "2024-10-16T12:00:00+02:00");
  ExpectEntity(Find("Kaja Kallas"), "person", "EST", "ESTGOV", "prime minister");
}

// A title that names its institution gives the actor and no country of the dispatch's.
TEST_F(EntityRecognizerTest, TitleNamingItsInstitution) {
  Run("Le commissaire européen Jean Dupontel a critiqué la Chine.");
  ExpectEntity(Find("Jean Dupontel"), "person", "", "IGOEUREEC", "european commissioner");
  Run("European Commissioner Jean Dupontel criticised China.", Language::kEnglish);
  ExpectEntity(Find("Jean Dupontel"), "person", "", "IGOEUREEC", "european commissioner");
}

// Past the document's deadline the stage stops at its next poll (every 64 sentences);
// the pipeline then reports the budget as exceeded and drops the partial result.
TEST_F(EntityRecognizerTest, StopsOnceTheDocumentsDeadlineHasPassed) {
  std::string text;
  for (int i = 0; i < 200; ++i) text += "La France a parlé avec l'Allemagne. ";
  Run(text);
  EXPECT_FALSE(doc_.entities.empty());
  DeadlineScope passed(std::chrono::steady_clock::now() - std::chrono::seconds(1));
  Run(text);
  EXPECT_TRUE(doc_.entities.empty()) << Dump();
}

TEST_F(EntityRecognizerTest, OrganisationsAndGenericMinistries) {
  Run("L'OTAN et l'ONU ont salué l'accord, selon le ministère russe des Affaires étrangères.");
  ExpectEntity(Find("OTAN"), "organization", "", "IGOWSTNAT", "");
  ExpectEntity(Find("ONU"), "organization", "", "IGOUNO", "");
  const Entity* mfa = Find("ministère russe des Affaires étrangères");
  if (mfa == nullptr) mfa = Find("ministère");
  ExpectEntity(mfa, "organization", "RUS", "RUSGOV", "");
}

TEST_F(EntityRecognizerTest, FirstNameAndSurnameMakeAPerson) {
  Run("Selon Thomas Vernier, les prix augmentent.");
  ExpectEntity(Find("Thomas Vernier"), "person", "", "", "");
  Run("According to Sarah Whitcombe, prices rose.", Language::kEnglish);
  ExpectEntity(Find("Sarah Whitcombe"), "person", "", "", "");
  EXPECT_EQ(Find("Sarah Whitcombe")->gender, "f");
}

// The founding dispatch through ingest: every entity of expected.json's "must" list,
// nothing of its "must_not".
TEST_F(EntityRecognizerTest, SeedDispatchMustEntities) {
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
  const DocumentMeta& m = doc_.meta;
  if (!m.headline_span.empty() && m.headline_span.end <= m.body.start) {
    tokenizer_->Tokenize(m.headline_span, &doc_);
  }
  tokenizer_->Tokenize(m.body, &doc_);
  morph_->Analyze(&doc_);
  recognizer_->Recognize(&doc_);

  const Entity* lavrov = Find("Sergueï Lavrov");
  ExpectEntity(lavrov, "person", "RUS", "RUSGOV", "foreign minister");
  ASSERT_NE(lavrov, nullptr);
  bool short_form = false;
  for (const Mention& mn : lavrov->mentions) short_form |= doc_.Slice(mn.span) == "Lavrov";
  EXPECT_TRUE(short_form);
  ExpectEntity(Find("Marco Rubio"), "person", "USA", "USAGOV", "secretary of state");
  ExpectEntity(Find("Donald Trump"), "person", "USA", "USAGOV", "president");
  ExpectEntity(Find("Vladimir Poutine"), "person", "RUS", "RUSGOV", "president");
  ExpectEntity(Find("Dmitri Peskov"), "person", "RUS", "RUSGOV", "spokesperson");
  ExpectEntity(Find("Anatoly Antonov"), "person", "RUS", "RUSGOV", "ambassador");
  EXPECT_EQ(Find("Russie")->type, "country");
  EXPECT_EQ(Find("Russie")->country, "RUS");
  const Entity* usa = Find("USA");
  ASSERT_NE(usa, nullptr);
  EXPECT_EQ(usa->type, "country");
  EXPECT_EQ(usa->country, "USA");
  bool etats_unis = false;
  for (const Mention& mn : usa->mentions) etats_unis |= doc_.Slice(mn.span) == "États-Unis";
  EXPECT_TRUE(etats_unis);
  EXPECT_EQ(Find("Ukraine")->country, "UKR");
  EXPECT_EQ(Find("Arabie saoudite")->country, "SAU");
  ExpectEntity(Find("Istanbul"), "city", "TUR", "", "");
  EXPECT_EQ(Find("Moscou")->type, "city");
  EXPECT_EQ(Find("Moscou")->country, "RUS");
  EXPECT_EQ(Find("Washington")->type, "city");
  EXPECT_EQ(Find("Washington")->country, "USA");
  ExpectEntity(Find("Kremlin"), "organization", "RUS", "RUSGOV", "");
  const Entity* reuters = Find("Reuters");
  ASSERT_NE(reuters, nullptr);
  EXPECT_EQ(reuters->type, "organization");
  EXPECT_EQ(reuters->role.rfind("news agency", 0), 0u);

  // must_not: no person for "Affaires étrangères", "Secrétaire d'Etat", "Etat"; no
  // journalist from the credits.
  EXPECT_FALSE(AnyPersonMentions("Affaires"));
  EXPECT_FALSE(AnyPersonMentions("Etat"));
  EXPECT_FALSE(AnyPersonMentions("Secrétaire"));
  for (const Credit& c : doc_.meta.credits) {
    for (const Entity& e : doc_.entities) EXPECT_NE(e.name, c.name);
  }
  for (const Entity& e : doc_.entities) {
    for (const Mention& mn : e.mentions) {
      EXPECT_FALSE(mn.span.start >= m.credits_span.start && mn.span.end <= m.credits_span.end &&
                   !m.credits_span.empty())
          << e.name;
    }
  }
}

TEST_F(EntityRecognizerTest, UnknownNameBeforeReportingVerbIsPerson) {
  Run("La réunion s'est tenue mardi. Hervé Quintrec a déclaré que le projet était mort.");
  const Entity* e = Find("Hervé Quintrec");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->type, "person");
  Run("Le texte est prêt, a expliqué à l'AFP Zorbec Malfind, sans autre détail.");
  e = Find("Zorbec Malfind");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->type, "person");
}

TEST_F(EntityRecognizerTest, UnknownNameInAppositionIsPerson) {
  Run("The vote was close. Yarrow Fendrick, a Canadian engineer, said the plan would fail.",
      Language::kEnglish);
  const Entity* e = Find("Yarrow Fendrick");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->type, "person");
  EXPECT_EQ(e->country, "CAN");
}

TEST_F(EntityRecognizerTest, ProfessionTitleIntroducesPersonAndDemonymGivesCountry) {
  Run("Le film a été tourné à Lyon avec l'acteur italien Brenno Castaldi.");
  const Entity* e = Find("Brenno Castaldi");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->type, "person");
  EXPECT_EQ(e->country, "ITA");
}

TEST_F(EntityRecognizerTest, CapitalisedWordsWithoutSlotAreNoPerson) {
  Run("Les Affaires étrangères ont publié un communiqué sur la Sécurité sociale.");
  for (const Entity& e : doc_.entities) EXPECT_NE(e.type, "person") << Dump();
}

TEST_F(EntityRecognizerTest, RomanisedChineseNameIsPerson) {
  Run("The seat went to localist candidate Tsang Hoi-lam of the new party.", Language::kEnglish);
  const Entity* e = Find("Tsang Hoi-lam");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->type, "person");
}

TEST_F(EntityRecognizerTest, PopeResolvesToVatican) {
  Run("Le pape Benoît XVI a reçu le président.", Language::kFrench, "2011-05-02T10:00:00+02:00");
  const Entity* e = Find("Benoît XVI");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->country, "VAT");
  EXPECT_EQ(e->actor, "VATGOV");
}

TEST_F(EntityRecognizerTest, GenericPlaceNounNamesAPlace) {
  Run("Des manifestants se sont réunis sur la place Quelvarin mardi.");
  const Entity* e = Find("place Quelvarin");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->type, "place");
  Run("Traffic was stopped on the Dunmorrow Bridge for hours.", Language::kEnglish);
  e = Find("Dunmorrow Bridge");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->type, "place");
}

TEST_F(EntityRecognizerTest, PlaceInsideStanceCompound) {
  Run("The pro-Beijing camp kept its majority.", Language::kEnglish);
  const Entity* e = Find("Beijing");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->country, "CHN");
}

TEST_F(EntityRecognizerTest, StormNameIsNoPlace) {
  Run("L'ouragan Sandy a frappé la côte. Sandy a fait 39 morts.");
  for (const Entity& e : doc_.entities) EXPECT_NE(e.name, "Sandy") << Dump();
}

TEST_F(EntityRecognizerTest, LaterMentionWithContextGivesUnknownPersonCountry) {
  Run("Le journaliste Zorvan Kellec a été tué en Syrie. La Syrie dément. Damas accuse les "
      "rebelles syriens. Le journaliste de France 2 Zorvan Kellec était à Homs.");
  const Entity* e = Find("Zorvan Kellec");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->type, "person");
  EXPECT_EQ(e->country, "FRA") << Dump();
}

TEST_F(EntityRecognizerTest, TitleComplementWithoutKnownEntityIsNoPerson) {
  Run("She is a professor of Applied Physics at the school.", Language::kEnglish);
  for (const Entity& e : doc_.entities) EXPECT_NE(e.type, "person") << Dump();
  Run("Il est professeur de Physique Appliquée depuis dix ans.");
  for (const Entity& e : doc_.entities) EXPECT_NE(e.type, "person") << Dump();
}

// A seat of power stands for the actor it houses: Brussels the EU, The Hague the Dutch
// government (its court when it judges), Strasbourg the European Parliament (the Court of
// Human Rights when it judges); Geneva is no seat of Switzerland's government (Berne is).
TEST_F(EntityRecognizerTest, SeatOfPowerStandsForItsActor) {
  Run("Bruxelles a salué la création de ce nouveau gouvernement.", Language::kFrench,
      "2012-06-21T12:00:00+02:00");
  const Entity* e = Find("Bruxelles");
  ExpectEntity(e, "city", "BEL", "IGOEUREEC", "");
  ASSERT_NE(e, nullptr);
  EXPECT_TRUE(e->mentions[0].metonymic);
  Run("Brussels said the new rules would apply from January.", Language::kEnglish);
  ExpectEntity(Find("Brussels"), "city", "BEL", "IGOEUREEC", "");
  Run("La Haye a rejeté la demande de Moscou.");
  ExpectEntity(Find("La Haye"), "city", "NLD", "NLDGOV", "");
  Run("La Haye a condamné l'ancien chef de guerre.");
  ExpectEntity(Find("La Haye"), "city", "NLD", "IGOJUDICC", "");
  Run("Strasbourg a condamné la Turquie pour violation de la liberté d'expression.");
  ExpectEntity(Find("Strasbourg"), "city", "FRA", "IGOEURCOEJUD", "");
  Run("Genève a accueilli les pourparlers. Berne a annoncé le gel des avoirs.");
  const Entity* geneve = Find("Genève");
  ExpectEntity(geneve, "city", "CHE", "", "");
  ASSERT_NE(geneve, nullptr);
  EXPECT_FALSE(geneve->mentions[0].metonymic);
  ExpectEntity(Find("Berne"), "city", "CHE", "CHEGOV", "");
  // A city that is no seat stands for nothing, whatever it does.
  Run("Marseille a battu Lyon dimanche soir.");
  for (const Entity& c : doc_.entities) {
    EXPECT_TRUE(c.actor.empty()) << Dump();
    for (const Mention& mn : c.mentions) EXPECT_FALSE(mn.metonymic) << Dump();
  }
}

// A seat with dates: Bonn was West Germany's seat of government until 1999.
TEST_F(EntityRecognizerTest, FormerSeatOfGovernmentHasDates) {
  Run("Bonn a protesté contre la décision.", Language::kFrench, "1985-03-01T12:00:00+01:00");
  ExpectEntity(Find("Bonn"), "city", "DEU", "DEUGOV", "");
  Run("Bonn a accueilli une conférence sur le climat.", Language::kFrench, "2017-11-06T12:00:00+01:00");
  ExpectEntity(Find("Bonn"), "city", "DEU", "", "");
}

// The subject of a verb of saying or acting, a coordinated subject, a subject before an
// incise and a source after "selon" are metonymic; a place after a preposition is not.
TEST_F(EntityRecognizerTest, CapitalMetonymyPositions) {
  Run("Moscou a accusé Kiev de provocations.");
  ExpectEntity(Find("Moscou"), "city", "RUS", "RUSGOV", "");
  Run("Washington a annoncé de nouvelles sanctions.");
  ExpectEntity(Find("Washington"), "city", "USA", "USAGOV", "");
  Run("Pékin a condamné la visite.");
  ExpectEntity(Find("Pékin"), "city", "CHN", "CHNGOV", "");
  Run("Paris et Berlin ont appelé à la retenue.");
  ExpectEntity(Find("Paris"), "city", "FRA", "FRAGOV", "");
  ExpectEntity(Find("Berlin"), "city", "DEU", "DEUGOV", "");
  Run("Selon Moscou, l'accord est caduc.");
  ExpectEntity(Find("Moscou"), "city", "RUS", "RUSGOV", "");
  Run("Moscou, qui dément toute implication, a menacé Kiev.");
  ExpectEntity(Find("Moscou"), "city", "RUS", "RUSGOV", "");
  Run("Les négociateurs sont arrivés à Moscou. Ils repartiront de Paris et Berlin mardi.");
  ExpectEntity(Find("Moscou"), "city", "RUS", "", "");
  ExpectEntity(Find("Paris"), "city", "FRA", "", "");
  ExpectEntity(Find("Berlin"), "city", "DEU", "", "");
}

// Organisations whose actor changed: the Taliban governed 1996-2001 and since 2021-08-15,
// and were insurgents in between; parties swap government and opposition with elections.
TEST_F(EntityRecognizerTest, OrganisationActorFollowsDispatchDate) {
  Run("Les Talibans ont attaqué un hôtel.", Language::kFrench, "2012-06-22T12:00:00+02:00");
  ExpectEntity(Find("Talibans"), "organization", "AFG", "AFGREBTAL", "");
  Run("Les talibans ont pris Mazar-i-Sharif.", Language::kFrench, "1998-08-08T12:00:00+02:00");
  ExpectEntity(Find("talibans"), "organization", "AFG", "AFGGOVTAL", "");
  Run("Les talibans ont interdit l'université aux femmes.", Language::kFrench, "2022-12-21T12:00:00+01:00");
  ExpectEntity(Find("talibans"), "organization", "AFG", "AFGGOVTAL", "");
  Run("The Labour Party won the vote.", Language::kEnglish, "2005-05-06T12:00:00Z");
  EXPECT_EQ(Find("Labour Party")->actor, "GBRGOVPTY");
  Run("The Labour Party won the vote.", Language::kEnglish, "2015-05-08T12:00:00Z");
  EXPECT_EQ(Find("Labour Party")->actor, "GBROPPPTY");
}

// A legislature's name of several words is often written in lower case.
TEST_F(EntityRecognizerTest, ALegislatureMayBeWrittenInLowerCase) {
  Run("L'assemblée nationale a voté la confiance au gouvernement.", Language::kFrench, "2012-07-03T12:00:00+02:00");
  ASSERT_NE(Find("assemblée nationale"), nullptr);
  EXPECT_EQ(Find("assemblée nationale")->actor, "FRALEG");
}

// Dispatches dated to the month or the year only still choose dated roles.
TEST_F(EntityRecognizerTest, PartialDispatchDate) {
  Run("Les talibans ont attaqué un poste.", Language::kFrench, "2012-06");
  ExpectEntity(Find("talibans"), "organization", "AFG", "AFGREBTAL", "");
  Run("Les talibans ont attaqué un poste.", Language::kFrench, "1999");
  ExpectEntity(Find("talibans"), "organization", "AFG", "AFGGOVTAL", "");
}

// Peoples without a state of their own: their demonyms give the state they live in.
TEST_F(EntityRecognizerTest, StatelessPeoplesDemonyms) {
  Run("Le militant tibétain Lobsang Tharchin a été arrêté.");
  ExpectEntity(Find("Lobsang Tharchin"), "person", "CHN", "", "");
  Run("La journaliste ouïghoure Gulnaz Turdiyeva a parlé.");
  ExpectEntity(Find("Gulnaz Turdiyeva"), "person", "CHN", "CHNMED", "");
  Run("Le militant tchétchène Aslan Dudarov a été arrêté.");
  ExpectEntity(Find("Aslan Dudarov"), "person", "RUS", "", "");
  Run("The Uyghur activist Dilnur Kasimova spoke.", Language::kEnglish);
  ExpectEntity(Find("Dilnur Kasimova"), "person", "CHN", "", "");
  Run("L'opposant palestinien Samir Haddadin et le militant sahraoui Brahim Lemaadla ont parlé.");
  ExpectEntity(Find("Samir Haddadin"), "person", "PSE", "PSEOPP", "");
  ExpectEntity(Find("Brahim Lemaadla"), "person", "ESH", "", "");
}

// A mayor's country is the city's ("le maire de New York"), and a capitalised article and a
// common noun ("Le maire") are not the minister Bruno Le Maire.
TEST_F(EntityRecognizerTest, MayorOfACityHasItsCountry) {
  Run("Le maire de New York, Michael Bloomberg, appelle à voter pour Barack Obama.", Language::kFrench,
      "2012-11-01T12:00:00+01:00");
  ExpectEntity(Find("Michael Bloomberg"), "person", "USA", "USAGOV", "mayor");
  for (const Entity& e : doc_.entities) EXPECT_NE(e.country, "FRA") << Dump();
  Run("Le maire de Springfield, Quentin Harlow, a démissionné.", Language::kFrench);
  ExpectEntity(Find("Quentin Harlow"), "person", "USA", "USAGOV", "mayor");
  Run("Le maire a reçu Bruno Le Maire.", Language::kFrench, "2020-01-10T12:00:00+01:00");
  EXPECT_FALSE(AnyPersonMentions("Le maire")) << Dump();
  ExpectEntity(Find("Bruno Le Maire"), "person", "FRA", "FRAGOV", "economy minister");
  // A first name before a one-word company name is a person ("Henry Ford" style).
  Run("Selon Michael Reuters, le marché est calme.");
  EXPECT_TRUE(AnyPersonMentions("Michael Reuters")) << Dump();
}

// Historical heads of state and government, with a lower-case particle ("le général de
// Gaulle"), shared surnames resolved by date ("Bush", "Clinton"), things named after people.
TEST_F(EntityRecognizerTest, HistoricalOfficeHolders) {
  Run("Le général de Gaulle a reçu le chancelier Erhard.", Language::kFrench, "1965-05-01T12:00:00+02:00");
  ExpectEntity(Find("de Gaulle"), "person", "FRA", "FRAGOV", "president");
  ExpectEntity(Find("Erhard"), "person", "DEU", "DEUGOV", "chancellor");
  Run("Le général De Gaulle a parlé.", Language::kFrench, "1960-05-01T12:00:00+02:00");
  ExpectEntity(Find("De Gaulle"), "person", "FRA", "FRAGOV", "president");
  Run("Bush met Gorbachev; Clinton criticised him.", Language::kEnglish, "1990-06-01T12:00:00Z");
  ExpectEntity(Find("Bush"), "person", "USA", "USAGOV", "president");
  EXPECT_EQ(Find("Bush")->canonical, "George H. W. Bush");
  EXPECT_EQ(Find("Gorbachev")->country, "RUS");
  EXPECT_EQ(Find("Clinton")->canonical, "Bill Clinton");
  Run("Bush met Blair; Clinton voted.", Language::kEnglish, "2003-03-01T12:00:00Z");
  EXPECT_EQ(Find("Bush")->canonical, "George W. Bush");
  EXPECT_EQ(Find("Clinton")->canonical, "Hillary Clinton");
  Run("Le président Assad a reçu le ministre.", Language::kFrench, "1990-01-10T12:00:00+01:00");
  EXPECT_EQ(Find("Assad")->canonical, "Hafez al-Assad");
  Run("Le président Assad a reçu le ministre.", Language::kFrench, "2010-01-10T12:00:00+01:00");
  EXPECT_EQ(Find("Assad")->canonical, "Bashar al-Assad");
  Run("Margaret Thatcher et François Mitterrand ont signé.", Language::kFrench, "1986-02-12T12:00:00+01:00");
  ExpectEntity(Find("Margaret Thatcher"), "person", "GBR", "GBRGOV", "prime minister");
  ExpectEntity(Find("François Mitterrand"), "person", "FRA", "FRAGOV", "president");
  Run("Le porte-avions Charles de Gaulle a appareillé de Toulon. Il a atterri à l'aéroport Charles de Gaulle.");
  EXPECT_FALSE(AnyPersonMentions("Gaulle")) << Dump();
  Run("Ils habitent rue Charles de Gaulle.");
  EXPECT_FALSE(AnyPersonMentions("Gaulle")) << Dump();
}

// A known first name before a town's name makes a person ("Denzel Washington"); the bare
// surname later is that person, unless it follows a preposition ("in Lyon" stays the town).
TEST_F(EntityRecognizerTest, SurnameThatIsATownsName) {
  Run("Martine Lyon, une infirmière, a porté plainte. Lyon affirme avoir été menacée à Lyon.");
  const Entity* p = Find("Martine Lyon");
  ASSERT_NE(p, nullptr) << Dump();
  EXPECT_EQ(p->type, "person");
  EXPECT_EQ(p->mentions.size(), 2u) << Dump();
  const Entity* c = Find("Lyon");
  ASSERT_NE(c, nullptr) << Dump();
  EXPECT_EQ(c->type, "city");
  Run("Greta Berlin, a former nurse, said she was threatened. Berlin says the letters kept coming.",
      Language::kEnglish);
  const Entity* q = Find("Greta Berlin");
  ASSERT_NE(q, nullptr) << Dump();
  EXPECT_EQ(q->type, "person");
  EXPECT_EQ(q->mentions.size(), 2u) << Dump();
}

TEST_F(EntityRecognizerTest, GivenNamesOfMoreOrigins) {
  Run("The bishop Gennaro Valletti said the ruling was unfair.", Language::kEnglish);
  ExpectEntity(Find("Gennaro Valletti"), "person", "", "", "");
  Run("The student Sunita Ramdas posted a message.", Language::kEnglish);
  ExpectEntity(Find("Sunita Ramdas"), "person", "", "", "");
  EXPECT_EQ(Find("Sunita Ramdas")->gender, "f");
}

// "X and the Y" joins two organisations; a name's own coordination has no article.
TEST_F(EntityRecognizerTest, TwoOrganisationsJoinedByAndThe) {
  Run("The Dallas School Board and the Dallas Police Department issued a statement.", Language::kEnglish);
  EXPECT_NE(Find("Dallas School Board"), nullptr) << Dump();
  EXPECT_NE(Find("Dallas Police Department"), nullptr) << Dump();
  Run("The Union of Rationalist Atheists and Agnostics launched a petition.", Language::kEnglish);
  EXPECT_NE(Find("Union of Rationalist Atheists and Agnostics"), nullptr) << Dump();
}

TEST_F(EntityRecognizerTest, NameGluedToAWebDomainIsAnOrganisation) {
  Run("The review site Tallyho.com said the phone sold well, unlike Fernwick.org.", Language::kEnglish);
  const Entity* a = Find("Tallyho.com");
  ASSERT_NE(a, nullptr) << Dump();
  EXPECT_EQ(a->type, "organization");
  EXPECT_NE(Find("Fernwick.org"), nullptr) << Dump();
}

// A title with no country of its own ("le sénateur X") serves the state the dispatch is about.
TEST_F(EntityRecognizerTest, TitleWithoutCountryTakesTheDocumentsCountry) {
  Run("Au Canada, le sénateur Gaspard Trudelle a voté contre le budget. Le Canada a réagi.",
      Language::kFrench, "2014-03-02");
  const Entity* p = Find("Gaspard Trudelle");
  ASSERT_NE(p, nullptr) << Dump();
  EXPECT_EQ(p->country, "CAN");
  EXPECT_EQ(p->actor, "CANLEG") << Dump();
  Run("In Italy, Environment Minister Lucia Brambillo said the plan was premature.", Language::kEnglish,
      "2015-06-10");
  p = Find("Lucia Brambillo");
  ASSERT_NE(p, nullptr) << Dump();
  EXPECT_EQ(p->actor, "ITAGOV") << Dump();
}

// "pro-Beijing", "anti-Pyongyang": a capital inside a stance compound stands for its government.
TEST_F(EntityRecognizerTest, CapitalInAStanceCompoundIsItsGovernment) {
  Run("The pro-Beijing camp lost two seats in Hong Kong on Sunday.", Language::kEnglish, "2016-09-05");
  const Entity* b = Find("Beijing");
  ASSERT_NE(b, nullptr) << Dump();
  EXPECT_EQ(b->actor, "CHNGOV");
  ASSERT_FALSE(b->mentions.empty());
  EXPECT_TRUE(b->mentions[0].metonymic);
}

// A name several states' parties share goes to the party of the state the dispatch names.
TEST_F(EntityRecognizerTest, SharedPartyNameFollowsTheDocumentsCountry) {
  Run("In Hong Kong, the Democratic Party kept its seats in Kowloon.", Language::kEnglish, "2016-09-05");
  const Entity* d = Find("Democratic Party");
  ASSERT_NE(d, nullptr) << Dump();
  EXPECT_EQ(d->country, "HKG");
  Run("In Ohio, the Democratic Party kept its seats.", Language::kEnglish, "2016-09-05");
  d = Find("Democratic Party");
  ASSERT_NE(d, nullptr) << Dump();
  EXPECT_EQ(d->country, "USA");
}

// A person named with a party takes its code; in a dispatch about a legislature, a member of a
// party is a legislator.
TEST_F(EntityRecognizerTest, PartyMembersTakeThePartysCode) {
  Run("À l'Assemblée nationale, Jérôme Vasseur (PS) a demandé une suspension de séance en France.",
      Language::kFrench, "2013-05-10");
  const Entity* p = Find("Jérôme Vasseur");
  ASSERT_NE(p, nullptr) << Dump();
  EXPECT_EQ(p->actor, "FRALEG") << Dump();
  Run("En France, Jérôme Vasseur (PS) a pris la parole lors d'un meeting à Lyon.", Language::kFrench,
      "2013-05-10");
  p = Find("Jérôme Vasseur");
  ASSERT_NE(p, nullptr) << Dump();
  EXPECT_EQ(p->actor, "FRAGOVPTY") << Dump();
  Run("In Hong Kong, DAB's Peter Kwan and Martin Lo of the Civic Party met voters.", Language::kEnglish,
      "2016-09-05");
  p = Find("Peter Kwan");
  ASSERT_NE(p, nullptr) << Dump();
  EXPECT_EQ(p->actor, "HKGGOVPTY") << Dump();
  p = Find("Martin Lo");
  ASSERT_NE(p, nullptr) << Dump();
  EXPECT_EQ(p->actor, "HKGOPPPTY") << Dump();
}

// A lower-case adjective between a title and the name keeps the title ("la sénatrice démocrate X").
TEST_F(EntityRecognizerTest, AdjectiveBetweenTitleAndName) {
  Run("Aux États-Unis, la sénatrice démocrate Maribel Ostrander a été réélue dans l'Oregon.", Language::kFrench,
      "2012-11-07");
  const Entity* p = Find("Maribel Ostrander");
  ASSERT_NE(p, nullptr) << Dump();
  EXPECT_EQ(p->actor, "USALEG") << Dump();
}

// "entre Washington et Téhéran": two capitals set against each other are their governments.
TEST_F(EntityRecognizerTest, CapitalsBetweenEachOtherAreGovernments) {
  Run("Les discussions entre Washington et Téhéran reprendront la semaine prochaine à Genève.",
      Language::kFrench, "2012-11-02");
  const Entity* w = Find("Washington");
  const Entity* t = Find("Téhéran");
  ASSERT_NE(w, nullptr) << Dump();
  ASSERT_NE(t, nullptr) << Dump();
  EXPECT_EQ(w->actor, "USAGOV") << Dump();
  EXPECT_EQ(t->actor, "IRNGOV") << Dump();
  const Entity* g = Find("Genève");
  ASSERT_NE(g, nullptr) << Dump();
  EXPECT_EQ(g->actor, "") << Dump();
}

// A past candidacy is no office: a former governor who ran for president keeps the governor's code.
TEST_F(EntityRecognizerTest, PastCandidacyYieldsToLastOffice) {
  Run("Mitt Romney a pris la parole à Boston.", Language::kFrench, "2015-01-06");
  const Entity* p = Find("Mitt Romney");
  ASSERT_NE(p, nullptr) << Dump();
  EXPECT_EQ(p->actor, "USAGOV");
  Run("Mitt Romney a pris la parole à Boston.", Language::kFrench, "2012-09-04");
  p = Find("Mitt Romney");
  ASSERT_NE(p, nullptr) << Dump();
  EXPECT_EQ(p->actor, "USAOPP");
}

// Two people of one family name stay two entities; a lone surname joins the nearest full name
// before it.
TEST_F(EntityRecognizerTest, NamesakesWithOneFamilyNameStayApart) {
  Run("In Canada, Peter Lindqvist said the plan was late. Anna Lindqvist, a senator, said it was not. "
      "Lindqvist added that the vote would wait.", Language::kEnglish, "2016-09-05");
  const Entity* p = Find("Peter Lindqvist");
  const Entity* a = Find("Anna Lindqvist");
  ASSERT_NE(p, nullptr) << Dump();
  ASSERT_NE(a, nullptr) << Dump();
  EXPECT_NE(p, a) << Dump();
  EXPECT_EQ(a->mentions.size(), 2u) << Dump();
  EXPECT_EQ(p->mentions.size(), 1u) << Dump();
}

// A title without a CAMEO role of its own ("councillors") does not stop the party's code.
TEST_F(EntityRecognizerTest, TitledPartyMemberInALegislature) {
  Run("In Hong Kong, councillors Peter Kwan of the Civic Party and Martin Lo of DAB were re-elected to the "
      "Legislative Council.", Language::kEnglish, "2016-09-05");
  const Entity* p = Find("Peter Kwan");
  ASSERT_NE(p, nullptr) << Dump();
  EXPECT_EQ(p->actor, "HKGLEG") << Dump();
  p = Find("Martin Lo");
  ASSERT_NE(p, nullptr) << Dump();
  EXPECT_EQ(p->actor, "HKGLEG") << Dump();
}

// A title in apposition after an unknown name gives the role ("X, président du groupe Y").
TEST_F(EntityRecognizerTest, TitleInAppositionAfterTheName) {
  Run("En France, Gaspard Lemoine, président du groupe centriste, a demandé la parole. Plus tard, "
      "Hélène Marchetti, présidente de l'Assemblée, a levé la séance.", Language::kFrench, "2013-05-10");
  const Entity* p = Find("Gaspard Lemoine");
  ASSERT_NE(p, nullptr) << Dump();
  EXPECT_EQ(p->actor, "FRALEG") << Dump();
  p = Find("Hélène Marchetti");
  ASSERT_NE(p, nullptr) << Dump();
  EXPECT_EQ(p->actor, "FRALEG") << Dump();
  EXPECT_TRUE(Has("Assemblée")) << Dump();
}

// An official's portfolio after "of" belongs to the title ("Minister of Education X"); a title
// after an article and a few capitalised words is an apposition ("X, a Halifax Liberal MP").
TEST_F(EntityRecognizerTest, PortfolioAndCapitalisedWordsInTitles) {
  Run("In Italy, Minister of Education Lucia Brambillo said the plan was premature.", Language::kEnglish,
      "2015-06-10");
  const Entity* p = Find("Lucia Brambillo");
  ASSERT_NE(p, nullptr) << Dump();
  EXPECT_EQ(p->actor, "ITAGOV") << Dump();
  Run("In Canada, Gordon Pellerin, a Halifax Liberal MP, said the papers were secret.", Language::kEnglish,
      "2008-06-10");
  p = Find("Gordon Pellerin");
  ASSERT_NE(p, nullptr) << Dump();
  EXPECT_EQ(p->actor, "CANLEG") << Dump();
}

// A legislature's short name several states use is the legislature of the dispatch's state when
// its default state is never named.
TEST_F(EntityRecognizerTest, SharedLegislatureNameFollowsTheDocumentsCountry) {
  Run("En Espagne, l'opposition a demandé la comparution du ministre au Congrès à Madrid.", Language::kFrench,
      "2012-08-03");
  const Entity* c = Find("Congrès");
  ASSERT_NE(c, nullptr) << Dump();
  EXPECT_EQ(c->actor, "ESPLEG") << Dump();
  Run("Aux États-Unis, le Congrès a voté le budget.", Language::kFrench, "2012-08-03");
  c = Find("Congrès");
  ASSERT_NE(c, nullptr) << Dump();
  EXPECT_EQ(c->actor, "USALEG") << Dump();
  // A name tied to one state keeps it, whatever the dispatch is about.
  Run("Le Parlement ukrainien a ratifié l'accord avec les États-Unis.", Language::kFrench, "2025-02-26");
  c = Find("Parlement ukrainien");
  ASSERT_NE(c, nullptr) << Dump();
  EXPECT_EQ(c->actor, "UKRLEG") << Dump();
}

// A person named with a medium or a human-rights body takes its code ("X of The Globe and Mail").
TEST_F(EntityRecognizerTest, PeopleOfMediaAndRightsBodies) {
  Run("In a column, Martin Delorme of The Globe and Mail criticised the plan.", Language::kEnglish, "2012-06-10");
  const Entity* p = Find("Martin Delorme");
  ASSERT_NE(p, nullptr) << Dump();
  EXPECT_EQ(p->actor, "CANMED") << Dump();
  Run("« C'est un revers », affirme Karim Haddad de l'Observatoire syrien des droits de l'homme.", Language::kFrench,
      "2012-11-02");
  p = Find("Karim Haddad");
  ASSERT_NE(p, nullptr) << Dump();
  EXPECT_EQ(p->actor, "SYRHRI") << Dump();
}

// A particle glued to a capitalised name by a hyphen continues the name ("Abd al-Hadi").
TEST_F(EntityRecognizerTest, HyphenatedParticleContinuesAName) {
  Run("« C'est un revers », affirme Karim Abd al-Hadi de l'Observatoire syrien des droits de l'homme.",
      Language::kFrench, "2012-11-02");
  const Entity* p = Find("Karim Abd al-Hadi");
  ASSERT_NE(p, nullptr) << Dump();
  EXPECT_EQ(p->actor, "SYRHRI") << Dump();
}

// A party official's title takes the party's code at the dispatch date; a demonym right before an
// unknown body gives its country; a police department is police.
TEST_F(EntityRecognizerTest, PartyOfficialsDemonymBeforeABodyAndPolice) {
  Run("En Espagne, Lucía Moreno, secrétaire générale du PP, a répondu aux critiques.", Language::kFrench,
      "2012-08-03");
  const Entity* p = Find("Lucía Moreno");
  ASSERT_NE(p, nullptr) << Dump();
  EXPECT_EQ(p->actor, "ESPGOVPTY") << Dump();
  Run("Worship was banned at the sites by the Greek Ministry of Tourism in 2006.", Language::kEnglish,
      "2012-08-03");
  const Entity* o = Find("Ministry of Tourism");
  ASSERT_NE(o, nullptr) << Dump();
  EXPECT_EQ(o->actor, "GRCGOV") << Dump();
  Run("In Texas, the Plano Police Department said the boy was released.", Language::kEnglish, "2015-09-20");
  o = Find("Plano Police Department");
  ASSERT_NE(o, nullptr) << Dump();
  EXPECT_EQ(o->actor, "USACOP") << Dump();
}

// A capital right after a verb that addresses an actor stands for its government; after a verb
// of motion it is only a place.
TEST_F(EntityRecognizerTest, AddressedCapitalIsItsGovernment) {
  Run("La haute-commissaire a sollicité Pékin afin d'obtenir une visite.", Language::kFrench, "2012-11-10");
  const Entity* p = Find("Pékin");
  ASSERT_NE(p, nullptr) << Dump();
  EXPECT_EQ(p->actor, "CHNGOV") << Dump();
  Run("La haute-commissaire a visité Pékin afin d'obtenir une visite.", Language::kFrench, "2012-11-10");
  p = Find("Pékin");
  ASSERT_NE(p, nullptr) << Dump();
  EXPECT_EQ(p->actor, "") << Dump();
  Run("The envoy urged Beijing to release the prisoners.", Language::kEnglish, "2012-11-10");
  p = Find("Beijing");
  ASSERT_NE(p, nullptr) << Dump();
  EXPECT_EQ(p->actor, "CHNGOV") << Dump();
}

// A title of the other language is a plain word ("au premier Forum mondial" holds no English
// "Premier"); a deputy heading a party's group stays a legislator.
TEST_F(EntityRecognizerTest, TitlesOfTheOtherLanguageAndGroupLeaders) {
  Run("Tout n'est pas rose au premier Forum mondial de la langue française à Québec.", Language::kFrench,
      "2012-07-06");
  for (const Entity& e : doc_.entities) EXPECT_NE(e.type, "person") << Dump();
  Run("En France, les députés ont protesté par Gaspard Lemoine, président du groupe UMP.", Language::kFrench,
      "2012-10-10");
  const Entity* p = Find("Gaspard Lemoine");
  ASSERT_NE(p, nullptr) << Dump();
  EXPECT_EQ(p->actor, "FRALEG") << Dump();
}

// Sub-national demonyms of one state give that state ("le député québécois": CAN); a region's
// demonym ("européen": EUR) gives no person a nationality; the euro area and the Eurogroup are the
// EU; known outlets are their country's media.
TEST_F(EntityRecognizerTest, SubNationalDemonymsEuroAreaAndOutlets) {
  Run("Au Parlement, le député québécois Gaston Lapierre a voté contre.", Language::kFrench, "2013-03-04");
  const Entity* p = Find("Gaston Lapierre");
  ASSERT_NE(p, nullptr) << Dump();
  EXPECT_EQ(p->country, "CAN") << Dump();
  EXPECT_EQ(p->actor, "CANLEG") << Dump();
  Run("Le porte-parole catalan, Jordi Ferrer, a répondu.", Language::kFrench, "2013-03-04");
  p = Find("Jordi Ferrer");
  ASSERT_NE(p, nullptr) << Dump();
  EXPECT_EQ(p->country, "ESP") << Dump();
  Run("Le commissaire européen Paolo Bianchetti a parlé à Athènes.", Language::kFrench, "2013-03-04");
  p = Find("Paolo Bianchetti");
  ASSERT_NE(p, nullptr) << Dump();
  EXPECT_EQ(p->country, "") << Dump();
  EXPECT_EQ(p->actor, "IGOEUREEC") << Dump();
  Run("L'Espagne a demandé l'aide de la zone euro, puis l'Eurogroupe a répondu.", Language::kFrench,
      "2012-06-25");
  ExpectEntity(Find("zone euro"), "organization", "", "IGOEUREEC", "");
  ExpectEntity(Find("Eurogroupe"), "organization", "", "IGOEUREEC", "");
  Run("The eurozone agreed, and the magazine MicroMega and Gawker.com said so.", Language::kEnglish,
      "2012-06-25");
  ExpectEntity(Find("eurozone"), "organization", "", "IGOEUREEC", "");
  ExpectEntity(Find("MicroMega"), "organization", "ITA", "ITAMED", "");
  ExpectEntity(Find("Gawker.com"), "organization", "USA", "USAMED", "");
}

// A body named like another state's is that state's when a demonym after it (French) or a
// parenthesised acronym says so: its own party when the lexicon knows one, else the country and
// the role (a party: XXXPTY); a demonym of the body's own state changes nothing.
TEST_F(EntityRecognizerTest, DemonymAfterABodyPicksThatStatesBody) {
  Run("À Athènes, le Parti socialiste grec a critiqué le plan.", Language::kFrench, "2013-05-02");
  const Entity* o = Find("Parti socialiste");
  ASSERT_NE(o, nullptr) << Dump();
  EXPECT_EQ(o->country, "GRC") << Dump();
  EXPECT_EQ(o->actor, "GRCPTY") << Dump();
  Run("Le gouvernement est soutenu par le Parti socialiste (PASOK) depuis juin.", Language::kFrench,
      "2013-05-02");
  o = Find("Parti socialiste");
  ASSERT_NE(o, nullptr) << Dump();
  EXPECT_EQ(o->actor, "GRCGOVPTY") << Dump();
  Run("À Madrid, le Parti socialiste espagnol a signé.", Language::kFrench, "2013-05-02");
  o = Find("Parti socialiste");
  ASSERT_NE(o, nullptr) << Dump();
  EXPECT_EQ(o->actor, "ESPPTY") << Dump();
  Run("Le Parti socialiste français a répondu au ministère grec de la Défense.", Language::kFrench,
      "2013-05-02");
  o = Find("Parti socialiste");
  ASSERT_NE(o, nullptr) << Dump();
  EXPECT_EQ(o->actor, "FRAGOVPTY") << Dump();
}

// A full name seen once with a title ("le député Bartomeu Quetglas"), its first name unknown to
// the lexicon, is one mention when it comes back whole, not its surname alone.
TEST_F(EntityRecognizerTest, FullNameComesBackWhole) {
  Run("Le député Bartomeu Quetglas est exclu. Le parti a considéré qu'Bartomeu Quetglas avait fauté. "
      "Bartomeu Quetglas a répondu.",
      Language::kFrench, "2012-08-22");
  const Entity* p = Find("Bartomeu Quetglas");
  ASSERT_NE(p, nullptr) << Dump();
  ASSERT_EQ(p->mentions.size(), 3u) << Dump();
  for (const Mention& m : p->mentions) EXPECT_EQ(doc_.Slice(m.span), "Bartomeu Quetglas") << Dump();
  EXPECT_EQ(doc_.entities.size(), 1u) << Dump();
}

// "King Abdullah" is the Saudi king until his death in 2015 and Jordan's Abdullah II after; while
// both reigned, the state named next to the name, else the one the dispatch names, decides. A
// French title in lower case stays outside the mention.
TEST_F(EntityRecognizerTest, KingsOfOneNameByDateAndCountry) {
  Run("King Abdullah met the president on Monday.", Language::kEnglish, "2019-05-02");
  ExpectEntity(Find("King Abdullah"), "person", "JOR", "JORGOV", "king");
  Run("Le roi Abdallah a reçu le président lundi.", Language::kFrench, "2019-05-02");
  ExpectEntity(Find("Abdallah"), "person", "JOR", "JORGOV", "king");
  EXPECT_FALSE(Has("roi Abdallah")) << Dump();
  Run("Jordan's King Abdullah met the president on Monday.", Language::kEnglish, "2010-05-02");
  ExpectEntity(Find("King Abdullah"), "person", "JOR", "JORGOV", "king");
  Run("Saudi King Abdullah met the president on Monday.", Language::kEnglish, "2010-05-02");
  ExpectEntity(Find("King Abdullah"), "person", "SAU", "SAUGOV", "king");
  Run("In Amman, King Abdullah met the president on Monday.", Language::kEnglish, "2010-05-02");
  ExpectEntity(Find("King Abdullah"), "person", "JOR", "JORGOV", "king");
  Run("In Riyadh, King Abdullah met the president on Monday.", Language::kEnglish, "2010-05-02");
  ExpectEntity(Find("King Abdullah"), "person", "SAU", "SAUGOV", "king");
}

// Capitalised words after a newspaper or magazine noun name an outlet: MED of the demonym next to
// the noun; a known outlet keeps its own record.
TEST_F(EntityRecognizerTest, OutletAfterAMediaNoun) {
  Run("Selon le quotidien espagnol El Norte Vasco, le ministre a menti.", Language::kFrench, "2012-08-03");
  ExpectEntity(Find("El Norte Vasco"), "organization", "ESP", "ESPMED", "media");
  Run("The Italian newspaper Gazzetta di Lucca said the court erred.", Language::kEnglish, "2012-08-03");
  ExpectEntity(Find("Gazzetta di Lucca"), "organization", "ITA", "ITAMED", "media");
  Run("Selon le quotidien Le Monde, le ministre a menti.", Language::kFrench, "2012-08-03");
  ExpectEntity(Find("Le Monde"), "organization", "FRA", "FRAMED", "");
}

// Hostile input (tests/hostile, caps_endless_first_names): a body of nothing but
// capitalised first names makes nearly every token a person mention. Linking surnames
// once scanned every mention for each token and each lone surname: 600 KB took about 3 s.
// Now linear: doubling the text must not quadruple the time (CPU time, loose bound).
TEST_F(EntityRecognizerTest, EndlessCapitalisedNamesStayLinear) {
  auto names = [](int n) {
    const char* first[] = {"Jean", "Paul", "Marie", "Pierre", "Anne", "Louis", "Claire", "Henri"};
    std::string s;
    uint32_t x = 7;
    for (int i = 0; i < n; ++i) {
      x = x * 1103515245u + 12345u;
      s += first[(x >> 16) % 8];
      s += ' ';
    }
    return s;
  };
  auto cpu = [&](int n) {
    std::string text = names(n);
    double t0 = testing::ThreadCpuSeconds();
    Run(text);
    return testing::ThreadCpuSeconds() - t0;
  };
  cpu(2000);  // warm the caches
  double small = cpu(10000), large = cpu(40000);
  EXPECT_FALSE(doc_.entities.empty());
  // Quadratic work would make 4x the text take about 16x the time.
  EXPECT_LT(large, 8 * small + 0.05) << small << " s for 10,000 names, " << large << " s for 40,000";
}

// A former title with a party ("ex-députée UMP", "l'ancien ministre UMP", "former Labour MP")
// gives the party's code: no seat now. A sitting deputy stays a legislator.
TEST_F(EntityRecognizerTest, FormerTitleWithAPartyTakesThePartysCode) {
  Run("En France, Odile Ferrandier, ex-députée UMP, a critiqué le projet du gouvernement.", Language::kFrench,
      "2013-05-10");
  const Entity* p = Find("Odile Ferrandier");
  ASSERT_NE(p, nullptr) << Dump();
  EXPECT_EQ(p->actor, "FRAOPPPTY") << Dump();
  Run("En France, Odile Ferrandier, ancienne députée UMP, a critiqué le projet du gouvernement.",
      Language::kFrench, "2013-05-10");
  p = Find("Odile Ferrandier");
  ASSERT_NE(p, nullptr) << Dump();
  EXPECT_EQ(p->actor, "FRAOPPPTY") << Dump();
  Run("En France, Odile Ferrandier, députée UMP, a critiqué le projet du gouvernement.", Language::kFrench,
      "2013-05-10");
  p = Find("Odile Ferrandier");
  ASSERT_NE(p, nullptr) << Dump();
  EXPECT_EQ(p->actor, "FRALEG") << Dump();
  Run("In Britain, former Labour MP Duncan Whitlow criticised the budget.", Language::kEnglish, "2013-05-10");
  p = Find("Duncan Whitlow");
  ASSERT_NE(p, nullptr) << Dump();
  EXPECT_EQ(p->actor, "GBROPPPTY") << Dump();
}

// The officers of a company the title names carry its code ("le PDG de TotalEnergies", "Google
// co-founder X", "le président de Google": not the state's government).
TEST_F(EntityRecognizerTest, CompanyOfficersTakeTheCompanysCode) {
  Run("En France, Luc Daverne, le PDG de TotalEnergies, a rencontré le ministre.", Language::kFrench,
      "2016-03-02");
  const Entity* p = Find("Luc Daverne");
  ASSERT_NE(p, nullptr) << Dump();
  EXPECT_EQ(p->actor, "MNC") << Dump();
  Run("In California, Google co-founder Martin Halvorsen met the governor.", Language::kEnglish, "2016-03-02");
  p = Find("Martin Halvorsen");
  ASSERT_NE(p, nullptr) << Dump();
  EXPECT_EQ(p->actor, "MNC") << Dump();
  Run("Aux États-Unis, le président de Google, Martin Halvorsen, a rencontré le gouverneur.", Language::kFrench,
      "2016-03-02");
  p = Find("Martin Halvorsen");
  ASSERT_NE(p, nullptr) << Dump();
  EXPECT_EQ(p->actor, "MNC") << Dump();
  // A profession's title does not make its holder the company.
  Run("Aux États-Unis, l'avocat de Google, Martin Halvorsen, a rencontré le juge.", Language::kFrench,
      "2016-03-02");
  p = Find("Martin Halvorsen");
  ASSERT_NE(p, nullptr) << Dump();
  EXPECT_NE(p->actor, "MNC") << Dump();
}

// A known person's one-word form that is also a first name ("Philippe": Édouard Philippe)
// opening a longer unknown name is that first name.
TEST_F(EntityRecognizerTest, FirstNameFormOfAKnownPersonOpensAnotherName) {
  Run("En France, Philippe Marchal (UMP) a dénoncé le projet.", Language::kFrench, "2013-05-10");
  const Entity* p = Find("Philippe Marchal");
  ASSERT_NE(p, nullptr) << Dump();
  EXPECT_EQ(p->actor, "FRAOPPPTY") << Dump();
  Run("En France, Édouard Philippe a rencontré les syndicats. Philippe a promis une réponse.",
      Language::kFrench, "2018-05-10");
  p = Find("Édouard Philippe");
  ASSERT_NE(p, nullptr) << Dump();
  EXPECT_EQ(p->actor, "FRAGOV") << Dump();
  EXPECT_EQ(p->mentions.size(), 2u) << Dump();
  // Not before a verb: title case capitalises it ("Abbas Says Talks Are Over").
  Run("Abbas Says Talks Are Over", Language::kEnglish, "2015-01-10");
  p = Find("Abbas");
  ASSERT_NE(p, nullptr) << Dump();
  EXPECT_EQ(p->actor, "PSEGOV") << Dump();
}

// A known person's surname that is no form of its own joins the full name named before it
// ("Jeff Sessions ... Sessions said"); before the full name it is nobody.
TEST_F(EntityRecognizerTest, KnownPersonsSurnameAfterTheFullName) {
  Run("In Washington, Jeff Sessions met the governors on Monday. Sessions said the plan was ready.",
      Language::kEnglish, "2017-06-12");
  const Entity* p = Find("Jeff Sessions");
  ASSERT_NE(p, nullptr) << Dump();
  EXPECT_EQ(p->actor, "USAGOV") << Dump();
  EXPECT_EQ(p->mentions.size(), 2u) << Dump();
}

// Party figures out of government take their party's side at the date: the UMP governed until
// May 2012 and was in opposition after.
TEST_F(EntityRecognizerTest, PartyFiguresFollowTheirPartysSide) {
  Run("En France, Jean-François Copé a déploré le discours.", Language::kFrench, "2012-10-10");
  const Entity* p = Find("Jean-François Copé");
  ASSERT_NE(p, nullptr) << Dump();
  EXPECT_EQ(p->actor, "FRAOPP") << Dump();
  Run("En France, Jean-François Copé a déploré le discours.", Language::kFrench, "2011-03-10");
  p = Find("Jean-François Copé");
  ASSERT_NE(p, nullptr) << Dump();
  EXPECT_EQ(p->actor, "FRAGOVPTY") << Dump();
  Run("Hillary Clinton criticised Donald Trump in Ohio.", Language::kEnglish, "2016-09-12");
  p = Find("Donald Trump");
  ASSERT_NE(p, nullptr) << Dump();
  EXPECT_EQ(p->actor, "USAOPP") << Dump();
  p = Find("Hillary Clinton");
  ASSERT_NE(p, nullptr) << Dump();
  EXPECT_EQ(p->actor, "USAGOVPTY") << Dump();
}

// Shadow ministers are the opposition's ("Shadow Chancellor X": GBROPP, not the Chancellor's GBRGOV).
TEST_F(EntityRecognizerTest, ShadowMinistersAreOpposition) {
  Run("In Britain, Shadow Chancellor Owen Treharne attacked the budget.", Language::kEnglish, "2016-10-10");
  const Entity* p = Find("Owen Treharne");
  ASSERT_NE(p, nullptr) << Dump();
  EXPECT_EQ(p->actor, "GBROPP") << Dump();
  Run("In Britain, Chancellor Owen Treharne presented the budget.", Language::kEnglish, "2016-10-10");
  p = Find("Owen Treharne");
  ASSERT_NE(p, nullptr) << Dump();
  EXPECT_EQ(p->actor, "GBRGOV") << Dump();
}

// A business title right after an unknown company's name opens the officer's name ("Acme
// Holdings CEO X" is a company and a person, not one organisation).
TEST_F(EntityRecognizerTest, TitleAfterAnUnknownCompanyOpensTheOfficersName) {
  Run("In Britain, Northgate Holdings CEO Peter Halloway spoke to investors.", Language::kEnglish, "2016-10-10");
  const Entity* o = Find("Northgate Holdings");
  const Entity* p = Find("Peter Halloway");
  ASSERT_NE(o, nullptr) << Dump();
  ASSERT_NE(p, nullptr) << Dump();
  EXPECT_EQ(o->type, "organization") << Dump();
  EXPECT_EQ(p->type, "person") << Dump();
  EXPECT_EQ(p->actor, "GBRBUS") << Dump();
}

// Parties several states share a name with ("Democratic Party", "Liberal Party") follow the
// document's state and take their side of government at the date.
TEST_F(EntityRecognizerTest, SharedPartyNamesFollowTheDocumentsState) {
  Run("In Italy, the Democratic Party and the Lega clashed over the budget.", Language::kEnglish, "2015-10-10");
  const Entity* pd = Find("Democratic Party");
  const Entity* lega = Find("Lega");
  ASSERT_NE(pd, nullptr) << Dump();
  ASSERT_NE(lega, nullptr) << Dump();
  EXPECT_EQ(pd->actor, "ITAGOVPTY") << Dump();
  EXPECT_EQ(lega->actor, "ITAOPPPTY") << Dump();
  Run("In Canada, the Liberal Party attacked the budget.", Language::kEnglish, "2012-10-10");
  const Entity* lib = Find("Liberal Party");
  ASSERT_NE(lib, nullptr) << Dump();
  EXPECT_EQ(lib->actor, "CANOPPPTY") << Dump();
  Run("In Australia, the Liberal Party attacked the budget.", Language::kEnglish, "2012-10-10");
  lib = Find("Liberal Party");
  ASSERT_NE(lib, nullptr) << Dump();
  EXPECT_EQ(lib->actor, "AUSOPPPTY") << Dump();
}

// Party officials' titles ("secrétaire national du PS", "premier secrétaire", "délégué général
// de l'UMP") take the party's code at the date; alone they give no actor.
TEST_F(EntityRecognizerTest, PartyOfficialsTitlesTakeThePartysCode) {
  Run("En France, Jean Marchal, secrétaire national du PS, a critiqué le projet.", Language::kFrench,
      "2012-09-10");
  const Entity* p = Find("Jean Marchal");
  ASSERT_NE(p, nullptr) << Dump();
  EXPECT_EQ(p->actor, "FRAGOVPTY") << Dump();
  Run("En France, le secrétaire national Jean Marchal a parlé.", Language::kFrench, "2012-09-10");
  p = Find("Jean Marchal");
  ASSERT_NE(p, nullptr) << Dump();
  EXPECT_EQ(p->actor, "") << Dump();
}

// A known person with no role at the date takes the party named with them ("Jordan Bardella
// (RN)" in 2019, before his recorded office); once in office the dated role wins.
TEST_F(EntityRecognizerTest, KnownPersonWithoutARoleTakesThePartyNamedWithThem) {
  Run("En France, Jordan Bardella (RN) a critiqué le gouvernement.", Language::kFrench, "2019-09-10");
  const Entity* p = Find("Jordan Bardella");
  ASSERT_NE(p, nullptr) << Dump();
  EXPECT_EQ(p->actor, "FRAOPPPTY") << Dump();
  Run("En France, Jordan Bardella (RN) a critiqué le gouvernement.", Language::kFrench, "2023-09-10");
  p = Find("Jordan Bardella");
  ASSERT_NE(p, nullptr) << Dump();
  EXPECT_EQ(p->actor, "FRAOPP") << Dump();
}

// A company before a possessive gives its officer's code ("Apple's Chief Operating Officer, X");
// CFO, COO and chief operating officer are business titles.
TEST_F(EntityRecognizerTest, CompanyBeforeAPossessiveTitle) {
  Run("In California, Apple's Chief Operating Officer, Daniel Westover, will run the company.",
      Language::kEnglish, "2009-01-15");
  const Entity* p = Find("Daniel Westover");
  ASSERT_NE(p, nullptr) << Dump();
  EXPECT_EQ(p->actor, "MNC") << Dump();
  Run("In California, Apple CFO Daniel Westover presented the results.", Language::kEnglish, "2009-01-15");
  p = Find("Daniel Westover");
  ASSERT_NE(p, nullptr) << Dump();
  EXPECT_EQ(p->actor, "MNC") << Dump();
}

// A party's adjective after a title with no role of its own, or a former legislator's, names the
// party of the person's state ("le candidat républicain X": USA; "l'ancien député socialiste X":
// FRA); an office keeps its code ("le ministre socialiste X", "l'ancien gouverneur républicain X").
TEST_F(EntityRecognizerTest, PartyAdjectiveAfterATitle) {
  Run("Aux États-Unis, le candidat républicain Todd Marlow a perdu.", Language::kFrench, "2012-11-07");
  const Entity* p = Find("Todd Marlow");
  ASSERT_NE(p, nullptr) << Dump();
  EXPECT_EQ(p->actor, "USAOPPPTY") << Dump();
  Run("En France, Jean Marchal, ancien député socialiste, a critiqué le projet.", Language::kFrench,
      "2013-09-10");
  p = Find("Jean Marchal");
  ASSERT_NE(p, nullptr) << Dump();
  EXPECT_EQ(p->actor, "FRAGOVPTY") << Dump();
  Run("En France, le ministre socialiste Jean Marchal a parlé.", Language::kFrench, "2013-09-10");
  p = Find("Jean Marchal");
  ASSERT_NE(p, nullptr) << Dump();
  EXPECT_EQ(p->actor, "FRAGOV") << Dump();
  Run("Aux États-Unis, l'ancien gouverneur républicain Todd Marlow a perdu.", Language::kFrench, "2012-11-07");
  p = Find("Todd Marlow");
  ASSERT_NE(p, nullptr) << Dump();
  EXPECT_EQ(p->actor, "USAGOV") << Dump();
}

}  // namespace
}  // namespace chancery

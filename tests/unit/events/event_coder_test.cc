#include "events/event_coder.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "ingest/record.h"
#include "pipeline/pipeline.h"
#include "support/test_data.h"

namespace chancery {
namespace {

// The events stage reads every earlier layer, so the tests run the whole pipeline over
// short dispatches written for them.
class EventCoderTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    ExtractOptions options;
    options.data_dir = testing::DataDir();
    auto p = Pipeline::Create(options);
    ASSERT_TRUE(p.ok()) << p.status().ToString();
    pipeline_ = std::move(p).value().release();
  }
  static void TearDownTestSuite() { delete pipeline_; }

  const std::vector<Event>& Run(const std::string& text, const std::string& lang = "fr",
                                const std::string& published = "2025-02-26T12:00:00+01:00") {
    InputRecord r;
    r.id = "t";
    r.text = text;
    r.lang = lang;
    r.published = published;
    Status st = pipeline_->Analyze(std::move(r), &doc_);
    EXPECT_TRUE(st.ok()) << st.ToString();
    return doc_.events;
  }

  std::string Dump() const {
    std::string out;
    for (const Event& e : doc_.events) {
      out += "[" + e.code + " " + e.source.actor + (e.symmetric ? "<->" : "->") + e.target.actor + " " +
             e.date + " " + e.modality + " @" + e.location_name + " '" +
             std::string(doc_.Slice(e.evidence)) + "'] ";
    }
    return out.empty() ? "(no events)" : out;
  }

  // The event with this root between these actors (either direction if symmetric), or nullptr.
  const Event* Find(const std::string& root, const std::string& source, const std::string& target) const {
    for (const Event& e : doc_.events) {
      if (e.root != root) continue;
      if (e.source.actor == source && e.target.actor == target) return &e;
      if (e.symmetric && e.source.actor == target && e.target.actor == source) return &e;
    }
    return nullptr;
  }

  // Events of this root, whoever the actors.
  int CountRoot(const std::string& root) const {
    int n = 0;
    for (const Event& e : doc_.events) n += e.root == root;
    return n;
  }

  static Pipeline* pipeline_;
  Document doc_;
};

Pipeline* EventCoderTest::pipeline_ = nullptr;

TEST_F(EventCoderTest, TransitiveVerbCodesSubjectAndObject) {
  Run("La Russie a accusé les États-Unis d'ingérence.");
  const Event* e = Find("11", "RUS", "USA");
  ASSERT_NE(e, nullptr) << Dump();
  EXPECT_EQ(e->code, "112");
  EXPECT_EQ(e->modality, "asserted");
  EXPECT_EQ(e->date, "2025-02-26");  // an asserted past act of the dispatch's day
  EXPECT_EQ(e->quad_class, 3);
  EXPECT_DOUBLE_EQ(e->goldstein, -2.0);
}

TEST_F(EventCoderTest, PassiveTurnsSubjectAndAgentAround) {
  Run("Les États-Unis ont été accusés par la Russie d'ingérence.");
  EXPECT_NE(Find("11", "RUS", "USA"), nullptr) << Dump();
  EXPECT_EQ(Find("11", "USA", "RUS"), nullptr) << Dump();
  Run("The United States was accused by Russia of interference.", "en");
  EXPECT_NE(Find("11", "RUS", "USA"), nullptr) << Dump();
}

TEST_F(EventCoderTest, CoordinatedDemonymsShareTheirAgentNoun) {
  Run("Les délégations russe et américaine vont se rencontrer à Genève jeudi.");
  const Event* e = Find("03", "RUSGOV", "USAGOV");
  ASSERT_NE(e, nullptr) << Dump();
  EXPECT_EQ(e->code, "036");  // a future meeting: intent to meet
  EXPECT_TRUE(e->symmetric);
  EXPECT_EQ(e->modality, "future");
  EXPECT_EQ(e->date, "2025-02-27");
  EXPECT_EQ(e->location_name, "Genève");
}

TEST_F(EventCoderTest, APlaceIsNeverAnActor) {
  Run("Les ministres chinois et japonais se sont rencontrés à Genève lundi.");
  for (const Event& e : doc_.events) {
    EXPECT_NE(e.source.actor.substr(0, 3), "CHE") << Dump();
    EXPECT_NE(e.target.actor.substr(0, 3), "CHE") << Dump();
  }
  EXPECT_NE(Find("04", "CHNGOV", "JPNGOV"), nullptr) << Dump();
}

TEST_F(EventCoderTest, NegationAndHypothesisAreModalities) {
  Run("La France n'a pas condamné l'Algérie.");
  const Event* e = Find("11", "FRA", "DZA");
  ASSERT_NE(e, nullptr) << Dump();
  EXPECT_EQ(e->modality, "negated");
  Run("La Chine pourrait imposer des sanctions contre le Japon.");
  e = Find("16", "CHN", "JPN");
  ASSERT_NE(e, nullptr) << Dump();
  EXPECT_EQ(e->modality, "hypothetical");
}

TEST_F(EventCoderTest, TheDateIsWhenItHappensNotWhenReported) {
  Run("L'Allemagne et la Pologne ont signé un accord le 12 février, a indiqué mercredi le ministère.");
  const Event* e = Find("05", "DEU", "POL");
  ASSERT_NE(e, nullptr) << Dump();
  EXPECT_EQ(e->date, "2025-02-12");
}

TEST_F(EventCoderTest, RepeatedMentionsOfOneFactMerge) {
  Run("La Russie a expulsé deux diplomates britanniques lundi. Moscou a expulsé les diplomates "
      "britanniques lundi après une affaire d'espionnage.");
  int expulsions = 0;
  for (const Event& e : doc_.events) {
    if (e.root == "16" || e.root == "17") {
      ++expulsions;
      EXPECT_EQ(e.mentions.size(), 2u) << Dump();
    }
  }
  EXPECT_EQ(expulsions, 1) << Dump();
}

TEST_F(EventCoderTest, TheNewsAgencyIsNeverAnActor) {
  Run("MOSCOU, 26 février (Reuters) - Reuters a accusé la Russie de censure, a indiqué l'agence.");
  for (const Event& e : doc_.events) {
    EXPECT_EQ(e.source.actor.find("MED"), std::string::npos) << Dump();
  }
}

TEST_F(EventCoderTest, RelativePronounTakesItsAntecedent) {
  Run("Le Japon, qui a condamné la Corée du Nord, a réuni son conseil de sécurité.");
  EXPECT_NE(Find("11", "JPN", "PRK"), nullptr) << Dump();
}

TEST_F(EventCoderTest, EvidenceCoversPredicateAndArguments) {
  Run("Hier, l'Inde a accusé le Pakistan de terrorisme.");
  const Event* e = Find("11", "IND", "PAK");
  ASSERT_NE(e, nullptr) << Dump();
  std::string_view evidence = doc_.Slice(e->evidence);
  EXPECT_EQ(evidence.substr(0, 4), "Inde") << evidence;
  EXPECT_NE(evidence.find("Pakistan"), std::string_view::npos) << evidence;
  EXPECT_EQ(doc_.Slice(e->predicate).substr(0, 9), "a accusé") << doc_.Slice(e->predicate);
  EXPECT_EQ(doc_.Slice(e->source.span), "Inde");
  EXPECT_EQ(doc_.Slice(e->target.span), "Pakistan");
}

TEST_F(EventCoderTest, HostileRepetitionStaysOneFactAndLinear) {
  // 3,000 mentions of one act: one event holding them all (the merge is indexed, so this
  // is linear); a 3,000-clause sentence without a full stop still codes its facts.
  std::string text;
  for (int i = 0; i < 3000; ++i) text += "La Russie a accusé la France lundi. ";
  Run(text);
  ASSERT_EQ(doc_.events.size(), 1u) << Dump().substr(0, 500);
  EXPECT_EQ(doc_.events[0].mentions.size(), 3000u);
  text.clear();
  for (int i = 0; i < 3000; ++i) text += "la Russie accuse la France et a rencontré le Japon et ";
  Run(text);
  EXPECT_NE(Find("11", "RUS", "FRA"), nullptr) << Dump().substr(0, 500);
  EXPECT_LE(doc_.events.size(), 64u);
}

TEST_F(EventCoderTest, AThreatVerbMakesTheGovernedActAThreat) {
  Run("La Turquie a menacé mardi d'envahir le nord de l'Irak.");
  const Event* e = Find("13", "TUR", "IRQ");
  ASSERT_NE(e, nullptr) << Dump();
  EXPECT_EQ(e->code, "1382");  // threaten occupation
  EXPECT_EQ(Find("19", "TUR", "IRQ"), nullptr) << Dump();
  Run("Japan threatened to impose sanctions on China.", "en");
  e = Find("13", "JPN", "CHN");
  ASSERT_NE(e, nullptr) << Dump();
  EXPECT_EQ(e->code, "1312");  // threaten sanctions
  EXPECT_EQ(e->modality, "asserted");
}

TEST_F(EventCoderTest, UnknownEnglishVerbFormsAreReadOffTheirEnding) {
  // British spelling and a participle after "have both": the tagger may not know them.
  Run("The United Nations and Japan have both criticised Indonesia.", "en");
  EXPECT_NE(Find("11", "IGOUNO", "IDN"), nullptr) << Dump();
  EXPECT_NE(Find("11", "JPN", "IDN"), nullptr) << Dump();
}

TEST_F(EventCoderTest, UnnamedPeopleAreCiviliansOfTheirCountry) {
  // (Force by a non-state group against civilians is unconventional violence, root 18.)
  Run("Des rebelles ont tué trois enfants à Kaboul.");
  EXPECT_NE(Find("18", "AFGREB", "AFGCVL"), nullptr) << Dump();
  Run("L'armée afghane a tué trois rebelles à Kaboul.");
  EXPECT_NE(Find("19", "AFGMIL", "AFGREB"), nullptr) << Dump();
  Run("Rebels kidnapped ten passengers in Kabul.", "en");
  EXPECT_NE(Find("18", "AFGREB", "AFGCVL"), nullptr) << Dump();
}

TEST_F(EventCoderTest, AProtestWithoutTargetIsAgainstItsGovernment) {
  Run("Des milliers d'étudiants iraniens ont manifesté samedi à Téhéran.");
  EXPECT_NE(Find("14", "IRNEDU", "IRNGOV"), nullptr) << Dump();
}

TEST_F(EventCoderTest, AnAbductionNeedsItsVictim) {
  // "enlever" a restriction is no kidnapping.
  Run("Le gouvernement allemand devrait enlever cette mesure.");
  for (const Event& e : doc_.events) EXPECT_NE(e.root, "18") << Dump();
}

TEST_F(EventCoderTest, TwoPrivatePeopleAreNoPoliticalDyad) {
  Run("Noam Chomsky a rencontré Michael Dranove à Cambridge.");
  for (const Event& e : doc_.events) EXPECT_NE(e.root, "04") << Dump();
}

TEST_F(EventCoderTest, TheTwoCountriesAreTheDocumentsDyad) {
  Run("La Russie accuse l'Ukraine de provocations. L'Ukraine dément. La Russie et l'Ukraine se "
      "sont accusées mutuellement. Les deux pays ont signé un accord sur les prisonniers.");
  EXPECT_NE(Find("05", "RUS", "UKR"), nullptr) << Dump();
}

TEST_F(EventCoderTest, TheAgentOfANounPredicateIsItsSource) {
  Run("L'arrestation du journaliste par la police russe a choqué.");
  EXPECT_NE(Find("17", "RUSCOP", "RUSMED"), nullptr) << Dump();
}

TEST_F(EventCoderTest, AParticipleAfterACommaWithItsAgentIsPassive) {
  Run("Antonis Samaras a formé un nouveau gouvernement grec, soutenu par l'Union européenne.");
  EXPECT_NE(Find("05", "IGOEUREEC", "GRCGOV"), nullptr) << Dump();
}

TEST_F(EventCoderTest, AnObjectMayFollowADate) {
  Run("Des rebelles ont enlevé le 3 février dernier trois journalistes à Kaboul.");
  const Event* e = Find("18", "AFGREB", "AFGMED");
  ASSERT_NE(e, nullptr) << Dump();
  EXPECT_EQ(e->date, "2025-02-03");
}

TEST_F(EventCoderTest, ACountryDoesNotActOnItself) {
  Run("Les délégations de haut rang travailleraient à rétablir les missions des deux pays, "
      "a dit le ministre russe. La Russie et les États-Unis ont parlé.");
  for (const Event& e : doc_.events) {
    EXPECT_FALSE(e.target.actor.size() == 3 && e.source.actor.compare(0, 3, e.target.actor) == 0) << Dump();
  }
}

TEST_F(EventCoderTest, CondemningADeedTargetsItsPerpetrator) {
  Run("Des rebelles ont tué dix villageois à Alep. L'Union européenne a condamné cette attaque.");
  EXPECT_NE(Find("11", "IGOEUREEC", "SYRREB"), nullptr) << Dump();
  Run("Rebels killed ten villagers in Aleppo. The European Union condemned the attack.", "en");
  EXPECT_NE(Find("11", "IGOEUREEC", "SYRREB"), nullptr) << Dump();
  // No violent act before: nobody to blame.
  Run("L'Union européenne a condamné cette attaque.");
  EXPECT_TRUE(doc_.events.empty()) << Dump();
}

TEST_F(EventCoderTest, FightingSidesAreBothParties) {
  Run("L'armée syrienne et les rebelles se battent près d'Alep.");
  EXPECT_NE(Find("19", "SYRMIL", "SYRREB"), nullptr) << Dump();
}

TEST_F(EventCoderTest, ANamedOrganisationIsAPartyOfItsOwn) {
  Run("Les rebelles syriens accusent le Front al-Nosra d'exécutions sommaires.");
  EXPECT_NE(Find("11", "SYRREB", "SYRREB"), nullptr) << Dump();
}

TEST_F(EventCoderTest, AnObjectsAppositionGivesItsRole) {
  Run("Les talibans ont attaqué Kaboul. L'armée française a rencontré Jean Dupuis, ministre afghan de la "
      "Défense, à Kaboul.");
  EXPECT_NE(Find("04", "FRAMIL", "AFGGOV"), nullptr) << Dump();
}

TEST_F(EventCoderTest, TroopsWithdrawnLeaveTheCountryOfTheStory) {
  Run("Les talibans ont attaqué Kaboul. L'Afghanistan accuse le Pakistan. L'OTAN prévoit de retirer ses "
      "forces en 2026.");
  const Event* e = Find("03", "IGOWSTNAT", "AFG");
  ASSERT_NE(e, nullptr) << Dump();
  EXPECT_EQ(e->code, "0356");  // intent to withdraw
}

TEST_F(EventCoderTest, AnArrestWithoutAgentIsByThePolice) {
  Run("Les agresseurs ont été interpellés mardi à Lyon.");
  EXPECT_NE(Find("17", "FRACOP", "FRACRM"), nullptr) << Dump();
  Run("Two attackers were arrested in Lyon on Tuesday.", "en");
  EXPECT_NE(Find("17", "FRACOP", "FRACRM"), nullptr) << Dump();
}

TEST_F(EventCoderTest, ThreateningTheAuthorsOfADeedTargetsItsPerpetrator) {
  Run("Des rebelles ont tué dix villageois à Alep. Le gouvernement syrien a menacé les auteurs de ces "
      "exactions.");
  EXPECT_NE(Find("13", "SYRGOV", "SYRREB"), nullptr) << Dump();
}

TEST_F(EventCoderTest, ANamedPersonInAppositionIsTheSubject) {
  // Two officials of one government are two actors: the title before the name is the same
  // person, not a third.
  Run("Le ministre français de l'Intérieur, Jean Valmont, a salué mardi le Premier ministre François Bayrou.");
  const Event* e = Find("05", "FRAGOV", "FRAGOV");
  ASSERT_NE(e, nullptr) << Dump();
  EXPECT_NE(e->source.entity, "") << Dump();
}

TEST_F(EventCoderTest, AGerundAfterAVerbIsPartOfItsGroup) {
  Run("In Italy, several municipalities have started asking religious schools to pay taxes.", "en");
  EXPECT_NE(Find("02", "ITAGOV", "ITAEDU"), nullptr) << Dump();
}

TEST_F(EventCoderTest, BreakingAnAgreementIsNotMakingOne) {
  Run("Russia violated its agreement with Ukraine.", "en");
  EXPECT_EQ(Find("05", "RUS", "UKR"), nullptr) << Dump();
  Run("Russia signed an agreement with Ukraine.", "en");
  EXPECT_NE(Find("05", "RUS", "UKR"), nullptr) << Dump();
}

TEST_F(EventCoderTest, CondemningAnActByXTargetsX) {
  Run("L'Égypte a condamné l'annexion de la Cisjordanie par Israël.");
  EXPECT_NE(Find("11", "EGY", "ISR"), nullptr) << Dump();
}

TEST_F(EventCoderTest, APersonsPartyInParenthesesIsTheirActor) {
  Run("Jean Vautrin (Les Républicains) a critiqué la Russie.");
  std::string party;
  for (const Entity& e : doc_.entities) {
    if (e.type == "organization" && !e.actor.empty()) party = e.actor;
  }
  ASSERT_FALSE(party.empty()) << "the party is not an entity";
  EXPECT_NE(Find("11", party, "RUS"), nullptr) << party << " " << Dump();
}

TEST_F(EventCoderTest, EnglishHaveWithAFloatingAdverbIsAnAuxiliary) {
  Run("Beijing has not yet received the American delegation.", "en");
  const Event* e = Find("04", "CHNGOV", "USAGOV");
  ASSERT_NE(e, nullptr) << Dump();
  EXPECT_EQ(e->modality, "negated");
}

TEST_F(EventCoderTest, ExchangingFireIsFightingOnBothSides) {
  Run("Pakistani and Afghan forces exchanged fire along the border.", "en");
  EXPECT_NE(Find("19", "PAKMIL", "AFGMIL"), nullptr) << Dump();
  Run("Les forces pakistanaises et afghanes ont échangé des tirs à la frontière.");
  EXPECT_NE(Find("19", "PAKMIL", "AFGMIL"), nullptr) << Dump();
}

TEST_F(EventCoderTest, EnglishNounPredicatesAsSubjects) {
  // A gerund after a determiner is a noun; a genitive may stand before modifiers (even a
  // duration read as a date).
  Run("The meeting between Vladimir Putin and Donald Trump took place in Alaska.", "en");
  EXPECT_NE(Find("04", "RUSGOV", "USAGOV"), nullptr) << Dump();
  Run("Xi Jinping's three-day visit to Moscow ended on Wednesday.", "en");
  EXPECT_NE(Find("04", "CHNGOV", "RUSGOV"), nullptr) << Dump();
}

TEST_F(EventCoderTest, AQuantityMayStandInsideAPattern) {
  Run("Le Japon a accordé un prêt de 500 millions de dollars à l'Indonésie.");
  EXPECT_NE(Find("07", "JPN", "IDN"), nullptr) << Dump();
  Run("Japan granted a loan of $500 million to Indonesia.", "en");
  EXPECT_NE(Find("07", "JPN", "IDN"), nullptr) << Dump();
}

TEST_F(EventCoderTest, ANounPredicatesGovernorMayBeBeyondAPlace) {
  // The subject of "se sont rassemblées" is the source of the protest; its people are of
  // the country of the place named on the way.
  Run("Les États-Unis ont accusé l'Iran. Plusieurs milliers de personnes se sont rassemblées vendredi "
      "dans le centre de Téhéran pour une manifestation contre les États-Unis.");
  EXPECT_NE(Find("14", "IRNCVL", "USA"), nullptr) << Dump();
}

TEST_F(EventCoderTest, ARoleOfNoTellableCountryIsNoActor) {
  // "les forces internationales" in an Afghan story are not the Afghan army.
  Run("Les talibans ont attaqué un hôtel à Kaboul. L'Afghanistan a accusé le Pakistan. L'assaut des forces "
      "internationales a duré douze heures.");
  ASSERT_FALSE(doc_.events.empty()) << Dump();
  for (const Event& e : doc_.events) EXPECT_NE(e.source.actor, "AFGMIL") << Dump();
}

TEST_F(EventCoderTest, APastActRightAfterADatedOneKeepsItsDate) {
  Run("Yesterday the Chinese delegation arrived in Geneva. The Chinese foreign minister met the Japanese "
      "foreign minister.", "en");
  const Event* e = Find("04", "CHNGOV", "JPNGOV");
  ASSERT_NE(e, nullptr) << Dump();
  EXPECT_EQ(e->date, "2025-02-25") << Dump();
}

TEST_F(EventCoderTest, APlannedCallAndAPlannedMeetingAreTwoFacts) {
  Run("Le Japon a accusé la Chine. La Chine a critiqué le Japon. Les dirigeants chinois et japonais "
      "se rencontreraient en mai. Les deux dirigeants pourraient s'entretenir à nouveau par téléphone.");
  int intents = 0;
  for (const Event& e : doc_.events) intents += e.code == "036";
  EXPECT_EQ(intents, 2) << Dump();
}

TEST_F(EventCoderTest, ReleasingNeedsPeopleAsItsObject) {
  Run("Russia released the text of the Ukrainian government's proposal.", "en");
  EXPECT_EQ(CountRoot("08"), 0) << Dump();
  Run("Russia released two Ukrainian soldiers on Monday.", "en");
  const Event* e = Find("08", "RUS", "UKRMIL");
  ASSERT_NE(e, nullptr) << Dump();
  EXPECT_EQ(e->code, "0841");
  Run("L'Iran a libéré un nouveau logiciel de la société française.");
  EXPECT_EQ(CountRoot("08"), 0) << Dump();
}

TEST_F(EventCoderTest, HostingAVisitNeedsPeopleAsVisitors) {
  Run("Le gouvernement français a reçu le rapport de l'ONU sur la Syrie.");
  EXPECT_EQ(CountRoot("04"), 0) << Dump();
  Run("Le président français a reçu une délégation ukrainienne à Paris.");
  const Event* e = Find("04", "FRAGOV", "UKRGOV");
  ASSERT_NE(e, nullptr) << Dump();
  EXPECT_EQ(e->code, "043");
}

TEST_F(EventCoderTest, FightingWithoutAVictimNeedsAnArmedActor) {
  Run("The French president has been fighting cancer since 2004.", "en");
  EXPECT_EQ(CountRoot("19"), 0) << Dump();
  Run("Russian troops have been fighting since Monday.", "en");
  EXPECT_EQ(CountRoot("19"), 1) << Dump();
}

TEST_F(EventCoderTest, AnInquiryIntoADeathIsNoInquiryIntoTheDead) {
  Run("Le parquet français a ouvert une enquête sur le suicide du ministre belge.");
  EXPECT_EQ(CountRoot("09"), 0) << Dump();
  Run("Le parquet français a ouvert une enquête sur le ministre belge.");
  EXPECT_NE(Find("09", "FRAJUD", "BELGOV"), nullptr) << Dump();
}

TEST_F(EventCoderTest, APrivateTourIsNoVisit) {
  Run("Le joueur canadien Jean Tremblay ne participera pas à la tournée en Italie.");
  EXPECT_EQ(CountRoot("04"), 0) << Dump();
}

TEST_F(EventCoderTest, ADemonymIsSharedByCoordinatedAgentsAndNoBareRoleIsOutput) {
  Run("EU adopts sanctions on Syria\n\nThe European Union on Monday adopted new sanctions against Syrian "
      "officials and companies.", "en");
  EXPECT_NE(Find("16", "IGOEUREEC", "SYRGOV"), nullptr) << Dump();
  EXPECT_NE(Find("16", "IGOEUREEC", "SYRBUS"), nullptr) << Dump();
  // The headline's sanctions on Syria are the body's: one fact, not a third event.
  EXPECT_EQ(CountRoot("16"), 2) << Dump();
  for (const Event& e : doc_.events) {
    EXPECT_GE(e.source.actor.size(), 3u);
    EXPECT_NE(e.target.actor, "BUS") << Dump();
    EXPECT_NE(e.target.actor, "GOV") << Dump();
  }
}

TEST_F(EventCoderTest, AnEventsPlaceCarriesItsCoordinates) {
  Run("Les ministres chinois et japonais se sont rencontrés à Genève lundi.");
  ASSERT_FALSE(doc_.events.empty()) << Dump();
  const Event& e = doc_.events[0];
  EXPECT_EQ(e.location_name, "Genève") << Dump();
  ASSERT_TRUE(e.has_location_geo);
  EXPECT_NEAR(e.location_lat, 46.2, 0.1);
  EXPECT_NEAR(e.location_lon, 6.15, 0.1);
}

TEST_F(EventCoderTest, AnActOfTheDispatchsDayTakesTheDatelinesPlaceAndCoordinates) {
  // No year in the dispatch: its date is unknown, its dateline still says where it is filed.
  Run("Kenya : expulsion d'un diplomate\n\nNAIROBI, 21 août (AFP) - Le gouvernement kényan a expulsé "
      "mercredi un diplomate soudanais.", "fr", "");
  const Event* e = nullptr;
  for (const Event& x : doc_.events) {
    if (x.root == "16" || x.root == "17") e = &x;
  }
  ASSERT_NE(e, nullptr) << Dump();
  EXPECT_EQ(e->location_country, "KEN") << Dump();
  ASSERT_TRUE(e->has_location_geo) << Dump();
  EXPECT_NEAR(e->location_lat, -1.28, 0.1);
  EXPECT_NEAR(e->location_lon, 36.82, 0.1);
  // An act of another day ("jeudi dernier") is not placed at the dateline.
  Run("TOKYO, 3 mars (Reuters) - La Corée du Nord a tiré jeudi dernier deux missiles balistiques.", "fr", "");
  for (const Event& x : doc_.events) EXPECT_TRUE(x.location_name.empty()) << Dump();
}

TEST_F(EventCoderTest, AHeadlinesOneSceneStandsForAMissingDateline) {
  Run("Six suspects arrêtés à Lyon\n\nLa police française a arrêté six manifestants. La France a accusé l'Italie "
      "de laxisme.");
  const Event* arrest = Find("17", "FRACOP", "FRACVL");
  ASSERT_NE(arrest, nullptr) << Dump();
  EXPECT_EQ(arrest->location_name, "Lyon") << Dump();
  EXPECT_TRUE(arrest->has_location_geo);
  // What is said is not placed at the headline's scene.
  const Event* accusation = Find("11", "FRA", "ITA");
  ASSERT_NE(accusation, nullptr) << Dump();
  EXPECT_TRUE(accusation->location_name.empty()) << Dump();
}

TEST_F(EventCoderTest, ASpeakerNamedByACommonNounSpeaksForItsPronoun) {
  // "Pakistan's army" is no entity; its phrase still names PAKMIL, whom "it" stands for.
  Run("Pakistan's army said it killed 12 militants in a raid.", "en");
  ASSERT_EQ(CountRoot("19"), 1) << Dump();
  EXPECT_EQ(doc_.events[0].source.actor, "PAKMIL") << Dump();
  EXPECT_EQ(doc_.events[0].modality, "reported") << Dump();
}

TEST_F(EventCoderTest, UnnamedBodiesOfACoupStoryAreThoseOfTheCountryItIsAbout) {
  Run("Thailand's army chief said on Thursday that the military had taken control of the government. "
      "Soldiers detained the Thai prime minister in Bangkok. The United States condemned the coup in Thailand. "
      "The US secretary of state urged the army to restore civilian rule.", "en");
  // Its own army takes control of its own government, not of the other country's.
  EXPECT_NE(Find("19", "THAMIL", "THAGOV"), nullptr) << Dump();
  // Condemning the coup targets whoever staged it.
  EXPECT_NE(Find("11", "USA", "THAMIL"), nullptr) << Dump();
  // "the army" a foreign minister addresses is the country's the story is about.
  EXPECT_NE(Find("02", "USAGOV", "THAMIL"), nullptr) << Dump();
}

TEST_F(EventCoderTest, MutineersArrestAndAQuotedAdverbStandsAside) {
  Run("Au Burkina Faso, des militaires ont suspendu la Constitution à Ouagadougou. Le président burkinabè a été "
      "arrêté par les mutins. La CEDEAO a condamné « fermement » ce coup d'État.");
  // The agent is the mutineers (armed forces), not the police a bare passive would get.
  EXPECT_NE(Find("17", "BFAMIL", "BFAGOV"), nullptr) << Dump();
  EXPECT_NE(Find("11", "IGOWAFWAS", "BFAMIL"), nullptr) << Dump();
  // An agent the coder cannot name is still an agent: no police arrest is made up.
  Run("Trois Français ont été arrêtés en Iran par des inconnus.");
  EXPECT_EQ(CountRoot("17"), 0) << Dump();
}

TEST_F(EventCoderTest, AJudgedAgreementNamesItsPartiesAndStaysAnEvent) {
  Run("Pakistan criticised the agreement between India and China.", "en");
  EXPECT_NE(Find("11", "PAK", "IND"), nullptr) << Dump();
  EXPECT_NE(Find("11", "PAK", "CHN"), nullptr) << Dump();
  EXPECT_NE(Find("05", "IND", "CHN"), nullptr) << Dump();
  // ("entre", which the tagger may read as a form of entrer.)
  Run("La Russie a dénoncé l'accord entre l'Ukraine et la Pologne.");
  EXPECT_NE(Find("11", "RUS", "UKR"), nullptr) << Dump();
  EXPECT_NE(Find("11", "RUS", "POL"), nullptr) << Dump();
  EXPECT_NE(Find("05", "UKR", "POL"), nullptr) << Dump();
  // A proposal's object has not happened: no talks yet.
  Run("Russia proposed talks between Ukraine and the European Union.", "en");
  EXPECT_EQ(CountRoot("04"), 0) << Dump();
}

TEST_F(EventCoderTest, WhoCondemnsAnAttackDidNotCarryItOut) {
  Run("The United States condemned the attack on the embassy.", "en");
  EXPECT_EQ(CountRoot("19"), 0) << Dump();
  Run("Les États-Unis ont condamné l'attaque contre l'ambassade.");
  EXPECT_EQ(CountRoot("19"), 0) << Dump();
  // An attack whose author the phrase names is coded besides the condemnation.
  Run("The United States condemned the Russian attack on Kyiv.", "en");
  EXPECT_NE(Find("11", "USA", "RUS"), nullptr) << Dump();
  EXPECT_NE(Find("19", "RUS", "UKR"), nullptr) << Dump();
  // A verb that carries the act out still gives it its source.
  Run("La Russie a lancé une attaque contre Kharkiv.");
  EXPECT_NE(Find("19", "RUS", "UKR"), nullptr) << Dump();
}

TEST_F(EventCoderTest, CondemningAMeasureJustToldTargetsItsAuthor) {
  Run("Russia expelled two Estonian diplomats on Friday. Estonia condemned the move.", "en");
  EXPECT_NE(Find("11", "EST", "RUS"), nullptr) << Dump();
  Run("La Russie a expulsé vendredi deux diplomates estoniens. L'Estonie a dénoncé une mesure injustifiée.");
  EXPECT_NE(Find("11", "EST", "RUS"), nullptr) << Dump();
  // A thing that names no act points back to nothing.
  Run("The EU imposed new sanctions on Russia. Brussels welcomed the weather.", "en");
  EXPECT_EQ(CountRoot("05"), 0) << Dump();
}

TEST_F(EventCoderTest, AParticipleClauseAfterACommaIsTheMainSubjects) {
  // Past an infinitive ("to leave") and a duration ("within 72 hours"), to the finite verb.
  Run("Mali's military government ordered the Algerian ambassador to leave the country within 72 hours, "
      "accusing Algiers of harbouring armed groups.", "en");
  EXPECT_NE(Find("11", "MLIMIL", "DZAGOV"), nullptr) << Dump();
}

TEST_F(EventCoderTest, AParticipleClauseInAReportedClauseKeepsItsPronounSubject) {
  // "it" (Google) is the subject of "would appeal", and so of "calling"; "the decision" is
  // the Commission's fine.
  Run("The European Commission fined Google 2.95 billion euros on Friday. Google said it would appeal, "
      "calling the decision unjustified.", "en");
  EXPECT_NE(Find("11", "MNC", "IGOEUREEC"), nullptr) << Dump();
}

TEST_F(EventCoderTest, ACoupCondemnedAndAReleaseDemandedAreAimedAtTheSoldiers) {
  Run("NIAMEY (AFP) - Des militaires ont arrêté mercredi le président nigérien Mohamed Bazoum. L'Union "
      "africaine a condamné le coup d'État et exigé la libération du président.");
  EXPECT_NE(Find("17", "NERMIL", "NERGOV"), nullptr) << Dump();
  EXPECT_NE(Find("11", "IGOAFRAFU", "NERMIL"), nullptr) << Dump();
  EXPECT_NE(Find("10", "IGOAFRAFU", "NERMIL"), nullptr) << Dump();
}

TEST_F(EventCoderTest, NeQueRestrictsAndDoesNotNegate) {
  Run("Les otages américains n'ont été libérés par l'Iran qu'en janvier 1981.");
  const Event* e = Find("08", "IRN", "USACVL");
  ASSERT_NE(e, nullptr) << Dump();
  EXPECT_EQ(e->modality, "asserted") << Dump();
  // The second word of a negation after the head still negates.
  Run("La France ne condamne pas le Maroc.");
  ASSERT_EQ(CountRoot("11"), 1) << Dump();
  EXPECT_EQ(doc_.events[0].modality, "negated") << Dump();
}

TEST_F(EventCoderTest, ACommonNounAcronymBeforeANameIsNoOrganisation) {
  // "L'ONG Human Rights Watch": the name is the actor, "ONG" no organisation of its own.
  Run("L'ONG Human Rights Watch a demandé au Conseil de sécurité de l'ONU d'adopter une résolution.");
  EXPECT_NE(Find("02", "NGOHRIHRW", "IGOUNO"), nullptr) << Dump();
}

TEST_F(EventCoderTest, PeopleCountedWithAtLeastAreCivilians) {
  Run("Israeli troops killed at least 20 Palestinians in Gaza.", "en");
  EXPECT_NE(Find("19", "ISRMIL", "PSECVL"), nullptr) << Dump();
  Run("Des frappes israéliennes ont tué au moins 20 Palestiniens à Gaza.");
  EXPECT_NE(Find("19", "ISR", "PSECVL"), nullptr) << Dump();
}

TEST_F(EventCoderTest, TheDatelinesCountryGivesUnnamedActorsTheirCountry) {
  // Neither "protesters" nor "the government" names a country: the dateline's does.
  Run("NAIROBI (Reuters) - Protesters marched against the government on Tuesday.", "en");
  EXPECT_NE(Find("14", "KENCVL", "KENGOV"), nullptr) << Dump();
  Run("PARIS (AFP) - L'opposition a dénoncé mardi le projet de loi du gouvernement.");
  EXPECT_NE(Find("11", "FRAOPP", "FRAGOV"), nullptr) << Dump();
  // Countries the text names outweigh it: a Washington dispatch about Syria.
  Run("WASHINGTON (Reuters) - Syria's army shelled rebel positions near Aleppo, Syrian activists said. "
      "The rebels accused the government of using barrel bombs in Syria.", "en");
  EXPECT_NE(Find("11", "SYRREB", "SYRGOV"), nullptr) << Dump();
}

TEST_F(EventCoderTest, WithdrawingAllOfItsForcesIsAWithdrawal) {
  Run("L'OTAN prévoit de retirer l'intégralité de ses forces d'Afghanistan.");
  const Event* e = Find("03", "IGOWSTNAT", "AFG");
  ASSERT_NE(e, nullptr) << Dump();
  EXPECT_EQ(e->code, "0356");  // an intended withdrawal
  EXPECT_EQ(e->modality, "intended");
}

TEST_F(EventCoderTest, ADemonstrationAgainstAForeignStateTargetsIt) {
  // Not the demonstrators' own government: the one they demonstrate against.
  Run("Des centaines d'étudiants maliens ont manifesté contre la France.");
  EXPECT_NE(Find("14", "MLIEDU", "FRA"), nullptr) << Dump();
  Run("Des centaines d'étudiants maliens se sont rassemblés contre la France.");
  EXPECT_NE(Find("14", "MLIEDU", "FRA"), nullptr) << Dump();
}

TEST_F(EventCoderTest, AFrequencyAdverbStandsInsideAnEnglishVerbGroup) {
  // "sued" is short and unknown to the tagger after "twice": still the participle of "sue".
  Run("The Russian government has twice sued the Ukrainian government.", "en");
  const Event* e = Find("11", "RUSGOV", "UKRGOV");
  ASSERT_NE(e, nullptr) << Dump();
  EXPECT_EQ(e->code, "115");
}

TEST_F(EventCoderTest, BeforeAfterHaveIsAnAdverbOfTheVerbGroup) {
  // "has twice before sued": "before" is no subordinator there, and the subject still acts.
  Run("The Russian government has twice before sued the Ukrainian government.", "en");
  const Event* e = Find("11", "RUSGOV", "UKRGOV");
  ASSERT_NE(e, nullptr) << Dump();
  EXPECT_EQ(e->code, "115");
  Run("The Russian government had never before sued the Ukrainian government.", "en");
  e = Find("11", "RUSGOV", "UKRGOV");
  ASSERT_NE(e, nullptr) << Dump();
  EXPECT_EQ(e->modality, "negated");
}

TEST_F(EventCoderTest, EarlierActsOfTheKindAreOtherFacts) {
  // Without dates, two mentions of one dyad and code are one fact ...
  Run("The Russian government has sued the Ukrainian government. The Russian government sued the "
      "Ukrainian government over the gas debt.",
      "en");
  EXPECT_EQ(CountRoot("11"), 1) << Dump();
  // ... but "twice before" tells other, earlier suits.
  Run("The Russian government has sued the Ukrainian government. The Russian government has twice "
      "before sued the Ukrainian government.",
      "en");
  EXPECT_EQ(CountRoot("11"), 2) << Dump();
}

TEST_F(EventCoderTest, AHeadlineVerbTakenForAPluralNounIsAVerb) {
  Run("Russia sues Ukraine over gas debt\n\nThe dispute has gone on for a year.", "en");
  const Event* e = Find("11", "RUS", "UKR");
  ASSERT_NE(e, nullptr) << Dump();
  EXPECT_EQ(e->code, "115");
}

TEST_F(EventCoderTest, AParticipleMayStandBetweenANounPredicateAndItsParties) {
  Run("L'accord conclu entre la France et l'Algérie a été critiqué par l'opposition.", "fr");
  const Event* e = Find("05", "FRA", "DZA");
  ASSERT_NE(e, nullptr) << Dump();
  EXPECT_EQ(e->code, "057");
  Run("Les négociations menées entre la Russie et l'Ukraine ont échoué.", "fr");
  e = Find("04", "RUS", "UKR");
  ASSERT_NE(e, nullptr) << Dump();
  EXPECT_EQ(e->code, "046");
}

TEST_F(EventCoderTest, ANounSpelledOutByAnOuterNounPatternIsPartOfIt) {
  // A request for aid is not also aid given.
  Run("L'Italie a officialisé sa demande d'aide à l'Union européenne.", "fr");
  const Event* e = Find("02", "ITA", "IGOEUREEC");
  ASSERT_NE(e, nullptr) << Dump();
  EXPECT_EQ(e->code, "023");
  EXPECT_EQ(CountRoot("07"), 0) << Dump();
}

TEST_F(EventCoderTest, RefugeesWithoutADemonymAreCodedRef) {
  Run("The Malaysian government deported the asylum seekers.", "en");
  const Event* e = Find("17", "MYSGOV", "REF");
  ASSERT_NE(e, nullptr) << Dump();
  EXPECT_EQ(e->code, "174");
  // Other bare roles are still no actor.
  Run("The Malaysian government deported the workers.", "en");
  EXPECT_EQ(Find("17", "MYSGOV", "LAB"), nullptr) << Dump();
}

TEST_F(EventCoderTest, AskingNotToIsStillARequest) {
  Run("The French government asked the Italian government not to close the border.", "en");
  const Event* e = Find("02", "FRAGOV", "ITAGOV");
  ASSERT_NE(e, nullptr) << Dump();
  EXPECT_EQ(e->code, "020");
}

TEST_F(EventCoderTest, ADateBetweenThePatternsWordsIsSkipped) {
  Run("The Canadian foreign minister met on Wednesday with the Mexican president.", "en");
  const Event* e = Find("04", "CANGOV", "MEXGOV");
  ASSERT_NE(e, nullptr) << Dump();
  EXPECT_EQ(e->code, "040");
  // A verb between them still breaks it.
  Run("The Canadian minister met Brazilian students and talked about the Mexican president.", "en");
  EXPECT_EQ(Find("04", "CANGOV", "MEXGOV"), nullptr) << Dump();
}

TEST_F(EventCoderTest, AnAsideBetweenCommasBeforeTheObjectIsSkipped) {
  Run("Le gouvernement belge a accusé, jeudi, à demi-mot, le gouvernement néerlandais.", "fr");
  const Event* e = Find("11", "BELGOV", "NLDGOV");
  ASSERT_NE(e, nullptr) << Dump();
  EXPECT_EQ(e->code, "112");
  Run("Le gouvernement belge a signé, vendredi, un accord commercial avec le Chili.", "fr");
  EXPECT_NE(Find("05", "BELGOV", "CHL"), nullptr) << Dump();
  // An aside holding an actor is not skipped: it is not the object.
  Run("Le gouvernement belge a accusé, selon le gouvernement néerlandais, des trafiquants.", "fr");
  EXPECT_EQ(Find("11", "BELGOV", "NLDGOV"), nullptr) << Dump();
}

TEST_F(EventCoderTest, ConjunctsOfOneCodeMakeOneEvent) {
  Run("The Chilean president criticised the Peruvian government and the Peruvian foreign minister.", "en");
  int n = 0;
  for (const Event& e : doc_.events) n += e.root == "11" && e.source.actor == "CHLGOV" && e.target.actor == "PERGOV";
  EXPECT_EQ(n, 1) << Dump();
  // Conjuncts of two codes stay two events.
  Run("The Chilean president criticised the Peruvian government and the Bolivian government.", "en");
  EXPECT_NE(Find("11", "CHLGOV", "PERGOV"), nullptr) << Dump();
  EXPECT_NE(Find("11", "CHLGOV", "BOLGOV"), nullptr) << Dump();
}

TEST_F(EventCoderTest, TalksHeldAndTheirGenitiveParticipants) {
  Run("Le Chili et le Pérou ont tenu des discussions mardi.", "fr");
  EXPECT_NE(Find("04", "CHL", "PER"), nullptr) << Dump();
  Run("Les entretiens du président chilien avec le président péruvien ont porté sur la pêche.", "fr");
  EXPECT_NE(Find("04", "CHLGOV", "PERGOV"), nullptr) << Dump();
}

TEST_F(EventCoderTest, AFormalProtestIsNoDemonstration) {
  Run("The Vietnamese government filed a protest against China.", "en");
  const Event* e = Find("11", "VNMGOV", "CHN");
  ASSERT_NE(e, nullptr) << Dump();
  EXPECT_EQ(e->code, "114");
  EXPECT_EQ(CountRoot("14"), 0) << Dump();
  Run("Le Vietnam a déposé une protestation contre la Chine.", "fr");
  e = Find("11", "VNM", "CHN");
  ASSERT_NE(e, nullptr) << Dump();
  EXPECT_EQ(e->code, "114");
  EXPECT_EQ(CountRoot("14"), 0) << Dump();
}

TEST_F(EventCoderTest, ArmsEmbargoAndAidAmounts) {
  Run("L'Union européenne a imposé un embargo sur les armes à la Birmanie.", "fr");
  EXPECT_NE(Find("16", "IGOEUREEC", "MMR"), nullptr) << Dump();
  Run("Norway pledged $300 million in aid to Ethiopia.", "en");
  const Event* e = Find("03", "NOR", "ETH");
  ASSERT_NE(e, nullptr) << Dump();
  EXPECT_EQ(e->code, "033");
}

TEST_F(EventCoderTest, APromiseToStrikeBackIsAThreat) {
  Run("Le Liban a promis de riposter contre Israël.", "fr");
  EXPECT_NE(Find("13", "LBN", "ISR"), nullptr) << Dump();
  EXPECT_EQ(CountRoot("19"), 0) << Dump();
  Run("Lebanon vowed to retaliate against Israel.", "en");
  EXPECT_NE(Find("13", "LBN", "ISR"), nullptr) << Dump();
}

TEST_F(EventCoderTest, AnIndefiniteComplementAfterANamedActorIsNotPartOfIt) {
  // "d'une action militaire" is what the threat holds, not the Greek army.
  Run("La Turquie a menacé la Grèce d'une action militaire.", "fr");
  const Event* e = Find("13", "TUR", "GRC");
  ASSERT_NE(e, nullptr) << Dump();
  EXPECT_EQ(e->code, "138");
  EXPECT_EQ(Find("13", "TUR", "GRCMIL"), nullptr) << Dump();
}

TEST_F(EventCoderTest, ASpeechActToAnIndefiniteBodyNamesNoTarget) {
  Run("The Dutch company will ask a court to annul the contract.", "en");
  EXPECT_EQ(CountRoot("02"), 0) << Dump();
  Run("L'entreprise néerlandaise a demandé à un tribunal d'annuler le contrat.", "fr");
  EXPECT_EQ(CountRoot("02"), 0) << Dump();
  // A definite one is still the body of the story's country.
  Run("The Dutch company will ask the Dutch court to annul the contract.", "en");
  EXPECT_NE(Find("02", "NLDBUS", "NLDJUD"), nullptr) << Dump();
}

TEST_F(EventCoderTest, ThePlaceOfTheActMayStandInsideAPattern) {
  // (People counted by their nationality are its civilians.)
  Run("Thousands of Georgians rallied in Tbilisi against the Georgian government.", "en");
  EXPECT_NE(Find("14", "GEOCVL", "GEOGOV"), nullptr) << Dump();
  Run("The Canadian foreign minister met in Ottawa with the Mexican president.", "en");
  EXPECT_NE(Find("04", "CANGOV", "MEXGOV"), nullptr) << Dump();
  Run("Le ministre russe a rencontré à Genève le ministre turc.", "fr");
  EXPECT_NE(Find("04", "RUSGOV", "TURGOV"), nullptr) << Dump();
}

TEST_F(EventCoderTest, BlockedAidIsNotGiven) {
  Run("La Hongrie a bloqué l'aide de l'Union européenne à l'Ukraine.", "fr");
  EXPECT_EQ(CountRoot("07"), 0) << Dump();
  Run("Hungary blocked European Union aid to Ukraine.", "en");
  EXPECT_EQ(CountRoot("07"), 0) << Dump();
  Run("L'Union européenne a versé une aide à l'Ukraine.", "fr");
  EXPECT_NE(Find("07", "IGOEUREEC", "UKR"), nullptr) << Dump();
}

TEST_F(EventCoderTest, AnAgreementReachedBetweenTheTwoCompanies) {
  Run("Apple and Samsung are in a dispute. Samsung says Apple broke its promises. Apple denies it. "
      "The settlement reached between the two companies in 2011 expires next year.", "en");
  const Event* e = nullptr;
  for (const Event& ev : doc_.events) {
    // Two named companies, each its own party.
    if (ev.root == "05" && !ev.source.entity.empty() && !ev.target.entity.empty() &&
        ev.source.entity != ev.target.entity) {
      e = &ev;
    }
  }
  ASSERT_NE(e, nullptr) << Dump();
  EXPECT_EQ(e->code, "057");
  // A talk held between two countries, its participle before them.
  Run("The talks held between Chile and Peru in 2005 failed.", "en");
  EXPECT_NE(Find("04", "CHL", "PER"), nullptr) << Dump();
}

TEST_F(EventCoderTest, HostageTakingIsAFactOfItsOwn) {
  Run("Des rebelles somaliens ont attaqué un hôtel à Mogadiscio. Ils ont pris en otage des civils.", "fr");
  int attacks = 0, hostages = 0;
  for (const Event& e : doc_.events) {
    if (e.root != "18" || e.source.actor != "SOMREB" || e.target.actor != "SOMCVL") continue;
    (e.code == "181" ? hostages : attacks) += 1;
  }
  EXPECT_EQ(attacks, 1) << Dump();
  EXPECT_EQ(hostages, 1) << Dump();
}

TEST_F(EventCoderTest, ExpellingMembersIsNotRulingSomethingOut) {
  Run("Le Parti socialiste a exclu trois députés.", "fr");
  const Event* e = Find("17", "FRAOPPPTY", "FRALEG");
  ASSERT_NE(e, nullptr) << Dump();
  EXPECT_EQ(e->code, "172");
  Run("Le gouvernement français a exclu toute intervention militaire au Mali.", "fr");
  EXPECT_EQ(CountRoot("17"), 0) << Dump();
}

TEST_F(EventCoderTest, PluralsInMenAreAgents) {
  // The tagger leaves "fishermen" as its own lemma: the agent is "fisherman".
  Run("Malaysian fishermen rescued over 300 asylum seekers.", "en");
  EXPECT_NE(Find("07", "MYSCVL", "REF"), nullptr) << Dump();
}

TEST_F(EventCoderTest, AnAntiWordNamesTheProtestsTarget) {
  Run("Des milliers de Pakistanais ont participé vendredi à Lahore à une manifestation anti-indienne.", "fr");
  EXPECT_NE(Find("14", "PAKCVL", "IND"), nullptr) << Dump();
  // (A crowd counted by its nationality is its civilians, as in French.)
  Run("Thousands of Chinese staged anti-Japanese protests in Beijing.", "en");
  EXPECT_NE(Find("14", "CHNCVL", "JPN"), nullptr) << Dump();
  // Without one, a protest is against its people's government.
  Run("Thousands of Chinese staged protests in Beijing.", "en");
  EXPECT_NE(Find("14", "CHNCVL", "CHNGOV"), nullptr) << Dump();
}

TEST_F(EventCoderTest, AJointActsPartnerMayStandInTheSubject) {
  // "{S} resume negotiations with {T}" without its tail: both parties are the subject.
  Run("Russia and Ukraine resumed negotiations on Monday.", "en");
  EXPECT_NE(Find("04", "RUS", "UKR"), nullptr) << Dump();
  Run("Les ministres des Affaires étrangères russe et chinois ont eu un entretien téléphonique.", "fr");
  EXPECT_NE(Find("04", "RUSGOV", "CHNGOV"), nullptr) << Dump();
  // One party alone is no joint act.
  Run("Russia resumed negotiations on Monday.", "en");
  EXPECT_EQ(CountRoot("04"), 0) << Dump();
}

TEST_F(EventCoderTest, ANounsComplementMayFollowTheVerbSayingItHappens) {
  Run("Des négociations ont eu lieu mardi entre la Russie et l'Iran.", "fr");
  EXPECT_NE(Find("04", "RUS", "IRN"), nullptr) << Dump();
  Run("Des pourparlers se sont tenus à Genève entre l'Arménie et l'Azerbaïdjan.", "fr");
  EXPECT_NE(Find("04", "ARM", "AZE"), nullptr) << Dump();
  // A sentence's opening plural is a noun, not a verb.
  Run("Talks took place between Armenia and Azerbaijan in Geneva on Tuesday.", "en");
  EXPECT_NE(Find("04", "ARM", "AZE"), nullptr) << Dump();
  // The verb group gives the act its modality.
  Run("Talks will take place between Armenia and Azerbaijan next week.", "en");
  const Event* e = Find("03", "ARM", "AZE");
  ASSERT_NE(e, nullptr) << Dump();
  EXPECT_EQ(e->modality, "future");
  // Any other verb ends the search: the talks are not between the two here.
  Run("Talks failed to convince Armenia and Azerbaijan.", "en");
  EXPECT_EQ(Find("04", "ARM", "AZE"), nullptr) << Dump();
}

TEST_F(EventCoderTest, PeopleCountedByTheirNationalityAreItsCivilians) {
  Run("La police britannique a arrêté deux Britanniques à Londres.", "fr");
  EXPECT_NE(Find("17", "GBRCOP", "GBRCVL"), nullptr) << Dump();
  Run("Police in Paris arrested three Britons on Friday.", "en");
  EXPECT_NE(Find("17", "FRACOP", "GBRCVL"), nullptr) << Dump();
  // "Les Américains" with the definite article is the country.
  Run("Les Américains ont accusé la Russie.", "fr");
  EXPECT_NE(Find("11", "USA", "RUS"), nullptr) << Dump();
}

TEST_F(EventCoderTest, ASecondVerbPhraseSharesTheFirstsAuxiliaryAndSubject) {
  // The tagger reads "accusé", "appelé" as nouns; after "et" and "a rejeté" they are participles.
  Run("Pékin a rejeté ces critiques et accusé le Japon de provocation.", "fr");
  EXPECT_NE(Find("11", "CHNGOV", "JPN"), nullptr) << Dump();
  EXPECT_EQ(CountRoot("12"), 0) << Dump();  // the rejected criticism names no actor
  Run("Le Kremlin a condamné l'attaque et appelé l'Ukraine à la retenue.", "fr");
  EXPECT_NE(Find("02", "RUSGOV", "UKR"), nullptr) << Dump();
  EXPECT_EQ(CountRoot("11"), 0) << Dump();
}

TEST_F(EventCoderTest, ASeatBeforeTheObjectIsNotTheObject) {
  Run("Emmanuel Macron a reçu mardi à l'Élysée le président ukrainien.", "fr");
  EXPECT_NE(Find("04", "FRAGOV", "UKRGOV"), nullptr) << Dump();
}

TEST_F(EventCoderTest, ViolenceAgainstAPlaceHitsItsCountry) {
  Run("Russian forces shelled Kharkiv overnight.", "en");
  const Event* e = Find("19", "RUSMIL", "UKR");
  ASSERT_NE(e, nullptr) << Dump();
  EXPECT_EQ(e->location_name, "Kharkiv");
  Run("L'armée syrienne a bombardé Alep.", "fr");
  EXPECT_NE(Find("19", "SYRMIL", "SYRCVL"), nullptr) << Dump();
}

TEST_F(EventCoderTest, ItsOwnPeopleActOnTheCountrysGovernment) {
  Run("Des centaines de Tibétains manifestent contre l'occupation chinoise.", "fr");
  EXPECT_NE(Find("14", "CHNCVL", "CHNGOV"), nullptr) << Dump();
  // A government acting on its own country is still no event.
  Run("The Chinese government praised China.", "en");
  EXPECT_TRUE(doc_.events.empty()) << Dump();
}

TEST_F(EventCoderTest, AnArrestWithoutAgentIsByThePoliceOfThePlace) {
  Run("Trois Français ont été arrêtés en Iran.", "fr");
  EXPECT_NE(Find("17", "IRNCOP", "FRACVL"), nullptr) << Dump();
  Run("Deux Britanniques ont été interpellés à Londres.", "fr");
  EXPECT_NE(Find("17", "GBRCOP", "GBRCVL"), nullptr) << Dump();
}

TEST_F(EventCoderTest, AHeadlinesParticipleWithAnAgentIsPassive) {
  Run("Israel accused of war crimes by UN experts.", "en");
  EXPECT_NE(Find("11", "IGOUNO", "ISR"), nullptr) << Dump();
  EXPECT_EQ(Find("11", "ISR", "IGOUNO"), nullptr) << Dump();
  // With an object after it, the same form is a simple past.
  Run("Russia accused Ukraine of sabotage.", "en");
  EXPECT_NE(Find("11", "RUS", "UKR"), nullptr) << Dump();
}

TEST_F(EventCoderTest, ACommaBetweenNamesListsThem) {
  Run("Russia, US to meet in Istanbul on Thursday.", "en");
  EXPECT_NE(Find("03", "RUS", "USA"), nullptr) << Dump();
  Run("Russia, China and Iran held talks in Beijing.", "en");
  EXPECT_NE(Find("04", "RUS", "CHN"), nullptr) << Dump();
  EXPECT_NE(Find("04", "CHN", "IRN"), nullptr) << Dump();
}

TEST_F(EventCoderTest, AnOpeningPhrasesActBelongsToTheMainSubject) {
  Run("Lors de sa visite à Moscou, le président chinois a salué la Russie.", "fr");
  EXPECT_NE(Find("04", "CHNGOV", "RUSGOV"), nullptr) << Dump();
  Run("Speaking after talks with Emmanuel Macron, Olaf Scholz said Europe must stand united.", "en");
  EXPECT_NE(Find("04", "DEUGOV", "FRAGOV"), nullptr) << Dump();
  // A participle modifying an object: the verb's subject acts.
  Run("The UN Security Council adopted a resolution condemning North Korea's nuclear tests.", "en");
  EXPECT_NE(Find("11", "IGOUNO", "PRK"), nullptr) << Dump();
  Run("Le Conseil de sécurité de l'ONU a adopté une résolution condamnant la Corée du Nord.", "fr");
  EXPECT_NE(Find("11", "IGOUNO", "PRK"), nullptr) << Dump();
}

TEST_F(EventCoderTest, ACoerciveActAnnouncedForTheFutureIsAThreat) {
  Run("L'Union européenne va imposer de nouvelles sanctions à la Russie.", "fr");
  const Event* e = Find("13", "IGOEUREEC", "RUS");
  ASSERT_NE(e, nullptr) << Dump();
  EXPECT_EQ(e->code, "1312");
  EXPECT_EQ(e->modality, "asserted");
  EXPECT_EQ(CountRoot("16"), 0) << Dump();
  // Cooperation announced for the future stays an intent (03x).
  Run("La Russie va rencontrer la Chine.", "fr");
  EXPECT_NE(Find("03", "RUS", "CHN"), nullptr) << Dump();
}

TEST_F(EventCoderTest, AFirstPersonPossessiveIsTheSpeaker) {
  Run("« Nos accords avec l'Albanie portent leurs fruits », a déclaré Keir Starmer.", "fr");
  EXPECT_NE(Find("05", "GBRGOV", "ALB"), nullptr) << Dump();
  // A third person's is not guessed.
  Run("Emmanuel Macron spoke with the students. His visit to Russia was a surprise.", "en");
  EXPECT_EQ(Find("04", "FRAGOV", "RUS"), nullptr) << Dump();
  EXPECT_EQ(Find("04", "FRAGOV", "RUSGOV"), nullptr) << Dump();
}

TEST_F(EventCoderTest, AnAgreementsOwnParticipleSaysItWasReached) {
  Run("L'accord conclu entre la Russie et l'Ukraine a mis fin au conflit.", "fr");
  EXPECT_NE(Find("05", "RUS", "UKR"), nullptr) << Dump();
  // Breaking an agreement is no agreement; breaking one that was reached between two
  // parties still tells that they reached it.
  Run("Russia violated the agreement with Ukraine.", "en");
  EXPECT_EQ(CountRoot("05"), 0) << Dump();
  Run("Russia violated an agreement reached between Russia and Ukraine in 1991.", "en");
  EXPECT_NE(Find("05", "RUS", "UKR"), nullptr) << Dump();
}

TEST_F(EventCoderTest, NamesAndMarksAroundArgumentsDoNotHideThem) {
  // A footnote mark after the subject.
  Run("Le Parti socialiste[1] a exclu le député Jean Dupont.", "fr");
  EXPECT_NE(Find("17", "FRAOPPPTY", "FRALEG"), nullptr) << Dump();
  // A person the entities stage gave no country, with an agent noun: that role.
  Run("Le Parti socialiste a exclu le député Jean Dupont.", "fr");
  EXPECT_NE(Find("17", "FRAOPPPTY", "FRALEG"), nullptr) << Dump();
  // The first name of a later mention the entities stage linked by surname only.
  Run("Îles Baléares : le député Pere Vidal défend la langue catalane\n\nLe Parti populaire espagnol a exclu "
      "Pere Vidal.",
      "fr");
  EXPECT_EQ(CountRoot("17"), 1) << Dump();
  // A stray comma inside the pattern; a person named after the organisation of their title.
  Run("L'Équateur a accordé l'asile politique, au fondateur de WikiLeaks Julian Assange.", "fr");
  EXPECT_EQ(CountRoot("07"), 1) << Dump();
}

TEST_F(EventCoderTest, ADateOpeningTheSentenceDatesItsMainClause) {
  Run("Le 3 février, Volker Türk, haut-commissaire des Nations unies aux droits de l'homme, a sollicité "
      "Pékin afin d'obtenir la visite d'observateurs indépendants.",
      "fr");
  const Event* e = Find("02", "IGOUNOHRIHCH", "CHNGOV");
  ASSERT_NE(e, nullptr) << Dump();
  EXPECT_EQ(e->date, "2025-02-03");
}

TEST_F(EventCoderTest, APronounMayStandForTheLastSentencesSubject) {
  // The antecedent is no event's source: the subject of the sentence before.
  Run("Le chef de la diplomatie turque a été reçu par le roi. Il a rencontré son homologue iranien.", "fr");
  EXPECT_NE(Find("04", "TURGOV", "IRNGOV"), nullptr) << Dump();
  // "it" is no person: "Clinton came into office. It was a threat to Russia."
  Run("Bill Clinton came into office. It was a threat to Russia.", "en");
  EXPECT_EQ(CountRoot("13"), 0) << Dump();
}

TEST_F(EventCoderTest, ADefiniteNounMayNameAnOrganisationMetBefore) {
  Run("L'ONG Human Rights Watch a publié un rapport. L'organisation met en cause les services de "
      "renseignement syriens.", "fr");
  EXPECT_NE(Find("11", "NGOHRIHRW", "SYRSPY"), nullptr) << Dump();
  // The subject seen before is preferred to the last name: "the company" is Apple Corps.
  Run("Apple Corps sued Apple Computer in 2003. The company accused Apple Computer of breaching a deal.", "en");
  int accusations = 0;
  for (const Event& e : doc_.events) accusations += e.code == "112" && e.source.actor == "GBRBUS";
  EXPECT_EQ(accusations, 1) << Dump();
  // A noun with its own description is a new actor, no anaphor ("les groupes de défense des
  // droits humains" are not the organisation met before).
  Run("L'ONU a publié un rapport. Les groupes de défense des droits de l'homme ont condamné les "
      "rebelles syriens.", "fr");
  EXPECT_EQ(Find("11", "IGOUNO", "SYRREB"), nullptr) << Dump();
  // Without an organisation before, the noun names no one.
  Run("La Russie a publié un rapport. L'organisation accuse la Syrie.", "fr");
  EXPECT_EQ(CountRoot("11"), 0) << Dump();
}

TEST_F(EventCoderTest, TwoWordDemonymsBeatTheirLastWord) {
  // "Korean" alone is the South's; "North Korean" is the North's.
  Run("North Korean troops attacked South Korean positions.", "en");
  EXPECT_EQ(CountRoot("19"), 1) << Dump();
  for (const Event& e : doc_.events) EXPECT_EQ(e.source.actor, "PRKMIL") << Dump();
}

TEST_F(EventCoderTest, AConditionalInReportedSpeechIsTheFutureOfThePast) {
  // A coercive act a party says it would carry out is its threat, said now.
  Run("North Korea said it would launch an attack on South Korea.", "en");
  const Event* e = Find("13", "PRK", "KOR");
  ASSERT_NE(e, nullptr) << Dump();
  EXPECT_EQ(CountRoot("19"), 0) << Dump();
  Run("Le ministre russe a déclaré que des délégations russes et américaines se rencontreraient à Istanbul.", "fr");
  e = Find("03", "RUSGOV", "USAGOV");
  ASSERT_NE(e, nullptr) << Dump();
  EXPECT_EQ(e->modality, "future");
}

TEST_F(EventCoderTest, AFrenchAsideMayStandInsideTheVerbGroup) {
  Run("Le gouvernement malien a de son côté dénoncé les islamistes.", "fr");
  EXPECT_NE(Find("11", "MLIGOV", "MLIINS"), nullptr) << Dump();
  Run("Le Japon a pour sa part condamné la Corée du Nord.", "fr");
  EXPECT_NE(Find("11", "JPN", "PRK"), nullptr) << Dump();
}

TEST_F(EventCoderTest, ASubjectMayUndergoTheAct) {
  // "{T} receive support from {S}": the subject is the target.
  Run("The Syrian president received support from Russia.", "en");
  EXPECT_NE(Find("05", "RUS", "SYRGOV"), nullptr) << Dump();
  Run("La Syrie a reçu lundi le soutien de la Russie.", "fr");
  EXPECT_NE(Find("05", "RUS", "SYR"), nullptr) << Dump();
  EXPECT_EQ(Find("05", "SYR", "RUS"), nullptr) << Dump();
}

TEST_F(EventCoderTest, AShortFormNamesTheOrganisationNamedBefore) {
  // "le Conseil" is the nearest organisation whose name it opens, not another "Conseil".
  Run("Le Conseil de sécurité de l'ONU s'est réuni. Le Conseil national syrien a critiqué les rebelles. "
      "Le chef du Conseil a critiqué la secrétaire d'Etat américaine Hillary Clinton.", "fr");
  EXPECT_NE(Find("11", "SYROPP", "USAGOV"), nullptr) << Dump();
}

TEST_F(EventCoderTest, AQuotedCharacterisationIsFollowedByWhoseItIs) {
  Run("Le gouvernement malien a dénoncé « la furie destructrice » des islamistes.", "fr");
  EXPECT_NE(Find("11", "MLIGOV", "MLIINS"), nullptr) << Dump();
  // A quote with no owner after it names no target.
  Run("Le Japon a dénoncé « une provocation ».", "fr");
  EXPECT_EQ(CountRoot("11"), 0) << Dump();
}

TEST_F(EventCoderTest, AnObserversForecastIsNoThreat) {
  // Reported by someone not on the acting side, a coming act stays a future act.
  Run("« Les rebelles syriens vont attaquer l'armée syrienne », a déclaré un militant des droits de l'homme "
      "de l'Observatoire syrien des droits de l'homme.", "fr");
  EXPECT_EQ(CountRoot("13"), 0) << Dump();
  // Said by the actor itself, it is a threat.
  Run("North Korea said it would launch an attack on South Korea.", "en");
  EXPECT_NE(Find("13", "PRK", "KOR"), nullptr) << Dump();
}

TEST_F(EventCoderTest, AHomeDemandNamingNoOneIsMadeOfTheGovernment) {
  Run("L'opposition géorgienne exige des élections anticipées.", "fr");
  EXPECT_NE(Find("10", "GEOOPP", "GEOGOV"), nullptr) << Dump();
  Run("The Georgian opposition called for early elections.", "en");
  EXPECT_NE(Find("02", "GEOOPP", "GEOGOV"), nullptr) << Dump();
  // Not a state's own demand, nor an armed group's, nor an international body's.
  Run("La France exige des explications. Les rebelles syriens réclament des armes.", "fr");
  EXPECT_EQ(CountRoot("10"), 0) << Dump();
  Run("The UN called for a ceasefire.", "en");
  EXPECT_EQ(CountRoot("02"), 0) << Dump();
  // A plural description is no single organisation met before...
  Run("Le Parti québécois a annoncé un sommet. Ces associations réclament la gratuité scolaire.", "fr");
  EXPECT_EQ(CountRoot("10"), 0) << Dump();
  // ... but the subject of the sentence before when it holds the same noun.
  Run("Deux associations étudiantes du Québec ont salué le sommet. Ces associations réclament la gratuité "
      "scolaire.", "fr");
  EXPECT_NE(Find("10", "CANEDU", "CANGOV"), nullptr) << Dump();
}

TEST_F(EventCoderTest, AQuotedWordInsideAPhraseIsTransparent) {
  Run("La Russie a condamné la politique « criminelle » des États-Unis.", "fr");
  EXPECT_NE(Find("11", "RUS", "USA"), nullptr) << Dump();
  // (and names no actor: "criminal" is no criminal here)
  Run("Russia condemned the \"criminal\" policy of the United States.", "en");
  EXPECT_NE(Find("11", "RUS", "USA"), nullptr) << Dump();
}

TEST_F(EventCoderTest, APatternWordMayEndTheActorPhraseBeforeIt) {
  // "{S} close {T} embassy|consulate": "the American consulate" is both the target and the word.
  Run("Russia closed the American consulate.", "en");
  EXPECT_NE(Find("16", "RUS", "USAGOV"), nullptr) << Dump();
  // (not a word the phrase does not hold)
  Run("Russia closed the American border.", "en");
  EXPECT_EQ(CountRoot("16"), 0) << Dump();
}

TEST_F(EventCoderTest, AnArrestWithoutAgentIsByThePoliceOfWhereItHappened) {
  // A participle after a noun stays in the subject ("l'organisation armée ETA"); the place
  // named anywhere in the sentence is where the police acted.
  Run("Des membres de l'organisation armée ETA ont été arrêtés dans le centre de Londres.", "fr");
  EXPECT_NE(Find("17", "GBRCOP", "ESPSEP"), nullptr) << Dump();
  // Without a place in the sentence, the target's own country.
  Run("Deux membres de l'ETA ont été arrêtés mardi.", "fr");
  EXPECT_NE(Find("17", "ESPCOP", "ESPSEP"), nullptr) << Dump();
}

TEST_F(EventCoderTest, ReadingsThatMisfiredOnUnseenNews) {
  // An occupation needs what is occupied.
  Run("La France occupe une place importante en Europe.", "fr");
  EXPECT_EQ(CountRoot("19"), 0) << Dump();
  // A trial to come is no threat.
  Run("Le tribunal de Moscou jugera les militants ukrainiens.", "fr");
  EXPECT_EQ(CountRoot("13"), 0) << Dump();
  // "that" opening a clause is no determiner of a target.
  Run("The German chancellor praised that the French government had acted.", "en");
  EXPECT_EQ(CountRoot("05"), 0) << Dump();
}

TEST_F(EventCoderTest, ACitedSourcesTitleIsNoEvent) {
  Run("The Canadian opposition called for an inquiry.\n\nJane Roe. \"Russia accuses Ukraine of shelling\" "
      "\u2014 Daily Courier, August 16, 2008", "en");
  EXPECT_EQ(CountRoot("02"), 1) << Dump();
  EXPECT_EQ(CountRoot("11"), 0) << Dump();
  // The same title as a sentence of the dispatch is news.
  Run("Jane Roe wrote it. Russia accuses Ukraine of shelling, the Daily Courier said on August 16, 2008.", "en");
  EXPECT_EQ(CountRoot("11"), 1) << Dump();
}

TEST_F(EventCoderTest, OnlyAnAuthorityChargesSomeone) {
  Run("IBM charged Apple with poaching its engineers.", "en");
  EXPECT_EQ(CountRoot("17"), 0) << Dump();
  EXPECT_EQ(CountRoot("11"), 1) << Dump();
  Run("Russian police arrested two American journalists.", "en");
  EXPECT_NE(Find("17", "RUSCOP", "USAMED"), nullptr) << Dump();
}

TEST_F(EventCoderTest, FrenchHeadlinesInThePresentAreCoded) {
  Run("Le président américain rencontre son homologue chinois.", "fr");
  EXPECT_NE(Find("04", "USAGOV", "CHNGOV"), nullptr) << Dump();
  Run("L'opposition géorgienne réclame la démission du gouvernement.", "fr");
  EXPECT_NE(Find("10", "GEOOPP", "GEOGOV"), nullptr) << Dump();
}

TEST_F(EventCoderTest, CoercionOfAPlaceTargetsItsCountry) {
  Run("Militants destroyed ancient shrines in Timbuktu.", "en");
  EXPECT_NE(Find("17", "MLIREB", "MLICVL"), nullptr) << Dump();
  Run("Le gouvernement péruvien a décrété l'état d'urgence.", "fr");
  EXPECT_NE(Find("17", "PERGOV", "PERCVL"), nullptr) << Dump();
  // Without a place or an actor, property destruction names no target: no event.
  Run("Les rebelles ont détruit des maisons.", "fr");
  EXPECT_EQ(CountRoot("17"), 0) << Dump();
}

TEST_F(EventCoderTest, SEngagerAIsAnIntent) {
  Run("Le Canada s'est engagé à soutenir l'Ukraine.", "fr");
  const Event* e = Find("03", "CAN", "UKR");
  ASSERT_NE(e, nullptr) << Dump();
  EXPECT_EQ(e->modality, "intended");
}

TEST_F(EventCoderTest, ASubjectMayStandBeforeARelativeClauseOrParticiplePhrase) {
  Run("Deux Britanniques convertis à l'islam ont été interpellés à Londres.", "fr");
  EXPECT_NE(Find("17", "GBRCOP", "GBRCVL"), nullptr) << Dump();
  Run("Two Britons who converted to Islam were arrested in London.", "en");
  EXPECT_NE(Find("17", "GBRCOP", "GBRCVL"), nullptr) << Dump();
  // "armée" after a noun is "armed", not the army.
  Run("Deux membres de l'organisation armée basque ont été appréhendés à Londres.", "fr");
  EXPECT_EQ(Find("17", "GBRCOP", "GBRMIL"), nullptr) << Dump();
}

TEST_F(EventCoderTest, AnActOfTheDispatchsDaysIsNotOneDatedToAnotherMonth) {
  Run("Cinq Britanniques ont été arrêtés à Londres. Deux Britanniques ont été interpellés à Londres en juin dernier.",
      "fr");
  EXPECT_EQ(CountRoot("17"), 2) << Dump();
  // Two mentions of one day's arrests stay one fact.
  Run("Cinq Britanniques ont été arrêtés. Deux Britanniques ont été arrêtés dans l'ouest de la ville.", "fr");
  EXPECT_EQ(CountRoot("17"), 1) << Dump();
}

TEST_F(EventCoderTest, AnAppositionNamingAGenitiveIsNotTheSubject) {
  // The apposition names the leader, the partisans acted.
  Run("Le 4 novembre 1979, des partisans iraniens du guide religieux d'alors, l'ayatollah Khomeini, avaient "
      "envahi l'ambassade des États-Unis à Téhéran.",
      "fr");
  bool by_partisans = false, by_khomeini = false;
  for (const Event& e : doc_.events) {
    by_partisans |= e.source.actor == "IRNCVL";
    by_khomeini |= e.source.actor == "IRNGOV";
  }
  EXPECT_TRUE(by_partisans) << Dump();
  EXPECT_FALSE(by_khomeini) << Dump();
  // A title's apposition is still the person holding it.
  Run("Le maire de Kyiv, Vitali Klitschko, a accusé la Russie.", "fr");
  EXPECT_EQ(Find("11", "UKRCVL", "RUS"), nullptr) << Dump();
}

TEST_F(EventCoderTest, AnOppositionCriticsGovernmentIsTheirOwn) {
  // In a two-country story, a state's "the government" is the other side's; an opposition
  // MP's is their own.
  Run("Canada and Britain signed a trade deal. Jean Tremblay, a Canadian opposition MP, said the lapses raise "
      "serious questions about the government.",
      "en");
  bool own = false, other = false;
  for (const Event& e : doc_.events) {
    own |= e.root == "11" && e.target.actor == "CANGOV";
    other |= e.root == "11" && e.target.actor == "GBRGOV";
  }
  EXPECT_TRUE(own) << Dump();
  EXPECT_FALSE(other) << Dump();
}

TEST_F(EventCoderTest, AnOfficialsResignationAccedesToALeadershipChange) {
  Run("Le Premier ministre grec a démissionné.", "fr");
  EXPECT_NE(Find("08", "GRCGOV", "GRCGOV"), nullptr) << Dump();
  // A company head's is no political event; nor a lawmaker's.
  Run("Le PDG de Renault a démissionné.", "fr");
  EXPECT_TRUE(doc_.events.empty()) << Dump();
  Run("A Greek opposition lawmaker resigned.", "en");
  EXPECT_TRUE(doc_.events.empty()) << Dump();
}

TEST_F(EventCoderTest, WhatIsAskedIsAskedOfTheAddressee) {
  Run("Berlin a demandé à Moscou la libération du journaliste allemand.", "fr");
  EXPECT_NE(Find("02", "DEUGOV", "RUSGOV"), nullptr) << Dump();
  // A determiner after a name opens the next phrase: not "RUSMED".
  Run("Les États-Unis ont exigé de la Russie la libération des journalistes américains.", "fr");
  EXPECT_NE(Find("10", "USA", "RUS"), nullptr) << Dump();
  // Without an addressee, the people to be freed.
  Run("La France a demandé la libération de ses ressortissants.", "fr");
  EXPECT_NE(Find("02", "FRA", "FRACVL"), nullptr) << Dump();
}

TEST_F(EventCoderTest, TheActAnAppealAsksForIsNotDone) {
  Run("La Russie a demandé à l'ONU de condamner l'Ukraine.", "fr");
  EXPECT_NE(Find("02", "RUS", "IGOUNO"), nullptr) << Dump();
  EXPECT_EQ(CountRoot("11"), 0) << Dump();
  Run("Russia asked the UN to condemn Ukraine.", "en");
  EXPECT_EQ(CountRoot("11"), 0) << Dump();
}

TEST_F(EventCoderTest, WhatAnotherPartyMustDoIsTheSpeakersDemand) {
  Run("\"Iran must stop its military support to Russia,\" Olaf Scholz said.", "en");
  EXPECT_NE(Find("10", "DEUGOV", "IRN"), nullptr) << Dump();
  EXPECT_EQ(CountRoot("16"), 0) << Dump();
  Run("« L'Iran doit cesser son soutien militaire à la Russie », a déclaré Olaf Scholz.", "fr");
  EXPECT_NE(Find("10", "DEUGOV", "IRN"), nullptr) << Dump();
  // What the speaker's own side must do is no demand.
  Run("« Nous devons renforcer notre coopération avec la France », a déclaré Olaf Scholz.", "fr");
  EXPECT_EQ(CountRoot("10"), 0) << Dump();
  // Outside a quote, "doit" is the plan it announces.
  Run("Le président chinois doit se rendre à Moscou la semaine prochaine.", "fr");
  EXPECT_EQ(CountRoot("10"), 0) << Dump();
}

TEST_F(EventCoderTest, AHeadlinesCountryAndTheBodysGovernmentAreOneFact) {
  Run("Japan accuses China of provocation\n\nTOKYO (Reuters) - The Japanese government on Monday "
      "accused China of provocation after Chinese ships entered its waters.",
      "en");
  EXPECT_EQ(CountRoot("11"), 1) << Dump();
  const Event* e = Find("11", "JPNGOV", "CHN");
  ASSERT_NE(e, nullptr) << Dump();
  EXPECT_EQ(e->mentions.size(), 2u);
}

TEST_F(EventCoderTest, CountriesListedAfterAnAgentOfShareIt) {
  Run("Iran summoned the ambassadors of Germany, France and Britain.", "en");
  EXPECT_NE(Find("11", "IRN", "DEUGOV"), nullptr) << Dump();
  EXPECT_NE(Find("11", "IRN", "FRAGOV"), nullptr) << Dump();
  EXPECT_NE(Find("11", "IRN", "GBRGOV"), nullptr) << Dump();
}

TEST_F(EventCoderTest, AGerundsSubjectIsTheMainVerbs) {
  Run("Russia responded by expelling ten British diplomats.", "en");
  EXPECT_NE(Find("16", "RUS", "GBRGOV"), nullptr) << Dump();
  Run("Israel retaliated by striking Iranian air defences.", "en");
  EXPECT_NE(Find("19", "ISR", "IRN"), nullptr) << Dump();
  // The gerund says what the retaliation was: no second, targetless act.
  Run("La Russie a riposté en expulsant dix diplomates britanniques.", "fr");
  EXPECT_NE(Find("16", "RUS", "GBR"), nullptr) << Dump();
  EXPECT_EQ(CountRoot("19"), 0) << Dump();
}

TEST_F(EventCoderTest, ExpellingAStatesDiplomatsReducesRelations) {
  Run("The Czech Republic expelled two Russian diplomats.", "en");
  const Event* e = Find("16", "CZE", "RUSGOV");
  ASSERT_NE(e, nullptr) << Dump();
  EXPECT_EQ(e->code, "161");
  // Deporting citizens is not.
  Run("The United States deported 200 Venezuelan migrants.", "en");
  EXPECT_NE(Find("17", "USA", "VENREF"), nullptr) << Dump();
}

TEST_F(EventCoderTest, ASpeakersAppositionGivesTheirRole) {
  Run("Jean Tremblay, a Canadian opposition MP, said the lapses raise serious questions about the government.",
      "en");
  bool opp = false;
  for (const Event& e : doc_.events) opp |= e.source.actor == "CANOPP" || e.source.actor == "CANLEG";
  EXPECT_TRUE(opp) << Dump();
}

TEST_F(EventCoderTest, ARegionTakesNoRole) {
  Run("Les dirigeants européens ont salué le gouvernement grec.", "fr");
  EXPECT_NE(Find("05", "EUR", "GRCGOV"), nullptr) << Dump();
  Run("European leaders praised the Greek government.", "en");
  EXPECT_NE(Find("05", "EUR", "GRCGOV"), nullptr) << Dump();
}

TEST_F(EventCoderTest, VictimsOfViolenceAreOfThePlaceHit) {
  Run("Les frappes aériennes russes sur Kharkiv ont tué dix civils.", "fr");
  EXPECT_NE(Find("19", "RUS", "UKRCVL"), nullptr) << Dump();
  EXPECT_EQ(Find("19", "RUS", "RUSCVL"), nullptr) << Dump();
}

TEST_F(EventCoderTest, AnAdjectiveMayStandBeforeANounsDemonym) {
  Run("L'aide militaire américaine à l'Ukraine a atteint 60 milliards de dollars.", "fr");
  EXPECT_NE(Find("07", "USA", "UKR"), nullptr) << Dump();
}

TEST_F(EventCoderTest, ATargetsHeadIsFoundPastItsModifiers) {
  // "prime minister": an English compound ends with its head, a person.
  Run("Vladimir Putin received the Hungarian prime minister at the Kremlin.", "en");
  EXPECT_NE(Find("04", "RUSGOV", "HUNGOV"), nullptr) << Dump();
  // A form after a possessive is a noun ("Our deals", tagged a verb).
  Run("\"Our deals with Albania are already yielding benefits,\" Keir Starmer said.", "en");
  EXPECT_NE(Find("05", "GBRGOV", "ALB"), nullptr) << Dump();
}

TEST_F(EventCoderTest, TwoWordAgentsNameTheirRole) {
  Run("Les Frères musulmans ont accusé la commission électorale égyptienne.", "fr");
  EXPECT_NE(Find("11", "EGYREBMBR", "EGYGOV"), nullptr) << Dump();
  Run("Des hommes armés ont attaqué un village au Mali.", "fr");
  EXPECT_NE(Find("18", "MLIUAF", "MLICVL"), nullptr) << Dump();
  // "des" opening a phrase is the article.
  Run("La CEDEAO a rencontré des représentants du gouvernement malien.", "fr");
  EXPECT_NE(Find("04", "IGOWAFWAS", "MLIGOV"), nullptr) << Dump();
}

TEST_F(EventCoderTest, TheDatelineIsWhereTheReporterIs) {
  // An act between other countries' actors did not happen at the dateline.
  Run("Xi to visit Moscow\n\nBEIJING (Reuters) - Washington has warned Beijing against supplying weapons to Russia.",
      "en");
  const Event* e = Find("13", "USAGOV", "CHNGOV");
  ASSERT_NE(e, nullptr) << Dump();
  EXPECT_TRUE(e->location_name.empty()) << Dump();
  // The headline's "X to visit Y" announces the visit.
  const Event* v = Find("03", "CHNGOV", "RUSGOV");
  ASSERT_NE(v, nullptr) << Dump();
  EXPECT_EQ(v->modality, "future");
}

TEST_F(EventCoderTest, AParticipleClauseAfterACommaIsTheSubjects) {
  Run("Moscou a aussitôt dénoncé cette rencontre, accusant Kiev de chercher à prolonger la guerre.", "fr");
  EXPECT_NE(Find("11", "RUSGOV", "UKRGOV"), nullptr) << Dump();
  // "the US" is no "us".
  Run("Russia and the US to meet in Istanbul.", "en");
  EXPECT_NE(Find("03", "RUS", "USA"), nullptr) << Dump();
}

TEST_F(EventCoderTest, AStatesPersonInThePatternGivesTheTargetsRole) {
  Run("La Pologne a convoqué l'ambassadeur de Russie.", "fr");
  bool gov = false;
  for (const Event& e : doc_.events) gov |= e.source.actor == "POL" && e.target.actor == "RUSGOV";
  EXPECT_TRUE(gov) << Dump();
}

TEST_F(EventCoderTest, ArmedForcesLeavingACountryDeescalate) {
  Run("Les troupes françaises ont quitté le Mali.", "fr");
  EXPECT_NE(Find("08", "FRAMIL", "MLI"), nullptr) << Dump();
  // A president's trip, a state leaving an organisation: no withdrawal.
  Run("Le président français a quitté la Chine pour Pékin.", "fr");
  EXPECT_EQ(CountRoot("08"), 0) << Dump();
  Run("Le Royaume-Uni a quitté l'Union européenne.", "fr");
  EXPECT_EQ(CountRoot("08"), 0) << Dump();
}

TEST_F(EventCoderTest, APassivesSubjectMayBeThePatternsObject) {
  Run("Des sanctions ont été imposées à la Corée du Nord par le Conseil de sécurité.", "fr");
  EXPECT_NE(Find("16", "IGOUNO", "PRK"), nullptr) << Dump();
  Run("Tanks were delivered to Ukraine by Germany.", "en");
  EXPECT_NE(Find("07", "DEU", "UKR"), nullptr) << Dump();
  // Without an agent, nobody to code.
  Run("Tanks were delivered to Ukraine.", "en");
  EXPECT_EQ(CountRoot("07"), 0) << Dump();
}

TEST_F(EventCoderTest, ADemonstrativePointsBackToTheLastActsAuthor) {
  Run("Volker Türk, haut-commissaire des Nations unies aux droits de l'homme, a sollicité Pékin afin d'obtenir "
      "la visite d'observateurs indépendants au Tibet. Les autorités chinoises ont refusé cet accès.",
      "fr");
  EXPECT_NE(Find("12", "CHNGOV", "IGOUNOHRIHCH"), nullptr) << Dump();
  // "refuser de" is a negation, not a rejection of someone.
  Run("La Russie a refusé de commenter.", "fr");
  EXPECT_TRUE(doc_.events.empty()) << Dump();
}

TEST_F(EventCoderTest, ASportsSideIsNoActor) {
  Run("L'équipe de France a attaqué dès le début du match contre l'Angleterre.", "fr");
  EXPECT_TRUE(doc_.events.empty()) << Dump();
  // A negotiating team is a delegation.
  Run("The Iranian negotiating team met US envoys in Oman.", "en");
  EXPECT_EQ(CountRoot("04"), 1) << Dump();
}

TEST_F(EventCoderTest, CondemningDestructionTargetsTheDestroyers) {
  Run("Les islamistes d'Ansar Dine ont repris leurs actes de destruction à Tombouctou. Le gouvernement malien a "
      "dénoncé ces exactions.",
      "fr");
  EXPECT_NE(Find("17", "MLIREB", "MLICVL"), nullptr) << Dump();
  EXPECT_NE(Find("11", "MLIGOV", "MLIREB"), nullptr) << Dump();
}

TEST_F(EventCoderTest, AnActJudgedInThePassiveIsItsAuthors) {
  Run("Police arrested dozens of protesters in Tbilisi on Saturday. The arrests were condemned by the European "
      "Union.",
      "en");
  EXPECT_NE(Find("11", "IGOEUREEC", "GEOCOP"), nullptr) << Dump();
  Run("La police a arrêté samedi des dizaines de manifestants à Tbilissi. Ces arrestations ont été condamnées par "
      "l'Union européenne.",
      "fr");
  EXPECT_NE(Find("11", "IGOEUREEC", "GEOCOP"), nullptr) << Dump();
}

TEST_F(EventCoderTest, ThePassiveOfAPatternWithoutTargetTakesItsAgent) {
  // The pattern's object words stand in the subject: "{S} deny accusations", "{S} sign treaty".
  Run("Niger accused Benin of hosting French troops. The allegations were denied by Cotonou on Friday.", "en");
  EXPECT_NE(Find("01", "BENGOV", "NER"), nullptr) << Dump();
  Run("Le Niger a accusé le Bénin d'abriter des bases françaises, des allégations démenties par Cotonou.", "fr");
  EXPECT_NE(Find("01", "BENGOV", "NER"), nullptr) << Dump();
  Run("L'accord de cessez-le-feu a été signé à Doha par Israël et le Hamas.", "fr");
  EXPECT_EQ(CountRoot("05"), 1) << Dump();
  EXPECT_TRUE(doc_.events.size() == 1 && doc_.events[0].symmetric) << Dump();
  // Without an agent, no one signed anything the sentence tells.
  Run("The treaty was signed in January.", "en");
  EXPECT_TRUE(doc_.events.empty()) << Dump();
}

TEST_F(EventCoderTest, WhoClaimedOrCarriedOutAnAttackIsItsAuthor) {
  Run("Plusieurs attaques contre des chrétiens, revendiquées par le groupe Boko Haram, ont fait des dizaines de morts "
      "au Nigeria.",
      "fr");
  EXPECT_NE(Find("18", "NGAREB", "NGACVL"), nullptr) << Dump();
  Run("The attack on the village was carried out by Islamic State fighters.", "en");
  EXPECT_NE(Find("19", "IMGMOSISI", ""), nullptr) << Dump();
  // Whoever condemned the attack did not carry it out.
  Run("The attack on the village, condemned by the United Nations, killed ten people in Nigeria.", "en");
  EXPECT_EQ(Find("19", "IGOUNO", ""), nullptr) << Dump();
  EXPECT_EQ(Find("18", "IGOUNO", "NGACVL"), nullptr) << Dump();
}

TEST_F(EventCoderTest, AnUncodedOrganisationIsWhatItsFirstWordNames) {
  Run("Le Syndicat national des enseignants du Sénégal a appelé le gouvernement à négocier.", "fr");
  EXPECT_NE(Find("02", "SENLAB", "SENGOV"), nullptr) << Dump();
  Run("L'association des imams du Mali a condamné l'attaque de l'armée.", "fr");
  EXPECT_NE(Find("11", "MLINGO", "MLIMIL"), nullptr) << Dump();
  // A body's agent adjective says more: students' associations are students'.
  Run("Au Québec, les associations étudiantes ont dénoncé la hausse des frais décidée par le gouvernement.", "fr");
  EXPECT_EQ(Find("11", "CANNGO", "CANGOV"), nullptr) << Dump();
}

TEST_F(EventCoderTest, ANounsComplementMayStandBeforeTheRelativeSayingItHappens) {
  Run("Les négociations sur le programme nucléaire iranien qui se déroulent entre Washington et Téhéran sont au "
      "point mort.",
      "fr");
  EXPECT_NE(Find("04", "USAGOV", "IRNGOV"), nullptr) << Dump();
  Run("The talks on Iran's nuclear programme that took place between Washington and Tehran ended without a deal.", "en");
  EXPECT_NE(Find("04", "USAGOV", "IRNGOV"), nullptr) << Dump();
}

TEST_F(EventCoderTest, RepellingAnAssaultFightsItsAuthor) {
  Run("Les talibans ont repoussé l'assaut des forces de l'Otan dans la province de Kapisa.", "fr");
  EXPECT_EQ(CountRoot("19"), 1) << Dump();
  EXPECT_EQ(doc_.events.empty() ? "" : doc_.events[0].target.actor, "IGOWSTNAT") << Dump();
  Run("Taliban fighters repelled an assault by NATO forces in Kapisa province.", "en");
  EXPECT_EQ(doc_.events.empty() ? "" : doc_.events[0].target.actor, "IGOWSTNAT") << Dump();
}

TEST_F(EventCoderTest, AShortQuotationInsideTheObjectIsSkipped) {
  Run("DAKAR (AFP) - Le député Moustapha Diakhaté a été arrêté mardi. Son parti a dénoncé une « dérive autoritaire » "
      "du pouvoir du président Bassirou Diomaye Faye.",
      "fr");
  EXPECT_NE(Find("11", "SENPTY", "SENGOV"), nullptr) << Dump();
  // "Au pouvoir" is "in power": no governing power arrives anywhere.
  Run("MADRID (AFP) - Les dirigeants du parti ont promis des réformes s'ils arrivaient au pouvoir.", "fr");
  EXPECT_EQ(CountRoot("04"), 0) << Dump();
  EXPECT_EQ(CountRoot("03"), 0) << Dump();
}

TEST_F(EventCoderTest, APronounOpeningWhatASpeakerReportsIsTheSpeaker) {
  Run("BISSAU (Reuters) - Army officers said on Wednesday they had detained President Umaro Sissoco Embalo.", "en");
  EXPECT_NE(Find("17", "GNBMIL", "GNBGOV"), nullptr) << Dump();
  Run("BISSAU (Reuters) - Army officers said on Wednesday they had taken \"total control\" of the country and "
      "detained President Umaro Sissoco Embalo.",
      "en");
  EXPECT_NE(Find("17", "GNBMIL", "GNBGOV"), nullptr) << Dump();
  Run("BAMAKO (AFP) - La junte a annoncé qu'elle avait arrêté un ressortissant français.", "fr");
  EXPECT_NE(Find("17", "MLIMIL", "FRACVL"), nullptr) << Dump();
}

TEST_F(EventCoderTest, TheWestAndPartyFamiliesAreActors) {
  Run("KYIV (Reuters) - Andrii Sybiha urged Western partners to send more air defence systems.", "en");
  EXPECT_NE(Find("02", "UKRGOV", "WST"), nullptr) << Dump();
  Run("KIEV (AFP) - Volodymyr Zelensky a exhorté les Occidentaux à livrer des armes.", "fr");
  EXPECT_NE(Find("02", "UKRGOV", "WST"), nullptr) << Dump();
  // A compass point is no West: "western Ukraine", "l'Afrique occidentale".
  Run("KYIV (Reuters) - Russian missiles struck western Ukraine.", "en");
  for (const Event& e : doc_.events) EXPECT_NE(e.target.actor, "WST") << Dump();
  Run("PARIS (Reuters) - Jordan Bardella accused the Socialists of betraying voters.", "en");
  EXPECT_NE(Find("11", "FRAOPP", "FRAPTY"), nullptr) << Dump();
  Run("PARIS (AFP) - Jordan Bardella a accusé les socialistes de trahir les électeurs.", "fr");
  EXPECT_NE(Find("11", "FRAOPP", "FRAPTY"), nullptr) << Dump();
}

TEST_F(EventCoderTest, ARelativeClauseOnThePatternsObjectIsTheAct) {
  Run("PORT SUDAN (AFP) - Sudan's army accused the United Arab Emirates of arming the rebels, a charge Abu Dhabi has "
      "repeatedly denied.",
      "en");
  EXPECT_NE(Find("11", "SDNMIL", "ARE"), nullptr) << Dump();
  EXPECT_NE(Find("01", "AREGOV", "SDNMIL"), nullptr) << Dump();
  Run("KINSHASA (AFP) - Kinshasa a accusé le Rwanda de soutenir le M23, des accusations que Kigali a toujours "
      "rejetées.",
      "fr");
  EXPECT_NE(Find("01", "RWAGOV", "CODGOV"), nullptr) << Dump();
  // The object words must end the phrase before the subject.
  Run("KINSHASA (AFP) - Kinshasa a accusé le Rwanda de soutenir le M23, ce que Kigali a toujours rejeté.", "fr");
  EXPECT_EQ(CountRoot("01"), 0) << Dump();
}

TEST_F(EventCoderTest, AnObjectRelativeClauseTakesItsAntecedentAsTarget) {
  Run("ADDIS ABEBA (AFP) - L'Érythrée a claqué la porte de l'Union africaine, qu'elle accuse de partialité.", "fr");
  EXPECT_NE(Find("11", "ERI", "IGOAFRAFU"), nullptr) << Dump();
  Run("CARACAS (AFP) - C'est la Colombie que le Venezuela accuse d'avoir armé les paramilitaires.", "fr");
  EXPECT_NE(Find("11", "VEN", "COL"), nullptr) << Dump();
  Run("MANAGUA (Reuters) - Nicaragua quit the Organization of American States, which it accuses of meddling.", "en");
  EXPECT_NE(Find("11", "NIC", "IGOOAS"), nullptr) << Dump();
  Run("MANAGUA (Reuters) - Honduras criticised the OAS, which Nicaragua accuses of meddling.", "en");
  EXPECT_NE(Find("11", "NIC", "IGOOAS"), nullptr) << Dump();
  EXPECT_EQ(Find("11", "HND", "NIC"), nullptr) << Dump();  // (", which Nicaragua" lists no one)
  // "que" after a reporting verb opens what is reported: no antecedent there.
  Run("CARACAS (AFP) - Le ministre a affirmé que le Venezuela accusait de partialité la Colombie.", "fr");
  EXPECT_EQ(Find("11", "VEN", "VENGOV"), nullptr) << Dump();
}

TEST_F(EventCoderTest, UnnamedForcesStrikingAreThoseThatStruckJustBefore) {
  Run("KHARKIV (Reuters) - Russian missiles struck a power plant near Kharkiv overnight. Officials said a drone hit a "
      "depot on Sunday.",
      "en");
  EXPECT_EQ(CountRoot("19"), 2) << Dump();
  for (const Event& e : doc_.events) EXPECT_NE(e.source.actor, "UKRMIL") << Dump();
}

TEST_F(EventCoderTest, AFormerLeaderAndTheStateTheyServedAreTwoSides) {
  // (Imran Khan left office in April 2022 and has led the opposition since.)
  Run("ISLAMABAD (Reuters) - A court in Islamabad sentenced former prime minister Imran Khan to ten years in prison on "
      "Tuesday. Khan called the verdict \"politically motivated\" and accused the army of rigging the case.",
      "en", "2025-01-14T12:00:00+05:00");
  EXPECT_NE(Find("17", "PAKJUD", "PAKOPP"), nullptr) << Dump();
  EXPECT_NE(Find("11", "PAKOPP", "PAKJUD"), nullptr) << Dump();
  // (Two facts: the verdict judged, the army accused.)
  EXPECT_NE(Find("11", "PAKOPP", "PAKMIL"), nullptr) << Dump();
  // (Jair Bolsonaro left office at the end of 2022, with no office since.)
  Run("BRASILIA (Reuters) - Brazil's Supreme Court sentenced former president Jair Bolsonaro to 27 years in prison on "
      "Thursday. Bolsonaro called the ruling \"politically motivated\".",
      "en", "2025-09-11T20:00:00-03:00");
  EXPECT_NE(Find("17", "BRAJUD", "BRAELI"), nullptr) << Dump();
  EXPECT_NE(Find("11", "BRAELI", "BRAJUD"), nullptr) << Dump();
}

TEST_F(EventCoderTest, APersonOfNoKnownCountryIsOfTheStorysAsTheirTitleSays) {
  Run("EREVAN (AFP) - La police arménienne a interpellé mardi l'évêque Haroutioun Manoukian.", "fr");
  EXPECT_NE(Find("17", "ARMCOP", "ARMCVL"), nullptr) << Dump();
  Run("LONDON (Reuters) - Mr Justice Edward Hollis sentenced two British fishermen to prison on Tuesday.", "en");
  EXPECT_NE(Find("17", "GBRJUD", "GBRCVL"), nullptr) << Dump();  // (not GBRCVL -> GBRCVL)
}

TEST_F(EventCoderTest, AProtestNoOneIsNamedForIsByTheCiviliansOfWhereItHappens) {
  Run("CONAKRY (AFP) - Trois personnes ont été tuées jeudi lors de manifestations à Conakry contre le président "
      "Mamadi Doumbouya.",
      "fr");
  EXPECT_NE(Find("14", "GINCVL", "GINGOV"), nullptr) << Dump();
  Run("DHAKA (Reuters) - Two people were injured on Friday during protests against India in Dhaka.", "en");
  EXPECT_NE(Find("14", "BGDCVL", "IND"), nullptr) << Dump();
}

TEST_F(EventCoderTest, TheVictimOfAPassiveKillingIsTheTargetOfTheFireThatKilledThem) {
  Run("DAMAS (AFP) - Un photographe syrien aurait été tué lundi à Deraa par un tir d'obus lancé par l'armée "
      "syrienne.",
      "fr");
  const Event* e = Find("19", "SYRMIL", "SYRMED");
  ASSERT_NE(e, nullptr) << Dump();
  EXPECT_EQ(e->modality, "reported") << Dump();  // the journalistic conditional
}

TEST_F(EventCoderTest, ACrowdDispersedIsTheCiviliansThere) {
  Run("ABIDJAN (AFP) - La police a dispersé samedi à coups de gaz lacrymogène un rassemblement de l'opposition à "
      "Abidjan.",
      "fr");
  EXPECT_NE(Find("17", "CIVCOP", "CIVOPP"), nullptr) << Dump();  // (whose rally: the opposition's)
  Run("ABIDJAN (AFP) - Les gendarmes ont dispersé un sit-in devant la présidence à Abidjan.", "fr");
  EXPECT_NE(Find("17", "CIVCOP", "CIVCVL"), nullptr) << Dump();
  Run("KAMPALA (Reuters) - Ugandan police fired tear gas in central Kampala on Monday.", "en");
  EXPECT_NE(Find("17", "UGACOP", "UGACVL"), nullptr) << Dump();
  // (Not a crowd: the target named is who it is.)
  Run("KAMPALA (Reuters) - Ugandan police fired tear gas at opposition supporters in Kampala.", "en");
  EXPECT_EQ(Find("17", "UGACOP", "UGACVL"), nullptr) << Dump();
}

TEST_F(EventCoderTest, ACoordinatedVerbSeesPastARelativeClauseOnTheObject) {
  Run("BRUSSELS (Reuters) - The European Union condemned the arrest of the opposition leader, who was due to run "
      "for president next year, and urged Tbilisi to release him.",
      "en");
  EXPECT_NE(Find("02", "IGOEUREEC", "GEOGOV"), nullptr) << Dump();
  Run("BRUXELLES (AFP) - L'Union européenne a condamné l'arrestation de l'opposant, qui devait se présenter à la "
      "présidentielle, et appelé Tbilissi à le libérer.",
      "fr");
  EXPECT_NE(Find("02", "IGOEUREEC", "GEOGOV"), nullptr) << Dump();
}

TEST_F(EventCoderTest, AShipsFlagStandsAsideBeforeTheShip) {
  Run("DUBAI (Reuters) - Iranian forces seized a Marshall Islands-flagged oil tanker in the Strait of Hormuz on "
      "Sunday.",
      "en");
  EXPECT_NE(Find("17", "IRNMIL", ""), nullptr) << Dump();
}

TEST_F(EventCoderTest, AGerundAfterACommaTakesTheMainClausesSubjectTenseAndModality) {
  Run("KIGALI (AFP) - Le Rwanda a réagi mardi, en rappelant son ambassadeur au Burundi.", "fr",
      "2025-03-05T12:00:00+01:00");
  const Event* e = Find("16", "RWA", "BDI");
  ASSERT_NE(e, nullptr) << Dump();
  EXPECT_EQ(e->date, "2025-03-04") << Dump();
  Run("KIGALI (AFP) - Le Rwanda va riposter en expulsant deux diplomates burundais.", "fr");
  EXPECT_NE(Find("13", "RWA", "BDI"), nullptr) << Dump();  // a threat, announced
}

TEST_F(EventCoderTest, APassivesTargetMayStandInItsSubjectAfterTheObjectWords) {
  Run("ALGER (AFP) - L'ambassadeur du Maroc a été convoqué jeudi par les autorités algériennes.", "fr");
  EXPECT_NE(Find("11", "DZAGOV", "MARGOV"), nullptr) << Dump();
  // (Not every phrase in the subject: the object words must come first.)
  Run("ALGER (AFP) - Le ministre du Maroc a été reçu jeudi par les autorités algériennes.", "fr");
  EXPECT_EQ(CountRoot("11"), 0) << Dump();
}

TEST_F(EventCoderTest, AJudgementWithoutAnActorTargetsWhatItFollows) {
  Run("MANILLE (AFP) - Manille a dénoncé une « provocation » après l'intrusion d'un navire de guerre chinois dans "
      "ses eaux.",
      "fr");
  EXPECT_NE(Find("11", "PHLGOV", "CHNMIL"), nullptr) << Dump();
  Run("VILNIUS (Reuters) - Lithuania condemned the incident after Belarusian warplanes violated its airspace.", "en");
  EXPECT_NE(Find("11", "LTU", "BLRMIL"), nullptr) << Dump();
  // (Not the victims of what it follows.)
  Run("BAMAKO (AFP) - Le Mali a dénoncé un « massacre » après la mort de dix civils maliens.", "fr");
  EXPECT_EQ(CountRoot("11"), 0) << Dump();
}

TEST_F(EventCoderTest, TakingPartInASummitIsMeetingItsHost) {
  Run("NIAMEY (AFP) - Le président nigérien a participé dimanche au sommet de la Cedeao à Abuja.", "fr");
  EXPECT_NE(Find("04", "NERGOV", "IGOWAFWAS"), nullptr) << Dump();
  Run("HANOI (Reuters) - Vietnam's prime minister said he would attend the next ASEAN summit.", "en");
  EXPECT_NE(Find("03", "VNMGOV", "IGOSEAASN"), nullptr) << Dump();
}

TEST_F(EventCoderTest, TheSouthAndTheNorthAreTheTwoKoreasInAStoryOnBoth) {
  Run("SEOUL (Reuters) - North Korea shelled an island of South Korea on Monday. The South condemned the North.", "en");
  EXPECT_NE(Find("11", "KOR", "PRK"), nullptr) << Dump();
  // (Not elsewhere: "the South" of a story on one country is a region.)
  Run("WASHINGTON (Reuters) - The South condemned the North.", "en");
  EXPECT_EQ(CountRoot("11"), 0) << Dump();
}

TEST_F(EventCoderTest, ATitleStandsForThePersonNamedWithItBefore) {
  Run("PARIS (AFP) - Sophie Binet, secrétaire générale de la CGT, a réuni la presse mardi. La secrétaire générale, "
      "réélue jusqu'en juin 2027, a critiqué le gouvernement.",
      "fr", "2025-03-05T12:00:00+01:00");
  const Event* e = Find("11", "FRALAB", "FRAGOV");
  ASSERT_NE(e, nullptr) << Dump();
  EXPECT_NE(e->date.substr(0, 4), "2027") << Dump();  // (the apposition's date is not the act's)
  Run("NEW YORK (Reuters) - Antonio Guterres spoke to reporters on Monday. The secretary-general urged Israel to "
      "halt the offensive.",
      "en");
  EXPECT_NE(Find("02", "IGOUNO", "ISR"), nullptr) << Dump();
  // (With its complement the title names its organisation's head, not the person before.)
  Run("PARIS (AFP) - Sophie Binet a parlé. Le secrétaire général de l'ONU a critiqué Israël.", "fr");
  EXPECT_NE(Find("11", "IGOUNO", "ISR"), nullptr) << Dump();
}

TEST_F(EventCoderTest, WhatAnAppealAsksOfItsAddresseeIsNotDone) {
  Run("KIEV (AFP) - Le président ukrainien a exhorté mardi les Européens à livrer davantage d'armes à l'Ukraine.", "fr");
  EXPECT_EQ(CountRoot("07"), 0) << Dump();
  EXPECT_NE(Find("02", "UKRGOV", "EUR"), nullptr) << Dump();
}

TEST_F(EventCoderTest, AQuotedCharacterisationKeepsItsTarget) {
  Run("MOSCOU (AFP) - Le Kremlin a qualifié mardi d'« inacceptables » les propos du chancelier allemand.", "fr");
  EXPECT_NE(Find("11", "RUSGOV", "DEUGOV"), nullptr) << Dump();
  Run("KIEV (AFP) - L'Ukraine a dénoncé la « provocation » de Moscou.", "fr");
  EXPECT_NE(Find("11", "UKR", "RUSGOV"), nullptr) << Dump();
}

TEST_F(EventCoderTest, AParticipleClauseAfterACommaIsTheMainClausesSubjects) {
  Run("OUAGADOUGOU (AFP) - Le Burkina Faso, le Mali et le Niger ont rappelé leurs ambassadeurs, accusant la Côte "
      "d'Ivoire d'abriter des opposants.",
      "fr");
  EXPECT_NE(Find("11", "BFA", "CIV"), nullptr) << Dump();
  EXPECT_NE(Find("11", "MLI", "CIV"), nullptr) << Dump();
  EXPECT_NE(Find("11", "NER", "CIV"), nullptr) << Dump();
  // (A participle inside the subject's apposition is still its own.)
  Run("OUAGADOUGOU (AFP) - Le Burkina Faso, accusant la Côte d'Ivoire d'abriter des opposants, a rappelé son "
      "ambassadeur.",
      "fr");
  EXPECT_NE(Find("11", "BFA", "CIV"), nullptr) << Dump();
}

TEST_F(EventCoderTest, ADenialWithoutTargetAnswersTheLastAccusation) {
  Run("NIAMEY (AFP) - Le Niger accuse le Bénin d'abriter des bases françaises. Le ministère béninois des Affaires "
      "étrangères a démenti toute implication.",
      "fr");
  EXPECT_NE(Find("01", "BENGOV", "NER"), nullptr) << Dump();
}

TEST_F(EventCoderTest, ARecallToldAsANounKeepsItsPost) {
  Run("NIAMEY (AFP) - Le Niger a annoncé dimanche le rappel de son ambassadeur en poste à Cotonou.", "fr");
  EXPECT_NE(Find("16", "NER", "BENGOV"), nullptr) << Dump();
}

TEST_F(EventCoderTest, AnExchangeTheirMediatorAndTheirNextMeeting) {
  Run("KIEV (AFP) - L'Ukraine et la Russie ont échangé jeudi 200 prisonniers grâce à une médiation de la Turquie. "
      "Kiev a remercié Ankara. La Russie a libéré en échange 200 soldats ukrainiens. Kiev et Moscou doivent se "
      "retrouver la semaine prochaine à Genève pour discuter d'un cessez-le-feu.",
      "fr");
  EXPECT_NE(Find("04", "TUR", "UKR"), nullptr) << Dump();
  EXPECT_NE(Find("08", "RUS", "UKRMIL"), nullptr) << Dump();
  EXPECT_NE(Find("03", "UKRGOV", "RUSGOV"), nullptr) << Dump();
  // (A condition asserts nothing: "en cas d'attaque".)
  Run("TOKYO (AFP) - Le Japon a révisé sa doctrine en cas d'attaque contre Taïwan.", "fr");
  for (const Event& e : doc_.events) {
    if (e.root == "19") EXPECT_EQ(e.modality, "hypothetical") << Dump();
  }
  EXPECT_NE(Find("19", "JPN", "TWN"), nullptr) << Dump();  // (told, as a hypothesis)
}

TEST_F(EventCoderTest, TalksWrappedUpPostsCapturedAndFirmsNamedByTrade) {
  Run("GENEVA (Reuters) - Senior U.S. and Russian officials wrapped up two days of talks in Geneva on Monday.", "en");
  EXPECT_NE(Find("04", "USAGOV", "RUSGOV"), nullptr) << Dump();
  Run("KABUL (Reuters) - Afghan forces captured several Pakistani border posts overnight.", "en");
  EXPECT_NE(Find("19", "AFGMIL", "PAK"), nullptr) << Dump();
  Run("BRUSSELS (Reuters) - The European Commission opened an investigation into a Chinese carmaker.", "en");
  EXPECT_NE(Find("09", "IGOEUREEC", "CHNBUS"), nullptr) << Dump();
}

TEST_F(EventCoderTest, AMissileLaunchItsCondemnationRalliesAndUnnamedStates) {
  Run("SEOUL (Reuters) - North Korea fired at least two ballistic missiles into the sea on Thursday. Japan's "
      "government condemned the launch.",
      "en");
  EXPECT_NE(Find("15", "PRK", ""), nullptr) << Dump();
  EXPECT_EQ(CountRoot("19"), 0) << Dump();  // ("at least" is no target's "at")
  EXPECT_NE(Find("11", "JPNGOV", "PRK"), nullptr) << Dump();
  Run("KYIV (Reuters) - Russia launched one of its largest air attacks of the war on Kyiv overnight.", "en");
  EXPECT_NE(Find("19", "RUS", "UKR"), nullptr) << Dump();  // ("one of" stands aside as a quantity)
  Run("TBILISI (Reuters) - Tens of thousands of people rallied in central Tbilisi on Sunday.", "en");
  EXPECT_NE(Find("14", "GEOCVL", "GEOGOV"), nullptr) << Dump();
  Run("TBILISI (Reuters) - The prime minister accused foreign intelligence services of funding the protests.", "en");
  EXPECT_NE(Find("11", "GEOGOV", "UISSPY"), nullptr) << Dump();
}

TEST_F(EventCoderTest, WhatAJudgeCallsADeedIsThatDeed) {
  Run("MOGADISHU (Reuters) - Al Shabaab fighters attacked an army base near Mogadishu on Sunday. The prime minister "
      "condemned what he called a \"cowardly attack on our soldiers\".",
      "en");
  EXPECT_NE(Find("11", "SOMGOV", "SOMREB"), nullptr) << Dump();
  for (const Event& e : doc_.events) {
    if (e.root == "18" || e.root == "19") EXPECT_NE(e.source.actor, "SOMGOV") << "no attack of the judge's: " << Dump();
  }
  Run("MOGADISHU (Reuters) - Al Shabaab fighters attacked an army base near Mogadishu. Egypt condemned the deadly "
      "attack.",
      "en");
  EXPECT_NE(Find("11", "EGY", "SOMREB"), nullptr) << Dump();  // ("deadly" is an adjective, "attack" its noun)
}

TEST_F(EventCoderTest, SuspendedCooperationTheAppealsAgentAndATopicAside) {
  Run("PYONGYANG (AFP) - La Corée du Nord a annoncé la suspension de sa coopération avec l'AIEA. Le directeur de "
      "l'AIEA a jugé la décision « préoccupante ». Pyongyang a rejeté l'appel lancé mardi par le Japon à reprendre "
      "le dialogue. Le Premier ministre japonais a quant à lui reproché à Pyongyang de menacer la région.",
      "fr");
  EXPECT_NE(Find("16", "PRK", "IGOUNOIAE"), nullptr) << Dump();
  EXPECT_NE(Find("11", "IGOUNOIAE", "PRK"), nullptr) << Dump();
  EXPECT_NE(Find("12", "PRKGOV", "JPN"), nullptr) << Dump();
  EXPECT_NE(Find("11", "JPNGOV", "PRKGOV"), nullptr) << Dump();
}

TEST_F(EventCoderTest, AThreatNamingNoOneIsAgainstTheSubjectOfItsCondition) {
  Run("PARIS (AFP) - La France a menacé de rétablir les sanctions si la Syrie ne libérait pas les prisonniers.", "fr");
  EXPECT_NE(Find("13", "FRA", "SYR"), nullptr) << Dump();
  Run("SEOUL (Reuters) - North Korea threatened to take military action if South Korea resumed the broadcasts.", "en");
  EXPECT_NE(Find("13", "PRK", "KOR"), nullptr) << Dump();
}

TEST_F(EventCoderTest, PronounsOfAClauseAfterTheMainOne) {
  Run("BEYROUTH (AFP) - Le Hezbollah n'a pas riposté. L'émissaire américain est attendu jeudi à Beyrouth, où il doit "
      "s'entretenir avec le président libanais.",
      "fr");
  EXPECT_NE(Find("03", "USAGOV", "LBNGOV"), nullptr) << Dump();
  EXPECT_EQ(Find("03", "LBNREBHEZ", "LBNGOV"), nullptr) << Dump();
  Run("BANGKOK (AFP) - Cambodia's defence ministry said Thailand had attacked first and accused it of using cluster "
      "munitions.",
      "en");
  EXPECT_NE(Find("11", "KHMGOV", "THA"), nullptr) << Dump();
}

TEST_F(EventCoderTest, DrillsAroundACountryAndTheProvocationsCondemned) {
  Run("PÉKIN (AFP) - L'armée chinoise a lancé lundi des manœuvres militaires autour de Taïwan. Taipei a condamné des "
      "« provocations irresponsables ». Le ministère taïwanais de la Défense a placé ses forces en état d'alerte.",
      "fr");
  EXPECT_NE(Find("15", "CHNMIL", "TWN"), nullptr) << Dump();
  EXPECT_NE(Find("11", "TWNGOV", "CHNMIL"), nullptr) << Dump();
  EXPECT_NE(Find("15", "TWNGOV", ""), nullptr) << Dump();
}

TEST_F(EventCoderTest, CapitalisedPluralAgentsAndRightsGroups) {
  Run("LONDON (Reuters) - Charities criticised the government on Monday.", "en");
  EXPECT_NE(Find("11", "NGO", "GBRGOV"), nullptr) << Dump();
  Run("LONDON (Reuters) - Rights groups condemned the British government on Monday.", "en");
  EXPECT_NE(Find("11", "GBRHRI", "GBRGOV"), nullptr) << Dump();
}

TEST_F(EventCoderTest, AShortQuotedPhraseStandsAsideBetweenThePatternsWords) {
  Run("ASMARA (AFP) - L'Érythrée a annoncé lundi son retrait « sans délai » de l'Union africaine.", "fr");
  EXPECT_NE(Find("16", "ERI", "IGOAFRAFU"), nullptr) << Dump();
  Run("KYIV (Reuters) - Russian drones hit Lviv overnight. The president of Ukraine called the attack a \"deliberate "
      "provocation\".",
      "en");
  EXPECT_NE(Find("11", "UKRGOV", "RUSMIL"), nullptr) << Dump();
}

TEST_F(EventCoderTest, AnAsideAfterAnAppositionKeepsTheAuxiliaryAndAQuotedDeedItsAuthor) {
  Run("BAMAKO (AFP) - Les islamistes d'Ansar Dine ont détruit des mausolées à Tombouctou. Le gouvernement malien, "
      "impuissant, a de son côté dénoncé « la furie destructrice assimilable à des crimes de guerre » et a menacé les "
      "auteurs de ces exactions de poursuites.",
      "fr");
  EXPECT_NE(Find("11", "MLIGOV", "MLIREB"), nullptr) << Dump();
  EXPECT_NE(Find("13", "MLIGOV", "MLIREB"), nullptr) << Dump();
}

TEST_F(EventCoderTest, CivilBodiesAreTheStorysAndPartyFamiliesArePeople) {
  Run("MADRID (AFP) - Des associations féministes ont manifesté dimanche à Madrid contre le gouvernement.", "fr");
  EXPECT_NE(Find("14", "ESPNGO", "ESPGOV"), nullptr) << Dump();
  Run("WASHINGTON (AFP) - Barack Obama a été réélu mardi. Il a promis de travailler de concert avec les républicains.",
      "fr");
  EXPECT_NE(Find("03", "USAGOV", "USAPTY"), nullptr) << Dump();
  // As an adjective, a party family describes a thing.
  Run("PARIS (AFP) - Le président a appelé à défendre les valeurs républicaines.", "fr");
  EXPECT_TRUE(doc_.events.empty()) << Dump();
}

TEST_F(EventCoderTest, ConnectivesParenthesesAndAdverbsDoNotHideTheClause) {
  // A parenthesis before an apposition: the subject is before both.
  Run("OUAGADOUGOU (AFP) - Des jihadistes du Groupe de soutien à l'islam et aux musulmans (GSIM), lié à Al-Qaïda, "
      "ont attaqué dimanche un camp militaire à Djibo.",
      "fr");
  EXPECT_EQ(CountRoot("19"), 1) << Dump();
  // "par ailleurs" inside the verb group; an accusation in apposition to the object is the
  // subject's.
  Run("OUAGADOUGOU (AFP) - Le gouvernement burkinabè a par ailleurs suspendu la diffusion de la radio française RFI, "
      "accusée de relayer la propagande jihadiste.",
      "fr");
  EXPECT_NE(Find("17", "BFAGOV", "FRAMED"), nullptr) << Dump();
  EXPECT_NE(Find("11", "BFAGOV", "FRAMED"), nullptr) << Dump();
  // An adverb between a noun and its participle.
  Run("NIAMEY (AFP) - Le régime militaire nigérien a accusé le Bénin d'abriter des bases françaises, des allégations "
      "aussitôt démenties par Cotonou.",
      "fr");
  EXPECT_NE(Find("01", "BENGOV", "NERGOV"), nullptr) << Dump();
}

TEST_F(EventCoderTest, ProtestsAtAnEmbassyAndProtestsRejected) {
  Run("SEOUL (Reuters) - A few dozen activists rallied outside the Japanese embassy in central Seoul.", "en");
  EXPECT_NE(Find("14", "KORCVL", "JPNGOV"), nullptr) << Dump();
  Run("ALGER (AFP) - Des centaines de personnes ont manifesté devant l'ambassade de France à Alger.", "fr");
  EXPECT_NE(Find("14", "DZACVL", "FRAGOV"), nullptr) << Dump();
  // A formal protest is an act: rejecting it answers its author.
  Run("SEOUL (Reuters) - South Korea summoned Japan's ambassador on Friday. Japan rejected the protest.", "en");
  EXPECT_NE(Find("12", "JPN", "KOR"), nullptr) << Dump();
}

TEST_F(EventCoderTest, AParticipleClausesObjectPronounIsTheMainObject) {
  Run("CHISINAU (Reuters) - Moldova expelled a Russian diplomat on Tuesday, accusing him of helping to finance a "
      "network that paid voters.",
      "en");
  EXPECT_NE(Find("11", "MDA", "RUSGOV"), nullptr) << Dump();
  // An adverb between a plural subject and its verb.
  Run("CARACAS (AP) - Venezuelan security forces briefly detained opposition leader Maria Corina Machado.", "en");
  EXPECT_NE(Find("17", "VENCOP", "VENOPP"), nullptr) << Dump();
}

TEST_F(EventCoderTest, PraiseOfAnActAndProtestsAtACourt) {
  Run("RYAD (AFP) - Le président américain a exhorté M. Chareh à normaliser les relations de son pays avec Israël. Le "
      "chef de la diplomatie syrienne, Assaad al-Chaibani, a salué une décision « historique ».",
      "fr");
  EXPECT_NE(Find("05", "SYRGOV", "USAGOV"), nullptr) << Dump();
  Run("N'DJAMENA (AFP) - Plusieurs centaines de partisans de l'opposant se sont rassemblés devant le palais de justice.",
      "fr");
  EXPECT_NE(Find("14", "TCDCVL", "TCDJUD"), nullptr) << Dump();
  // Outside parliament, the government is faced.
  Run("BELGRADE (Reuters) - Thousands of protesters rallied outside parliament on Sunday.", "en");
  EXPECT_NE(Find("14", "SRBCVL", "SRBGOV"), nullptr) << Dump();
}

TEST_F(EventCoderTest, ASecondVerbSharesTheMainSubjectPastAGovernedClause) {
  Run("BUCHAREST (Reuters) - The Kremlin rejected any suggestion that it had meddled in the Romanian campaign and "
      "accused Bucharest of trampling on democratic norms.",
      "en");
  EXPECT_NE(Find("11", "RUSGOV", "ROUGOV"), nullptr) << Dump();
}

TEST_F(EventCoderTest, AFormerOfficeHolderAgainstTheGovernmentIsAnElite) {
  // A relative clause ending with a date stands between the subject and its verb; the former
  // prime minister accusing the government is no government acting on itself.
  Run("DHAKA (Reuters) - A special tribunal in Dhaka sentenced former prime minister Sheikh Hasina to death. Hasina, "
      "who fled to India in August 2024, accused the interim government of seeking to destroy her party.",
      "en", "2025-11-17T10:00:00Z");
  EXPECT_NE(Find("11", "BGDELI", "BGDGOV"), nullptr) << Dump();
}

TEST_F(EventCoderTest, AListOfThreeFrenchNamesKeepsItsFirst) {
  Run("NIAMEY (AFP) - La France, l'Allemagne et l'Italie ont condamné la Russie.", "fr");
  EXPECT_NE(Find("11", "FRA", "RUS"), nullptr) << Dump();
  EXPECT_NE(Find("11", "DEU", "RUS"), nullptr) << Dump();
  EXPECT_NE(Find("11", "ITA", "RUS"), nullptr) << Dump();
  // Two bodies of one organisation are no dyad.
  Run("ATHENES (AFP) - Le gouvernement a conclu un accord entre la Grèce et la Banque centrale européenne, la "
      "Commission européenne et le FMI.",
      "fr");
  for (const Event& e : doc_.events) EXPECT_NE(e.source.actor, e.target.actor) << Dump();
}

TEST_F(EventCoderTest, AThirdPartysMediationIsBetweenTheStorysTwoCountries) {
  Run("NIAMEY (AFP) - Le Niger a accusé le Bénin d'abriter des bases françaises. Le Niger a fermé sa frontière avec le "
      "Bénin. Le Togo a offert sa médiation.",
      "fr");
  EXPECT_NE(Find("03", "TGO", "NER"), nullptr) << Dump();
  EXPECT_NE(Find("03", "TGO", "BEN"), nullptr) << Dump();
  // One of the two offering to talk is no mediation of the other.
  Run("NIAMEY (Reuters) - Niger accused Benin of hosting French bases. Niger closed its border with Benin. Benin "
      "offered mediation.",
      "en");
  EXPECT_EQ(Find("03", "BEN", "BEN"), nullptr) << Dump();
}

TEST_F(EventCoderTest, WhatAJudgedObjectBelongsToIsJudged) {
  Run("HANOÏ (AFP) - Le Vietnam a salué l'attachement de Paris au droit international.", "fr");
  EXPECT_NE(Find("05", "VNM", "FRAGOV"), nullptr) << Dump();
  Run("BEIJING (Reuters) - China criticised the stance of Washington on Taiwan.", "en");
  EXPECT_NE(Find("11", "CHN", "USAGOV"), nullptr) << Dump();
  // A quantity's "de" opens no complement.
  Run("JÉRUSALEM (AFP) - La police a arrêté plus de 40 manifestants.", "fr");
  EXPECT_NE(Find("17", "ISRCOP", "ISRCVL"), nullptr) << Dump();
}

TEST_F(EventCoderTest, AFrenchParticiplesObjectCliticIsTheMainObject) {
  Run("BAMAKO (AFP) - Le Mali a expulsé un diplomate français, l'accusant d'espionnage.", "fr");
  EXPECT_NE(Find("16", "MLI", "FRA"), nullptr) << Dump();
  EXPECT_NE(Find("11", "MLI", "FRA"), nullptr) << Dump();
}

TEST_F(EventCoderTest, ATrialOrAnOperationIsAnActJudged) {
  Run("N'DJAMENA (AFP) - L'opposant Succès Masra a été condamné samedi à vingt ans de prison par la cour criminelle. "
      "Son parti a dénoncé un « procès politique ».",
      "fr");
  EXPECT_NE(Find("11", "TCDPTY", "TCDJUD"), nullptr) << Dump();
}

TEST_F(EventCoderTest, AidWithoutRecipientSuspensionsAndAStressedPronounAside) {
  // A foreign donor's aid naming no recipient is for the country the dispatch is about.
  Run("KABOUL (AFP) - Un séisme a fait 1.400 morts en Afghanistan. L'Union européenne a débloqué un million d'euros "
      "d'aide d'urgence.",
      "fr");
  EXPECT_NE(Find("07", "IGOEUREEC", "AFG"), nullptr) << Dump();
  Run("KABUL (Reuters) - An earthquake killed 1,400 people in Afghanistan. The European Union released 1 million euros "
      "in emergency aid.",
      "en");
  EXPECT_NE(Find("07", "IGOEUREEC", "AFG"), nullptr) << Dump();
  Run("ADDIS ABABA (Reuters) - The African Union lifted the suspension of Gabon on Wednesday.", "en");
  EXPECT_NE(Find("08", "IGOAFRAFU", "GAB"), nullptr) << Dump();
  Run("JÉRUSALEM (AFP) - Le Premier ministre israélien Benjamin Netanyahu a, lui, menacé de frapper les installations "
      "nucléaires iraniennes.",
      "fr");
  EXPECT_EQ(CountRoot("13"), 1) << Dump();
}

TEST_F(EventCoderTest, TheReleaseOfPeopleJustSeizedIsDemandedOfTheirCaptors) {
  Run("ADEN (Reuters) - Yemen's Houthi movement has detained eight more United Nations staff members. Secretary-General "
      "Antonio Guterres demanded the immediate and unconditional release of all detained personnel.",
      "en");
  EXPECT_NE(Find("10", "IGOUNO", "YEMREB"), nullptr) << Dump();
  // Documents are no people.
  Run("ADEN (Reuters) - Yemen's Houthi movement has detained eight more United Nations staff members. The newspaper "
      "demanded the release of all documents.",
      "en");
  EXPECT_EQ(CountRoot("10"), 0) << Dump();
}

TEST_F(EventCoderTest, TheThreeCountriesAreTheLastThreeNamedTogether) {
  Run("NIAMEY (AFP) - Le Mali, le Burkina Faso et le Niger se sont retirés de la Cour pénale internationale. Amnesty "
      "International a exhorté les trois pays à revenir sur leur décision.",
      "fr");
  EXPECT_NE(Find("02", "NGOHRIAMN", "MLI"), nullptr) << Dump();
  EXPECT_NE(Find("02", "NGOHRIAMN", "BFA"), nullptr) << Dump();
  EXPECT_NE(Find("02", "NGOHRIAMN", "NER"), nullptr) << Dump();
}

TEST(EventCoderAlone, OtherLanguagesGetNoEvents) {
  auto coder = EventCoder::Create(testing::DataDir());
  ASSERT_TRUE(coder.ok()) << coder.status().ToString();
  Document doc;
  doc.text = "Rusia acusó a Estados Unidos.";
  ASSERT_TRUE(doc.decoded.Decode(doc.text).ok());
  doc.lang = Language::kUnknown;
  doc.tokens.push_back(Token{Span{0, 5}, TokenKind::kWord});
  doc.events.push_back(Event{});
  coder.value()->Code(&doc);
  EXPECT_TRUE(doc.events.empty());
}

// The example sentences written with the lexicons (tests/events/data/examples_<lang>.tsv):
// SENTENCE, CODE, SOURCE, TARGET, MODALITY. A sentence is coded right when an event has
// the code's root and accepted actors (either direction for a joint act). The floor sits
// just below the measured share, so a regression fails. A CODE written "!RR" is a reading
// that must not come back: the sentence has no event of root RR (every one must hold).
struct ExampleScore {
  int total = 0, root_ok = 0, code_ok = 0;
  int negatives = 0;
  std::string failures, negative_failures;
};

std::vector<std::string> SplitTab(const std::string& line) {
  std::vector<std::string> f;
  std::stringstream ss(line);
  std::string x;
  while (std::getline(ss, x, '\t')) f.push_back(x);
  return f;
}

bool Accepts(const std::string& alternatives, const std::string& actor) {
  std::stringstream ss(alternatives);
  std::string a;
  if (alternatives.empty() || alternatives == "\"\"") return actor.empty();
  while (std::getline(ss, a, '|')) {
    if (a == actor || (a == "\"\"" && actor.empty())) return true;  // "" among alternatives: none
  }
  return false;
}

class EventExamplesTest : public EventCoderTest {
 protected:
  ExampleScore Score(const std::string& lang) {
    ExampleScore s;
    std::ifstream in(testing::SourceDir() + "/tests/events/data/examples_" + lang + ".tsv");
    EXPECT_TRUE(in.good());
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty() || line[0] == '#') continue;
      std::vector<std::string> f = SplitTab(line);
      if (f.size() >= 2 && f[1].size() == 3 && f[1][0] == '!') {
        ++s.negatives;
        Run(f[0], lang);
        if (CountRoot(f[1].substr(1)) > 0) s.negative_failures += "  " + f[1] + " | " + f[0] + "\n      got " + Dump() + "\n";
        continue;
      }
      if (f.size() < 4) continue;
      ++s.total;
      Run(f[0], lang);
      const std::string root = f[1].substr(0, 2);
      bool root_ok = false, code_ok = false;
      for (const Event& e : doc_.events) {
        bool direct = Accepts(f[2], e.source.actor) && Accepts(f[3], e.target.actor);
        bool swapped = e.symmetric && Accepts(f[2], e.target.actor) && Accepts(f[3], e.source.actor);
        if (e.root == root && (direct || swapped)) {
          root_ok = true;
          code_ok |= e.code == f[1];
        }
      }
      s.root_ok += root_ok;
      s.code_ok += code_ok;
      if (!root_ok) s.failures += "  " + f[1] + " " + f[2] + "->" + f[3] + " | " + f[0] + "\n      got " + Dump() + "\n";
    }
    return s;
  }
};

TEST_F(EventExamplesTest, FrenchExamplesAreCoded) {
  ExampleScore s = Score("fr");
  ASSERT_GT(s.total, 100);
  double share = static_cast<double>(s.root_ok) / s.total;
  std::printf("French examples: root and actors right %d/%d (%.3f), exact code %d\n", s.root_ok, s.total, share,
              s.code_ok);
  EXPECT_GE(share, 0.98) << s.failures;  // measured 0.990
  EXPECT_GT(s.negatives, 5);
  EXPECT_TRUE(s.negative_failures.empty()) << s.negative_failures;
  if (std::getenv("CHANCERY_SHOW_FAILURES")) std::printf("%s", s.failures.c_str());
}

TEST_F(EventExamplesTest, EnglishExamplesAreCoded) {
  ExampleScore s = Score("en");
  ASSERT_GT(s.total, 100);
  double share = static_cast<double>(s.root_ok) / s.total;
  std::printf("English examples: root and actors right %d/%d (%.3f), exact code %d\n", s.root_ok, s.total, share,
              s.code_ok);
  EXPECT_GE(share, 0.97) << s.failures;  // measured 0.980
  EXPECT_GT(s.negatives, 5);
  EXPECT_TRUE(s.negative_failures.empty()) << s.negative_failures;
  if (std::getenv("CHANCERY_SHOW_FAILURES")) std::printf("%s", s.failures.c_str());
}

}  // namespace
// Whole dispatches written for the tests (tests/events/data/dispatches_<lang>.tsv): several
// sentences each, so that what only a document settles (the country it is about, pronouns,
// "the two countries", the last violent act) is exercised. "=" opens a dispatch (ID,
// PUBLISHED, TEXT with \n for line breaks), "+" is an event it must yield (ROOT, SOURCES,
// TARGETS, accepted codes '|'-separated, "" for none; joint acts either way), "-" a reading
// it must not yield ("*" for any actor). The floor sits just below the measured share of
// "+" lines found; every "-" line must hold.
constexpr double kFrenchDispatchFloor = 0.61;   // measured 0.625
constexpr double kEnglishDispatchFloor = 0.58;  // measured 0.595
// The held-out set was measured once when it was written (fr 0.301, en 0.398); its misses were
// then read and tuned on, so it is a second tuning set now (measured fr 0.473, en 0.553). One
// excluded reading comes out there: "Séoul pourrait livrer des armes à Kiev", warned as a
// threat, is coded as hypothetical aid (072).
constexpr double kFrenchHeldOutFloor = 0.46;
constexpr double kEnglishHeldOutFloor = 0.54;
constexpr int kFrenchHeldOutViolations = 1;
// The final set's floors, measured when it was added (fr 27/97 = 0.278, en 34/93 = 0.366; one
// English excluded reading comes out; after session 9 fr 31/97 = 0.320, en 37/93 = 0.398). Its
// failures are not read: it stays unseen.
constexpr double kFrenchFinalFloor = 0.31;
constexpr double kEnglishFinalFloor = 0.39;
constexpr int kFrenchFinalViolations = 0;
constexpr int kEnglishFinalViolations = 1;
// A second blind set (blind_<lang>.tsv), written apart from the coder in session 9 and measured
// as written (fr 32/101 = 0.317 with 4 of 32 excluded readings coming out, en 43/105 = 0.410
// with 2; at the session's end fr 36/101 = 0.356 with 4, en 44/105 = 0.419 with 1); never read
// while tuning either.
constexpr double kFrenchBlindFloor = 0.35;
constexpr double kEnglishBlindFloor = 0.41;
constexpr int kFrenchBlindViolations = 4;
constexpr int kEnglishBlindViolations = 1;

// A third development set (dev3_<lang>.tsv, 20 dispatches each), written apart from the coder
// in session 9 and measured as written before it was read and tuned on (fr 45/145 = 0.310 with
// none of 46 excluded readings coming out; en 46/142 = 0.324 with 1 of 48); tuned on since
// (fr 61/145 = 0.421, en 54/142 = 0.380, no excluded reading out).
constexpr double kFrenchDev3Floor = 0.41;
constexpr double kEnglishDev3Floor = 0.37;
constexpr int kFrenchDev3Violations = 0;
constexpr int kEnglishDev3Violations = 0;

struct DispatchScore {
  int docs = 0, must = 0, found = 0, must_not = 0, violated = 0;
  std::string failures, violations;
};

std::string Unescape(const std::string& text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\\' && i + 1 < text.size() && text[i + 1] == 'n') {
      out += '\n';
      ++i;
    } else {
      out += text[i];
    }
  }
  return out;
}

class EventDispatchesTest : public EventCoderTest {
 protected:
  bool Matches(const Event& e, const std::string& root, const std::string& sources, const std::string& targets) const {
    if (e.root != root) return false;
    auto ok = [](const std::string& alternatives, const std::string& actor) {
      return alternatives == "*" || Accepts(alternatives, actor);
    };
    return (ok(sources, e.source.actor) && ok(targets, e.target.actor)) ||
           (e.symmetric && ok(sources, e.target.actor) && ok(targets, e.source.actor));
  }

  DispatchScore Score(const std::string& set, const std::string& lang) {
    DispatchScore s;
    std::ifstream in(testing::SourceDir() + "/tests/events/data/" + set + "_" + lang + ".tsv");
    EXPECT_TRUE(in.good());
    std::string line, id;
    while (std::getline(in, line)) {
      if (line.empty() || line[0] == '#') continue;
      std::vector<std::string> f = SplitTab(line);
      if (f[0] == "=" && f.size() >= 4) {
        id = f[1];
        Run(Unescape(f[3]), lang, f[2]);
        ++s.docs;
        continue;
      }
      if (f.size() < 4 || (f[0] != "+" && f[0] != "-")) continue;
      bool any = false;
      for (const Event& e : doc_.events) any |= Matches(e, f[1], f[2], f[3]);
      const std::string what = "  " + id + " " + f[0] + f[1] + " " + f[2] + "->" + f[3];
      if (f[0] == "+") {
        ++s.must;
        s.found += any;
        if (!any) s.failures += what + "\n      got " + Dump() + "\n";
      } else {
        ++s.must_not;
        if (any) {
          ++s.violated;
          s.violations += what + "\n      got " + Dump() + "\n";
        }
      }
    }
    return s;
  }

  // max_violations: readings that must not come out but do (0 for the tuned set).
  void Check(const std::string& set, const std::string& lang, const char* name, double floor, int min_docs,
             int max_violations = 0) {
    DispatchScore s = Score(set, lang);
    ASSERT_GE(s.docs, min_docs);
    const double share = s.must > 0 ? static_cast<double>(s.found) / s.must : 0;
    std::printf("%s dispatches: %d, events found %d/%d (%.3f), readings excluded %d (%d come out)\n", name, s.docs,
                s.found, s.must, share, s.must_not, s.violated);
    EXPECT_GE(share, floor) << s.failures;
    EXPECT_LE(s.violated, max_violations) << s.violations;
    if (std::getenv("CHANCERY_SHOW_FAILURES")) std::printf("%s%s", s.failures.c_str(), s.violations.c_str());
  }
};

TEST_F(EventDispatchesTest, FrenchDispatchesYieldTheirEvents) {
  Check("dispatches", "fr", "French", kFrenchDispatchFloor, 20);
}

TEST_F(EventDispatchesTest, EnglishDispatchesYieldTheirEvents) {
  Check("dispatches", "en", "English", kEnglishDispatchFloor, 20);
}

// A held-out set (tests/events/data/heldout_<lang>.tsv), written apart from the coder and
// not tuned on: it measures what the dispatch set may overstate.
TEST_F(EventDispatchesTest, FrenchHeldOutDispatchesYieldTheirEvents) {
  Check("heldout", "fr", "French held-out", kFrenchHeldOutFloor, 15, kFrenchHeldOutViolations);
}

// The final set (tests/events/data/final_<lang>.tsv), written apart from the coder like the
// held-out one and never read while tuning: its figures are the ones to expect on unseen news.
TEST_F(EventDispatchesTest, FrenchFinalDispatchesYieldTheirEvents) {
  Check("final", "fr", "French final", kFrenchFinalFloor, 15, kFrenchFinalViolations);
}

TEST_F(EventDispatchesTest, EnglishFinalDispatchesYieldTheirEvents) {
  Check("final", "en", "English final", kEnglishFinalFloor, 15, kEnglishFinalViolations);
}

TEST_F(EventDispatchesTest, FrenchDev3DispatchesYieldTheirEvents) {
  Check("dev3", "fr", "French dev3", kFrenchDev3Floor, 20, kFrenchDev3Violations);
}

TEST_F(EventDispatchesTest, EnglishDev3DispatchesYieldTheirEvents) {
  Check("dev3", "en", "English dev3", kEnglishDev3Floor, 20, kEnglishDev3Violations);
}

// The second blind set (tests/events/data/blind_<lang>.tsv), kept unseen as the final one is.
TEST_F(EventDispatchesTest, FrenchBlindDispatchesYieldTheirEvents) {
  Check("blind", "fr", "French blind", kFrenchBlindFloor, 15, kFrenchBlindViolations);
}

TEST_F(EventDispatchesTest, EnglishBlindDispatchesYieldTheirEvents) {
  Check("blind", "en", "English blind", kEnglishBlindFloor, 15, kEnglishBlindViolations);
}

TEST_F(EventDispatchesTest, EnglishHeldOutDispatchesYieldTheirEvents) {
  Check("heldout", "en", "English held-out", kEnglishHeldOutFloor, 15);
}

}  // namespace chancery

#include "quotes/quote_extractor.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "ingest/record.h"
#include "pipeline/pipeline.h"
#include "support/test_data.h"

namespace chancery {
namespace {

// The quotes stage runs after entities, so the tests run the whole pipeline over short
// dispatches written for them (and the seed dispatch).
class QuoteExtractorTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    ExtractOptions options;
    options.data_dir = testing::DataDir();
    auto p = Pipeline::Create(options);
    ASSERT_TRUE(p.ok()) << p.status().ToString();
    pipeline_ = std::move(p).value().release();
  }
  static void TearDownTestSuite() { delete pipeline_; }

  const std::vector<Quote>& Run(const std::string& text, const std::string& lang = "fr") {
    InputRecord r;
    r.id = "t";
    r.text = text;
    r.lang = lang;
    r.published = "2025-02-26T12:00:00+01:00";
    Status st = pipeline_->Analyze(std::move(r), &doc_);
    EXPECT_TRUE(st.ok()) << st.ToString();
    return doc_.quotes;
  }

  // The quote whose text contains `part`, or nullptr.
  const Quote* Find(const std::string& part) const {
    for (const Quote& q : doc_.quotes) {
      if (doc_.Slice(q.span).find(part) != std::string_view::npos) return &q;
    }
    return nullptr;
  }
  std::string Text(const Quote& q) const { return std::string(doc_.Slice(q.span)); }
  std::string Cue(const Quote& q) const { return std::string(doc_.Slice(q.cue)); }
  // The name of the quote's speaker entity, or "" when none.
  std::string SpeakerName(const Quote& q) const {
    for (const Entity& e : doc_.entities) {
      if (e.id == q.speaker) return e.name;
    }
    return "";
  }
  std::string Dump() const {
    std::string out;
    for (const Quote& q : doc_.quotes) {
      out += "[" + q.kind + " '" + Text(q) + "' cue '" + Cue(q) + "' speaker '" + SpeakerName(q) + "'] ";
    }
    return out;
  }

  static Pipeline* pipeline_;
  Document doc_;
};

Pipeline* QuoteExtractorTest::pipeline_ = nullptr;

// --- the seed dispatch: every quotes.must and quotes.should of expected.json

TEST_F(QuoteExtractorTest, SeedMustAndShouldQuotesWithTheirSpeakers) {
  std::string text = testing::ReadOrFail(testing::SharedDir() + "/seed/000_b236a2b85e7853d3.txt");
  Run(text, "fr");
  struct Want {
    const char* contains;
    const char* kind;  // nullptr: direct or partial
    const char* speaker;
  };
  const Want wants[] = {
      {"montreront la rapidité et l'efficacité avec lesquelles nous pouvons agir", nullptr, "Sergueï Lavrov"},
      {"Nos diplomates de haut niveau, nos experts, se réuniront", "direct", "Sergueï Lavrov"},
      {"les discussions porteraient sur la création de meilleures conditions", "indirect", "Sergueï Lavrov"},
      {"des délégations de haut rang travailleraient à rétablir les missions diplomatiques", "indirect",
       "Marco Rubio"},
      {"Moscou serait prêt à inviter les États-Unis", "indirect", "Vladimir Poutine"},
      {"Donald Trump et Vladimir Poutine se rencontreraient en personne", "indirect", "Dmitri Peskov"},
      {"les deux dirigeants pourraient s'entretenir à nouveau par téléphone", "indirect", "Dmitri Peskov"},
      {"vont se rencontrer à Istanbul jeudi", "indirect", "Sergueï Lavrov"},
  };
  for (const Want& w : wants) {
    const Quote* q = Find(w.contains);
    ASSERT_NE(q, nullptr) << w.contains << "\n" << Dump();
    if (w.kind != nullptr) {
      EXPECT_EQ(q->kind, w.kind) << w.contains;
    } else {
      EXPECT_TRUE(q->kind == "direct" || q->kind == "partial") << q->kind;
    }
    EXPECT_EQ(SpeakerName(*q), w.speaker) << w.contains;
    EXPECT_EQ(q->act, "statement");
  }
  // "Les deux pays ont déclaré vouloir explorer ...": an infinitive report by a group, whose
  // speaker stays empty (see quote_extractor.h).
  const Quote* group = Find("vouloir explorer la possibilité de projets commerciaux lucratifs");
  ASSERT_NE(group, nullptr) << Dump();
  EXPECT_EQ(group->kind, "indirect");
  EXPECT_EQ(group->speaker, "");
  // The quote span is the content, the cue the reporting words.
  const Quote* q = Find("Nos diplomates");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(Cue(*q), "a-t-il dit");
  EXPECT_EQ(q->cue_lemma, "dire");
  EXPECT_EQ(std::string(doc_.Slice(q->speaker_mention)), "-t-il");
  EXPECT_EQ(Text(*q).back(), 'u');  // "... à Moscou", the marks excluded
  const Quote* peskov = Find("les deux dirigeants");
  ASSERT_NE(peskov, nullptr);
  EXPECT_EQ(Text(*peskov).back(), 't');  // "... à ce sujet", the final period excluded
}

// --- direct quotes and their marks

TEST_F(QuoteExtractorTest, GuillemetsWithInnerSpacesAndInvertedCue) {
  Run("« Nous ne céderons pas », a déclaré mercredi le ministre russe des Affaires étrangères Sergueï Lavrov.");
  const Quote* q = Find("Nous ne céderons pas");
  ASSERT_NE(q, nullptr) << Dump();
  EXPECT_EQ(Text(*q), "Nous ne céderons pas");
  EXPECT_EQ(q->kind, "direct");
  EXPECT_EQ(SpeakerName(*q), "Sergueï Lavrov");
  EXPECT_EQ(Cue(*q), "a déclaré");
}

TEST_F(QuoteExtractorTest, CurlyQuotesAndEnglishInvertedSubject) {
  Run("“We are ready to talk,” said Sergei Lavrov. \"There is no deal yet,\" Dmitry Peskov told reporters.",
      "en");
  const Quote* a = Find("We are ready to talk");
  ASSERT_NE(a, nullptr) << Dump();
  EXPECT_EQ(Text(*a), "We are ready to talk");  // the comma inside the marks is not content
  EXPECT_EQ(SpeakerName(*a), "Sergei Lavrov");
  const Quote* b = Find("There is no deal yet");
  ASSERT_NE(b, nullptr) << Dump();
  EXPECT_EQ(SpeakerName(*b), "Dmitry Peskov");
  EXPECT_EQ(Cue(*b), "told");
  EXPECT_EQ(b->cue_lemma, "tell");
}

TEST_F(QuoteExtractorTest, NestedQuotesStayInsideTheOuterQuote) {
  Run("« Ils parlent d'une “opération spéciale”, mais c'est une guerre », a affirmé Emmanuel Macron.");
  ASSERT_EQ(doc_.quotes.size(), 1u) << Dump();
  EXPECT_EQ(Text(doc_.quotes[0]), "Ils parlent d'une “opération spéciale”, mais c'est une guerre");
  EXPECT_EQ(SpeakerName(doc_.quotes[0]), "Emmanuel Macron");
}

// A paragraph reopening with a quote mark continues the same speaker's quote; it is output
// as a quote of its own (one quote per paragraph, the gold's convention).
TEST_F(QuoteExtractorTest, QuoteOverSeveralParagraphsContinues) {
  Run("Emmanuel Macron a déclaré : « La France tiendra parole.\n\n"
      "« Nous serons aux côtés de nos alliés. »\n\nLa réunion s'est achevée à midi.");
  ASSERT_EQ(doc_.quotes.size(), 2u) << Dump();
  EXPECT_EQ(Text(doc_.quotes[0]), "La France tiendra parole.");
  EXPECT_EQ(Text(doc_.quotes[1]), "Nous serons aux côtés de nos alliés.");
  for (const Quote& q : doc_.quotes) {
    EXPECT_EQ(q.kind, "direct");
    EXPECT_EQ(SpeakerName(q), "Emmanuel Macron");
  }
  EXPECT_EQ(Find("La réunion"), nullptr);
}

TEST_F(QuoteExtractorTest, PartialQuoteEmbeddedInASentence) {
  Run("Le président Emmanuel Macron a qualifié la décision d'« erreur historique ».");
  const Quote* q = Find("erreur historique");
  ASSERT_NE(q, nullptr) << Dump();
  EXPECT_EQ(q->kind, "partial");
  EXPECT_EQ(SpeakerName(*q), "Emmanuel Macron");
}

TEST_F(QuoteExtractorTest, QuotedTitleIsNotSpeech) {
  Run("La série s'appelle « Europe Nouvelle » et sort jeudi.");
  EXPECT_TRUE(doc_.quotes.empty()) << Dump();
}

TEST_F(QuoteExtractorTest, DirectQuoteWithoutCueContinuesTheLastSpeaker) {
  Run("« La paix est possible », a déclaré Vladimir Poutine.\n\n« Mais pas à n'importe quel prix. »");
  const Quote* q = Find("Mais pas à n'importe quel prix");
  ASSERT_NE(q, nullptr) << Dump();
  EXPECT_EQ(q->kind, "direct");
  EXPECT_EQ(SpeakerName(*q), "Vladimir Poutine");
}

// --- indirect speech

TEST_F(QuoteExtractorTest, QueClauseInEveryTense) {
  for (const char* verb : {"a affirmé", "affirme", "affirmait", "affirma", "avait affirmé", "affirmera"}) {
    Run(std::string("Vladimir Poutine ") + verb + " que la Russie était prête à négocier.");
    const Quote* q = Find("la Russie était prête à négocier");
    ASSERT_NE(q, nullptr) << verb << ": " << Dump();
    EXPECT_EQ(Text(*q), "la Russie était prête à négocier") << verb;
    EXPECT_EQ(q->kind, "indirect");
    EXPECT_EQ(SpeakerName(*q), "Vladimir Poutine") << verb;
    EXPECT_EQ(q->cue_lemma, "affirmer");
  }
}

TEST_F(QuoteExtractorTest, PronounContinuationResolvesToTheLastSpeaker) {
  Run("Le porte-parole du Kremlin, Dmitri Peskov, a indiqué que les contacts continuaient. "
      "Il a ajouté que rien n'était prévu.");
  const Quote* a = Find("les contacts continuaient");
  ASSERT_NE(a, nullptr) << Dump();
  EXPECT_EQ(SpeakerName(*a), "Dmitri Peskov");  // not the Kremlin, inside "du Kremlin"
  const Quote* b = Find("rien n'était prévu");
  ASSERT_NE(b, nullptr) << Dump();
  EXPECT_EQ(SpeakerName(*b), "Dmitri Peskov");
  EXPECT_EQ(std::string(doc_.Slice(b->speaker_mention)), "Il");
}

TEST_F(QuoteExtractorTest, PronounGenderPicksTheCompatiblePerson) {
  Run("Emmanuel Macron a reçu Ursula von der Leyen à Paris. Elle a déclaré que l'Europe devait s'unir.");
  const Quote* q = Find("l'Europe devait s'unir");
  ASSERT_NE(q, nullptr) << Dump();
  EXPECT_EQ(SpeakerName(*q), "Ursula von der Leyen");
}

TEST_F(QuoteExtractorTest, InstitutionAsSpeaker) {
  Run("Le Kremlin a indiqué mardi que la rencontre aurait lieu à Riyad.");
  const Quote* q = Find("la rencontre aurait lieu à Riyad");
  ASSERT_NE(q, nullptr) << Dump();
  EXPECT_NE(SpeakerName(*q).find("Kremlin"), std::string::npos) << Dump();
}

TEST_F(QuoteExtractorTest, SentenceFinalInvertedCue) {
  Run("Les délégations se rencontreront jeudi à Istanbul, a déclaré mercredi le ministre russe des "
      "Affaires étrangères Sergueï Lavrov.");
  const Quote* q = Find("Les délégations se rencontreront jeudi à Istanbul");
  ASSERT_NE(q, nullptr) << Dump();
  EXPECT_EQ(Text(*q), "Les délégations se rencontreront jeudi à Istanbul");
  EXPECT_EQ(q->kind, "indirect");
  EXPECT_EQ(SpeakerName(*q), "Sergueï Lavrov");
}

TEST_F(QuoteExtractorTest, SelonAndPour) {
  Run("Selon Dmitri Peskov, aucune date n'a été fixée. Pour Emmanuel Macron, l'accord reste possible.");
  const Quote* a = Find("aucune date n'a été fixée");
  ASSERT_NE(a, nullptr) << Dump();
  EXPECT_EQ(Cue(*a), "Selon");
  EXPECT_EQ(SpeakerName(*a), "Dmitri Peskov");
  const Quote* b = Find("l'accord reste possible");
  ASSERT_NE(b, nullptr) << Dump();
  EXPECT_EQ(SpeakerName(*b), "Emmanuel Macron");
  EXPECT_EQ(b->cue_lemma, "pour");
}

TEST_F(QuoteExtractorTest, SpeechActsFromTheLexicon) {
  struct Case {
    const char* text;
    const char* act;
  };
  const Case cases[] = {
      {"Dmitri Peskov a démenti que Moscou préparait une offensive.", "denial"},
      {"Vladimir Poutine a prévenu que la Russie riposterait.", "warning"},
      {"Emmanuel Macron a appelé à cesser les combats immédiatement.", "call"},
      {"Dmitri Peskov a accusé Kiev de saboter les pourparlers en cours.", "accusation"},
      {"Emmanuel Macron a promis de livrer des munitions avant l'été.", "promise"},
  };
  for (const Case& c : cases) {
    Run(c.text);
    ASSERT_EQ(doc_.quotes.size(), 1u) << c.text << ": " << Dump();
    EXPECT_EQ(doc_.quotes[0].act, c.act) << c.text;
    EXPECT_EQ(doc_.quotes[0].kind, "indirect");
  }
}

TEST_F(QuoteExtractorTest, NotReports) {
  // A passive, a first-person plural imperative, an infinitive, and a noun.
  for (const char* text : {"La ville est menacée par les crues du fleuve.",
                           "Rappelons que la Russie a annexé la Crimée en 2014.",
                           "Il faut noter que la production a baissé.",
                           "L'annonce que le sommet était reporté a surpris."}) {
    Run(text);
    EXPECT_TRUE(doc_.quotes.empty()) << text << ": " << Dump();
  }
}

TEST_F(QuoteExtractorTest, EnglishThatBareAndAccordingTo) {
  Run("Sergei Lavrov said on Wednesday that the talks would resume. He added the embassy would reopen. "
      "According to Dmitry Peskov, no date has been set. The deal is close, she said.",
      "en");
  const Quote* a = Find("the talks would resume");
  ASSERT_NE(a, nullptr) << Dump();
  EXPECT_EQ(Text(*a), "the talks would resume");
  EXPECT_EQ(SpeakerName(*a), "Sergei Lavrov");
  const Quote* b = Find("the embassy would reopen");
  ASSERT_NE(b, nullptr) << Dump();
  EXPECT_EQ(SpeakerName(*b), "Sergei Lavrov");
  const Quote* c = Find("no date has been set");
  ASSERT_NE(c, nullptr) << Dump();
  EXPECT_EQ(SpeakerName(*c), "Dmitry Peskov");
  EXPECT_EQ(c->cue_lemma, "according to");
  // "she" has no compatible person before it: a quote with no speaker, not Lavrov.
  const Quote* d = Find("The deal is close");
  ASSERT_NE(d, nullptr) << Dump();
  EXPECT_NE(SpeakerName(*d), "Sergei Lavrov");
}

TEST_F(QuoteExtractorTest, EnglishActsAndGroups) {
  Run("The two countries denied that talks had stalled.", "en");
  ASSERT_EQ(doc_.quotes.size(), 1u) << Dump();
  EXPECT_EQ(doc_.quotes[0].act, "denial");
  EXPECT_EQ(doc_.quotes[0].speaker, "");
  Run("Vladimir Putin warned that Russia would respond.", "en");
  ASSERT_EQ(doc_.quotes.size(), 1u) << Dump();
  EXPECT_EQ(doc_.quotes[0].act, "warning");
  EXPECT_EQ(SpeakerName(doc_.quotes[0]), "Vladimir Putin");
}

TEST_F(QuoteExtractorTest, IndirectContentStopsBeforeATrailingCue) {
  Run("Sergueï Lavrov a déclaré mercredi que les discussions reprendraient lundi, selon l'agence Tass.", "fr");
  const Quote* a = Find("les discussions reprendraient");
  ASSERT_NE(a, nullptr) << Dump();
  EXPECT_EQ(Text(*a), "les discussions reprendraient lundi");
  Run("Sergei Lavrov said on Wednesday that the talks would resume on Monday, he added.", "en");
  const Quote* b = Find("the talks would resume");
  ASSERT_NE(b, nullptr) << Dump();
  EXPECT_EQ(Text(*b), "the talks would resume on Monday");
}

TEST_F(QuoteExtractorTest, InvertedNameRightAfterTheCueIsTheSubject) {
  Run("The talks failed. \"We will respond firmly\", said Dmitry Peskov.", "en");
  const Quote* a = Find("We will respond firmly");
  ASSERT_NE(a, nullptr) << Dump();
  EXPECT_EQ(SpeakerName(*a), "Dmitry Peskov");
}

TEST_F(QuoteExtractorTest, AppositionBetweenQuoteAndCue) {
  Run("\"It could have been much worse,\" Dmitry Peskov, the spokesman of the Kremlin, said on Monday.",
      "en");
  const Quote* a = Find("It could have been much worse");
  ASSERT_NE(a, nullptr) << Dump();
  EXPECT_EQ(Text(*a), "It could have been much worse");
  EXPECT_EQ(SpeakerName(*a), "Dmitry Peskov");
}

TEST_F(QuoteExtractorTest, PullQuoteSignedAfterADashAndCitedTitles) {
  Run("The talks resumed on Monday.\n\n\"The future is only peace. It will take time.\" - Sergei Lavrov\n\n"
      "Sources\n\n\"Talks resume in Istanbul\" — Reuters, March 1, 2025",
      "en");
  const Quote* a = Find("The future is only peace");
  ASSERT_NE(a, nullptr) << Dump();
  EXPECT_EQ(SpeakerName(*a), "Sergei Lavrov");
  EXPECT_EQ(Find("Talks resume in Istanbul"), nullptr) << Dump();
}

TEST_F(QuoteExtractorTest, QuoteAfterANameAndAColon) {
  Run("Sergueï Lavrov : « la paix est possible ! »\n\nLes discussions ont repris lundi.", "fr");
  const Quote* a = Find("la paix est possible");
  ASSERT_NE(a, nullptr) << Dump();
  EXPECT_EQ(SpeakerName(*a), "Sergueï Lavrov");
}

TEST_F(QuoteExtractorTest, EnglishToldWithAnObjectThenABareClause) {
  Run("Dmitry Peskov told reporters the talks would resume in Istanbul.", "en");
  const Quote* a = Find("the talks would resume");
  ASSERT_NE(a, nullptr) << Dump();
  EXPECT_EQ(Text(*a), "the talks would resume in Istanbul");
  EXPECT_EQ(SpeakerName(*a), "Dmitry Peskov");
}

TEST_F(QuoteExtractorTest, NameAfterAPrepositionAndATitleIsNotASubject) {
  // "du président X": X is the object of the preposition; "il" is still the earlier subject.
  Run("Jean Dupont a critiqué la réforme mardi. Surpris par la décision du président Emmanuel "
      "Macron, il a déclaré que la réforme était injuste.",
      "fr");
  const Quote* a = Find("la réforme était injuste");
  ASSERT_NE(a, nullptr) << Dump();
  EXPECT_EQ(SpeakerName(*a), "Jean Dupont");
}

TEST_F(QuoteExtractorTest, PersonAfterATitleAndItsComplementBeforeTheCue) {
  Run("The talks failed on Monday. Minister of Health Anna Kowalski said the plan was flawed.", "en");
  const Quote* a = Find("the plan was flawed");
  ASSERT_NE(a, nullptr) << Dump();
  EXPECT_NE(SpeakerName(*a).find("Anna Kowalski"), std::string::npos) << Dump();
}

TEST_F(QuoteExtractorTest, NameBeforeAnAppositionIsTheSubject) {
  Run("The papers were found on a road. Paul Martin, an Ottawa New Democrat MP, said the lapses "
      "raised serious questions.",
      "en");
  const Quote* a = Find("the lapses raised serious questions");
  ASSERT_NE(a, nullptr) << Dump();
  EXPECT_EQ(SpeakerName(*a), "Paul Martin");
}

TEST_F(QuoteExtractorTest, PossessorIsNotTheSpeaker) {
  Run("A storm killed 107 people, according to Saudi Arabia's Civil Defense Authority. John Smith's "
      "sister said he was innocent.",
      "en");
  const Quote* a = Find("A storm killed 107 people");
  ASSERT_NE(a, nullptr) << Dump();
  EXPECT_EQ(SpeakerName(*a), "Civil Defense Authority");
  const Quote* b = Find("he was innocent");
  ASSERT_NE(b, nullptr) << Dump();
  EXPECT_EQ(SpeakerName(*b), "") << Dump();
}

TEST_F(QuoteExtractorTest, EnglishTheyForAnOrganisation) {
  Run("The Red Cross denied the allegations on Monday. They also claimed the camp was safe.", "en");
  const Quote* a = Find("the camp was safe");
  ASSERT_NE(a, nullptr) << Dump();
  EXPECT_EQ(SpeakerName(*a), "Red Cross");
  EXPECT_EQ(std::string(doc_.Slice(a->speaker_mention)), "They");
}

TEST_F(QuoteExtractorTest, SourceRelayingAnotherSource) {
  Run("According to Yonhap news agency, quoting the Korean Central News Agency (KCNA), the army was "
      "told to prepare for a \"quasi-state of war\".",
      "en");
  const Quote* a = Find("quasi-state of war");
  ASSERT_NE(a, nullptr) << Dump();
  EXPECT_EQ(SpeakerName(*a), "Korean Central News Agency");
}

TEST_F(QuoteExtractorTest, ParticipleCueHasTheMainClauseSubject) {
  // A gérondif after a partial quote is not an inverted cue; its subject is the main verb's.
  Run("Paul Durand annonce que le ministre serait parti après « un vote serré » la veille, en "
      "évoquant une « source proche du dossier ».",
      "fr");
  const Quote* a = Find("un vote serré");
  ASSERT_NE(a, nullptr) << Dump();
  EXPECT_EQ(Cue(*a), "annonce");
  EXPECT_EQ(SpeakerName(*a), "Paul Durand");
  const Quote* b = Find("source proche du dossier");
  ASSERT_NE(b, nullptr) << Dump();
  EXPECT_EQ(SpeakerName(*b), "Paul Durand");
  // A fronted participle: the subject follows the participial clause.
  Run("Estimant que « le texte est juste », Paul Durand a voté pour.", "fr");
  const Quote* c = Find("le texte est juste");
  ASSERT_NE(c, nullptr) << Dump();
  EXPECT_EQ(SpeakerName(*c), "Paul Durand");
}

TEST_F(QuoteExtractorTest, FrenchPresentReadAsANounIsACue) {
  Run("Le quotidien Le Monde annonce mardi que le ministre aurait démissionné.", "fr");
  const Quote* a = Find("le ministre aurait démissionné");
  ASSERT_NE(a, nullptr) << Dump();
  EXPECT_EQ(Cue(*a), "annonce");
  EXPECT_EQ(SpeakerName(*a), "Le Monde");
  Run("La demande que le ministre démissionne a été rejetée.", "fr");
  EXPECT_EQ(Find("le ministre démissionne"), nullptr) << Dump();
}

TEST_F(QuoteExtractorTest, QuoteAfterAColonEndingAClauseWithAnAuxiliary) {
  Run("Paul Durand a ensuite défendu sa décision : « On peut suspendre la séance. »", "fr");
  const Quote* a = Find("On peut suspendre la séance");
  ASSERT_NE(a, nullptr) << Dump();
  EXPECT_EQ(SpeakerName(*a), "Paul Durand");
}

TEST_F(QuoteExtractorTest, QuoteWithoutCueTakesThePreviousSentenceSubject) {
  Run("Anna Kowalski a déclaré que le vote était clos. Paul Durand a pris la parole. « On ne peut "
      "pas accepter un tel mépris. »",
      "fr");
  const Quote* a = Find("On ne peut pas accepter");
  ASSERT_NE(a, nullptr) << Dump();
  EXPECT_EQ(SpeakerName(*a), "Paul Durand");
}

TEST_F(QuoteExtractorTest, PronounAfterASentenceWithoutSubjectPerson) {
  Run("Anna Kowalski a déclaré que le vote était clos. Les députés ont protesté par la voix de Paul "
      "Durand. Il a déclaré que le vote était illégal.",
      "fr");
  const Quote* a = Find("le vote était illégal");
  ASSERT_NE(a, nullptr) << Dump();
  EXPECT_EQ(SpeakerName(*a), "Paul Durand");
}

TEST_F(QuoteExtractorTest, UnnamedRepresentativeSpeaksForTheOrganisation) {
  Run("Un porte-parole de la Croix-Rouge a déclaré que le camp était sûr.", "fr");
  const Quote* a = Find("le camp était sûr");
  ASSERT_NE(a, nullptr) << Dump();
  EXPECT_EQ(SpeakerName(*a), "Croix-Rouge");
  Run("A spokesman for the Red Cross said the camp was safe.", "en");
  const Quote* b = Find("the camp was safe");
  ASSERT_NE(b, nullptr) << Dump();
  EXPECT_EQ(SpeakerName(*b), "Red Cross");
}

TEST_F(QuoteExtractorTest, SelonWithAnEmbeddedOrUnnamedSource) {
  Run("Selon le classement établi par Reporters sans frontières, la Birmanie est classée 169e.", "fr");
  const Quote* a = Find("la Birmanie est classée");
  ASSERT_NE(a, nullptr) << Dump();
  EXPECT_EQ(SpeakerName(*a), "Reporters sans frontières");
  Run("Selon d'autres témoignages, des opposants ont volé des bulletins.", "fr");
  const Quote* b = Find("des opposants ont volé des bulletins");
  ASSERT_NE(b, nullptr) << Dump();
  EXPECT_EQ(SpeakerName(*b), "");
  Run("Le nombre de manifestants est faible. Les experts expliquent ce facteur par les "
      "négociations, selon les médias occidentaux.",
      "fr");
  const Quote* c = Find("Les experts expliquent ce facteur");
  ASSERT_NE(c, nullptr) << Dump();
  EXPECT_EQ(Cue(*c), "selon");
}

TEST_F(QuoteExtractorTest, CueInARelativeClauseWithAnObjectThenAnInfinitive) {
  Run("La presse a saisi cette affaire, notamment le quotidien Le Monde qui a accusé le "
      "gouvernement de purger la télévision publique.",
      "fr");
  const Quote* a = Find("purger la télévision publique");
  ASSERT_NE(a, nullptr) << Dump();
  EXPECT_EQ(Text(*a), "purger la télévision publique");
  EXPECT_EQ(SpeakerName(*a), "Le Monde");
  Run("Jeff Martin asked the governments of South East Asia not to turn away boats of migrants.", "en");
  const Quote* b = Find("turn away boats");
  ASSERT_NE(b, nullptr) << Dump();
  EXPECT_EQ(Text(*b), "not to turn away boats of migrants");
}

TEST_F(QuoteExtractorTest, FaitSavoirMentionnerAndSeDire) {
  Run("La coordination nationale des hôpitaux appelle à un moratoire et fait savoir que neuf "
      "départements n'ont plus qu'une maternité.",
      "fr");
  EXPECT_NE(Find("neuf départements"), nullptr) << Dump();
  Run("Le gouvernement tibétain mentionne que des étudiants sont descendus dans la rue.", "fr");
  EXPECT_NE(Find("des étudiants sont descendus"), nullptr) << Dump();
  Run("Le président du club, Paul Durand, s'est dit satisfait des résultats de la saison.", "fr");
  const Quote* a = Find("satisfait des résultats");
  ASSERT_NE(a, nullptr) << Dump();
  EXPECT_EQ(SpeakerName(*a), "Paul Durand");
}

TEST_F(QuoteExtractorTest, QuotedSentenceAfterACommaAndTheClauseBeforeIt) {
  Run("The panel met on Monday. Professor John Burrows also said resources would be accessible "
      "for schools,\" For example, schools can run their own flag discussions and referendums\". "
      "People were encouraged to submit designs.",
      "en");
  const Quote* a = Find("resources would be accessible");
  ASSERT_NE(a, nullptr) << Dump();
  EXPECT_EQ(Text(*a), "resources would be accessible for schools");
  EXPECT_EQ(SpeakerName(*a), "John Burrows");
  const Quote* b = Find("For example");
  ASSERT_NE(b, nullptr) << Dump();
  EXPECT_EQ(b->kind, "direct");
  EXPECT_EQ(SpeakerName(*b), "John Burrows");
}

TEST_F(QuoteExtractorTest, EnglishBareClauseOpeningWithANameAndAnApposition) {
  Run("The State Department said John Kerry, the Secretary of State, contacted the minister on Monday.",
      "en");
  const Quote* a = Find("John Kerry, the Secretary of State, contacted");
  ASSERT_NE(a, nullptr) << Dump();
  EXPECT_EQ(SpeakerName(*a), "State Department");
}

TEST_F(QuoteExtractorTest, TwoWordSourceAfterAQuoteAndAppositionToASource) {
  Run("The girl was ill. \"Her skin was weeping\", according to the Sydney Morning Herald.", "en");
  const Quote* a = Find("Her skin was weeping");
  ASSERT_NE(a, nullptr) << Dump();
  EXPECT_EQ(Cue(*a), "according to");
  EXPECT_EQ(SpeakerName(*a), "Sydney Morning Herald");
  Run("According to the team's coach, Alireza Mehraban, in their first match the robot failed.", "en");
  const Quote* b = Find("the robot failed");
  ASSERT_NE(b, nullptr) << Dump();
  EXPECT_EQ(Text(*b), "in their first match the robot failed");
  EXPECT_EQ(SpeakerName(*b), "Alireza Mehraban");
}

TEST_F(QuoteExtractorTest, BacktickOpeningClosedByAStraightQuote) {
  Run("The talks went on.\n\n`` I say brains is the greater producer of wealth, not oil. We have "
      "brains.\" \u2014 Peres, on oil wealth in the region.",
      "en");
  const Quote* a = Find("I say brains");
  ASSERT_NE(a, nullptr) << Dump();
  EXPECT_EQ(Text(*a), "I say brains is the greater producer of wealth, not oil. We have brains.");
  EXPECT_EQ(SpeakerName(*a), "Peres");
}

TEST_F(QuoteExtractorTest, RepresentativeOfAnInstitutionNoun) {
  Run("Samsung a perdu son procès. Sous couvert d'anonymat, un représentant du groupe admet que le "
      "verdict « représente le pire des scénarios ».",
      "fr");
  const Quote* a = Find("représente le pire des scénarios");
  ASSERT_NE(a, nullptr) << Dump();
  EXPECT_EQ(SpeakerName(*a), "Samsung");
}

TEST_F(QuoteExtractorTest, InvertedCueAfterAParticipialGapAndAfterASemicolon) {
  Run("« Le contexte est bien pire qu'attendu », le montant imposé à Samsung inclus, commente Paul "
      "Durand, analyste.",
      "fr");
  const Quote* a = Find("Le contexte est bien pire");
  ASSERT_NE(a, nullptr) << Dump();
  EXPECT_EQ(SpeakerName(*a), "Paul Durand");
  Run("Le chef du Conseil a parlé ; c'est un exemple d'ingérence étrangère, a déclaré Paul Durand.", "fr");
  const Quote* b = Find("exemple d'ingérence");
  ASSERT_NE(b, nullptr) << Dump();
  EXPECT_EQ(Text(*b), "c'est un exemple d'ingérence étrangère");
  EXPECT_EQ(SpeakerName(*b), "Paul Durand");
}

TEST_F(QuoteExtractorTest, LeadersOfAPartySpeakForItAndContentSkipsALeadingComma) {
  Run("Le Parti populaire a gagné. Des leaders du Parti populaire ont indiqué que, lorsqu'ils "
      "arriveraient au pouvoir, ils auraient la peau de la télévision.",
      "fr");
  const Quote* a = Find("ils auraient la peau");
  ASSERT_NE(a, nullptr) << Dump();
  EXPECT_EQ(Text(*a), "lorsqu'ils arriveraient au pouvoir, ils auraient la peau de la télévision");
  EXPECT_EQ(SpeakerName(*a), "Parti populaire");
}

TEST_F(QuoteExtractorTest, EnglishRulingsQuestionsAndTheGovernment) {
  Run("A Greek court has ruled that worshippers may now associate at archeological sites.", "en");
  EXPECT_NE(Find("worshippers may now associate"), nullptr) << Dump();
  Run("Environment Minister John Baird has asked government officials how such documents wound up "
      "on the street.",
      "en");
  const Quote* a = Find("such documents wound up");
  ASSERT_NE(a, nullptr) << Dump();
  EXPECT_EQ(Text(*a), "how such documents wound up on the street");
  EXPECT_EQ(SpeakerName(*a), "John Baird");
  Run("Canada signed the deal. However, when a document has been found on the streets, the "
      "government then says it wasn't particularly sensitive.",
      "en");
  const Quote* b = Find("particularly sensitive");
  ASSERT_NE(b, nullptr) << Dump();
  EXPECT_EQ(Text(*b), "it wasn't particularly sensitive");
  EXPECT_EQ(SpeakerName(*b), "Canada");
}

TEST_F(QuoteExtractorTest, EnglishItForTheOrganisationLastASubject) {
  Run("The Red Cross said the camp was safe. The Union of Rationalist Atheists has launched a "
      "petition. It is also encouraging citizens to ask for application of the law.",
      "en");
  const Quote* a = Find("ask for application of the law");
  ASSERT_NE(a, nullptr) << Dump();
  EXPECT_EQ(SpeakerName(*a), "Union of Rationalist Atheists");
}

TEST_F(QuoteExtractorTest, RelativePronounSubjectIsItsAntecedent) {
  Run("Paul Durand est arrivé. Il a eu un clash avec Jean Dupont, le successeur de Pierre Martin, "
      "qui lui avait rétorqué : « Je partirai quand vous partirez. »",
      "fr");
  const Quote* a = Find("Je partirai");
  ASSERT_NE(a, nullptr) << Dump();
  EXPECT_EQ(SpeakerName(*a), "Jean Dupont");
}

TEST_F(QuoteExtractorTest, QuoteReopenedInANewParagraphIsOneQuotePerParagraph) {
  Run("The mayor, Helen Short, told the council: \"The bridge will be rebuilt by spring.\n\n"
      "\"Nobody will have to drive around the lake any longer.\"\n\nThe council voted later.",
      "en");
  const Quote* a = Find("bridge will be rebuilt");
  const Quote* b = Find("Nobody will have to drive");
  ASSERT_NE(a, nullptr) << Dump();
  ASSERT_NE(b, nullptr) << Dump();
  EXPECT_EQ(Text(*a), "The bridge will be rebuilt by spring.");
  EXPECT_EQ(Text(*b), "Nobody will have to drive around the lake any longer.");
  EXPECT_EQ(SpeakerName(*a), "Helen Short");
  EXPECT_EQ(SpeakerName(*b), "Helen Short");
  // The cue after the last paragraph's closing mark reports the first paragraph too.
  Run("« Nous ne céderons rien sur les salaires.\n\n« La grève continuera lundi », a déclaré Marc "
      "Lenoir.",
      "fr");
  const Quote* c = Find("Nous ne céderons rien");
  const Quote* d = Find("La grève continuera");
  ASSERT_NE(c, nullptr) << Dump();
  ASSERT_NE(d, nullptr) << Dump();
  EXPECT_EQ(SpeakerName(*c), "Marc Lenoir");
  EXPECT_EQ(SpeakerName(*d), "Marc Lenoir");
}

TEST_F(QuoteExtractorTest, CaptionSignedWithAName) {
  Run("Helen Short spoke in Leeds on Monday.\n\n\"Trade is the future of this town. We have to "
      "open it.\" Peter Grant image: Anna Lee.\n\nThe meeting ended at noon.",
      "en");
  const Quote* a = Find("Trade is the future");
  ASSERT_NE(a, nullptr) << Dump();
  EXPECT_EQ(SpeakerName(*a), "Peter Grant");
  // An unnamed author: no entity, not the last speaker.
  Run("Helen Short said the port would reopen.\n\n\"The port is our only hope. It must reopen.\" "
      "Local fisherman, \"Waiting for the boats\"\n\nHe added nothing.",
      "en");
  const Quote* b = Find("The port is our only hope");
  ASSERT_NE(b, nullptr) << Dump();
  EXPECT_EQ(SpeakerName(*b), "");
  // The quoted title after the signature is not reported by a cue of the next paragraph.
  EXPECT_EQ(Find("Waiting for the boats"), nullptr) << Dump();
}

TEST_F(QuoteExtractorTest, SourceOpeningAClauseAfterAColonOrThat) {
  Run("Espagne : pour Paul Martin, le budget est « une erreur historique »", "fr");
  const Quote* a = Find("une erreur historique");
  ASSERT_NE(a, nullptr) << Dump();
  EXPECT_EQ(SpeakerName(*a), "Paul Martin");
  Run("The newspaper has learned that according to a message posted on Sunday, the company's "
      "servers were shut down by the attack.",
      "en");
  const Quote* b = Find("servers were shut down");
  ASSERT_NE(b, nullptr) << Dump();
  EXPECT_EQ(Text(*b), "the company's servers were shut down by the attack");
  EXPECT_EQ(SpeakerName(*b), "");
}

TEST_F(QuoteExtractorTest, SourcePhraseInsideTheSentenceBeforeAQuote) {
  Run("The river rose quickly, and in the words of the fire chief, Robert Hale, \"the water came "
      "in faster than anyone expected.\"",
      "en");
  const Quote* a = Find("the water came in faster");
  ASSERT_NE(a, nullptr) << Dump();
  EXPECT_EQ(SpeakerName(*a), "Robert Hale");
  EXPECT_EQ(Cue(*a), "words of");
}

TEST_F(QuoteExtractorTest, FragmentAfterAFragmentSharesItsCue) {
  Run("Senator Laura Wells called the plan \"reckless\" and \"costly\".", "en");
  const Quote* a = Find("reckless");
  const Quote* b = Find("costly");
  ASSERT_NE(a, nullptr) << Dump();
  ASSERT_NE(b, nullptr) << Dump();
  EXPECT_EQ(SpeakerName(*a), "Laura Wells");
  EXPECT_EQ(SpeakerName(*b), "Laura Wells");
  Run("Le ministre Paul Martin a jugé le projet « inutile » puis a parlé d'une réforme « mal "
      "préparée ».",
      "fr");
  const Quote* c = Find("mal préparée");
  ASSERT_NE(c, nullptr) << Dump();
  EXPECT_EQ(SpeakerName(*c), "Paul Martin");
}

TEST_F(QuoteExtractorTest, InstitutionNounIsTheOrganisationNamedSinceTheLastSpeaker) {
  Run("The Green Party said the tax was unfair. The request was filed by the Municipality of "
      "Ravenna in 2012.\n\nThe city reasoned that the schools ran a commercial activity.",
      "en");
  const Quote* a = Find("commercial activity");
  ASSERT_NE(a, nullptr) << Dump();
  EXPECT_EQ(SpeakerName(*a), "Municipality of Ravenna");
}

TEST_F(QuoteExtractorTest, TheGovernmentIsTheCountryTheStoryIsAbout) {
  Run("Canada has new rules for refugees. Canada will publish them soon, officials in Canada said. "
      "Applicants from Syria, Iraq and Yemen are concerned. The government then says the form is "
      "optional.",
      "en");
  const Quote* a = Find("the form is optional");
  ASSERT_NE(a, nullptr) << Dump();
  EXPECT_EQ(SpeakerName(*a), "Canada");
}

TEST_F(QuoteExtractorTest, MoreEnglishReportingVerbs) {
  Run("Bloggers on the forum theorized that a power cut had occurred.", "en");
  EXPECT_NE(Find("a power cut had occurred"), nullptr) << Dump();
  Run("His brother pleaded with him to call a doctor.", "en");
  const Quote* a = Find("call a doctor");
  ASSERT_NE(a, nullptr) << Dump();
  EXPECT_EQ(Text(*a), "call a doctor");
}

TEST_F(QuoteExtractorTest, CoordinatedReportsAreSeparateWithTheSameSpeaker) {
  Run("The Ministry of Transport claimed the bridge was safe and insisted the cracks were old.",
      "en");
  const Quote* a = Find("the bridge was safe");
  const Quote* b = Find("the cracks were old");
  ASSERT_NE(a, nullptr) << Dump();
  ASSERT_NE(b, nullptr) << Dump();
  EXPECT_EQ(Text(*a), "the bridge was safe");
  EXPECT_EQ(Text(*b), "the cracks were old");
  EXPECT_EQ(SpeakerName(*a), "Ministry of Transport");
  EXPECT_EQ(SpeakerName(*b), "Ministry of Transport");
  // "that A and that B" stays one report.
  Run("Anna Fischer said that prices would rise and that wages would follow.", "en");
  const Quote* c = Find("prices would rise");
  ASSERT_NE(c, nullptr) << Dump();
  EXPECT_EQ(Text(*c), "prices would rise and that wages would follow");
}

TEST_F(QuoteExtractorTest, EnglishParticipialReports) {
  // A participle after a comma reports what follows it, with the main clause's subject.
  Run("The Clean Rivers Trust has filed a complaint, asking the council to close the plant.", "en");
  const Quote* a = Find("close the plant");
  ASSERT_NE(a, nullptr) << Dump();
  EXPECT_EQ(Text(*a), "close the plant");
  EXPECT_EQ(SpeakerName(*a), "Clean Rivers Trust");
  // "to" and a gerund; a second participial report ends the first.
  Run("One reader admitted to sharing the file, writing in a comment that it was already public.",
      "en");
  const Quote* b = Find("sharing the file");
  ASSERT_NE(b, nullptr) << Dump();
  EXPECT_EQ(Text(*b), "sharing the file");
  // An absolute clause has its own subject.
  Run("Critics were divided, with Laura Wells stating that the law was unfair.", "en");
  const Quote* c = Find("the law was unfair");
  ASSERT_NE(c, nullptr) << Dump();
  EXPECT_EQ(SpeakerName(*c), "Laura Wells");
  // An activity is not a report.
  Run("Several towns have started asking farmers to pay the new tax.", "en");
  EXPECT_EQ(Find("pay the new tax"), nullptr) << Dump();
}

TEST_F(QuoteExtractorTest, PullQuoteWithoutMarksSignedAtTheParagraphEnd) {
  Run("Martha Klein worked on the farm for ten years.\n\n"
      "We were never paid for the extra hours and I was told to keep quiet about it. Martha Klein\n\n"
      "We were never paid for the extra hours and I was told to keep quiet about it. She left in "
      "2010.",
      "en");
  ASSERT_GE(doc_.quotes.size(), 2u) << Dump();
  EXPECT_EQ(Text(doc_.quotes[0]), "We were never paid for the extra hours and I was told to keep quiet about it.");
  EXPECT_EQ(doc_.quotes[0].kind, "direct");
  EXPECT_EQ(SpeakerName(doc_.quotes[0]), "Martha Klein");
  // The same words repeated in the body are the same quote.
  EXPECT_EQ(Text(doc_.quotes[1]), Text(doc_.quotes[0]));
  EXPECT_EQ(SpeakerName(doc_.quotes[1]), "Martha Klein");
  Run("La manifestation a dégénéré.\n\nJ'ai été bousculée puis jetée à terre par des inconnus. "
      "—Claire Dubreuil, photographe\n\nLa police a ouvert une enquête.",
      "fr");
  const Quote* a = Find("J'ai été bousculée");
  ASSERT_NE(a, nullptr) << Dump();
  EXPECT_EQ(SpeakerName(*a), "Claire Dubreuil");
  // A paragraph of the reporter's own with a name at its end is not a quote.
  Run("The court adjourned until Monday. The hearing was chaired by Judge Paul Barton\n\nNo "
      "decision was made.",
      "en");
  EXPECT_EQ(Find("The court adjourned"), nullptr) << Dump();
}

TEST_F(QuoteExtractorTest, HeadlineRoleNounIsThePersonTheStoryIntroduces) {
  Run("British lawyer claims police destroyed the recordings\n\nMonday, March 3, 2014\n\nMargaret "
      "Holloway, a lawyer from Leeds, has claimed that the police destroyed the recordings.",
      "en");
  ASSERT_EQ(doc_.quotes.size(), 2u) << Dump();
  EXPECT_EQ(Text(doc_.quotes[0]), "police destroyed the recordings");
  EXPECT_EQ(SpeakerName(doc_.quotes[0]), "Margaret Holloway") << Dump();
}

TEST_F(QuoteExtractorTest, EnglishTheyForAnOrganisationNamedInTheParagraph) {
  Run("Many look at Norway, which has built a large fund. They say oil money must be saved.", "en");
  const Quote* a = Find("oil money must be saved");
  ASSERT_NE(a, nullptr) << Dump();
  EXPECT_EQ(SpeakerName(*a), "Norway");
  // After a sentence opened by a plural noun ("The sources claimed"), "they" is that group.
  Run("The Daily Courier reported the merger. The sources claimed the talks had failed. They also "
      "said the board was divided.",
      "en");
  const Quote* c = Find("the board was divided");
  ASSERT_NE(c, nullptr) << Dump();
  EXPECT_EQ(SpeakerName(*c), "");
  // People named in the paragraph do not make "they" an organisation.
  Run("Many farmers met John Hale. They say the drought will last.", "en");
  const Quote* b = Find("the drought will last");
  ASSERT_NE(b, nullptr) << Dump();
  EXPECT_EQ(SpeakerName(*b), "");
}

TEST_F(QuoteExtractorTest, NegatedCuesThreatsAndObjectsAreNotReports) {
  // A negated cue asserts nothing.
  Run("Maria Lopez, who does not claim to speak for the party, left early.", "en");
  EXPECT_EQ(Find("speak for the party"), nullptr) << Dump();
  Run("Le maire Paul Martin n'a pas dit que le projet était abandonné.", "fr");
  EXPECT_EQ(Find("le projet était abandonné"), nullptr) << Dump();
  // A threatened action is not a report; a threat reported with "que" is.
  Run("Le Royaume-Uni avait menacé d'expulser trois diplomates.", "fr");
  EXPECT_EQ(Find("expulser trois diplomates"), nullptr) << Dump();
  Run("Paul Martin a menacé que la ville porterait plainte.", "fr");
  EXPECT_NE(Find("la ville porterait plainte"), nullptr) << Dump();
  // "denied visas to enter": an infinitive after an object reports only for calls,
  // accusations and warnings.
  Run("The players had been refused, and officials denied them visas to enter the country.", "en");
  EXPECT_EQ(Find("enter the country"), nullptr) << Dump();
  // "maintained a majority": no bare content clause after "maintain".
  Run("The ruling party maintained a majority in the council despite the losses.", "en");
  EXPECT_EQ(Find("a majority in the council"), nullptr) << Dump();
}

TEST_F(QuoteExtractorTest, AbsoluteClauseWithItsOwnSpeakerEndsTheContent) {
  Run("Officials tell Radio Norte every request will be reviewed, with the newspaper reporting no "
      "one will be turned away.",
      "en");
  const Quote* a = Find("every request will be reviewed");
  ASSERT_NE(a, nullptr) << Dump();
  EXPECT_EQ(Text(*a), "every request will be reviewed");
}

TEST_F(QuoteExtractorTest, CoordinatedSubjectsAreAGroup) {
  Run("Both the Dallas School Board and the Dallas Police Department have asserted that the "
      "student was not singled out.",
      "en");
  const Quote* a = Find("the student was not singled out");
  ASSERT_NE(a, nullptr) << Dump();
  EXPECT_EQ(SpeakerName(*a), "");
  EXPECT_EQ(doc_.Slice(a->speaker_mention), "the Dallas School Board and the Dallas Police Department");
  Run("L'Allemagne et la Pologne ont affirmé que le gazoduc serait achevé.", "fr");
  const Quote* b = Find("le gazoduc serait achevé");
  ASSERT_NE(b, nullptr) << Dump();
  EXPECT_EQ(SpeakerName(*b), "");
}

TEST_F(QuoteExtractorTest, EnglishCueBetweenCommasAfterAnApposition) {
  Run("Ruth Ellison, chair of the trust and a member of the council, adds, \"The library will stay "
      "open all summer.\"",
      "en");
  const Quote* a = Find("The library will stay open");
  ASSERT_NE(a, nullptr) << Dump();
  EXPECT_EQ(SpeakerName(*a), "Ruth Ellison");
  EXPECT_EQ(Cue(*a), "adds");
}

TEST_F(QuoteExtractorTest, NamingParticiplesAndThatAfterAPrepositionReportNothing) {
  Run("The phone has a new camera, dubbed a \"night eye\" by fans.", "en");
  EXPECT_EQ(Find("night eye"), nullptr) << Dump();
  Run("Many people called because of that also.", "en");
  EXPECT_TRUE(doc_.quotes.empty()) << Dump();
  // With a subject and an object, the naming verb reports the quoted words.
  Run("Mayor Lena Ortiz called the budget \"a disgrace\".", "en");
  const Quote* a = Find("a disgrace");
  ASSERT_NE(a, nullptr) << Dump();
  EXPECT_EQ(SpeakerName(*a), "Lena Ortiz");
}

TEST_F(QuoteExtractorTest, FrenchInvertedReflexiveCueAndYCompris) {
  Run("« Les chantiers ont repris plus vite que prévu » s'est félicité le maire Paul Martin à "
      "Lille.",
      "fr");
  const Quote* a = Find("Les chantiers ont repris");
  ASSERT_NE(a, nullptr) << Dump();
  EXPECT_EQ(SpeakerName(*a), "Paul Martin");
  Run("« La baisse est plus forte que prévu », y compris pour les exportations vers l'Asie, "
      "commente Marc Lenoir, économiste.",
      "fr");
  const Quote* b = Find("La baisse est plus forte");
  ASSERT_NE(b, nullptr) << Dump();
  EXPECT_EQ(SpeakerName(*b), "Marc Lenoir");
}

TEST_F(QuoteExtractorTest, ARelativeAfterACommaIsNoSentenceFinalCue) {
  Run("Sudan's army accused the United Arab Emirates of arming the rebels, a charge Abu Dhabi has denied.", "en");
  EXPECT_TRUE(doc_.quotes.empty()) << Dump();
  Run("Sudan's army accused the United Arab Emirates of arming the rebels, which Abu Dhabi denies.", "en");
  EXPECT_TRUE(doc_.quotes.empty()) << Dump();
  // A speaker after the comma still reports what comes before it.
  Run("The talks will resume on Monday, the minister said.", "en");
  EXPECT_NE(Find("The talks will resume"), nullptr) << Dump();
}

TEST_F(QuoteExtractorTest, ADateAfterTheCueOpensNoClauseAndTheDatelineAgencyNeverSpeaks) {
  Run("BISSAU (Reuters) - Army officers said on Wednesday they had detained the president.", "en");
  const Quote* a = Find("they had detained the president");
  ASSERT_NE(a, nullptr) << Dump();
  EXPECT_EQ(a->kind, "indirect");
  EXPECT_EQ(Text(*a), "they had detained the president");
  // An institution noun ("Army") is not the agency credited in the dateline.
  Run("BISSAU (Reuters) - Army officers said on Wednesday they had taken \"total control\" of the country.", "en");
  for (const Quote& q : doc_.quotes) EXPECT_NE(SpeakerName(q), "Reuters") << Dump();
}

}  // namespace
}  // namespace chancery

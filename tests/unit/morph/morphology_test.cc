// Tests of Morphology: lookups in the compiled French and English lexicons and the
// choice of one reading per token in context. Documents are built by hand (a space
// splitter below), so these tests do not depend on the tokenizer.
#include "morph/morphology.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "support/test_data.h"
#include "unicode/utf8.h"

namespace chancery {
namespace {

class MorphologyTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    Result<std::unique_ptr<Morphology>> m = Morphology::Create(testing::DataDir());
    if (m.ok()) {
      morph_ = std::move(m).value().release();
    } else {
      create_error_ = new std::string(m.status().ToString());
    }
  }
  // Fails (rather than skips) every test when the lexicons cannot be loaded.
  void SetUp() override {
    ASSERT_NE(morph_, nullptr) << "Morphology::Create(\"" << testing::DataDir()
                               << "\"): " << (create_error_ ? *create_error_ : "");
  }
  static void TearDownTestSuite() {
    delete morph_;
    morph_ = nullptr;
    delete create_error_;
    create_error_ = nullptr;
  }

  // Splits on spaces into tokens (one sentence), fills spans, kinds and flags, analyses.
  static void Analyze(Document* doc, Language lang, const std::string& text) {
    doc->Clear();
    doc->text = text;
    doc->lang = lang;
    ASSERT_TRUE(doc->decoded.Decode(doc->text).ok());
    const DecodedText& d = doc->decoded;
    uint32_t i = 0;
    while (i < d.size()) {
      if (d.Is(i, cc::kSpace)) {
        ++i;
        continue;
      }
      uint32_t start = i;
      while (i < d.size() && !d.Is(i, cc::kSpace)) ++i;
      Token t;
      t.span = {start, i};
      // A word, an inverted clitic (-t-il) or the English clitic 's, as the tokenizer has them.
      if (d.Is(start, cc::kLetter) || (i - start > 1 && (d.Is(start, cc::kDash) || d.Is(start, cc::kQuote)))) {
        t.kind = TokenKind::kWord;
      } else if (d.Is(start, cc::kDigit)) t.kind = TokenKind::kNumber;
      else if (d.Is(start, cc::kQuote)) t.kind = TokenKind::kQuote;
      else t.kind = TokenKind::kPunct;
      if (d.Is(start, cc::kUpper)) t.flags |= tf::kCapitalized;
      if (t.kind == TokenKind::kWord && d.Is(start, cc::kDash)) t.flags |= tf::kClitic;
      if (start > 0) t.flags |= tf::kSpaceBefore;
      doc->tokens.push_back(t);
    }
    Sentence s;
    s.span = {0, d.size()};
    s.token_end = static_cast<uint32_t>(doc->tokens.size());
    doc->sentences.push_back(s);
    morph_->Analyze(doc);
  }

  static const MorphAnalysis& At(const Document& doc, size_t i) { return doc.tokens.at(i).morph; }

  static Morphology* morph_;
  static std::string* create_error_;
};

Morphology* MorphologyTest::morph_ = nullptr;
std::string* MorphologyTest::create_error_ = nullptr;

// ---- French -------------------------------------------------------------------

TEST_F(MorphologyTest, FrenchPasseComposeAvoirPresentAndParticiple) {
  Document doc;
  Analyze(&doc, Language::kFrench, "Il a déclaré");
  const MorphAnalysis& a = At(doc, 1);
  EXPECT_EQ(a.lemma, "avoir");
  EXPECT_EQ(a.pos, PartOfSpeech::kAuxiliary);
  EXPECT_EQ(a.verb_form, VerbForm::kFinite);
  EXPECT_EQ(a.tense, Tense::kPresent);
  EXPECT_EQ(a.mood, Mood::kIndicative);
  EXPECT_EQ(a.person, 3);
  EXPECT_EQ(a.number, GramNumber::kSingular);
  const MorphAnalysis& d = At(doc, 2);
  EXPECT_EQ(d.lemma, "déclarer");
  EXPECT_EQ(d.pos, PartOfSpeech::kVerb);
  EXPECT_EQ(d.verb_form, VerbForm::kPastParticiple);
  EXPECT_EQ(At(doc, 0).pos, PartOfSpeech::kPronoun);
}

TEST_F(MorphologyTest, FrenchDoncInsideAVerbGroup) {
  // "donc" (a conjunction in the lexicon) stands between the auxiliary and its participle.
  Document doc;
  Analyze(&doc, Language::kFrench, "La Russie a donc accusé l'Ukraine");
  const MorphAnalysis& p = At(doc, 4);
  EXPECT_EQ(p.lemma, "accuser");
  EXPECT_EQ(p.verb_form, VerbForm::kPastParticiple);
}

TEST_F(MorphologyTest, FrenchAllerPlusInfinitive) {
  Document doc;
  Analyze(&doc, Language::kFrench, "Les deux présidents vont se rencontrer");
  const MorphAnalysis& v = At(doc, 3);
  EXPECT_EQ(v.lemma, "aller");
  EXPECT_EQ(v.verb_form, VerbForm::kFinite);
  EXPECT_EQ(v.tense, Tense::kPresent);
  EXPECT_EQ(v.person, 3);
  EXPECT_EQ(v.number, GramNumber::kPlural);
  EXPECT_EQ(At(doc, 4).pos, PartOfSpeech::kPronoun);
  EXPECT_EQ(At(doc, 5).lemma, "rencontrer");
  EXPECT_EQ(At(doc, 5).verb_form, VerbForm::kInfinitive);
  EXPECT_EQ(At(doc, 0).pos, PartOfSpeech::kDeterminer);
  EXPECT_EQ(At(doc, 2).pos, PartOfSpeech::kNoun);
  EXPECT_EQ(At(doc, 2).lemma, "président");
  EXPECT_EQ(At(doc, 2).number, GramNumber::kPlural);
}

TEST_F(MorphologyTest, FrenchVerbBeforeAnInfinitiveIsNoNoun) {
  // After a noun and its adjective, "va" could be read as the noun; an infinitive follows.
  Document doc;
  Analyze(&doc, Language::kFrench, "La marine russe va attaquer");
  EXPECT_EQ(At(doc, 3).lemma, "aller");
  EXPECT_EQ(At(doc, 3).verb_form, VerbForm::kFinite);
  Document doc2;
  Analyze(&doc2, Language::kFrench, "Le droit de vote est garanti");
  EXPECT_EQ(At(doc2, 1).pos, PartOfSpeech::kNoun);
}

TEST_F(MorphologyTest, FrenchPresentAfterANounPhraseBeforeADeterminerIsAVerb) {
  // Headlines in the present: "rencontre", "menace" are nouns too.
  Document doc;
  Analyze(&doc, Language::kFrench, "Le président américain rencontre son homologue chinois");
  EXPECT_EQ(At(doc, 3).lemma, "rencontrer");
  EXPECT_EQ(At(doc, 3).verb_form, VerbForm::kFinite);
  Document doc2;
  Analyze(&doc2, Language::kFrench, "La Russie menace la Moldavie");
  EXPECT_EQ(At(doc2, 2).lemma, "menacer");
  // After a determiner, the noun.
  Document doc3;
  Analyze(&doc3, Language::kFrench, "La menace de la Russie");
  EXPECT_EQ(At(doc3, 1).pos, PartOfSpeech::kNoun);
}

TEST_F(MorphologyTest, FrenchConditionalAndFuture) {
  Document doc;
  Analyze(&doc, Language::kFrench, "Ils porteraient plainte et montreront les preuves");
  EXPECT_EQ(At(doc, 1).lemma, "porter");
  EXPECT_EQ(At(doc, 1).tense, Tense::kConditional);
  EXPECT_EQ(At(doc, 1).person, 3);
  EXPECT_EQ(At(doc, 1).number, GramNumber::kPlural);
  EXPECT_EQ(At(doc, 4).lemma, "montrer");
  EXPECT_EQ(At(doc, 4).tense, Tense::kFuture);
  EXPECT_EQ(At(doc, 4).number, GramNumber::kPlural);
  EXPECT_EQ(At(doc, 5).pos, PartOfSpeech::kDeterminer);
  EXPECT_EQ(At(doc, 6).pos, PartOfSpeech::kNoun);
}

TEST_F(MorphologyTest, FrenchImperfectAuxiliary) {
  Document doc;
  Analyze(&doc, Language::kFrench, "Le ministre avait déclaré que les ministres se réuniront");
  EXPECT_EQ(At(doc, 2).lemma, "avoir");
  EXPECT_EQ(At(doc, 2).tense, Tense::kImperfect);
  EXPECT_EQ(At(doc, 2).pos, PartOfSpeech::kAuxiliary);
  EXPECT_EQ(At(doc, 3).verb_form, VerbForm::kPastParticiple);
  EXPECT_EQ(At(doc, 3).lemma, "déclarer");
  EXPECT_EQ(At(doc, 8).lemma, "réunir");
  EXPECT_EQ(At(doc, 8).tense, Tense::kFuture);
  EXPECT_EQ(At(doc, 8).person, 3);
  EXPECT_EQ(At(doc, 0).pos, PartOfSpeech::kDeterminer);
  EXPECT_EQ(At(doc, 0).lemma, "le");
}

TEST_F(MorphologyTest, FrenchEtreConditionalAndTravailler) {
  Document doc;
  Analyze(&doc, Language::kFrench, "Ce serait une erreur car ils travailleraient ensemble");
  EXPECT_EQ(At(doc, 1).lemma, "être");
  EXPECT_EQ(At(doc, 1).pos, PartOfSpeech::kAuxiliary);
  EXPECT_EQ(At(doc, 1).tense, Tense::kConditional);
  EXPECT_EQ(At(doc, 1).person, 3);
  EXPECT_EQ(At(doc, 6).lemma, "travailler");
  EXPECT_EQ(At(doc, 6).tense, Tense::kConditional);
  EXPECT_EQ(At(doc, 6).number, GramNumber::kPlural);
}

TEST_F(MorphologyTest, FrenchInvertedCliticIsPronoun) {
  Document doc;
  Analyze(&doc, Language::kFrench, "Que a -t-il dit ?");
  EXPECT_EQ(At(doc, 1).lemma, "avoir");
  EXPECT_EQ(At(doc, 1).verb_form, VerbForm::kFinite);
  EXPECT_EQ(At(doc, 2).pos, PartOfSpeech::kPronoun);
  EXPECT_EQ(At(doc, 2).lemma, "il");
  EXPECT_EQ(At(doc, 3).lemma, "dire");
  EXPECT_EQ(At(doc, 3).verb_form, VerbForm::kPastParticiple);
  EXPECT_EQ(At(doc, 4).pos, PartOfSpeech::kPunctuation);
}

TEST_F(MorphologyTest, FrenchAdjectiveGenderAndNumber) {
  Document doc;
  Analyze(&doc, Language::kFrench, "la diplomatie américaine et les autorités russes");
  EXPECT_EQ(At(doc, 2).lemma, "américain");
  EXPECT_EQ(At(doc, 2).gender, Gender::kFeminine);
  EXPECT_EQ(At(doc, 2).number, GramNumber::kSingular);
  EXPECT_EQ(At(doc, 6).lemma, "russe");
  EXPECT_EQ(At(doc, 6).number, GramNumber::kPlural);
  EXPECT_EQ(At(doc, 5).lemma, "autorité");
  EXPECT_EQ(At(doc, 5).pos, PartOfSpeech::kNoun);
  EXPECT_EQ(At(doc, 5).gender, Gender::kFeminine);
}

TEST_F(MorphologyTest, FrenchLookupKeepsAccents) {
  MorphAnalysis out[16];
  Arena arena;
  size_t n = morph_->Lookup(Language::kFrench, "à", out, 16, &arena);
  ASSERT_GT(n, 0u);
  EXPECT_EQ(out[0].pos, PartOfSpeech::kPreposition);
  n = morph_->Lookup(Language::kFrench, "A", out, 16, &arena);
  bool avoir = false;
  for (size_t i = 0; i < n && i < 16; ++i) avoir |= out[i].lemma == "avoir";
  EXPECT_TRUE(avoir);
  n = morph_->Lookup(Language::kFrench, "où", out, 16, &arena);
  ASSERT_GT(n, 0u);
  EXPECT_NE(out[0].pos, PartOfSpeech::kConjunction);  // "ou" is the conjunction
}

TEST_F(MorphologyTest, FrenchElisionAndTypographicApostrophe) {
  MorphAnalysis out[16];
  Arena arena;
  size_t n = morph_->Lookup(Language::kFrench, "l’", out, 16, &arena);
  ASSERT_GT(n, 0u);
  EXPECT_EQ(out[0].lemma, "le");
}

TEST_F(MorphologyTest, FrenchNumbersAndPunctuationNeedNoLookup) {
  Document doc;
  Analyze(&doc, Language::kFrench, "Il a 42 ans .");
  EXPECT_EQ(At(doc, 2).pos, PartOfSpeech::kNumeral);
  EXPECT_EQ(At(doc, 4).pos, PartOfSpeech::kPunctuation);
  EXPECT_EQ(At(doc, 3).lemma, "an");
}

TEST_F(MorphologyTest, FrenchCapitalisedUnknownIsProperNoun) {
  Document doc;
  Analyze(&doc, Language::kFrench, "le président Zelensky a rencontré Tchakhbourine");
  EXPECT_EQ(At(doc, 2).pos, PartOfSpeech::kProperNoun);
  EXPECT_EQ(At(doc, 5).pos, PartOfSpeech::kProperNoun);
  EXPECT_EQ(At(doc, 4).verb_form, VerbForm::kPastParticiple);
}

TEST_F(MorphologyTest, UnknownLanguageLeavesAnalysesEmpty) {
  Document doc;
  Analyze(&doc, Language::kUnknown, "Il a déclaré");
  for (const Token& t : doc.tokens) {
    EXPECT_TRUE(t.morph.lemma.empty());
    EXPECT_EQ(t.morph.pos, PartOfSpeech::kUnknown);
  }
}

// ---- English ------------------------------------------------------------------

TEST_F(MorphologyTest, EnglishIrregularPastAndPresent) {
  Document doc;
  Analyze(&doc, Language::kEnglish, "He said the minister says nothing");
  EXPECT_EQ(At(doc, 1).lemma, "say");
  EXPECT_EQ(At(doc, 1).verb_form, VerbForm::kFinite);
  EXPECT_EQ(At(doc, 1).tense, Tense::kPast);
  EXPECT_EQ(At(doc, 4).lemma, "say");
  EXPECT_EQ(At(doc, 4).tense, Tense::kPresent);
  EXPECT_EQ(At(doc, 4).person, 3);
  EXPECT_EQ(At(doc, 4).number, GramNumber::kSingular);
  EXPECT_EQ(At(doc, 3).pos, PartOfSpeech::kNoun);
}

TEST_F(MorphologyTest, EnglishParticiplesAfterAuxiliaries) {
  Document doc;
  Analyze(&doc, Language::kEnglish, "They have met and were saying that talks were held");
  EXPECT_EQ(At(doc, 1).pos, PartOfSpeech::kAuxiliary);
  EXPECT_EQ(At(doc, 2).lemma, "meet");
  EXPECT_EQ(At(doc, 2).verb_form, VerbForm::kPastParticiple);
  EXPECT_EQ(At(doc, 5).lemma, "say");
  EXPECT_EQ(At(doc, 5).verb_form, VerbForm::kPresentParticiple);
  EXPECT_EQ(At(doc, 7).lemma, "talk");
  EXPECT_EQ(At(doc, 7).pos, PartOfSpeech::kNoun);
  EXPECT_EQ(At(doc, 7).number, GramNumber::kPlural);
  EXPECT_EQ(At(doc, 9).lemma, "hold");
  EXPECT_EQ(At(doc, 9).verb_form, VerbForm::kPastParticiple);
}

TEST_F(MorphologyTest, EnglishMeetingNounAfterDeterminer) {
  Document doc;
  Analyze(&doc, Language::kEnglish, "the meeting ended");
  EXPECT_EQ(At(doc, 1).pos, PartOfSpeech::kNoun);
  EXPECT_EQ(At(doc, 1).lemma, "meeting");
  EXPECT_EQ(At(doc, 2).lemma, "end");
  EXPECT_EQ(At(doc, 2).tense, Tense::kPast);
}

TEST_F(MorphologyTest, EnglishNounBeforeAnAdverbAndItsVerb) {
  // The word after the adverb decides: "forces" is the subject's noun, not a verb.
  Document doc;
  Analyze(&doc, Language::kEnglish, "security forces briefly detained the leader");
  EXPECT_EQ(At(doc, 1).pos, PartOfSpeech::kNoun);
  EXPECT_EQ(At(doc, 2).pos, PartOfSpeech::kAdverb);
  // A verb before an adverb and its object stays a verb.
  Analyze(&doc, Language::kEnglish, "he attacks quickly the town");
  EXPECT_EQ(At(doc, 1).pos, PartOfSpeech::kVerb);
}

TEST_F(MorphologyTest, EnglishRegularPastLemmas) {
  MorphAnalysis out[8];
  Arena arena;
  const std::pair<const char*, const char*> cases[] = {
      {"announced", "announce"}, {"denied", "deny"},  {"accused", "accuse"},
      {"planned", "plan"},       {"stopped", "stop"}, {"hoped", "hope"},
      {"helped", "help"},        {"declared", "declare"}, {"died", "die"},
      {"agreed", "agree"},       {"controlled", "control"}, {"visited", "visit"},
      // Silent-e verbs the suffix heuristics cannot tell from 'visited', 'opened'.
      {"telephoned", "telephone"}, {"sidelined", "sideline"}, {"preceded", "precede"},
      {"evaded", "evade"},       {"condoned", "condone"}, {"upgraded", "upgrade"}};
  for (const auto& [form, lemma] : cases) {
    size_t n = morph_->Lookup(Language::kEnglish, form, out, 8, &arena);
    ASSERT_GT(n, 0u) << form;
    EXPECT_EQ(out[0].lemma, lemma) << form;
    EXPECT_EQ(out[0].pos, PartOfSpeech::kVerb) << form;
    EXPECT_EQ(out[0].tense, Tense::kPast) << form;
  }
}

// Found by the sanitizer build: a rule candidate without a suffix ("arrest" from
// "arrested") copied 0 bytes from a null pointer, undefined behaviour UBSan aborts on.
TEST_F(MorphologyTest, EnglishRuleCandidateWithoutSuffix) {
  MorphAnalysis out[8];
  Arena arena;
  size_t n = morph_->Lookup(Language::kEnglish, "arrested", out, 8, &arena);
  ASSERT_GT(n, 0u);
  EXPECT_EQ(out[0].lemma, "arrest");
}

TEST_F(MorphologyTest, EnglishHeuristicsForVerbsOutsideTheList) {
  MorphAnalysis out[8];
  Arena arena;
  const std::pair<const char*, const char*> cases[] = {
      {"shrugged", "shrug"}, {"outlined", "outline"}, {"negotiated", "negotiate"},
      {"tweeted", "tweet"},  {"scrambling", "scramble"}, {"chatting", "chat"}};
  for (const auto& [form, lemma] : cases) {
    size_t n = morph_->Lookup(Language::kEnglish, form, out, 8, &arena);
    ASSERT_GT(n, 0u) << form;
    EXPECT_EQ(out[0].lemma, lemma) << form;
  }
}

TEST_F(MorphologyTest, EnglishModalsCarryTense) {
  Document doc;
  Analyze(&doc, Language::kEnglish, "Russia will meet and would reply");
  EXPECT_EQ(At(doc, 0).pos, PartOfSpeech::kProperNoun);
  EXPECT_EQ(At(doc, 1).pos, PartOfSpeech::kAuxiliary);
  EXPECT_EQ(At(doc, 1).tense, Tense::kFuture);
  EXPECT_EQ(At(doc, 2).lemma, "meet");
  EXPECT_EQ(At(doc, 2).verb_form, VerbForm::kInfinitive);
  EXPECT_EQ(At(doc, 4).tense, Tense::kConditional);
  EXPECT_EQ(At(doc, 5).verb_form, VerbForm::kInfinitive);
}

TEST_F(MorphologyTest, EnglishPluralNouns) {
  Document doc;
  Analyze(&doc, Language::kEnglish, "both countries and their allies");
  EXPECT_EQ(At(doc, 1).lemma, "country");
  EXPECT_EQ(At(doc, 1).pos, PartOfSpeech::kNoun);
  EXPECT_EQ(At(doc, 1).number, GramNumber::kPlural);
  EXPECT_EQ(At(doc, 4).lemma, "ally");
  EXPECT_EQ(At(doc, 4).number, GramNumber::kPlural);
}

TEST_F(MorphologyTest, EnglishWordsThatLookInflectedAreNot) {
  MorphAnalysis out[8];
  Arena arena;
  ASSERT_GT(morph_->Lookup(Language::kEnglish, "news", out, 8, &arena), 0u);
  EXPECT_EQ(out[0].lemma, "news");
  ASSERT_GT(morph_->Lookup(Language::kEnglish, "status", out, 8, &arena), 0u);
  EXPECT_EQ(out[0].lemma, "status");
  ASSERT_GT(morph_->Lookup(Language::kEnglish, "during", out, 8, &arena), 0u);
  EXPECT_EQ(out[0].pos, PartOfSpeech::kPreposition);
}

// ---- Context: nouns, adjectives, numerals, possessives --------------------------

TEST_F(MorphologyTest, EnglishAdjectiveBetweenDeterminerAndNoun) {
  Document doc;
  Analyze(&doc, Language::kEnglish, "Iran and the United States held a new round of talks");
  EXPECT_EQ(At(doc, 7).pos, PartOfSpeech::kAdjective);  // new
  EXPECT_EQ(At(doc, 8).pos, PartOfSpeech::kNoun);       // round
  EXPECT_EQ(At(doc, 5).lemma, "hold");
  EXPECT_EQ(At(doc, 3).pos, PartOfSpeech::kProperNoun);  // United, part of a name
  Analyze(&doc, Language::kEnglish, "A senior official said the talks failed");
  EXPECT_EQ(At(doc, 1).pos, PartOfSpeech::kAdjective);
  EXPECT_EQ(At(doc, 2).pos, PartOfSpeech::kNoun);
}

TEST_F(MorphologyTest, EnglishNumeralsAndDemonyms) {
  Document doc;
  Analyze(&doc, Language::kEnglish, "The Czech Republic expelled two Russian diplomats");
  EXPECT_NE(At(doc, 1).pos, PartOfSpeech::kNoun);  // Czech: part of the name
  EXPECT_EQ(At(doc, 3).lemma, "expel");
  EXPECT_EQ(At(doc, 3).tense, Tense::kPast);
  EXPECT_EQ(At(doc, 4).pos, PartOfSpeech::kNumeral);
  EXPECT_EQ(At(doc, 5).pos, PartOfSpeech::kAdjective);
  EXPECT_EQ(At(doc, 6).pos, PartOfSpeech::kNoun);
  Analyze(&doc, Language::kEnglish, "Two Russian diplomats were expelled");
  EXPECT_EQ(At(doc, 0).pos, PartOfSpeech::kNumeral);
}

TEST_F(MorphologyTest, EnglishPluralNounBeforeVerbIsNoun) {
  Document doc;
  Analyze(&doc, Language::kEnglish, "Israeli forces demolished Palestinian homes");
  EXPECT_EQ(At(doc, 0).pos, PartOfSpeech::kAdjective);
  EXPECT_EQ(At(doc, 1).pos, PartOfSpeech::kNoun);
  EXPECT_EQ(At(doc, 1).number, GramNumber::kPlural);
  EXPECT_EQ(At(doc, 2).lemma, "demolish");
  EXPECT_EQ(At(doc, 2).tense, Tense::kPast);
  Analyze(&doc, Language::kEnglish, "Pakistani and Afghan forces exchanged fire along the border");
  EXPECT_EQ(At(doc, 3).pos, PartOfSpeech::kNoun);
  EXPECT_EQ(At(doc, 4).lemma, "exchange");
  EXPECT_EQ(At(doc, 5).pos, PartOfSpeech::kNoun);  // fire, the object
  Analyze(&doc, Language::kEnglish, "Belarusian security forces cracked down");
  EXPECT_EQ(At(doc, 2).pos, PartOfSpeech::kNoun);
  EXPECT_EQ(At(doc, 3).tense, Tense::kPast);
  // A plural-looking verb after a noun with no verb after it stays a verb.
  Analyze(&doc, Language::kEnglish, "The president visits Paris");
  EXPECT_EQ(At(doc, 1).pos, PartOfSpeech::kNoun);
  EXPECT_EQ(At(doc, 2).pos, PartOfSpeech::kVerb);
  Analyze(&doc, Language::kEnglish, "Russian troops attack villages");
  EXPECT_EQ(At(doc, 2).pos, PartOfSpeech::kVerb);
  EXPECT_EQ(At(doc, 2).tense, Tense::kPresent);
}

TEST_F(MorphologyTest, EnglishPossessiveIsADeterminer) {
  Document doc;
  Analyze(&doc, Language::kEnglish, "The EU 's sanctions on Russian banks took effect");
  EXPECT_EQ(At(doc, 2).pos, PartOfSpeech::kDeterminer);
  EXPECT_EQ(At(doc, 3).pos, PartOfSpeech::kNoun);
  EXPECT_EQ(At(doc, 3).lemma, "sanction");
  EXPECT_EQ(At(doc, 5).pos, PartOfSpeech::kAdjective);
  Analyze(&doc, Language::kEnglish, "it 's clear");
  EXPECT_EQ(At(doc, 1).lemma, "be");
  EXPECT_EQ(At(doc, 1).pos, PartOfSpeech::kAuxiliary);
}

TEST_F(MorphologyTest, EnglishVerbBasesReadAsNounsInNounPhrases) {
  Document doc;
  Analyze(&doc, Language::kEnglish, "In a phone call with Xi Jinping");
  EXPECT_EQ(At(doc, 2).pos, PartOfSpeech::kNoun);
  EXPECT_EQ(At(doc, 3).pos, PartOfSpeech::kNoun);
  EXPECT_EQ(At(doc, 3).lemma, "call");
  Analyze(&doc, Language::kEnglish, "Macron 's state visit to Britain began");
  EXPECT_EQ(At(doc, 2).pos, PartOfSpeech::kNoun);
  EXPECT_EQ(At(doc, 3).pos, PartOfSpeech::kNoun);
  Analyze(&doc, Language::kEnglish, "Russia closed the Polish consulate in Kaliningrad");
  EXPECT_EQ(At(doc, 3).pos, PartOfSpeech::kAdjective);
  EXPECT_EQ(At(doc, 4).pos, PartOfSpeech::kNoun);
  // ... and stay verbs where a verb is due.
  Analyze(&doc, Language::kEnglish, "They call for talks and want to visit Moscow");
  EXPECT_EQ(At(doc, 1).pos, PartOfSpeech::kVerb);
  EXPECT_EQ(At(doc, 7).pos, PartOfSpeech::kVerb);
  EXPECT_EQ(At(doc, 7).verb_form, VerbForm::kInfinitive);
}

TEST_F(MorphologyTest, FrenchDeNouveauStandsInsideAVerbGroupAndContreIsAPreposition) {
  Document doc;
  Analyze(&doc, Language::kFrench, "Les étudiants ont de nouveau manifesté à Dakar contre le gouvernement");
  EXPECT_EQ(At(doc, 2).pos, PartOfSpeech::kAuxiliary);  // "ont" leans on "manifesté" past "de nouveau"
  EXPECT_EQ(At(doc, 5).pos, PartOfSpeech::kVerb);
  EXPECT_EQ(At(doc, 8).pos, PartOfSpeech::kPreposition);  // not "contrer"
}

TEST_F(MorphologyTest, FrenchEnBeforeAPresentParticipleIsAGerund) {
  Document doc;
  // "appelant" is also a noun (an appellant); after "en" it is the gerund of appeler.
  Analyze(&doc, Language::kFrench, "tout en appelant Moscou à libérer les prisonniers");
  EXPECT_EQ(At(doc, 2).pos, PartOfSpeech::kVerb);
  EXPECT_EQ(At(doc, 2).lemma, "appeler");
  Analyze(&doc, Language::kFrench, "la demande de l' appelant");
  EXPECT_EQ(At(doc, 4).pos, PartOfSpeech::kNoun);
}

TEST_F(MorphologyTest, EnglishIrregularVerbsThirdPersonFormsArePluralNounsToo) {
  Document doc;
  // "strikes", listed only as strike's present tense, is a plural noun after an adjective
  // or a determiner, and stays a verb after a name.
  Analyze(&doc, Language::kEnglish, "Israeli strikes killed 20 people");
  EXPECT_EQ(At(doc, 1).pos, PartOfSpeech::kNoun);
  EXPECT_EQ(At(doc, 1).lemma, "strike");
  EXPECT_EQ(At(doc, 1).number, GramNumber::kPlural);
  EXPECT_EQ(At(doc, 2).pos, PartOfSpeech::kVerb);
  Analyze(&doc, Language::kEnglish, "The fights ended");
  EXPECT_EQ(At(doc, 1).pos, PartOfSpeech::kNoun);
  Analyze(&doc, Language::kEnglish, "Russia strikes Ukraine");
  EXPECT_EQ(At(doc, 1).pos, PartOfSpeech::kVerb);
  Analyze(&doc, Language::kEnglish, "He says the talks failed");
  EXPECT_EQ(At(doc, 1).pos, PartOfSpeech::kVerb);
}

TEST_F(MorphologyTest, EnglishLemmasOfPrefixedAndConsonantREndings) {
  MorphAnalysis out[8];
  Arena arena;
  const std::pair<const char*, const char*> cases[] = {
      {"recalled", "recall"}, {"massacred", "massacre"}, {"reopened", "reopen"},
      {"centred", "centre"},  {"test-fired", "test-fire"}, {"massacring", "massacre"}};
  for (const auto& [form, lemma] : cases) {
    size_t n = morph_->Lookup(Language::kEnglish, form, out, 8, &arena);
    ASSERT_GT(n, 0u) << form;
    EXPECT_EQ(out[0].lemma, lemma) << form;
    EXPECT_EQ(out[0].pos, PartOfSpeech::kVerb) << form;
  }
  size_t n = morph_->Lookup(Language::kEnglish, "three-day", out, 8, &arena);
  ASSERT_EQ(n, 1u);
  EXPECT_EQ(out[0].pos, PartOfSpeech::kAdjective);
  n = morph_->Lookup(Language::kEnglish, "reopen", out, 8, &arena);
  ASSERT_GT(n, 0u);
  EXPECT_EQ(out[0].pos, PartOfSpeech::kVerb);
  EXPECT_EQ(out[0].lemma, "reopen");
}

TEST_F(MorphologyTest, FrenchVerbAfterANameBeforeABareNoun) {
  Document doc;
  Analyze(&doc, Language::kFrench, "Cette rencontre à Istanbul fait suite à l' appel");
  EXPECT_EQ(At(doc, 4).lemma, "faire");
  EXPECT_EQ(At(doc, 4).pos, PartOfSpeech::kVerb);
  EXPECT_EQ(At(doc, 4).verb_form, VerbForm::kFinite);
  EXPECT_EQ(At(doc, 5).pos, PartOfSpeech::kNoun);
  Analyze(&doc, Language::kFrench, "La Russie menace de rompre ses relations");
  EXPECT_EQ(At(doc, 2).lemma, "menacer");
  EXPECT_EQ(At(doc, 2).verb_form, VerbForm::kFinite);
  Analyze(&doc, Language::kFrench, "Le ministre porte plainte");
  EXPECT_EQ(At(doc, 2).lemma, "porter");
  EXPECT_EQ(At(doc, 3).pos, PartOfSpeech::kNoun);
}

TEST_F(MorphologyTest, FrenchParticiplesThatAreAlsoPrepositions) {
  Document doc;
  Analyze(&doc, Language::kFrench, "Le chef de la diplomatie est attendu à Rabat");
  EXPECT_EQ(At(doc, 6).lemma, "attendre");
  EXPECT_EQ(At(doc, 6).verb_form, VerbForm::kPastParticiple);
  Analyze(&doc, Language::kFrench, "Le convoi a passé la frontière");
  EXPECT_EQ(At(doc, 3).lemma, "passer");
  EXPECT_EQ(At(doc, 3).verb_form, VerbForm::kPastParticiple);
  // Without an auxiliary, the preposition stays.
  Analyze(&doc, Language::kFrench, "Vu la situation , le sommet est reporté");
  EXPECT_EQ(At(doc, 0).pos, PartOfSpeech::kPreposition);
  Analyze(&doc, Language::kFrench, "Ils sont restés , attendu que rien ne change");
  EXPECT_NE(At(doc, 4).pos, PartOfSpeech::kVerb);
}

TEST_F(MorphologyTest, FrenchAdjectivesAroundNouns) {
  Document doc;
  Analyze(&doc, Language::kFrench, "Paris annonce de nouvelles sanctions et un accord commercial");
  EXPECT_EQ(At(doc, 3).pos, PartOfSpeech::kAdjective);
  EXPECT_EQ(At(doc, 3).lemma, "nouveau");
  EXPECT_EQ(At(doc, 4).pos, PartOfSpeech::kNoun);
  EXPECT_EQ(At(doc, 8).pos, PartOfSpeech::kAdjective);
  Analyze(&doc, Language::kFrench, "les frappes russes et le bilan total");
  EXPECT_EQ(At(doc, 1).pos, PartOfSpeech::kNoun);
  EXPECT_EQ(At(doc, 2).pos, PartOfSpeech::kAdjective);
  EXPECT_EQ(At(doc, 2).lemma, "russe");
  EXPECT_EQ(At(doc, 6).pos, PartOfSpeech::kAdjective);
  Analyze(&doc, Language::kFrench, "l' aide militaire américaine");
  EXPECT_EQ(At(doc, 2).pos, PartOfSpeech::kAdjective);
  EXPECT_EQ(At(doc, 3).pos, PartOfSpeech::kAdjective);
  // Before an article, a verb: "le président ferme la porte".
  Analyze(&doc, Language::kFrench, "le président ferme la porte");
  EXPECT_EQ(At(doc, 2).lemma, "fermer");
}

// ---- Sentences ----------------------------------------------------------------

TEST_F(MorphologyTest, EveryWordOfRealSentencesGetsALemma) {
  const std::pair<Language, const char*> sentences[] = {
      {Language::kFrench,
       "Le ministre russe des Affaires étrangères a déclaré mercredi que les deux pays "
       "étaient prêts à reprendre les négociations , selon un communiqué publié à Moscou ."},
      {Language::kFrench,
       "Les dirigeants européens se réuniront jeudi à Bruxelles pour discuter de l' aide "
       "militaire qu' ils pourraient fournir ."},
      {Language::kEnglish,
       "The foreign minister said on Wednesday that both countries were ready to resume "
       "talks , according to a statement published in Moscow ."},
      {Language::kEnglish,
       "European leaders will meet in Brussels on Thursday to discuss the military aid "
       "they could provide ."}};
  for (const auto& [lang, text] : sentences) {
    Document doc;
    Analyze(&doc, lang, text);
    for (const Token& t : doc.tokens) {
      EXPECT_FALSE(t.morph.lemma.empty()) << doc.Slice(t.span) << " in: " << text;
      EXPECT_NE(t.morph.pos, PartOfSpeech::kUnknown) << doc.Slice(t.span) << " in: " << text;
    }
  }
}

TEST_F(MorphologyTest, AnalyzeIsFastEnough) {
  // A loose bound that fails only on a pathological slowdown (e.g. a scan per token).
  std::string text;
  for (int i = 0; i < 200; ++i) {
    text += "Le ministre a déclaré que les négociations reprendraient la semaine prochaine . ";
  }
  Document doc;
  double start = testing::ThreadCpuSeconds();
  Analyze(&doc, Language::kFrench, text);
  double ms = (testing::ThreadCpuSeconds() - start) * 1000;
  EXPECT_EQ(doc.tokens.size(), 2400u);
  EXPECT_LT(ms, 500.0);
}

}  // namespace
}  // namespace chancery

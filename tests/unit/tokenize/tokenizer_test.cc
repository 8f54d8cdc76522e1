// Tokenizer: tokens, flags, paragraphs and sentences of French and English text, and
// invariants over the shared news corpus and the seed dispatch.
#include "tokenize/tokenizer.h"

#include <gtest/gtest.h>
#include <simdjson.h>

#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "support/test_data.h"

namespace chancery {
namespace {

class TokenizerTest : public ::testing::Test {
 protected:
  // Loaded once; a failure is reported by every test (a fatal failure in
  // SetUpTestSuite would only show as skipped tests).
  static void SetUpTestSuite() {
    Result<std::unique_ptr<Tokenizer>> t = Tokenizer::Create(testing::DataDir());
    if (t.ok()) {
      tokenizer_ = std::move(t).value().release();
    } else {
      LoadError() = t.status().ToString() + " (CHANCERY_DATA='" + testing::DataDir() + "')";
    }
  }
  static void TearDownTestSuite() {
    delete tokenizer_;
    tokenizer_ = nullptr;
  }
  void SetUp() override { ASSERT_NE(tokenizer_, nullptr) << LoadError(); }

  // Tokenizes the whole of `text`.
  std::unique_ptr<Document> Run(const std::string& text, Language lang) {
    auto doc = std::make_unique<Document>();
    doc->text = text;
    doc->lang = lang;
    EXPECT_TRUE(doc->decoded.Decode(doc->text).ok());
    tokenizer_->Tokenize(Span{0, doc->decoded.size()}, doc.get());
    CheckInvariants(*doc, 0);
    return doc;
  }

  static std::vector<std::string> Texts(const Document& doc) {
    std::vector<std::string> out;
    for (const Token& t : doc.tokens) out.emplace_back(doc.Slice(t.span));
    return out;
  }
  std::vector<std::string> Tok(const std::string& text, Language lang) {
    return Texts(*Run(text, lang));
  }
  static std::vector<std::string> Sentences(const Document& doc) {
    std::vector<std::string> out;
    for (const Sentence& s : doc.sentences) out.emplace_back(doc.Slice(s.span));
    return out;
  }
  std::vector<std::string> Sent(const std::string& text, Language lang) {
    return Sentences(*Run(text, lang));
  }
  // The token whose text is `text` (the first one); fails if absent.
  static const Token* Find(const Document& doc, const std::string& text) {
    for (const Token& t : doc.tokens) {
      if (doc.Slice(t.span) == text) return &t;
    }
    ADD_FAILURE() << "no token '" << text << "'";
    return nullptr;
  }

  // Tokens non-empty, increasing, non-overlapping, inside the text, free of white space
  // other than number group separators; sentences tile the tokens from `first` on.
  static void CheckInvariants(const Document& doc, uint32_t first) {
    const DecodedText& d = doc.decoded;
    uint32_t prev_end = 0;
    for (size_t i = first; i < doc.tokens.size(); ++i) {
      const Token& t = doc.tokens[i];
      ASSERT_LT(t.span.start, t.span.end) << "empty token " << i;
      ASSERT_LE(t.span.end, d.size());
      ASSERT_GE(t.span.start, prev_end) << "overlap at token " << i;
      prev_end = t.span.end;
      for (uint32_t k = t.span.start; k < t.span.end; ++k) {
        if (d.Is(k, cc::kSpace)) {
          char32_t cp = d.at(k);
          ASSERT_EQ(t.kind, TokenKind::kNumber) << "space in token " << doc.Slice(t.span);
          ASSERT_TRUE(cp == ' ' || cp == 0x00A0 || cp == 0x202F || cp == 0x2009);
        }
      }
    }
    uint32_t next = first;
    for (const Sentence& s : doc.sentences) {
      if (s.token_end <= first) continue;
      ASSERT_EQ(s.token_begin, next);
      ASSERT_LT(s.token_begin, s.token_end);
      ASSERT_EQ(s.span.start, doc.tokens[s.token_begin].span.start);
      ASSERT_EQ(s.span.end, doc.tokens[s.token_end - 1].span.end);
      next = s.token_end;
    }
    ASSERT_EQ(next, doc.tokens.size());
    for (size_t p = 0; p < doc.paragraphs.size(); ++p) {
      ASSERT_LT(doc.paragraphs[p].start, doc.paragraphs[p].end);
      if (p > 0) {
        ASSERT_LE(doc.paragraphs[p - 1].end, doc.paragraphs[p].start);
      }
    }
  }

  static Tokenizer* tokenizer_;
  static std::string& LoadError() {
    static std::string* error = new std::string();  // test binary only; never freed
    return *error;
  }
};

Tokenizer* TokenizerTest::tokenizer_ = nullptr;

using V = std::vector<std::string>;
constexpr Language kFr = Language::kFrench;
constexpr Language kEn = Language::kEnglish;
constexpr Language kUnd = Language::kUnknown;

// ---- words ----

TEST_F(TokenizerTest, FrenchElisionKeepsApostropheAndFlag) {
  auto doc = Run("l'Ukraine jusqu’à qu'il d'Istanbul L’État", kFr);
  EXPECT_EQ(Texts(*doc), (V{"l'", "Ukraine", "jusqu’", "à", "qu'", "il", "d'", "Istanbul", "L’", "État"}));
  EXPECT_TRUE(doc->tokens[0].Has(tf::kElision));
  EXPECT_TRUE(doc->tokens[2].Has(tf::kElision));
  EXPECT_FALSE(doc->tokens[1].Has(tf::kElision));
  EXPECT_TRUE(doc->tokens[8].Has(tf::kCapitalized));
  EXPECT_EQ(doc->tokens[1].kind, TokenKind::kWord);
}

TEST_F(TokenizerTest, FrenchElisionBeforeAQuotationMark) {
  auto doc = Run("qualifié d'« inacceptables » l'“ami” rock'", kFr);
  EXPECT_EQ(Texts(*doc), (V{"qualifié", "d'", "«", "inacceptables", "»", "l'", "“", "ami", "”", "rock", "'"}));
  EXPECT_TRUE(doc->tokens[1].Has(tf::kElision));
  EXPECT_TRUE(doc->tokens[5].Has(tf::kElision));
}

TEST_F(TokenizerTest, FrenchApostropheWordsStayWhole) {
  EXPECT_EQ(Tok("aujourd'hui aujourd’hui prud'hommes presqu'île quelqu'un d'aujourd'hui", kFr),
            (V{"aujourd'hui", "aujourd’hui", "prud'hommes", "presqu'île", "quelqu'un", "d'",
               "aujourd'hui"}));
  EXPECT_EQ(Tok("quelqu'autre", kFr), (V{"quelqu'", "autre"}));
}

TEST_F(TokenizerTest, FrenchCliticInversionSplits) {
  auto doc = Run("a-t-il va-t-on dit-il pourrait-elle est-ce", kFr);
  EXPECT_EQ(Texts(*doc),
            (V{"a", "-t-il", "va", "-t-on", "dit", "-il", "pourrait", "-elle", "est", "-ce"}));
  for (size_t i = 1; i < doc->tokens.size(); i += 2) {
    EXPECT_TRUE(doc->tokens[i].Has(tf::kClitic)) << i;
    EXPECT_FALSE(doc->tokens[i - 1].Has(tf::kClitic)) << i;
  }
  EXPECT_EQ(Tok("qu'est-ce", kFr), (V{"qu'", "est", "-ce"}));
  EXPECT_EQ(Tok("A-T-IL", kFr), (V{"A", "-T-IL"}));
}

TEST_F(TokenizerTest, HyphenatedWordsStayWhole) {
  EXPECT_EQ(Tok("Saint-Pétersbourg Jean-Yves États-Unis Bosnie-Herzégovine peut-être rendez-vous",
                kFr),
            (V{"Saint-Pétersbourg", "Jean-Yves", "États-Unis", "Bosnie-Herzégovine",
               "peut-être", "rendez-vous"}));
  EXPECT_EQ(Tok("a U.S.-led well-known COVID-19 coalition", kEn),
            (V{"a", "U.S.-led", "well-known", "COVID-19", "coalition"}));
  // A capitalised final segment is a name, not a clitic.
  EXPECT_EQ(Tok("Saint-On", kFr), (V{"Saint-On"}));
}

TEST_F(TokenizerTest, EnglishContractionsSplitAsPennTreebank) {
  EXPECT_EQ(Tok("don't Russia's can't they're we'll I've he'd I'm", kEn),
            (V{"do", "n't", "Russia", "'s", "ca", "n't", "they", "'re", "we", "'ll", "I", "'ve",
               "he", "'d", "I", "'m"}));
  EXPECT_EQ(Tok("Russia’s O'Brien o'clock", kEn), (V{"Russia", "’s", "O'Brien", "o'clock"}));
  // French text keeps a foreign possessive whole.
  EXPECT_EQ(Tok("chez McDonald's", kFr), (V{"chez", "McDonald's"}));
}

TEST_F(TokenizerTest, UnknownLanguageUsesBothRuleSets) {
  EXPECT_EQ(Tok("l'Ukraine don't a-t-il", kUnd), (V{"l'", "Ukraine", "do", "n't", "a", "-t-il"}));
}

TEST_F(TokenizerTest, AbbreviationsKeepTheirDot) {
  auto doc = Run("M. Lavrov et Mme Dupont, MM. Martin, Mgr. Aupetit, etc.", kFr);
  EXPECT_EQ(Texts(*doc), (V{"M.", "Lavrov", "et", "Mme", "Dupont", ",", "MM.", "Martin", ",",
                            "Mgr.", "Aupetit", ",", "etc."}));
  EXPECT_TRUE(Find(*doc, "M.")->Has(tf::kAbbreviation));
  EXPECT_TRUE(Find(*doc, "etc.")->Has(tf::kAbbreviation));
  auto en = Run("Mr. Putin, Dr. Smith and Apple Inc. in the U.S. on Jan. 5 vs. Gen. Milley", kEn);
  for (const char* a : {"Mr.", "Dr.", "Inc.", "U.S.", "Jan.", "vs.", "Gen."}) {
    const Token* t = Find(*en, a);
    ASSERT_NE(t, nullptr);
    EXPECT_TRUE(t->Has(tf::kAbbreviation)) << a;
  }
}

TEST_F(TokenizerTest, LowerCaseUnitIsNotATitle) {
  auto doc = Run("La tour mesure 300 m. Elle domine 22 mm. Le reste.", kFr);
  EXPECT_EQ(Sentences(*doc), (V{"La tour mesure 300 m.", "Elle domine 22 mm.", "Le reste."}));
  EXPECT_FALSE(Find(*doc, "m")->Has(tf::kAbbreviation));
}

TEST_F(TokenizerTest, NumberAbbreviationNeedsANumber) {
  EXPECT_EQ(Tok("No. 10 and p. 12", kEn), (V{"No.", "10", "and", "p.", "12"}));
  EXPECT_EQ(Sent("He said No. Then he left.", kEn), (V{"He said No.", "Then he left."}));
}

TEST_F(TokenizerTest, InitialsAreFlagged) {
  auto doc = Run("George W. Bush met J.-P. Raffarin.", kEn);
  EXPECT_EQ(Texts(*doc), (V{"George", "W.", "Bush", "met", "J.-P.", "Raffarin", "."}));
  EXPECT_TRUE(Find(*doc, "W.")->Has(tf::kInitial));
  EXPECT_TRUE(Find(*doc, "J.-P.")->Has(tf::kInitial));
  EXPECT_EQ(doc->sentences.size(), 1u);
}

// ---- numbers ----

TEST_F(TokenizerTest, FrenchThousandsSeparators) {
  auto doc = Run("1 000 et 1\u00a0250 et 2\u202f000\u202f000 et 12\u2009300 morts", kFr);
  EXPECT_EQ(Texts(*doc), (V{"1 000", "et", "1\u00a0250", "et", "2\u202f000\u202f000", "et",
                            "12\u2009300", "morts"}));
  for (const char* n : {"1 000", "1\u00a0250"}) EXPECT_EQ(Find(*doc, n)->kind, TokenKind::kNumber);
  // Only groups of exactly three digits, after a group of at most three.
  EXPECT_EQ(Tok("en 2025 100 fois, 12 3456 et 5 12", kFr),
            (V{"en", "2025", "100", "fois", ",", "12", "3456", "et", "5", "12"}));
  // English never groups with spaces.
  EXPECT_EQ(Tok("some 1 000 people", kEn), (V{"some", "1", "000", "people"}));
}

TEST_F(TokenizerTest, NumbersWithSeparatorsDatesAndTimes) {
  auto doc = Run("3,5 % 1,000.5 26/02/2025 15:16 15h16 22 h 30 2025-02-26 1er 10th", kUnd);
  EXPECT_EQ(Texts(*doc), (V{"3,5", "%", "1,000.5", "26/02/2025", "15:16", "15h16", "22", "h",
                            "30", "2025-02-26", "1er", "10th"}));
  EXPECT_EQ(doc->tokens[0].kind, TokenKind::kNumber);
  EXPECT_EQ(doc->tokens[1].kind, TokenKind::kSymbol);
  EXPECT_EQ(Find(*doc, "26/02/2025")->kind, TokenKind::kNumber);
  EXPECT_EQ(Tok("in 2024, 5 people", kEn), (V{"in", "2024", ",", "5", "people"}));
}

// ---- punctuation ----

TEST_F(TokenizerTest, QuoteMarksAreQuotes) {
  auto doc = Run("« a » “b” \"c\" ‘d’ „e“", kUnd);
  int quotes = 0;
  for (const Token& t : doc->tokens) quotes += t.kind == TokenKind::kQuote;
  EXPECT_EQ(quotes, 10);
  auto apos = Run("l’ONU aujourd’hui", kFr);
  for (const Token& t : apos->tokens) EXPECT_NE(t.kind, TokenKind::kQuote);
}

TEST_F(TokenizerTest, UrlsAndEmailsAreOneToken) {
  auto doc = Run("Voir https://www.example.org/a/b?x=1&y=(2). Écrire à jean.dupont@example.fr, "
                 "ou www.example.com.",
                 kFr);
  EXPECT_EQ(Texts(*doc), (V{"Voir", "https://www.example.org/a/b?x=1&y=(2)", ".", "Écrire", "à",
                            "jean.dupont@example.fr", ",", "ou", "www.example.com", "."}));
  EXPECT_EQ(doc->tokens[1].kind, TokenKind::kOther);
}

TEST_F(TokenizerTest, EllipsisIsOneToken) {
  EXPECT_EQ(Tok("mais... oui… non?! ---", kFr), (V{"mais", "...", "oui", "…", "non", "?!", "---"}));
}

TEST_F(TokenizerTest, SoftHyphenStaysInsideWord) {
  EXPECT_EQ(Tok("pre\u00admier", kFr), (V{"pre\u00admier"}));
}

// ---- flags and paragraphs ----

TEST_F(TokenizerTest, CaseAndPositionFlags) {
  auto doc = Run("Le PIB,\nde la BCE\n\nNouveau", kFr);
  const Token& le = doc->tokens[0];
  EXPECT_TRUE(le.Has(tf::kCapitalized));
  EXPECT_FALSE(le.Has(tf::kAllCaps));
  EXPECT_TRUE(le.Has(tf::kLineStart));
  EXPECT_TRUE(le.Has(tf::kParagraphStart));
  EXPECT_FALSE(le.Has(tf::kSpaceBefore));
  const Token* pib = Find(*doc, "PIB");
  EXPECT_TRUE(pib->Has(tf::kAllCaps));
  EXPECT_TRUE(pib->Has(tf::kSpaceBefore));
  EXPECT_FALSE(Find(*doc, ",")->Has(tf::kSpaceBefore));
  const Token* de = Find(*doc, "de");
  EXPECT_TRUE(de->Has(tf::kLineStart));
  EXPECT_FALSE(de->Has(tf::kParagraphStart));
  EXPECT_TRUE(Find(*doc, "Nouveau")->Has(tf::kParagraphStart));
}

TEST_F(TokenizerTest, ParagraphsAreBlocksBetweenBlankLines) {
  std::string text = "Titre\r\n\r\nPremier  paragraphe\nsuite.\n \t\nDernier. ";
  auto doc = Run(text, kFr);
  ASSERT_EQ(doc->paragraphs.size(), 3u);
  EXPECT_EQ(doc->Slice(doc->paragraphs[0]), "Titre");
  EXPECT_EQ(doc->Slice(doc->paragraphs[1]), "Premier  paragraphe\nsuite.");
  EXPECT_EQ(doc->Slice(doc->paragraphs[2]), "Dernier.");
}

// ---- sentences ----

TEST_F(TokenizerTest, SentencesBreakAfterTerminalPunctuation) {
  EXPECT_EQ(Sent("Il est venu. Il est reparti ! Pourquoi ? 3 morts… « Non », dit-il.", kFr),
            (V{"Il est venu.", "Il est reparti !", "Pourquoi ?", "3 morts…", "« Non », dit-il."}));
  EXPECT_EQ(Sent("He said \"no.\" The end! \"Yes,\" she said.", kEn),
            (V{"He said \"no.\"", "The end!", "\"Yes,\" she said."}));
  EXPECT_EQ(Sent("« C'est fini. » Puis il est parti. (Il reviendra.) Demain.", kFr),
            (V{"« C'est fini. »", "Puis il est parti.", "(Il reviendra.)", "Demain."}));
}

TEST_F(TokenizerTest, NoBreakBeforeLowerCase) {
  EXPECT_EQ(Sent("« Non ! » a-t-il lancé. Pourrait-elle ? dit-il.", kFr),
            (V{"« Non ! » a-t-il lancé.", "Pourrait-elle ? dit-il."}));
}

TEST_F(TokenizerTest, NoBreakAfterTitlesAndInitials) {
  EXPECT_EQ(Sent("M. Lavrov a parlé. Mme. Dupont aussi.", kFr).size(), 2u);
  EXPECT_EQ(Sent("Mr. Putin met George W. Bush. Dr. Smith agreed.", kEn),
            (V{"Mr. Putin met George W. Bush.", "Dr. Smith agreed."}));
}

TEST_F(TokenizerTest, AbbreviationEndsSentenceOnlyBeforeStarterWord) {
  EXPECT_EQ(Sent("They met in the U.S. The talks ended.", kEn),
            (V{"They met in the U.S.", "The talks ended."}));
  EXPECT_EQ(Sent("They met the U.S. Army chief.", kEn).size(), 1u);
  EXPECT_EQ(Sent("Apple Inc. Chief Tim Cook spoke. Apple Inc. It grew.", kEn),
            (V{"Apple Inc. Chief Tim Cook spoke.", "Apple Inc.", "It grew."}));
  EXPECT_EQ(Sent("Des livres, des revues, etc. Le ministre a parlé.", kFr),
            (V{"Des livres, des revues, etc.", "Le ministre a parlé."}));
  EXPECT_EQ(Sent("En 52 av. J.-C. César gagna. En 52 av. J.-C. L'armée partit.", kFr),
            (V{"En 52 av. J.-C. César gagna.", "En 52 av. J.-C.", "L'armée partit."}));
}

TEST_F(TokenizerTest, ParagraphAlwaysBreaksNewlineDoesNot) {
  EXPECT_EQ(Sent("Un titre sans point\n\nLe texte suit\net continue ici. Fin", kFr),
            (V{"Un titre sans point", "Le texte suit\net continue ici.", "Fin"}));
}

TEST_F(TokenizerTest, DialogueDashStartsSentence) {
  EXPECT_EQ(Sent("Il demanda : où ?\n— Ici, répondit-elle.", kFr),
            (V{"Il demanda : où ?", "— Ici, répondit-elle."}));
}

TEST_F(TokenizerTest, EmergencySplitBoundsSentenceLength) {
  std::string words;
  for (int i = 0; i < 2500; ++i) words += "mot ";
  auto doc = Run(words, kFr);
  ASSERT_EQ(doc->sentences.size(), 3u);
  EXPECT_EQ(doc->sentences[0].token_end - doc->sentences[0].token_begin, 1000u);
  std::string commas;
  for (int i = 0; i < 600; ++i) commas += "mot mot, ";
  auto doc2 = Run(commas, kFr);
  ASSERT_GE(doc2->sentences.size(), 2u);
  uint32_t first = doc2->sentences[0].token_end;
  EXPECT_GE(first, 400u);
  EXPECT_LE(first, 403u);
  EXPECT_EQ(doc2->Slice(doc2->tokens[first - 1].span), ",");
}

TEST_F(TokenizerTest, RegionsAppendInOrder) {
  auto doc = std::make_unique<Document>();
  doc->text = "Titre du jour\n\nCorps. Deux phrases.";
  doc->lang = kFr;
  ASSERT_TRUE(doc->decoded.Decode(doc->text).ok());
  tokenizer_->Tokenize(Span{0, 13}, doc.get());
  ASSERT_EQ(doc->tokens.size(), 3u);
  ASSERT_EQ(doc->sentences.size(), 1u);
  uint32_t first = static_cast<uint32_t>(doc->tokens.size());
  tokenizer_->Tokenize(Span{15, doc->decoded.size()}, doc.get());
  CheckInvariants(*doc, first);
  EXPECT_EQ(Sentences(*doc), (V{"Titre du jour", "Corps.", "Deux phrases."}));
  EXPECT_EQ(doc->paragraphs.size(), 2u);
  EXPECT_EQ(doc->tokens.size(), 8u);
  // A region beyond the text is clamped, an empty one adds nothing.
  tokenizer_->Tokenize(Span{40, 90}, doc.get());
  tokenizer_->Tokenize(Span{5, 5}, doc.get());
  EXPECT_EQ(doc->tokens.size(), 8u);
}

// ---- robustness ----

TEST_F(TokenizerTest, SurvivesHostileInput) {
  std::string garbage;
  uint32_t x = 12345;
  for (int i = 0; i < 200000; ++i) {
    x = x * 1103515245u + 12345u;
    char32_t cp = (x >> 8) % 0x3000;
    if (cp >= 0xD800 && cp < 0xE000) cp = 'a';
    AppendUtf8(cp, &garbage);
  }
  Run(garbage, kUnd);
  Run(std::string(300000, '.') + std::string(300000, '!') + std::string(1000, '\''), kFr);
  std::string punct;
  for (int i = 0; i < 100000; ++i) punct += "«?»-.,’";
  Run(punct, kFr);
  std::string controls;
  for (int i = 0; i < 10000; ++i) controls += std::string("a\0\x01\x1b\r\n\t", 7) + "\u200b\u00ad\ufeff";
  Run(controls, kEn);
  Run("", kFr);
  Run("   \n\n  ", kFr);
}

TEST_F(TokenizerTest, LongInputWithoutSpacesIsLinear) {
  std::string pieces[] = {"a", "ab.", "l'", "x@y.", "a-t-", "1 000", "www.", "e'"};
  for (const std::string& piece : pieces) {
    std::string text;
    while (text.size() < (1u << 20)) text += piece;
    double start = testing::ThreadCpuSeconds();
    auto doc = Run(text, kUnd);
    double secs = testing::ThreadCpuSeconds() - start;
    EXPECT_LT(secs, 5.0) << piece;  // quadratic behaviour would take minutes
    EXPECT_FALSE(doc->tokens.empty());
  }
}

// ---- real text ----

TEST_F(TokenizerTest, SeedDispatchSentences) {
  std::string shared = testing::SharedDir();
  if (shared.empty()) GTEST_SKIP() << "CHANCERY_SHARED is not set";
  std::string text = testing::ReadOrFail(shared + "/seed/000_b236a2b85e7853d3.txt");
  ASSERT_FALSE(text.empty());
  auto doc = Run(text, kFr);
  // 14 blocks between blank lines: the two-line head (headline and provider line), the
  // update note, 11 one-sentence paragraphs and the credits.
  EXPECT_EQ(doc->paragraphs.size(), 14u);
  EXPECT_EQ(doc->sentences.size(), 14u);
  int clitics = 0;
  for (const Token& t : doc->tokens) clitics += t.Has(tf::kClitic);
  EXPECT_EQ(clitics, 1);
}

void RunCorpus(const std::string& path, Language lang, Tokenizer* tokenizer,
               void (*check)(const Document&, uint32_t)) {
  std::ifstream in(path);
  ASSERT_TRUE(in.good()) << path;
  simdjson::dom::parser parser;
  size_t docs = 0, sentences = 0;
  for (std::string line; std::getline(in, line);) {
    if (line.empty()) continue;
    simdjson::dom::element root;
    ASSERT_EQ(parser.parse(line).get(root), simdjson::SUCCESS);
    std::string_view text;
    ASSERT_EQ(root["text"].get(text), simdjson::SUCCESS);
    Document doc;
    doc.text = std::string(text);
    doc.lang = lang;
    ASSERT_TRUE(doc.decoded.Decode(doc.text).ok());
    tokenizer->Tokenize(Span{0, doc.decoded.size()}, &doc);
    check(doc, 0);
    if (::testing::Test::HasFatalFailure()) return;
    EXPECT_FALSE(doc.tokens.empty());
    for (const Sentence& s : doc.sentences) EXPECT_LE(s.token_end - s.token_begin, 1000u);
    ++docs;
    sentences += doc.sentences.size();
  }
  EXPECT_GT(docs, 10u);
  EXPECT_GT(sentences, docs * 3);
}

TEST_F(TokenizerTest, FrenchCorpusInvariants) {
  std::string shared = testing::SharedDir();
  if (shared.empty()) GTEST_SKIP() << "CHANCERY_SHARED is not set";
  RunCorpus(shared + "/data/news/fr.jsonl", kFr, tokenizer_, &CheckInvariants);
}

TEST_F(TokenizerTest, EnglishCorpusInvariants) {
  std::string shared = testing::SharedDir();
  if (shared.empty()) GTEST_SKIP() << "CHANCERY_SHARED is not set";
  RunCorpus(shared + "/data/news/en.jsonl", kEn, tokenizer_, &CheckInvariants);
}

TEST(TokenizerCreateTest, MissingDataDirIsNotFound) {
  Result<std::unique_ptr<Tokenizer>> t = Tokenizer::Create("/nonexistent/chancery-data");
  ASSERT_FALSE(t.ok());
  EXPECT_EQ(t.status().code(), StatusCode::kNotFound);
}

}  // namespace
}  // namespace chancery

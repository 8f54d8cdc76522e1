// Unit tests of the events gold matcher (eval/event_match.h).
#include "event_match.h"

#include <gtest/gtest.h>

namespace chancery::eval {
namespace {

GoldEvent Gold(std::string code, std::string source, std::string target, bool symmetric = false,
               Span evidence = {}, std::vector<std::string> alts = {}) {
  GoldEvent g;
  g.code = std::move(code);
  g.sources = SplitAlternatives(source);
  g.targets = SplitAlternatives(target);
  g.symmetric = symmetric;
  g.evidence = evidence;
  g.alt_codes = std::move(alts);
  return g;
}

PredictedEvent Pred(std::string code, std::string source, std::string target, Span evidence = {}) {
  PredictedEvent p;
  p.code = std::move(code);
  p.source = std::move(source);
  p.target = std::move(target);
  p.evidence = evidence;
  return p;
}

TEST(EventMatchTest, RootsAndAlternatives) {
  EXPECT_EQ(RootOf("036"), "03");
  EXPECT_EQ(RootOf("1123"), "11");
  EXPECT_EQ(RootOf("19"), "19");
  EXPECT_EQ(RootOf(""), "");
  EXPECT_EQ(SplitAlternatives("RUSGOV|RUS"), (std::vector<std::string>{"RUSGOV", "RUS"}));
  EXPECT_EQ(SplitAlternatives(" USA | USAGOV "), (std::vector<std::string>{"USA", "USAGOV"}));
  EXPECT_EQ(SplitAlternatives(""), (std::vector<std::string>{""}));
}

TEST(EventMatchTest, RootLevelNeedsRootAndBothActors) {
  GoldEvent g = Gold("112", "FRA|FRAGOV", "ITAGOV");
  EXPECT_TRUE(Matches(g, Pred("111", "FRA", "ITAGOV"), MatchLevel::kRoot));
  EXPECT_TRUE(Matches(g, Pred("112", "FRAGOV", "ITAGOV"), MatchLevel::kRoot));
  EXPECT_FALSE(Matches(g, Pred("120", "FRA", "ITAGOV"), MatchLevel::kRoot));     // another root
  EXPECT_FALSE(Matches(g, Pred("112", "FRAMIL", "ITAGOV"), MatchLevel::kRoot));  // source not listed
  EXPECT_FALSE(Matches(g, Pred("112", "FRA", "ITA"), MatchLevel::kRoot));        // target not listed
  EXPECT_FALSE(Matches(g, Pred("112", "FRA", ""), MatchLevel::kRoot));
  EXPECT_FALSE(Matches(g, Pred("112", "ITAGOV", "FRA"), MatchLevel::kRoot));  // not symmetric
}

TEST(EventMatchTest, AltCodeRootsCount) {
  GoldEvent g = Gold("036", "AUS", "NZL", false, {}, {"040"});
  EXPECT_TRUE(Matches(g, Pred("043", "AUS", "NZL"), MatchLevel::kRoot));
  EXPECT_FALSE(Matches(g, Pred("043", "AUS", "NZL"), MatchLevel::kCode));
  EXPECT_TRUE(Matches(g, Pred("040", "AUS", "NZL"), MatchLevel::kCode));
  EXPECT_TRUE(Matches(g, Pred("036", "AUS", "NZL"), MatchLevel::kCode));
  EXPECT_FALSE(Matches(g, Pred("0361", "AUS", "NZL"), MatchLevel::kCode));
}

TEST(EventMatchTest, EmptyTargetMatchesOnlyEmpty) {
  GoldEvent g = Gold("190", "COLMIL", "");
  EXPECT_TRUE(Matches(g, Pred("193", "COLMIL", ""), MatchLevel::kRoot));
  EXPECT_FALSE(Matches(g, Pred("193", "COLMIL", "COLREB"), MatchLevel::kRoot));
  GoldEvent either = Gold("145", "CHLCVL", "|CHLGOV");
  EXPECT_TRUE(Matches(either, Pred("145", "CHLCVL", ""), MatchLevel::kRoot));
  EXPECT_TRUE(Matches(either, Pred("145", "CHLCVL", "CHLGOV"), MatchLevel::kRoot));
}

TEST(EventMatchTest, SymmetricAcceptsBothDirections) {
  GoldEvent g = Gold("040", "JPNGOV|JPN", "KORGOV", true);
  EXPECT_TRUE(Matches(g, Pred("040", "JPN", "KORGOV"), MatchLevel::kRoot));
  EXPECT_TRUE(Matches(g, Pred("042", "KORGOV", "JPNGOV"), MatchLevel::kRoot));
  EXPECT_FALSE(Matches(g, Pred("040", "KOR", "JPNGOV"), MatchLevel::kRoot));
}

TEST(EventMatchTest, CountryLevelComparesThreeLetters) {
  GoldEvent g = Gold("173", "EGYCOP", "EGYCVL");
  EXPECT_FALSE(Matches(g, Pred("173", "EGYGOV", "EGY"), MatchLevel::kRoot));
  EXPECT_TRUE(Matches(g, Pred("173", "EGYGOV", "EGY"), MatchLevel::kCountry));
  EXPECT_TRUE(Matches(g, Pred("172", "EGYGOV", "EGY"), MatchLevel::kCountry));
  EXPECT_FALSE(Matches(g, Pred("183", "EGYGOV", "EGY"), MatchLevel::kCountry));  // roots differ
  EXPECT_FALSE(Matches(g, Pred("173", "LBYCOP", "EGY"), MatchLevel::kCountry));
  EXPECT_FALSE(Matches(g, Pred("173", "EGYCOP", ""), MatchLevel::kCountry));
}

TEST(EventMatchTest, MatchingIsOneToOne) {
  std::vector<GoldEvent> gold = {Gold("040", "PERGOV", "BOLGOV", true, {0, 20})};
  std::vector<PredictedEvent> pred = {Pred("040", "PERGOV", "BOLGOV", {0, 20}),
                                      Pred("040", "BOLGOV", "PERGOV", {0, 20})};
  EXPECT_EQ(MatchEvents(gold, pred, MatchLevel::kRoot), (std::vector<int>{0}));
  // Two gold events, one prediction: one of them is missed.
  gold.push_back(Gold("040", "PERGOV", "BOLGOV", true, {100, 130}));
  pred.pop_back();
  std::vector<int> m = MatchEvents(gold, pred, MatchLevel::kRoot);
  EXPECT_EQ(m, (std::vector<int>{0, -1}));
}

TEST(EventMatchTest, PrefersEvidenceOverlap) {
  std::vector<GoldEvent> gold = {Gold("111", "ARG", "GBR", false, {0, 30}),
                                 Gold("111", "ARG", "GBR", false, {200, 240})};
  std::vector<PredictedEvent> pred = {Pred("111", "ARG", "GBR", {210, 230})};
  // Text order alone would give the prediction to the first gold event.
  EXPECT_EQ(MatchEvents(gold, pred, MatchLevel::kRoot), (std::vector<int>{-1, 0}));
  // Both predictions overlap something: each goes to the gold event it overlaps.
  pred.insert(pred.begin(), Pred("111", "ARG", "GBR", {5, 25}));
  EXPECT_EQ(MatchEvents(gold, pred, MatchLevel::kRoot), (std::vector<int>{0, 1}));
}

TEST(EventMatchTest, AmongOverlapsPrefersTheExactCode) {
  std::vector<GoldEvent> gold = {Gold("057", "GRC", "CYP", true, {10, 60})};
  std::vector<PredictedEvent> pred = {Pred("051", "GRC", "CYP", {10, 60}), Pred("057", "CYP", "GRC", {30, 50})};
  EXPECT_EQ(MatchEvents(gold, pred, MatchLevel::kRoot), (std::vector<int>{1}));
}

TEST(EventMatchTest, LocationByNameOrCountry) {
  GoldEvent g = Gold("042", "FIN", "EST");
  g.has_location = true;
  g.location_name = "Tallinn";
  g.location_country = "EST";
  PredictedEvent p = Pred("042", "FIN", "EST");
  EXPECT_FALSE(LocationMatches(g, p));
  p.location_name = "TALLINN";
  EXPECT_TRUE(LocationMatches(g, p));
  p.location_name = "Tartu";
  EXPECT_FALSE(LocationMatches(g, p));
  p.location_country = "EST";
  EXPECT_TRUE(LocationMatches(g, p));
}

Document DocWithEntities() {
  Document doc;
  doc.meta.provider = "Agence Exemple";
  doc.meta.credits.push_back(Credit{"reporting", "Jeanne Exemplaire", Span{900, 917}});
  doc.meta.dateline_span = Span{0, 30};
  auto add = [&](std::string id, std::string type, std::string name, std::string role, std::string actor,
                 std::vector<Mention> mentions) {
    Entity e;
    e.id = std::move(id);
    e.type = std::move(type);
    e.name = std::move(name);
    e.role = std::move(role);
    e.actor = std::move(actor);
    e.mentions = std::move(mentions);
    doc.entities.push_back(std::move(e));
  };
  add("e1", "city", "Ankara", "", "", {Mention{Span{100, 106}, false}});
  add("e2", "city", "Tokyo", "", "JPN", {Mention{Span{200, 205}, true}, Mention{Span{400, 405}, false}});
  add("e3", "person", "Jeanne Exemplaire", "", "", {Mention{Span{500, 517}, false}});
  add("e4", "organization", "Agence Exemple", "MED", "MED", {Mention{Span{600, 614}, false}});
  add("e5", "organization", "Le Journal Quotidien", "", "FRAMED", {Mention{Span{700, 720}, false}});
  add("e6", "country", "Turquie", "", "TUR", {Mention{Span{110, 117}, false}});
  add("e7", "organization", "Example News", "MED", "", {Mention{Span{10, 22}, false}});
  add("e8", "organization", "Exemplepédia", "MED", "", {Mention{Span{800, 812}, false}});
  return doc;
}

Event EventWith(std::string source, std::string target, Span evidence) {
  Event e;
  e.code = "042";
  e.source.entity = std::move(source);
  e.target.entity = std::move(target);
  e.evidence = evidence;
  return e;
}

TEST(EventMatchTest, NeverAnActor) {
  Document doc = DocWithEntities();
  // A country is an actor; an entity-less actor is not checked.
  EXPECT_TRUE(NeverActorViolations(doc, EventWith("e6", "", {100, 150}), "").empty());
  // A city named as a place.
  std::vector<std::string> v = NeverActorViolations(doc, EventWith("e6", "e1", {90, 150}), "");
  ASSERT_EQ(v.size(), 1u);
  EXPECT_EQ(v[0], "target: place 'Ankara'");
  // A capital standing for its government where the event is told; elsewhere it is a place.
  EXPECT_TRUE(NeverActorViolations(doc, EventWith("e2", "e6", {190, 260}), "").empty());
  EXPECT_EQ(NeverActorViolations(doc, EventWith("e2", "e6", {390, 460}), "").size(), 1u);
  // A credited journalist, by name.
  v = NeverActorViolations(doc, EventWith("e3", "e6", {500, 560}), "");
  ASSERT_EQ(v.size(), 1u);
  EXPECT_EQ(v[0], "source: journalist 'Jeanne Exemplaire'");
  // The provider; a media outlet that is neither provider nor publisher may be an actor.
  EXPECT_EQ(NeverActorViolations(doc, EventWith("e4", "e6", {600, 650}), "").size(), 1u);
  EXPECT_TRUE(NeverActorViolations(doc, EventWith("e5", "e6", {700, 750}), "").empty());
  // A media organisation named in the dateline; the publisher named by the record's source.
  EXPECT_EQ(NeverActorViolations(doc, EventWith("e6", "e7", {0, 80}), "").size(), 1u);
  EXPECT_TRUE(NeverActorViolations(doc, EventWith("e6", "e8", {790, 850}), "").empty());
  EXPECT_EQ(NeverActorViolations(doc, EventWith("e6", "e8", {790, 850}), PublisherLabel("fr.exemplepedia.org")).size(),
            1u);
}

TEST(EventMatchTest, PublisherLabel) {
  EXPECT_EQ(PublisherLabel("fr.wikinews.org"), "wikinews");
  EXPECT_EQ(PublisherLabel("https://www.bbc.co.uk/news/x"), "bbc");
  EXPECT_EQ(PublisherLabel("reuters.com"), "reuters");
  EXPECT_EQ(PublisherLabel(""), "");
}

TEST(EventMatchTest, Sha1KnownAnswers) {
  EXPECT_EQ(Sha1Hex(""), "da39a3ee5e6b4b0d3255bfef95601890afd80709");
  EXPECT_EQ(Sha1Hex("abc"), "a9993e364706816aba3e25717850c26c9cd0d89d");
  EXPECT_EQ(Sha1Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
            "84983e441c3bd26ebaae4aa1f95129e5e54670f1");
}

}  // namespace
}  // namespace chancery::eval

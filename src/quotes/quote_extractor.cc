#include "quotes/quote_extractor.h"

#include <algorithm>
#include <cstdint>
#include <string_view>
#include <vector>

#include "base/deadline.h"
#include "lexicon/lexicon.h"
#include "unicode/fold.h"

namespace chancery {

namespace {

// Lexicon readings (data/lexicons/quotes/cues_*.tsv), one bit each.
namespace cat {
inline constexpr uint16_t kVerb = 1 << 0;
inline constexpr uint16_t kSource = 1 << 1;
inline constexpr uint16_t kOpinion = 1 << 2;
inline constexpr uint16_t kComp = 1 << 3;
inline constexpr uint16_t kPron = 1 << 4;
inline constexpr uint16_t kRole = 1 << 5;
inline constexpr uint16_t kInst = 1 << 6;
inline constexpr uint16_t kPrep = 1 << 7;
inline constexpr uint16_t kBare = 1 << 8;
inline constexpr uint16_t kFirst = 1 << 9;   // first word of a two-word key
inline constexpr uint16_t kByText = 1 << 10; // the verb reading came from the word form
inline constexpr uint16_t kSelf = 1 << 11;   // je, nous, vous, I, we, you
inline constexpr uint16_t kObj = 1 << 12;    // bare content after an indirect object ("told reporters ...")
inline constexpr uint16_t kRelay = 1 << 13;  // "quoting X", "citant X": X is the source a source relays
}  // namespace cat

constexpr std::string_view kActs[] = {"other", "statement", "denial", "warning",
                                      "call", "accusation", "promise"};

uint8_t ActIndex(std::string_view a) {
  for (uint8_t i = 0; i < std::size(kActs); ++i) {
    if (kActs[i] == a) return i;
  }
  return 0;
}

// What the quotes stage knows about one token.
struct TokInfo {
  uint16_t cats = 0;
  uint8_t act = 0;         // index into kActs (verb, source, opinion)
  char gender = 0;         // pron, role: 'm', 'f', 'x'
  char number = 0;         // pron: 's', 'p'
  std::string_view lemma;  // cue lemma (verb, source, opinion)
  int32_t entity = -1;     // index of the entity whose mention covers the token
  int32_t quote = -1;      // index of the quote-mark quote whose content covers the token
  bool used = false;       // a cue already attributed
  bool Is(uint16_t c) const { return (cats & c) != 0; }
};

std::string_view Field(std::string_view line, int n) {
  for (int i = 0; i < n; ++i) {
    size_t tab = line.find('\t');
    if (tab == std::string_view::npos) return {};
    line.remove_prefix(tab + 1);
  }
  return line.substr(0, line.find('\t'));
}

// Adds every reading of a lexicon value ("CAT\tARGS" lines) to *info.
void AddReadings(std::string_view value, bool by_text, TokInfo* info) {
  while (!value.empty()) {
    size_t nl = value.find('\n');
    std::string_view line = value.substr(0, nl);
    value = nl == std::string_view::npos ? std::string_view() : value.substr(nl + 1);
    std::string_view c = Field(line, 0);
    if (c == "verb") {
      if (!info->Is(cat::kVerb)) {
        info->cats |= cat::kVerb;
        if (by_text) info->cats |= cat::kByText;
        info->act = ActIndex(Field(line, 1));
        info->lemma = Field(line, 2);
        if (Field(line, 3) == "bare") info->cats |= cat::kBare;
        if (Field(line, 3) == "obj") info->cats |= cat::kBare | cat::kObj;
      }
    } else if (c == "source" || c == "opinion") {
      info->cats |= c == "source" ? cat::kSource : cat::kOpinion;
      info->act = ActIndex(Field(line, 1));
      info->lemma = Field(line, 2);
    } else if (c == "comp") {
      info->cats |= cat::kComp;
    } else if (c == "pron") {
      info->cats |= cat::kPron;
      std::string_view g = Field(line, 1), n = Field(line, 2);
      info->gender = g.empty() ? 'x' : g[0];
      info->number = n.empty() ? 's' : n[0];
    } else if (c == "role") {
      info->cats |= cat::kRole;
      std::string_view g = Field(line, 1);
      info->gender = g.empty() ? 'x' : g[0];
    } else if (c == "inst") {
      info->cats |= cat::kInst;
    } else if (c == "prep") {
      info->cats |= cat::kPrep;
    } else if (c == "relay") {
      info->cats |= cat::kRelay;
    } else if (c == "self") {
      info->cats |= cat::kSelf;
    } else if (c == "first") {
      info->cats |= cat::kFirst;
    }
  }
}

bool IsPunct(const Document& doc, const Token& t, char32_t c) {
  return t.kind == TokenKind::kPunct && t.span.size() == 1 && doc.decoded.at(t.span.start) == c;
}

// A quote mark's family and direction.
enum class MarkType : uint8_t { kNone, kGuillemet, kDouble, kStraight, kLow, kSingle };

struct Speaker {
  int32_t entity = -1;
  Span mention;
  bool found = false;  // a subject was found (an empty entity then means a group/unknown)
};

struct Found {
  Span span;
  uint8_t kind = 0;  // 0 direct, 1 indirect, 2 partial
  Speaker speaker;
  Span cue;
  std::string_view lemma;
  uint8_t act = 1;
  uint32_t order = 0;  // where the attribution was decided (for last-speaker tracking)
};

constexpr std::string_view kKinds[] = {"direct", "indirect", "partial"};

}  // namespace

struct QuoteExtractor::Impl {
  Lexicon fr, en;
};

QuoteExtractor::QuoteExtractor() : impl_(std::make_unique<Impl>()) {}
QuoteExtractor::~QuoteExtractor() = default;

Result<std::unique_ptr<QuoteExtractor>> QuoteExtractor::Create(const std::string& data_dir) {
  std::unique_ptr<QuoteExtractor> q(new QuoteExtractor());
  Result<Lexicon> fr = Lexicon::Open(data_dir + "/quotes_fr.lex", "quotes");
  if (!fr.ok()) return fr.status();
  Result<Lexicon> en = Lexicon::Open(data_dir + "/quotes_en.lex", "quotes");
  if (!en.ok()) return en.status();
  q->impl_->fr = std::move(fr).value();
  q->impl_->en = std::move(en).value();
  return q;
}

namespace {

// The per-document state of one Extract() call.
class Run {
 public:
  Run(const Lexicon& lex, Document* doc) : lex_(lex), doc_(*doc), toks_(doc->tokens) {}

  void Go() {
    const size_t n = toks_.size();
    if (n == 0) return;
    info_.assign(n, TokInfo());
    sent_.assign(n, 0);
    para_.assign(n, 0);
    for (uint32_t s = 0; s < doc_.sentences.size(); ++s) {
      const Sentence& se = doc_.sentences[s];
      for (uint32_t i = se.token_begin; i < se.token_end && i < n; ++i) sent_[i] = s;
    }
    uint32_t p = 0;
    for (size_t i = 0; i < n; ++i) {
      if (i > 0 && toks_[i].Has(tf::kParagraphStart)) ++p;
      para_[i] = p;
    }
    Classify();
    MapEntities();
    Headline();
    MarkQuotes();
    Attribute();
    std::sort(found_.begin(), found_.end(),
              [](const Found& a, const Found& b) { return a.span.start < b.span.start; });
    Emit();
  }

 private:
  // ---------------------------------------------------------------- token readings
  void Lookup(std::string_view key, bool by_text, TokInfo* info) const {
    std::optional<std::string_view> v = lex_.Find(key);
    if (v) AddReadings(*v, by_text, info);
  }

  void Classify() {
    const size_t n = toks_.size();
    for (size_t i = 0; i < n; ++i) {
      const Token& t = toks_[i];
      if (t.kind != TokenKind::kWord) continue;
      TokInfo& info = info_[i];
      std::string_view text = doc_.Slice(t.span);
      FoldForMatch(text, &text_key_);
      if (!t.morph.lemma.empty()) {
        FoldForMatch(t.morph.lemma, &lemma_key_);
      } else {
        lemma_key_ = text_key_;
      }
      // Two-word keys first: "appeler à", "d' après", "according to".
      TokInfo probe;
      Lookup(lemma_key_, false, &probe);
      if (text_key_ != lemma_key_) Lookup(text_key_, true, &probe);
      // A French present "annonce", "estime", "demande" read as a noun by the morph stage:
      // the verb of the same spelling plus "r" (first conjugation); the noun-phrase check
      // below still drops "la demande", "une annonce".
      if (doc_.lang == Language::kFrench && !probe.Is(cat::kVerb) && text_key_.size() > 3 &&
          text_key_.back() == 'e' && (t.morph.pos == PartOfSpeech::kNoun || t.morph.pos == PartOfSpeech::kAdjective)) {
        pair_key_.assign(text_key_).append(1, 'r');
        TokInfo verb;
        Lookup(pair_key_, false, &verb);
        if (verb.Is(cat::kVerb)) {
          probe.cats |= verb.cats & (cat::kVerb | cat::kBare | cat::kObj);
          probe.act = verb.act;
          probe.lemma = verb.lemma;
        }
      }
      if (probe.Is(cat::kFirst) && i + 1 < n && toks_[i + 1].kind == TokenKind::kWord) {
        FoldForMatch(doc_.Slice(toks_[i + 1].span), &next_key_);
        pair_key_.assign(lemma_key_).append(1, ' ').append(next_key_);
        Lookup(pair_key_, false, &info);
        if (text_key_ != lemma_key_) {
          pair_key_.assign(text_key_).append(1, ' ').append(next_key_);
          Lookup(pair_key_, true, &info);
        }
      }
      // Single-word readings (a two-word verb reading wins over a single-word one).
      uint16_t keep = info.cats;
      TokInfo single = probe;
      if (keep & cat::kVerb) single.cats &= static_cast<uint16_t>(~(cat::kVerb | cat::kByText | cat::kBare));
      if (keep & (cat::kVerb | cat::kSource | cat::kOpinion)) {
        single.act = info.act;
        single.lemma = info.lemma;
      }
      single.cats |= keep;
      info = single;
      // A verb reading needs a verb: "the state", "une note" are nouns.
      // A noun or adjective reading is kept when nothing makes it a noun phrase ("Le Figaro
      // annonce que": the morph stage may read "annonce" as a noun).
      if (info.Is(cat::kVerb) && !info.Is(cat::kByText)) {
        PartOfSpeech pos = t.morph.pos;
        if (pos != PartOfSpeech::kVerb && pos != PartOfSpeech::kUnknown) {
          bool noun_phrase = true;
          if (i > 0 && (pos == PartOfSpeech::kNoun || pos == PartOfSpeech::kAdjective)) {
            PartOfSpeech prev = toks_[i - 1].morph.pos;
            // An English -ing form after a comma opens a participial clause ("..., asking
            // the government to ..."), whatever the morph stage read.
            // So is a cue between commas followed by a quote, a colon or "that" (", adds, \"...\"").
            const bool next_marks_content =
                i + 1 < n && (Punct(i + 1, ',') || Punct(i + 1, ':') || toks_[i + 1].kind == TokenKind::kQuote ||
                              toks_[i + 1].morph.lemma == "that");
            const bool ing_clause = doc_.lang == Language::kEnglish && Punct(i - 1, ',') &&
                                    (text_key_.ends_with("ing") || next_marks_content);
            noun_phrase = prev == PartOfSpeech::kDeterminer || prev == PartOfSpeech::kPreposition ||
                          prev == PartOfSpeech::kAdjective || prev == PartOfSpeech::kNumeral ||
                          (toks_[i - 1].kind != TokenKind::kWord && !ing_clause) || info_[i - 1].Is(cat::kPrep);
          }
          if (noun_phrase) info.cats &= static_cast<uint16_t>(~(cat::kVerb | cat::kBare));
        }
      }
      // An activity, not a report: "have started asking X to ...", "kept saying".
      if (info.Is(cat::kVerb) && doc_.lang == Language::kEnglish && i > 0 && text_key_.ends_with("ing")) {
        std::string_view prev = toks_[i - 1].morph.lemma;
        if (prev == "start" || prev == "begin" || prev == "keep" || prev == "stop") {
          info.cats &= static_cast<uint16_t>(~(cat::kVerb | cat::kBare | cat::kByText));
        }
      }
      // Not a report: an infinitive ("il faut noter que"), an imperative or a first or second
      // person ("Rappelons que"), an English infinitive or modal form ("to say", "would say").
      if (info.Is(cat::kVerb) && !info.Is(cat::kByText)) {
        const MorphAnalysis& m = t.morph;
        bool drop = m.mood == Mood::kImperative || m.person == 1 || m.person == 2;
        if (doc_.lang == Language::kFrench && m.verb_form == VerbForm::kInfinitive) drop = true;
        if (doc_.lang == Language::kEnglish && i > 0) {
          std::string_view prev = toks_[i - 1].morph.lemma;
          if (prev == "to" || prev == "will" || prev == "would" || prev == "can" || prev == "could" ||
              prev == "may" || prev == "might" || prev == "should" || prev == "must") {
            drop = true;
          }
        }
        if (drop) info.cats &= static_cast<uint16_t>(~(cat::kVerb | cat::kBare));
      }
      // Subject pronouns are pronouns ("elle" as a noun does not occur, but "il" in names may).
      if (info.Is(cat::kPron) && t.morph.pos != PartOfSpeech::kPronoun &&
          t.morph.pos != PartOfSpeech::kUnknown && !t.Has(tf::kClitic)) {
        info.cats &= static_cast<uint16_t>(~cat::kPron);
      }
    }
  }

  void MapEntities() {
    for (size_t e = 0; e < doc_.entities.size(); ++e) {
      for (const Mention& m : doc_.entities[e].mentions) {
        auto it = std::lower_bound(toks_.begin(), toks_.end(), m.span.start,
                                   [](const Token& t, uint32_t s) { return t.span.end <= s; });
        for (; it != toks_.end() && it->span.start < m.span.end; ++it) {
          info_[it - toks_.begin()].entity = static_cast<int32_t>(e);
        }
        if (doc_.entities[e].type == "person") persons_.push_back({m.span.start, static_cast<int32_t>(e)});
        // (The agency credited in the dateline, "BISSAU (Reuters) -", is no organisation an
        // institution noun of the story may stand for.)
        if (doc_.entities[e].type == "organization" && m.span.start >= doc_.meta.dateline_span.end) {
          orgs_.push_back({m.span.start, static_cast<int32_t>(e)});
        }
      }
      // The country the story is about: the one named most often (strictly more than any
      // other); none on a tie.
      if (doc_.entities[e].type == "country") {
        size_t c = doc_.entities[e].mentions.size();
        if (c > main_country_mentions_) {
          main_country_ = static_cast<int32_t>(e);
          main_country_tie_ = false;
          main_country_mentions_ = c;
        } else if (c == main_country_mentions_) {
          main_country_tie_ = true;
        }
      }
    }
    if (main_country_tie_) main_country_ = -1;
    std::sort(persons_.begin(), persons_.end(),
              [](const PersonMention& a, const PersonMention& b) { return a.start < b.start; });
    std::sort(orgs_.begin(), orgs_.end(),
              [](const PersonMention& a, const PersonMention& b) { return a.start < b.start; });
  }

  // ---------------------------------------------------------------- helpers
  char32_t Cp(size_t i) const { return doc_.decoded.at(toks_[i].span.start); }
  bool Punct(size_t i, char32_t c) const { return IsPunct(doc_, toks_[i], c); }
  bool Terminal(size_t i) const {
    return toks_[i].kind == TokenKind::kPunct && (Punct(i, '.') || Punct(i, '!') || Punct(i, '?') ||
                                                  Punct(i, ';') || Punct(i, 0x2026));
  }
  bool IsVerbLike(size_t i) const {
    PartOfSpeech p = toks_[i].morph.pos;
    return p == PartOfSpeech::kVerb || p == PartOfSpeech::kAuxiliary;
  }
  bool IsCue(size_t i) const {
    return info_[i].Is(cat::kVerb) && info_[i].quote < 0 && !info_[i].used && !Passive(i) && !SelfSubject(i);
  }
  // "est menacée", "was told", "had been denied": a passive is not a report by its subject;
  // "s'est dit" (reflexive) is.
  bool Passive(size_t v) const {
    // "is also encouraging citizens to ...": a progressive, not a passive.
    if (toks_[v].morph.verb_form == VerbForm::kPresentParticiple) return false;
    if (doc_.lang == Language::kEnglish) {
      std::string_view w = doc_.Slice(toks_[v].span);
      if (w.size() > 4 && w.substr(w.size() - 3) == "ing") return false;
    }
    size_t j = v;
    for (int k = 0; k < 3 && j > 0; ++k) {
      size_t p = j - 1;
      const Token& t = toks_[p];
      if (t.morph.pos == PartOfSpeech::kAuxiliary) {
        std::string_view l = t.morph.lemma;
        if (l == "être" || l == "be") {
          if (p > 0 && (toks_[p - 1].morph.lemma == "se" || toks_[p - 1].morph.lemma == "s'")) return false;
          return true;
        }
        j = p;
        continue;
      }
      if (t.Has(tf::kClitic) || t.morph.pos == PartOfSpeech::kAdverb) {
        j = p;
        continue;
      }
      break;
    }
    return false;
  }
  // "je dis que", "nous avons déclaré", "I said": a voice inside the story, not a source.
  bool SelfSubject(size_t v) const {
    size_t j = v;
    for (int k = 0; k < 4 && j > 0; ++k) {
      size_t p = j - 1;
      if (info_[p].Is(cat::kSelf)) return true;
      const Token& t = toks_[p];
      if (t.morph.pos == PartOfSpeech::kAuxiliary || t.morph.pos == PartOfSpeech::kAdverb ||
          t.morph.pos == PartOfSpeech::kPronoun || t.Has(tf::kClitic)) {
        j = p;
        continue;
      }
      break;
    }
    return false;
  }
  uint32_t SentBegin(size_t i) const { return doc_.sentences.empty() ? 0 : doc_.sentences[sent_[i]].token_begin; }
  uint32_t SentEnd(size_t i) const {
    return doc_.sentences.empty() ? static_cast<uint32_t>(toks_.size())
                                  : std::min<uint32_t>(doc_.sentences[sent_[i]].token_end,
                                                       static_cast<uint32_t>(toks_.size()));
  }
  Span TokSpan(size_t a, size_t b) const { return Span{toks_[a].span.start, toks_[b].span.end}; }

  // The first token of the mention covering token i.
  size_t MentionBegin(size_t i) const {
    int32_t e = info_[i].entity;
    while (i > 0 && info_[i - 1].entity == e && toks_[i - 1].span.end + 1 >= toks_[i].span.start) --i;
    return i;
  }
  size_t MentionEnd(size_t i) const {  // one past the last token
    int32_t e = info_[i].entity;
    while (i + 1 < toks_.size() && info_[i + 1].entity == e &&
           toks_[i].span.end + 1 >= toks_[i + 1].span.start) {
      ++i;
    }
    return i + 1;
  }
  // A name right after a preposition ("du Kremlin", "de la Russie", "with Putin") or a
  // verb ("a rencontré Scholz") is not the subject.
  bool Embedded(size_t begin) const {
    if (begin == 0) return false;
    size_t p = begin - 1;
    // A title between the preposition and the name ("du président X", "by Prime Minister
    // X", "de la ministre française Y"): the name is the preposition's object too.
    {
      size_t q = begin;
      bool title = false;
      for (int k = 0; k < 3 && q > 0; ++k) {
        const Token& t = toks_[q - 1];
        if (t.kind != TokenKind::kWord || info_[q - 1].entity >= 0) break;
        if (info_[q - 1].Is(cat::kRole)) {
          title = true;
        } else if (t.morph.pos != PartOfSpeech::kAdjective) {
          break;
        }
        --q;
      }
      if (title && q > 0 && q < begin) {
        size_t r = q - 1;
        if (info_[r].Is(cat::kPrep)) return true;
        if (toks_[r].morph.pos == PartOfSpeech::kDeterminer && r > 0 && info_[r - 1].Is(cat::kPrep)) return true;
      }
    }
    // "Des leaders ..." opening a sentence: an article, not "de + les".
    const bool article = p == SentBegin(p) && toks_[p].morph.pos == PartOfSpeech::kDeterminer;
    if ((info_[p].Is(cat::kPrep) && !article) || Punct(p, '(')) return true;  // "Christian Jacob (UMP)"
    if (toks_[p].morph.pos == PartOfSpeech::kDeterminer && p > 0 && info_[p - 1].Is(cat::kPrep)) return true;
    if (IsVerbLike(p) && !toks_[p].Has(tf::kClitic)) return true;
    return false;
  }
  bool IsPerson(int32_t e) const { return e >= 0 && doc_.entities[e].type == "person"; }
  bool IsOrg(int32_t e) const { return e >= 0 && doc_.entities[e].type == "organization"; }

  bool GenderFits(int32_t e, char g) const {
    if (g != 'm' && g != 'f') return true;
    const std::string& eg = doc_.entities[e].gender;
    return eg.empty() || eg[0] == g;
  }

  // A pronoun or role noun at token i (gender g, number num) standing for a person.
  Speaker Resolve(size_t i, char g, char num, bool institution) const {
    Speaker s;
    s.found = true;
    s.mention = toks_[i].span;
    if (num == 'p') {
      // English "they" often stands for an organisation ("the Church denied ... They also
      // claimed"): the organisation that spoke last, or that was last a subject, in this or
      // the previous paragraph. Otherwise a group, with no entity.
      if (doc_.lang == Language::kEnglish && info_[i].Is(cat::kPron)) {
        // "The sources claimed ... They also said": a plural noun subjects the sentence
        // before, a group with no entity.
        if (sent_[i] > 0 && PluralSubject(doc_.sentences[sent_[i] - 1].token_begin, SentBegin(i))) return s;
        s.entity = RecentOrg(i);
        // None spoke or was a subject: the organisation or country named last in the
        // pronoun's paragraph ("Look at Turkey, who ... They say ...").
        for (size_t k = i; s.entity < 0 && k > 0 && para_[k - 1] == para_[i];) {
          --k;
          int32_t e = info_[k].entity;
          if (e < 0 || info_[k].quote >= 0 || !(IsOrg(e) || doc_.entities[e].type == "country")) continue;
          // Not a country inside a name ("the Medical Journal of Australia").
          size_t mb = MentionBegin(k);
          if (mb >= 2 && toks_[mb - 1].morph.lemma == "of" && toks_[mb - 2].Has(tf::kCapitalized)) {
            k = mb;
            continue;
          }
          s.entity = e;
        }
      }
      return s;
    }
    if (institution || g == 'n') {  // "le quotidien", "the ministry", "it said"
      // "the government", "le gouvernement": the country named last.
      std::string_view l = toks_[i].morph.lemma;
      if (institution && (l == "government" || l == "gouvernement")) {
        // "the Syrian government", "le gouvernement syrien": the country named with it;
        // otherwise the country the story is about (named most often), else the last named.
        for (size_t k : {i - 1, i + 1}) {
          if (i > 0 && k < toks_.size() && info_[k].entity >= 0 && doc_.entities[info_[k].entity].type == "country") {
            s.entity = info_[k].entity;
            return s;
          }
        }
        if (main_country_ >= 0) {
          s.entity = main_country_;
          return s;
        }
        for (size_t k = i; k > 0;) {
          --k;
          int32_t e = info_[k].entity;
          if (e >= 0 && doc_.entities[e].type == "country") {
            s.entity = e;
            return s;
          }
        }
      }
      // The organisation named last before the noun, and where.
      int32_t last_org = -1;
      uint32_t last_org_start = 0;
      {
        auto it = std::upper_bound(orgs_.begin(), orgs_.end(), toks_[i].span.start,
                                   [](uint32_t p, const PersonMention& m) { return p < m.start; });
        if (it != orgs_.begin()) {
          last_org = std::prev(it)->entity;
          last_org_start = std::prev(it)->start;
        }
      }
      if (!institution && info_[i].Is(cat::kPron)) {
        // "it said": the organisation that spoke last, unless another one was a subject since.
        s.entity = RecentOrg(i);
      } else if (last_speaker_ >= 0 && IsOrg(last_speaker_) &&
                 !(institution && last_org >= 0 && last_org_start >= last_speaker_end_)) {
        // "the city", "le quotidien": the organisation that spoke last, unless another one
        // was named since its quote.
        s.entity = last_speaker_;
      } else if (institution) {
        // "le quotidien", "la direction": the organisation named last before it.
        auto it = std::upper_bound(orgs_.begin(), orgs_.end(), toks_[i].span.start,
                                   [](uint32_t p, const PersonMention& m) { return p < m.start; });
        if (it != orgs_.begin()) s.entity = std::prev(it)->entity;
      }
      return s;
    }
    uint32_t pos = toks_[i].span.start;
    // The last compatible person in subject position before the pronoun.
    int32_t last_subject = -1, last_any = -1;
    uint32_t last_subject_start = 0, last_any_start = 0;
    auto it = std::upper_bound(persons_.begin(), persons_.end(), pos,
                               [](uint32_t p, const PersonMention& m) { return p < m.start; });
    while (it != persons_.begin()) {
      --it;
      if (!GenderFits(it->entity, g)) continue;
      if (last_any < 0) {
        last_any = it->entity;
        last_any_start = it->start;
      }
      auto tk = std::lower_bound(toks_.begin(), toks_.end(), it->start,
                                 [](const Token& t, uint32_t st) { return t.span.start < st; });
      size_t ti = static_cast<size_t>(tk - toks_.begin());
      if (ti < toks_.size() && info_[ti].quote < 0 && !Embedded(ti)) {
        last_subject = it->entity;
        last_subject_start = it->start;
        break;
      }
    }
    // A person named in the sentence just before the pronoun's, when that sentence has no
    // person subject and no speaker, is its referent even out of subject position ("... leur
    // indignation par X, président du groupe. Il a souhaité ...").
    if (last_any >= 0 && last_any != last_subject && last_any_start >= last_speaker_end_ && sent_[i] > 0) {
      uint32_t prev_begin = doc_.sentences[sent_[i] - 1].token_begin;
      uint32_t prev_start = prev_begin < toks_.size() ? toks_[prev_begin].span.start : UINT32_MAX;
      if (prev_begin < toks_.size() && last_any_start >= prev_start &&
          (last_subject < 0 || last_subject_start < prev_start) && last_speaker_end_ <= prev_start &&
          last_any_start < toks_[SentBegin(i)].span.start) {
        s.entity = last_any;
        return s;
      }
    }
    if (last_speaker_ >= 0 && IsPerson(last_speaker_) && GenderFits(last_speaker_, g) &&
        (last_subject < 0 || last_subject == last_speaker_ || last_subject_start < last_speaker_end_)) {
      s.entity = last_speaker_;
    } else if (last_subject >= 0) {
      s.entity = last_subject;
    } else {
      s.entity = last_any;
    }
    // A role noun in the headline ("Australian woman claims ...") names the person the
    // story then introduces: the first compatible person named after the headline.
    if (s.entity < 0 && info_[i].Is(cat::kRole) && !doc_.meta.headline_span.empty() &&
        pos < doc_.meta.headline_span.end && pos >= doc_.meta.headline_span.start) {
      for (const PersonMention& pm : persons_) {
        if (pm.start >= doc_.meta.headline_span.end && GenderFits(pm.entity, g)) {
          s.entity = pm.entity;
          break;
        }
      }
    }
    return s;
  }

  // True when the sentence [b, e) opens with a plural common noun phrase ("The sources
  // claimed", "Many farmers say"), not a name.
  bool PluralSubject(size_t b, size_t e) const {
    for (size_t k = b; k < e && k < b + 4; ++k) {
      const Token& t = toks_[k];
      if (t.kind != TokenKind::kWord || info_[k].entity >= 0) return false;
      PartOfSpeech p = t.morph.pos;
      if (p == PartOfSpeech::kDeterminer || p == PartOfSpeech::kAdjective || p == PartOfSpeech::kNumeral) continue;
      return p == PartOfSpeech::kNoun && t.morph.number == GramNumber::kPlural;
    }
    return false;
  }

  // The organisation (or country) speaking or standing as a subject nearest before token i,
  // in its paragraph or the previous one; -1 when none.
  int32_t RecentOrg(size_t i) const {
    const uint32_t para = para_[i];
    int32_t subject = -1;
    uint32_t subject_start = 0;
    for (size_t k = i; k > 0;) {
      --k;
      if (para_[k] + 1 < para) break;
      int32_t e = info_[k].entity;
      if (e < 0) continue;
      size_t b = MentionBegin(k);
      if (info_[k].quote < 0 && (IsOrg(e) || doc_.entities[e].type == "country") && !Embedded(b) &&
          !(MentionEnd(k) < toks_.size() && Possessive(MentionEnd(k)))) {
        subject = e;
        subject_start = toks_[b].span.start;
        break;
      }
      k = b;
    }
    if (last_speaker_ >= 0 && (IsOrg(last_speaker_) || doc_.entities[last_speaker_].type == "country") &&
        ParaAt(last_speaker_end_) + 1 >= para && (subject < 0 || subject_start < last_speaker_end_)) {
      return last_speaker_;
    }
    return subject;
  }

  Speaker FromMention(size_t i) const {
    Speaker s;
    s.found = true;
    s.entity = info_[i].entity;
    size_t b = MentionBegin(i), e = MentionEnd(i);
    s.mention = TokSpan(b, e - 1);
    return s;
  }

  // The subject nearest to the left of `hi` in [lo, hi): a subject pronoun, else a name not
  // inside a prepositional phrase, else a role or institution noun.
  Speaker SubjectLeft(size_t lo, size_t hi) const {
    Speaker best;
    size_t role = SIZE_MAX;
    for (size_t i = hi; i > lo;) {
      --i;
      const Token& t = toks_[i];
      const TokInfo& in = info_[i];
      if (t.kind == TokenKind::kQuote || in.quote >= 0) break;
      if (Punct(i, ':') || Terminal(i)) break;
      if (in.Is(cat::kComp) && i + 1 < hi) break;
      // (The dateline, "BISSAU (Reuters) -", names no speaker: the agency reports.)
      if (t.span.start < doc_.meta.dateline_span.end) break;
      // "avec X, le successeur de Y, qui lui avait rétorqué": the relative's antecedent, the
      // name before an apposition.
      if (IsRelative(i) && i > lo) {
        size_t j = i;
        if (Punct(j - 1, ',')) {
          --j;
          for (size_t k = j; k > lo && k + 12 > j;) {
            --k;
            if (Punct(k, ',')) {
              if (k > lo && info_[k - 1].entity >= 0 && (IsPerson(info_[k - 1].entity) || IsOrg(info_[k - 1].entity))) {
                return FromMention(k - 1);
              }
              break;
            }
            if (Terminal(k) || toks_[k].kind == TokenKind::kQuote) break;
          }
        }
        if (j > lo && info_[j - 1].entity >= 0 && (IsPerson(info_[j - 1].entity) || IsOrg(info_[j - 1].entity))) {
          return FromMention(j - 1);
        }
      }
      if (in.entity >= 0) {
        size_t b = MentionBegin(i);
        if (b < lo) b = lo;
        // "Thomas' sister pleaded", "Obama's aide said": the possessor is not the subject;
        // the unnamed person it qualifies is.
        if (doc_.lang == Language::kEnglish && MentionEnd(i) < hi && Possessive(MentionEnd(i))) {
          Speaker sp;
          sp.found = true;
          sp.mention = TokSpan(b, hi - 1);
          return sp;
        }
        // "X and Y have asserted", "la Russie et les États-Unis ont déclaré": a group of
        // several entities, with no entity of its own.
        if (!Embedded(b) && b > lo + 1) {
          size_t c = b - 1;
          if (toks_[c].morph.pos == PartOfSpeech::kDeterminer && c > lo + 1) --c;
          std::string_view cl = toks_[c].morph.lemma;
          if ((cl == "and" || cl == "et") && info_[c - 1].entity >= 0 && info_[c - 1].entity != in.entity &&
              info_[c - 1].quote < 0) {
            int32_t other = info_[c - 1].entity;
            if (IsPerson(other) || IsOrg(other) || doc_.entities[other].type == "country") {
              Speaker sp;
              sp.found = true;
              size_t ob = MentionBegin(c - 1);
              if (ob > lo && toks_[ob - 1].morph.pos == PartOfSpeech::kDeterminer) --ob;
              sp.mention = TokSpan(ob, MentionEnd(i) - 1);
              return sp;
            }
          }
        }
        if (!Embedded(b)) return Apposed(lo, b, hi, FromMention(i));
        // "Minister of Education X said", "CEO of the Refugee Council X told": a person
        // named right before the cue after a title and its complement.
        if (IsPerson(in.entity) && MentionEnd(i) == hi && TitleComplement(lo, b)) return FromMention(i);
        // "un porte-parole de la police", "Des leaders du Parti populaire", "a spokesman for
        // the ministry": an unnamed representative speaks for the organisation.
        if (IsOrg(in.entity)) {
          size_t r = RoleBefore(lo, b);
          if (r != SIZE_MAX) {
            Speaker sp = FromMention(i);
            sp.mention.start = toks_[r].span.start;
            return sp;
          }
        }
        // A capitalised particle glued to a name that the cue follows ("De Santis conclue").
        if (b > lo && info_[b - 1].Is(cat::kPrep) && toks_[b - 1].Has(tf::kCapitalized) &&
            MentionEnd(i) == hi && toks_[b - 1].span.end + 1 >= toks_[b].span.start && !Embedded(b - 1)) {
          Speaker sp = FromMention(i);
          sp.mention.start = toks_[b - 1].span.start;
          return sp;
        }
        i = b;
        continue;
      }
      if (in.Is(cat::kPron) && (i == 0 || !info_[i - 1].Is(cat::kPrep))) {
        return Resolve(i, in.gender, in.number, false);
      }
      if ((in.Is(cat::kRole) || in.Is(cat::kInst)) && role == SIZE_MAX && !Embedded(i) &&
          !(i > 0 && toks_[i - 1].morph.pos == PartOfSpeech::kAdjective && i > 1 &&
            info_[i - 2].Is(cat::kPrep))) {
        role = i;
      }
    }
    if (role != SIZE_MAX) return FromRoleNoun(role);
    return best;
  }

  // The role noun r of "ROLE of|de|for [det] <b>" right before token b (SIZE_MAX if none),
  // itself not inside a prepositional phrase.
  size_t RoleBefore(size_t lo, size_t b) const {
    auto prep = [&](size_t k) { return info_[k].Is(cat::kPrep) || toks_[k].morph.lemma == "for"; };
    size_t p;  // the preposition
    if (b > lo + 1 && prep(b - 1)) {
      p = b - 1;
    } else if (b > lo + 2 && toks_[b - 1].morph.pos == PartOfSpeech::kDeterminer && prep(b - 2)) {
      p = b - 2;
    } else {
      return SIZE_MAX;
    }
    size_t r = p - 1;
    if (!info_[r].Is(cat::kRole) || Embedded(r)) return SIZE_MAX;
    // "X, président de l'Assemblée, a déclaré": an apposition; the name before it speaks.
    size_t d = r;
    if (d > lo && toks_[d - 1].morph.pos == PartOfSpeech::kDeterminer) --d;
    if (d > lo + 1 && Punct(d - 1, ',') && info_[d - 2].entity >= 0) return SIZE_MAX;
    return r;
  }

  // True when the name starting at b follows "TITLE of|de [det] ..." within four tokens.
  bool TitleComplement(size_t lo, size_t b) const {
    for (size_t k = 1; k <= 4 && b >= lo + k + 1; ++k) {
      size_t r = b - k - 1;
      if (Terminal(r) || Punct(r, ',') || toks_[r].kind == TokenKind::kQuote) return false;
      if (info_[r].Is(cat::kRole) && info_[r + 1].Is(cat::kPrep)) return !Embedded(r);
    }
    return false;
  }

  // A subject found inside an apposition closed right before the cue ("Paul Dewar, an
  // Ottawa MP, said", "X, the State Department spokesperson, said"): the person or
  // organisation named before the apposition is the subject, unless the apposition names a
  // person and the head does not ("Le maire de New York, Michael Bloomberg, appelle").
  Speaker Apposed(size_t lo, size_t b, size_t hi, Speaker cand) const {
    if (hi == 0 || hi <= lo + 1 || !Punct(hi - 1, ',')) return cand;
    for (size_t k = MentionEnd(b); k + 1 < hi; ++k) {
      if (Punct(k, ',')) return cand;  // the name is before the apposition, not inside it
    }
    size_t o = b;
    while (o > lo) {
      --o;
      if (Terminal(o) || toks_[o].kind == TokenKind::kQuote || IsVerbLike(o)) return cand;
      if (Punct(o, ',')) break;
    }
    if (o <= lo || !Punct(o, ',')) return cand;
    int32_t head = info_[o - 1].entity;
    if (head < 0 || !(IsPerson(head) || IsOrg(head)) || head == cand.entity) return cand;
    if (Embedded(MentionBegin(o - 1))) return cand;
    if (IsPerson(cand.entity) && !IsPerson(head)) return cand;
    return FromMention(o - 1);
  }

  // True when token i is a possessive marker ("'s", "’s", a bare apostrophe after "Thomas").
  bool Possessive(size_t i) const {
    if (i >= toks_.size() || toks_[i].Has(tf::kSpaceBefore)) return false;
    std::string_view t = doc_.Slice(toks_[i].span);
    return t == "'s" || t == "\u2019s" || t == "'" || t == "\u2019";
  }

  // The subject after an inverted cue in [lo, hi): a clitic or pronoun, else the first person
  // named, else the first name, else a role noun. A possessor ("Saudi Arabia's Civil Defense
  // Authority") is not the subject: the name it qualifies is.
  Speaker SubjectRight(size_t lo, size_t hi) const {
    size_t first_name = SIZE_MAX, role = SIZE_MAX;
    for (size_t i = lo; i < hi; ++i) {
      const Token& t = toks_[i];
      const TokInfo& in = info_[i];
      if (t.kind == TokenKind::kQuote || Terminal(i) || Punct(i, ':')) break;
      if (in.Is(cat::kComp)) break;
      if (in.Is(cat::kPron) && (t.Has(tf::kClitic) || i == lo)) return Resolve(i, in.gender, in.number, false);
      if (in.entity >= 0) {
        size_t b = MentionBegin(i);
        if (doc_.lang == Language::kEnglish && Possessive(MentionEnd(i))) {
          i = MentionEnd(i);
          continue;
        }
        if (IsPerson(in.entity)) return FromMention(i);
        // Right after the cue ("said KCNA", "averti Météo France") the name is the subject.
        bool after_cue = b == lo || (b > 0 && b - 1 == lo && toks_[lo].morph.pos == PartOfSpeech::kDeterminer);
        if (first_name == SIZE_MAX && (after_cue || !Embedded(b))) first_name = i;
        i = MentionEnd(i) - 1;
        continue;
      }
      if ((in.Is(cat::kRole) || in.Is(cat::kInst)) && role == SIZE_MAX) role = i;
    }
    if (first_name != SIZE_MAX) return FromMention(first_name);
    if (role != SIZE_MAX) return FromRoleNoun(role);
    return Speaker();
  }

  // The speaker a role or institution noun at token `role` designates: the person or body
  // it resolves to, or, for "un représentant du groupe", the institution of its complement.
  Speaker FromRoleNoun(size_t role) const {
    if (info_[role].Is(cat::kRole) && role + 2 < toks_.size() && info_[role + 1].Is(cat::kPrep)) {
      size_t c = role + 2;
      if (toks_[c].morph.pos == PartOfSpeech::kDeterminer && c + 1 < toks_.size()) ++c;
      if (info_[c].Is(cat::kInst) && !info_[c].Is(cat::kRole)) {
        Speaker sp = Resolve(c, 'n', 's', true);
        sp.mention = TokSpan(role, c);
        return sp;
      }
    }
    const TokInfo& in = info_[role];
    char num = toks_[role].morph.number == GramNumber::kPlural ? 'p' : 's';
    return Resolve(role, in.gender, num, !in.Is(cat::kRole));
  }

  // The cue's extent: its auxiliary (and an adverb or clitic between) before it, a clitic
  // after it ("a-t-il dit", "affirme-t-il", "has said").
  Span CueSpan(size_t v, size_t* begin, size_t* end) const {
    size_t b = v, e = v + 1;
    size_t j = b;
    for (int k = 0; k < 3 && j > 0; ++k) {
      size_t p = j - 1;
      const Token& t = toks_[p];
      if (t.morph.pos == PartOfSpeech::kAuxiliary) {
        b = p;
        j = p;
        continue;
      }
      if (t.Has(tf::kClitic) || t.morph.pos == PartOfSpeech::kAdverb) {
        j = p;
        continue;
      }
      break;
    }
    if (e < toks_.size() && toks_[e].Has(tf::kClitic) && info_[e].Is(cat::kPron)) ++e;
    *begin = b;
    *end = e;
    return TokSpan(b, e - 1);
  }

  void Record(Span span, uint8_t kind, Speaker sp, Span cue, std::string_view lemma, uint8_t act) {
    if (span.empty()) return;
    Found f;
    f.span = span;
    f.kind = kind;
    f.speaker = sp;
    f.cue = cue;
    f.lemma = lemma;
    f.act = act;
    found_.push_back(f);
    if (sp.entity >= 0) {
      last_speaker_ = sp.entity;
      last_speaker_end_ = std::max(span.end, cue.end);
      last_speaker_para_ = ParaAt(std::max(span.end, cue.end));
    }
  }

  uint32_t ParaAt(uint32_t cp) const {
    auto it = std::lower_bound(toks_.begin(), toks_.end(), cp,
                               [](const Token& t, uint32_t c) { return t.span.end < c; });
    if (it == toks_.end()) return para_.back();
    return para_[it - toks_.begin()];
  }

  // The last content token of the sentence ending at `end` (exclusive), final punctuation
  // excluded; returns SIZE_MAX when nothing is left after `from`.
  size_t ContentLast(size_t from, size_t end) const {
    size_t last = end;
    while (last > from) {
      size_t p = last - 1;
      if (Terminal(p) || Punct(p, ':') || Punct(p, ',')) {
        last = p;
        continue;
      }
      break;
    }
    return last > from ? last - 1 : SIZE_MAX;
  }

  // ---------------------------------------------------------------- headline "...-Macron"
  void Headline() {
    const DocumentMeta& m = doc_.meta;
    if (m.headline_attribution.empty() || m.headline_span.empty()) return;
    uint32_t len = 0;
    for (unsigned char c : m.headline_attribution) len += (c & 0xC0) != 0x80;
    uint32_t end = m.headline_span.end;
    while (end > m.headline_span.start && doc_.decoded.Is(end - 1, cc::kSpace)) --end;
    if (end < m.headline_span.start + len + 2) return;
    uint32_t dash = end - len - 1;
    if (!doc_.decoded.Is(dash, cc::kDash) && doc_.decoded.at(dash) != ':') return;
    if (doc_.decoded.Slice(dash + 1, end) != m.headline_attribution) return;
    Speaker sp;
    for (size_t i = 0; i < toks_.size() && toks_[i].span.start < end; ++i) {
      if (toks_[i].span.end > dash + 1 && info_[i].entity >= 0) {
        sp.entity = info_[i].entity;
        sp.found = true;
        sp.mention = Span{dash + 1, end};
        break;
      }
    }
    uint32_t cend = dash;
    while (cend > m.headline_span.start && doc_.decoded.Is(cend - 1, cc::kSpace)) --cend;
    Found f;
    f.span = Span{m.headline_span.start, cend};
    f.kind = 1;
    f.speaker = sp;
    f.cue = Span{dash, dash + 1};
    f.act = 1;
    found_.push_back(f);  // not a discourse speaker: the headline sits outside the story
  }

  // ---------------------------------------------------------------- quote marks
  struct Marked {
    size_t open, close;  // mark tokens; close == SIZE_MAX when it ran to a paragraph end
    size_t first, last;  // content tokens (inclusive)
    bool cont = false;   // reopens the previous quote in a new paragraph (same speaker)
  };

  MarkType TypeOf(size_t i) const {
    switch (Cp(i)) {
      case 0x00AB: case 0x00BB: case 0x2039: case 0x203A: return MarkType::kGuillemet;
      case 0x201C: case 0x201D: return MarkType::kDouble;
      case '"': return MarkType::kStraight;
      case 0x201E: return MarkType::kLow;
      case 0x2018: case 0x2019: case 0x201A: return MarkType::kSingle;
      default: return MarkType::kNone;
    }
  }

  void MarkQuotes() {
    const size_t n = toks_.size();
    // The stack of open marks (family, token); nesting is shallow, a fixed array suffices.
    MarkType stack_type[8];
    size_t stack_tok[8];
    int depth = 0;
    size_t para_last = SIZE_MAX;  // the last token of the previous paragraph
    bool cont = false;            // the open quote continues the previous one
    auto close_outer = [&](size_t close, size_t last) {
      size_t first = stack_tok[0] + 1;
      if (first <= last && last != SIZE_MAX) marked_.push_back({stack_tok[0], close, first, last, cont});
      depth = 0;
      cont = false;
    };
    for (size_t i = 0; i < n; ++i) {
      const Token& t = toks_[i];
      if (i > 0 && t.Has(tf::kParagraphStart)) {
        para_last = i - 1;
        if (depth > 0) {
          // A paragraph that reopens with a mark of the same family continues the quote:
          // one quote per paragraph, the later ones marked as continuations (same speaker).
          if (t.kind == TokenKind::kQuote && TypeOf(i) == stack_type[0] && IsOpening(i, stack_type[0])) {
            close_outer(SIZE_MAX, para_last);
            stack_tok[0] = i;
            depth = 1;
            cont = true;
            continue;
          }
          close_outer(SIZE_MAX, para_last);
        }
      }
      // GUM's `` opening (two backticks) closed by a straight double quote.
      if (t.kind != TokenKind::kWord && t.kind != TokenKind::kNumber && Cp(i) == '`' && i + 1 < n && Cp(i + 1) == '`' &&
          !toks_[i + 1].Has(tf::kSpaceBefore) && depth < 8) {
        bool inside = false;
        for (int d = 0; d < depth; ++d) inside |= stack_type[d] == MarkType::kStraight;
        if (!inside) {
          stack_type[depth] = MarkType::kStraight;
          stack_tok[depth] = i + 1;
          ++depth;
          ++i;
          continue;
        }
      }
      if (t.kind != TokenKind::kQuote) continue;
      MarkType ty = TypeOf(i);
      if (ty == MarkType::kNone) continue;
      char32_t c = Cp(i);
      bool opening;
      if (c == 0x00AB || c == 0x2039 || c == 0x201E || c == 0x2018 || c == 0x201A) {
        opening = true;
      } else if (c == 0x00BB || c == 0x203A || c == 0x2019) {
        opening = false;
      } else if (c == 0x201C) {  // “ closes a „ quote, opens otherwise
        opening = !(depth > 0 && stack_type[depth - 1] == MarkType::kLow);
        if (!opening) ty = MarkType::kLow;
      } else if (c == 0x201D) {
        opening = depth == 0 && IsOpening(i, ty) && !IsClosingLook(i);
      } else {  // straight quote: toggles
        bool inside = false;
        for (int d = 0; d < depth; ++d) inside |= stack_type[d] == MarkType::kStraight;
        opening = !inside;
      }
      if (opening) {
        if (depth < 8) {
          stack_type[depth] = ty;
          stack_tok[depth] = i;
          ++depth;
        }
        continue;
      }
      // Closing: pop to the matching family.
      int d = depth - 1;
      while (d >= 0 && stack_type[d] != ty) --d;
      if (d < 0) continue;  // a stray closing mark
      if (d == 0) {
        close_outer(i, i - 1);
      } else {
        depth = d;
      }
    }
    if (depth > 0) close_outer(SIZE_MAX, n - 1);
    for (size_t q = 0; q < marked_.size(); ++q) {
      Marked& m = marked_[q];
      // Trailing comma inside the marks (English style) is not content.
      while (m.last > m.first && Punct(m.last, ',')) --m.last;
      for (size_t i = m.first; i <= m.last; ++i) info_[i].quote = static_cast<int32_t>(q);
    }
  }

  // The quote's content opens with a capital and holds a sentence end, or ends the
  // sentence after at least six words.
  bool QuotedSentence(const Marked& m) const {
    if (!toks_[m.first].Has(tf::kCapitalized)) return false;
    size_t words = 0;
    for (size_t i = m.first; i <= m.last; ++i) {
      if (Terminal(i)) return true;
      words += toks_[i].kind == TokenKind::kWord;
    }
    return words >= 6 && m.close != SIZE_MAX && m.close + 1 < toks_.size() && Terminal(m.close + 1);
  }

  bool IsOpening(size_t i, MarkType) const {
    bool space_before = i == 0 || toks_[i].Has(tf::kSpaceBefore) || toks_[i].Has(tf::kLineStart);
    bool glued_after = i + 1 < toks_.size() && !toks_[i + 1].Has(tf::kSpaceBefore);
    return space_before || glued_after;
  }
  bool IsClosingLook(size_t i) const {
    return i > 0 && !toks_[i].Has(tf::kSpaceBefore) && !toks_[i].Has(tf::kLineStart);
  }

  // ---------------------------------------------------------------- quote-mark quotes
  // Attributes quote-mark quote q; a paragraph that continues a quote takes the speaker
  // of the quote it continues.
  void AttributeMarked(size_t q) {
    if (marked_speaker_.size() < marked_.size()) {
      marked_speaker_.assign(marked_.size(), Speaker());
      marked_cue_.assign(marked_.size(), SIZE_MAX);
    }
    const Marked& m = marked_[q];
    if (m.cont && q > 0 && marked_speaker_[q - 1].found) {
      Speaker sp = marked_speaker_[q - 1];
      sp.mention = Span{};
      marked_speaker_[q] = sp;
      Record(TokSpan(m.first, m.last), 0, sp, Span{}, {}, 1);
      return;
    }
    const size_t before = found_.size();
    AttributeOne(q);
    if (found_.size() > before) marked_speaker_[q] = found_.back().speaker;
  }

  void AttributeOne(size_t q) {
    const Marked& m = marked_[q];
    // The last paragraph of a quote continued over several paragraphs: its closing mark may
    // be followed by the cue ("«A¶«B», a-t-il dit").
    const Marked* tail = &m;
    for (size_t r = q + 1; r < marked_.size() && marked_[r].cont && tail->close == SIZE_MAX; ++r) tail = &marked_[r];
    size_t open = m.open;
    uint8_t kind = 0;
    size_t sb = SentBegin(open);
    if (open > sb && !toks_[open].Has(tf::kParagraphStart)) {
      size_t p = open - 1;
      bool colon = Punct(p, ':') || (Punct(p, ',') && p > 0 && (info_[p - 1].Is(cat::kVerb) ||
                                                              toks_[p - 1].Has(tf::kClitic)));
      bool leading = true;  // only marks, dashes, parentheses before it in the sentence
      for (size_t k = sb; k < open; ++k) {
        if (toks_[k].kind == TokenKind::kWord || toks_[k].kind == TokenKind::kNumber) leading = false;
      }
      if (!colon && !leading) kind = 2;
      // `..., "For example, schools can ..."`: a whole quoted sentence after a comma is
      // direct speech, not a fragment.
      if (kind == 2 && Punct(p, ',') && QuotedSentence(m)) kind = 0;
    }
    Span span = TokSpan(m.first, m.last);
    // A partial quote of capitalised words is a title or a name ("Better Idea of Afghan
    // Girls", « Europe »), not speech.
    if (kind == 2) {
      bool title = true;
      for (size_t i = m.first; i <= m.last && title; ++i) {
        const Token& t = toks_[i];
        if (t.kind == TokenKind::kWord && t.span.size() >= 4 && !t.Has(tf::kCapitalized)) title = false;
      }
      if (title) return;
    }
    // 1. A cue after the closing mark: `", a déclaré X.`, `", Scholz told reporters.`,
    //    `», a-t-il dit`, `", selon X`.
    if (tail->close != SIZE_MAX) {
      const size_t close = tail->close;
      size_t j = close + 1;
      size_t n = toks_.size();
      while (j < n && j < close + 3 && toks_[j].kind == TokenKind::kPunct && !Terminal(j) &&
             !Punct(j, ':')) {
        ++j;
      }
      bool after_terminal = tail->last < n && Terminal(tail->last) && j == close + 1;
      // An apposition may sit between the name and the cue ("X, editor at large at Y, said").
      for (size_t k = j; k < n && k < j + 16 && !after_terminal; ++k) {
        if (toks_[k].kind == TokenKind::kQuote || Terminal(k) || Punct(k, ':')) break;
        // The cue is in the quote's paragraph, not in the next one.
        if (toks_[k].Has(tf::kParagraphStart)) break;
        // `", and said it was "..."`: a new clause of the reporter's, not an inverted cue.
        // (Not the clitic of "s'est réjoui", which a tagger may read as "si".)
        if (k == j && toks_[k].morph.pos == PartOfSpeech::kConjunction &&
            !(doc_.lang == Language::kFrench && k + 1 < n && toks_[k].morph.lemma == "s'" &&
              toks_[k + 1].morph.pos == PartOfSpeech::kAuxiliary)) {
          break;
        }
        if (info_[k].Is(cat::kSource) && k == j) {
          Speaker sp = SubjectRight(SourceNameStart(k), SentEnd(k));
          info_[k].used = true;
          Record(span, kind, sp, TokSpan(k, SourceNameStart(k) - 1), info_[k].lemma, info_[k].act);
          return;
        }
        if (IsCue(k) && Participle(k)) break;  // "» le reporter, en évoquant ...": a new clause
        if (IsCue(k)) {
          size_t cb, ce;
          Span cue = CueSpan(k, &cb, &ce);
          Speaker sp;
          if (cb > j) sp = SubjectLeft(j, cb);
          if (!sp.found) sp = SubjectRight(std::max(cb + 1, j), std::min<size_t>(SentEnd(k), k + 16));
          if (!sp.found) sp = SubjectRight(ce, std::min<size_t>(n, ce + 16));
          info_[k].used = true;
          Record(span, kind, sp, cue, info_[k].lemma, info_[k].act);
          return;
        }
        // "y compris" (including) is no verb.
        const bool y_compris = doc_.lang == Language::kFrench && k > 0 && toks_[k - 1].morph.lemma == "y" &&
                               doc_.Slice(toks_[k].span) == "compris";
        if (toks_[k].kind == TokenKind::kWord && IsVerbLike(k) && !y_compris &&
            toks_[k].morph.pos != PartOfSpeech::kAuxiliary &&
            toks_[k].morph.verb_form != VerbForm::kPastParticiple) {
          break;  // another verb: the words after the quote are not a cue ("imposé à X," is no verb of a clause)
        }
      }
    }
    // 1b. A pull quote signed after a dash: `"..." - Matthew Ingram`; a quote with no final
    //     punctuation before a dash is a cited title ("Title" — Publisher, date).
    const bool dash_after = m.close != SIZE_MAX && m.close + 1 < toks_.size() &&
                            toks_[m.close + 1].kind == TokenKind::kPunct &&
                            doc_.decoded.Is(toks_[m.close + 1].span.start, cc::kDash);
    bool sentence = false;
    for (size_t i = m.first; i <= m.last && !sentence; ++i) sentence = Terminal(i);
    if (dash_after && !sentence) return;
    if (m.close != SIZE_MAX && m.close + 2 < toks_.size() && toks_[m.close + 1].kind == TokenKind::kPunct &&
        doc_.decoded.Is(toks_[m.close + 1].span.start, cc::kDash) && info_[m.close + 2].entity >= 0 &&
        !toks_[m.close + 2].Has(tf::kParagraphStart) &&
        (IsPerson(info_[m.close + 2].entity) || IsOrg(info_[m.close + 2].entity))) {
      size_t me = MentionEnd(m.close + 2);
      if (me >= toks_.size() || toks_[me].Has(tf::kParagraphStart) || Terminal(me) || Punct(me, ',')) {
        Record(span, kind, FromMention(m.close + 2), toks_[m.close + 1].span, {}, 1);
        return;
      }
    }
    // 1c. A pull quote or photo caption signed without a dash: a quoted sentence opening its
    //     paragraph, then only the author's name and words with no verb to the paragraph's
    //     end (`"..." Jane Doe image: X.`, `"..." Anonymous blogger, "Title"`). The author is
    //     the first person or organisation named there; an unnamed author is a source with
    //     no entity.
    if (sentence && m.close != SIZE_MAX && toks_[open].Has(tf::kParagraphStart) && m.close + 1 < toks_.size() &&
        toks_[m.close + 1].kind == TokenKind::kWord && toks_[m.close + 1].Has(tf::kCapitalized) &&
        !toks_[m.close + 1].Has(tf::kParagraphStart)) {
      Speaker sp;
      bool caption = true;
      size_t k = m.close + 1;
      for (; k < toks_.size() && !toks_[k].Has(tf::kParagraphStart) && caption; ++k) {
        if (info_[k].quote >= 0 || toks_[k].kind == TokenKind::kQuote) continue;
        if (IsVerbLike(k) || info_[k].Is(cat::kVerb) || info_[k].Is(cat::kSource) || info_[k].Is(cat::kPron)) {
          caption = false;
        } else if (!sp.found && info_[k].entity >= 0 && (IsPerson(info_[k].entity) || IsOrg(info_[k].entity))) {
          sp = FromMention(k);
        }
      }
      if (caption) {
        if (!sp.found) {
          sp.found = true;
          sp.mention = toks_[m.close + 1].span;
        }
        Record(span, kind, sp, Span{}, {}, 1);
        return;
      }
    }
    // 2. A cue before the opening mark in its sentence: `X a déclaré : « ... »`,
    //    `Il a qualifié la décision d'« erreur »`.
    {
      size_t k = open;
      while (k > sb) {
        --k;
        // `X called it "A" and "B"`, `X said it was "A" after Y "B"`: a fragment following
        // another fragment of the same sentence whose cue came before it is reported by the
        // same cue and speaker.
        if (kind == 2 && toks_[k].kind == TokenKind::kQuote && k > sb && info_[k - 1].quote >= 0) {
          size_t r = static_cast<size_t>(info_[k - 1].quote);
          if (r < marked_cue_.size() && marked_cue_[r] != SIZE_MAX && marked_speaker_[r].found &&
              marked_[r].close == k && marked_cue_[r] >= sb) {
            size_t c = marked_cue_[r], cb, ce;
            Span cue = CueSpan(c, &cb, &ce);
            marked_cue_[q] = c;
            Record(span, kind, marked_speaker_[r], cue, info_[c].lemma, info_[c].act);
            return;
          }
        }
        if ((toks_[k].kind == TokenKind::kQuote && TypeOf(k) != MarkType::kNone) || Terminal(k)) break;
        if (info_[k].quote >= 0) break;
        if (info_[k].Is(cat::kVerb) && info_[k].quote < 0 && !Passive(k) && !SelfSubject(k) && NamingFits(k, open)) {
          marked_cue_[q] = k;
          size_t cb, ce;
          Span cue = CueSpan(k, &cb, &ce);
          Speaker sp = Participle(k) && !Absolute(sb, cb) ? MainSubject(sb, SentEnd(k), k)
                       : Participle(k) && info_[cb - 1].entity >= 0 ? FromMention(cb - 1)  // "with X stating"
                                                                  : SubjectLeft(sb, cb);
          if (!sp.found && Participle(k) && last_speaker_ >= 0 && doc_.lang == Language::kFrench) {
            sp = last_found_speaker();  // "..., en évoquant « ... »"
          }
          // "X said ... and said it was "...": the coordinated cue shares the subject.
          if (!sp.found && cb > sb && toks_[cb - 1].morph.pos == PartOfSpeech::kConjunction &&
              last_speaker_ >= 0 && last_speaker_end_ >= toks_[sb].span.start) {
            sp = last_found_speaker();
          }
          if (!sp.found) sp = SubjectRight(ce > k + 1 ? k + 1 : ce, open);
          if (!sp.found && last_speaker_ >= 0 && cue_sentence_speaker(k)) sp = last_found_speaker();
          // `X said A, "B."`: the cue also reports the clause before the comma (left to the
          // cue pass, whose content stops before the quote).
          bool shared = kind == 0 && Punct(open - 1, ',') && open > ce + 4;
          if (!shared) info_[k].used = true;
          Record(span, kind, sp, cue, info_[k].lemma, info_[k].act);
          return;
        }
        if ((info_[k].Is(cat::kSource) || info_[k].Is(cat::kOpinion)) && ClauseInitial(k, sb)) {
          size_t c = k + 1;
          while (c < open && !Punct(c, ',')) ++c;
          Speaker sp = Relayed(SubjectRight(SourceNameStart(k), c), c, open);
          info_[k].used = true;
          Record(span, kind, sp, TokSpan(k, SourceNameStart(k) - 1), info_[k].lemma, info_[k].act);
          return;
        }
        // "..., and in the words of the prosecutor, Jane Doe, "...": a source phrase inside
        // the sentence whose name (with its appositions, no verb) runs up to the quote.
        if (info_[k].Is(cat::kSource) && SourceNameStart(k) < open) {
          bool phrase = true;
          for (size_t j = SourceNameStart(k); j < open && phrase; ++j) phrase = !IsVerbLike(j) && info_[j].quote < 0;
          if (phrase) {
            Speaker sp = SubjectRight(SourceNameStart(k), open);
            if (sp.found) {
              info_[k].used = true;
              Record(span, kind, sp, TokSpan(k, SourceNameStart(k) - 1), info_[k].lemma, info_[k].act);
              return;
            }
          }
        }
      }
    }
    // 3. A quote after a colon with no reporting verb: "Un rapport de X apporte la même
    //    conclusion : « ... »": the subject of the clause before the colon.
    //    The colon may end the previous paragraph ("X tweeted:" then the quote), and a
    //    name alone before the colon is the speaker ("Barack Obama : « ... »").
    if (open > 0 && Punct(open - 1, ':') && SentBegin(open - 1) < open - 1) {
      const size_t colon = open - 1;
      const size_t csb = SentBegin(colon);
      size_t first = FirstWord(csb, colon);
      if (first < colon && info_[first].entity >= 0 && MentionEnd(first) == colon &&
          (IsPerson(info_[first].entity) || IsOrg(info_[first].entity))) {
        Record(span, kind, FromMention(first), Span{}, {}, 1);
        return;
      }
      size_t verb = SIZE_MAX;
      for (size_t k = csb; k < colon; ++k) {
        // "X a ensuite défendu sa décision :": a finite auxiliary counts.
        if (toks_[k].kind == TokenKind::kWord && IsVerbLike(k) && toks_[k].morph.verb_form == VerbForm::kFinite) {
          verb = k;
          break;
        }
      }
      if (verb != SIZE_MAX) {
        size_t cb, ce;
        CueSpan(verb, &cb, &ce);
        Speaker sp = SubjectLeft(csb, cb);
        // "Un rapport de la Ligue arabe apporte ... :": the organisation or person the
        // subject phrase names.
        for (size_t k = csb; k < cb && !(sp.found && sp.entity >= 0); ++k) {
          if (info_[k].entity >= 0 && (IsPerson(info_[k].entity) || IsOrg(info_[k].entity))) sp = FromMention(k);
        }
        if (sp.found && sp.entity >= 0) {
          Record(span, kind, sp, Span{}, {}, 1);
          return;
        }
      }
    }
    // 4. No cue: a direct quote continues the last speaker of this or the previous
    //    paragraph; a partial quote without a cue is a name or a scare quote, not speech.
    //    A quoted sentence standing alone with no speaker in sight is still speech.
    if (kind == 0) {
      Speaker sp;
      // The subject of the sentence just before, in the same paragraph, when it names a
      // speaker ("Il a souhaité faire un rappel au règlement. « ... »").
      if (sb > 0 && !toks_[sb].Has(tf::kParagraphStart)) {
        size_t pb = SentBegin(sb - 1);
        Speaker prev = MainSubject(pb, sb, SIZE_MAX);
        if (prev.found && prev.entity >= 0 && (IsPerson(prev.entity) || IsOrg(prev.entity))) {
          prev.mention = Span{};
          Record(span, kind, prev, Span{}, {}, 1);
          return;
        }
      }
      if (last_speaker_ >= 0 && para_[open] <= last_speaker_para_ + 1) {
        sp.found = true;
        sp.entity = last_speaker_;
      }
      Record(span, kind, sp, Span{}, {}, 1);
      return;
    }
  }

  // "called the plan "reckless"", "dubbed it "X"": a naming verb reports the quote only
  // with its object between them and with an auxiliary when it is a participle ("commonly
  // called "apps"" and "called because of that" report nothing).
  bool NamingFits(size_t k, size_t open) const {
    std::string_view l = info_[k].lemma;
    if (l != "call" && l != "dub") return true;
    // With an auxiliary ("has called") or a subject right before it ("Jobs called the
    // software ...", "the minister called it"); "a new screen, dubbed ..." names.
    if (k == 0) return false;
    const PartOfSpeech prev = toks_[k - 1].morph.pos;
    if (prev != PartOfSpeech::kAuxiliary && info_[k - 1].entity < 0 && prev != PartOfSpeech::kPronoun &&
        prev != PartOfSpeech::kProperNoun && prev != PartOfSpeech::kNoun) {
      return false;
    }
    size_t words = 0;
    for (size_t j = k + 1; j < open; ++j) {
      PartOfSpeech p = toks_[j].morph.pos;
      if (p == PartOfSpeech::kPreposition || p == PartOfSpeech::kConjunction || info_[j].Is(cat::kPrep)) {
        // "called it the "A", and "B"": a coordination of quoted names is fine.
        if (!(p == PartOfSpeech::kConjunction && j > k + 1 && info_[j - 1].quote < 0 &&
              (toks_[j - 1].kind == TokenKind::kQuote || Punct(j - 1, ',')))) {
          return false;
        }
      }
      words += toks_[j].kind == TokenKind::kWord;
    }
    return words > 0;
  }

  bool cue_sentence_speaker(size_t) const { return false; }
  Speaker last_found_speaker() const {
    Speaker s;
    s.found = true;
    s.entity = last_speaker_;
    return s;
  }

  // ---------------------------------------------------------------- indirect speech
  // One pass over the sentences in discourse order, so that the last speaker is the one
  // a reader has in mind: quote-mark quotes are attributed at the sentence holding their
  // closing mark, then the sentence's own reporting cues.
  void Attribute() {
    size_t next_marked = 0, next_pulled = 0;
    const size_t n = toks_.size();
    PullQuotes();
    for (size_t s = 0; s < doc_.sentences.size(); ++s) {
      if (s % 64 == 0 && DeadlinePassed()) return;  // the pipeline drops the partial result
      const Sentence& se = doc_.sentences[s];
      size_t b = se.token_begin, e = std::min<size_t>(se.token_end, n);
      while (next_pulled < pulled_.size() && pulled_[next_pulled].first < e) {
        const Pulled& p = pulled_[next_pulled++];
        Record(TokSpan(p.first, p.last), 0, p.speaker, p.cue, {}, 1);
      }
      while (next_marked < marked_.size()) {
        const Marked& m = marked_[next_marked];
        size_t end_tok = m.close != SIZE_MAX ? m.close : m.last;
        if (end_tok >= e) break;
        AttributeMarked(next_marked++);
      }
      for (size_t i = b; i < e; ++i) {
        const TokInfo& in = info_[i];
        if (in.quote >= 0 || in.used) continue;
        if (in.Is(cat::kVerb)) {
          if (!Passive(i) && !SelfSubject(i)) Verb(i, b, e);
        } else if (in.Is(cat::kSource)) {
          Source(i, b, e);
        } else if (in.Is(cat::kOpinion) && ClauseInitial(i, b)) {
          Opinion(i, b, e);
        }
      }
    }
    while (next_marked < marked_.size()) AttributeMarked(next_marked++);
  }

  // Pull quotes whose marks were lost (a blockquote template flattened into text): a
  // paragraph of first-person speech with no quote mark, signed at its end by a person's
  // name after the final punctuation or a dash ("... suppressive. Jane Doe", "... ma
  // chemise —Jane Doe, journaliste"). A later sentence repeating the pulled text word for
  // word is the same quote. Their tokens report nothing else.
  void PullQuotes() {
    pulled_.clear();
    const size_t n = toks_.size();
    size_t pb = 0;
    while (pb < n) {
      size_t pe = pb + 1;
      while (pe < n && !toks_[pe].Has(tf::kParagraphStart)) ++pe;
      TryPull(pb, pe);
      pb = pe;
    }
    if (pulled_.empty()) return;
    // Repetitions in the body.
    const size_t pulled = pulled_.size();
    for (size_t q = 0; q < pulled; ++q) {
      const Span ps = TokSpan(pulled_[q].first, pulled_[q].last);
      const std::string_view text = doc_.Slice(ps);
      for (size_t i = 0; i < n; ++i) {
        if (!toks_[i].Has(tf::kParagraphStart) || i == pulled_[q].first || info_[i].used) continue;
        size_t j = i;
        while (j < n && toks_[j].span.end <= toks_[i].span.start + ps.size()) ++j;
        if (j == i || doc_.Slice(TokSpan(i, j - 1)) != text) continue;
        Pulled copy = pulled_[q];
        copy.first = i;
        copy.last = j - 1;
        copy.speaker.mention = Span{};
        copy.cue = Span{};
        for (size_t k = i; k < j; ++k) info_[k].used = true;
        pulled_.push_back(copy);
      }
    }
    std::sort(pulled_.begin(), pulled_.end(), [](const Pulled& a, const Pulled& b) { return a.first < b.first; });
  }

  void TryPull(size_t pb, size_t pe) {
    // The signature: a person's name, then at most a comma and a few words with no verb.
    size_t m = pe;
    for (size_t k = pe; k > pb;) {
      --k;
      if (info_[k].entity >= 0 && IsPerson(info_[k].entity)) {
        m = MentionBegin(k);
        break;
      }
      if (IsVerbLike(k) || toks_[k].kind == TokenKind::kQuote || Terminal(k) || pe - k > 4) return;
    }
    if (m == pe || m < pb + 6) return;
    const size_t p = m - 1;
    const bool dash = toks_[p].kind == TokenKind::kPunct && doc_.decoded.Is(toks_[p].span.start, cc::kDash);
    if (!dash && !Terminal(p)) return;
    const size_t last = dash ? p - 1 : p;
    size_t words = 0;
    bool self = false;
    for (size_t k = pb; k <= last; ++k) {
      if (toks_[k].kind == TokenKind::kQuote || info_[k].quote >= 0 || info_[k].used) return;
      words += toks_[k].kind == TokenKind::kWord;
      self |= info_[k].Is(cat::kSelf);
    }
    if (!self || words < 5) return;
    Pulled pq;
    pq.first = pb;
    pq.last = last;
    pq.speaker = FromMention(m);
    pq.cue = dash ? toks_[p].span : Span{};
    for (size_t k = pb; k < pe; ++k) info_[k].used = true;
    pulled_.push_back(pq);
  }

  // A participle cue ("en évoquant", "Estimant que ...", "stating") has the subject of its
  // sentence's main verb.
  // An English participle with its own subject right before it ("with one poster writing",
  // "the government recommending"): an absolute clause, whose subject is that noun.
  bool Absolute(size_t b, size_t cb) const {
    if (doc_.lang != Language::kEnglish || cb <= b) return false;
    const size_t p = cb - 1;
    return info_[p].entity >= 0 || toks_[p].morph.pos == PartOfSpeech::kNoun ||
           toks_[p].morph.pos == PartOfSpeech::kProperNoun;
  }

  bool Participle(size_t v) const {
    if (toks_[v].morph.verb_form == VerbForm::kPresentParticiple) return true;
    // An English -ing cue the morph stage read as a noun ("..., asking X to ...").
    return doc_.lang == Language::kEnglish && info_[v].Is(cat::kVerb) && toks_[v].morph.pos == PartOfSpeech::kNoun &&
           doc_.Slice(toks_[v].span).ends_with("ing");
  }

  // The subject of the main verb of [b, e): the first finite verb outside quotes, other than
  // `skip`, with no complementizer or subordinating conjunction before it in its
  // comma-delimited segment ("Alors que la gauche était ..., X est intervenu"); found=false
  // when there is none.
  Speaker MainSubject(size_t b, size_t e, size_t skip) const {
    bool subordinate = false;
    for (size_t k = b; k < e; ++k) {
      if (Punct(k, ',')) subordinate = false;
      if (k == skip || info_[k].quote >= 0 || toks_[k].kind != TokenKind::kWord) continue;
      if (info_[k].Is(cat::kComp) || toks_[k].morph.pos == PartOfSpeech::kConjunction) {
        if (!(info_[k].Is(cat::kComp) || IsSubordinator(k))) continue;
        subordinate = true;
        continue;
      }
      if (subordinate) continue;
      // A cue read as a noun by the morph stage ("Le Monde annonce") counts as a verb.
      bool cue_noun = info_[k].Is(cat::kVerb) && toks_[k].morph.verb_form == VerbForm::kNone;
      if (!cue_noun && (!IsVerbLike(k) || toks_[k].morph.verb_form != VerbForm::kFinite)) continue;
      size_t cb, ce;
      CueSpan(k, &cb, &ce);
      if (cb <= b) return Speaker();
      Speaker sp = SubjectLeft(b, cb);
      // "Estimant que « ... », il vota": the subject follows the participial clause.
      return sp;
    }
    return Speaker();
  }

  bool IsWh(size_t k) const {
    std::string_view l = toks_[k].morph.lemma;
    return l == "how" || l == "why" || l == "whether" || l == "what" || l == "when" || l == "where" || l == "if";
  }

  // A relative pronoun subject: qui, who, which.
  bool IsRelative(size_t k) const {
    std::string_view l = toks_[k].morph.lemma;
    return l == "qui" || l == "who" || l == "which";
  }

  // A subordinating conjunction ("quand", "si", "lorsque", "when", "if", "because"): not
  // "et", "mais", "and", "but".
  bool IsSubordinator(size_t k) const {
    std::string_view l = toks_[k].morph.lemma;
    return !(l == "et" || l == "mais" || l == "ou" || l == "and" || l == "but" || l == "or" || l == "ni" ||
             l == "nor");
  }

  // True when word i opens a clause of the sentence starting at b: its first word, or the
  // first after a colon, a semicolon or a complementizer ("France : pour X, ...", "has
  // learned that according to X, ...").
  bool ClauseInitial(size_t i, size_t b) const {
    size_t p = i;
    while (p > b) {
      --p;
      if (Punct(p, ':') || Punct(p, ';') || info_[p].Is(cat::kComp)) return true;
      if (toks_[p].kind == TokenKind::kWord || toks_[p].kind == TokenKind::kNumber) return false;
    }
    return true;
  }

  size_t FirstWord(size_t b, size_t e) const {
    for (size_t i = b; i < e; ++i) {
      if (toks_[i].kind == TokenKind::kWord) return i;
    }
    return e;
  }

  // The content [from, sentence end) as a Found, stopping before a quote-mark quote's
  // own cue is not needed: quotes inside the content stay part of it.
  Span ContentSpan(size_t from, size_t e) const {
    while (from < e && Punct(from, ',')) ++from;  // "a indiqué que, lorsque ..."
    content_end_ = e;  // a trailing cue belongs to this report
    e = TrailingCue(from, e);
    // "claimed A and claim B", "a affirmé A et a ajouté que B": a coordinated reporting verb
    // opens a report of its own (same speaker).
    for (size_t k = from + 1; k + 1 < e; ++k) {
      if (toks_[k].morph.pos != PartOfSpeech::kConjunction || IsSubordinator(k)) continue;
      size_t v = k + 1;
      while (v < e && v < k + 4 && (toks_[v].morph.pos == PartOfSpeech::kAdverb || toks_[v].morph.pos == PartOfSpeech::kAuxiliary)) ++v;
      if (v < e && info_[v].Is(cat::kVerb) && !info_[v].used && info_[v].quote < 0 && !Participle(v) && !Passive(v)) {
        e = Punct(k - 1, ',') ? k - 1 : k;
        content_end_ = e;
        break;
      }
    }
    // "admitted to being part of it, writing in a post that ...": a participial report
    // after a comma is a report of its own.
    for (size_t k = from + 1; k + 1 < e; ++k) {
      // ", with the paper reporting ...": an absolute clause with a speaker of its own.
      size_t p = k + 1;
      if (Punct(k, ',') && doc_.lang == Language::kEnglish && toks_[p].morph.lemma == "with") {
        for (size_t j = p + 1; j < e && j < p + 5; ++j) {
          if (info_[j].Is(cat::kVerb) && Participle(j)) {
            p = j;
            break;
          }
        }
      }
      if (Punct(k, ',') && info_[p].Is(cat::kVerb) && Participle(p)) {
        e = k;
        content_end_ = e;
        break;
      }
    }
    // The reported clause ends before a quoted sentence that follows a comma.
    for (size_t k = from + 1; k + 1 < e; ++k) {
      if (toks_[k].kind == TokenKind::kQuote && Punct(k - 1, ',') && info_[k + 1].quote >= 0 &&
          QuotedSentence(marked_[info_[k + 1].quote])) {
        e = k;
        break;
      }
    }
    size_t last = ContentLast(from, e);
    if (last == SIZE_MAX || last < from) return Span{};
    return TokSpan(from, last);
  }

  // The content ends before a trailing attribution: "..., a-t-il ajouté.", "..., he added.",
  // "..., selon X.", "..., according to officials." Returns the new end (exclusive).
  size_t TrailingCue(size_t from, size_t e) const {
    for (size_t k = from + 1; k + 1 < e; ++k) {
      if (!Punct(k, ',')) continue;
      size_t rest = 0;
      bool cue = false, other_verb = false, blocked = false;
      for (size_t j = k + 1; j < e && !Terminal(j); ++j) {
        ++rest;
        const TokInfo& in = info_[j];
        if (Punct(j, ',') || toks_[j].kind == TokenKind::kQuote || in.Is(cat::kComp)) blocked = true;
        if (j == k + 1 && in.Is(cat::kSource)) cue = true;
        if (in.Is(cat::kVerb) && !Passive(j)) {
          cue = true;
        } else if (toks_[j].kind == TokenKind::kWord && toks_[j].morph.pos == PartOfSpeech::kVerb &&
                   toks_[j].morph.verb_form == VerbForm::kFinite) {
          other_verb = true;
        }
      }
      if (cue && !other_verb && !blocked && rest <= 8) return k;
    }
    return e;
  }

  // "does not claim to ...", "n'a pas dit que ...", "never said": a negated cue asserts
  // no report.
  bool Negated(size_t v, size_t cb, size_t b) const {
    auto neg = [&](size_t k) {
      std::string_view l = toks_[k].morph.lemma;
      return l == "not" || l == "n't" || l == "never" || l == "pas" || l == "jamais" || l == "ne" || l == "n'";
    };
    for (size_t k = cb > b ? cb - 1 : cb; k < v; ++k) {
      if (neg(k)) return true;
    }
    return v + 1 < toks_.size() && doc_.lang == Language::kFrench && (toks_[v + 1].morph.lemma == "pas" ||
                                                                     toks_[v + 1].morph.lemma == "jamais");
  }

  bool Verb(size_t v, size_t b, size_t e) {
    TokInfo& in = info_[v];
    size_t cb, ce;
    Span cue = CueSpan(v, &cb, &ce);
    if (Negated(v, cb, b)) return false;
    // Records `content`, reported by this cue with speaker `sp`; the tokens from `skip_from`
    // to `e` are not searched for cues again.
    auto report = [&](Span content, const Speaker& sp, size_t skip_from) {
      MarkUsed(v);
      Record(content, 1, sp, cue, in.lemma, in.act);
      SkipInside(skip_from, e);
      return true;
    };
    // (a) que / that within a few words: "a répété lundi qu'", "told reporters that".
    for (size_t k = ce; k < e && k < ce + 7; ++k) {
      const Token& t = toks_[k];
      if (t.kind == TokenKind::kQuote || Terminal(k) || Punct(k, ':')) break;
      // "asked officials how such documents ...": an indirect question keeps its wh-word.
      if (doc_.lang == Language::kEnglish && in.lemma == "ask" && k > ce && IsWh(k)) {
        Span content = ContentSpan(k, e);
        if (content.empty()) return false;
        return report(content, Subject(v, cb, ce, b, e), k);
      }
      if (info_[k].Is(cat::kComp)) {
        if (doc_.lang == Language::kEnglish && k + 1 < e && (toks_[k + 1].kind != TokenKind::kWord ||
                                                              toks_[k + 1].morph.pos == PartOfSpeech::kVerb)) {
          break;  // "that" as a pronoun: "said that was wrong" is rare; "that is" ambiguous
        }
        // "called because of that", "spoke about that": after a preposition, a pronoun.
        if (doc_.lang == Language::kEnglish && k > ce && (toks_[k - 1].morph.pos == PartOfSpeech::kPreposition ||
                                                          info_[k - 1].Is(cat::kPrep))) {
          break;
        }
        Span content = ContentSpan(k + 1, e);
        if (content.empty()) return false;
        return report(content, Subject(v, cb, ce, b, e), k + 1);
      }
      if (k > ce && info_[k].Is(cat::kVerb)) break;
      if (t.kind == TokenKind::kWord && t.morph.pos == PartOfSpeech::kVerb &&
          t.morph.verb_form == VerbForm::kFinite) {
        break;
      }
    }
    // (b) a sentence-final cue: "..., a déclaré X.", "..., he said.", "..., said Scholz."
    //     (not a participle: "..., asking X to ..." reports what follows it).
    if (!Participle(v)) {
      size_t k = cb;
      size_t words = 0;
      while (k > b && words < 7) {
        size_t p = k - 1;
        if (Punct(p, ',') || (toks_[p].kind == TokenKind::kPunct && doc_.decoded.Is(toks_[p].span.start, cc::kDash) &&
                              toks_[p].span.size() == 1 && Cp(p) != '-')) {
          break;
        }
        if (toks_[p].kind == TokenKind::kQuote || Terminal(p) || Punct(p, ':') ||
            (IsVerbLike(p) && toks_[p].morph.pos != PartOfSpeech::kAuxiliary) || info_[p].Is(cat::kComp)) {
          k = b;
          break;
        }
        ++words;
        k = p;
      }
      bool at_comma = k > b && (Punct(k - 1, ',') || toks_[k - 1].kind == TokenKind::kPunct);
      if (at_comma && words == 7) at_comma = false;
      // "..., notamment le quotidien X qui a accusé Y de ...": a relative clause, not a
      // sentence-final cue.
      if (at_comma && cb > b && IsRelative(cb - 1)) at_comma = false;
      // "..., which Abu Dhabi denies", "..., a charge Abu Dhabi has denied": a relative on
      // the phrase before, whose subject is another noun phrase.
      for (size_t j = k; j < cb && at_comma; ++j) at_comma = !IsRelative(j);
      if (at_comma) {
        const size_t n0 = k < cb && toks_[k].morph.pos == PartOfSpeech::kDeterminer ? k + 1 : k;
        if (n0 + 1 < cb && toks_[n0].morph.pos == PartOfSpeech::kNoun && !info_[n0].Is(cat::kRole) &&
            !info_[n0].Is(cat::kInst) && info_[n0].entity < 0 &&
            (info_[n0 + 1].entity >= 0 || toks_[n0 + 1].morph.pos == PartOfSpeech::kDeterminer ||
             toks_[n0 + 1].morph.pos == PartOfSpeech::kPronoun)) {
          at_comma = false;
        }
      }
      if (at_comma) {
        size_t comma = k - 1;
        size_t tail = 0;
        bool clean = true;
        for (size_t j = ce; j < e; ++j) {
          if (Terminal(j)) break;
          if (info_[j].Is(cat::kComp) || toks_[j].kind == TokenKind::kQuote ||
              (IsVerbLike(j) && toks_[j].morph.verb_form == VerbForm::kFinite)) {
            clean = false;  // "..., the government then says it wasn't ...": a clause follows
          }
          ++tail;
        }
        size_t cfirst = b;
        // "...; c'est un exemple d'ingérence, a déclaré X.": the content starts after a ';'.
        for (size_t j = comma; j > b; --j) {
          if (Punct(j - 1, ';')) {
            cfirst = j;
            break;
          }
        }
        while (cfirst < comma && toks_[cfirst].kind != TokenKind::kWord && toks_[cfirst].kind != TokenKind::kNumber) {
          ++cfirst;
        }
        bool inverted = cb == comma + 1;
        bool content_verb = false;
        size_t content_words = 0;
        for (size_t j = cfirst; j < comma; ++j) {
          content_verb |= IsVerbLike(j);
          content_words += toks_[j].kind == TokenKind::kWord;
        }
        // "C'est un exemple d'ingérence, a déclaré X": a clause the morph stage gives no verb.
        if (inverted && content_words >= 5) content_verb = true;
        if (!inverted && (tail > 6 || in.act == 4)) clean = false;
        if (clean && content_verb && tail <= 16 && comma > cfirst + 2 && info_[comma - 1].quote < 0 &&
            toks_[comma - 1].kind != TokenKind::kQuote) {
          Span content = ContentSpan(cfirst, comma);
          Speaker sp;
          if (!inverted) sp = SubjectLeft(comma + 1, cb);
          for (size_t j = cb; j < ce && !sp.found; ++j) {
            if (toks_[j].Has(tf::kClitic) && info_[j].Is(cat::kPron)) sp = Resolve(j, info_[j].gender, info_[j].number, false);
          }
          if (!sp.found) sp = SubjectRight(ce, e);
          if (!sp.found) return false;
          MarkUsed(v);
          Record(content, 1, sp, cue, in.lemma, in.act);
          return true;
        }
      }
    }
    // (c) an infinitive report: "ont affirmé vouloir négocier", "affirme avoir été",
    //     "appelle à voter", "vowed to fight", "urged Moscow to stop".
    // Calls and accusations reach over their object ("asked the governments of South East
    // Asia not to turn away ...", "a accusé le gouvernement de ...").
    const size_t reach = in.act == 4 || in.act == 5 ? 10 : 6;
    // "menacé d'envahir", "threatened to invade": a threatened action, not a report (a
    // threat is reported with que/that or quote marks).
    const bool action_threat = in.lemma == "menacer" || in.lemma == "threaten";
    for (size_t k = ce; k < e && k < ce + reach; ++k) {
      const Token& t = toks_[k];
      if (t.kind != TokenKind::kWord) break;
      bool inf = (t.morph.pos == PartOfSpeech::kVerb || t.morph.pos == PartOfSpeech::kAuxiliary) &&
                 t.morph.verb_form == VerbForm::kInfinitive;
      // English "to" + a base form the morph stage reads as a noun ("asking X to respect ...").
      if (!inf && doc_.lang == Language::kEnglish && k > ce && toks_[k - 1].morph.lemma == "to" &&
          in.act != 1 && (t.morph.pos == PartOfSpeech::kVerb || t.morph.pos == PartOfSpeech::kNoun) &&
          !t.Has(tf::kCapitalized)) {
        inf = true;
      }
      // "admitted to being", "confessed to taking": "to" and a gerund.
      if (!inf && doc_.lang == Language::kEnglish && k == ce + 1 && toks_[k - 1].morph.lemma == "to" &&
          (IsVerbLike(k) || t.morph.pos == PartOfSpeech::kNoun) && doc_.Slice(t.span).ends_with("ing")) {
        inf = true;
      }
      if (inf) {
        bool adjacent = true;
        for (size_t j = ce; j < k; ++j) {
          PartOfSpeech p = toks_[j].morph.pos;
          if (p != PartOfSpeech::kAdverb && !info_[j].Is(cat::kPrep) && p != PartOfSpeech::kPreposition &&
              p != PartOfSpeech::kPronoun) {
            adjacent = false;
          }
        }
        bool linked = k > ce && (info_[k - 1].Is(cat::kPrep) || toks_[k - 1].morph.pos == PartOfSpeech::kPreposition ||
                                 toks_[k - 1].morph.pos == PartOfSpeech::kPronoun);
        // Over an object ("urged Moscow to stop", "warned residents to leave"), only calls,
        // accusations and warnings: "had been denied visas to enter" reports nothing.
        if (!action_threat && (adjacent || (linked && (in.act == 3 || in.act == 4 || in.act == 5)))) {
          // The negation stays with the content ("asked them not to turn away ...").
          size_t from = k;
          if (linked && k >= ce + 2 && (toks_[k - 2].morph.lemma == "not" || toks_[k - 2].morph.lemma == "never")) {
            from = k - 2;
          }
          Span content = ContentSpan(from, e);
          if (content.empty()) return false;
          return report(content, Subject(v, cb, ce, b, e), k);
        }
        break;
      }
      if (t.morph.pos == PartOfSpeech::kVerb && t.morph.verb_form == VerbForm::kFinite) break;
    }
    // (c2) "X s'est dit satisfait de ...", "se déclare prêt à ...": the attribute reported.
    if (doc_.lang == Language::kFrench && (in.lemma == "dire" || in.lemma == "déclarer") && cb > b && ce < e) {
      std::string_view se = toks_[cb - 1].morph.lemma;
      const Token& t = toks_[ce];
      bool attribute = t.morph.pos == PartOfSpeech::kAdjective ||
                       (IsVerbLike(ce) && t.morph.verb_form == VerbForm::kPastParticiple);
      if ((se == "se" || se == "s'") && attribute) {
        Span content = ContentSpan(ce, e);
        if (content.empty()) return false;
        return report(content, SubjectLeft(b, cb - 1), ce);
      }
    }
    // (d) English bare content clause: "Scholz said the talks would continue".
    if (in.Is(cat::kObj) && ce < e) {
      // "told reporters the ...", "told CBC News the ...", "told him the ...": the object
      // comes first; without one ("told the court that") the clause starts at the cue.
      size_t o = ce;
      if (info_[o].entity >= 0) {
        o = MentionEnd(o);
      } else if (toks_[o].morph.pos == PartOfSpeech::kPronoun || toks_[o].morph.pos == PartOfSpeech::kNoun) {
        ++o;
      }
      if (o == ce || o >= e) return false;
      ce = o;
    }
    // ("said on Wednesday the talks would continue": past the date of the saying.)
    if (in.Is(cat::kBare) && ce < e) ce = AfterDate(ce, e);
    if (in.Is(cat::kBare) && ce < e) {
      const Token& t = toks_[ce];
      PartOfSpeech p = t.morph.pos;
      bool starts_clause = t.kind == TokenKind::kWord && !info_[ce].Is(cat::kPrep) &&
                           p != PartOfSpeech::kPreposition && p != PartOfSpeech::kAdverb &&
                           p != PartOfSpeech::kConjunction && p != PartOfSpeech::kVerb &&
                           p != PartOfSpeech::kAuxiliary && !t.Has(tf::kClitic);
      // An inverted subject ("said Scholz.") is not content, unless the cue has its subject
      // on its left ("The department said John Kerry, the Secretary of State, contacted ...").
      if (starts_clause && info_[ce].entity >= 0) {
        size_t me = MentionEnd(ce);
        if (me >= e || Terminal(me)) {
          starts_clause = false;
        } else if (Punct(me, ',')) {
          Speaker left = SubjectLeft(b, cb);
          starts_clause = left.found && cb > b && !Punct(cb - 1, ',');
        }
      }
      if (starts_clause) {
        // The clause needs a verb of its own.
        bool has_verb = false;
        for (size_t k = ce + 1; k < e; ++k) {
          if (IsVerbLike(k)) {
            has_verb = true;
            break;
          }
        }
        if (has_verb) {
          Span content = ContentSpan(ce, e);
          if (content.empty()) return false;
          return report(content, Subject(v, cb, ce, b, e), ce);
        }
      }
    }
    return false;
  }

  // A date opening at token k, alone or after its preposition ("Wednesday", "on Wednesday",
  // "late on Tuesday" is left alone): the token after it, else k.
  size_t AfterDate(size_t k, size_t e) const {
    size_t at = k;
    if (at + 1 < e && toks_[at].morph.pos == PartOfSpeech::kPreposition) ++at;
    for (const Timex& t : doc_.timexes) {
      if (t.span.start != toks_[at].span.start) continue;
      if (t.type != "DATE" && t.type != "TIME") return k;
      size_t j = at;
      while (j < e && toks_[j].span.end <= t.span.end) ++j;
      return j;
    }
    return k;
  }

  // The subject of a cue followed by its content: an inverted clitic, else left of the cue.
  Speaker Subject(size_t v, size_t cb, size_t ce, size_t b, size_t) const {
    for (size_t k = cb; k < ce; ++k) {
      if (toks_[k].Has(tf::kClitic) && info_[k].Is(cat::kPron)) {
        return Resolve(k, info_[k].gender, info_[k].number, false);
      }
    }
    // "X claimed A and claim B": a cue coordinated after another report of the sentence
    // shares its subject.
    if (cb > b && toks_[cb - 1].morph.pos == PartOfSpeech::kConjunction && !IsSubordinator(cb - 1) &&
        !found_.empty() && found_.back().cue.start >= toks_[b].span.start &&
        found_.back().span.end <= toks_[cb - 1].span.start) {
      Speaker sp = found_.back().speaker;
      sp.found = true;
      return sp;
    }
    if (Participle(v) && Absolute(b, cb) && info_[cb - 1].entity >= 0) return FromMention(cb - 1);  // "with X stating"
    if (Participle(v) && !Absolute(b, cb)) {
      Speaker sp = MainSubject(b, SentEnd(v), v);
      if (!sp.found && last_speaker_ >= 0) sp = last_found_speaker();
      return sp;
    }
    return SubjectLeft(b, cb);
  }

  void MarkUsed(size_t v) { info_[v].used = true; }
  // Cues inside a reported clause belong to it ("a dit qu'il avait déclaré que ...").
  void SkipInside(size_t from, size_t e) {
    e = std::min(e, content_end_);  // not past a coordinated report's cue
    for (size_t k = from; k < e; ++k) info_[k].used = true;
  }

  // "Selon X, ...", "..., selon X.", "according to X".
  void Source(size_t i, size_t b, size_t e) {
    TokInfo& in = info_[i];
    size_t start = in.lemma.find(' ') != std::string_view::npos || (i + 1 < e && Cp(i) == 'd') ? i + 1 : i + 1;
    // Two-word sources ("d'après", "according to") span the next token too.
    size_t np = start;
    Span cue = toks_[i].span;
    if (np < e && in.lemma.size() > 0 && (in.lemma.find(' ') != std::string_view::npos || in.lemma.find('\'') != std::string_view::npos)) {
      cue = TokSpan(i, np);
      ++np;
    }
    size_t c = np;
    while (c < e && !Punct(c, ',') && !Terminal(c) && toks_[c].kind != TokenKind::kQuote) ++c;
    Speaker sp = Relayed(SubjectRight(np, c), c, e);
    // "According to the team's coach, Alireza X, ...": the name apposed to the source.
    if (sp.entity < 0 && c + 1 < e && Punct(c, ',') && IsPerson(info_[c + 1].entity)) {
      size_t me = MentionEnd(c + 1);
      if (me < e && Punct(me, ',')) {
        sp = FromMention(c + 1);
        c = me;
      }
    }
    if (c + 1 < e && info_[c + 1].Is(cat::kRelay)) {  // the content starts after "quoting X,"
      size_t c2 = c + 2;
      while (c2 < e && !Punct(c2, ',') && !Terminal(c2) && toks_[c2].kind != TokenKind::kQuote) ++c2;
      if (c2 < e && Punct(c2, ',')) c = c2;
    }
    if (!sp.found) {
      // "selon lui", "according to him": the last speaker.
      if (np < e && toks_[np].morph.pos == PartOfSpeech::kPronoun && last_speaker_ >= 0) sp = last_found_speaker();
    }
    Span content;
    size_t fw = ClauseInitial(i, b) ? i : FirstWord(b, e);
    // "According to the Saudi Interior Ministry over 345 pilgrims ...": no comma, the
    // content starts after the source's name.
    if (i == fw && sp.found && sp.entity >= 0) {
      size_t me = sp.mention.end;
      size_t k = np;
      while (k < e && toks_[k].span.start < me) ++k;
      if (k < e && k > np && k < c && (c >= e || c > k + 4) &&
          (toks_[k].kind == TokenKind::kNumber ||
           (toks_[k].kind == TokenKind::kWord && !toks_[k].Has(tf::kCapitalized) && !info_[k].Is(cat::kPrep)))) {
        c = k - 1;
        content = ContentSpan(k, e);
      }
    }
    // "According to the Herald, Professor X said ...": the inner report is annotated, not the
    // source's.
    if (i == fw && c < e) {
      for (size_t k = c + 1; k < e && k < c + 24; ++k) {
        if (Terminal(k) || info_[k].Is(cat::kComp)) break;
        if (IsCue(k)) return;
      }
    }
    if (!content.empty()) {
    } else if (i == fw && c < e && Punct(c, ',')) {
      content = ContentSpan(c + 1, e);
      // "Selon le classement établi par Reporters sans frontières, ...": the organisation or
      // person the source phrase names; "Selon d'autres témoignages, ...": an unnamed source.
      for (size_t k = np; k < c && !(sp.found && sp.entity >= 0); ++k) {
        if (info_[k].entity >= 0 && (IsPerson(info_[k].entity) || IsOrg(info_[k].entity))) sp = FromMention(k);
      }
      if (!sp.found && c > np) {
        sp.found = true;
        sp.mention = TokSpan(np, c - 1);
      }
    } else if (i > b && Punct(i - 1, ',')) {
      size_t cfirst = fw;
      if (i - 1 > cfirst + 2) content = ContentSpan(cfirst, i - 1);
      // "..., selon les médias occidentaux.": an unnamed source closing the sentence.
      if (!sp.found && c > np && c + 1 >= e && c - np <= 6) {
        sp.found = true;
        sp.mention = TokSpan(np, c - 1);
      }
    }
    if (content.empty() || !sp.found) return;
    in.used = true;
    Record(content, 1, sp, cue, in.lemma, in.act);
  }

  // The first token after a source word: after "to" of "according to" (a two-word key).
  size_t SourceNameStart(size_t k) const {
    if (info_[k].lemma.find(' ') != std::string_view::npos && k + 2 < toks_.size()) return k + 2;
    return k + 1;
  }

  // "According to Yonhap, quoting KCNA, ...", "selon l'agence X, citant Y": the source a
  // source relays speaks. `c` is the comma after the first source's phrase.
  Speaker Relayed(Speaker sp, size_t c, size_t e) const {
    if (c + 2 >= e || !Punct(c, ',') || !info_[c + 1].Is(cat::kRelay)) return sp;
    size_t c2 = c + 2;
    while (c2 < e && !Punct(c2, ',') && !Terminal(c2) && toks_[c2].kind != TokenKind::kQuote) ++c2;
    // The relayed name is the last one of its phrase ("North Korea's main news agency
    // Korean Central News Agency (KCNA)").
    Speaker inner;
    for (size_t k = c + 2; k < c2; ++k) {
      if (info_[k].entity >= 0 && (IsPerson(info_[k].entity) || IsOrg(info_[k].entity)) &&
          !Possessive(MentionEnd(k))) {
        inner = FromMention(k);
        if (toks_[MentionEnd(k) - 1].span.end >= toks_[c2 - 1].span.start) break;
        k = MentionEnd(k) - 1;
        if (k + 1 < c2 && Punct(k + 1, '(')) break;  // "X (KCNA)": the name before its acronym
      }
    }
    return inner.found ? inner : sp;
  }

  // "Pour X, ..." at the head of a sentence: X's view.
  void Opinion(size_t i, size_t b, size_t e) {
    (void)b;
    size_t c = i + 1;
    while (c < e && c < i + 10 && !Punct(c, ',') && !Terminal(c)) ++c;
    if (c >= e || !Punct(c, ',')) return;
    Speaker sp;
    for (size_t k = i + 1; k < c; ++k) {
      if (info_[k].entity >= 0 && (IsPerson(info_[k].entity) || IsOrg(info_[k].entity))) {
        sp = FromMention(k);
        break;
      }
    }
    if (!sp.found) {
      if (c == i + 2 && toks_[i + 1].morph.pos == PartOfSpeech::kPronoun && last_speaker_ >= 0) {
        sp = last_found_speaker();
        sp.mention = toks_[i + 1].span;
      } else {
        return;
      }
    }
    Span content = ContentSpan(c + 1, e);
    if (content.empty()) return;
    info_[i].used = true;
    Record(content, 1, sp, toks_[i].span, info_[i].lemma, info_[i].act);
  }

  void Emit() {
    std::vector<Quote>& out = doc_.quotes;
    out.clear();
    out.reserve(found_.size());
    uint32_t prev_end = 0;
    for (const Found& f : found_) {
      // Overlapping findings: the first (by start) wins unless the later one is a
      // quote-mark quote nested in an indirect clause (both are kept).
      if (!out.empty() && f.span.start < prev_end && f.kind == 1) continue;
      // A report that holds quoted fragments is represented by its fragments (partial quotes).
      if (f.kind == 1) {
        bool holds_fragment = false;
        for (const Found& g : found_) {
          if (g.kind == 2 && g.span.start >= f.span.start && g.span.end <= f.span.end) holds_fragment = true;
          if (g.span.start >= f.span.end) break;
        }
        if (holds_fragment) continue;
      }
      Quote q;
      q.span = f.span;
      q.kind = std::string(kKinds[f.kind]);
      if (f.speaker.entity >= 0) q.speaker = doc_.entities[f.speaker.entity].id;
      q.cue = f.cue;
      q.cue_lemma = f.lemma;
      q.act = std::string(kActs[f.act]);
      q.speaker_mention = f.speaker.mention;
      out.push_back(std::move(q));
      prev_end = std::max(prev_end, f.span.end);
    }
  }

  struct PersonMention {
    uint32_t start;
    int32_t entity;
  };

  const Lexicon& lex_;
  Document& doc_;
  const std::vector<Token>& toks_;
  std::vector<TokInfo> info_;
  std::vector<uint32_t> sent_, para_;
  std::vector<PersonMention> persons_, orgs_;
  std::vector<Marked> marked_;
  struct Pulled {
    size_t first, last;  // content tokens (inclusive)
    Speaker speaker;
    Span cue;
  };
  std::vector<Pulled> pulled_;  // pull quotes without marks (PullQuotes)
  mutable size_t content_end_ = SIZE_MAX;  // where the last ContentSpan() stopped (token)
  std::vector<Speaker> marked_speaker_;  // the speaker given to each quote-mark quote
  std::vector<size_t> marked_cue_;       // its cue verb when the cue precedes it, else SIZE_MAX
  std::vector<Found> found_;
  std::string text_key_, lemma_key_, next_key_, pair_key_;
  int32_t last_speaker_ = -1;
  int32_t main_country_ = -1;
  size_t main_country_mentions_ = 0;
  bool main_country_tie_ = false;
  uint32_t last_speaker_end_ = 0;
  uint32_t last_speaker_para_ = 0;
};

}  // namespace

void QuoteExtractor::Extract(Document* doc) const {
  doc->quotes.clear();
  const Lexicon* lex = nullptr;
  if (doc->lang == Language::kFrench) lex = &impl_->fr;
  else if (doc->lang == Language::kEnglish) lex = &impl_->en;
  if (lex == nullptr || doc->tokens.empty()) return;
  Run run(*lex, doc);
  run.Go();
}

}  // namespace chancery

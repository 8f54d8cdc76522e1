#include "entities/entity_recognizer.h"

#include <algorithm>
#include <optional>
#include <cstdlib>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/deadline.h"
#include "entities/entity_lexicon.h"
#include "lexicon/lexicon.h"
#include "unicode/fold.h"

namespace chancery {

namespace el = entity_lexicon;

struct EntityRecognizer::Impl {
  Lexicon lex;
};

namespace {

constexpr uint32_t kMaxPhraseTokens = 10;
constexpr uint32_t kNone = UINT32_MAX;

// What the gazetteer walk found at one token.
struct TokenInfo {
  uint32_t fold_begin = 0, fold_end = 0;  // folded text in Scratch::folded
  uint32_t ent_end = 0;                   // entity match [i, ent_end) (0: none)
  std::string_view ent_value;
  uint32_t title_end = 0;                 // title match [i, title_end)
  std::string_view title_payload;
  std::string_view title_demonym;         // iso3 of a demonym inside the title ("ministre russe des...")
  bool title_former = false;              // the title is written "ex-TITLE" in one token ("ex-députée")
  std::string_view party_value;           // phrase value with "party:<org id>" cues ("socialiste")
  std::string_view demonym;               // iso3 when the token is a demonym (adj or noun)
  std::string_view demonym_prefix;        // iso3 when the token opens with "russo-", "US-"
  std::string_view first_name;            // gender when a known first name
  uint32_t head_end = 0;                  // organisation head word [i, head_end)
  std::string_view head_payload;          // category, actor_role, flags
  bool not_acronym = false;               // an all-capital word that names no organisation
  uint16_t cue = 0;                       // kCue* bits
  bool covered = false;                   // inside an accepted mention
};

constexpr uint16_t kCueParticle = 1, kCueArticle = 2, kCueLocPrep = 4, kCueCoord = 8, kCueOrgConn = 16,
                   kCueReport = 32, kCueAux = 64, kCuePlaceHead = 128, kCuePlaceTail = 256,
                   kCueEventHead = 512, kCueJudicial = 1024, kCueNamedHead = 2048,
                   kCueMediaNoun = 4096;

struct RawMention {
  uint32_t tb = 0, te = 0;  // token range
  Span span;
  char type = 0;            // P known person, U unknown person, C, G, O, N unknown organisation,
                            // L unknown place (a generic place noun with a name)
  std::string_view payload; // candidate payload (P: person id, O: org id, C: country, G: city)
  // Context from a title.
  std::string_view role, actor_role, gender, ctx_country, ctx_actor;
  bool former = false;      // the title is a former one ("ex-députée", "ancien ministre", "former MP")
  bool company = false;     // ctx_actor is the code of a company the title names ("PDG de PSA")
  uint32_t party_adj = UINT32_MAX;  // a party's adjective after the title ("ancien ministre socialiste")
  bool metonymic = false;
  std::string seat_actor;   // metonymic city: the actor it stands for (its government, the EU...)
  bool stance = false;      // inside "pro-X": not counted for the document's main country
  bool rebased = false;     // O: a body of ctx_country named like another state's ("le Parti socialiste grec")
  std::string key;          // grouping key
};

bool IsUpperStart(const Token& t) { return t.Has(tf::kCapitalized) || t.Has(tf::kAllCaps); }

uint8_t DocLang(Language l) { return l == Language::kFrench ? 1 : l == Language::kEnglish ? 2 : 0; }

int RoleRank(std::string_view role) {
  static constexpr std::string_view kTop[] = {"president", "prime minister", "chancellor", "king",
                                              "queen", "emir", "supreme leader", "head of state",
                                              "head of government", "emperor", "sultan", "pope"};
  for (std::string_view r : kTop) {
    if (role == r) return 0;
  }
  if (role.find("minister") != std::string_view::npos || role == "secretary of state" ||
      role == "secretary-general") {
    return 1;
  }
  return 2;
}

// Does the ISO date `d` (YYYY-MM-DD) fall within [start, end] (each YYYY, YYYY-MM or
// YYYY-MM-DD, empty = open)?
bool DateWithin(std::string_view d, std::string_view start, std::string_view end) {
  if (!start.empty() && d.substr(0, start.size()) < start) return false;
  if (!end.empty() && d.substr(0, end.size()) > end) return false;
  return true;
}

struct Scratch {
  std::string folded;
  std::string key;
  std::string rec_key;  // Record()'s key (kept apart from the phrase walk's)
  std::vector<TokenInfo> info;
  std::vector<RawMention> mentions;
  // LinkSurnames: the folded surname of each unknown person named in full -> the token
  // end of that full name's first mention.
  std::unordered_map<std::string_view, uint32_t> surnames;
  // ... and the token range of that first full mention.
  std::unordered_map<std::string_view, std::pair<uint32_t, uint32_t>> surname_first;
  // ... and of each known person named in full by a form of several words whose surname is
  // no form of its own ("Steve Jobs", then "Jobs"): the token end of the first full mention
  // and the person's id.
  std::unordered_map<std::string_view, std::pair<uint32_t, std::string_view>> known_surnames;
};

class Run {
 public:
  Run(const Lexicon& lex, Document* doc, Scratch* s) : lex_(lex), doc_(*doc), s_(*s) {
    lang_ = DocLang(doc->lang);
    // A dispatch dated to the month or the year only is read at the middle of that period.
    const std::string& pub = doc->meta.published;
    if (pub.size() >= 10) {
      date_ = std::string_view(pub).substr(0, 10);
    } else if (pub.size() == 7 && pub[4] == '-') {
      date_buf_ = pub + "-15";
      date_ = date_buf_;
    } else if (pub.size() == 4) {
      date_buf_ = pub + "-07-01";
      date_ = date_buf_;
    } else {
      date_ = "9999-12-31";
    }
  }

  void Go() {
    const std::vector<Token>& toks = doc_.tokens;
    s_.info.assign(toks.size(), TokenInfo{});
    s_.folded.clear();
    for (size_t i = 0; i < toks.size(); ++i) {
      s_.info[i].fold_begin = static_cast<uint32_t>(s_.folded.size());
      for (uint32_t cp = toks[i].span.start; cp < toks[i].span.end; ++cp) {
        AppendFolded(doc_.decoded.at(cp), &s_.folded);
      }
      s_.info[i].fold_end = static_cast<uint32_t>(s_.folded.size());
    }
    // The document's time budget is polled every 64 sentences: past it, the pipeline
    // drops the partial result (base/deadline.h).
    for (size_t s = 0; s < doc_.sentences.size(); ++s) {
      if (s % 64 == 0 && DeadlinePassed()) return;
      Walk(doc_.sentences[s]);
    }
    for (size_t s = 0; s < doc_.sentences.size(); ++s) {
      if (s % 64 == 0 && DeadlinePassed()) return;
      Interpret(doc_.sentences[s]);
    }
    StancePlaces();
    LinkSurnames();
    HeadlineAttribution();
    Provider();
    Build();
  }

 private:
  std::string_view Folded(uint32_t i) const {
    return std::string_view(s_.folded).substr(s_.info[i].fold_begin,
                                               s_.info[i].fold_end - s_.info[i].fold_begin);
  }

  // Exact surface of tokens [b, e) with single spaces, compared to `exact`.
  bool SurfaceEquals(uint32_t b, uint32_t e, std::string_view exact) const {
    size_t pos = 0;
    for (uint32_t i = b; i < e; ++i) {
      const Token& t = doc_.tokens[i];
      if (i > b && t.Has(tf::kSpaceBefore)) {
        if (pos >= exact.size() || exact[pos] != ' ') return false;
        ++pos;
      }
      std::string_view s = doc_.Slice(t.span);
      if (exact.substr(pos, s.size()) != s) return false;
      pos += s.size();
    }
    return pos == exact.size();
  }

  bool CandidateUsable(const el::Candidate& c, uint32_t b, uint32_t e) const {
    if (!c.exact.empty()) return SurfaceEquals(b, e, c.exact);
    return true;
  }

  // Walks the phrase lexicon from token b (within [b, limit)), calling on_match(end,
  // value) for every key with candidates. `prefix_token` (kNone: none) replaces the
  // first token's key (used to skip a demonym inside a title).
  template <typename F>
  void WalkFrom(uint32_t b, uint32_t limit, uint32_t first, F on_match) {
    std::string& key = s_.key;
    key.clear();
    key.append(Folded(first));
    uint32_t i = b;
    while (true) {
      std::optional<std::string_view> v = lex_.Find(key);
      if (!v) return;
      if (v->size() > 1) on_match(i + 1, *v);
      if (v->empty() || (static_cast<uint8_t>((*v)[0]) & el::kContinues) == 0) return;
      ++i;
      if (i >= limit || i - b >= kMaxPhraseTokens) return;
      if (doc_.tokens[i].Has(tf::kSpaceBefore)) key.push_back(' ');
      key.append(Folded(i));
    }
  }

  void Walk(const Sentence& sent) {
    const uint32_t end = sent.token_end;
    for (uint32_t i = sent.token_begin; i < end; ++i) {
      TokenInfo& ti = s_.info[i];
      const Token& tok = doc_.tokens[i];
      if (tok.kind != TokenKind::kWord) continue;
      WalkFrom(i, end, i, [&](uint32_t e, std::string_view value) {
        el::CandidateReader rd(value);
        el::Candidate c;
        bool ent = false;
        while (rd.Next(&c)) {
          if (!CandidateUsable(c, i, e)) continue;
          switch (c.type) {
            case 'P': case 'O': case 'C': case 'G':
              ent = true;
              break;
            case 'T':
              // A title of the other language is a plain word here ("premier Forum" is no
              // English "Premier").
              if (c.lang != 0 && lang_ != 0 && c.lang != lang_) break;
              if (e > ti.title_end) {
                ti.title_end = e;
                ti.title_payload = c.payload;
                ti.title_demonym = {};
              }
              break;
            case 'D':
              // A region's demonym ("européen": EUR) is no nationality of a person or a body
              // here (the events stage reads it for groups: "les dirigeants européens").
              if (e == i + 1 && Record('C', el::Field(c.payload, 0))) {
                if (el::Field(c.payload, 1) == "prefix") ti.demonym_prefix = el::Field(c.payload, 0);
                else if (ti.demonym.empty()) ti.demonym = el::Field(c.payload, 0);
              }
              break;
            case 'F':
              if (e == i + 1) ti.first_name = c.payload;
              break;
            case 'H':
              if (el::Field(c.payload, 0) == "not_acronym") {
                if (e == i + 1) ti.not_acronym = true;
              } else if ((c.lang == 0 || c.lang == lang_ || lang_ == 0) && e > ti.head_end) {
                ti.head_end = e;
                ti.head_payload = c.payload;
              }
              break;
            case 'K':
              if (e == i + 1 && (c.lang == 0 || c.lang == lang_ || lang_ == 0)) {
                std::string_view cat = c.payload;
                if (cat == "particle") ti.cue |= kCueParticle;
                if (cat == "article") ti.cue |= kCueArticle;
                if (cat == "locprep") ti.cue |= kCueLocPrep;
                if (cat == "coord") ti.cue |= kCueCoord;
                if (cat == "orgconn") ti.cue |= kCueOrgConn;
                if (cat == "report") ti.cue |= kCueReport;
                if (cat == "aux") ti.cue |= kCueAux;
                if (cat == "placehead") ti.cue |= kCuePlaceHead;
                if (cat == "placetail") ti.cue |= kCuePlaceTail;
                if (cat == "eventhead") ti.cue |= kCueEventHead;
                if (cat == "judicial") ti.cue |= kCueJudicial;
                if (cat == "namedhead") ti.cue |= kCueNamedHead;
                if (cat == "medianoun") ti.cue |= kCueMediaNoun;
                if (cat.substr(0, 6) == "party:") ti.party_value = value;
              }
              break;
            default:
              break;
          }
        }
        if (ent) {
          ti.ent_end = e;
          ti.ent_value = value;
        }
      });
      std::string_view f = Folded(i);
      // "ex-députée", "ex-ministre", "ex-CEO": a one-word title of the past.
      if (ti.title_end == 0 && f.size() > 3 && f.substr(0, 3) == "ex-") {
        if (std::optional<std::string_view> v = lex_.Find(f.substr(3))) {
          el::CandidateReader rd(*v);
          el::Candidate c;
          while (rd.Next(&c)) {
            if (c.type != 'T' || (c.lang != 0 && lang_ != 0 && c.lang != lang_)) continue;
            if (el::Field(c.payload, 0) == "honorific") continue;
            ti.title_end = i + 1;
            ti.title_payload = c.payload;
            ti.title_former = true;
            break;
          }
        }
      }
      // A demonym prefix in a hyphenated compound ("russo-ukrainien", "US-led").
      size_t dash = f.find('-');
      if (dash != std::string_view::npos && dash > 0 && dash + 1 < f.size()) {
        std::optional<std::string_view> v = lex_.Find(f.substr(0, dash + 1));
        if (v) {
          el::CandidateReader rd(*v);
          el::Candidate c;
          while (rd.Next(&c)) {
            if (c.type != 'D') continue;
            if (!c.exact.empty() && doc_.Slice(tok.span).substr(0, c.exact.size()) != c.exact) continue;
            ti.demonym_prefix = el::Field(c.payload, 0);
          }
        }
      }
    }
    // Titles with a demonym after their head ("ministre russe des Affaires étrangères").
    for (uint32_t i = sent.token_begin; i + 2 < end; ++i) {
      TokenInfo& ti = s_.info[i];
      if ((ti.title_end == 0 && ti.ent_end == 0) || s_.info[i + 1].demonym.empty()) continue;
      std::string& key = s_.key;
      std::string_view demonym = s_.info[i + 1].demonym;
      // Walk the key "head" + " " + tokens from i + 2.
      key.assign(Folded(i));
      uint32_t j = i + 2;
      while (j < end && j - i < kMaxPhraseTokens) {
        if (doc_.tokens[j].Has(tf::kSpaceBefore)) key.push_back(' ');
        key.append(Folded(j));
        std::optional<std::string_view> v = lex_.Find(key);
        if (!v) break;
        el::CandidateReader rd(*v);
        el::Candidate c;
        while (rd.Next(&c)) {
          if (c.type == 'T' && j + 1 > ti.title_end) {
            ti.title_end = j + 1;
            ti.title_payload = c.payload;
            ti.title_demonym = demonym;
          }
          // "ministère russe des Affaires étrangères": a generic organisation.
          if (c.type == 'O' && c.exact.empty() && j + 1 > ti.ent_end) {
            ti.ent_end = j + 1;
            ti.ent_value = *v;
          }
        }
        if (v->empty() || (static_cast<uint8_t>((*v)[0]) & el::kContinues) == 0) break;
        ++j;
      }
    }
  }

  bool SentenceInitial(const Sentence& sent, uint32_t i) const {
    uint32_t k = sent.token_begin;
    while (k < i && (doc_.tokens[k].kind == TokenKind::kPunct || doc_.tokens[k].kind == TokenKind::kQuote)) ++k;
    return k == i || doc_.tokens[i].Has(tf::kLineStart);
  }

  // The token has an upper-case letter somewhere ("al-Assad", "McCain", "Gaulle").
  bool HasUpper(uint32_t i) const {
    const Token& t = doc_.tokens[i];
    if (IsUpperStart(t)) return true;
    for (uint32_t cp = t.span.start; cp < t.span.end; ++cp) {
      char32_t ch = doc_.decoded.at(cp);
      if ((ch >= 'A' && ch <= 'Z') || (ch >= 0xC0 && ch <= 0xDE && ch != 0xD7)) return true;
    }
    return false;
  }

  // How well a person's roles fit the dispatch date: 300 a role contains it, 100-299 a role
  // ended before it (a former official; the later the end, the higher), 0 every role starts
  // after it. Used only to choose between people who share a form.
  int PersonDateScore(std::string_view id) const {
    std::optional<std::string_view> rec = Record('P', id);
    if (!rec) return 0;
    int score = 0;
    size_t pos = rec->find('\n');
    while (pos != std::string_view::npos) {
      size_t next = rec->find('\n', pos + 1);
      std::string_view line = rec->substr(pos + 1, next == std::string_view::npos ? std::string_view::npos : next - pos - 1);
      pos = next;
      std::string_view start = el::Field(line, 3), end = el::Field(line, 4);
      if (DateWithin(date_, start, end)) return 300;
      if (!end.empty() && date_.substr(0, end.size()) > end && end.size() >= 4) {
        int year = std::atoi(std::string(end.substr(0, 4)).c_str());
        score = std::max(score, 100 + std::clamp(year - 1850, 0, 199));
      }
    }
    return score;
  }

  bool IsWordCap(uint32_t i) const {
    const Token& t = doc_.tokens[i];
    return t.kind == TokenKind::kWord && IsUpperStart(t);
  }

  // The state of a person's first recorded role.
  std::string_view PersonCountry(std::string_view id) const {
    std::optional<std::string_view> rec = Record('P', id);
    if (!rec) return {};
    size_t nl = rec->find('\n');
    return nl == std::string_view::npos ? std::string_view() : el::Field(rec->substr(nl + 1), 0);
  }

  // The country token k names: a demonym, or a country name starting there.
  std::string_view CountryAt(uint32_t k) const {
    if (k >= doc_.tokens.size()) return {};
    if (!s_.info[k].demonym.empty()) return s_.info[k].demonym;
    if (s_.info[k].ent_end == 0) return {};
    el::CandidateReader rd(s_.info[k].ent_value);
    el::Candidate c;
    while (rd.Next(&c)) {
      if (c.type == 'C' && CandidateUsable(c, k, s_.info[k].ent_end)) return el::Field(c.payload, 0);
    }
    return {};
  }

  // The state the words around a person's name [b, e) give: "Saudi King Abdullah", "Jordan's
  // King Abdullah", "King Abdullah of Jordan", "le roi Abdallah de Jordanie".
  std::string_view NameCountry(uint32_t b, uint32_t e) const {
    std::string_view iso;
    if (b >= 1) iso = s_.info[b - 1].demonym;
    if (iso.empty() && b >= 2 && Folded(b - 1) == "'s") {
      for (uint32_t k = b >= 4 ? b - 4 : 0; k + 1 < b && iso.empty(); ++k) {
        if (s_.info[k].ent_end == b - 1) iso = CountryAt(k);
      }
    }
    if (iso.empty() && e < doc_.tokens.size()) iso = s_.info[e].demonym;
    if (iso.empty() && e + 1 < doc_.tokens.size()) {
      std::string_view f = Folded(e);
      uint32_t k = e + 1;
      if (k + 1 < doc_.tokens.size() && (Folded(k) == "la" || Folded(k) == "l'" || Folded(k) == "the")) ++k;
      if (f == "of" || f == "de" || f == "du" || f == "d'") iso = CountryAt(k);
    }
    return iso;
  }

  // A person candidate's fit: a state the words around the name give wins over any date,
  // then the dispatch date (PersonDateScore).
  int PersonScore(std::string_view id, std::string_view near_country) const {
    int score = PersonDateScore(id);
    if (!near_country.empty() && PersonCountry(id) == near_country) score += 1000;
    return score;
  }

  // Picks the entity candidate of a match: people, then organisations, countries,
  // cities; candidates of the document's language first.
  bool PickEntity(uint32_t b, uint32_t e, std::string_view value, const Sentence& sent, RawMention* m) const {
    const Token& first = doc_.tokens[b];
    bool cap = IsUpperStart(first);
    bool initial = SentenceInitial(sent, b);
    el::CandidateReader rd(value);
    el::Candidate c;
    int best_score = -1;
    while (rd.Next(&c)) {
      if (!CandidateUsable(c, b, e)) continue;
      bool exact = !c.exact.empty();
      // Lower case only for long generic organisations ("ministère russe des Affaires
      // étrangères"); every other form must start with a capital.
      // Regions may open with a lower-case generic noun ("mer Noire", "golfe Persique").
      bool region = c.type == 'G' && !el::Field(c.payload, 9).empty();
      // A person's name may open with a lower-case particle ("de Gaulle", "al-Assad").
      bool particle_name = c.type == 'P' && e >= b + 2 && (s_.info[b].cue & kCueParticle) != 0 &&
                           IsUpperStart(doc_.tokens[e - 1]);
      // "le roi Abdallah": a form opening with a title in lower case (the mention starts after it).
      bool titled_name = c.type == 'P' && e >= b + 2 && s_.info[b].title_end == b + 1 &&
                         IsUpperStart(doc_.tokens[b + 1]) && IsUpperStart(doc_.tokens[e - 1]);
      if (!exact && !cap && !(c.type == 'O' && e >= b + 3) && !(region && e >= b + 2 && IsUpperStart(doc_.tokens[e - 1])) &&
          !particle_name && !titled_name) {
        continue;
      }
      int score = -1;
      switch (c.type) {
        case 'P':
          // Every word of a name is capitalised: "Le maire de" is not "Le Maire".
          if (!HasUpper(e - 1)) continue;
          // Two people may share a form ("Bush", "Clinton", "King Abdullah"): the one of the
          // state named next to the name, else the one in office at the dispatch date, else
          // the one whose office ended last, wins (ResolvePerson breaks ties by the document's
          // countries).
          score = 50 + PersonScore(c.payload, NameCountry(b, e));
          break;
        case 'O': score = 40; break;
        case 'C': {
          std::string_view kind = el::Field(c.payload, 1);
          score = 35;
          if (kind == "ambiguous") {
            // At a sentence's start only a word that is nothing else: "Congo and Rwanda
            // signed", not "Chad said" (a first name) or "Réunion" (a common noun).
            if (initial && (!s_.info[b].first_name.empty() || first.morph.pos != PartOfSpeech::kProperNoun)) {
              continue;
            }
            if (e < doc_.tokens.size() && IsWordCap(e) && s_.info[e].ent_end == 0 &&
                !s_.info[b].first_name.empty()) {
              continue;  // "Maurice Dupont"
            }
            // (Of two countries of one name, the dateline's: "Congo" in a Kinshasa story.)
            score = el::Field(c.payload, 0) == DatelineCountry() ? 21 : 20;
          }
          break;
        }
        case 'G': {
          bool capital = el::Field(c.payload, 6) == "1";
          bool curated = el::Field(c.payload, 8) == "1";
          score = capital ? 34 : 30;
          if (region) {
            // "Lot", "Var", "Maine": not at the start of a sentence.
            if (el::Field(c.payload, 9) == "ra" && initial) continue;
            score = 32;
          }
          if (!curated) {
            // A raw GeoNames name: not at the start of a sentence, and only after a
            // locative preposition unless morph reads it as a proper noun.
            if (initial) continue;
            // (Nor a month's name: "since March" is no town in Cambridgeshire.)
            if (e == b + 1 && MonthName(Folded(b))) continue;
            bool loc = b > sent.token_begin && (s_.info[b - 1].cue & kCueLocPrep) != 0;
            bool proper = first.morph.pos == PartOfSpeech::kProperNoun;
            if (!loc && !proper) continue;
            score = 25;
          }
          break;
        }
        default:
          continue;
      }
      if (c.lang != 0 && lang_ != 0 && c.lang != lang_) score -= 10;
      if (score > best_score) {
        best_score = score;
        m->type = c.type;
        m->payload = c.payload;
      }
    }
    return best_score >= 0;
  }

  // Country and actor context of a title starting at token t (and its English
  // left context: "Russian Foreign Minister", "U.S. Secretary of State").
  void TitleContext(const Sentence& sent, uint32_t t, uint32_t* after, RawMention* ctx) {
    const TokenInfo& ti = s_.info[t];
    ctx->role = el::Field(ti.title_payload, 0);
    ctx->actor_role = el::Field(ti.title_payload, 1);
    ctx->gender = el::Field(ti.title_payload, 2);
    ctx->ctx_country = ti.title_demonym;
    // "ex-députée", "l'ancien ministre", "former MP": no office now, so a party named with the
    // title says more than the title's role.
    ctx->former = ti.title_former;
    for (uint32_t k = t; k > sent.token_begin && k + 3 > t && !ctx->former; --k) {
      std::string_view f = Folded(k - 1);
      ctx->former = f == "ancien" || f == "ancienne" || f == "anciens" || f == "anciennes" || f == "former" ||
                    f == "ex" || f == "ex-";
      if (doc_.tokens[k - 1].kind != TokenKind::kWord) break;  // "former Labour MP" looks past the party
    }
    // A title that names its institution ("commissaire européen", "European Commissioner").
    ctx->ctx_actor = el::Field(ti.title_payload, 3);
    // The title's own tokens may name the organisation or country ("porte-parole du Kremlin").
    for (uint32_t k = t; k < ti.title_end; ++k) {
      if (ctx->ctx_country.empty() && !s_.info[k].demonym.empty()) ctx->ctx_country = s_.info[k].demonym;
      if (s_.info[k].ent_end != 0 && ctx->ctx_country.empty()) {
        RawMention tmp;
        if (PickEntity(k, s_.info[k].ent_end, s_.info[k].ent_value, sent, &tmp)) ApplyContext(tmp, ctx);
      }
    }
    // Left context: a demonym or country right before the title.
    if (ctx->ctx_country.empty() && t > sent.token_begin) {
      uint32_t k = t - 1;
      if (!s_.info[k].demonym.empty()) ctx->ctx_country = s_.info[k].demonym;
      // "Apple's Chief Operating Officer": the body before a possessive.
      uint32_t end = t > sent.token_begin + 1 && Folded(t - 1) == "'s" ? t - 1 : t;
      for (uint32_t b = (end >= sent.token_begin + 3 ? end - 3 : sent.token_begin); b < end; ++b) {
        if (s_.info[b].ent_end == end) {
          RawMention tmp;
          if (PickEntity(b, end, s_.info[b].ent_value, sent, &tmp)) ApplyContext(tmp, ctx);
        }
      }
    }
    // Right context: demonym, "du Kremlin", "de la Russie", "of Russia", a comma.
    uint32_t k = ti.title_end;
    while (k < sent.token_end && k < ti.title_end + 6) {
      const TokenInfo& ki = s_.info[k];
      const Token& tok = doc_.tokens[k];
      // A party's adjective ("l'ancien ministre socialiste", "le candidat républicain"): the
      // party is chosen by the state once the document's is known (TitleActor).
      if (!ki.party_value.empty() && !IsUpperStart(tok) && ctx->party_adj == kNone && k == ti.title_end) {
        ctx->party_adj = k;
        ++k;
        continue;
      }
      if (!ki.demonym.empty() && !IsUpperStart(tok)) {
        if (ctx->ctx_country.empty()) ctx->ctx_country = ki.demonym;
        ++k;
        continue;
      }
      // A lower-case adjective between the title and a name ("la sénatrice démocrate X",
      // "l'ancien gouverneur républicain X").
      if (tok.kind == TokenKind::kWord && !IsUpperStart(tok) && tok.morph.pos == PartOfSpeech::kAdjective &&
          k + 1 < sent.token_end && IsWordCap(k + 1) && s_.info[k + 1].ent_end == 0 && ki.ent_end == 0) {
        ++k;
        continue;
      }
      if (ki.ent_end != 0) {
        RawMention tmp;
        bool picked = PickEntity(k, ki.ent_end, ki.ent_value, sent, &tmp);
        bool preceded_by_of = k > ti.title_end;  // "du", "de la", "of"
        if (picked && (tmp.type == 'O' || tmp.type == 'C')) {
          if (preceded_by_of || tmp.type == 'O') {
            ApplyContext(tmp, ctx);
            k = ki.ent_end;
            continue;
          }
        }
        // "le maire de New York", "the governor of California": the city's or region's
        // country (CAMEO codes local government as the country's GOV).
        if (picked && tmp.type == 'G' && preceded_by_of && ctx->ctx_country.empty() &&
            !el::Field(tmp.payload, 2).empty() && Folded(k - 1) != "," ) {
          ctx->ctx_country = el::Field(tmp.payload, 2);
          k = ki.ent_end;
          continue;
        }
        // A function word that only a raw GeoNames name spells ("of": the Turkish town Of)
        // is read as a word.
        if (picked || IsUpperStart(tok)) break;
      }
      std::string_view f = Folded(k);
      if (f == "du" || f == "de" || f == "des" || f == "la" || f == "l'" || f == "d'" || f == "of" ||
          f == "the" || f == "," || (ki.cue & kCueArticle)) {
        // "Professor of Sport Studies", "directeur de Recherche Clinique": a complement that
        // names no known organisation or country is no person.
        if ((f == "of" || f == "de" || f == "du" || f == "des" || f == "d'") && k + 1 < sent.token_end) {
          uint32_t j = k + 1;
          while (j < sent.token_end && j < k + 3 && (s_.info[j].cue & kCueArticle)) ++j;
          // An official's portfolio ("Minister of Education X"): capitalised words that name
          // no country or organisation, up to a known first name, belong to the title.
          bool official = !ctx->actor_role.empty() && ctx->actor_role != "BUS" && ctx->actor_role != "MED";
          if (official && j < sent.token_end && IsWordCap(j) && s_.info[j].first_name.empty()) {
            uint32_t q = j;
            while (q < sent.token_end && q < j + 3 && IsWordCap(q) && s_.info[q].first_name.empty()) {
              RawMention tmp;
              if (s_.info[q].ent_end != 0 && PickEntity(q, s_.info[q].ent_end, s_.info[q].ent_value, sent, &tmp) &&
                  (tmp.type == 'C' || tmp.type == 'O' || tmp.type == 'P')) {
                break;
              }
              ++q;
            }
            if (q > j && q < sent.token_end && IsWordCap(q) && !s_.info[q].first_name.empty()) {
              k = q;
              break;
            }
          }
          if (j < sent.token_end && IsWordCap(j) && s_.info[j].ent_end == 0 && s_.info[j].first_name.empty()) {
            break;  // the title ends before "of": no name follows it
          }
        }
        ++k;
        continue;
      }
      // A common noun of the title's complement ("correspondante de la chaîne de télévision
      // France 24"): looked through for the organisation that gives the country.
      if (ctx->ctx_country.empty() && tok.kind == TokenKind::kWord && !IsUpperStart(tok) &&
          tok.morph.pos == PartOfSpeech::kNoun && k + 1 < sent.token_end && k < ti.title_end + 5) {
        uint32_t j = k + 1;
        while (j < sent.token_end && j < k + 4 && !IsUpperStart(doc_.tokens[j]) &&
               doc_.tokens[j].kind == TokenKind::kWord && s_.info[j].ent_end == 0) {
          ++j;
        }
        if (j < sent.token_end && s_.info[j].ent_end != 0) {
          RawMention tmp;
          if (PickEntity(j, s_.info[j].ent_end, s_.info[j].ent_value, sent, &tmp) && tmp.type == 'O') {
            ApplyContext(tmp, ctx);
          }
        }
      }
      break;
    }
    *after = k;

  }

  void ApplyContext(const RawMention& e, RawMention* ctx) {
    if (e.type == 'C') {
      ctx->ctx_country = el::Field(e.payload, 0);
    } else if (e.type == 'O') {
      std::optional<std::string_view> rec = Record('O', e.payload);
      if (!rec) return;
      std::string_view country = el::Field(*rec, 3);
      if (!country.empty()) ctx->ctx_country = country;
      std::string_view actor = el::Field(*rec, 4);
      if (el::Field(*rec, 2) == "igo" || country.empty()) ctx->ctx_actor = actor;
      // A party's officials ("secrétaire générale du PP", "the Labour spokesman") carry the
      // party's code at the dispatch date (XXXGOVPTY / XXXOPPPTY).
      if (el::Field(*rec, 2) == "party") ctx->ctx_actor = OrgActorView(*rec);
      // A company's officers ("le PDG de PSA", "Google co-founder", "le président de Renault",
      // "a Google spokesman") carry its code (MNC, or the state's BUS); a profession's title
      // (no role of its own: "l'avocat de Google") does not make its holder the company.
      if (el::Field(*rec, 2) == "company" && !ctx->actor_role.empty()) {
        ctx->ctx_actor = OrgActorView(*rec);
        ctx->company = true;
      }
    }
  }

  std::optional<std::string_view> Record(char kind, std::string_view id) const {
    std::string& key = s_.rec_key;
    key.assign("\x01");
    key.push_back(kind);
    key.append(id);
    return lex_.Find(key);
  }

  // A capitalised name run starting at b: capitalised words, initials and particles
  // between them, at most 4 words; ends before any gazetteer entity other than a person.
  uint32_t NameRun(const Sentence& sent, uint32_t b) const {
    uint32_t k = b, words = 0, last_cap = b;
    while (k < sent.token_end && words < 4) {
      const Token& t = doc_.tokens[k];
      const TokenInfo& ki = s_.info[k];
      if (t.kind != TokenKind::kWord) break;
      if ((ki.title_end != 0 || ki.head_end != 0) && k > b) break;
      if (IsUpperStart(t) && !t.Has(tf::kClitic)) {
        if (k > b && ki.ent_end != 0) {
          RawMention tmp;
          // Stop before a country, city or organisation ("Macron à Berlin" never glues),
          // except a one-word organisation or city right after a known first name: a
          // surname that is also a company's or a town's ("Michael Bloomberg", "Henry Ford",
          // "Denzel Washington", "Jean Paris").
          if (PickEntity(k, ki.ent_end, ki.ent_value, sent, &tmp) && tmp.type != 'P' &&
              !(tmp.type == 'G' && el::Field(tmp.payload, 8) != "1") &&
              !((tmp.type == 'O' || tmp.type == 'G') && k == b + 1 && !s_.info[b].first_name.empty() &&
                ki.ent_end == k + 1 && !t.Has(tf::kAllCaps))) {
            break;
          }
        }
        ++words;
        last_cap = k + 1;
        ++k;
        continue;
      }
      if ((ki.cue & kCueParticle) && k + 1 < sent.token_end && IsWordCap(k + 1)) {
        ++k;
        continue;
      }
      // "al-Rahman", "el-Sisi": a particle glued to a capitalised name by a hyphen.
      if (k > b && HyphenParticleName(k)) {
        ++words;
        last_cap = k + 1;
        ++k;
        continue;
      }
      break;
    }
    return words == 0 ? b : last_cap;
  }

  // A lower-case name particle, a hyphen and a capitalised name in one token ("al-Rahman").
  bool HyphenParticleName(uint32_t k) const {
    const Token& t = doc_.tokens[k];
    if (t.kind != TokenKind::kWord || IsUpperStart(t)) return false;
    std::string_view f = Folded(k);
    size_t dash = f.find('-');
    if (dash == std::string_view::npos || dash == 0 || dash + 1 >= f.size()) return false;
    uint32_t cp = t.span.start + static_cast<uint32_t>(dash) + 1;  // ASCII particle: bytes = code points
    if (cp >= t.span.end) return false;
    char32_t c = doc_.decoded.at(cp);
    if (!((c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7))) return false;
    std::optional<std::string_view> v = lex_.Find(f.substr(0, dash));
    if (!v) return false;
    el::CandidateReader rd(*v);
    el::Candidate cand;
    while (rd.Next(&cand)) {
      if (cand.type == 'K' && cand.payload == "particle") return true;
    }
    return false;
  }

  // An organisation named by a head word that no gazetteer lists ("Université de Caen",
  // "Conseil national syrien", "Civic Party", "ministère de la Défense"): capitalised words
  // with connectors between them and, in French, adjectives and nouns after the head.
  // Returns the end of the name (b: none) and sets *head to the last head's payload.
  uint32_t OrgRun(const Sentence& sent, uint32_t b, std::string_view* head, uint32_t* head_pos = nullptr) const {
    const TokenInfo& bi = s_.info[b];
    const Token& bt = doc_.tokens[b];
    if (bt.kind != TokenKind::kWord) return b;
    bool lower_head = false;
    if (!IsUpperStart(bt)) {
      if (bi.head_end == 0 || lang_ != 1 ||
          el::Field(bi.head_payload, 2).find("lower") == std::string_view::npos) {
        return b;
      }
      lower_head = true;
    }
    if (bi.head_end == 0 && (!bi.demonym.empty() || bi.title_end != 0)) return b;
    // A capitalised function word opening a sentence ("In the District Council").
    PartOfSpeech pos0 = bt.morph.pos;
    if (bi.head_end == 0 && (pos0 == PartOfSpeech::kPreposition || pos0 == PartOfSpeech::kDeterminer ||
                             pos0 == PartOfSpeech::kPronoun || pos0 == PartOfSpeech::kConjunction ||
                             pos0 == PartOfSpeech::kAdverb || pos0 == PartOfSpeech::kVerb ||
                             pos0 == PartOfSpeech::kAuxiliary)) {
      return b;
    }
    // "Marine Dupont" is a person even though "Marine" heads "Marine nationale".
    if (bi.head_end == b + 1 && !bi.first_name.empty() && b + 1 < sent.token_end && IsWordCap(b + 1) &&
        s_.info[b + 1].head_end == 0) {
      return b;
    }
    uint32_t k = b, last = b, names = 0, lowers = 0, hpos = b;
    std::string_view found;
    bool after_conn = false;
    while (k < sent.token_end && k < b + 12) {
      const Token& t = doc_.tokens[k];
      const TokenInfo& ki = s_.info[k];
      if (ki.head_end != 0 && (k == b || IsUpperStart(t))) {
        found = ki.head_payload;
        hpos = k;
        k = ki.head_end;
        last = k;
        after_conn = false;
        continue;
      }
      if (t.kind == TokenKind::kWord && IsUpperStart(t) && !t.Has(tf::kClitic)) {
        // "Acme Holdings CEO John Doe": a title with a role of its own right after the name,
        // before a capitalised word that heads nothing, opens a person's name ("Office of the
        // President" keeps its title, "Student Association" its words).
        if (!found.empty() && k > b && ki.title_end != 0 && !after_conn && ki.title_end < sent.token_end &&
            IsWordCap(ki.title_end) && !el::Field(ki.title_payload, 1).empty() &&
            s_.info[ki.title_end].head_end == 0) {
          break;
        }
        if (k > b && ki.ent_end != 0) {
          RawMention tmp;
          if (PickEntity(k, ki.ent_end, ki.ent_value, sent, &tmp) && (tmp.type == 'P' || tmp.type == 'O')) break;
        }
        ++names;
        ++k;
        last = k;
        after_conn = false;
        continue;
      }
      if ((ki.cue & kCueOrgConn) || Folded(k) == "&") {
        if (k == b) break;
        // "of", "de" only after a head ("University of X"; not "Claudia Mo of the Civic Party").
        bool coord = (ki.cue & kCueCoord) != 0 || Folded(k) == "&";
        if (!coord && found.empty()) break;
        // "the School District and the Police Department": a second organisation, not one
        // name (a name's own coordination has no article: "Atheists and Agnostics").
        if (coord && k + 1 < sent.token_end &&
            doc_.tokens[k + 1].morph.pos == PartOfSpeech::kDeterminer) {
          break;
        }
        ++k;
        after_conn = true;
        continue;
      }
      if (lang_ == 1 && !found.empty() && t.kind == TokenKind::kWord && lowers < 4 &&
          (t.morph.pos == PartOfSpeech::kAdjective || (after_conn && t.morph.pos == PartOfSpeech::kNoun))) {
        ++lowers;
        ++k;
        if (t.morph.pos == PartOfSpeech::kAdjective || after_conn) last = k;
        after_conn = false;
        continue;
      }
      break;
    }
    if (found.empty()) return b;
    if (lower_head && names == 0) return b;
    if (last == b + 1 || (last == s_.info[b].head_end && names == 0 && lowers == 0)) {
      // The head alone: a capitalised short name inside a sentence ("l'Assemblée").
      if (el::Field(found, 2).find("bare") == std::string_view::npos || lower_head ||
          SentenceInitial(sent, b)) {
        return b;
      }
    }
    *head = found;
    if (head_pos != nullptr) *head_pos = hpos;
    return last;
  }

  // An unknown all-capital acronym (UMP, KPA): an organisation, unless the sentence is
  // shouted in capitals, the word is a roman numeral or is listed as no organisation.
  bool OrgAcronym(uint32_t i, bool shouted) const {
    const Token& t = doc_.tokens[i];
    const TokenInfo& ti = s_.info[i];
    if (t.kind != TokenKind::kWord || !t.Has(tf::kAllCaps) || ti.not_acronym || ti.title_end != 0 ||
        !ti.demonym.empty()) {
      return false;
    }
    uint32_t len = t.span.end - t.span.start;
    if (len < 3 || len > 6) return false;
    bool roman = true;
    for (uint32_t cp = t.span.start; cp < t.span.end; ++cp) {
      char32_t c = doc_.decoded.at(cp);
      if (c < 'A' || c > 'Z') return false;  // letters only: not IE9, D.C.
      if (c != 'I' && c != 'V' && c != 'X' && c != 'L' && c != 'C' && c != 'D' && c != 'M') roman = false;
    }
    return !roman && !shouted;
  }

  // More than half of the sentence's words are in capitals (a shouted headline).
  bool Shouted(const Sentence& sent) const {
    uint32_t words = 0, caps = 0;
    for (uint32_t k = sent.token_begin; k < sent.token_end; ++k) {
      if (doc_.tokens[k].kind != TokenKind::kWord) continue;
      ++words;
      if (doc_.tokens[k].Has(tf::kAllCaps)) ++caps;
    }
    return caps * 2 > words;
  }

  // The country of an unknown organisation: a demonym or a country/city named inside it.
  std::string_view OrgCountry(const Sentence& sent, uint32_t b, uint32_t e) const {
    for (uint32_t k = b; k < e; ++k) {
      if (!s_.info[k].demonym.empty()) return s_.info[k].demonym;
      if (s_.info[k].ent_end != 0 && s_.info[k].ent_end <= e) {
        RawMention tmp;
        if (PickEntity(k, s_.info[k].ent_end, s_.info[k].ent_value, sent, &tmp)) {
          if (tmp.type == 'C') return el::Field(tmp.payload, 0);
          if (tmp.type == 'G') return el::Field(tmp.payload, 2);
        }
      }
    }
    return {};
  }

  RawMention UnknownOrg(const Sentence& sent, uint32_t b, uint32_t e, std::string_view head) const {
    RawMention m;
    m.type = 'N';
    m.tb = b;
    m.te = e;
    m.role = el::Field(head, 0);
    m.actor_role = el::Field(head, 1);
    m.ctx_country = OrgCountry(sent, b, e);
    // "the Greek Ministry of Culture": a demonym right before the name.
    if (m.ctx_country.empty() && b > sent.token_begin && !s_.info[b - 1].demonym.empty()) {
      m.ctx_country = s_.info[b - 1].demonym;
    }
    m.key = "N:";
    for (uint32_t k = b; k < e; ++k) {
      if (k > b && doc_.tokens[k].Has(tf::kSpaceBefore)) m.key.push_back(' ');
      m.key.append(Folded(k));
    }
    return m;
  }

  // The name of an outlet after a newspaper or magazine noun (cues `medianoun`), possibly with a
  // demonym between ("le quotidien espagnol El Punt Avui"): capitalised words and connectors
  // between them, at most 5 tokens, stopping at a known entity. Returns the end (b: none).
  uint32_t MediaRun(const Sentence& sent, uint32_t b) const {
    if (b < sent.token_begin + 1) return b;
    bool after_noun = (s_.info[b - 1].cue & kCueMediaNoun) != 0 ||
                      (b >= sent.token_begin + 2 && (s_.info[b - 2].cue & kCueMediaNoun) != 0 &&
                       !s_.info[b - 1].demonym.empty() && !IsUpperStart(doc_.tokens[b - 1]));
    if (!after_noun) return b;
    uint32_t e = b;
    const uint16_t conn = kCueOrgConn | kCueParticle;
    while (e < sent.token_end && e < b + 5) {
      if (e > b && s_.info[e].ent_end != 0) {
        // A place after a connector belongs to the title ("Gazzetta di Lucca").
        if (!(s_.info[e - 1].cue & conn) || !IsWordCap(e) || s_.info[e].ent_end > b + 6) break;
        e = s_.info[e].ent_end;
        continue;
      }
      if (IsWordCap(e) && !s_.info[e].covered) {
        ++e;
        continue;
      }
      if (e > b && (s_.info[e].cue & conn) && e + 1 < sent.token_end && IsWordCap(e + 1)) {
        ++e;
        continue;
      }
      break;
    }
    return e;
  }

  // "Union française des industries pétrolières (Ufip)": the parenthesised short form is a
  // mention of the same organisation.
  void ParenAlias(const RawMention& m) {
    uint32_t k = m.te;
    if (k + 2 >= doc_.tokens.size()) return;
    if (doc_.Slice(doc_.tokens[k].span) != "(" || doc_.Slice(doc_.tokens[k + 2].span) != ")") return;
    if (!IsWordCap(k + 1) || s_.info[k + 1].covered) return;
    // A known name stands for itself ("le Parti socialiste (PASOK)": ForeignBody reads it).
    if (s_.info[k + 1].ent_end == k + 2) return;
    RawMention a = m;
    a.tb = k + 1;
    a.te = k + 2;
    AddMention(a);
  }

  void AddMention(RawMention m) {
    m.span = Span{doc_.tokens[m.tb].span.start, doc_.tokens[m.te - 1].span.end};
    for (uint32_t k = m.tb; k < m.te; ++k) s_.info[k].covered = true;
    s_.mentions.push_back(std::move(m));
  }

  // Is the place [b, e) an acting subject ("Moscou a accusé", "Washington said", "Paris et
  // Berlin ont appelé", "Moscou, qui dément, a menacé") or a source ("selon Moscou",
  // "according to Washington")? *verb is the verb it governs (kNone for a source).
  bool ActingSubject(const Sentence& sent, uint32_t b, uint32_t e, uint32_t* verb) const {
    *verb = kNone;
    // Earlier conjuncts: "Paris et Berlin ont": the first one's left context decides.
    uint32_t start = b;
    while (start > sent.token_begin + 1 && (s_.info[start - 1].cue & kCueCoord)) {
      uint32_t prev = kNone;
      for (uint32_t j = start - 1; j-- > sent.token_begin && j + 6 >= start;) {
        if (s_.info[j].ent_end == start - 1 && IsWordCap(j)) {
          prev = j;
          break;
        }
      }
      if (prev == kNone) return false;
      start = prev;
    }
    if (start > sent.token_begin) {
      std::string_view p = Folded(start - 1);
      if (p == "selon" || (p == "to" && start >= sent.token_begin + 2 && Folded(start - 2) == "according")) {
        return true;
      }
      const Token& prev = doc_.tokens[start - 1];
      if (prev.morph.pos == PartOfSpeech::kPreposition || (s_.info[start - 1].cue & (kCueLocPrep | kCueCoord))) {
        return false;
      }
    }
    // Later conjuncts, then one comma-delimited incise ("Moscou, qui dément, a ...").
    uint32_t k = e;
    while (k + 1 < sent.token_end && (s_.info[k].cue & kCueCoord) && s_.info[k + 1].ent_end != 0 && IsWordCap(k + 1)) {
      k = s_.info[k + 1].ent_end;
    }
    if (k < sent.token_end && Folded(k) == ",") {
      uint32_t j = k + 1;
      while (j < sent.token_end && j < k + 10 && Folded(j) != "," && doc_.tokens[j].kind != TokenKind::kQuote) ++j;
      if (j < sent.token_end && j > k + 1 && Folded(j) == ",") k = j + 1;
    }
    for (uint32_t limit = k + 3; k < sent.token_end && k < limit; ++k) {
      const Token& t = doc_.tokens[k];
      std::string_view f = Folded(k);
      if (f == "a" || f == "has" || f == "had" || f == "would" || f == "will" || f == "could" ||
          t.morph.pos == PartOfSpeech::kAuxiliary) {
        // The participle after an auxiliary is the verb ("a condamné", "has ruled").
        *verb = k;
        for (uint32_t j = k + 1; j < sent.token_end && j < k + 4; ++j) {
          if (doc_.tokens[j].morph.pos == PartOfSpeech::kVerb) {
            *verb = j;
            break;
          }
        }
        return true;
      }
      if (t.morph.pos == PartOfSpeech::kVerb) {
        if (t.morph.verb_form != VerbForm::kFinite && t.morph.verb_form != VerbForm::kNone) return false;
        *verb = k;
        return true;
      }
      if (f == "n'" || f == "ne" || f == "se" || f == "s'") continue;
      return false;
    }
    return false;
  }

  // "entre Washington et Téhéran", "between Seoul and Pyongyang": two seats of power set
  // against each other are their governments.
  bool BetweenCapitals(const Sentence& sent, uint32_t b, uint32_t e) const {
    auto is_between = [&](uint32_t k) {
      std::string_view f = Folded(k);
      return f == "entre" || f == "between";
    };
    auto capital_at = [&](uint32_t k, uint32_t* end) {
      if (k >= sent.token_end || s_.info[k].ent_end == 0 || !IsWordCap(k)) return false;
      RawMention tmp;
      if (!PickEntity(k, s_.info[k].ent_end, s_.info[k].ent_value, sent, &tmp)) return false;
      *end = s_.info[k].ent_end;
      return (tmp.type == 'G' && el::Field(tmp.payload, 6) == "1") || tmp.type == 'C';
    };
    uint32_t other = 0;
    // First conjunct: "entre X et Y".
    if (b > sent.token_begin && is_between(b - 1) && e < sent.token_end && (s_.info[e].cue & kCueCoord)) {
      return capital_at(e + 1, &other);
    }
    // Second conjunct: "entre Y et X".
    if (b >= sent.token_begin + 3 && (s_.info[b - 1].cue & kCueCoord)) {
      for (uint32_t j = b - 1; j-- > sent.token_begin && j + 5 >= b;) {
        if (s_.info[j].ent_end == b - 1 && j > sent.token_begin && is_between(j - 1)) return capital_at(j, &other);
      }
    }
    return false;
  }

  // The direct object of a verb that addresses an actor ("a sollicité Pékin", "urged
  // Beijing"): the verb, by its lemma, right before the name (cues `address`).
  bool AddressedObject(const Sentence& sent, uint32_t b) const {
    if (b <= sent.token_begin) return false;
    const Token& v = doc_.tokens[b - 1];
    if (v.morph.pos != PartOfSpeech::kVerb || v.morph.lemma.empty()) return false;
    std::optional<std::string_view> val = lex_.Find(FoldForMatch(v.morph.lemma));
    if (!val) return false;
    el::CandidateReader rd(*val);
    el::Candidate c;
    while (rd.Next(&c)) {
      if (c.type == 'K' && c.payload == "address" && (c.lang == 0 || c.lang == lang_)) return true;
    }
    return false;
  }

  // A verb of judging ("condamner", "ruled"): by its surface or its lemma (cues `judicial`).
  bool JudicialVerb(uint32_t v) const {
    if (s_.info[v].cue & kCueJudicial) return true;
    std::string_view lemma = doc_.tokens[v].morph.lemma;
    if (lemma.empty()) return false;
    std::optional<std::string_view> val = lex_.Find(FoldForMatch(lemma));
    if (!val) return false;
    el::CandidateReader rd(*val);
    el::Candidate c;
    while (rd.Next(&c)) {
      if (c.type == 'K' && c.payload == "judicial") return true;
    }
    return false;
  }

  // The actor a city stands for at the dispatch date: its seat record (city_exonyms.tsv's
  // `seat`: "Bruxelles" the EU, "La Haye" the Dutch government or, judging, the ICC), else a
  // capital's government; empty for other cities ("Genève", "Marseille"). `verb` (kNone:
  // none) picks a judicial reading.
  std::string SeatActor(std::string_view payload, uint32_t verb, bool* has_record = nullptr) const {
    if (!el::Field(payload, 9).empty()) return {};  // a region
    std::optional<std::string_view> rec = Record('S', el::Field(payload, 0));
    if (has_record != nullptr) *has_record = rec.has_value();
    if (rec) {
      bool judicial = verb != kNone && JudicialVerb(verb);
      std::string_view any;
      size_t start = 0;
      while (start < rec->size()) {
        size_t semi = rec->find(';', start);
        std::string_view item = rec->substr(start, semi == std::string_view::npos ? std::string_view::npos : semi - start);
        start = semi == std::string_view::npos ? rec->size() : semi + 1;
        size_t colon = item.find(':');
        if (colon == std::string_view::npos) continue;
        std::string_view reading = item.substr(0, colon), actor = item.substr(colon + 1);
        size_t at = actor.find('@');
        if (at != std::string_view::npos) {
          std::string_view range = actor.substr(at + 1);
          actor = actor.substr(0, at);
          size_t dots = range.find("..");
          if (dots == std::string_view::npos || !DateWithin(date_, range.substr(0, dots), range.substr(dots + 2))) continue;
        }
        if (reading == "judicial" && judicial) return std::string(actor);
        if (reading == "any" && any.empty()) any = actor;
      }
      if (!any.empty()) return std::string(any);
      if (has_record != nullptr) *has_record = false;
    }
    if (el::Field(payload, 6) == "1") return CountryCameo(el::Field(payload, 2)) + "GOV";
    return {};
  }

  bool Metonymic(const Sentence& sent, uint32_t b, uint32_t e) const {
    if (b > sent.token_begin) {
      const Token& prev = doc_.tokens[b - 1];
      if (prev.morph.pos == PartOfSpeech::kPreposition || (s_.info[b - 1].cue & (kCueLocPrep | kCueCoord))) {
        return false;
      }
    }
    uint32_t k = e;
    while (k < sent.token_end && k < e + 3) {
      const Token& t = doc_.tokens[k];
      if (t.morph.pos == PartOfSpeech::kVerb || t.morph.pos == PartOfSpeech::kAuxiliary) {
        return t.morph.verb_form == VerbForm::kFinite || t.morph.verb_form == VerbForm::kNone;
      }
      std::string_view f = Folded(k);
      if (f == "n'" || f == "ne" || f == "a" || f == "has" || f == "had" || f == "would" ||
          f == "will" || f == "could" || f == "se" || f == "s'") {
        if (f == "a" || f == "has" || f == "had" || f == "would" || f == "will" || f == "could") return true;
        ++k;
        continue;
      }
      return false;
    }
    return false;
  }

  void Interpret(const Sentence& sent) {
    RawMention title_ctx;
    uint32_t title_alive_until = 0;  // token index until which a title context applies
    uint32_t appositive_name = kNone;  // the name a title's long complement is apposed to
    bool plural_title = false;
    const bool shouted = Shouted(sent);
    for (uint32_t i = sent.token_begin; i < sent.token_end;) {
      TokenInfo& ti = s_.info[i];
      const Token& tok = doc_.tokens[i];
      // Titles: remember their context for the name that follows.
      if (ti.title_end != 0 && ti.ent_end <= ti.title_end) {
        uint32_t after = ti.title_end;
        RawMention ctx;
        TitleContext(sent, i, &after, &ctx);
        title_ctx = ctx;
        title_alive_until = after + 1;
        appositive_name = ApposedName(sent, after);
        std::string_view word = Folded(i);
        plural_title = !word.empty() && (word.back() == 's' || word.back() == 'x') &&
                       ctx.role != "honorific";
        // Entities inside the title ("du Kremlin") are still mentions.
        for (uint32_t k = i; k < after; ++k) {
          if (s_.info[k].ent_end != 0 && !s_.info[k].covered) {
            RawMention m;
            if (PickEntity(k, s_.info[k].ent_end, s_.info[k].ent_value, sent, &m) && m.type != 'P') {
              m.tb = k;
              m.te = s_.info[k].ent_end;
              AddMention(m);
              k = m.te - 1;
            }
          } else if (k > i && s_.info[k].ent_end == 0 && s_.info[k].head_end != 0 && IsWordCap(k) &&
                     !s_.info[k].covered) {
            // A body named by its head inside the title ("président de l'Assemblée").
            std::string_view head;
            uint32_t org_end = OrgRun(sent, k, &head);
            if (org_end > k && org_end <= after) {
              AddMention(UnknownOrg(sent, k, org_end, head));
              k = org_end - 1;
            }
          }
        }
        i = after;
        continue;
      }
      if (ti.covered) {
        ++i;
        continue;
      }
      bool titled = i < title_alive_until || i == appositive_name;
      // A known first name and a capitalised surname beat a shorter or GeoNames-only match
      // ("Thomas Vernier" is not the Swiss town of Vernier).
      uint32_t name_end = i;
      if (!ti.first_name.empty() && IsWordCap(i) && !tok.Has(tf::kAllCaps)) name_end = NameRun(sent, i);
      bool name_wins = false;
      if (name_end >= i + 2 && ti.ent_end != 0) {
        RawMention g;
        bool ok = PickEntity(i, ti.ent_end, ti.ent_value, sent, &g);
        name_wins = !ok || (g.type != 'P' && ti.ent_end < name_end);
        // A known person's one-word form that is also a first name ("Philippe": Édouard
        // Philippe) opening a short name of unknown words ("Philippe Gosselin", "Philippe
        // Varin") is that first name; not before a verb or a function word, nor in a headline,
        // where title case capitalises them ("Abbas Says Talks Are Over").
        if (ok && g.type == 'P' && ti.ent_end == i + 1 && s_.info[i + 1].ent_end == 0 && name_end <= i + 3 &&
            !FunctionWord(i + 1) && doc_.tokens[i + 1].morph.pos != PartOfSpeech::kVerb && !InHeadline(sent)) {
          name_wins = true;
        }
      }
      // Places named by a generic noun: "place Tahrir", "pont Mathilde", "Jamarat Bridge".
      {
        uint32_t place_end = PlaceRun(sent, i);
        if (place_end > i) {
          RawMention m;
          m.type = 'L';
          m.tb = i;
          m.te = place_end;
          m.key = "L:";
          for (uint32_t k = i; k < place_end; ++k) {
            if (k > i) m.key.push_back(' ');
            m.key.append(Folded(k));
          }
          AddMention(std::move(m));
          i = place_end;
          continue;
        }
      }
      // Organisations named by a head word; they beat a shorter country or city match
      // ("New Zealand Herald") but not a country before a government body ("United Kingdom
      // Home Office": the country is its own mention).
      {
        std::string_view head;
        uint32_t head_pos = i;
        uint32_t org_end = OrgRun(sent, i, &head, &head_pos);
        bool org_wins = org_end > i;
        if (org_wins && ti.ent_end != 0) {
          RawMention g;
          if (PickEntity(i, ti.ent_end, ti.ent_value, sent, &g)) {
            std::string_view cat = el::Field(head, 0);
            bool government = cat == "ministry" || cat == "agency" || cat == "government" ||
                              cat == "legislature" || cat == "court" || cat == "military" || cat == "police";
            org_wins = (g.type == 'C' || g.type == 'G') && org_end > ti.ent_end && head_pos >= ti.ent_end &&
                       !(g.type == 'C' && government && s_.info[ti.ent_end].head_end != 0) &&
                       !(g.type == 'C' && government && IsWordCap(ti.ent_end) && s_.info[ti.ent_end].head_end == 0 &&
                         OrgRun(sent, ti.ent_end, &head) > ti.ent_end);
          }
        }
        if (org_wins) {
          RawMention m = UnknownOrg(sent, i, org_end, head);
          AddMention(m);
          ParenAlias(m);
          i = org_end;
          continue;
        }
      }
      // Gazetteer entities, longest first.
      if (ti.ent_end != 0 && !name_wins) {
        RawMention m;
        if (PickEntity(i, ti.ent_end, ti.ent_value, sent, &m)) {
          m.tb = i;
          m.te = ti.ent_end;
          if (m.type == 'P' && !IsUpperStart(tok) && ti.title_end == i + 1) {
            // "le roi Abdallah": the title stays outside the mention and hints the role.
            m.role = el::Field(ti.title_payload, 0);
            m.tb = i + 1;
          }
          // "ouragan Sandy", "Hurricane Sandy": the name of an event, in the whole document.
          if ((m.type == 'G' || m.type == 'C') && i > sent.token_begin && (s_.info[i - 1].cue & kCueEventHead)) {
            event_names_.push_back(Folded(i));
            i = m.te;
            continue;
          }
          // "l'aéroport Charles-de-Gaulle", "le porte-avions Charles de Gaulle": a thing
          // named after a person is no mention of that person.
          if (m.type == 'P' && i > sent.token_begin && (s_.info[i - 1].cue & kCueNamedHead)) {
            i = m.te;
            continue;
          }
          if (m.type == 'P') {
            // A known person may continue with unknown capitalised words? No: keep the form.
            if (titled) CopyTitle(title_ctx, &m);
          } else if (m.type == 'O') {
            m.metonymic = Metonymic(sent, m.tb, m.te);
          } else if (m.type == 'G') {
            // Only a seat of power acts: a capital, or a city with a seat record.
            uint32_t verb = kNone;
            if (ActingSubject(sent, m.tb, m.te, &verb) || BetweenCapitals(sent, m.tb, m.te) ||
                AddressedObject(sent, m.tb)) {
              m.seat_actor = SeatActor(m.payload, verb);
              m.metonymic = !m.seat_actor.empty();
            }
          }
          AddMention(m);
          if (m.type == 'O') ParenAlias(m);
          i = m.te;
          if (m.type == 'P' && titled) title_alive_until = ContinueCoordination(sent, i, plural_title);
          continue;
        }
      }
      // A capitalised name glued to a web domain ("Secunia.com", "Gawker.com"): the site or
      // company of that name.
      if (ti.ent_end == 0 && tok.kind == TokenKind::kWord && IsUpperStart(tok) && i + 2 < sent.token_end &&
          !doc_.tokens[i + 1].Has(tf::kSpaceBefore) && !doc_.tokens[i + 2].Has(tf::kSpaceBefore) &&
          doc_.Slice(doc_.tokens[i + 1].span) == ".") {
        std::string_view tld = Folded(i + 2);
        if (tld == "com" || tld == "org" || tld == "net") {
          RawMention m = UnknownOrg(sent, i, i + 3, {});
          AddMention(m);
          i += 3;
          continue;
        }
      }
      if (ti.ent_end == 0 && OrgAcronym(i, shouted)) {
        RawMention m = UnknownOrg(sent, i, i + 1, {});
        AddMention(m);
        ++i;
        continue;
      }
      // "le quotidien (espagnol) El Punt Avui", "the (Italian) newspaper La Stampa": an outlet.
      if (ti.ent_end == 0 && IsWordCap(i)) {
        if (uint32_t end = MediaRun(sent, i); end > i) {
          static constexpr std::string_view kMediaHead = "media\tMED";
          RawMention m = UnknownOrg(sent, i, end, kMediaHead);
          if (m.ctx_country.empty()) {
            uint32_t noun = (s_.info[i - 1].cue & kCueMediaNoun) ? i - 1 : i - 2;
            if (!s_.info[noun + 1].demonym.empty() && noun + 1 < i) m.ctx_country = s_.info[noun + 1].demonym;
            if (noun > sent.token_begin && !s_.info[noun - 1].demonym.empty()) m.ctx_country = s_.info[noun - 1].demonym;
          }
          AddMention(m);
          i = end;
          continue;
        }
      }
      // Unknown people.
      if (tok.kind == TokenKind::kWord && IsUpperStart(tok) && !tok.Has(tf::kAllCaps)) {
        bool initial = SentenceInitial(sent, i);
        bool first = !ti.first_name.empty();
        uint32_t end = NameRun(sent, i);
        uint32_t words = end - i;
        bool accept = false;
        if (titled && end > i) accept = true;
        if (!accept && first && words >= 2) accept = true;
        if (accept && initial && !first && !titled) accept = false;
        // Unknown names in a speaker's or an apposition's slot ("X a déclaré", "selon X",
        // "X, 45,", "X, le porte-parole de"); never in the headline.
        // "Cheng Chung-tai", "Song Myung-Sup": a short family name and a hyphenated
        // two-syllable given name (Chinese and Korean romanisation).
        if (!accept && words == 2 && PlainNameRun(i, end) && RomanisedGivenName(end - 1) &&
            doc_.tokens[i].span.end - doc_.tokens[i].span.start <= 5 && !FunctionWord(i)) {
          accept = true;
        }
        if (!accept && words >= 2 && !InHeadline(sent) && PlainNameRun(i, end)) {
          bool after = SlotAfter(sent, end);
          if (after || (!initial && SlotBefore(sent, i))) accept = true;
          if (accept && initial && FunctionWord(i)) accept = false;
        }
        if (accept) {
          RawMention m;
          m.type = 'U';
          m.tb = i;
          m.te = end;
          if (titled) {
            CopyTitle(title_ctx, &m);
          } else {
            // "X, président du groupe UMP", "X, editor at large at the Saudi Gazette": a title
            // in apposition after the name.
            RawMention ctx;
            if (ApposedTitle(sent, end, &ctx)) CopyTitle(ctx, &m);
          }
          if (m.ctx_country.empty()) m.ctx_country = AppositionCountry(sent, end);
          if (m.gender.empty() && first) m.gender = ti.first_name;
          AddMention(m);
          i = end;
          if (titled) title_alive_until = ContinueCoordination(sent, i, plural_title);
          continue;
        }
      }
      ++i;
    }
  }

  // A title in apposition after a name ending at e: ", (le|la|l'|the|a|an|un|une) [adjectives]
  // TITLE ..." ("X, président du groupe socialiste", "X, the Crown prosecutor"). Fills *ctx from
  // the title (honorifics excluded).
  bool ApposedTitle(const Sentence& sent, uint32_t e, RawMention* ctx) {
    if (e >= sent.token_end || Folded(e) != ",") return false;
    uint32_t k = e + 1;
    bool article = false;
    if (k < sent.token_end) {
      std::string_view f = Folded(k);
      if ((s_.info[k].cue & kCueArticle) || f == "un" || f == "une" || f == "a" || f == "an") {
        ++k;
        article = true;
      }
    }
    for (int n = 0; n < 2 && k < sent.token_end && s_.info[k].title_end == 0; ++n) {
      const Token& a = doc_.tokens[k];
      if (a.kind != TokenKind::kWord || IsUpperStart(a) || a.morph.pos != PartOfSpeech::kAdjective) break;
      ++k;
    }
    // "X, an Ottawa New Democrat MP": after an article, a few capitalised words (a place, a
    // party) before the title.
    if (article && k < sent.token_end && s_.info[k].title_end == 0) {
      uint32_t q = k;
      while (q < sent.token_end && q < k + 3 && IsWordCap(q) && s_.info[q].title_end == 0 &&
             s_.info[q].first_name.empty()) {
        ++q;
      }
      if (q > k && q < sent.token_end && s_.info[q].title_end != 0) k = q;
    }
    if (k >= sent.token_end || s_.info[k].title_end == 0) return false;
    if (el::Field(s_.info[k].title_payload, 0) == "honorific") return false;
    // Defence ministers (GOVMIL) in apposition are left to the events stage, which reads the
    // apposition itself and codes the person as the government (its unit tests pin XXXGOV).
    if (el::Field(s_.info[k].title_payload, 1) == "GOVMIL") return false;
    uint32_t after = k;
    TitleContext(sent, k, &after, ctx);
    return true;
  }

  // The nationality an apposition gives a name ending at e ("X, an Australian woman",
  // "X, un opposant syrien", "X, a former Syrian diplomat"): a demonym among the first
  // words after the comma, before any other punctuation or name.
  std::string_view AppositionCountry(const Sentence& sent, uint32_t e) const {
    if (e >= sent.token_end || Folded(e) != ",") return {};
    for (uint32_t k = e + 1; k < sent.token_end && k < e + 6; ++k) {
      const Token& t = doc_.tokens[k];
      if (t.kind != TokenKind::kWord) return {};
      const TokenInfo& ki = s_.info[k];
      if (!ki.demonym.empty()) return ki.demonym;
      if (ki.ent_end != 0 || (IsUpperStart(t) && k > e + 1 && ki.title_end == 0)) return {};
    }
    return {};
  }

  // "La correspondante de France 24 en Egypte, Sonia Dridi": a title whose complement runs
  // (no verb, no other punctuation) to a comma followed by a known first name; returns that
  // word's index (kNone: none).
  uint32_t ApposedName(const Sentence& sent, uint32_t k) const {
    for (uint32_t j = k; j < sent.token_end && j < k + 8; ++j) {
      const Token& t = doc_.tokens[j];
      if (Folded(j) == ",") {
        // Only a name that opens with a known first name ("..., Sonia Dridi"), not a list.
        return j + 1 < sent.token_end && IsWordCap(j + 1) && !s_.info[j + 1].first_name.empty() ? j + 1 : kNone;
      }
      if ((t.kind != TokenKind::kWord && t.kind != TokenKind::kNumber) || t.morph.pos == PartOfSpeech::kVerb ||
          t.morph.pos == PartOfSpeech::kAuxiliary || (s_.info[j].cue & (kCueReport | kCueCoord))) {
        return kNone;
      }
    }
    return kNone;
  }

  // A token of two syllables of 1-5 letters joined by a hyphen, the second in lower case or
  // capitalised ("Chung-tai", "Ki-moon", "Myung-Sup"), no other character.
  bool RomanisedGivenName(uint32_t i) const {
    const Token& t = doc_.tokens[i];
    uint32_t len = 0, parts = 1, upper_after = 0;
    for (uint32_t cp = t.span.start; cp < t.span.end; ++cp) {
      char32_t c = doc_.decoded.at(cp);
      if (c == '-') {
        if (len == 0 || len > 5 || ++parts > 2) return false;
        len = 0;
        continue;
      }
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) return false;
      if (parts == 2 && len > 0 && c >= 'A' && c <= 'Z') ++upper_after;
      ++len;
    }
    return parts == 2 && len >= 1 && len <= 5 && upper_after == 0;
  }

  // A place named by a generic noun: a lower-case French head before capitalised words
  // ("la place Tahrir", "le pont Mathilde") or capitalised words before an English head
  // ("Jamarat Bridge", "Castlefrank Road"). Returns the end (i: none).
  uint32_t PlaceRun(const Sentence& sent, uint32_t i) const {
    const Token& t = doc_.tokens[i];
    const TokenInfo& ti = s_.info[i];
    if (t.kind != TokenKind::kWord) return i;
    if ((ti.cue & kCuePlaceHead) && !IsUpperStart(t) && i + 1 < sent.token_end && IsWordCap(i + 1) &&
        s_.info[i + 1].title_end == 0 && s_.info[i + 1].head_end == 0 && s_.info[i + 1].demonym.empty()) {
      uint32_t k = i + 1;
      if (s_.info[k].ent_end != 0) {
        // "rue de Rivoli" reads fine; "île de Porquerolles" too; but "pont Mathilde de Rouen"
        // stops before the city.
        RawMention tmp;
        if (PickEntity(k, s_.info[k].ent_end, s_.info[k].ent_value, sent, &tmp)) {
          // "rue Charles-de-Gaulle", "avenue Kennedy": a street named after a person.
          if (tmp.type == 'P') return s_.info[k].ent_end;
          if (tmp.type != 'U') return i;
        }
      }
      while (k < sent.token_end && k < i + 4 && IsWordCap(k) && s_.info[k].ent_end == 0 &&
             s_.info[k].head_end == 0) {
        ++k;
      }
      return k > i + 1 ? k : i;
    }
    if (!IsWordCap(i) || t.Has(tf::kAllCaps) || ti.title_end != 0 || ti.head_end != 0 || !ti.demonym.empty() ||
        (ti.cue & kCuePlaceTail) || (SentenceInitial(sent, i) && FunctionWord(i))) {
      return i;
    }
    for (uint32_t k = i + 1; k < sent.token_end && k < i + 4; ++k) {
      if (!IsWordCap(k) || doc_.tokens[k].Has(tf::kAllCaps)) return i;
      if (s_.info[k].cue & kCuePlaceTail) {
        // A gazetteer entity at least as long wins ("Downing Street").
        if (ti.ent_end > k) return i;
        for (uint32_t j = i + 1; j < k; ++j) {
          if (s_.info[j].ent_end > k) return i;
        }
        return k + 1;
      }
      if (s_.info[k].title_end != 0 || s_.info[k].head_end != 0) return i;
    }
    return i;
  }

  // "pro-Beijing", "anti-Pyongyang": the place inside a stance compound is a mention.
  void StancePlaces() {
    for (uint32_t i = 0; i < doc_.tokens.size(); ++i) {
      const Token& t = doc_.tokens[i];
      if (s_.info[i].covered || t.kind != TokenKind::kWord) continue;
      std::string_view f = Folded(i);
      size_t dash = f.find('-');
      if (dash == std::string_view::npos || dash == 0 || dash + 1 >= f.size()) continue;
      std::optional<std::string_view> v = lex_.Find(f.substr(0, dash + 1));
      if (!v) continue;
      el::CandidateReader rd(*v);
      el::Candidate c;
      bool stance = false;
      while (rd.Next(&c)) stance |= c.type == 'K' && c.payload == "stance";
      if (!stance) continue;
      // The code point after the first hyphen, which must open a capitalised word.
      uint32_t cp = t.span.start;
      while (cp < t.span.end && doc_.decoded.at(cp) != '-') ++cp;
      ++cp;
      if (cp >= t.span.end) continue;
      char32_t first = doc_.decoded.at(cp);
      if (!(first >= 'A' && first <= 'Z')) continue;
      std::optional<std::string_view> rest = lex_.Find(f.substr(dash + 1));
      if (!rest) continue;
      el::CandidateReader rr(*rest);
      while (rr.Next(&c)) {
        if (!c.exact.empty()) continue;
        bool curated_city = c.type == 'G' && el::Field(c.payload, 8) == "1";
        if (c.type != 'C' && !curated_city) continue;
        if (c.type == 'C' && el::Field(c.payload, 1) == "ambiguous") continue;
        RawMention m;
        m.type = c.type;
        m.payload = c.payload;
        m.span = Span{cp, t.span.end};
        m.tb = m.te = kNone;
        m.stance = true;
        // "pro-Beijing", "anti-Pyongyang": a capital in a stance compound stands for its
        // government (the gold's metonymic capitals).
        if (curated_city) {
          m.seat_actor = SeatActor(c.payload, kNone);
          m.metonymic = !m.seat_actor.empty();
        }
        s_.info[i].covered = true;
        s_.mentions.push_back(std::move(m));
        break;
      }
    }
  }

  bool InHeadline(const Sentence& sent) const {
    const Span h = doc_.meta.headline_span;
    if (h.empty() || sent.token_begin >= sent.token_end) return false;
    uint32_t start = doc_.tokens[sent.token_begin].span.start;
    return start >= h.start && start < h.end;
  }

  bool FunctionWord(uint32_t i) const {
    PartOfSpeech p = doc_.tokens[i].morph.pos;
    return p == PartOfSpeech::kPreposition || p == PartOfSpeech::kDeterminer || p == PartOfSpeech::kPronoun ||
           p == PartOfSpeech::kConjunction || p == PartOfSpeech::kAdverb || p == PartOfSpeech::kAuxiliary;
  }

  // No word of [b, e) is a demonym, a title, an organisation head or a known entity.
  bool PlainNameRun(uint32_t b, uint32_t e) const {
    for (uint32_t k = b; k < e; ++k) {
      const TokenInfo& ki = s_.info[k];
      if (!ki.demonym.empty() || !ki.demonym_prefix.empty() || ki.title_end != 0 || ki.head_end != 0 ||
          ki.not_acronym || (ki.cue & (kCueReport | kCueAux))) {
        return false;
      }
    }
    return true;
  }

  // A person's slot after a name ending at e: a reporting verb ("said", "a déclaré"), an
  // apposition ("X, 45,", "X, le porte-parole", "X, a former member", "X le directeur").
  bool SlotAfter(const Sentence& sent, uint32_t e) const {
    uint32_t k = e;
    if (k >= sent.token_end) return false;
    if (s_.info[k].cue & kCueReport) return true;
    if ((s_.info[k].cue & kCueAux) && k + 1 < sent.token_end && (s_.info[k + 1].cue & kCueReport)) return true;
    bool comma = Folded(k) == ",";
    if (comma) ++k;
    if (k >= sent.token_end) return false;
    const Token& t = doc_.tokens[k];
    if (comma && t.kind == TokenKind::kNumber && k + 1 < sent.token_end && Folded(k + 1) == ",") return true;
    std::string_view f = Folded(k);
    bool article = false;
    if ((s_.info[k].cue & kCueArticle) || f == "un" || f == "une" || f == "a" || f == "an") {
      if (!comma && (f == "a" || f == "un" || f == "une")) return false;  // "a" is also French "à"
      article = true;
      ++k;
    }
    // Lower-case adjectives between article and title ("a former member", "un ancien ministre").
    // and demonyms ("a Canadian engineer", "an Australian woman").
    bool demonym = false;
    for (int n = 0; n < 3 && k < sent.token_end && s_.info[k].title_end == 0; ++n) {
      const Token& a = doc_.tokens[k];
      if (!s_.info[k].demonym.empty() && s_.info[k].ent_end == 0) {
        demonym = true;
      } else if (IsUpperStart(a) || a.morph.pos != PartOfSpeech::kAdjective) {
        break;
      }
      ++k;
    }
    if (k >= sent.token_end) return false;
    const TokenInfo& ki = s_.info[k];
    if (ki.title_end != 0) return (comma || article) && el::Field(ki.title_payload, 0) != "honorific";
    const Token& n = doc_.tokens[k];
    return comma && article && demonym && n.kind == TokenKind::kWord && !IsUpperStart(n) &&
           n.morph.pos == PartOfSpeech::kNoun;
  }

  // A person's slot before a name starting at b: a reporting verb, possibly followed by its
  // audience ("déclare à l'AFP X", "told Reuters"), or "selon", "according to".
  bool SlotBefore(const Sentence& sent, uint32_t b) const {
    uint32_t k = b;
    for (int steps = 0; steps < 5 && k > sent.token_begin; ++steps) {
      --k;
      const TokenInfo& ki = s_.info[k];
      if (ki.cue & kCueReport) return true;
      std::string_view f = Folded(k);
      if (ki.covered || (ki.cue & kCueArticle) || f == "a" || f == "au" || f == "to") continue;
      return false;
    }
    return false;
  }

  // After a name under a plural title, "et"/"and"/"," keeps the title alive for the next name.
  uint32_t ContinueCoordination(const Sentence& sent, uint32_t i, bool plural) const {
    if (!plural || i >= sent.token_end) return 0;
    if ((s_.info[i].cue & kCueCoord) || doc_.tokens[i].kind == TokenKind::kPunct) return i + 2;
    return 0;
  }

  static void CopyTitle(const RawMention& ctx, RawMention* m) {
    m->role = ctx.role;
    m->actor_role = ctx.actor_role;
    if (ctx.gender == "m" || ctx.gender == "f") m->gender = ctx.gender;
    m->ctx_country = ctx.ctx_country;
    m->ctx_actor = ctx.ctx_actor;
    m->former = ctx.former;
    m->company = ctx.company;
    m->party_adj = ctx.party_adj;
  }

  // Later mentions of an unknown person's surname ("Scholz" after "Olaf Scholz").
  // Linear in the tokens and mentions (hash lookups, one index per pass): a document of
  // endless capitalised names makes every token a mention, and the former scans of every
  // mention per token took seconds on 600 KB.
  void LinkSurnames() {
    std::unordered_map<std::string_view, uint32_t>& surnames = s_.surnames;
    surnames.clear();
    s_.surname_first.clear();
    s_.known_surnames.clear();
    size_t n = s_.mentions.size();
    for (size_t m = 0; m < n; ++m) {
      RawMention& r = s_.mentions[m];
      if (r.type == 'P' && r.tb != kNone && r.te - r.tb >= 2 && HasUpper(r.te - 1) &&
          doc_.tokens[r.te - 1].kind == TokenKind::kWord) {
        auto [k, kadded] = s_.known_surnames.emplace(Folded(r.te - 1), std::make_pair(r.te, r.payload));
        if (!kadded && r.te < k->second.first) k->second = {r.te, r.payload};
      }
      if (r.type != 'U' || r.te - r.tb < 2) continue;
      std::string_view surname = Folded(r.te - 1);
      r.key = "U:" + std::string(surname);
      auto [it, added] = surnames.emplace(surname, r.te);
      if (!added) it->second = std::min(it->second, r.te);
      auto [f, fadded] = s_.surname_first.emplace(surname, std::make_pair(r.tb, r.te));
      if (!fadded && r.te < f->second.second) f->second = {r.tb, r.te};
    }
    if (surnames.empty() && s_.known_surnames.empty()) return;
    LinkSurnameTokens(n);
    KeepNamesakesApart();
  }

  // Two people of one family name ("Ben Chan" and "Tanya Chan", "Fernando Cheung" and "Horace
  // Cheung") are two entities: a full name is keyed by all its words, and a lone surname joins
  // the nearest full name before it that ends with it (else the first one after it).
  void KeepNamesakesApart() {
    std::vector<RawMention>& ms = s_.mentions;
    // Full names by surname, each list in text order (mention order among equal starts).
    std::unordered_map<std::string_view, std::vector<size_t>> full;
    for (size_t m = 0; m < ms.size(); ++m) {
      RawMention& r = ms[m];
      if (r.type != 'U' || r.tb == kNone || r.te - r.tb < 2) continue;
      std::string key = "U:";
      for (uint32_t k = r.tb; k < r.te; ++k) {
        if (k > r.tb) key.push_back(' ');
        key.append(Folded(k));
      }
      r.key = std::move(key);
      full[Folded(r.te - 1)].push_back(m);
    }
    for (auto& [surname, list] : full) {
      std::stable_sort(list.begin(), list.end(),
                       [&](size_t a, size_t b) { return ms[a].span.start < ms[b].span.start; });
    }
    for (RawMention& r : ms) {
      if (r.type != 'U' || r.tb == kNone || r.te - r.tb != 1) continue;
      auto it = full.find(Folded(r.tb));
      if (it == full.end()) continue;
      const std::vector<size_t>& list = it->second;
      auto first_at = [&](uint32_t start) {
        return std::lower_bound(list.begin(), list.end(), start,
                                [&](size_t f, uint32_t s) { return ms[f].span.start < s; });
      };
      auto after = first_at(r.span.start);
      size_t pick = SIZE_MAX;
      if (after != list.begin()) {
        pick = *first_at(ms[*(after - 1)].span.start);  // the nearest before, first of its start
      } else if (after != list.end()) {
        pick = *after;
      }
      if (pick != SIZE_MAX) r.key = ms[pick].key;
    }
  }

  void LinkSurnameTokens(size_t n) {
    const std::unordered_map<std::string_view, uint32_t>& surnames = s_.surnames;
    // The one-token place mention at each token (the first one when several).
    // So is a known person's lone surname ("Lai" after "Jimmy Lai" is not Lai Ching-te), unless
    // the story names that known person in full.
    std::unordered_map<uint32_t, size_t> town_at;
    for (size_t m = 0; m < n; ++m) {
      const RawMention& p = s_.mentions[m];
      if ((p.type == 'G' || p.type == 'P') && p.tb != kNone && p.te == p.tb + 1) town_at.emplace(p.tb, m);
    }
    // One pass over the tokens, each capitalised free token looked up among the surnames.
    for (uint32_t i = 0; i < doc_.tokens.size(); ++i) {
      if (!IsWordCap(i)) continue;
      // A town's name that is the surname of a person of the story ("Paris claims" after
      // "Valeska Paris"), not after a preposition ("in Paris"), is that person.
      size_t town = SIZE_MAX;
      if (s_.info[i].covered) {
        auto t = town_at.find(i);
        if (t == town_at.end()) continue;
        const bool person = s_.mentions[t->second].type == 'P';
        if (!person && i > 0 && doc_.tokens[i - 1].morph.pos == PartOfSpeech::kPreposition) continue;
        if (person && s_.known_surnames.count(Folded(i)) != 0) continue;
        town = t->second;
      }
      // Not a preposition opening a sentence or a caption ("In").
      if (doc_.tokens[i].morph.pos == PartOfSpeech::kPreposition) continue;
      auto found = surnames.find(Folded(i));
      if (found == surnames.end()) {
        // A known person's surname after the full name ("Jobs" after "Steve Jobs"), on a
        // free token only; no short word or function word ("Un" after "Kim Jong Un").
        auto known = s_.known_surnames.find(Folded(i));
        if (town != SIZE_MAX || known == s_.known_surnames.end() || known->second.first > i ||
            known->first.size() < 3 || FunctionWord(i)) {
          continue;
        }
        RawMention r;
        r.type = 'P';
        r.tb = i;
        r.te = i + 1;
        r.payload = known->second.second;
        AddMention(std::move(r));
        continue;
      }
      std::string_view surname = found->first;
      if (town != SIZE_MAX) {
        // Only once the full name came first.
        if (found->second > i) continue;
        RawMention& r = s_.mentions[town];
        r = RawMention{};
        r.type = 'U';
        r.tb = i;
        r.te = i + 1;
        r.span = doc_.tokens[i].span;
        r.key = "U:" + std::string(surname);
        continue;
      }
      RawMention r;
      r.type = 'U';
      r.tb = i;
      r.te = i + 1;
      // The full name again ("Antoni Pastor" after "le député Antoni Pastor"), its first
      // words free and not known alone: one mention of the whole name.
      if (auto f = s_.surname_first.find(surname); f != s_.surname_first.end()) {
        const auto [fb, fe] = f->second;
        uint32_t k = 1;
        while (k < fe - fb && i >= k && !s_.info[i - k].covered && HasUpper(i - k) &&
               Folded(i - k) == Folded(fe - 1 - k)) {
          ++k;
        }
        if (k == fe - fb) r.tb = i - (k - 1);
      }
      r.key = "U:" + std::string(surname);
      AddMention(std::move(r));
    }
  }

  void HeadlineAttribution() {
    const DocumentMeta& meta = doc_.meta;
    if (meta.headline_attribution.empty() || meta.headline_span.empty()) return;
    std::string_view headline = doc_.Slice(meta.headline_span);
    size_t pos = headline.rfind(meta.headline_attribution);
    if (pos == std::string_view::npos) return;
    // Byte offset -> code point offset inside the headline.
    uint32_t cp = meta.headline_span.start;
    size_t bytes = 0;
    while (bytes < pos && cp < meta.headline_span.end) {
      bytes += doc_.Slice(Span{cp, cp + 1}).size();
      ++cp;
    }
    uint32_t len = 0;
    for (size_t b = 0; b < meta.headline_attribution.size(); ++len) {
      unsigned char c = static_cast<unsigned char>(meta.headline_attribution[b]);
      b += c < 0x80 ? 1 : c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
    }
    Span span{cp, cp + len};
    std::string folded = FoldForMatch(meta.headline_attribution);
    // A known person form, or the surname of a person of the body.
    std::optional<std::string_view> v = lex_.Find(folded);
    if (v) {
      el::CandidateReader rd(*v);
      el::Candidate c;
      while (rd.Next(&c)) {
        if (c.type == 'P') {
          RawMention m;
          m.type = 'P';
          m.payload = c.payload;
          m.span = span;
          m.tb = m.te = kNone;
          s_.mentions.push_back(std::move(m));
          return;
        }
      }
    }
    for (const RawMention& m : s_.mentions) {
      if (m.type == 'U' && !m.key.empty() &&
          (std::string_view(m.key).substr(2) == folded || (m.tb != kNone && Folded(m.te - 1) == folded))) {
        RawMention r = m;
        r.span = span;
        r.tb = r.te = kNone;
        s_.mentions.push_back(std::move(r));
        return;
      }
    }
  }

  // The news agency of the dispatch (meta.provider), at its place in the dateline or,
  // failing that, in the furniture before the body: an organisation (a medium).
  void Provider() {
    const DocumentMeta& meta = doc_.meta;
    if (meta.provider.empty()) return;
    std::optional<std::string_view> v = lex_.Find(FoldForMatch(meta.provider));
    if (!v) return;
    el::CandidateReader rd(*v);
    el::Candidate c;
    std::string_view org;
    while (rd.Next(&c)) {
      if (c.type == 'O' && (c.exact.empty() || c.exact == meta.provider)) {
        org = c.payload;
        break;
      }
    }
    if (org.empty()) return;
    Span where = !meta.dateline_span.empty() ? meta.dateline_span : Span{0, meta.body.start};
    if (where.empty()) return;
    std::string_view text = doc_.Slice(where);
    size_t pos = text.find(meta.provider);
    if (pos == std::string_view::npos) return;
    uint32_t cp = where.start;
    for (size_t bytes = 0; bytes < pos && cp < where.end; ++cp) bytes += doc_.Slice(Span{cp, cp + 1}).size();
    uint32_t len = 0;
    for (size_t b = 0; b < meta.provider.size(); ++len) {
      unsigned char ch = static_cast<unsigned char>(meta.provider[b]);
      b += ch < 0x80 ? 1 : ch < 0xe0 ? 2 : ch < 0xf0 ? 3 : 4;
    }
    RawMention m;
    m.type = 'O';
    m.payload = org;
    m.span = Span{cp, cp + len};
    m.tb = m.te = kNone;
    s_.mentions.push_back(std::move(m));
  }

  // ---- resolution ----
  struct Role {
    std::string_view country, role, actor;
  };

  // The role of a known person at the dispatch date (README "Resolving a mention").
  // `current` (optional) says whether a role holds at that date.
  Role PersonRole(std::string_view record, std::string_view hint_role, bool* current = nullptr) const {
    Role best, latest_ended;
    int best_rank = 99;
    std::string_view latest_end;
    bool any = false;
    Role first_role;
    size_t pos = record.find('\n');
    while (pos != std::string_view::npos) {
      size_t next = record.find('\n', pos + 1);
      std::string_view line = record.substr(pos + 1, next == std::string_view::npos ? std::string_view::npos : next - pos - 1);
      pos = next;
      Role r{el::Field(line, 0), el::Field(line, 1), el::Field(line, 2)};
      std::string_view start = el::Field(line, 3), end = el::Field(line, 4);
      if (!any) first_role = r;
      any = true;
      if (DateWithin(date_, start, end)) {
        int rank = RoleRank(r.role);
        if (!hint_role.empty() && r.role == hint_role) rank = -1;
        if (rank < best_rank) {
          best_rank = rank;
          best = r;
        }
      } else if (!end.empty() && date_.substr(0, end.size()) > end &&
                 (end > latest_end || latest_ended.role == "opposition figure") &&
                 !(r.role == "opposition figure" && !latest_end.empty())) {
        // A former office holder keeps the last office's code; a past candidacy ("opposition
        // figure": a presidential nominee) is no office and yields to any ended office.
        latest_end = end;
        latest_ended = r;
      }
    }
    if (current != nullptr) *current = best_rank < 99;
    if (best_rank < 99) return best;
    if (!latest_end.empty()) return latest_ended;
    Role country_only;
    country_only.country = first_role.country;
    return country_only;
  }

  std::string OrgActor(std::string_view rec) const { return std::string(OrgActorView(rec)); }

  // The organisation's code at the dispatch date, a view into its record.
  std::string_view OrgActorView(std::string_view rec) const {
    std::string_view actor = el::Field(rec, 4);
    std::string_view history = el::Field(rec, 5);
    // CODE@START..END;...
    size_t start = 0;
    while (start < history.size()) {
      size_t semi = history.find(';', start);
      std::string_view item = history.substr(start, semi == std::string_view::npos ? std::string_view::npos : semi - start);
      start = semi == std::string_view::npos ? history.size() : semi + 1;
      size_t at = item.find('@');
      size_t dots = item.find("..");
      if (at == std::string_view::npos || dots == std::string_view::npos) continue;
      if (DateWithin(date_, item.substr(at + 1, dots - at - 1), item.substr(dots + 2))) {
        return item.substr(0, at);
      }
    }
    return actor;
  }

  std::string CountryCameo(std::string_view iso3) const {
    if (iso3.empty()) return {};
    std::optional<std::string_view> rec = Record('C', iso3);
    if (rec) {
      std::string_view cameo = el::Field(*rec, 3);
      if (!cameo.empty()) return std::string(cameo);
    }
    return std::string(iso3);
  }

  // Chooses a city among a match's candidates by the countries of the document.
  std::string_view ResolveCity(const RawMention& m, const std::vector<std::string_view>& countries) {
    const TokenInfo& ti = s_.info[m.tb];
    el::CandidateReader rd(ti.ent_value);
    el::Candidate c;
    std::string_view first = m.payload;
    if (!el::Field(m.payload, 9).empty()) return m.payload;  // a region keeps its reading
    while (rd.Next(&c)) {
      if (c.type != 'G') continue;
      if (c.lang != 0 && lang_ != 0 && c.lang != lang_) continue;
      if (el::Field(c.payload, 6) == "1") return m.payload;  // a capital keeps its reading
      std::string_view iso = el::Field(c.payload, 2);
      for (std::string_view k : countries) {
        if (k == iso) return c.payload;
      }
    }
    return first;
  }

  static bool MonthName(std::string_view f) {
    static constexpr std::string_view kMonths[] = {
        "january", "february", "march",   "april",   "may",      "june",     "july",     "august",
        "september", "october", "november", "december", "janvier", "fevrier", "mars",    "avril",
        "mai",     "juin",     "juillet", "aout",    "septembre", "octobre", "novembre", "decembre"};
    for (std::string_view m : kMonths) {
      if (f == m) return true;
    }
    return false;
  }

  // The country of the dispatch's dateline city (a view into the lexicon), or empty: a place
  // mention inside the dateline, else the gazetteer's most populous city of that name.
  std::string_view DatelineCountry() const {
    const Span dl = doc_.meta.dateline_span;
    for (const RawMention& m : s_.mentions) {
      if (dl.empty() || m.span.start < dl.start || m.span.end > dl.end || m.stance) continue;
      if (m.type == 'C') return el::Field(m.payload, 0);
      if (m.type == 'G') return el::Field(m.payload, 2);
    }
    if (doc_.meta.dateline.empty()) return {};
    std::optional<std::string_view> v = lex_.Find(FoldForMatch(doc_.meta.dateline));
    if (!v) return {};
    el::CandidateReader rd(*v);
    el::Candidate c;
    std::string_view country;
    double best_pop = -1;
    while (rd.Next(&c)) {
      if (c.type != 'G') continue;
      const double pop = std::strtod(std::string(el::Field(c.payload, 5)).c_str(), nullptr);
      if (pop <= best_pop) continue;
      best_pop = pop;
      country = el::Field(c.payload, 2);
    }
    return country;
  }

  void Build() {
    std::vector<Entity>& out = doc_.entities;
    out.clear();
    std::vector<RawMention>& ms = s_.mentions;
    std::stable_sort(ms.begin(), ms.end(),
                     [](const RawMention& a, const RawMention& b) { return a.span.start < b.span.start; });
    std::vector<std::string_view> countries;
    for (const RawMention& m : ms) {
      if (m.type == 'C') countries.push_back(el::Field(m.payload, 0));
    }
    // The document's main country (most mentioned country or city's country): the
    // default nationality of people met without any country context.
    std::string_view main_country;
    {
      // Counted in one pass (first mentioned wins a tie).
      std::unordered_map<std::string_view, int> counts;
      int best = 0;
      for (const RawMention& a : ms) {
        if ((a.type != 'C' && a.type != 'G') || a.stance) continue;
        counts[el::Field(a.payload, a.type == 'C' ? 0 : 2)] += 2;
      }
      // The dateline says where the story is filed, not always what it is about: its city
      // counts half a mention more, enough to break a tie ("EREVAN (AFP) -", read off the
      // gazetteer when the capitals left it unrecognised).
      const std::string_view dateline_country = DatelineCountry();
      if (!dateline_country.empty()) {
        best = ++counts[dateline_country];
        main_country = dateline_country;
      }
      for (const RawMention& a : ms) {
        if ((a.type != 'C' && a.type != 'G') || a.stance) continue;
        std::string_view ia = el::Field(a.payload, a.type == 'C' ? 0 : 2);
        const int n = counts[ia];
        if (n > best) {
          best = n;
          main_country = ia;
        }
      }
    }
    main_country_ = main_country;
    // Countries the document names (countries, and the states of its cities and places).
    std::vector<std::string_view> doc_countries;
    if (!main_country.empty()) doc_countries.push_back(main_country);
    for (const RawMention& a : ms) {
      if ((a.type != 'C' && a.type != 'G') || a.stance) continue;
      std::string_view iso = el::Field(a.payload, a.type == 'C' ? 0 : 2);
      if (!iso.empty() && std::find(doc_countries.begin(), doc_countries.end(), iso) == doc_countries.end()) {
        doc_countries.push_back(iso);
      }
    }
    doc_countries_ = doc_countries;
    std::unordered_map<uint32_t, size_t> org_at;  // first token -> known organisation mention
    for (size_t k = 0; k < ms.size(); ++k) {
      if (ms[k].type == 'O' && ms[k].tb != kNone) org_at.emplace(ms[k].tb, k);
    }
    std::unordered_map<std::string, size_t> by_key;
    std::vector<std::pair<size_t, size_t>> entity_of_mention;  // (mention index, entity index)
    std::vector<bool> country_known;  // per entity: its country came from context, not the default
    for (RawMention& m : ms) {
      if ((m.type == 'G' || m.type == 'C') && m.tb != kNone && !event_names_.empty() &&
          std::find(event_names_.begin(), event_names_.end(), Folded(m.tb)) != event_names_.end()) {
        continue;
      }
      if (m.type == 'G' && m.tb != kNone) m.payload = ResolveCity(m, countries);
      if (m.type == 'P' && m.tb != kNone && m.key.empty()) m.payload = ResolvePerson(m, doc_countries);
      if (m.key.empty()) {
        switch (m.type) {
          case 'P': m.key = "P:" + std::string(m.payload); break;
          case 'O': m.key = "O:" + std::string(m.payload); break;
          case 'C': m.key = "C:" + std::string(el::Field(m.payload, 0)); break;
          case 'G': m.key = "G:" + std::string(el::Field(m.payload, 0)); break;
          default: {
            std::string k = "U:";
            k.append(Folded(m.te - 1));
            m.key = std::move(k);
          }
        }
      }
      // Parties and bodies that share a name across states ("Democratic Party", "Labour
      // Party"): the one of a state the document names wins.
      if (m.type == 'O' && m.tb != kNone) {
        m.payload = ResolveOrg(m, doc_countries);
        ForeignBody(&m, org_at);
      }
      // Generic organisations need a country; the key carries it. (An international court,
      // "the ICC", has no country and an international actor code: it is no generic head.)
      if (m.type == 'O') {
        std::optional<std::string_view> rec = Record('O', m.payload);
        if (!rec) continue;
        const std::string_view actor = el::Field(*rec, 4);
        const bool international = actor.rfind("IGO", 0) == 0 || actor.rfind("NGO", 0) == 0;
        if (el::Field(*rec, 3).empty() && !international && el::Field(*rec, 2) != "igo" && el::Field(*rec, 2) != "ngo" &&
            el::Field(*rec, 2) != "media" && el::Field(*rec, 2) != "rebel_group" &&
            el::Field(*rec, 2) != "other" && el::Field(*rec, 2) != "company") {
          std::string_view iso = GenericOrgCountry(m);
          if (iso.empty()) continue;
          m.ctx_country = iso;
          m.key += ":" + std::string(iso);
        }
      }
      std::string_view surface = doc_.Slice(m.span);
      auto it = by_key.find(m.key);
      Entity* e;
      if (it == by_key.end()) {
        by_key.emplace(m.key, out.size());
        out.emplace_back();
        e = &out.back();
        e->id = "e" + std::to_string(out.size());
        e->name = std::string(surface);
        Resolve(m, e);
        country_known.push_back(m.type != 'U' || !m.ctx_country.empty());
      } else {
        e = &out[it->second];
        if (e->type == "person" && surface.size() > e->name.size()) e->name = std::string(surface);
        if (m.type == 'U' && ((e->role.empty() && !m.role.empty()) ||
                              (!country_known[it->second] && !m.ctx_country.empty()))) {
          // A later mention with a title or a country context ("le journaliste de France 2
          // X" after "Le journaliste X") tells more than the document's default.
          std::string name = e->name, gender = e->gender;
          Resolve(m, e);
          e->name = std::move(name);
          if (e->gender.empty()) e->gender = std::move(gender);
          e->canonical = e->name;
          if (!m.ctx_country.empty()) country_known[it->second] = true;
        }
      }
      entity_of_mention.emplace_back(static_cast<size_t>(&m - ms.data()), static_cast<size_t>(e - out.data()));
      Mention mention;
      mention.span = m.span;
      mention.metonymic = m.metonymic;
      if (m.metonymic && m.type == 'G' && !m.seat_actor.empty()) e->actor = m.seat_actor;
      e->mentions.push_back(mention);
    }
    PartyMembers(entity_of_mention);
  }

  // A person with no role of their own named with a party ("Claudia Mo of the Civic Party",
  // "DAB's Ben Chan", "François Brottes (PS)", "Lam Cheuk-ting from the Democratic Party")
  // takes the party's country and code at the dispatch date (XXXGOVPTY / XXXOPPPTY); in a
  // dispatch about a legislature (it names one, or lawmakers) the member is a legislator
  // (XXXLEG), the gold's convention for deputies and elected councillors.
  void PartyMembers(const std::vector<std::pair<size_t, size_t>>& entity_of_mention) {
    std::vector<Entity>& out = doc_.entities;
    const std::vector<RawMention>& ms = s_.mentions;
    std::vector<size_t> ent(ms.size(), SIZE_MAX);
    std::unordered_map<uint32_t, size_t> starting, ending;  // token -> mention index
    for (const auto& [mi, ei] : entity_of_mention) {
      ent[mi] = ei;
      if (ms[mi].tb == kNone) continue;
      starting.emplace(ms[mi].tb, mi);
      ending.emplace(ms[mi].te, mi);
    }
    bool legislative = false;
    for (const Entity& e : out) {
      if (e.type == "organization" && e.actor.size() > 3 && e.actor.compare(e.actor.size() - 3, 3, "LEG") == 0) {
        legislative = true;
      }
    }
    for (size_t i = 0; i < s_.info.size() && !legislative; ++i) {
      if (s_.info[i].title_end == 0) continue;
      std::string_view role = el::Field(s_.info[i].title_payload, 0);
      legislative = role == "lawmaker" || role == "senator" || role == "speaker";
    }
    auto party_at = [&](size_t mi) -> const Entity* {
      if (mi >= ms.size() || ent[mi] == SIZE_MAX) return nullptr;
      const Entity& p = out[ent[mi]];
      if (p.type != "organization" || p.role != "party" || p.country.empty() || p.actor.empty()) return nullptr;
      return &p;
    };
    // Media and human-rights bodies lend their code to the people they are named with
    // ("Matthew Ingram of The Globe and Mail", "Rami Abd al-Rahman de l'Observatoire syrien
    // des droits de l'homme").
    auto body_at = [&](size_t mi) -> const Entity* {
      if (mi >= ms.size() || ent[mi] == SIZE_MAX) return nullptr;
      const Entity& p = out[ent[mi]];
      if (p.type != "organization" || p.country.empty() || p.actor.size() != 6) return nullptr;
      std::string_view role = std::string_view(p.actor).substr(3);
      return role == "MED" || role == "HRI" ? &p : nullptr;
    };
    const uint32_t n = static_cast<uint32_t>(doc_.tokens.size());
    for (size_t mi = 0; mi < ms.size(); ++mi) {
      const RawMention& m = ms[mi];
      // An unknown person, or a known one with no role at the date ("Jordan Bardella (RN)" in
      // 2019, before his recorded office).
      if ((m.type != 'U' && m.type != 'P') || m.tb == kNone || ent[mi] == SIZE_MAX) continue;
      Entity& person = out[ent[mi]];
      if (!person.actor.empty() || person.type != "person") continue;
      const Entity* party = nullptr;
      uint32_t k = m.te;
      // After: "of (the)", "from (the)", "(".
      if (k < n) {
        std::string_view f = Folded(k);
        if (f == "of" || f == "from" || f == "(") {
          uint32_t j = k + 1;
          if (j < n && f != "(" && Folded(j) == "the") ++j;
          auto it = starting.find(j);
          if (it != starting.end()) party = party_at(it->second);
        }
      }
      // Before: "DAB's X", "Civic Party's X".
      if (party == nullptr && m.tb >= 2 && Folded(m.tb - 1) == "'s") {
        auto it = ending.find(m.tb - 1);
        if (it != ending.end()) party = party_at(it->second);
      }
      if (party == nullptr) {
        const Entity* body = nullptr;
        if (k < n) {
          std::string_view f = Folded(k);
          if (f == "of" || f == "from" || f == "de" || f == "du" || f == "d'") {
            for (uint32_t j = k + 1; j < n && j < k + 4 && body == nullptr; ++j) {
              auto it = starting.find(j);
              if (it != starting.end()) body = body_at(it->second);
              if (!(s_.info[j].cue & kCueArticle)) break;
            }
          }
        }
        if (body != nullptr) {
          person.country = body->country;
          person.actor = body->actor;
        }
        continue;
      }
      person.country = party->country;
      person.actor = legislative ? CountryCameo(party->country) + "LEG" : party->actor;
    }
  }

  // The mention names a body by a generic head word alone or with plain words ("Congrès",
  // "Assemblée nationale"), nothing that ties it to one state (no demonym: "Parlement
  // ukrainien", "US Congress"; no proper name: "Verkhovna Rada").
  bool SharedBodyName(const RawMention& m) const {
    if (m.tb == kNone || s_.info[m.tb].head_end == 0) return false;
    for (uint32_t k = m.tb; k < m.te; ++k) {
      if (!s_.info[k].demonym.empty() || !s_.info[k].demonym_prefix.empty()) return false;
    }
    return true;
  }

  // Among people who share a form and fit equally (both in office: "King Abdullah" of Saudi
  // Arabia and of Jordan from 2005 to 2015), the one whose state the document names first.
  std::string_view ResolvePerson(const RawMention& m, const std::vector<std::string_view>& countries) const {
    uint32_t b = m.tb;
    if (s_.info[b].ent_end != m.te && b > 0 && s_.info[b - 1].ent_end == m.te) --b;  // "roi Abdallah"
    if (s_.info[b].ent_end != m.te || countries.empty()) return m.payload;
    auto rank = [&](std::string_view iso) -> size_t {
      auto it = std::find(countries.begin(), countries.end(), iso);
      return it == countries.end() ? SIZE_MAX : static_cast<size_t>(it - countries.begin());
    };
    std::string_view near = NameCountry(b, m.te);
    const int score = PersonScore(m.payload, near);
    size_t best_rank = rank(PersonCountry(m.payload));
    std::string_view best = m.payload;
    el::CandidateReader rd(s_.info[b].ent_value);
    el::Candidate c;
    while (best_rank != 0 && rd.Next(&c)) {
      if (c.type != 'P' || c.payload == best || !CandidateUsable(c, b, m.te)) continue;
      if (PersonScore(c.payload, near) != score) continue;
      size_t r = rank(PersonCountry(c.payload));
      if (r < best_rank) {
        best_rank = r;
        best = c.payload;
      }
    }
    return best;
  }

  // Chooses among the organisations a match names the one whose state the document names
  // (its main country first); the first pick stays when none or it already fits.
  std::string_view ResolveOrg(const RawMention& m, const std::vector<std::string_view>& countries) const {
    const TokenInfo& ti = s_.info[m.tb];
    if (ti.ent_end != m.te || countries.empty()) return m.payload;
    auto country_of = [&](std::string_view id) -> std::string_view {
      std::optional<std::string_view> rec = Record('O', id);
      return rec ? el::Field(*rec, 3) : std::string_view();
    };
    std::string_view current = country_of(m.payload);
    auto rank = [&](std::string_view iso) -> size_t {
      auto it = std::find(countries.begin(), countries.end(), iso);
      return it == countries.end() ? SIZE_MAX : static_cast<size_t>(it - countries.begin());
    };
    // A body of no state yields only to one of the state the document is most about: "RSF"
    // in a story on Sudan is its Rapid Support Forces, elsewhere Reporters Without Borders.
    size_t best_rank = current.empty() ? 1 : rank(current);
    if (best_rank == 0) return m.payload;
    std::string_view best = m.payload;
    el::CandidateReader rd(ti.ent_value);
    el::Candidate c;
    while (rd.Next(&c)) {
      if (c.type != 'O' || !CandidateUsable(c, m.tb, m.te)) continue;
      size_t r = rank(country_of(c.payload));
      if (r < best_rank) {
        best_rank = r;
        best = c.payload;
      }
    }
    return best;
  }

  // A body named like another state's and tied to its own by a demonym or a parenthesised
  // acronym: "le Parti socialiste grec" (after the name, French), "the Greek Socialist Party"
  // (before a party's name, English), "le Parti socialiste (PASOK)". The state's own body of
  // that name wins when the lexicon has one (the acronym's organisation, a candidate of the
  // match), else the mention is rebased on that state: its country and the role of its code
  // (a party: XXXPTY, its place in government being unknown).
  void ForeignBody(RawMention* m, const std::unordered_map<uint32_t, size_t>& org_at) {
    std::optional<std::string_view> rec = Record('O', m->payload);
    if (!rec) return;
    std::string_view country = el::Field(*rec, 3);
    std::string_view type = el::Field(*rec, 2);
    if (country.empty()) return;
    const uint32_t n = static_cast<uint32_t>(doc_.tokens.size());
    auto country_of = [&](std::string_view id) -> std::string_view {
      std::optional<std::string_view> r = Record('O', id);
      return r ? el::Field(*r, 3) : std::string_view();
    };
    if (m->te + 2 < n && Folded(m->te) == "(") {
      auto it = org_at.find(m->te + 1);
      if (it != org_at.end()) {
        const RawMention& a = s_.mentions[it->second];
        if (a.te < n && Folded(a.te) == ")" && a.payload != m->payload) {
          std::string_view other = country_of(a.payload);
          if (!other.empty() && other != country) {
            m->payload = a.payload;
            m->key = "O:" + std::string(m->payload);
          }
          return;
        }
      }
    }
    std::string_view dem;
    if (lang_ == 1 && m->te < n) dem = s_.info[m->te].demonym;
    if (dem.empty() && lang_ == 2 && type == "party" && m->tb > 0) dem = s_.info[m->tb - 1].demonym;
    if (dem.empty() || dem == country) return;
    el::CandidateReader rd(s_.info[m->tb].ent_value);
    el::Candidate c;
    while (s_.info[m->tb].ent_end == m->te && rd.Next(&c)) {
      if (c.type != 'O' || !CandidateUsable(c, m->tb, m->te) || country_of(c.payload) != dem) continue;
      m->payload = c.payload;
      m->key = "O:" + std::string(m->payload);
      return;
    }
    std::string_view actor = OrgActorView(*rec);
    std::string cameo = CountryCameo(country);
    if (actor.size() < cameo.size() || actor.substr(0, cameo.size()) != cameo) return;
    m->ctx_country = dem;
    m->rebased = true;
    m->key = "O:" + std::string(m->payload) + ":" + std::string(dem);
  }

  // The country of a generic organisation ("ministère russe des Affaires étrangères",
  // "Russian Foreign Ministry"): a demonym inside or just after it, or just before it.
  std::string_view GenericOrgCountry(const RawMention& m) const {
    if (!m.ctx_country.empty()) return m.ctx_country;
    if (m.tb == kNone) return {};
    for (uint32_t k = m.tb; k < m.te + 1 && k < doc_.tokens.size(); ++k) {
      if (!s_.info[k].demonym.empty()) return s_.info[k].demonym;
    }
    if (m.tb > 0 && !s_.info[m.tb - 1].demonym.empty()) return s_.info[m.tb - 1].demonym;
    return {};
  }

  // The organisation record of the party a party's adjective at token k names in `country`
  // ("socialiste": the PS in France, the PSOE in Spain); none for another state's.
  std::optional<std::string_view> PartyOfAdjective(uint32_t k, std::string_view country) const {
    el::CandidateReader rd(s_.info[k].party_value);
    el::Candidate c;
    while (rd.Next(&c)) {
      if (c.type != 'K' || c.payload.substr(0, 6) != "party:") continue;
      if (c.lang != 0 && lang_ != 0 && c.lang != lang_) continue;
      std::optional<std::string_view> rec = Record('O', c.payload.substr(6));
      if (rec && !country.empty() && el::Field(*rec, 3) == country) return rec;
    }
    return std::nullopt;
  }

  // The actor a title in the text gives its holder of `country`.
  std::string TitleActor(const RawMention& m, std::string_view country) const {
    // A party's code wins over the title's role, except a sitting legislator's ("président du
    // groupe UMP" is a deputy; "ex-députée UMP" is the party's).
    bool party = m.ctx_actor.size() > 3 && m.ctx_actor.substr(m.ctx_actor.size() - 3) == "PTY" &&
                 (m.actor_role != "LEG" || m.former);
    if (!m.ctx_actor.empty() && (m.actor_role == "IGO" || m.ctx_country.empty() || party || m.company)) {
      return std::string(m.ctx_actor);
    }
    // A party's adjective after a title with no role of its own or a former legislator's, the
    // party of the person's state: "le candidat républicain X" (USA: the Republicans), "l'ancien
    // député socialiste X" (FRA: the PS). An office keeps its code, sitting or former ("l'ancien
    // gouverneur républicain X" is a former governor, XXXGOV).
    if (m.ctx_actor.empty() && m.party_adj != kNone &&
        (m.actor_role.empty() || (m.former && m.actor_role == "LEG"))) {
      if (std::optional<std::string_view> rec = PartyOfAdjective(m.party_adj, country)) {
        return std::string(OrgActorView(*rec));
      }
    }
    if (!m.actor_role.empty() && m.actor_role != "IGO" && !country.empty()) {
      // "le sénateur démocrate Scott Brown", "Minister of Education X": a title with no
      // country of its own serves the state the dispatch is about.
      return CountryCameo(country) + std::string(m.actor_role);
    }
    return {};
  }

  void Resolve(const RawMention& m, Entity* e) {
    switch (m.type) {
      case 'P': {
        e->type = "person";
        std::optional<std::string_view> rec = Record('P', m.payload);
        if (!rec) return;
        std::string_view head = rec->substr(0, rec->find('\n'));
        e->canonical = std::string(el::Field(head, 0));
        e->gender = std::string(el::Field(head, 1));
        bool current = false;
        Role r = PersonRole(*rec, m.role, &current);
        e->country = std::string(r.country);
        e->role = std::string(r.role);
        e->actor = std::string(r.actor);
        e->former = !current && !r.role.empty();
        // Between two offices of the lexicon, a title the dispatch gives with its country or
        // institution says what the person is now ("EU foreign policy chief Kaja Kallas"
        // before her term's recorded start).
        if (!current && !m.role.empty() && m.role != "honorific" &&
            (!m.ctx_actor.empty() || !m.ctx_country.empty())) {
          e->role = std::string(m.role);
          if (!m.ctx_country.empty()) e->country = std::string(m.ctx_country);
          e->actor = TitleActor(m, e->country);
          e->former = m.former;
        }
        break;
      }
      case 'U': {
        e->type = "person";
        e->canonical = e->name;
        e->gender = std::string(m.gender);
        e->role = m.role == "honorific" ? std::string() : std::string(m.role);
        // An official of an international body named by the title alone has no country
        // of the dispatch's ("le commissaire européen X").
        bool igo_only = m.ctx_country.empty() && m.ctx_actor.substr(0, 3) == "IGO";
        e->country = std::string(!m.ctx_country.empty() ? m.ctx_country : igo_only ? std::string_view() : main_country_);
        e->actor = TitleActor(m, e->country);
        e->title_role = std::string(m.actor_role);
        break;
      }
      case 'C': {
        e->type = "country";
        std::string_view iso = el::Field(m.payload, 0);
        e->country = std::string(iso);
        e->actor = CountryCameo(iso);
        std::optional<std::string_view> rec = Record('C', iso);
        if (rec) {
          e->canonical = std::string(el::Field(*rec, 1));
          std::string_view lat = el::Field(*rec, 5), lon = el::Field(*rec, 6);
          if (!lat.empty() && !lon.empty()) {
            e->has_geo = true;
            e->lat = std::strtod(std::string(lat).c_str(), nullptr);
            e->lon = std::strtod(std::string(lon).c_str(), nullptr);
          }
        }
        break;
      }
      case 'G': {
        e->canonical = std::string(el::Field(m.payload, 1));
        e->country = std::string(el::Field(m.payload, 2));
        if (!el::Field(m.payload, 9).empty()) {
          e->type = "place";
          break;
        }
        e->type = "city";
        {
          // A seat that stands for another actor than its country's government ("Bruxelles":
          // the EU) names it even where it is only a place, so that a later stage reading it
          // as a seat ("se rendre à Bruxelles") finds the right actor.
          bool seat = false;
          std::string actor = SeatActor(m.payload, kNone, &seat);
          if (seat) e->actor = std::move(actor);
        }
        e->has_geo = true;
        e->geonames_id = std::strtoll(std::string(el::Field(m.payload, 0)).c_str(), nullptr, 10);
        e->lat = std::strtod(std::string(el::Field(m.payload, 3)).c_str(), nullptr);
        e->lon = std::strtod(std::string(el::Field(m.payload, 4)).c_str(), nullptr);
        break;
      }
      case 'L': {
        e->type = "place";
        e->canonical = e->name;
        e->country = std::string(main_country_);
        break;
      }
      case 'N': {
        e->type = "organization";
        e->canonical = e->name;
        e->role = std::string(m.role);
        e->country = std::string(m.ctx_country.empty() ? main_country_ : m.ctx_country);
        if (!m.actor_role.empty() && !e->country.empty()) {
          e->actor = CountryCameo(e->country) + std::string(m.actor_role);
        }
        break;
      }
      case 'O': {
        e->type = "organization";
        std::optional<std::string_view> rec = Record('O', m.payload);
        if (!rec) return;
        std::string rec_copy(*rec);
        e->canonical = std::string(el::Field(rec_copy, 0));
        std::string_view type = el::Field(rec_copy, 2);
        std::string_view note = el::Field(rec_copy, 6);
        e->role = note.find("news agency") != std::string_view::npos ? "news agency" : std::string(type);
        std::string_view country = el::Field(rec_copy, 3);
        std::string actor = OrgActor(rec_copy);
        if (country.empty() && !m.ctx_country.empty() && actor.size() <= 6 &&
            type != "igo") {  // a generic head: ministry, army, embassy
          country = m.ctx_country;
          actor = CountryCameo(country) + actor;
        }
        // A legislature's short name that several states use ("Congrès", "Assemblée
        // nationale") in a dispatch that never names its default state is the legislature of
        // the state the dispatch is about.
        if (type == "legislature" && !el::Field(rec_copy, 3).empty() && !main_country_.empty() &&
            country != main_country_ && SharedBodyName(m) &&
            std::find(doc_countries_.begin(), doc_countries_.end(), country) == doc_countries_.end()) {
          country = main_country_;
          actor = CountryCameo(country) + "LEG";
        }
        if (m.rebased) {
          // "le Parti socialiste grec": the state's body of that kind, not the other's.
          std::string_view role = std::string_view(actor).substr(CountryCameo(country).size());
          if (type == "party") role = "PTY";
          std::string rebased = CountryCameo(m.ctx_country) + std::string(role);
          country = m.ctx_country;
          actor = std::move(rebased);
        }
        e->country = std::string(country);
        e->actor = std::move(actor);
        break;
      }
      default:
        break;
    }
  }

  const Lexicon& lex_;
  Document& doc_;
  Scratch& s_;
  uint8_t lang_ = 0;
  std::string_view date_;
  std::string date_buf_;
  std::string_view main_country_;
  std::vector<std::string_view> doc_countries_;  // countries the document names, main first
  std::vector<std::string_view> event_names_;  // folded names read as events ("ouragan Sandy")
};

}  // namespace

EntityRecognizer::EntityRecognizer() : impl_(std::make_unique<Impl>()) {}
EntityRecognizer::~EntityRecognizer() = default;

Result<std::unique_ptr<EntityRecognizer>> EntityRecognizer::Create(const std::string& data_dir) {
  Result<Lexicon> lex = Lexicon::Open(data_dir + "/entities.lex", "entities");
  if (!lex.ok()) return lex.status();
  std::unique_ptr<EntityRecognizer> r(new EntityRecognizer());
  r->impl_->lex = std::move(lex).value();
  return r;
}

void EntityRecognizer::Recognize(Document* doc) const {
  Scratch scratch;
  Run run(impl_->lex, doc, &scratch);
  run.Go();
}

}  // namespace chancery

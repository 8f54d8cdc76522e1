// DispatchParser: the layout reader. See dispatch_parser.h for what it recognises.
//
// Work is bounded: the header furniture is looked for in the first kMaxHeadLines
// non-empty lines, credits in the last two; each recogniser reads forward from a fixed
// start and gives up at the first thing that does not fit. No regular expressions.
#include "ingest/dispatch_parser.h"

#include <date/tz.h>

#include <array>
#include <exception>
#include <string>

#include "ingest/internal.h"
#include "lexicon/lexicon.h"
#include "unicode/fold.h"

namespace chancery {

using ingest_internal::Cursor;
using ingest_internal::DateReadOptions;
using ingest_internal::LocalDateTime;

struct DispatchParser::Impl {
  explicit Impl(Lexicon lexicon) : words(std::move(lexicon)) {}
  ingest_internal::Words words;
  const date::time_zone* paris = nullptr;
  const date::time_zone* utc = nullptr;
};

DispatchParser::DispatchParser() = default;
DispatchParser::~DispatchParser() = default;

Result<std::unique_ptr<DispatchParser>> DispatchParser::Create(const std::string& data_dir) {
  Result<Lexicon> lexicon =
      Lexicon::Open(data_dir + "/" + ingest_internal::kLexiconName + ".lex", ingest_internal::kLexiconKind);
  if (!lexicon.ok()) return lexicon.status();
  std::unique_ptr<DispatchParser> parser(new DispatchParser());
  parser->impl_ = std::make_unique<Impl>(std::move(lexicon).value());
  parser->impl_->paris = ingest_internal::FindZone("Europe/Paris");
  parser->impl_->utc = ingest_internal::FindZone("UTC");
  if (parser->impl_->paris == nullptr || parser->impl_->utc == nullptr) {
    return Status::NotFound("time zone database: Europe/Paris or UTC not found (is tzdata installed?)");
  }
  return parser;
}

namespace {

constexpr int kMaxHeadLines = 14;      // non-empty lines examined for header furniture
constexpr int kMaxFurnitureLines = 8;  // furniture lines after the headline
constexpr uint32_t kMaxHeadlineLength = 300;
constexpr uint32_t kMaxProviderLineLength = 200;
constexpr uint32_t kMaxCreditsLength = 600;
constexpr uint32_t kMaxAgencyLength = 40;
constexpr int kMaxPlaceWords = 5;

struct Line {
  uint32_t start = 0;  // first non-blank code point
  uint32_t end = 0;    // one past the last non-blank code point
  uint32_t size() const { return end - start; }
};

// Where a text date came from, by strength.
enum class DateRank { kNone = 0, kDateline = 1, kDateLine = 2, kProviderLine = 3 };

struct DatelineMatch {
  Span span;   // the whole dateline, dash included
  Span place;  // may be empty ("(AFP) -")
  std::string_view provider;
  LocalDateTime date;
  bool has_date = false;
  uint32_t after = 0;  // where the story starts
};

class LayoutReader {
 public:
  LayoutReader(const Cursor& c, Language lang, DocumentMeta* meta) : c_(c), lang_(lang), meta_(*meta) {}

  void Run();

  // The text's own date, if any, and where it came from.
  DateRank date_rank() const { return date_rank_; }
  const LocalDateTime& date() const { return date_; }
  std::string_view provider() const { return provider_; }

 private:
  bool Trimmable(uint32_t i) const { return c_.Is(i, cc::kSpace | cc::kControl); }
  void CollectHeadLines();
  Line TrimmedLine(uint32_t b, uint32_t e) const;
  bool LooksLikeTitle(const Line& l) const;
  void ReadHeadline(const Line& l);
  bool TryProviderLine(const Line& l);
  bool TryUpdateNote(const Line& l);
  bool TryByline(const Line& l);
  bool TryWholeDateLine(const Line& l);
  bool TryGluedDateLine(const Line& l, bool commit, uint32_t* after);
  bool MatchDateline(uint32_t pos, uint32_t end, DatelineMatch* m) const;
  uint32_t ReadAgency(uint32_t p, uint32_t end, std::string_view* provider) const;
  uint32_t ReadDash(uint32_t p, uint32_t end) const;
  uint32_t ReadCapitalisedWords(uint32_t p, uint32_t end, int max_words) const;
  void ReadCredits();
  bool TryCreditsLine(const Line& l);
  void SetDate(const LocalDateTime& t, DateRank rank);
  void AddNote(std::string_view note, bool flag);

  const Cursor& c_;
  Language lang_;
  DocumentMeta& meta_;
  std::array<Line, kMaxHeadLines> lines_{};
  int line_count_ = 0;
  uint32_t body_start_ = 0;
  uint32_t body_end_ = 0;
  DateRank date_rank_ = DateRank::kNone;
  LocalDateTime date_;
  std::string provider_;
  std::string flags_;
  std::string note_line_;
};

Line LayoutReader::TrimmedLine(uint32_t b, uint32_t e) const {
  while (b < e && Trimmable(b)) ++b;
  while (e > b && Trimmable(e - 1)) --e;
  return Line{b, e};
}

void LayoutReader::CollectHeadLines() {
  const uint32_t n = c_.d.size();
  uint32_t p = 0;
  while (p < n && line_count_ < kMaxHeadLines) {
    uint32_t e = p;
    while (e < n && !c_.Is(e, cc::kNewline)) ++e;
    Line l = TrimmedLine(p, e);
    if (l.size() > 0) lines_[line_count_++] = l;
    p = e + 1;
  }
}

void LayoutReader::SetDate(const LocalDateTime& t, DateRank rank) {
  if (rank > date_rank_) {
    date_rank_ = rank;
    date_ = t;
  }
}

void LayoutReader::AddNote(std::string_view note, bool flag) {
  std::string& target = flag ? flags_ : note_line_;
  if (!target.empty()) target += flag ? ", " : "; ";
  target.append(note);
}

bool LayoutReader::LooksLikeTitle(const Line& l) const {
  if (l.size() == 0 || l.size() >= kMaxHeadlineLength) return false;
  char32_t last = c_.At(l.end - 1);
  if (last == U'.') {
    bool ellipsis = l.size() >= 3 && c_.At(l.end - 2) == U'.' && c_.At(l.end - 3) == U'.';
    bool abbreviation = l.size() >= 4 && c_.Is(l.end - 2, cc::kUpper) && c_.At(l.end - 3) == U'.';  // "U.S."
    if (!ellipsis && !abbreviation) return false;
  }
  if (last == U':' || last == U';' || last == U',') return false;
  if (c_.At(l.start) == U'(' && last == U')') return false;
  for (uint32_t i = l.start; i < l.end; ++i) {
    if (c_.Is(i, cc::kLetter)) return true;
  }
  return false;
}

void LayoutReader::ReadHeadline(const Line& l) {
  uint32_t s = l.start;
  uint32_t e = l.end;
  // Status flags: "UPDATE 2-", "REFILE-", "(CORRECTED) -", "RPT -", "EXCLUSIVE:".
  for (int k = 0; k < 3; ++k) {
    uint32_t p = s;
    bool paren = c_.At(p) == U'(';
    if (paren) ++p;
    uint32_t we = c_.LetterEnd(p, e);
    if (we == p || !c_.AllCaps(p, we, 2)) break;
    std::optional<std::string_view> flag = c_.Lookup(p, we, "flag");
    if (!flag) break;
    uint32_t q = we;
    uint32_t num_start = c_.SkipBlanks(q, e);
    uint32_t num_end = num_start;
    while (num_end < e && c_.Is(num_end, cc::kDigit)) ++num_end;
    if (num_end > num_start && num_end - num_start <= 3) q = num_end;
    if (paren) {
      q = c_.SkipBlanks(q, e);
      if (q >= e || c_.At(q) != U')') break;
      ++q;
    }
    q = c_.SkipBlanks(q, e);
    if (q >= e || !(c_.Is(q, cc::kDash) || c_.At(q) == U':')) break;
    while (q < e && (c_.Is(q, cc::kDash) || c_.At(q) == U':')) ++q;
    q = c_.SkipBlanks(q, e);
    if (q >= e) break;
    std::string text(*flag);
    if (q > we && num_end > num_start && num_end <= q) {
      text += ' ';
      text.append(c_.Slice(num_start, num_end));
    }
    AddNote(text, /*flag=*/true);
    s = q;
  }
  // A full date glued to the end: "... about attitudes Saturday, November 16, 2013".
  for (uint32_t p = s + 1; p < e; ++p) {
    if (!c_.Is(p, cc::kUpper) || !c_.IsBlank(p - 1)) continue;
    uint32_t we = c_.LetterEnd(p, e);
    if (we == p || !c_.Lookup(p, we, "weekday")) continue;
    LocalDateTime t;
    uint32_t de = ingest_internal::ReadDate(c_, p, e, DateReadOptions{false, lang_ != Language::kEnglish}, &t);
    if (de > p && t.full_date() && c_.SkipBlanks(de, e) == e) {
      uint32_t cut = p;
      while (cut > s && c_.IsBlank(cut - 1)) --cut;
      if (cut > s) {
        SetDate(t, DateRank::kDateLine);
        e = cut;
      }
      break;
    }
  }
  // Attribution suffix.
  uint32_t t_start = e;
  while (t_start > s && c_.Is(t_start - 1, cc::kLetter | cc::kMark)) --t_start;
  Span attribution;
  if (t_start < e && t_start > s + 1) {
    uint32_t dash = t_start - 1;
    if (c_.Is(dash, cc::kDash) && c_.Is(dash - 1, cc::kLower) && c_.Is(t_start, cc::kUpper)) {
      // Glued: "...retraites-Macron", unless a compound ("ex-URSS", "Saint-Pétersbourg").
      uint32_t ws = dash;
      while (ws > s && c_.Is(ws - 1, cc::kLetter | cc::kMark)) --ws;
      bool lower_start = c_.Is(ws, cc::kLower);
      bool chained = ws > s && c_.Is(ws - 1, cc::kDash | cc::kApostrophe);
      if (lower_start && !chained && !c_.Lookup(ws, dash, "prefix")) attribution = Span{t_start, e};
    } else {
      // Spaced: "... - sources", "... -source", "... - Kremlin sources".
      uint32_t pos = e;
      for (int k = 0; k < 2 && attribution.empty(); ++k) {
        uint32_t ws = pos;
        while (ws > s && c_.Is(ws - 1, cc::kLetter | cc::kMark)) --ws;
        if (ws == pos) break;
        uint32_t bb = ws;
        while (bb > s && c_.IsBlank(bb - 1)) --bb;
        if (bb > s + 10 && c_.Is(bb - 1, cc::kDash) && c_.IsBlank(bb - 2)) {
          attribution = Span{ws, e};
          break;
        }
        if (bb == ws) break;
        pos = bb;
      }
    }
  }
  meta_.headline.assign(c_.Slice(s, e));
  meta_.headline_span = Span{s, e};
  if (!attribution.empty()) meta_.headline_attribution.assign(c_.Slice(attribution.start, attribution.end));
}

bool LayoutReader::TryProviderLine(const Line& l) {
  if (l.size() > kMaxProviderLineLength) return false;
  const uint32_t s = l.start, e = l.end;
  bool cue = c_.MatchPhrase(s, e, "cue", 4, nullptr) > s;
  std::string_view provider;
  bool have_provider = false, have_date = false;
  LocalDateTime t;
  int words = 0;
  const DateReadOptions opt{false, lang_ != Language::kEnglish};
  for (uint32_t p = s; p < e;) {
    if (!c_.Is(p, cc::kAlnum)) {
      ++p;
      continue;
    }
    ++words;
    if (!have_provider && (c_.Is(p, cc::kUpper) || (p > s && c_.At(p - 1) == U'('))) {
      std::string_view v;
      uint32_t pe = c_.MatchPhrase(p, e, "provider", 3, &v);
      if (pe > p && !(pe < e && c_.Is(pe, cc::kAlnum))) {
        provider = v;
        have_provider = true;
        p = pe;
        continue;
      }
    }
    if (!have_date) {
      uint32_t de = ingest_internal::ReadDate(c_, p, e, opt, &t);
      if (de > p && t.year > 0) {
        have_date = true;
        if (!t.has_time()) {  // a time printed after something else: "26/02/2025 - 15:16"
          uint32_t q = de;
          for (int k = 0; k < 4 && q < e && !t.has_time(); ++k) {
            while (q < e && !c_.Is(q, cc::kDigit)) ++q;
            uint32_t te = ingest_internal::ReadTime(c_, q, e, &t);
            if (te > q) break;
            while (q < e && c_.Is(q, cc::kDigit)) ++q;
          }
        }
        p = de;
        continue;
      }
    }
    p = c_.WordEnd(p, e);
    if (p < e && !c_.Is(p, cc::kAlnum)) ++p;
  }
  if (words > 25) return false;
  if (!cue && words > 14) return false;
  if (c_.At(e - 1) == U'.' && !cue) return false;
  if (have_date && (cue || have_provider)) {
    if (have_provider) provider_.assign(provider);
    SetDate(t, DateRank::kProviderLine);
    return true;
  }
  if (have_provider && !have_date && words <= 4) {
    provider_.assign(provider);
    return true;
  }
  return false;
}

bool LayoutReader::TryUpdateNote(const Line& l) {
  if (l.size() < 3 || l.size() > kMaxHeadlineLength) return false;
  if (c_.At(l.start) != U'(' || c_.At(l.end - 1) != U')') return false;
  uint32_t inner = c_.SkipBlanks(l.start + 1, l.end - 1);
  if (c_.MatchPhrase(inner, l.end - 1, "note", 3, nullptr) == inner) return false;
  uint32_t inner_end = l.end - 1;
  while (inner_end > inner && c_.IsBlank(inner_end - 1)) --inner_end;
  AddNote(c_.Slice(inner, inner_end), /*flag=*/false);
  return true;
}

bool LayoutReader::TryByline(const Line& l) {
  if (l.size() > 120 || !c_.Is(l.start, cc::kUpper)) return false;
  uint32_t we = c_.WordEnd(l.start, l.end);
  if (we == l.start || !c_.Lookup(l.start, we, "byline")) return false;
  uint32_t p = c_.SkipBlanks(we, l.end);
  if (p == we) return false;
  std::string provider;
  if (!ingest_internal::ParseCredits(c_, p, l.end, /*byline=*/true, &meta_.credits, &provider)) return false;
  if (!provider.empty() && provider_.empty()) provider_ = provider;
  return true;
}

bool LayoutReader::TryWholeDateLine(const Line& l) {
  LocalDateTime t;
  uint32_t de = ingest_internal::ReadDate(c_, l.start, l.end, DateReadOptions{false, lang_ != Language::kEnglish}, &t);
  if (de == l.start || !t.full_date()) return false;
  uint32_t q = c_.SkipBlanks(de, l.end);
  if (q < l.end && c_.At(q) == U'.') q = c_.SkipBlanks(q + 1, l.end);
  if (q != l.end) return false;
  SetDate(t, DateRank::kDateLine);
  return true;
}

uint32_t LayoutReader::ReadCapitalisedWords(uint32_t p, uint32_t end, int max_words) const {
  uint32_t last = p;
  for (int k = 0; k < max_words && p < end; ++k) {
    if (!c_.Is(p, cc::kUpper)) break;
    uint32_t we = c_.WordEnd(p, end);
    if (we == p) break;
    last = we;
    uint32_t q = we;
    if (q < end && c_.At(q) == U'.' && we - p <= 3 && q + 1 < end && c_.IsBlank(q + 1)) ++q;  // "ST. LOUIS"
    uint32_t r = c_.SkipBlanks(q, end);
    if (r == q || r >= end || !c_.Is(r, cc::kUpper)) break;
    p = r;
  }
  return last;
}

// "22 mai 2012. - ", "22 août 2012, Espagne. - ", "1er janvier 2016, 14h30 . – ",
// "Thursday, March 15, 2012 Wikinews interviewed...".
bool LayoutReader::TryGluedDateLine(const Line& l, bool commit, uint32_t* after) {
  const uint32_t s = l.start, e = l.end;
  LocalDateTime t;
  uint32_t de = ingest_internal::ReadDate(c_, s, e, DateReadOptions{false, lang_ != Language::kEnglish}, &t);
  if (de == s || !t.full_date()) return false;
  uint32_t q = c_.SkipBlanks(de, e);
  Span place;
  if (q < e && c_.At(q) == U',') {
    uint32_t r = c_.SkipBlanks(q + 1, e);
    uint32_t pe = ReadCapitalisedWords(r, e, 4);
    if (pe == r) return false;
    place = Span{r, pe};
    q = c_.SkipBlanks(pe, e);
  }
  if (q < e && c_.At(q) == U'.') q = c_.SkipBlanks(q + 1, e);
  uint32_t body = 0;
  if (q < e && c_.Is(q, cc::kDash)) {
    while (q < e && c_.Is(q, cc::kDash)) ++q;
    body = c_.SkipBlanks(q, e);
  } else if (t.has_weekday && place.empty() && q > de && q < e && c_.Is(q, cc::kUpper)) {
    body = q;
  } else {
    return false;
  }
  if (commit) {
    SetDate(t, DateRank::kDateLine);
    if (!place.empty()) {
      meta_.dateline.assign(c_.Slice(place.start, place.end));
      uint32_t span_end = body;
      while (span_end > s && c_.IsBlank(span_end - 1)) --span_end;
      meta_.dateline_span = Span{s, span_end};
    }
  }
  *after = body;
  return true;
}

uint32_t LayoutReader::ReadAgency(uint32_t p, uint32_t end, std::string_view* provider) const {
  if (p >= end || c_.At(p) != U'(') return p;
  uint32_t close = p + 1;
  while (close < end && close - p <= kMaxAgencyLength && c_.At(close) != U')') ++close;
  if (close >= end || c_.At(close) != U')') return p;
  uint32_t b = c_.SkipBlanks(p + 1, close);
  uint32_t e = close;
  while (e > b && c_.IsBlank(e - 1)) --e;
  std::string_view v;
  if (b == e || c_.MatchPhrase(b, e, "provider", 3, &v) != e) return p;
  *provider = v;
  return close + 1;
}

uint32_t LayoutReader::ReadDash(uint32_t p, uint32_t end) const {
  uint32_t q = p;
  if (q < end && c_.At(q) == U'.') ++q;
  if (q >= end || !(c_.Is(q, cc::kDash) || c_.At(q) == U'_')) return p;
  while (q < end && (c_.Is(q, cc::kDash) || c_.At(q) == U'_')) ++q;
  return q;
}

// PLACE[, Region][, date] (AGENCY) dash | (AGENCY) dash | PLACE, date.— (AGENCY) |
// ALLCAPS PLACE[, date] dash | Place, Region dash.
bool LayoutReader::MatchDateline(uint32_t pos, uint32_t end, DatelineMatch* m) const {
  uint32_t p = pos;
  Span place{pos, pos};
  bool region = false;
  bool all_caps = false;
  if (c_.At(p) != U'(') {
    uint32_t pe = ReadCapitalisedWords(p, end, kMaxPlaceWords);
    if (pe == p) return false;
    place = Span{p, pe};
    all_caps = c_.AllCaps(place.start, place.end, 2);
    p = pe;
    for (int k = 0; k < 3; ++k) {
      uint32_t q = c_.SkipBlanks(p, end);
      if (q >= end || c_.At(q) != U',') break;
      uint32_t r = c_.SkipBlanks(q + 1, end);
      if (!m->has_date) {
        LocalDateTime t;
        uint32_t de = ingest_internal::ReadDate(c_, r, end, DateReadOptions{true, lang_ != Language::kEnglish}, &t);
        if (de > r) {
          m->date = t;
          m->has_date = true;
          p = de;
          continue;
        }
      }
      uint32_t re = ReadCapitalisedWords(r, end, 4);
      if (re == r) return false;
      region = true;
      p = re;
    }
  }
  uint32_t q = c_.SkipBlanks(p, end);
  std::string_view provider;
  uint32_t dash_end = 0;
  uint32_t a = ReadAgency(q, end, &provider);
  if (a > q) {
    uint32_t r = c_.SkipBlanks(a, end);
    uint32_t d = ReadDash(r, end);
    dash_end = d > r ? d : a;
  } else {
    uint32_t d = ReadDash(q, end);
    if (d == q) return false;
    uint32_t r = c_.SkipBlanks(d, end);
    uint32_t a2 = ReadAgency(r, end, &provider);
    if (a2 > r) {
      dash_end = a2;  // "Zurich, 22.— (AFP) La délégation"
    } else {
      // No agency: an all-caps place or "Place, Region", with a spaced dash.
      if (place.empty() || !(all_caps || region)) return false;
      if (q == p && c_.At(q) != U'.') return false;
      if (r == d || r >= end || !(c_.Is(r, cc::kUpper | cc::kQuote | cc::kDigit))) return false;
      dash_end = d;
    }
  }
  m->span = Span{pos, dash_end};
  m->place = place;
  m->provider = provider;
  m->after = c_.SkipBlanks(dash_end, end);
  return true;
}

bool LayoutReader::TryCreditsLine(const Line& l) {
  if (l.size() < 4 || l.size() > kMaxCreditsLength) return false;
  uint32_t b = l.start, e = l.end;
  bool paren = c_.At(b) == U'(' && c_.At(e - 1) == U')';
  if (paren) {
    ++b;
    --e;
  } else if (!c_.Is(b, cc::kUpper) || c_.MatchPhrase(b, e, "role", 4, nullptr) == b) {
    return false;
  }
  std::string provider;
  if (!ingest_internal::ParseCredits(c_, b, e, /*byline=*/false, &meta_.credits, &provider)) return false;
  meta_.credits_span = Span{l.start, l.end};
  return true;
}

void LayoutReader::ReadCredits() {
  // The last two non-empty lines, from the end; the credits may be followed by one
  // short line (a sign-off, a copyright).
  const uint32_t n = c_.d.size();
  uint32_t e = n;
  for (int k = 0; k < 2; ++k) {
    while (e > body_start_ && Trimmable(e - 1)) --e;
    if (e <= body_start_) return;
    uint32_t b = e;
    while (b > body_start_ && !c_.Is(b - 1, cc::kNewline)) --b;
    Line l = TrimmedLine(b, e);
    if (l.size() > 0 && TryCreditsLine(l)) {
      body_end_ = l.start;
      return;
    }
    if (l.size() >= 100) return;
    e = b;
  }
}

void LayoutReader::Run() {
  const uint32_t n = c_.d.size();
  CollectHeadLines();
  if (line_count_ == 0) {
    meta_.body = Span{0, 0};
    return;
  }
  int i = 0;
  DatelineMatch dl;
  uint32_t after = 0;
  // The headline: a first line followed by a line break that reads as a title.
  const Line& first = lines_[0];
  // A dateline opening the first line makes it story text, unless it is agency-less
  // and the line reads as a title ("RPT - GRAIN PRICES ADJUSTED").
  bool first_is_furniture = TryGluedDateLine(first, false, &after) ||
                            (MatchDateline(first.start, first.end, &dl) &&
                             (!dl.provider.empty() || !LooksLikeTitle(first)));
  dl = DatelineMatch{};
  if (!first_is_furniture && first.end < n && LooksLikeTitle(first)) {
    LocalDateTime probe;
    uint32_t de = ingest_internal::ReadDate(c_, first.start, first.end, DateReadOptions{}, &probe);
    bool whole_date = de > first.start && c_.SkipBlanks(de, first.end) == first.end;
    if (!whole_date) {
      ReadHeadline(first);
      i = 1;
    }
  }
  body_start_ = n;
  bool found_body = false;
  bool provider_line_seen = false;
  for (int furniture = 0; i < line_count_ && furniture <= kMaxFurnitureLines; ++i, ++furniture) {
    const Line& l = lines_[i];
    if (!provider_line_seen && TryProviderLine(l)) {
      provider_line_seen = true;
      continue;
    }
    if (TryUpdateNote(l)) continue;
    if (TryByline(l)) continue;
    if (date_rank_ < DateRank::kDateLine && TryWholeDateLine(l)) continue;
    if (date_rank_ < DateRank::kDateLine && TryGluedDateLine(l, true, &after)) {
      body_start_ = after;
      found_body = true;
      // "3 juillet 2012. - Québec - ..." is left to the body; a wire dateline may follow.
      DatelineMatch m;
      if (after < l.end && MatchDateline(after, l.end, &m) && !m.provider.empty()) dl = m, body_start_ = m.after;
      else dl = DatelineMatch{};
      break;
    }
    dl = DatelineMatch{};
    if (MatchDateline(l.start, l.end, &dl)) {
      body_start_ = dl.after;
      found_body = true;
      break;
    }
    dl = DatelineMatch{};
    body_start_ = l.start;
    found_body = true;
    break;
  }
  if (!found_body) {
    // Only furniture in the examined lines: the body starts after the last of them.
    body_start_ = i > 0 ? lines_[i - 1].end : 0;
    if (i < line_count_) body_start_ = lines_[i].start;
  }
  if (!dl.span.empty()) {
    meta_.dateline_span = dl.span;
    if (!dl.place.empty()) meta_.dateline.assign(c_.Slice(dl.place.start, dl.place.end));
    if (!dl.provider.empty() && provider_.empty()) provider_.assign(dl.provider);
    if (dl.has_date) SetDate(dl.date, DateRank::kDateline);
  }
  // A standfirst paragraph may come before the date line: look two lines further.
  if (date_rank_ < DateRank::kDateLine && found_body) {
    for (int k = i + 1; k < line_count_ && k <= i + 2; ++k) {
      if (TryGluedDateLine(lines_[k], false, &after)) {
        LocalDateTime t;
        ingest_internal::ReadDate(c_, lines_[k].start, lines_[k].end, DateReadOptions{false, lang_ != Language::kEnglish}, &t);
        SetDate(t, DateRank::kDateLine);
        break;
      }
    }
  }
  while (body_start_ < n && Trimmable(body_start_)) ++body_start_;
  body_end_ = n;
  ReadCredits();
  while (body_end_ > body_start_ && Trimmable(body_end_ - 1)) --body_end_;
  if (body_end_ < body_start_) body_end_ = body_start_;
  meta_.body = Span{body_start_, body_end_};
  if (!flags_.empty() && !note_line_.empty()) {
    meta_.update_note = flags_ + "; " + note_line_;
  } else {
    meta_.update_note = flags_.empty() ? note_line_ : flags_;
  }
}

// Fills a year (and month) missing from a dateline date from the base date: the
// dateline's day is on or shortly before the publication, never weeks after it.
bool CompleteDate(LocalDateTime* t, const LocalDateTime& base) {
  if (t->year > 0) return t->full_date();
  if (base.year == 0 || t->day == 0) return false;
  const bool month_given = t->month > 0;
  t->year = base.year;
  if (!month_given) t->month = base.month;
  if (!ingest_internal::ValidDate(t->year, t->month, t->day)) {
    if (month_given) return false;
  } else if (ingest_internal::DayNumber(t->year, t->month, t->day) <=
             ingest_internal::DayNumber(base.year, base.month, base.day) + 2) {
    return true;
  }
  if (month_given) {
    --t->year;
  } else if (--t->month == 0) {
    t->month = 12;
    --t->year;
  }
  return ingest_internal::ValidDate(t->year, t->month, t->day);
}

}  // namespace

Status DispatchParser::Parse(const IngestOptions& options, const InputRecord& record, Document* doc) const {
  DocumentMeta& meta = doc->meta;
  meta = DocumentMeta{};
  meta.url = record.url;

  const date::time_zone* zone = nullptr;
  std::string zone_name;
  if (!options.tz.empty()) {
    zone = ingest_internal::FindZone(options.tz);
    if (zone == nullptr) return Status::InvalidArgument("unknown time zone \"" + options.tz + "\"");
    zone_name = options.tz;
  } else if (doc->lang == Language::kFrench) {
    zone = impl_->paris;
    zone_name = "Europe/Paris";
  } else {
    zone = impl_->utc;
    zone_name = "UTC";
  }

  ingest_internal::Scratch scratch;
  Cursor cursor{doc->decoded, impl_->words, scratch};
  LayoutReader reader(cursor, doc->lang, &meta);
  reader.Run();

  // Provider: the caller's word first, then the text's.
  if (!record.provider.empty()) {
    FoldForMatch(record.provider, &scratch.key);
    std::optional<std::string_view> canonical = impl_->words.Get(scratch.key, "provider");
    meta.provider = canonical ? std::string(*canonical) : record.provider;
  } else {
    meta.provider.assign(reader.provider());
  }

  // Publication time: provider line > date line > dateline > record > reference.
  LocalDateTime record_time, reference_time, base;
  bool have_record = ingest_internal::ParseIso(record.published, &record_time);
  bool have_reference = ingest_internal::ParseIso(options.reference_time, &reference_time);
  if (have_record) {
    base = record_time;
  } else if (have_reference) {
    base = reference_time;
  }
  LocalDateTime chosen;
  bool have = false;
  switch (reader.date_rank()) {
    case DateRank::kProviderLine:
      chosen = reader.date(), have = true, meta.published_source = "provider_line";
      break;
    case DateRank::kDateLine:
      chosen = reader.date(), have = true, meta.published_source = "date_line";
      break;
    case DateRank::kDateline:
      chosen = reader.date();
      if (CompleteDate(&chosen, base)) have = true, meta.published_source = "dateline";
      break;
    case DateRank::kNone:
      break;
  }
  if (!have && have_record) chosen = record_time, have = true, meta.published_source = "record";
  if (!have && have_reference) chosen = reference_time, have = true, meta.published_source = "reference";
  if (have) {
    if (!chosen.has_time()) {
      meta.published = ingest_internal::FormatDate(chosen);
      meta.published_local = meta.published;
    } else if (chosen.has_offset) {
      meta.published = ingest_internal::FormatWithOffset(chosen, chosen.offset_minutes);
      meta.published_local = ingest_internal::FormatLocal(chosen);
      if (chosen.offset_minutes == 0) meta.published_zone = "UTC";
    } else {
      if (!chosen.zone.empty()) {
        const date::time_zone* named = ingest_internal::FindZone(chosen.zone);
        if (named != nullptr) zone = named, zone_name.assign(chosen.zone);
      }
      meta.published = ingest_internal::ResolveInZone(chosen, zone);
      meta.published_local = ingest_internal::FormatLocal(chosen);
      meta.published_zone = zone_name;
    }
  }
  return Status::Ok();
}

}  // namespace chancery

// Scoring (see the header for the contract; the profiles are built by tools/lexc/langid.cc).
//
// The span is cut into letter runs (words); hyphens, digits and punctuation separate them,
// and an apostrophe between two letters splits a word into a piece that ends with it
// (l' d' qu') and a piece that starts with it ('s 't 're). Each word, lower-cased code
// point by code point (ICU u_tolower, the mapping of LowerCase in unicode/fold.h, into a
// stack buffer), adds to each language's score:
//  - the word's log-probability in that language if some list knows it (a piece is tried
//    with its apostrophe first, then bare); a language that does not list it gives its floor;
//  - else the log-probabilities of its character trigrams (padded with a space on each
//    side), averaged and counted for at most kTrigramCap trigrams, times kTrigramWeight;
//    a capitalised word (likely a name, whose spelling is weak evidence) counts less.
// The best score wins if at least kMinWords words were seen and it beats the runner-up by
// kMinMargin nats; confidence is its softmax share. Scoring stops early once the margin
// is beyond doubt.
#include "langid/language_identifier.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <optional>
#include <string_view>
#include <vector>

#include "lexicon/lexicon.h"
#include "unicode/char_class.h"

namespace chancery {
namespace {

constexpr size_t kMaxLanguages = 8;
constexpr uint32_t kMaxCodePoints = 4000;
constexpr uint32_t kMaxWordCodePoints = 48;     // longer runs are not words (URLs, junk)
constexpr double kTrigramWeight = 1.0;          // weight of one trigram-scored word's mean, per trigram
constexpr uint32_t kTrigramCap = 6;             // trigrams counted per word at most
constexpr double kTrigramClip = 3.0;            // nats one trigram-scored word may give at most
constexpr double kNameWeight = 0.35;            // factor for trigram evidence of name-like words
constexpr double kNameClip = 0.7;               // and their cap
constexpr uint32_t kAcronymMaxLength = 4;       // all-caps words this short are name-like (USA, ONU)
constexpr int kMinWords = 2;
constexpr double kMinMargin = 1.0;              // nats between the best and the runner-up
constexpr int kDecisiveWords = 40;
constexpr double kDecisiveMargin = 150.0;
constexpr char kTrigramPrefix = '\x01';
constexpr std::string_view kLanguagesKey("\0languages", 10);

// Appends the UTF-8 encoding of cp at buf[n]; returns the new length.
size_t PutUtf8(char32_t cp, char* buf, size_t n) {
  if (cp < 0x80) {
    buf[n++] = static_cast<char>(cp);
  } else if (cp < 0x800) {
    buf[n++] = static_cast<char>(0xC0 | (cp >> 6));
    buf[n++] = static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    buf[n++] = static_cast<char>(0xE0 | (cp >> 12));
    buf[n++] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    buf[n++] = static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    buf[n++] = static_cast<char>(0xF0 | (cp >> 18));
    buf[n++] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    buf[n++] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    buf[n++] = static_cast<char>(0x80 | (cp & 0x3F));
  }
  return n;
}

}  // namespace

struct LanguageIdentifier::Impl {
  Lexicon lexicon;
  std::vector<Language> langs;  // one per profile, in the lexicon's order
  size_t n = 0;

  // Adds the n floats of `value` to scores (times `weight`); false if the value is malformed.
  bool Add(std::string_view value, double weight, double* scores) const {
    if (value.size() != n * 4) return false;
    for (size_t l = 0; l < n; ++l) {
      float f;
      std::memcpy(&f, value.data() + 4 * l, 4);
      scores[l] += weight * f;
    }
    return true;
  }

  std::optional<std::string_view> Find(const char* key, size_t len) const {
    return lexicon.Find(std::string_view(key, len));
  }

  // Scores the word of code points [a, b) of `text`.
  void ScoreWord(const DecodedText& text, uint32_t a, uint32_t b, bool lead_apostrophe,
                 bool trail_apostrophe, bool name_like, double* scores) const {
    // buf: ' word ' ; the word's lower-cased bytes start at buf[1]; offsets[k] is the byte
    // offset in buf of code point k of the padded word (offsets[0] = 0, the pad).
    char buf[kMaxWordCodePoints * 4 + 8];
    uint16_t offsets[kMaxWordCodePoints + 3];
    size_t len = 1;
    buf[0] = '\'';
    offsets[0] = 0;
    uint32_t cps = 0;
    for (uint32_t i = a; i < b; ++i) {
      offsets[++cps] = static_cast<uint16_t>(len);
      len = PutUtf8(static_cast<char32_t>(u_tolower(static_cast<UChar32>(text.at(i)))), buf, len);
    }
    offsets[cps + 1] = static_cast<uint16_t>(len);
    offsets[cps + 2] = static_cast<uint16_t>(len + 1);
    const char* word = buf + 1;
    size_t word_len = len - 1;

    std::optional<std::string_view> hit;
    if (trail_apostrophe) {
      buf[len] = '\'';
      hit = Find(word, word_len + 1);
    }
    if (!hit && lead_apostrophe) hit = Find(buf, len);
    if (!hit) hit = Find(word, word_len);
    if (hit && Add(*hit, 1.0, scores)) return;

    // Trigrams of " word ".
    buf[0] = ' ';
    buf[len] = ' ';
    double sums[kMaxLanguages] = {};
    uint32_t found = 0;
    char key[1 + 3 * 4];
    key[0] = kTrigramPrefix;
    for (uint32_t k = 0; k + 3 <= cps + 2; ++k) {
      size_t from = offsets[k], to = offsets[k + 3];
      std::memcpy(key + 1, buf + from, to - from);
      std::optional<std::string_view> v = Find(key, 1 + to - from);
      if (v && Add(*v, 1.0, sums)) ++found;
    }
    if (found == 0) return;
    double weight = kTrigramWeight * std::min(found, kTrigramCap) / found;
    double clip = kTrigramClip;
    if (name_like) {
      weight *= kNameWeight;
      clip = kNameClip;
    }
    double top = -INFINITY;
    for (size_t l = 0; l < n; ++l) top = std::max(top, weight * sums[l]);
    for (size_t l = 0; l < n; ++l) scores[l] += std::max(weight * sums[l], top - clip);
  }
};

LanguageIdentifier::LanguageIdentifier() : impl_(std::make_unique<Impl>()) {}
LanguageIdentifier::~LanguageIdentifier() = default;

Result<std::unique_ptr<LanguageIdentifier>> LanguageIdentifier::Create(const std::string& data_dir) {
  Result<Lexicon> lex = Lexicon::Open(data_dir + "/langid.lex", "langid");
  if (!lex.ok()) return lex.status();
  std::unique_ptr<LanguageIdentifier> id(new LanguageIdentifier());
  Impl& impl = *id->impl_;
  impl.lexicon = std::move(lex).value();
  std::optional<std::string_view> codes = impl.lexicon.Find(kLanguagesKey);
  if (!codes || codes->empty()) return Status::Corruption(data_dir + "/langid.lex: no language list");
  std::string_view rest = *codes;
  while (true) {
    size_t tab = rest.find('\t');
    impl.langs.push_back(ParseLanguage(rest.substr(0, tab)));
    if (tab == std::string_view::npos) break;
    rest.remove_prefix(tab + 1);
  }
  impl.n = impl.langs.size();
  if (impl.n > kMaxLanguages) {
    return Status::Corruption(data_dir + "/langid.lex: more than " + std::to_string(kMaxLanguages) +
                              " languages");
  }
  return id;
}

LanguageGuess LanguageIdentifier::Identify(const DecodedText& text, Span span) const {
  const Impl& impl = *impl_;
  uint32_t end = std::min(span.end, text.size());
  uint32_t start = std::min(span.start, end);
  uint32_t limit = std::min(end, start + std::min(kMaxCodePoints, end - start));
  double scores[kMaxLanguages] = {};
  int words = 0;
  auto margin = [&]() {
    double best = -INFINITY, second = -INFINITY;
    for (size_t l = 0; l < impl.n; ++l) {
      if (scores[l] > best) {
        second = best;
        best = scores[l];
      } else if (scores[l] > second) {
        second = scores[l];
      }
    }
    return best - second;
  };
  constexpr CharClass kWordChar = cc::kLetter | cc::kMark;
  uint32_t i = start;
  while (i < limit) {
    if (!text.Is(i, cc::kLetter)) {
      ++i;
      continue;
    }
    uint32_t a = i;
    while (i < limit && text.Is(i, kWordChar)) ++i;
    uint32_t b = i;
    if (b - a > kMaxWordCodePoints) continue;
    bool lead = a >= start + 2 && text.Is(a - 1, cc::kApostrophe) && text.Is(a - 2, cc::kLetter);
    bool trail = b + 1 < limit && text.Is(b, cc::kApostrophe) && text.Is(b + 1, cc::kLetter);
    // Capitalised words are likely names; so are short all-caps words (acronyms). A long
    // all-caps word is an ordinary word of an all-caps line.
    bool name_like = false;
    if (text.Is(a, cc::kUpper)) {
      bool has_lower = false;
      for (uint32_t k = a + 1; k < b && !has_lower; ++k) has_lower = text.Is(k, cc::kLower);
      name_like = has_lower || b - a <= kAcronymMaxLength;
    }
    impl.ScoreWord(text, a, b, lead, trail, name_like, scores);
    ++words;
    if (words >= kDecisiveWords && (words & 7) == 0 && margin() >= kDecisiveMargin) break;
  }
  if (words < kMinWords || impl.n == 0) return {};
  size_t best = 0;
  for (size_t l = 1; l < impl.n; ++l) {
    if (scores[l] > scores[best]) best = l;
  }
  if (impl.n > 1 && margin() < kMinMargin) return {};
  double mass = 0;
  for (size_t l = 0; l < impl.n; ++l) mass += std::exp(scores[l] - scores[best]);
  LanguageGuess guess;
  guess.lang = impl.langs[best];
  guess.confidence = guess.lang == Language::kUnknown ? 0.0 : 1.0 / mass;
  return guess;
}

}  // namespace chancery

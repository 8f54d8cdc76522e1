#include "hostile/hostile_corpus.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace chancery::hostile {

namespace {

// Two short dispatches written for these tests: the "good" text hostile parts are
// spliced into, so every stage has something to work on around them.
constexpr char kFrench[] =
    "Paris et Berlin signent un accord sur l'eau\n"
    "\n"
    "PARIS, 3 mars (Reuters) - La France et l'Allemagne ont signé lundi un accord pour "
    "partager les données sur le niveau des fleuves, a déclaré le ministre Jean Dupont. "
    "« Nous travaillerons ensemble dès demain », a-t-il dit. Le président Emmanuel Macron a "
    "appelé la Russie à cesser ses frappes en Ukraine et a rencontré Olaf Scholz à Berlin "
    "le 12 février 2025.\n"
    "\n"
    "(Reportage Marie Martin, édité par Paul Durand)\n";

constexpr char kEnglish[] =
    "Russia and Ukraine to hold talks in Geneva\n"
    "\n"
    "GENEVA, March 3 (Reuters) - Russian and Ukrainian delegations will meet on Tuesday in "
    "Geneva, the Swiss foreign ministry said. \"We hope for progress,\" said spokesman John "
    "Smith. U.S. Secretary of State Marco Rubio accused China of supporting Moscow and "
    "threatened new sanctions on Feb. 12, 2025.\n"
    "\n"
    "(Reporting by Anna Lee; Editing by Tom Brown)\n";

// A fixed-seed generator (xorshift64*): the same corpus on every machine and run.
class Rng {
 public:
  explicit Rng(uint64_t seed) : s_(seed ? seed : 1) {}
  uint64_t Next() {
    s_ ^= s_ >> 12;
    s_ ^= s_ << 25;
    s_ ^= s_ >> 27;
    return s_ * 0x2545F4914F6CDD1DULL;
  }
  size_t Below(size_t n) { return static_cast<size_t>(Next() % n); }

 private:
  uint64_t s_;
};

std::string Rep(std::string_view s, size_t n) {
  std::string out;
  out.reserve(s.size() * n);
  for (size_t i = 0; i < n; ++i) out += s;
  return out;
}

// Encodes any value up to 0x7FFFFFFF the way UTF-8 once allowed (5 and 6 byte forms
// included) and without refusing surrogates: hostile input needs the invalid ones too.
std::string Enc(uint32_t cp) {
  std::string o;
  if (cp < 0x80) {
    o += static_cast<char>(cp);
  } else if (cp < 0x800) {
    o += static_cast<char>(0xC0 | (cp >> 6));
    o += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    o += static_cast<char>(0xE0 | (cp >> 12));
    o += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    o += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x200000) {
    o += static_cast<char>(0xF0 | (cp >> 18));
    o += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    o += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    o += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x4000000) {
    o += static_cast<char>(0xF8 | (cp >> 24));
    for (int shift = 18; shift >= 0; shift -= 6) o += static_cast<char>(0x80 | ((cp >> shift) & 0x3F));
  } else {
    o += static_cast<char>(0xFC | (cp >> 30));
    for (int shift = 24; shift >= 0; shift -= 6) o += static_cast<char>(0x80 | ((cp >> shift) & 0x3F));
  }
  return o;
}

std::string Bytes(std::initializer_list<int> bytes) {
  std::string o;
  for (int b : bytes) o += static_cast<char>(b);
  return o;
}

// JSON string literal of valid UTF-8 `s` (controls escaped; everything else as is).
std::string JsonString(std::string_view s) {
  std::string o = "\"";
  for (unsigned char c : s) {
    switch (c) {
      case '"': o += "\\\""; break;
      case '\\': o += "\\\\"; break;
      case '\n': o += "\\n"; break;
      case '\r': o += "\\r"; break;
      case '\t': o += "\\t"; break;
      default:
        if (c < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          o += buf;
        } else {
          o += static_cast<char>(c);
        }
    }
  }
  return o + "\"";
}

class Builder {
 public:
  void Add(std::string kind, std::string what, std::string content, Expect expect) {
    docs_.push_back({kind + "_" + what, std::move(kind), std::move(content), expect, false});
  }
  void AddJsonl(std::string what, std::string content) {
    docs_.push_back({"jsonl_" + what, "jsonl", std::move(content), Expect::kEither, true});
  }
  std::vector<HostileDoc> Take() { return std::move(docs_); }

 private:
  std::vector<HostileDoc> docs_;
};

void InvalidUtf8(Builder& b) {
  struct Bad {
    const char* what;
    std::string bytes;
  };
  std::vector<Bad> bad = {
      {"lone_continuation_80", Bytes({0x80})},
      {"lone_continuation_bf", Bytes({0xBF})},
      {"continuation_run", Bytes({0x80, 0x81, 0x82, 0xBF, 0xA0})},
      {"truncated_2byte", Bytes({0xC3})},
      {"truncated_3byte_1", Bytes({0xE2})},
      {"truncated_3byte_2", Bytes({0xE2, 0x82})},
      {"truncated_4byte_1", Bytes({0xF0})},
      {"truncated_4byte_2", Bytes({0xF0, 0x9F})},
      {"truncated_4byte_3", Bytes({0xF0, 0x9F, 0x98})},
      {"lead_then_ascii", Bytes({0xC3, 0x41})},
      {"overlong_nul_c080", Bytes({0xC0, 0x80})},
      {"overlong_slash_c0af", Bytes({0xC0, 0xAF})},
      {"overlong_c1bf", Bytes({0xC1, 0xBF})},
      {"overlong_3byte_e08080", Bytes({0xE0, 0x80, 0x80})},
      {"overlong_3byte_e09fbf", Bytes({0xE0, 0x9F, 0xBF})},
      {"overlong_4byte_f0808080", Bytes({0xF0, 0x80, 0x80, 0x80})},
      {"overlong_4byte_f08fbfbf", Bytes({0xF0, 0x8F, 0xBF, 0xBF})},
      {"surrogate_high_d800", Enc(0xD800)},
      {"surrogate_low_dfff", Enc(0xDFFF)},
      {"surrogate_pair_cesu8", Enc(0xD83D) + Enc(0xDE00)},
      {"above_max_110000", Enc(0x110000)},
      {"above_max_1fffff", Enc(0x1FFFFF)},
      {"five_byte_form", Enc(0x3FFFFFF)},
      {"six_byte_form", Enc(0x7FFFFFFF)},
      {"byte_f5", Bytes({0xF5, 0x80, 0x80, 0x80})},
      {"byte_fe", Bytes({0xFE})},
      {"byte_ff", Bytes({0xFF})},
      {"latin1_accents", Bytes({'d', 0xE9, 'c', 'l', 'a', 'r', 0xE9})},
      {"utf16le_bom", Bytes({0xFF, 0xFE, 'P', 0, 'a', 0})},
      {"cp1252_quotes", Bytes({0x93, 'o', 'u', 'i', 0x94})},
  };
  for (const Bad& x : bad) {
    b.Add("utf8", std::string(x.what) + "_mid", std::string(kFrench, 60) + x.bytes + (kFrench + 60), Expect::kError);
  }
  // At the very start and the very end (a decoder's edges).
  b.Add("utf8", "truncated_at_end", std::string(kEnglish) + Bytes({0xE2, 0x80}), Expect::kError);
  b.Add("utf8", "continuation_at_start", Bytes({0x80}) + kEnglish, Expect::kError);
  b.Add("utf8", "only_invalid", Rep(Bytes({0xC0, 0x80, 0xFF}), 1000), Expect::kError);
  // Random bytes with a little text: invalid almost surely.
  Rng rng(9);
  std::string noise = kFrench;
  for (int i = 0; i < 2000; ++i) noise[rng.Below(noise.size())] = static_cast<char>(0x80 + rng.Below(128));
  b.Add("utf8", "sprinkled_high_bytes", noise, Expect::kError);
}

void NulAndEmpty(Builder& b) {
  b.Add("nul", "at_start", std::string(1, '\0') + kFrench, Expect::kError);
  b.Add("nul", "in_middle", std::string(kEnglish, 100) + std::string(1, '\0') + (kEnglish + 100), Expect::kError);
  b.Add("nul", "at_end", std::string(kEnglish) + std::string(1, '\0'), Expect::kError);
  b.Add("nul", "only_nuls", std::string(4096, '\0'), Expect::kError);
  b.Add("empty", "nothing", "", Expect::kError);
  b.Add("empty", "spaces", Rep(" ", 1000), Expect::kError);
  b.Add("empty", "newlines", Rep("\n", 100000), Expect::kError);
  b.Add("empty", "crs", Rep("\r", 1000), Expect::kError);
  b.Add("empty", "nbsp_only", Rep("\u00A0\u202F\u2009", 100), Expect::kEither);
  b.Add("empty", "bom_only", "\xEF\xBB\xBF", Expect::kEither);
  b.Add("empty", "bom_newline", "\xEF\xBB\xBF\n", Expect::kEither);
}

void LineEnds(Builder& b) {
  auto replace = [](std::string s, std::string_view nl) {
    std::string o;
    for (char c : s) {
      if (c == '\n') o += nl; else o += c;
    }
    return o;
  };
  b.Add("lines", "bom_fr", std::string("\xEF\xBB\xBF") + kFrench, Expect::kResult);
  b.Add("lines", "bom_en", std::string("\xEF\xBB\xBF") + kEnglish, Expect::kResult);
  b.Add("lines", "bom_in_middle", std::string(kFrench, 50) + "\xEF\xBB\xBF" + (kFrench + 50), Expect::kResult);
  b.Add("lines", "bom_repeated", Rep("\xEF\xBB\xBF", 5000) + kEnglish, Expect::kEither);
  b.Add("lines", "cr_only_fr", replace(kFrench, "\r"), Expect::kResult);
  b.Add("lines", "cr_only_en", replace(kEnglish, "\r"), Expect::kResult);
  b.Add("lines", "crlf_fr", replace(kFrench, "\r\n"), Expect::kResult);
  b.Add("lines", "crlf_en", replace(kEnglish, "\r\n"), Expect::kResult);
  b.Add("lines", "lfcr", replace(kEnglish, "\n\r"), Expect::kResult);
  b.Add("lines", "unicode_line_separator", replace(kFrench, "\u2028"), Expect::kResult);
  b.Add("lines", "unicode_paragraph_separator", replace(kEnglish, "\u2029"), Expect::kResult);
  b.Add("lines", "nel", replace(kFrench, "\u0085"), Expect::kResult);
  b.Add("lines", "form_feed_vtab", replace(kEnglish, "\f\v"), Expect::kResult);
  b.Add("lines", "one_char_lines_a", Rep("a\n", 100000), Expect::kEither);
  b.Add("lines", "one_char_lines_capital", Rep("A\n", 100000), Expect::kEither);
  b.Add("lines", "one_char_lines_accent", Rep("\u00E9\n", 100000), Expect::kEither);
  b.Add("lines", "one_char_lines_dot", Rep(".\n", 100000), Expect::kEither);
  b.Add("lines", "one_char_lines_guillemet", Rep("\u00AB\n", 100000), Expect::kEither);
  b.Add("lines", "one_char_lines_digits", Rep("7\n", 100000), Expect::kEither);
  b.Add("lines", "one_char_lines_crlf", Rep("M\r\n", 100000), Expect::kEither);
  b.Add("lines", "blank_lines_between_words", Rep("Paris\n\n\n\n", 20000), Expect::kEither);
  std::string mixed;
  Rng rng(4);
  const char* ends[] = {"\n", "\r", "\r\n", "\n\n", "\u2028", " "};
  for (int i = 0; i < 20000; ++i) mixed += std::string("mot") + ends[rng.Below(6)];
  b.Add("lines", "mixed_line_ends", mixed, Expect::kEither);
}

void LongLines(Builder& b) {
  b.Add("long", "one_word_1mb_a", Rep("a", 1 << 20), Expect::kEither);
  b.Add("long", "one_word_1mb_capital", "A" + Rep("b", (1 << 20) - 1), Expect::kEither);
  b.Add("long", "one_word_1mb_accents", Rep("\u00E9", 1 << 19), Expect::kEither);
  b.Add("long", "one_word_digits", Rep("0123456789", 100000), Expect::kEither);
  b.Add("long", "one_word_apostrophes", Rep("l'", 100000), Expect::kEither);
  b.Add("long", "one_word_hyphens", Rep("a-", 200000), Expect::kEither);
  b.Add("long", "one_word_dots", Rep("a.", 200000), Expect::kEither);
  b.Add("long", "one_word_url", "https://example.org/" + Rep("x/", 200000), Expect::kEither);
  b.Add("long", "dashes", Rep("-", 500000), Expect::kEither);
  b.Add("long", "underscores_and_slashes", Rep("_/\\", 50000), Expect::kEither);
  b.Add("long", "cjk_no_spaces", Rep("\u5916\u4EA4\u90E8\u957F\u8868\u793A", 50000), Expect::kEither);
  b.Add("long", "thai_no_spaces", Rep("\u0E23\u0E31\u0E10\u0E1A\u0E32\u0E25", 50000), Expect::kEither);
  // One sentence of 500 KB with spaces: every stage's per-sentence work at its worst.
  b.Add("long", "sentence_500kb_fr", Rep("le ministre des affaires étrangères a dit que ", 11500), Expect::kEither);
  b.Add("long", "sentence_500kb_en", Rep("the foreign minister said that ", 17000), Expect::kEither);
  b.Add("long", "sentence_of_countries_fr",
        "La France accuse " + Rep("la Russie, l'Allemagne, la Chine, les États-Unis, ", 5000) + "de tout.",
        Expect::kEither);
  b.Add("long", "sentence_of_countries_en",
        "Russia accused " + Rep("China, Germany, France, the United States and Iran, ", 5000) + "of everything.",
        Expect::kEither);
  b.Add("long", "sentence_of_verbs_fr",
        "Paris " + Rep("condamne, accuse, menace, rencontre, soutient, ", 10000) + "Moscou.", Expect::kEither);
  b.Add("long", "sentence_of_verbs_en",
        "Washington " + Rep("condemns, accuses, threatens, meets, supports, ", 10000) + "Beijing.", Expect::kEither);
  b.Add("long", "sentence_of_cues_fr", Rep("a déclaré ", 50000) + "Lavrov.", Expect::kEither);
  b.Add("long", "sentence_of_cues_en", Rep("said ", 100000) + "Rubio.", Expect::kEither);
  b.Add("long", "sentence_of_names_fr", Rep("le président Emmanuel Macron et ", 15000) + "Olaf Scholz.", Expect::kEither);
  b.Add("long", "sentence_of_prepositions", Rep("de la ", 75000) + "France.", Expect::kEither);
  b.Add("long", "sentence_of_conjunctions_en", Rep("and ", 100000) + "Iran.", Expect::kEither);
}

void Quotes(Builder& b) {
  b.Add("quotes", "open_guillemets_spaced", Rep("\u00AB ", 100000), Expect::kEither);
  b.Add("quotes", "open_guillemets_tight", Rep("\u00AB", 100000), Expect::kEither);
  b.Add("quotes", "close_guillemets", Rep(" \u00BB", 100000), Expect::kEither);
  b.Add("quotes", "nested_guillemets_words",
        Rep("\u00AB Il a dit ", 20000) + "rien" + Rep(" \u00BB", 20000) + ", a déclaré Lavrov.", Expect::kEither);
  b.Add("quotes", "nested_guillemets_unbalanced_open",
        Rep("\u00AB Il a dit ", 20000) + "rien, a déclaré Lavrov.", Expect::kEither);
  b.Add("quotes", "nested_guillemets_unbalanced_close",
        "Lavrov a déclaré : " + Rep("rien \u00BB ", 20000), Expect::kEither);
  b.Add("quotes", "straight_doubles", Rep("\" ", 100000), Expect::kEither);
  b.Add("quotes", "straight_doubles_tight", Rep("\"", 100000), Expect::kEither);
  b.Add("quotes", "straight_doubles_words", Rep("\"We said ", 30000) + "nothing,\" said Rubio.", Expect::kEither);
  b.Add("quotes", "curly_doubles_mixed", Rep("\u201C \u201D \u201C \u201E ", 30000), Expect::kEither);
  b.Add("quotes", "curly_singles_mixed", Rep("\u2018 \u2019 \u2018 ' ", 30000), Expect::kEither);
  b.Add("quotes", "all_kinds_interleaved",
        Rep("\u00AB \u201C \u2018 \" ' \u2039 \u201E \u300C word \u00BB \u201D \u2019 \" ' \u203A \u201C \u300D ", 10000),
        Expect::kEither);
  b.Add("quotes", "quote_marks_only_dispatch",
        "\u00AB\u00BB\u201C\u201D\n\n" + Rep("\u00AB\u00BB \u201C\u201D \u2018\u2019 \"\" ''\n", 5000), Expect::kEither);
  b.Add("quotes", "guillemet_sentences",
        Rep("\u00AB Nous refusons. \u00BB ", 20000) + "a déclaré le ministre.", Expect::kEither);
  b.Add("quotes", "many_short_quotes_fr",
        Rep("\u00AB Non \u00BB, a dit Lavrov. ", 10000), Expect::kEither);
  b.Add("quotes", "many_short_quotes_en", Rep("\"No,\" Rubio said. ", 10000), Expect::kEither);
  b.Add("quotes", "quote_spanning_paragraphs",
        "\u00AB " + Rep("Nous continuerons.\n\n", 20000) + "\u00BB, a déclaré Macron.", Expect::kEither);
  b.Add("quotes", "apostrophes_as_quotes", Rep("l'a dit l'homme d'Etat' ", 15000), Expect::kEither);
  b.Add("quotes", "cue_then_colon_no_quote", Rep("Il a déclaré : ", 20000), Expect::kEither);
  b.Add("quotes", "german_and_cjk_quotes",
        "Der Minister sagte: \u201EWir kommen.\u201C " + Rep("\u300C\u300E\u300F\u300D", 20000), Expect::kEither);
}

void Capitals(Builder& b) {
  const char* names[] = {"Jean", "Paul", "Marie", "Pierre", "Anne", "Louis", "Claire", "Henri"};
  std::string caps;
  Rng rng(7);
  for (int i = 0; i < 50000; ++i) caps += std::string(names[rng.Below(8)]) + " ";
  b.Add("caps", "endless_first_names", caps, Expect::kEither);
  b.Add("caps", "endless_title_case_en", Rep("The United Nations Security Council Of The World ", 10000), Expect::kEither);
  b.Add("caps", "all_caps_dispatch", [] {
    std::string s = kFrench;
    for (char& c : s) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c);
    return s;
  }(), Expect::kResult);
  b.Add("caps", "all_caps_words", Rep("PARIS LONDRES BERLIN MOSCOU ", 15000), Expect::kEither);
  b.Add("caps", "initials", Rep("M. J. K. L. ", 25000), Expect::kEither);
  b.Add("caps", "titles_chain", Rep("M. le président ", 40000) + "Macron.", Expect::kEither);
  b.Add("caps", "known_names_repeated", Rep("Vladimir Poutine ", 25000), Expect::kEither);
  b.Add("caps", "known_names_repeated_en", Rep("Donald Trump, ", 25000), Expect::kEither);
  b.Add("caps", "hyphenated_capitals", Rep("Jean-Marie-Louis-", 40000) + "Dupont", Expect::kEither);
  b.Add("caps", "capital_after_every_period", Rep("A. B. C. D. E. ", 20000), Expect::kEither);
  b.Add("caps", "organisations_soup", Rep("ONU OTAN UE FMI OMS BCE G7 G20 ", 10000), Expect::kEither);
}

void Numbers(Builder& b) {
  std::string counting;
  for (int i = 0; i < 100000; ++i) counting += std::to_string(i) + " ";
  b.Add("numbers", "counting", counting, Expect::kEither);
  std::string dates_fr, dates_en, iso;
  const char* mois[] = {"janvier", "février", "mars", "avril", "mai", "juin",
                        "juillet", "août", "septembre", "octobre", "novembre", "décembre"};
  const char* months[] = {"January", "February", "March", "April", "May", "June",
                          "July", "August", "September", "October", "November", "December"};
  for (int i = 0; i < 20000; ++i) {
    dates_fr += "le " + std::to_string(1 + i % 31) + " " + mois[i % 12] + " " + std::to_string(1900 + i % 200) + ", ";
    dates_en += std::string(months[i % 12]) + " " + std::to_string(1 + i % 31) + ", " + std::to_string(1900 + i % 200) + "; ";
    iso += std::to_string(1000 + i % 9000) + "-" + std::to_string(1 + i % 13) + "-" + std::to_string(i % 40) + " ";
  }
  b.Add("numbers", "endless_dates_fr", "Le ministre a dit " + dates_fr + ".", Expect::kEither);
  b.Add("numbers", "endless_dates_en", "The minister said " + dates_en + ".", Expect::kEither);
  b.Add("numbers", "endless_iso_dates_some_invalid", iso, Expect::kEither);
  b.Add("numbers", "endless_weekdays_fr", Rep("lundi mardi mercredi jeudi vendredi samedi dimanche ", 10000), Expect::kEither);
  b.Add("numbers", "endless_weekdays_en", Rep("Monday Tuesday Wednesday Thursday Friday ", 10000), Expect::kEither);
  b.Add("numbers", "endless_relative_fr", Rep("hier aujourd'hui demain la semaine prochaine il y a deux jours ", 5000), Expect::kEither);
  b.Add("numbers", "endless_relative_en", Rep("yesterday today tomorrow next week two days ago last month ", 5000), Expect::kEither);
  b.Add("numbers", "endless_times", Rep("à 12h30, à 14 h, à 23:59, at 3 p.m., at noon, ", 5000), Expect::kEither);
  b.Add("numbers", "huge_integers",
        "Il y a " + Rep("9", 400) + " jours, dans " + Rep("9", 30) + " ans, le " + Rep("9", 25) +
            " mars " + Rep("9", 25) + ", en l'an 99999999999, il y a 18446744073709551616 semaines.",
        Expect::kEither);
  b.Add("numbers", "huge_integers_en",
        Rep("9", 400) + " days ago, in " + Rep("9", 30) + " years, on March " + Rep("9", 25) + ", " +
            Rep("9", 25) + ", 2147483648 weeks from now, -2147483649 BC.",
        Expect::kEither);
  b.Add("numbers", "impossible_dates",
        "le 31 février 2025, le 0 janvier 2024, le 32 mars 2023, le 29 février 2023, 2025-13-45, 2025-00-00, "
        "February 30, 2024, 00/00/0000, 99/99/9999, le 1er janvier de l'an 0, l'an -500, 24:61, 25h99.",
        Expect::kEither);
  b.Add("numbers", "number_separators",
        Rep("1,000,000,000.5 1 000 000,5 1.000.000 1'000'000 ", 10000), Expect::kEither);
  b.Add("numbers", "years_everywhere", [] {
    std::string s;
    for (int y = 0; y < 10000; ++y) s += "en " + std::to_string(y) + ", ";
    return s;
  }(), Expect::kEither);
  b.Add("numbers", "durations", Rep("pendant 3 jours, for 5 years, depuis 10 ans, P3D, ", 10000), Expect::kEither);
  b.Add("numbers", "arabic_indic_digits", Rep("\u0661\u0662\u0663 \u0664\u0665 \u06F1\u06F2 ", 30000), Expect::kEither);
  b.Add("numbers", "fullwidth_digits", Rep("\uFF11\uFF12\u5E74\uFF13\u6708 ", 30000), Expect::kEither);
}

void SentenceEnds(Builder& b) {
  b.Add("ends", "dots", Rep(".", 1000000), Expect::kEither);
  b.Add("ends", "dots_spaced", Rep(". ", 250000), Expect::kEither);
  b.Add("ends", "bangs_and_questions", Rep("!?", 500000), Expect::kEither);
  b.Add("ends", "ellipsis_char", Rep("\u2026", 150000), Expect::kEither);
  b.Add("ends", "word_dot", Rep("Oui. ", 100000), Expect::kEither);
  b.Add("ends", "abbreviations", Rep("M. Mme. Dr. St. U.S. e.g. etc. ", 15000), Expect::kEither);
  b.Add("ends", "dots_then_text", Rep(".", 100000) + kFrench, Expect::kResult);
  b.Add("ends", "semicolons_colons", Rep(";:", 150000), Expect::kEither);
}

void Scripts(Builder& b) {
  const std::string arabic = "\u0642\u0627\u0644 \u0648\u0632\u064A\u0631 \u0627\u0644\u062E\u0627\u0631\u062C\u064A\u0629 ";
  const std::string hebrew = "\u05D0\u05DE\u05E8 \u05E9\u05E8 \u05D4\u05D7\u05D5\u05E5 ";
  b.Add("rtl", "arabic", Rep(arabic, 30000), Expect::kEither);
  b.Add("rtl", "hebrew", Rep(hebrew, 30000), Expect::kEither);
  b.Add("rtl", "arabic_in_french", std::string(kFrench, 120) + arabic + "\u00AB " + arabic + "\u00BB" + (kFrench + 120),
        Expect::kResult);
  b.Add("rtl", "hebrew_in_english", std::string(kEnglish, 120) + "\"" + hebrew + "\"" + (kEnglish + 120), Expect::kResult);
  b.Add("rtl", "bidi_controls",
        Rep("\u202EParis\u202C \u202DLondres\u202C \u2066Berlin\u2069 \u200F\u200E ", 10000), Expect::kEither);
  b.Add("rtl", "bidi_override_in_dispatch",
        std::string(kEnglish, 90) + "\u202E" + (kEnglish + 90), Expect::kResult);
  b.Add("combining", "zalgo", [] {
    std::string s;
    Rng rng(3);
    for (int i = 0; i < 20000; ++i) {
      s += static_cast<char>('a' + rng.Below(26));
      for (size_t k = rng.Below(30); k > 0; --k) s += Enc(0x300 + static_cast<uint32_t>(rng.Below(0x70)));
      if (rng.Below(6) == 0) s += ' ';
    }
    return s;
  }(), Expect::kEither);
  b.Add("combining", "stacked_on_one_letter", "e" + Rep("\u0301", 200000), Expect::kEither);
  b.Add("combining", "marks_at_start", Rep("\u0301\u0327", 1000) + kFrench, Expect::kEither);
  b.Add("combining", "marks_after_spaces_and_quotes",
        Rep(" \u0301\u00AB\u0301 \u0308\"\u0308 .\u0301 ", 20000), Expect::kEither);
  b.Add("combining", "nfd_french", [] {
    std::string s = kFrench;
    std::string o;
    // é (C3 A9) -> e + U+0301; è -> e + U+0300; à -> a + U+0300; ç -> c + U+0327.
    for (size_t i = 0; i < s.size(); ++i) {
      if (s.compare(i, 2, "\u00E9") == 0) { o += "e\u0301"; ++i; }
      else if (s.compare(i, 2, "\u00E8") == 0) { o += "e\u0300"; ++i; }
      else if (s.compare(i, 2, "\u00E0") == 0) { o += "a\u0300"; ++i; }
      else if (s.compare(i, 2, "\u00E7") == 0) { o += "c\u0327"; ++i; }
      else o += s[i];
    }
    return o;
  }(), Expect::kResult);
  b.Add("combining", "marks_inside_names",
        std::string("Le pre\u0301sident Emmanuel\u0301 Macron\u0308 a re\u0301pondu a\u0300 Vladimir\u0336 "
                    "Poutine\u0335 le 3\u0301 mars.\n"),
        Expect::kResult);
  b.Add("combining", "hangul_jamo", Rep("\u1100\u1161\u11A8 \u1102\u1165 ", 30000), Expect::kEither);
  b.Add("combining", "devanagari", Rep("\u0935\u093F\u0926\u0947\u0936 \u092E\u0902\u0924\u094D\u0930\u0940 ", 20000), Expect::kEither);
  b.Add("scripts", "cyrillic_lookalikes",
        "\u0420\u0430ris et \u0412erlin ont sign\u0435 un \u0430ccord, a d\u0435clar\u0435 "
        "\u0415mmanuel M\u0430cron le 3 m\u0430rs.\n",
        Expect::kResult);
  b.Add("scripts", "russian", Rep("\u041C\u0438\u043D\u0438\u0441\u0442\u0440 \u0421\u0435\u0440\u0433\u0435\u0439 "
                                  "\u041B\u0430\u0432\u0440\u043E\u0432 \u0437\u0430\u044F\u0432\u0438\u043B. ", 10000),
        Expect::kEither);
  b.Add("scripts", "greek", Rep("\u039F \u03C5\u03C0\u03BF\u03C5\u03C1\u03B3\u03CC\u03C2 \u03B5\u03AF\u03C0\u03B5. ", 10000),
        Expect::kEither);
  b.Add("scripts", "mixed_every_word", [] {
    const char* words[] = {"Paris", "\u041C\u043E\u0441\u043A\u0432\u0430", "\u5317\u4EAC", "\u0627\u0644\u0642\u0627\u0647\u0631\u0629",
                           "\u05D9\u05E8\u05D5\u05E9\u05DC\u05D9\u05DD", "\u0391\u03B8\u03AE\u03BD\u03B1", "Berlin",
                           "\u6771\u4EAC", "\uC11C\uC6B8", "\u0E01\u0E23\u0E38\u0E07\u0E40\u0E17\u0E1E"};
    std::string s;
    Rng rng(11);
    for (int i = 0; i < 25000; ++i) s += std::string(words[rng.Below(10)]) + (rng.Below(8) == 0 ? ". " : " ");
    return s;
  }(), Expect::kEither);
  b.Add("scripts", "math_alphanumerics", Rep("\U0001D40F\U0001D41A\U0001D42B\U0001D422\U0001D42C ", 30000), Expect::kEither);
  b.Add("scripts", "fullwidth_latin", Rep("\uFF30\uFF41\uFF52\uFF49\uFF53 ", 30000), Expect::kEither);
}

void EmojiAndInvisible(Builder& b) {
  b.Add("emoji", "faces", Rep("\U0001F600\U0001F602\U0001F621 ", 50000), Expect::kEither);
  b.Add("emoji", "zwj_families", Rep("\U0001F468\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466 ", 30000), Expect::kEither);
  b.Add("emoji", "flags", Rep("\U0001F1EB\U0001F1F7\U0001F1FA\U0001F1F8\U0001F1F7\U0001F1FA ", 30000), Expect::kEither);
  b.Add("emoji", "skin_tones", Rep("\U0001F44D\U0001F3FD\U0001F44E\U0001F3FF ", 30000), Expect::kEither);
  b.Add("emoji", "in_dispatch",
        std::string(kFrench, 100) + "\U0001F1EB\U0001F1F7\u2764\uFE0F\U0001F468\u200D\U0001F4BB" + (kFrench + 100),
        Expect::kResult);
  b.Add("emoji", "lone_regional_indicators", Rep("\U0001F1EB", 50001), Expect::kEither);
  b.Add("emoji", "tag_sequences", Rep("\U0001F3F4\U000E0067\U000E0062\U000E0073\U000E0063\U000E0074\U000E007F ", 20000),
        Expect::kEither);
  b.Add("invisible", "zero_width_in_words",
        "Pa\u200Bris et Ber\u200Clin ont si\u200Dgn\u00E9 un ac\u2060cord, a d\u00E9\u00ADclar\u00E9 Em\uFEFFmanuel Macron.\n",
        Expect::kResult);
  b.Add("invisible", "zero_width_only", Rep("\u200B\u200C\u200D\u2060\uFEFF", 50000), Expect::kEither);
  b.Add("invisible", "soft_hyphens", Rep("mi\u00ADnis\u00ADtre ", 50000), Expect::kEither);
  b.Add("invisible", "variation_selectors", Rep("a\uFE0F\uFE0E\U000E0100 ", 50000), Expect::kEither);
  b.Add("invisible", "noncharacters", Rep("\uFFFE\uFFFF\U0001FFFE\U0010FFFF\uFDD0 ", 20000), Expect::kEither);
  b.Add("invisible", "private_use", Rep("\uE000\uF8FF\U000F0000\U00100000 ", 20000), Expect::kEither);
  b.Add("invisible", "replacement_chars", Rep("\uFFFD", 100000), Expect::kEither);
  b.Add("invisible", "exotic_spaces", [] {
    std::string s;
    const char* spaces[] = {"\u00A0", "\u2000", "\u2003", "\u2009", "\u200A", "\u202F", "\u205F", "\u3000", "\u1680"};
    for (int i = 0; i < 30000; ++i) s += std::string("mot") + spaces[i % 9];
    return s;
  }(), Expect::kEither);
  b.Add("invisible", "narrow_nbsp_french",
        "Le ministre a d\u00E9clar\u00E9\u202F: \u00AB\u202FNous viendrons\u202F!\u202F\u00BB Le 3\u00A0mars\u00A02025, "
        "\u00E0 14\u202Fh\u202F30.\n",
        Expect::kResult);
}

void Controls(Builder& b) {
  std::string c0;
  for (int i = 1; i < 32; ++i) c0 += static_cast<char>(i);
  c0 += '\x7F';
  b.Add("controls", "all_c0_and_del", Rep(c0, 10000), Expect::kEither);
  b.Add("controls", "c0_in_dispatch", std::string(kFrench, 70) + c0 + (kFrench + 70), Expect::kResult);
  std::string c1;
  for (uint32_t cp = 0x80; cp < 0xA0; ++cp) c1 += Enc(cp);
  b.Add("controls", "all_c1", Rep(c1, 5000), Expect::kEither);
  b.Add("controls", "c1_in_dispatch", std::string(kEnglish, 80) + c1 + (kEnglish + 80), Expect::kResult);
  b.Add("controls", "ansi_escapes", Rep("\x1B[31mRussia\x1B[0m accuses \x1B[1mUkraine\x1B[0m. ", 10000),
        Expect::kEither);
  b.Add("controls", "backspaces_over_words", Rep("Paris\b\b\b\b\bLondon ", 10000), Expect::kEither);
  b.Add("controls", "tabs_everywhere", Rep("\tmot\t\t", 50000), Expect::kEither);
  b.Add("controls", "bell_in_names", "Le pr\u00E9sident Em\amanuel Ma\acron a dit\a.\n", Expect::kResult);
}

void Markup(Builder& b) {
  b.Add("markup", "html_dispatch",
        "<html><head><title>Accord</title><script>var x = \"</script>\";</script></head><body>\n<p>" +
            std::string(kFrench) + "</p>\n<!-- comment \u00AB not a quote \u00BB -->\n</body></html>\n",
        Expect::kResult);
  b.Add("markup", "entities", Rep("&amp; &lt;b&gt; &#171; &#xAB; &nbsp; &eacute; &#0; &#xD800; ", 10000), Expect::kEither);
  b.Add("markup", "unclosed_tags", Rep("<p><b><i><a href=\"", 15000), Expect::kEither);
  b.Add("markup", "cdata_and_json",
        "<![CDATA[" + std::string(kEnglish) + "]]> {\"id\": \"x\", \"text\": \"\\u0000\\ud800\"} \\\" \\\\ \\n",
        Expect::kResult);
  b.Add("markup", "json_escapes_as_text", Rep("\\u0000 \\ud800 \\\" \\\\ \\/ \\b \\f ", 10000), Expect::kEither);
  b.Add("markup", "markdown", Rep("# Titre\n\n**Paris** _Berlin_ `code` [lien](http://x) > cit\n", 5000),
        Expect::kEither);
  b.Add("markup", "tsv_and_csv", Rep("id\ttext\tlang\n1\t\"a,b\"\tfr\n", 10000), Expect::kEither);
}

void Furniture(Builder& b) {
  b.Add("furniture", "repeated_datelines_fr", Rep("PARIS, 3 mars (Reuters) - ", 10000), Expect::kEither);
  b.Add("furniture", "repeated_datelines_en", Rep("WASHINGTON, March 3 (Reuters) - ", 10000), Expect::kEither);
  b.Add("furniture", "repeated_datelines_lines", Rep("MOSCOU, 26 février (Reuters) -\n", 10000), Expect::kEither);
  b.Add("furniture", "dateline_then_nothing", "PARIS, 3 mars (Reuters) -", Expect::kEither);
  b.Add("furniture", "headline_only", "Paris et Berlin signent un accord\n", Expect::kEither);
  b.Add("furniture", "headlines_only", Rep("Paris et Berlin signent un accord\n\n", 10000), Expect::kEither);
  b.Add("furniture", "repeated_credits_fr", Rep("(Reportage Marie Martin, \u00E9dit\u00E9 par Paul Durand)\n", 5000),
        Expect::kEither);
  b.Add("furniture", "repeated_credits_en", Rep("(Reporting by Anna Lee; Editing by Tom Brown)\n", 5000),
        Expect::kEither);
  b.Add("furniture", "repeated_update_notes", Rep("Actualis\u00E9 avec d\u00E9tails\nUPDATE 2-\nREFILE-\n", 10000),
        Expect::kEither);
  b.Add("furniture", "endless_parenthesis", Rep("(", 300000) + "Reuters" + Rep(")", 1000), Expect::kEither);
  b.Add("furniture", "timestamp_lines",
        Rep("26 f\u00E9vrier 2025 15:16 UTC+1 Mis \u00E0 jour il y a 3 heures\n", 10000), Expect::kEither);
  b.Add("furniture", "dateline_with_hostile_place", "\u00AB\u00BB, 3 mars (Reuters) - " + std::string(kFrench),
        Expect::kResult);
  b.Add("furniture", "provider_soup", Rep("(Reuters) (AFP) (AP) (Bloomberg) - ", 10000), Expect::kEither);
}

void Tiny(Builder& b) {
  const char* tiny[] = {"a", "A", ".", "\u00AB", "\u00BB", "\"", "'", "1", "M.", "\u0301", "\U0001F600",
                        "-", "(", ")", "\u00E9", "Le", "said", "\u00AB \u00BB", "a d\u00E9clar\u00E9", "\u202E",
                        "\t", "x\r", "\u2028", "PARIS -", "(Reuters)"};
  int i = 0;
  for (const char* t : tiny) {
    b.Add("tiny", std::to_string(i++), t, Expect::kEither);
  }
}

void Languages(Builder& b) {
  std::string alternating;
  for (int i = 0; i < 3000; ++i) {
    alternating += i % 2 ? "The minister said the talks would resume. " : "Le ministre a dit que les discussions reprendraient. ";
  }
  b.Add("langid", "alternating_fr_en", alternating, Expect::kResult);
  b.Add("langid", "german", Rep("Der Au\u00DFenminister sagte am Montag, die Gespr\u00E4che w\u00FCrden fortgesetzt. ", 5000),
        Expect::kEither);
  b.Add("langid", "spanish", Rep("El ministro dijo el lunes que las conversaciones continuar\u00E1n. ", 5000), Expect::kEither);
  b.Add("langid", "punctuation_only", Rep("!?.,;:()[]{}", 20000), Expect::kEither);
  b.Add("langid", "digits_only", Rep("0123456789 ", 20000), Expect::kEither);
}

void Jsonl(Builder& b) {
  auto rec = [](std::string_view id, std::string_view text) {
    return "{\"id\": " + JsonString(id) + ", \"text\": " + JsonString(text) + "}\n";
  };
  b.AddJsonl("broken_json",
             "{\"id\": \"a\", \"text\": \"abc\"\n"
             "{\"id\": \"b\", \"text\": \"abc\"}}\n"
             "{\"id\": \"c\" \"text\": \"abc\"}\n"
             "{id: \"d\", text: \"abc\"}\n"
             "{\"id\": \"e\", \"text\": \"unterminated}\n"
             "{\"id\": \"f\", \"text\": \"bad escape \\q\"}\n"
             "{\"id\": \"g\", \"text\": 'single'}\n"
             "{\"id\": \"h\", \"text\": \"trailing\",}\n"
             "}\n"
             "{\n"
             "\"just a string\"\n"
             "null\n"
             "12345\n"
             "true\n" +
                 rec("ok_after_broken", kEnglish));
  b.AddJsonl("wrong_types",
             "{\"id\": \"a\", \"text\": 17}\n"
             "{\"id\": \"b\", \"text\": null}\n"
             "{\"id\": \"c\", \"text\": [\"a\", \"b\"]}\n"
             "{\"id\": \"d\", \"text\": {\"nested\": \"x\"}}\n"
             "{\"id\": \"e\", \"text\": true}\n"
             "{\"id\": [1], \"text\": \"Le ministre a dit oui.\"}\n"
             "{\"id\": {\"x\": 1}, \"text\": \"Le ministre a dit oui.\"}\n"
             "{\"id\": null, \"text\": \"Le ministre a dit oui.\"}\n"
             "{\"id\": 1e308, \"text\": \"Le ministre a dit oui.\"}\n"
             "{\"id\": -0, \"text\": \"Le ministre a dit oui.\"}\n"
             "{\"id\": 18446744073709551616, \"text\": \"Le ministre a dit oui.\"}\n"
             "{\"id\": \"f\", \"text\": \"The minister said yes.\", \"lang\": 42}\n"
             "{\"id\": \"g\", \"text\": \"The minister said yes.\", \"lang\": \"xx\"}\n"
             "{\"id\": \"h\", \"text\": \"The minister said yes.\", \"published\": 42}\n"
             "{\"id\": \"i\", \"text\": \"The minister said yes.\", \"published\": \"not a date\"}\n"
             "{\"id\": \"j\", \"text\": \"The minister said yes.\", \"published\": \"9999-99-99T99:99:99Z\"}\n"
             "{\"id\": \"k\", \"text\": \"The minister said yes.\", \"provider\": [null], \"url\": {}}\n"
             "[\"id\", \"text\"]\n");
  b.AddJsonl("missing_text",
             "{\"id\": \"a\"}\n"
             "{\"id\": \"b\", \"lang\": \"fr\"}\n"
             "{}\n"
             "{\"text\": \"Le ministre a dit oui, lundi.\"}\n"
             "{\"id\": \"e\", \"text\": \"\"}\n"
             "{\"id\": \"f\", \"text\": \"   \\n\\t  \"}\n"
             "{\"id\": \"g\", \"Text\": \"wrong case key\"}\n");
  b.AddJsonl("escapes",
             "{\"id\": \"nul_escape\", \"text\": \"Le ministre\\u0000 a dit.\"}\n"
             "{\"id\": \"lone_high_surrogate\", \"text\": \"Le ministre \\ud800 a dit.\"}\n"
             "{\"id\": \"lone_low_surrogate\", \"text\": \"Le ministre \\udc00 a dit.\"}\n"
             "{\"id\": \"reversed_pair\", \"text\": \"x \\udc00\\ud800 y\"}\n"
             "{\"id\": \"good_pair\", \"text\": \"Le ministre \\ud83d\\ude00 a dit oui.\"}\n"
             "{\"id\": \"escaped_controls\", \"text\": \"a\\u0001b\\u001fc\\u007f d\\b\\f e\"}\n"
             "{\"id\": \"escaped_quotes\", \"text\": \"\\u00ab Non \\u00bb, a dit Lavrov. \\\"No,\\\" said Rubio.\"}\n"
             "{\"id\": \"escaped_bom\", \"text\": \"\\ufeffLe ministre a dit oui.\"}\n"
             "{\"id\": \"escaped_line_separators\", \"text\": \"Paris\\u2028Berlin\\u2029Moscou\\r\\nLondres\\rRome\"}\n" +
                 std::string("{\"id\": \"raw_invalid_utf8\", \"text\": \"Le pr") + Bytes({0xE9}) + "sident\"}\n" +
                 "{\"id\": \"raw_overlong\", \"text\": \"a" + Bytes({0xC0, 0xAF}) + "b\"}\n" +
                 "{\"id\": \"raw_control_in_string\", \"text\": \"a\tb\"}\n");
  b.AddJsonl("duplicate_and_extra_keys",
             "{\"id\": \"a\", \"id\": \"b\", \"text\": \"Le ministre a dit oui.\", \"text\": \"The minister said yes.\"}\n"
             "{\"id\": \"c\", \"text\": \"Le ministre a dit oui.\", \"extra\": {\"deep\": [[[[[[[[[[1]]]]]]]]]]}}\n"
             "{\"id\": \"d\", \"text\": \"Le ministre a dit oui.\", \"x\": " +
             Rep("[", 5000) + Rep("]", 5000) + "}\n" + "{\"id\": \"e\", \"text\": \"The minister said yes.\", \"y\": " +
             Rep("{\"a\":", 2000) + "1" + Rep("}", 2000) + "}\n");
  // Huge fields, one file each (the one-second bound is per file).
  b.AddJsonl("huge_id", "{\"id\": " + JsonString(Rep("i", 1 << 20)) + ", \"text\": \"The minister said yes.\"}\n");
  b.AddJsonl("huge_lang_provider_url",
             "{\"id\": \"huge_lang\", \"text\": \"The minister said yes.\", \"lang\": " + JsonString(Rep("f", 100000)) +
                 "}\n" + "{\"id\": \"huge_provider\", \"text\": \"The minister said yes.\", \"provider\": " +
                 JsonString(Rep("Reuters ", 100000)) + ", \"url\": " + JsonString("http://x/" + Rep("y", 500000)) + "}\n");
  b.AddJsonl("huge_text", "{\"id\": \"huge_text\", \"text\": " + JsonString(Rep("Le ministre a dit oui. ", 20000)) + "}\n");
  b.AddJsonl("over_max_bytes", "{\"id\": \"over_max_bytes\", \"text\": " + JsonString(Rep("x", (8u << 20) + 10)) + "}\n");
  b.AddJsonl("blank_and_odd_lines",
             "\n\n   \n\t\n" + rec("a", kFrench) + "\r\n" + rec("b", kEnglish) + "\xEF\xBB\xBF" + rec("c_after_bom", kEnglish) +
                 "   " + rec("d_indented", kFrench) + rec("e_no_newline_at_end", "Le ministre a dit oui.").substr(0, 40));
  std::string many;
  for (int i = 0; i < 2000; ++i) many += rec("r" + std::to_string(i), i % 3 ? "x" : (i % 2 ? kFrench : ""));
  b.AddJsonl("many_small_records", many);
}

}  // namespace

std::vector<HostileDoc> GenerateCorpus() {
  Builder b;
  InvalidUtf8(b);
  NulAndEmpty(b);
  LineEnds(b);
  LongLines(b);
  Quotes(b);
  Capitals(b);
  Numbers(b);
  SentenceEnds(b);
  Scripts(b);
  EmojiAndInvisible(b);
  Controls(b);
  Markup(b);
  Furniture(b);
  Tiny(b);
  Languages(b);
  Jsonl(b);
  return b.Take();
}

std::vector<HostileDoc> ReadHandWritten(const std::string& dir) {
  namespace fs = std::filesystem;
  std::vector<fs::path> paths;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    if (entry.is_regular_file()) paths.push_back(entry.path());
  }
  std::sort(paths.begin(), paths.end());
  std::vector<HostileDoc> out;
  for (const fs::path& p : paths) {
    std::string ext = p.extension().string();
    if (ext != ".txt" && ext != ".jsonl") continue;
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    HostileDoc d;
    d.name = "hand_" + p.stem().string();
    d.kind = "hand";
    d.content = ss.str();
    d.jsonl = ext == ".jsonl";
    out.push_back(std::move(d));
  }
  return out;
}

bool WriteHugeDocument(const std::string& path, size_t bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  std::string block;
  Rng rng(100);
  while (block.size() < (1u << 20)) block += rng.Below(2) ? kFrench : kEnglish;
  size_t written = 0;
  while (written < bytes && out) {
    size_t n = std::min(block.size(), bytes - written);
    // Stop short of a split code point at the very end: the document stays valid UTF-8.
    while (n > 0 && n < block.size() && (static_cast<unsigned char>(block[n]) & 0xC0) == 0x80) --n;
    if (n == 0) break;
    out.write(block.data(), static_cast<std::streamsize>(n));
    written += n;
  }
  return static_cast<bool>(out);
}

}  // namespace chancery::hostile

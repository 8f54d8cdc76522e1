#include "document/document.h"

#include <cctype>

namespace chancery {

std::string_view LanguageCode(Language lang) {
  switch (lang) {
    case Language::kFrench: return "fr";
    case Language::kEnglish: return "en";
    case Language::kUnknown: break;
  }
  return "und";
}

Language ParseLanguage(std::string_view code) {
  std::string lower;
  for (char c : code) {
    if (c == '-' || c == '_') break;
    lower.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  }
  if (lower == "fr" || lower == "fra" || lower == "fre" || lower == "french") return Language::kFrench;
  if (lower == "en" || lower == "eng" || lower == "english") return Language::kEnglish;
  return Language::kUnknown;
}

void Document::Clear() {
  id.clear();
  text.clear();
  // `decoded` keeps its buffers; the pipeline re-decodes before any stage runs.
  lang = Language::kUnknown;
  analysis.clear();
  meta = DocumentMeta();
  paragraphs.clear();
  tokens.clear();
  sentences.clear();
  entities.clear();
  timexes.clear();
  quotes.clear();
  events.clear();
  arena.Reset();
}

}  // namespace chancery

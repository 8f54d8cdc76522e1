// The output document of `chancery extract` (spec: interfaces.md, "Output document"),
// one compact JSON object per line.
//
// Every span is written as code points into `text`; mentions, quotes and cues also
// carry their `text`, the exact substring at those offsets. Per-document failures are
// written as {"id": ..., "error": ...}.
//
// Thread-safety: pure functions; each call appends to its own output string.
#ifndef CHANCERY_FORMAT_DOCUMENT_JSON_H_
#define CHANCERY_FORMAT_DOCUMENT_JSON_H_

#include <string>
#include <string_view>

#include "document/document.h"

namespace chancery {

struct DocumentJsonOptions {
  // Also write the tokens layer (with lemma, POS and inflection) — not part of the
  // default output; `chancery extract --tokens` turns it on.
  bool tokens = false;
};

// Appends the document as one JSON object (no trailing newline) to *out.
void AppendDocumentJson(const Document& doc, const DocumentJsonOptions& options, std::string* out);

// Appends {"id": id, "error": message} to *out.
void AppendErrorJson(std::string_view id, std::string_view message, std::string* out);

// Names used in the tokens layer.
std::string_view PartOfSpeechName(PartOfSpeech pos);
std::string_view TenseName(Tense tense);

}  // namespace chancery

#endif  // CHANCERY_FORMAT_DOCUMENT_JSON_H_

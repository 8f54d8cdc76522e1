// Writers for `chancery events --format json|csv|gdelt`: one StoredEvent -> one line.
//
//   json   JSON Lines: the event shape of the output document (docs: shared spec) plus
//          the global id, the article that reports it and GDELT's mention counts.
//   csv    RFC 4180, UTF-8, a header row (AppendEventHeader), snake_case columns.
//   gdelt  the 61 columns of the GDELT 2.0 event export, in order, tab-separated, no
//          header; what Chancery does not know stays empty (docs/gdelt.md has the map).
//          Geo country codes are FIPS 10-4, looked up in the iso_fips lexicon (ISO
//          3166-1 alpha-3 -> FIPS, data/lexicons/store/iso_fips.tsv).
//
// Thread-safety: pure functions; the lexicon is immutable.
#ifndef CHANCERY_STORE_EVENT_FORMAT_H_
#define CHANCERY_STORE_EVENT_FORMAT_H_

#include <string>
#include <string_view>

#include "lexicon/lexicon.h"
#include "store/store.h"

namespace chancery {

enum class EventFormat : uint8_t { kJson, kCsv, kGdelt };

// "json", "csv", "gdelt"; false otherwise.
bool ParseEventFormat(std::string_view name, EventFormat* out);

// The kind of the iso_fips lexicon.
inline constexpr std::string_view kIsoFipsKind = "iso-fips";

// The header line (with newline) for formats that have one (csv); nothing otherwise.
void AppendEventHeader(EventFormat format, std::string* out);

// Appends one event as a line, newline included. `iso_fips` may be null only for json
// and csv; for gdelt without it the Geo country fields stay empty.
void AppendEvent(const StoredEvent& event, EventFormat format, const Lexicon* iso_fips, std::string* out);

// The number of tab-separated fields of a gdelt line: 61.
inline constexpr int kGdeltColumns = 61;

}  // namespace chancery

#endif  // CHANCERY_STORE_EVENT_FORMAT_H_

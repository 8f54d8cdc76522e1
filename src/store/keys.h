// The keys by which the store recognises sameness: content hash (same dispatch), story
// key (same story, another version), event key (same event, another report), plus the
// small text helpers the query builder needs. Pure functions; thread-safe.
#ifndef CHANCERY_STORE_KEYS_H_
#define CHANCERY_STORE_KEYS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "document/document.h"

namespace chancery::store_keys {

// Lower-case hex SHA-256 (FIPS 180-4) of `data`.
std::string Sha256Hex(std::string_view data);

// Folded (case, accents, punctuation) words of `text`, joined by single spaces.
std::string NormalizeWords(std::string_view text);

// provider + normalized headline ("reuters|kenya police disperse protesters ..."); the headline in the
// document model already has its status flags (UPDATE 2, Actualisé, REFILE) removed.
// Without a headline: "url|<url>" when the record had a URL; else empty (no story: only
// the content hash identifies the article).
std::string StoryKey(const DocumentMeta& meta);

// Same source and target actors, root code, date and place: one event. An undated event
// is never merged across articles (its key carries the article's content hash).
std::string EventKey(const Event& event, std::string_view content_hash);

// Seconds since 1970 (UTC) of an ISO 8601 date or date-time with or without offset
// ("2025-02-26", "2025-02-26T15:16", "2025-02-26T15:16:00+01:00", "...Z"); times without
// an offset count as UTC. nullopt when it does not parse.
std::optional<int64_t> ParseIsoUtc(std::string_view iso);

// The smallest string greater than every string that starts with `prefix` (byte order),
// for index range scans: [prefix, PrefixEnd(prefix)). Empty when there is none.
std::string PrefixEnd(std::string_view prefix);

// "UTC now" as 2025-02-27T10:00:00Z.
std::string NowUtc();

// Maps code-point spans of a text to its UTF-8 bytes, whatever the state of the
// document's own decoded view.
class CodePointIndex {
 public:
  explicit CodePointIndex(std::string_view text);
  // The bytes of [start, end), clamped to the text.
  std::string_view Slice(uint32_t start, uint32_t end) const;

 private:
  std::string_view text_;
  std::vector<uint32_t> byte_of_;  // byte offset of each code point, plus the end
};

}  // namespace chancery::store_keys

#endif  // CHANCERY_STORE_KEYS_H_

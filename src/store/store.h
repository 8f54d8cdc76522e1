// Store: the durable home of analysed documents and the events they report.
//
// One logical schema (docs/schema.md) on two back ends, chosen by the URL given to
// Open(): a `postgresql://` (or `postgres://`) URL selects PostgreSQL through libpq;
// anything else is the path of an embedded SQLite file (the default `./chancery.db`).
// The ingest and query logic is written once over a small internal SQL connection
// interface (store/sql.h); the back ends differ only in DDL and in how they talk to
// their server.
//
// Ingest (PutBatch) is idempotent and versioned: a document whose text has the SHA-256
// of a stored article is "unchanged" and adds no row; a new text of a known story (same
// provider and normalized headline, or same URL) supersedes the live version and keeps
// it as an earlier version. A stored text whose stored analysis differs from the
// document's (Document::analysis: another engine version, lexicon build or result-
// changing option) is re-analysed: the article row, its id and its place among its
// story's versions stay; its entities, dates, quotes and event mentions are replaced,
// and the events they fed are recounted. A batch is one transaction: a crash leaves either the whole
// batch or none of it. The same event reported by several articles (same actors, root
// code, date and place) is one event row counting mentions, sources and articles the
// way GDELT does, linked to every mention; mentions in superseded versions stop counting.
//
// Queries stream: QueryEvents hands rows to a callback one at a time in ascending event
// id (stable order), so an export of any size runs in constant memory, and a cursor (the
// last id seen) resumes where a page ended.
//
// Thread-safety: a Store is used by one thread at a time; open one per thread. With
// SQLite, a process should hold one writable Store per file (it alone writes and
// checkpoints: Debian's SQLite 3.40 lacks the WAL-reset race fix) and any number of
// read-only ones. PostgreSQL stores may write from many threads and processes at once.
#ifndef CHANCERY_STORE_STORE_H_
#define CHANCERY_STORE_STORE_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "document/document.h"

namespace chancery {

struct StoreOptions {
  // Open for queries only (SQLite: a read-only connection; never creates the file).
  bool read_only = false;
  // SQLite: how long a writer waits for another process's write lock, in ms.
  int busy_timeout_ms = 10000;
};

// What PutBatch did with one document.
enum class PutOutcome : uint8_t {
  kStored,      // a new article (a new story, or an older version arriving late)
  kUnchanged,   // its text is already stored: nothing added
  kSuperseded,  // a new version of a known story; the earlier live version is kept, superseded
  kReanalysed,  // its text is stored, analysed differently (another Document::analysis): its
                // layers and event mentions were replaced in place, the article kept
};

// Filters of `chancery events`; empty fields do not filter. All combine with AND.
struct EventQuery {
  std::string actor;        // CAMEO actor prefix, source or target ("RUS" matches RUSGOV)
  std::string dyad_source;  // dyad: one side's actor prefix ...
  std::string dyad_target;  // ... and the other's
  bool dyad_directed = false;  // true: source is dyad_source and target dyad_target only;
                               // false: either direction (the pair's relations)
  std::string code;         // CAMEO event code prefix ("03", "036")
  std::string from;         // event date >= from (ISO 8601 prefix: 2025, 2025-02, 2025-02-27)
  std::string to;           // event date <= to, inclusive of every finer date it prefixes
  std::string place;        // location name (accent- and case-insensitive) or country code
  std::string text;         // words that must all occur in a reporting article (full text)
  std::string article;      // document id of the article holding the representative mention
  int64_t after_id = 0;     // cursor: only events with id > after_id
  int64_t limit = 0;        // 0: no limit
};

// One event row as queries return it: the merged event plus its representative mention
// (the earliest stored live article that reports it).
struct StoredEvent {
  int64_t id = 0;  // stable, global (GDELT's GLOBALEVENTID)
  std::string code, base_code, root;
  int quad_class = 0;
  double goldstein = 0;
  std::string source_actor, source_name, source_entity;  // entity: local id in the article
  std::string target_actor, target_name, target_entity;
  std::string date, modality;
  std::string location_name, location_country;
  bool has_location_geo = false;
  double location_lat = 0, location_lon = 0;
  int64_t num_mentions = 0, num_sources = 0, num_articles = 0;
  // The representative mention.
  int64_t article_id = 0;
  std::string article_doc_id;  // the document id given at ingest
  std::string url;
  std::string provider;
  int64_t sentence = 0;
  Span evidence;
  std::string evidence_text;
  std::string added;  // when the event row was first stored, UTC: 2025-02-27T10:00:00Z
};

// Row counts, for tests and summaries.
struct StoreStats {
  int64_t articles = 0, live_articles = 0, stories = 0;
  int64_t entities = 0, mentions = 0, timexes = 0, quotes = 0;
  int64_t events = 0, live_events = 0, event_mentions = 0;
};

class Store {
 public:
  // Opens (creating and migrating to the current schema unless read_only) the store at
  // `url`. NotFound for a read-only open of a missing SQLite file; IOError when the
  // server or file cannot be reached; Corruption when the schema is newer than this
  // program knows.
  static Result<std::unique_ptr<Store>> Open(std::string_view url, const StoreOptions& options = {});
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  // The schema version this program writes, and the one the store is at.
  static int CurrentSchemaVersion();
  Result<int> SchemaVersion();

  // Stores `docs` in one transaction; outcomes (if not null) gets one entry per doc.
  // On error nothing of the batch is stored. Documents need `text`, `id` and whatever
  // layers the pipeline filled; spans are code points into `text`. Large batches are
  // cheap on PostgreSQL: the batch is sent in a handful of pipelined stages, not a round
  // trip per statement (docs/schema.md, "Bulk loads"); the result is the same as storing
  // the documents one by one.
  Status PutBatch(const std::vector<const Document*>& docs, std::vector<PutOutcome>* outcomes);

  // Streams the live events matching `query` in ascending id to `sink`; stops early
  // when `sink` returns false. The StoredEvent passed is reused between calls.
  Status QueryEvents(const EventQuery& query, const std::function<bool(const StoredEvent&)>& sink);

  Result<StoreStats> Stats();

  // Back-end checks for tests and operators: SQLite `PRAGMA integrity_check` and
  // `foreign_key_check`; PostgreSQL: orphan-row queries. OK when the store is sound.
  Status CheckIntegrity();

  // "sqlite" or "postgresql".
  std::string_view backend() const;

 private:
  Store();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// True when `url` names a PostgreSQL server rather than a SQLite file.
bool IsPostgresUrl(std::string_view url);

}  // namespace chancery

#endif  // CHANCERY_STORE_STORE_H_

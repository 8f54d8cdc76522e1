// The back-end-neutral half of the store: versioned, idempotent ingest and the event
// query, written once over sql::Connection (store/sql.h).
//
// Locking order inside a batch's transaction, the same on both back ends: the story row
// (an upsert, so it is locked until commit: two writers cannot both make themselves the
// live version of one story), then the article (unique content hash: a concurrent
// duplicate waits and then finds it), then each event row (upsert, locked), and last
// the recount of every touched event. PostgreSQL deadlocks between concurrent batches
// are possible in principle; they roll back and the batch is retried.
#include "store/store.h"

#include <sys/stat.h>

#include <algorithm>
#include <chrono>
#include <optional>
#include <random>
#include <set>
#include <thread>
#include <unordered_map>

#include "store/keys.h"
#include "store/schema.h"
#include "store/sql.h"

namespace chancery {

namespace {

constexpr int kMaxAttempts = 12;

using store_keys::CodePointIndex;

// Runs `stmt` expecting at most one row; *found tells whether there was one. The
// statement stays positioned on the row for the caller to read, then must be Reset().
Status StepOne(sql::Statement* stmt, bool* found) {
  Result<bool> r = stmt->Step();
  if (!r.ok()) return r.status();
  *found = r.value();
  return Status::Ok();
}

std::string UpperAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

// Each word of `words` as an FTS5 string ("..."), so user input is never FTS syntax.
std::string Fts5Query(std::string_view words) {
  std::string out;
  size_t i = 0;
  while (i < words.size()) {
    while (i < words.size() && (words[i] == ' ' || words[i] == '\t')) ++i;
    size_t j = i;
    while (j < words.size() && words[j] != ' ' && words[j] != '\t') ++j;
    if (j > i) {
      if (!out.empty()) out += ' ';
      out += '"';
      for (char c : words.substr(i, j - i)) {
        if (c == '"') out += '"';
        out += c;
      }
      out += '"';
    }
    i = j;
  }
  return out;
}

// One document of a batch on its way into the store.
struct Work {
  const Document* doc = nullptr;
  PutOutcome* outcome = nullptr;
  std::string hash, story;
  std::optional<int64_t> published, prev_published;
  int64_t prev = 0, versions = 0, article_id = 0;
  bool exists = false, newer = true;
  std::string stored_analysis;  // when exists: the analysis that produced the stored layers
  std::vector<int64_t> event_ids;
};

}  // namespace

struct Store::Impl {
  std::unique_ptr<sql::Connection> conn;    // the writer (or the only reader when read_only)
  std::unique_ptr<sql::Connection> reader;  // SQLite: read-only connection for queries
  std::string url;
  bool read_only = false;
  bool postgres = false;
  StoreOptions options;

  Result<sql::Connection*> ForRead() {
    if (postgres || read_only) return conn.get();
    if (!reader) {
      sql::SqliteOpenOptions o;
      o.read_only = true;
      o.busy_timeout_ms = options.busy_timeout_ms;
      Result<std::unique_ptr<sql::Connection>> r = sql::OpenSqlite(url, o);
      if (!r.ok()) return r.status();
      reader = std::move(r).value();
    }
    return reader.get();
  }

  Status PutAll(const std::vector<const Document*>& docs, const std::string& now, std::set<int64_t>* touched,
                std::vector<PutOutcome>* outcomes);
  Status PutSegment(const std::vector<Work*>& segment, const std::string& now, std::set<int64_t>* touched);
  Status Reanalyse(const std::vector<Work*>& stale, const std::string& now, std::set<int64_t>* touched);
  Status PutAnalyses(const std::vector<Work*>& works, const std::string& now, std::set<int64_t>* touched);
  Status Recount(const std::set<int64_t>& events);
  Status PutEntitiesAndLayers(const Document& doc, int64_t article_id, const CodePointIndex& cps,
                              std::unordered_map<std::string, size_t>* entity_index);
  Status InsertRows(std::string_view head, int columns, size_t n,
                    const std::function<void(sql::Statement*, int, size_t)>& bind);
  Status PutEvents(Work* w, const std::string& now, std::set<int64_t>* touched);
  Status PutEventMentions(const Work& w, const CodePointIndex& cps,
                          const std::unordered_map<std::string, size_t>& entity_index);
};

Store::Store() : impl_(std::make_unique<Impl>()) {}
Store::~Store() = default;

bool IsPostgresUrl(std::string_view url) {
  return url.substr(0, 13) == "postgresql://" || url.substr(0, 11) == "postgres://";
}

int Store::CurrentSchemaVersion() { return store_schema::kSchemaVersion; }

std::string_view Store::backend() const { return impl_->postgres ? "postgresql" : "sqlite"; }

Result<std::unique_ptr<Store>> Store::Open(std::string_view url, const StoreOptions& options) {
  std::unique_ptr<Store> store(new Store());
  Impl& s = *store->impl_;
  s.url = std::string(url.empty() ? "chancery.db" : url);
  s.read_only = options.read_only;
  s.postgres = IsPostgresUrl(s.url);
  s.options = options;
  Result<std::unique_ptr<sql::Connection>> conn = Status::Internal("unset");
  if (s.postgres) {
    conn = sql::OpenPostgres(s.url);
  } else {
    struct stat st;
    if (options.read_only && ::stat(s.url.c_str(), &st) != 0) {
      return Status::NotFound(s.url + ": no such store");
    }
    sql::SqliteOpenOptions o;
    o.read_only = options.read_only;
    o.busy_timeout_ms = options.busy_timeout_ms;
    conn = sql::OpenSqlite(s.url, o);
  }
  if (!conn.ok()) return conn.status();
  s.conn = std::move(conn).value();
  if (options.read_only) {
    if (s.postgres) {
      Status st = s.conn->Exec("SET default_transaction_read_only = on");
      if (!st.ok()) return st;
    }
    Result<int> v = store->SchemaVersion();
    if (!v.ok()) return Status::Corruption(s.url + ": not a Chancery store (" + v.status().message() + ")");
    if (v.value() > store_schema::kSchemaVersion) {
      return Status::Corruption(s.url + ": store schema is newer than this program; upgrade chancery");
    }
  } else {
    Status st = store_schema::Migrate(s.conn.get());
    if (!st.ok()) return st;
  }
  return store;
}

Result<int> Store::SchemaVersion() { return store_schema::ReadVersion(impl_->conn.get()); }

Status Store::PutBatch(const std::vector<const Document*>& docs, std::vector<PutOutcome>* outcomes) {
  if (impl_->read_only) return Status::InvalidArgument("store opened read-only");
  sql::Connection* conn = impl_->conn.get();
  std::vector<PutOutcome> out;
  std::minstd_rand jitter(static_cast<unsigned>(reinterpret_cast<uintptr_t>(this)));
  Status st;
  for (int attempt = 0; attempt < kMaxAttempts; ++attempt) {
    out.assign(docs.size(), PutOutcome::kUnchanged);
    std::set<int64_t> touched;
    std::string now = store_keys::NowUtc();
    st = conn->Begin();
    if (st.ok()) st = impl_->PutAll(docs, now, &touched, &out);
    if (st.ok()) st = impl_->Recount(touched);
    if (st.ok()) st = conn->Commit();
    if (st.ok()) {
      conn->AfterCommit();
      if (outcomes != nullptr) *outcomes = std::move(out);
      return st;
    }
    conn->Rollback();
    if (!conn->Retryable(st)) return st;
    std::this_thread::sleep_for(std::chrono::milliseconds(5 + jitter() % (20 << std::min(attempt, 5))));
  }
  return st;
}

// A batch is stored in stages, each sending the statements of many documents before
// waiting for any result (sql::Statement::Defer, then Connection::Flush): on PostgreSQL
// a stage costs one round trip however many documents it holds; SQLite runs each
// statement at once, so the stages change nothing there. The statements and their
// order per document are those of storing the documents one after another, and so are
// the results: a stage only holds documents that cannot see each other's effects
// (distinct texts, distinct stories), and the documents of a stage are written in
// batch order, so article and event ids come out as they would one by one.
//   1. every document: is its text stored? (a text repeated in the batch: unchanged)
//   2. per segment (a run of documents with distinct story keys): lock each story row,
//      read its live version and that version's publication time
//   3. insert the articles (a concurrent writer may have stored the same text first)
//   4. supersede the previous versions, the layers, and the event rows (upserts)
//   5. the event mentions, which need the event ids of stage 4
Status Store::Impl::PutAll(const std::vector<const Document*>& docs, const std::string& now,
                           std::set<int64_t>* touched, std::vector<PutOutcome>* outcomes) {
  std::vector<Work> work(docs.size());
  Status st;

  // 1. Known texts, and the analysis that produced their stored layers.
  Result<sql::Statement*> known = conn->Prepare("SELECT id, analysis FROM articles WHERE content_hash = ?");
  if (!known.ok()) return known.status();
  std::set<std::string_view> hashes;
  for (size_t i = 0; i < docs.size(); ++i) {
    Work& w = work[i];
    w.doc = docs[i];
    w.outcome = &(*outcomes)[i];
    *w.outcome = PutOutcome::kUnchanged;
    w.hash = store_keys::Sha256Hex(w.doc->text);
    if (!hashes.insert(w.hash).second) {
      w.exists = true;  // the same text earlier in the batch: stored once
      continue;
    }
    known.value()->BindText(1, w.hash);
    st = known.value()->Defer([&w](const sql::Statement& r) {
      w.exists = true;
      w.article_id = r.Int(0);
      if (!r.IsNull(1)) w.stored_analysis = r.Text(1);
    });
    if (!st.ok()) return st;
  }
  st = conn->Flush();
  if (!st.ok()) return st;

  std::vector<Work*> todo, stale;
  for (Work& w : work) {
    if (!w.exists) {
      todo.push_back(&w);
    } else if (w.article_id != 0 && w.stored_analysis != w.doc->analysis) {
      stale.push_back(&w);
    }
  }
  if (!stale.empty()) {
    st = Reanalyse(stale, now, touched);
    if (!st.ok()) return st;
  }
  size_t begin = 0;
  while (begin < todo.size()) {
    // The segment: up to the first document whose story is already in it.
    std::set<std::string> stories;
    size_t end = begin;
    for (; end < todo.size(); ++end) {
      Work& w = *todo[end];
      w.story = store_keys::StoryKey(w.doc->meta);
      if (!w.story.empty() && !stories.insert(w.story).second) break;
    }
    st = PutSegment(std::vector<Work*>(todo.begin() + static_cast<std::ptrdiff_t>(begin),
                                       todo.begin() + static_cast<std::ptrdiff_t>(end)),
                    now, touched);
    if (!st.ok()) return st;
    begin = end;
  }
  return Status::Ok();
}

Status Store::Impl::PutSegment(const std::vector<Work*>& segment, const std::string& now,
                               std::set<int64_t>* touched) {
  Status st;
  // 2. Lock each story row (an upsert: held until commit, so two writers cannot both
  // make themselves the live version of one story) and read its live version.
  Result<sql::Statement*> up = conn->Prepare(
      "INSERT INTO stories(story_key, versions) VALUES (?, 0) ON CONFLICT (story_key) "
      "DO UPDATE SET versions = stories.versions RETURNING latest_article_id, versions");
  if (!up.ok()) return up.status();
  Result<sql::Statement*> pub = conn->Prepare(
      "SELECT a.published_utc FROM stories s JOIN articles a ON a.id = s.latest_article_id "
      "WHERE s.story_key = ?");
  if (!pub.ok()) return pub.status();
  bool any_story = false;
  for (Work* w : segment) {
    w->published = store_keys::ParseIsoUtc(w->doc->meta.published);
    if (w->story.empty()) continue;
    any_story = true;
    up.value()->BindText(1, w->story);
    st = up.value()->Defer([w](const sql::Statement& r) {
      w->prev = r.IsNull(0) ? 0 : r.Int(0);
      w->versions = r.Int(1);
    });
    if (!st.ok()) return st;
    pub.value()->BindText(1, w->story);
    st = pub.value()->Defer([w](const sql::Statement& r) {
      if (!r.IsNull(0)) w->prev_published = r.Int(0);
    });
    if (!st.ok()) return st;
  }
  if (any_story) {
    st = conn->Flush();
    if (!st.ok()) return st;
  }

  // 3. The articles.
  Result<sql::Statement*> ins = conn->Prepare(
      "INSERT INTO articles(doc_id, content_hash, provider, published, published_utc, language, "
      "story_key, version, superseded_by, url, headline, update_note, dateline, text, added, analysis) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
      "ON CONFLICT (content_hash) DO NOTHING RETURNING id");
  if (!ins.ok()) return ins.status();
  for (Work* w : segment) {
    const Document& doc = *w->doc;
    // A version dated before the live one arrived late: keep it, already superseded.
    if (w->prev != 0 && w->published && w->prev_published && *w->published < *w->prev_published) w->newer = false;
    sql::Statement* a = ins.value();
    const DocumentMeta& m = doc.meta;
    a->BindText(1, doc.id);
    a->BindText(2, w->hash);
    a->BindTextOrNull(3, m.provider);
    a->BindTextOrNull(4, m.published);
    if (w->published) {
      a->BindInt(5, *w->published);
    } else {
      a->BindNull(5);
    }
    a->BindTextOrNull(6, doc.lang == Language::kUnknown ? std::string_view() : LanguageCode(doc.lang));
    a->BindTextOrNull(7, w->story);
    a->BindInt(8, w->versions + 1);
    if (w->newer || w->prev == 0) {
      a->BindNull(9);
    } else {
      a->BindInt(9, w->prev);
    }
    a->BindTextOrNull(10, m.url);
    a->BindTextOrNull(11, m.headline);
    a->BindTextOrNull(12, m.update_note);
    a->BindTextOrNull(13, m.dateline);
    a->BindText(14, doc.text);
    a->BindText(15, now);
    a->BindTextOrNull(16, doc.analysis);
    st = a->Defer([w](const sql::Statement& r) { w->article_id = r.Int(0); });
    if (!st.ok()) return st;
  }
  st = conn->Flush();
  if (!st.ok()) return st;

  // 4. Versions, layers, event rows. A document without an article id was stored first
  // by a concurrent writer: it is unchanged.
  Result<sql::Statement*> sup = conn->Prepare("UPDATE articles SET superseded_by = ? WHERE id = ?");
  if (!sup.ok()) return sup.status();
  Result<sql::Statement*> prev_events =
      conn->Prepare("SELECT DISTINCT event_id FROM event_mentions WHERE article_id = ?");
  if (!prev_events.ok()) return prev_events.status();
  Result<sql::Statement*> story_update =
      conn->Prepare("UPDATE stories SET versions = versions + 1, latest_article_id = ? WHERE story_key = ?");
  if (!story_update.ok()) return story_update.status();
  for (Work* w : segment) {
    const Document& doc = *w->doc;
    if (w->article_id == 0) continue;
    *w->outcome = PutOutcome::kStored;
    if (!w->story.empty()) {
      if (w->newer && w->prev != 0) {
        sup.value()->BindInt(1, w->article_id);
        sup.value()->BindInt(2, w->prev);
        st = sup.value()->Run();
        if (!st.ok()) return st;
        // The old version's events lose its mentions: recount them.
        prev_events.value()->BindInt(1, w->prev);
        st = prev_events.value()->Defer([touched](const sql::Statement& r) { touched->insert(r.Int(0)); });
        if (!st.ok()) return st;
        *w->outcome = PutOutcome::kSuperseded;
      }
      story_update.value()->BindInt(1, w->newer || w->prev == 0 ? w->article_id : w->prev);
      story_update.value()->BindText(2, w->story);
      st = story_update.value()->Run();
      if (!st.ok()) return st;
    }
    if (!postgres) {
      Result<sql::Statement*> f = conn->Prepare("INSERT INTO article_fts(rowid, headline, text) VALUES (?, ?, ?)");
      if (!f.ok()) return f.status();
      f.value()->BindInt(1, w->article_id);
      f.value()->BindText(2, doc.meta.headline);
      f.value()->BindText(3, doc.text);
      st = f.value()->Run();
      if (!st.ok()) return st;
    }
  }
  // The layers and event rows, then (5.) the event mentions.
  return PutAnalyses(segment, now, touched);
}

// The analysis of each stored article of `works` (those with an article id): its layers
// and event rows, then, once the event ids are back, its event mentions.
Status Store::Impl::PutAnalyses(const std::vector<Work*>& works, const std::string& now,
                                std::set<int64_t>* touched) {
  std::vector<CodePointIndex> cps;
  std::vector<std::unordered_map<std::string, size_t>> entity_index(works.size());
  cps.reserve(works.size());
  Status st;
  for (size_t k = 0; k < works.size(); ++k) {
    Work* w = works[k];
    cps.emplace_back(w->doc->text);
    if (w->article_id == 0) continue;
    st = PutEntitiesAndLayers(*w->doc, w->article_id, cps.back(), &entity_index[k]);
    if (!st.ok()) return st;
    st = PutEvents(w, now, touched);
    if (!st.ok()) return st;
  }
  st = conn->Flush();
  if (!st.ok()) return st;
  for (size_t k = 0; k < works.size(); ++k) {
    if (works[k]->article_id == 0) continue;
    st = PutEventMentions(*works[k], cps[k], entity_index[k]);
    if (!st.ok()) return st;
  }
  return Status::Ok();
}

// Stored texts analysed differently: the article row stays (id, version, story); the
// layers and event mentions of the old analysis go, the new ones come in, and the
// events either fed are recounted (an event only the old analysis reported is left
// with no live mention, out of every query, as when its article is superseded).
Status Store::Impl::Reanalyse(const std::vector<Work*>& stale, const std::string& now,
                              std::set<int64_t>* touched) {
  Result<sql::Statement*> old_events =
      conn->Prepare("SELECT DISTINCT event_id FROM event_mentions WHERE article_id = ?");
  if (!old_events.ok()) return old_events.status();
  for (Work* w : stale) {
    old_events.value()->BindInt(1, w->article_id);
    Status st = old_events.value()->Defer([touched](const sql::Statement& r) { touched->insert(r.Int(0)); });
    if (!st.ok()) return st;
  }
  Status st = conn->Flush();
  if (!st.ok()) return st;
  // Children before parents (mentions reference entities).
  static constexpr const char* kDeletes[] = {
      "DELETE FROM event_mentions WHERE article_id = ?", "DELETE FROM mentions WHERE article_id = ?",
      "DELETE FROM entities WHERE article_id = ?",       "DELETE FROM timexes WHERE article_id = ?",
      "DELETE FROM quotes WHERE article_id = ?",
  };
  std::vector<sql::Statement*> deletes;
  for (const char* sql_text : kDeletes) {
    Result<sql::Statement*> d = conn->Prepare(sql_text);
    if (!d.ok()) return d.status();
    deletes.push_back(d.value());
  }
  Result<sql::Statement*> mark = conn->Prepare("UPDATE articles SET analysis = ? WHERE id = ?");
  if (!mark.ok()) return mark.status();
  for (Work* w : stale) {
    for (sql::Statement* d : deletes) {
      d->BindInt(1, w->article_id);
      st = d->Run();
      if (!st.ok()) return st;
    }
    mark.value()->BindTextOrNull(1, w->doc->analysis);
    mark.value()->BindInt(2, w->article_id);
    st = mark.value()->Run();
    if (!st.ok()) return st;
    *w->outcome = PutOutcome::kReanalysed;
  }
  return PutAnalyses(stale, now, touched);
}

// Inserts `n` rows into one table, up to kRowsPerInsert rows per INSERT statement:
// `head` is "INSERT INTO t(c1, ..., ck) VALUES" with k = `columns`; bind(stmt, p, i)
// binds row i's values from parameter p on. Fewer, larger statements: less work per
// row for both servers and, on PostgreSQL, fewer messages in the pipeline.
Status Store::Impl::InsertRows(std::string_view head, int columns, size_t n,
                               const std::function<void(sql::Statement*, int, size_t)>& bind) {
  constexpr size_t kRowsPerInsert = 32;
  std::string sql;
  for (size_t first = 0; first < n; first += kRowsPerInsert) {
    size_t rows = std::min(kRowsPerInsert, n - first);
    sql.assign(head);
    for (size_t r = 0; r < rows; ++r) {
      sql += r == 0 ? " (" : ", (";
      for (int c = 0; c < columns; ++c) sql += c == 0 ? "?" : ", ?";
      sql += ')';
    }
    Result<sql::Statement*> stmt = conn->Prepare(sql);
    if (!stmt.ok()) return stmt.status();
    for (size_t r = 0; r < rows; ++r) bind(stmt.value(), static_cast<int>(r) * columns + 1, first + r);
    Status st = stmt.value()->Run();
    if (!st.ok()) return st;
  }
  return Status::Ok();
}

Status Store::Impl::PutEntitiesAndLayers(const Document& doc, int64_t article_id, const CodePointIndex& cps,
                                         std::unordered_map<std::string, size_t>* entity_index) {
  for (size_t i = 0; i < doc.entities.size(); ++i) {
    if (!doc.entities[i].id.empty()) entity_index->emplace(doc.entities[i].id, i);
  }
  Status st = InsertRows(
      "INSERT INTO entities(article_id, idx, local_id, type, name, canonical, country, actor, role, "
      "lat, lon, geonames_id) VALUES",
      12, doc.entities.size(), [&](sql::Statement* s, int p, size_t i) {
        const Entity& en = doc.entities[i];
        s->BindInt(p, article_id);
        s->BindInt(p + 1, static_cast<int64_t>(i));
        s->BindTextOrNull(p + 2, en.id);
        s->BindTextOrNull(p + 3, en.type);
        s->BindTextOrNull(p + 4, en.name);
        s->BindTextOrNull(p + 5, en.canonical);
        s->BindTextOrNull(p + 6, en.country);
        s->BindTextOrNull(p + 7, en.actor);
        s->BindTextOrNull(p + 8, en.role);
        if (en.has_geo) {
          s->BindDouble(p + 9, en.lat);
          s->BindDouble(p + 10, en.lon);
        } else {
          s->BindNull(p + 9);
          s->BindNull(p + 10);
        }
        if (en.geonames_id != 0) {
          s->BindInt(p + 11, en.geonames_id);
        } else {
          s->BindNull(p + 11);
        }
      });
  if (!st.ok()) return st;
  std::vector<std::pair<size_t, size_t>> mentions;  // (entity, mention)
  for (size_t i = 0; i < doc.entities.size(); ++i) {
    for (size_t j = 0; j < doc.entities[i].mentions.size(); ++j) mentions.emplace_back(i, j);
  }
  st = InsertRows("INSERT INTO mentions(article_id, entity_idx, idx, start_cp, end_cp, text) VALUES", 6,
                  mentions.size(), [&](sql::Statement* s, int p, size_t k) {
                    auto [i, j] = mentions[k];
                    const Span& sp = doc.entities[i].mentions[j].span;
                    s->BindInt(p, article_id);
                    s->BindInt(p + 1, static_cast<int64_t>(i));
                    s->BindInt(p + 2, static_cast<int64_t>(j));
                    s->BindInt(p + 3, sp.start);
                    s->BindInt(p + 4, sp.end);
                    s->BindText(p + 5, cps.Slice(sp.start, sp.end));
                  });
  if (!st.ok()) return st;
  st = InsertRows("INSERT INTO timexes(article_id, idx, start_cp, end_cp, text, type, value, mod) VALUES", 8,
                  doc.timexes.size(), [&](sql::Statement* s, int p, size_t i) {
                    const Timex& tx = doc.timexes[i];
                    s->BindInt(p, article_id);
                    s->BindInt(p + 1, static_cast<int64_t>(i));
                    s->BindInt(p + 2, tx.span.start);
                    s->BindInt(p + 3, tx.span.end);
                    s->BindText(p + 4, cps.Slice(tx.span.start, tx.span.end));
                    s->BindTextOrNull(p + 5, tx.type);
                    s->BindTextOrNull(p + 6, tx.value);
                    s->BindTextOrNull(p + 7, tx.mod);
                  });
  if (!st.ok()) return st;
  return InsertRows(
      "INSERT INTO quotes(article_id, idx, start_cp, end_cp, text, kind, speaker_entity, cue_start, "
      "cue_end, cue_text) VALUES",
      10, doc.quotes.size(), [&](sql::Statement* s, int p, size_t i) {
        const Quote& qt = doc.quotes[i];
        s->BindInt(p, article_id);
        s->BindInt(p + 1, static_cast<int64_t>(i));
        s->BindInt(p + 2, qt.span.start);
        s->BindInt(p + 3, qt.span.end);
        s->BindText(p + 4, cps.Slice(qt.span.start, qt.span.end));
        s->BindTextOrNull(p + 5, qt.kind);
        s->BindTextOrNull(p + 6, qt.speaker);
        if (qt.cue.empty()) {
          s->BindNull(p + 7);
          s->BindNull(p + 8);
          s->BindNull(p + 9);
        } else {
          s->BindInt(p + 7, qt.cue.start);
          s->BindInt(p + 8, qt.cue.end);
          s->BindText(p + 9, cps.Slice(qt.cue.start, qt.cue.end));
        }
      });
}

// The event rows (upserts: the same event from another article is the same row, locked
// until commit); their ids arrive in w->event_ids by the next Flush.
Status Store::Impl::PutEvents(Work* w, const std::string& now, std::set<int64_t>* touched) {
  const Document& doc = *w->doc;
  w->event_ids.assign(doc.events.size(), 0);
  if (doc.events.empty()) return Status::Ok();
  Result<sql::Statement*> up = conn->Prepare(
      "INSERT INTO events(event_key, code, base_code, root, quad_class, goldstein, source_actor, "
      "target_actor, date, location_name, location_key, location_country, lat, lon, added) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
      "ON CONFLICT (event_key) DO UPDATE SET num_mentions = events.num_mentions RETURNING id");
  if (!up.ok()) return up.status();
  for (size_t i = 0; i < doc.events.size(); ++i) {
    const Event& ev = doc.events[i];
    std::string root = ev.root.empty() ? ev.code.substr(0, 2) : ev.root;
    sql::Statement* s = up.value();
    s->BindText(1, store_keys::EventKey(ev, w->hash));
    s->BindText(2, ev.code);
    s->BindText(3, ev.code.substr(0, 3));
    s->BindText(4, root);
    s->BindInt(5, ev.quad_class);
    s->BindDouble(6, ev.goldstein);
    s->BindText(7, ev.source.actor);
    s->BindText(8, ev.target.actor);
    s->BindText(9, ev.date);
    s->BindTextOrNull(10, ev.location_name);
    s->BindTextOrNull(11, store_keys::NormalizeWords(ev.location_name));
    s->BindTextOrNull(12, ev.location_country);
    if (ev.has_location_geo) {
      s->BindDouble(13, ev.location_lat);
      s->BindDouble(14, ev.location_lon);
    } else {
      s->BindNull(13);
      s->BindNull(14);
    }
    s->BindText(15, now);
    int64_t* id = &w->event_ids[i];
    Status st = s->Defer([id, touched](const sql::Statement& r) {
      *id = r.Int(0);
      touched->insert(*id);
    });
    if (!st.ok()) return st;
  }
  return Status::Ok();
}

Status Store::Impl::PutEventMentions(const Work& w, const CodePointIndex& cps,
                                     const std::unordered_map<std::string, size_t>& entity_index) {
  const Document& doc = *w.doc;
  for (int64_t id : w.event_ids) {
    if (id == 0) return Status::Internal("event upsert returned no id");
  }
  auto name_of = [&](const std::string& entity_id) -> std::string_view {
    auto it = entity_index.find(entity_id);
    if (it == entity_index.end()) return {};
    const Entity& e = doc.entities[it->second];
    return e.canonical.empty() ? std::string_view(e.name) : std::string_view(e.canonical);
  };
  return InsertRows(
      "INSERT INTO event_mentions(article_id, idx, event_id, local_id, code, modality, sentence, "
      "evidence_start, evidence_end, evidence_text, source_entity, source_name, target_entity, "
      "target_name, reported_by) VALUES",
      15, doc.events.size(), [&](sql::Statement* m, int p, size_t i) {
        const Event& ev = doc.events[i];
        m->BindInt(p, w.article_id);
        m->BindInt(p + 1, static_cast<int64_t>(i));
        m->BindInt(p + 2, w.event_ids[i]);
        m->BindTextOrNull(p + 3, ev.id);
        m->BindText(p + 4, ev.code);
        m->BindTextOrNull(p + 5, ev.modality);
        m->BindInt(p + 6, ev.sentence);
        m->BindInt(p + 7, ev.evidence.start);
        m->BindInt(p + 8, ev.evidence.end);
        m->BindText(p + 9, cps.Slice(ev.evidence.start, ev.evidence.end));
        m->BindTextOrNull(p + 10, ev.source.entity);
        m->BindTextOrNull(p + 11, name_of(ev.source.entity));
        m->BindTextOrNull(p + 12, ev.target.entity);
        m->BindTextOrNull(p + 13, name_of(ev.target.entity));
        m->BindTextOrNull(p + 14, ev.reported_by);
      });
}

// GDELT's counts over the live (not superseded) articles: NumMentions every mention,
// NumArticles distinct articles, NumSources distinct providers. The representative
// mention is the earliest stored live article's first mention.
Status Store::Impl::Recount(const std::set<int64_t>& events) {
  if (events.empty()) return Status::Ok();
  Result<sql::Statement*> sel = conn->Prepare(
      "SELECT m.article_id, m.idx, coalesce(a.provider, '') FROM event_mentions m "
      "JOIN articles a ON a.id = m.article_id "
      "WHERE m.event_id = ? AND a.superseded_by IS NULL ORDER BY m.article_id, m.idx");
  if (!sel.ok()) return sel.status();
  Result<sql::Statement*> upd = conn->Prepare(
      "UPDATE events SET num_mentions = ?, num_sources = ?, num_articles = ?, "
      "rep_article_id = coalesce(?, rep_article_id), rep_idx = coalesce(?, rep_idx) WHERE id = ?");
  if (!upd.ok()) return upd.status();
  struct Count {
    int64_t id = 0, mentions = 0, articles = 0, last_article = 0, rep_article = 0, rep_idx = 0;
    std::set<std::string> providers;
  };
  // Every event's live mentions in one stage, then the updates (in ascending id, the
  // order in which concurrent batches lock event rows).
  std::vector<Count> counts(events.size());
  size_t k = 0;
  for (int64_t id : events) {
    Count* c = &counts[k++];
    c->id = id;
    sql::Statement* s = sel.value();
    s->BindInt(1, id);
    Status st = s->Defer([c](const sql::Statement& r) {
      int64_t article = r.Int(0);
      if (c->mentions == 0) {
        c->rep_article = article;
        c->rep_idx = r.Int(1);
      }
      ++c->mentions;
      if (article != c->last_article) ++c->articles;
      c->last_article = article;
      c->providers.emplace(r.Text(2));
    });
    if (!st.ok()) return st;
  }
  Status st = conn->Flush();
  if (!st.ok()) return st;
  for (const Count& c : counts) {
    sql::Statement* u = upd.value();
    u->BindInt(1, c.mentions);
    u->BindInt(2, static_cast<int64_t>(c.providers.size()));
    u->BindInt(3, c.articles);
    if (c.mentions > 0) {
      u->BindInt(4, c.rep_article);
      u->BindInt(5, c.rep_idx);
    } else {
      u->BindNull(4);
      u->BindNull(5);
    }
    u->BindInt(6, c.id);
    st = u->Run();
    if (!st.ok()) return st;
  }
  return Status::Ok();
}

Status Store::QueryEvents(const EventQuery& query, const std::function<bool(const StoredEvent&)>& sink) {
  Result<sql::Connection*> rc = impl_->ForRead();
  if (!rc.ok()) return rc.status();
  sql::Connection* conn = rc.value();
  std::string sql =
      "SELECT e.id, e.code, e.base_code, e.root, e.quad_class, e.goldstein, e.source_actor, "
      "e.target_actor, e.date, e.location_name, e.location_country, e.lat, e.lon, e.num_mentions, "
      "e.num_sources, e.num_articles, e.added, m.article_id, a.doc_id, a.url, a.provider, m.sentence, "
      "m.evidence_start, m.evidence_end, m.evidence_text, m.modality, m.source_entity, m.source_name, "
      "m.target_entity, m.target_name "
      "FROM events e JOIN event_mentions m ON m.article_id = e.rep_article_id AND m.idx = e.rep_idx "
      "JOIN articles a ON a.id = e.rep_article_id "
      "WHERE e.num_mentions > 0 AND e.id > ?";
  std::vector<std::string> params;  // after the cursor
  auto range = [&](const char* column, const std::string& prefix) {
    sql += std::string(" AND ") + column + " >= ? AND " + column + " < ?";
    params.push_back(prefix);
    params.push_back(store_keys::PrefixEnd(prefix));
  };
  if (!query.actor.empty()) {
    sql += " AND ((e.source_actor >= ? AND e.source_actor < ?) OR (e.target_actor >= ? AND e.target_actor < ?))";
    std::string a = UpperAscii(query.actor);
    std::string b = store_keys::PrefixEnd(a);
    params.insert(params.end(), {a, b, a, b});
  }
  if (query.dyad_directed || query.dyad_source.empty() || query.dyad_target.empty()) {
    if (!query.dyad_source.empty()) range("e.source_actor", UpperAscii(query.dyad_source));
    if (!query.dyad_target.empty()) range("e.target_actor", UpperAscii(query.dyad_target));
  } else {
    const std::string a = UpperAscii(query.dyad_source), b = UpperAscii(query.dyad_target);
    const std::string a_end = store_keys::PrefixEnd(a), b_end = store_keys::PrefixEnd(b);
    sql += " AND ((e.source_actor >= ? AND e.source_actor < ? AND e.target_actor >= ? AND e.target_actor < ?)"
           " OR (e.source_actor >= ? AND e.source_actor < ? AND e.target_actor >= ? AND e.target_actor < ?))";
    params.insert(params.end(), {a, a_end, b, b_end, b, b_end, a, a_end});
  }
  if (!query.code.empty()) range("e.code", query.code);
  if (!query.from.empty()) {
    sql += " AND e.date >= ?";
    params.push_back(query.from);
  }
  if (!query.to.empty()) {
    sql += " AND e.date < ?";
    params.push_back(store_keys::PrefixEnd(query.to));
  }
  if (!query.place.empty()) {
    sql += " AND (e.location_key = ? OR e.location_country = ?)";
    params.push_back(store_keys::NormalizeWords(query.place));
    params.push_back(UpperAscii(query.place));
  }
  if (!query.article.empty()) {  // indexed: articles(doc_id), events(rep_article_id) (schema v3)
    sql += " AND e.rep_article_id IN (SELECT id FROM articles WHERE doc_id = ?)";
    params.push_back(query.article);
  }
  if (!query.text.empty()) {
    if (impl_->postgres) {
      sql += " AND e.id IN (SELECT em.event_id FROM event_mentions em JOIN articles aa ON aa.id = em.article_id "
             "WHERE aa.superseded_by IS NULL AND to_tsvector('simple', coalesce(aa.headline, '') || ' ' || aa.text) "
             "@@ plainto_tsquery('simple', ?))";
      params.push_back(query.text);
    } else {
      sql += " AND e.id IN (SELECT em.event_id FROM event_mentions em JOIN articles aa ON aa.id = em.article_id "
             "WHERE aa.superseded_by IS NULL AND em.article_id IN "
             "(SELECT rowid FROM article_fts WHERE article_fts MATCH ?))";
      std::string fts = Fts5Query(query.text);
      if (fts.empty()) return Status::InvalidArgument("--text needs at least one word");
      params.push_back(fts);
    }
  }
  sql += " ORDER BY e.id";
  if (query.limit > 0) sql += " LIMIT ?";

  Result<sql::Statement*> prepared = conn->Prepare(sql);
  if (!prepared.ok()) return prepared.status();
  sql::Statement* s = prepared.value();
  int p = 1;
  s->BindInt(p++, query.after_id);
  for (const std::string& v : params) s->BindText(p++, v);
  if (query.limit > 0) s->BindInt(p++, query.limit);

  StoredEvent ev;
  for (;;) {
    Result<bool> r = s->Step();
    if (!r.ok()) {
      s->Reset();
      return r.status();
    }
    if (!r.value()) break;
    ev.id = s->Int(0);
    ev.code.assign(s->Text(1));
    ev.base_code.assign(s->Text(2));
    ev.root.assign(s->Text(3));
    ev.quad_class = static_cast<int>(s->Int(4));
    ev.goldstein = s->Double(5);
    ev.source_actor.assign(s->Text(6));
    ev.target_actor.assign(s->Text(7));
    ev.date.assign(s->Text(8));
    ev.location_name.assign(s->Text(9));
    ev.location_country.assign(s->Text(10));
    ev.has_location_geo = !s->IsNull(11) && !s->IsNull(12);
    ev.location_lat = ev.has_location_geo ? s->Double(11) : 0;
    ev.location_lon = ev.has_location_geo ? s->Double(12) : 0;
    ev.num_mentions = s->Int(13);
    ev.num_sources = s->Int(14);
    ev.num_articles = s->Int(15);
    ev.added.assign(s->Text(16));
    ev.article_id = s->Int(17);
    ev.article_doc_id.assign(s->Text(18));
    ev.url.assign(s->Text(19));
    ev.provider.assign(s->Text(20));
    ev.sentence = s->Int(21);
    ev.evidence.start = static_cast<uint32_t>(s->Int(22));
    ev.evidence.end = static_cast<uint32_t>(s->Int(23));
    ev.evidence_text.assign(s->Text(24));
    ev.modality.assign(s->Text(25));
    ev.source_entity.assign(s->Text(26));
    ev.source_name.assign(s->Text(27));
    ev.target_entity.assign(s->Text(28));
    ev.target_name.assign(s->Text(29));
    if (!sink(ev)) break;
  }
  s->Reset();
  return Status::Ok();
}

Result<StoreStats> Store::Stats() {
  Result<sql::Connection*> rc = impl_->ForRead();
  if (!rc.ok()) return rc.status();
  Result<sql::Statement*> s = rc.value()->Prepare(
      "SELECT (SELECT count(*) FROM articles), "
      "(SELECT count(*) FROM articles WHERE superseded_by IS NULL), "
      "(SELECT count(*) FROM stories), (SELECT count(*) FROM entities), "
      "(SELECT count(*) FROM mentions), (SELECT count(*) FROM timexes), "
      "(SELECT count(*) FROM quotes), (SELECT count(*) FROM events), "
      "(SELECT count(*) FROM events WHERE num_mentions > 0), (SELECT count(*) FROM event_mentions)");
  if (!s.ok()) return s.status();
  bool found = false;
  Status st = StepOne(s.value(), &found);
  StoreStats out;
  if (st.ok() && found) {
    sql::Statement* r = s.value();
    out.articles = r->Int(0);
    out.live_articles = r->Int(1);
    out.stories = r->Int(2);
    out.entities = r->Int(3);
    out.mentions = r->Int(4);
    out.timexes = r->Int(5);
    out.quotes = r->Int(6);
    out.events = r->Int(7);
    out.live_events = r->Int(8);
    out.event_mentions = r->Int(9);
  }
  s.value()->Reset();
  if (!st.ok()) return st;
  return out;
}

Status Store::CheckIntegrity() {
  sql::Connection* conn = impl_->conn.get();
  if (!impl_->postgres) {
    Result<sql::Statement*> ic = conn->Prepare("PRAGMA integrity_check");
    if (!ic.ok()) return ic.status();
    bool found = false;
    Status st = StepOne(ic.value(), &found);
    std::string verdict = found ? std::string(ic.value()->Text(0)) : "";
    ic.value()->Reset();
    if (!st.ok()) return st;
    if (verdict != "ok") return Status::Corruption("integrity_check: " + verdict);
    Result<sql::Statement*> fk = conn->Prepare("PRAGMA foreign_key_check");
    if (!fk.ok()) return fk.status();
    st = StepOne(fk.value(), &found);
    std::string table = found ? std::string(fk.value()->Text(0)) : "";
    fk.value()->Reset();
    if (!st.ok()) return st;
    if (found) return Status::Corruption("foreign_key_check: dangling row in " + table);
  }
  // Logical invariants, both back ends: counts agree with live mentions; one live
  // version per story; every live event has its representative mention.
  static constexpr const char* kChecks[][2] = {
      {"event counts disagree with live mentions",
       "SELECT count(*) FROM events e WHERE e.num_mentions <> (SELECT count(*) FROM event_mentions m "
       "JOIN articles a ON a.id = m.article_id WHERE m.event_id = e.id AND a.superseded_by IS NULL)"},
      {"a story has several live versions",
       "SELECT count(*) FROM (SELECT story_key FROM articles WHERE story_key IS NOT NULL AND "
       "superseded_by IS NULL GROUP BY story_key HAVING count(*) > 1) t"},
      {"a live event lacks its representative mention",
       "SELECT count(*) FROM events e WHERE e.num_mentions > 0 AND NOT EXISTS (SELECT 1 FROM "
       "event_mentions m WHERE m.article_id = e.rep_article_id AND m.idx = e.rep_idx)"},
  };
  for (const auto& check : kChecks) {
    Result<sql::Statement*> s = conn->Prepare(check[1]);
    if (!s.ok()) return s.status();
    bool found = false;
    Status st = StepOne(s.value(), &found);
    int64_t bad = found ? s.value()->Int(0) : 0;
    s.value()->Reset();
    if (!st.ok()) return st;
    if (bad != 0) return Status::Corruption(std::string(check[0]) + " (" + std::to_string(bad) + ")");
  }
  return Status::Ok();
}

}  // namespace chancery

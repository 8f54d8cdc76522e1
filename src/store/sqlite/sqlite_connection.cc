// SQLite back end of sql::Connection.
//
// A writable connection sets WAL mode, foreign keys and a busy timeout, turns SQLite's
// automatic checkpoint off and checkpoints itself after committed batches (PASSIVE,
// when the WAL has grown past kCheckpointPages), and TRUNCATEs the WAL on close. Read-only
// connections (SQLITE_OPEN_READONLY) never write or checkpoint. So exactly one
// connection per process writes and checkpoints a file: the design Debian's SQLite 3.40
// needs, since it lacks the upstream fix for the WAL-reset race between a checkpointer
// and concurrent writers (fixed upstream in SQLite 3.51.3).
#include <sqlite3.h>

#include <map>
#include <memory>
#include <string>

#include "store/sql.h"

namespace chancery::sql {

namespace {

constexpr int kCheckpointPages = 16000;  // ~64 MB of WAL at 4 KiB pages

Status SqliteError(sqlite3* db, std::string_view what) {
  std::string msg(what);
  msg += ": ";
  msg += db != nullptr ? sqlite3_errmsg(db) : "out of memory";
  int code = db != nullptr ? sqlite3_errcode(db) : SQLITE_NOMEM;
  if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB) return Status::Corruption(std::move(msg));
  if (code == SQLITE_CANTOPEN) return Status::NotFound(std::move(msg));
  return Status::IOError(std::move(msg));
}

class SqliteStatement final : public Statement {
 public:
  SqliteStatement(sqlite3* db, sqlite3_stmt* stmt) : db_(db), stmt_(stmt) {}
  ~SqliteStatement() override { sqlite3_finalize(stmt_); }

  void BindNull(int i) override { sqlite3_bind_null(stmt_, i); }
  void BindInt(int i, int64_t v) override { sqlite3_bind_int64(stmt_, i, v); }
  void BindDouble(int i, double v) override { sqlite3_bind_double(stmt_, i, v); }
  void BindText(int i, std::string_view v) override {
    sqlite3_bind_text64(stmt_, i, v.data(), v.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
  }
  Result<bool> Step() override {
    int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    Status st = SqliteError(db_, "sqlite");
    sqlite3_reset(stmt_);
    return st;
  }
  bool IsNull(int col) const override { return sqlite3_column_type(stmt_, col) == SQLITE_NULL; }
  int64_t Int(int col) const override { return sqlite3_column_int64(stmt_, col); }
  double Double(int col) const override { return sqlite3_column_double(stmt_, col); }
  std::string_view Text(int col) const override {
    const unsigned char* p = sqlite3_column_text(stmt_, col);
    if (p == nullptr) return {};
    return {reinterpret_cast<const char*>(p), static_cast<size_t>(sqlite3_column_bytes(stmt_, col))};
  }
  void Reset() override {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
  }

 private:
  sqlite3* db_;
  sqlite3_stmt* stmt_;
};

class SqliteConnection final : public Connection {
 public:
  SqliteConnection(sqlite3* db, bool read_only) : db_(db), read_only_(read_only) {}
  ~SqliteConnection() override {
    cache_.clear();  // finalize statements before closing
    if (!read_only_) sqlite3_wal_checkpoint_v2(db_, nullptr, SQLITE_CHECKPOINT_TRUNCATE, nullptr, nullptr);
    sqlite3_close_v2(db_);
  }

  Dialect dialect() const override { return Dialect::kSqlite; }

  Status Exec(std::string_view sql) override {
    std::string s(sql);
    char* err = nullptr;
    if (sqlite3_exec(db_, s.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
      std::string msg = err != nullptr ? err : "unknown error";
      sqlite3_free(err);
      int code = sqlite3_errcode(db_);
      if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB) return Status::Corruption("sqlite: " + msg);
      return Status::IOError("sqlite: " + msg);
    }
    return Status::Ok();
  }

  Result<Statement*> Prepare(std::string_view sql) override {
    auto it = cache_.find(sql);
    if (it != cache_.end()) {
      it->second->Reset();
      return it->second.get();
    }
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT,
                           &stmt, nullptr) != SQLITE_OK) {
      return SqliteError(db_, "sqlite: prepare");
    }
    auto owned = std::make_unique<SqliteStatement>(db_, stmt);
    Statement* raw = owned.get();
    cache_.emplace(std::string(sql), std::move(owned));
    return raw;
  }

  Status Begin() override { return Exec(read_only_ ? "BEGIN" : "BEGIN IMMEDIATE"); }
  Status Commit() override { return Exec("COMMIT"); }
  Status Rollback() override {
    if (sqlite3_get_autocommit(db_)) return Status::Ok();  // already rolled back
    return Exec("ROLLBACK");
  }
  bool Retryable(const Status& status) const override {
    // BEGIN IMMEDIATE waits busy_timeout for other processes; past it, a retry is fair.
    return status.message().find("database is locked") != std::string::npos;
  }
  Status LockForMigration() override { return Status::Ok(); }  // BEGIN IMMEDIATE serializes
  Status UnlockForMigration() override { return Status::Ok(); }

  // Checkpoints (PASSIVE: never waits for readers) once the WAL holds more than
  // kCheckpointPages frames, as SQLite's automatic checkpoint would, but only ever on
  // this, the writing connection.
  void AfterCommit() override {
    if (read_only_ || wal_frames_ < kCheckpointPages) return;
    sqlite3_wal_checkpoint_v2(db_, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    wal_frames_ = 0;
  }

  static int OnWalCommit(void* self, sqlite3*, const char*, int frames) {
    static_cast<SqliteConnection*>(self)->wal_frames_ = frames;
    return SQLITE_OK;
  }

 private:
  struct Less {
    using is_transparent = void;
    bool operator()(std::string_view a, std::string_view b) const { return a < b; }
  };
  sqlite3* db_;
  bool read_only_;
  int wal_frames_ = 0;
  std::map<std::string, std::unique_ptr<SqliteStatement>, Less> cache_;
};

}  // namespace

Result<std::unique_ptr<Connection>> OpenSqlite(const std::string& path, const SqliteOpenOptions& options) {
  sqlite3* db = nullptr;
  int flags = SQLITE_OPEN_NOMUTEX | (options.read_only ? SQLITE_OPEN_READONLY
                                                       : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  int rc = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
  if (rc != SQLITE_OK) {
    Status st = rc == SQLITE_CANTOPEN ? Status::NotFound(path + ": cannot open store")
                                      : SqliteError(db, path);
    sqlite3_close_v2(db);
    return st;
  }
  sqlite3_extended_result_codes(db, 0);
  sqlite3_busy_timeout(db, options.busy_timeout_ms);
  auto conn = std::make_unique<SqliteConnection>(db, options.read_only);
  if (!options.read_only) {
    // WAL: readers never block the writer nor see a half-committed batch. The
    // automatic checkpoint is off: this connection checkpoints after its commits.
    Status st = conn->Exec(
        "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;"
        "PRAGMA wal_autocheckpoint=0; PRAGMA temp_store=MEMORY; PRAGMA cache_size=-65536;");
    if (!st.ok()) return st;
    sqlite3_wal_hook(db, &SqliteConnection::OnWalCommit, conn.get());
  } else {
    Status st = conn->Exec("PRAGMA query_only=ON; PRAGMA cache_size=-65536;");
    if (!st.ok()) return st;
  }
  return std::unique_ptr<Connection>(std::move(conn));
}

}  // namespace chancery::sql

// The store's internal SQL connection: the one seam between the shared ingest/query
// logic (store.cc) and a back end (sqlite/, postgres/). Not part of the public API.
//
// SQL is written once with `?` placeholders; the PostgreSQL back end renumbers them to
// $1..$n. Every value travels as a bound parameter, never spliced into SQL text.
// Statements are prepared once per connection and cached by their SQL text, so the hot
// ingest loop only binds and steps.
//
// Thread-safety: a Connection and its statements belong to one thread at a time.
#ifndef CHANCERY_STORE_SQL_H_
#define CHANCERY_STORE_SQL_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include "base/status.h"

namespace chancery::sql {

enum class Dialect : uint8_t { kSqlite, kPostgres };

// A prepared statement. Parameters are 1-based, columns 0-based. After Bind*, Step()
// runs it; each further Step() advances. Reset() (also done by Prepare) readies it for
// new bindings and releases the previous run's results.
class Statement {
 public:
  virtual ~Statement() = default;
  virtual void BindNull(int i) = 0;
  virtual void BindInt(int i, int64_t v) = 0;
  virtual void BindDouble(int i, double v) = 0;
  virtual void BindText(int i, std::string_view v) = 0;
  // true: a row is available; false: done. Errors end the run.
  virtual Result<bool> Step() = 0;
  virtual bool IsNull(int col) const = 0;
  virtual int64_t Int(int col) const = 0;
  virtual double Double(int col) const = 0;
  // Valid until the next Step() or Reset().
  virtual std::string_view Text(int col) const = 0;
  virtual void Reset() = 0;

  // Binds empty text as NULL (optional string fields).
  void BindTextOrNull(int i, std::string_view v) {
    if (v.empty()) {
      BindNull(i);
    } else {
      BindText(i, v);
    }
  }
  // Runs a statement that returns no rows we need. A back end may queue it and report
  // its error later, at the next Step() or at Commit() (PostgreSQL pipelining); either
  // way a failure fails the transaction.
  virtual Status Run() {
    Result<bool> r = Step();
    Reset();
    return r.ok() ? Status::Ok() : r.status();
  }
  // Runs a statement whose rows are wanted, without waiting for them: `on_row` is called
  // once per row, the statement positioned on it, by Connection::Flush() at the latest
  // (in the order statements were deferred). A back end may run it at once (SQLite
  // does). Bindings may be changed as soon as Defer returns; `on_row` must not touch
  // the connection. An error surfaces here or at Flush/Commit and fails the transaction.
  virtual Status Defer(std::function<void(const Statement&)> on_row) {
    for (;;) {
      Result<bool> r = Step();
      if (!r.ok()) {
        Reset();
        return r.status();
      }
      if (!r.value()) break;
      on_row(*this);
    }
    Reset();
    return Status::Ok();
  }
};

class Connection {
 public:
  virtual ~Connection() = default;
  virtual Dialect dialect() const = 0;
  // Runs SQL without parameters (may hold several statements).
  virtual Status Exec(std::string_view sql) = 0;
  // A cached prepared statement, reset; owned by the connection.
  virtual Result<Statement*> Prepare(std::string_view sql) = 0;
  // Transactions. Begin takes the write lock at once on SQLite (BEGIN IMMEDIATE).
  virtual Status Begin() = 0;
  virtual Status Commit() = 0;
  virtual Status Rollback() = 0;
  // Waits until every deferred and queued statement has run and its rows were handed
  // out; the first error of the transaction, if any.
  virtual Status Flush() { return Status::Ok(); }
  // True when a failed transaction may simply be run again (deadlock, serialization).
  virtual bool Retryable(const Status& status) const = 0;
  // Serializes schema migration across processes (released by Commit/Rollback on
  // SQLite, explicitly on PostgreSQL).
  virtual Status LockForMigration() = 0;
  virtual Status UnlockForMigration() = 0;
  // Called after each committed batch (SQLite: the writer checkpoints the WAL).
  virtual void AfterCommit() {}
};

// Back ends.
struct SqliteOpenOptions {
  bool read_only = false;
  int busy_timeout_ms = 10000;
};
Result<std::unique_ptr<Connection>> OpenSqlite(const std::string& path, const SqliteOpenOptions& options);
Result<std::unique_ptr<Connection>> OpenPostgres(const std::string& url);

}  // namespace chancery::sql

#endif  // CHANCERY_STORE_SQL_H_

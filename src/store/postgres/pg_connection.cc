// PostgreSQL back end of sql::Connection, over libpq.
//
// Every statement is prepared once per connection (PQprepare, named s1, s2, ...) with
// its `?` placeholders renumbered to $1..$n, and run with PQsendQueryPrepared: values
// are bound parameters in text format, never spliced into SQL. Results stream in
// single-row mode, so a query of any size runs in constant client memory.
// Inside a write transaction, statements run in libpq pipeline mode (PostgreSQL 14+):
// Run (no rows wanted) and Defer (rows handed to a callback later) send the statement
// and return at once; results are read at Flush, at the next Step, or at commit, so the
// store's staged ingest (store.cc PutAll) costs a round trip per stage, not per row.
// After a failing statement the server skips the rest of the pipeline: the first error
// is kept, no later callback runs, and the transaction fails and is rolled back.
// Deadlocks (40P01) and serialization failures (40001) are reported as retryable: the
// store reruns the batch's transaction.
#include <libpq-fe.h>

#include <cstdio>
#include <cstdlib>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "store/sql.h"

namespace chancery::sql {

namespace {

std::string RenumberPlaceholders(std::string_view sql, int* count) {
  std::string out;
  out.reserve(sql.size() + 16);
  bool in_literal = false;
  int n = 0;
  for (char c : sql) {
    if (c == '\'') in_literal = !in_literal;
    if (c == '?' && !in_literal) {
      out += '$';
      out += std::to_string(++n);
    } else {
      out += c;
    }
  }
  *count = n;
  return out;
}

Status PgError(const PGresult* res, PGconn* conn) {
  std::string msg = "postgresql: ";
  const char* state = res != nullptr ? PQresultErrorField(res, PG_DIAG_SQLSTATE) : nullptr;
  if (state != nullptr) {
    msg += state;
    msg += ": ";
  }
  const char* text = res != nullptr ? PQresultErrorMessage(res) : PQerrorMessage(conn);
  std::string_view t = text != nullptr ? text : "unknown error";
  while (!t.empty() && (t.back() == '\n' || t.back() == ' ')) t.remove_suffix(1);
  msg += t;
  return Status::IOError(std::move(msg));
}

class PgConnection;

class PgStatement final : public Statement {
 public:
  PgStatement(PgConnection* owner, PGconn* conn, std::string name, int params)
      : owner_(owner), conn_(conn), name_(std::move(name)), values_(params), is_null_(params, true) {}
  ~PgStatement() override { Reset(); }

  void BindNull(int i) override { is_null_[i - 1] = true; }
  void BindInt(int i, int64_t v) override { Set(i, std::to_string(v)); }
  void BindDouble(int i, double v) override {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.17g", v);
    Set(i, buf);
  }
  void BindText(int i, std::string_view v) override { Set(i, std::string(v)); }

  Result<bool> Step() override;
  Status Run() override;
  Status Defer(std::function<void(const Statement&)> on_row) override;
  // Hands each row of `res` (a deferred run's result) to `on_row`, positioned on it.
  void Deliver(PGresult* res, const std::function<void(const Statement&)>& on_row) {
    PGresult* saved_res = res_;
    int saved_row = row_;
    res_ = res;
    for (row_ = 0; row_ < PQntuples(res); ++row_) on_row(*this);
    res_ = saved_res;
    row_ = saved_row;
  }
  bool IsNull(int col) const override { return PQgetisnull(res_, row_, col) != 0; }
  int64_t Int(int col) const override { return std::strtoll(PQgetvalue(res_, row_, col), nullptr, 10); }
  double Double(int col) const override { return std::strtod(PQgetvalue(res_, row_, col), nullptr); }
  std::string_view Text(int col) const override {
    return {PQgetvalue(res_, row_, col), static_cast<size_t>(PQgetlength(res_, row_, col))};
  }
  void Reset() override {
    Drain();
    for (size_t i = 0; i < is_null_.size(); ++i) is_null_[i] = true;
  }

 private:
  void Set(int i, std::string v) {
    values_[i - 1] = std::move(v);
    is_null_[i - 1] = false;
  }
  bool Send() {
    ptrs_.resize(values_.size());
    for (size_t i = 0; i < values_.size(); ++i) ptrs_[i] = is_null_[i] ? nullptr : values_[i].c_str();
    return PQsendQueryPrepared(conn_, name_.c_str(), static_cast<int>(ptrs_.size()), ptrs_.data(), nullptr,
                               nullptr, 0) != 0;
  }
  void Clear() {
    if (res_ != nullptr) PQclear(res_);
    res_ = nullptr;
  }
  // Consumes what is left of the current run so the connection is free again.
  void Drain() {
    Clear();
    buffered_ = false;
    if (!running_) return;
    while (PGresult* r = PQgetResult(conn_)) PQclear(r);
    running_ = false;
  }

  PgConnection* owner_;
  PGconn* conn_;
  std::string name_;
  std::vector<std::string> values_;
  std::vector<bool> is_null_;
  std::vector<const char*> ptrs_;
  PGresult* res_ = nullptr;
  int row_ = 0;
  int rows_ = 0;
  bool running_ = false;   // single-row streaming in progress
  bool buffered_ = false;  // pipeline mode: res_ holds the whole result
};

class PgConnection final : public Connection {
 public:
  explicit PgConnection(PGconn* conn) : conn_(conn) {}
  ~PgConnection() override {
    cache_.clear();
    PQfinish(conn_);
  }

  Dialect dialect() const override { return Dialect::kPostgres; }

  Status Exec(std::string_view sql) override {
    if (pipeline_) {
      Status st = EndPipeline();  // PQexec cannot run in pipeline mode
      if (!st.ok()) return st;
    }
    std::string s(sql);
    PGresult* res = PQexec(conn_, s.c_str());
    ExecStatusType t = PQresultStatus(res);
    Status st = (t == PGRES_COMMAND_OK || t == PGRES_TUPLES_OK) ? Status::Ok() : PgError(res, conn_);
    PQclear(res);
    return st;
  }

  Result<Statement*> Prepare(std::string_view sql) override {
    auto it = cache_.find(sql);
    if (it != cache_.end()) {
      it->second->Reset();
      return it->second.get();
    }
    int params = 0;
    std::string text = RenumberPlaceholders(sql, &params);
    std::string name = "s" + std::to_string(cache_.size() + 1);
    if (pipeline_) {
      // Preparing inside the pipeline: queue it like any other command.
      if (!PQsendPrepare(conn_, name.c_str(), text.c_str(), params, nullptr)) return PgError(nullptr, conn_);
      Queued();
    } else {
      PGresult* res = PQprepare(conn_, name.c_str(), text.c_str(), params, nullptr);
      if (PQresultStatus(res) != PGRES_COMMAND_OK) {
        Status st = PgError(res, conn_);
        PQclear(res);
        return st;
      }
      PQclear(res);
    }
    auto owned = std::make_unique<PgStatement>(this, conn_, name, params);
    Statement* raw = owned.get();
    cache_.emplace(std::string(sql), std::move(owned));
    return raw;
  }

  // Write transactions run in pipeline mode: statements whose results are not needed
  // (Run) are queued without waiting for the server, so a batch costs a round trip per
  // statement that returns rows, not per row inserted.
  Status Begin() override {
    Status st = Exec("BEGIN");
    in_transaction_ = st.ok();
    return st;
  }
  Status Commit() override {
    Status st = EndPipeline();
    in_transaction_ = false;
    if (!st.ok()) {
      Exec("ROLLBACK");
      return st;
    }
    return Exec("COMMIT");
  }
  Status Rollback() override {
    EndPipeline();
    in_transaction_ = false;
    return Exec("ROLLBACK");
  }
  bool Retryable(const Status& status) const override {
    const std::string& m = status.message();
    return m.find("40P01") != std::string::npos || m.find("40001") != std::string::npos;
  }
  // One advisory lock key for "the Chancery schema" in this database.
  Status LockForMigration() override { return Exec("SELECT pg_advisory_lock(7346001)"); }
  Status UnlockForMigration() override { return Exec("SELECT pg_advisory_unlock(7346001)"); }

  bool pipeline() const { return pipeline_; }
  // Inside a transaction, the first queued command turns pipeline mode on.
  Status StartQueueing() {
    if (pipeline_ || !in_transaction_) return Status::Ok();
    if (!PQenterPipelineMode(conn_)) return PgError(nullptr, conn_);
    pipeline_ = true;
    pending_.clear();
    error_ = Status();
    return Status::Ok();
  }
  // A command was sent whose result is read later; `on_row` (if any) gets its rows.
  void Queued(PgStatement* stmt = nullptr, std::function<void(const Statement&)> on_row = nullptr) {
    pending_.push_back({stmt, std::move(on_row)});
  }

  // Reads the results of every queued command (a flush request must be on its way),
  // handing deferred queries' rows to their callbacks; the first error is kept and
  // returned (and stays the transaction's error until it ends: after it the server
  // skips the rest of the pipeline, and no callback runs).
  Status DrainQueued() {
    while (!pending_.empty()) {
      PGresult* r = PQgetResult(conn_);
      if (r == nullptr) {  // end of one command's results
        pending_.pop_front();
        if (PQstatus(conn_) != CONNECTION_OK) {
          Fail(PgError(nullptr, conn_));
          pending_.clear();
        }
        continue;
      }
      ExecStatusType t = PQresultStatus(r);
      if (t != PGRES_COMMAND_OK && t != PGRES_TUPLES_OK) {
        Fail(t == PGRES_PIPELINE_ABORTED ? Status::IOError("postgresql: pipeline aborted") : PgError(r, conn_));
      } else if (t == PGRES_TUPLES_OK && error_.ok() && pending_.front().on_row) {
        pending_.front().stmt->Deliver(r, pending_.front().on_row);
      }
      PQclear(r);
    }
    return error_;
  }
  // Asks the server for everything queued so far and waits for it.
  Status Flush() override {
    if (!pipeline_) return Status::Ok();
    if (!pending_.empty()) {
      if (!PQsendFlushRequest(conn_) || PQflush(conn_) != 0) Fail(PgError(nullptr, conn_));
    }
    if (!error_.ok()) return error_;
    return DrainQueued();
  }
  void Fail(const Status& st) {
    if (error_.ok()) error_ = st;
  }

 private:
  // Syncs, drains and leaves pipeline mode; the first error of the pipeline, if any.
  Status EndPipeline() {
    if (!pipeline_) return Status::Ok();
    // The sync also flushes; then every queued command's results, then the sync's.
    Status st;
    if (!PQpipelineSync(conn_)) {
      st = PgError(nullptr, conn_);
    } else {
      st = DrainQueued();
      for (;;) {
        PGresult* r = PQgetResult(conn_);
        if (r == nullptr) {
          if (PQstatus(conn_) != CONNECTION_OK) break;
          continue;
        }
        ExecStatusType t = PQresultStatus(r);
        PQclear(r);
        if (t == PGRES_PIPELINE_SYNC) break;
      }
    }
    PQexitPipelineMode(conn_);
    pipeline_ = false;
    pending_.clear();
    error_ = Status();
    return st;
  }

  struct Less {
    using is_transparent = void;
    bool operator()(std::string_view a, std::string_view b) const { return a < b; }
  };
  PGconn* conn_;
  std::map<std::string, std::unique_ptr<PgStatement>, Less> cache_;
  bool in_transaction_ = false;
  bool pipeline_ = false;
  struct Pending {
    PgStatement* stmt;
    std::function<void(const Statement&)> on_row;
  };
  std::deque<Pending> pending_;  // commands sent whose results are still to be read
  Status error_;
};

Result<bool> PgStatement::Step() {
  if (buffered_) {
    if (++row_ < rows_) return true;
    Clear();
    buffered_ = false;
    return false;
  }
  if (owner_->pipeline()) {
    // Send this query and a flush request, read the results of the commands queued
    // before it, then this one's whole result (write-path queries return a few rows).
    if (!Send() || !PQsendFlushRequest(conn_) || PQflush(conn_) != 0) return PgError(nullptr, conn_);
    Status earlier = owner_->DrainQueued();
    Clear();
    PGresult* mine = PQgetResult(conn_);
    if (mine != nullptr) {
      while (PGresult* extra = PQgetResult(conn_)) PQclear(extra);  // up to the NULL ending ours
    }
    res_ = mine;
    if (!earlier.ok()) {
      Clear();
      return earlier;
    }
    ExecStatusType t = res_ != nullptr ? PQresultStatus(res_) : PGRES_FATAL_ERROR;
    if (t != PGRES_TUPLES_OK && t != PGRES_COMMAND_OK) {
      Status st = t == PGRES_PIPELINE_ABORTED ? Status::IOError("postgresql: pipeline aborted")
                                              : PgError(res_, conn_);
      owner_->Fail(st);
      Clear();
      return st;
    }
    row_ = 0;
    rows_ = PQntuples(res_);
    if (rows_ == 0) {
      Clear();
      return false;
    }
    buffered_ = true;
    return true;
  }
  if (!running_) {
    if (!Send()) return PgError(nullptr, conn_);
    PQsetSingleRowMode(conn_);
    running_ = true;
  }
  Clear();
  row_ = 0;
  res_ = PQgetResult(conn_);
  if (res_ == nullptr) {
    running_ = false;
    return false;
  }
  switch (PQresultStatus(res_)) {
    case PGRES_SINGLE_TUPLE:
      return true;
    case PGRES_TUPLES_OK:
    case PGRES_COMMAND_OK:
      Drain();
      return false;
    default: {
      Status st = PgError(res_, conn_);
      Drain();
      return st;
    }
  }
}

Status PgStatement::Run() {
  Status q = owner_->StartQueueing();
  if (!q.ok()) return q;
  if (!owner_->pipeline()) return Statement::Run();
  if (!Send()) return PgError(nullptr, conn_);
  owner_->Queued();
  Reset();
  return Status::Ok();
}

Status PgStatement::Defer(std::function<void(const Statement&)> on_row) {
  Status q = owner_->StartQueueing();
  if (!q.ok()) return q;
  if (!owner_->pipeline()) return Statement::Defer(std::move(on_row));
  if (!Send()) return PgError(nullptr, conn_);
  owner_->Queued(this, std::move(on_row));
  Reset();
  return Status::Ok();
}

}  // namespace

Result<std::unique_ptr<Connection>> OpenPostgres(const std::string& url) {
  PGconn* conn = PQconnectdb(url.c_str());
  if (PQstatus(conn) != CONNECTION_OK) {
    std::string msg = PQerrorMessage(conn);
    while (!msg.empty() && msg.back() == '\n') msg.pop_back();
    PQfinish(conn);
    return Status::IOError("postgresql: cannot connect: " + msg);
  }
  auto c = std::make_unique<PgConnection>(conn);
  Status st = c->Exec("SET client_min_messages = warning; SET client_encoding = 'UTF8'");
  if (!st.ok()) return st;
  return std::unique_ptr<Connection>(std::move(c));
}

}  // namespace chancery::sql

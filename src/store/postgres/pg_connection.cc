// PostgreSQL back end of sql::Connection, over libpq.
//
// Every statement is prepared once per connection (PQprepare, named s1, s2, ...) with
// its `?` placeholders renumbered to $1..$n, and run with PQsendQueryPrepared: values
// are bound parameters in text format, never spliced into SQL. Results stream in
// single-row mode, so a query of any size runs in constant client memory.
// Deadlocks (40P01) and serialization failures (40001) are reported as retryable: the
// store reruns the batch's transaction.
#include <libpq-fe.h>

#include <cstdio>
#include <cstdlib>
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

class PgStatement final : public Statement {
 public:
  PgStatement(PGconn* conn, std::string name, int params)
      : conn_(conn), name_(std::move(name)), values_(params), is_null_(params, true) {}
  ~PgStatement() override { Reset(); }

  void BindNull(int i) override { is_null_[i - 1] = true; }
  void BindInt(int i, int64_t v) override { Set(i, std::to_string(v)); }
  void BindDouble(int i, double v) override {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.17g", v);
    Set(i, buf);
  }
  void BindText(int i, std::string_view v) override { Set(i, std::string(v)); }

  Result<bool> Step() override {
    if (!running_) {
      std::vector<const char*> ptrs(values_.size());
      for (size_t i = 0; i < values_.size(); ++i) ptrs[i] = is_null_[i] ? nullptr : values_[i].c_str();
      if (!PQsendQueryPrepared(conn_, name_.c_str(), static_cast<int>(ptrs.size()), ptrs.data(),
                               nullptr, nullptr, 0)) {
        return PgError(nullptr, conn_);
      }
      PQsetSingleRowMode(conn_);
      running_ = true;
    }
    Clear();
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
  bool IsNull(int col) const override { return PQgetisnull(res_, 0, col) != 0; }
  int64_t Int(int col) const override { return std::strtoll(PQgetvalue(res_, 0, col), nullptr, 10); }
  double Double(int col) const override { return std::strtod(PQgetvalue(res_, 0, col), nullptr); }
  std::string_view Text(int col) const override {
    return {PQgetvalue(res_, 0, col), static_cast<size_t>(PQgetlength(res_, 0, col))};
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
  void Clear() {
    if (res_ != nullptr) PQclear(res_);
    res_ = nullptr;
  }
  // Consumes what is left of the current run so the connection is free again.
  void Drain() {
    Clear();
    if (!running_) return;
    while (PGresult* r = PQgetResult(conn_)) PQclear(r);
    running_ = false;
  }

  PGconn* conn_;
  std::string name_;
  std::vector<std::string> values_;
  std::vector<bool> is_null_;
  PGresult* res_ = nullptr;
  bool running_ = false;
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
    PGresult* res = PQprepare(conn_, name.c_str(), text.c_str(), params, nullptr);
    if (PQresultStatus(res) != PGRES_COMMAND_OK) {
      Status st = PgError(res, conn_);
      PQclear(res);
      return st;
    }
    PQclear(res);
    auto owned = std::make_unique<PgStatement>(conn_, name, params);
    Statement* raw = owned.get();
    cache_.emplace(std::string(sql), std::move(owned));
    return raw;
  }

  Status Begin() override { return Exec("BEGIN"); }
  Status Commit() override { return Exec("COMMIT"); }
  Status Rollback() override { return Exec("ROLLBACK"); }
  bool Retryable(const Status& status) const override {
    const std::string& m = status.message();
    return m.find("40P01") != std::string::npos || m.find("40001") != std::string::npos;
  }
  // One advisory lock key for "the Chancery schema" in this database.
  Status LockForMigration() override { return Exec("SELECT pg_advisory_lock(7346001)"); }
  Status UnlockForMigration() override { return Exec("SELECT pg_advisory_unlock(7346001)"); }

 private:
  struct Less {
    using is_transparent = void;
    bool operator()(std::string_view a, std::string_view b) const { return a < b; }
  };
  PGconn* conn_;
  std::map<std::string, std::unique_ptr<PgStatement>, Less> cache_;
};

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

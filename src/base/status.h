// Status and Result<T>: the one error vocabulary of libchancery.
//
// A Status is either OK or carries a code and a one-line message that names what went
// wrong (and, where known, the input it concerns). Success costs nothing but a small
// enum and an empty string. No function in libchancery throws across its module
// boundary and none calls exit(): failures travel as Status values up to the caller,
// which decides (the CLI turns them into `chancery: <input>: <message>` and an exit code).
//
// Result<T> holds either a T or a non-OK Status. Callers test ok() before value().
//
// Thread-safety: plain values; distinct objects may be used from distinct threads.
#ifndef CHANCERY_BASE_STATUS_H_
#define CHANCERY_BASE_STATUS_H_

#include <cassert>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace chancery {

enum class StatusCode {
  kOk = 0,
  kInvalidArgument,  // the caller passed something unusable (bad option, bad JSON field)
  kInvalidInput,     // a document cannot be analysed (invalid UTF-8, empty, too large)
  kNotFound,         // a file, a lexicon or a time zone does not exist
  kCorruption,       // a data file exists but fails its magic, version or checksum
  kIOError,          // the operating system refused a read, write or map
  kInternal,         // a bug: an invariant did not hold
};

class Status {
 public:
  Status() = default;  // OK
  static Status Ok() { return Status(); }
  static Status InvalidArgument(std::string msg) { return {StatusCode::kInvalidArgument, std::move(msg)}; }
  static Status InvalidInput(std::string msg) { return {StatusCode::kInvalidInput, std::move(msg)}; }
  static Status NotFound(std::string msg) { return {StatusCode::kNotFound, std::move(msg)}; }
  static Status Corruption(std::string msg) { return {StatusCode::kCorruption, std::move(msg)}; }
  static Status IOError(std::string msg) { return {StatusCode::kIOError, std::move(msg)}; }
  static Status Internal(std::string msg) { return {StatusCode::kInternal, std::move(msg)}; }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  // The one-line message, without the code's name; empty when ok().
  const std::string& message() const { return message_; }
  // "<code name>: <message>", or "OK".
  std::string ToString() const;

 private:
  Status(StatusCode code, std::string msg) : code_(code), message_(std::move(msg)) {}
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

// A value or the Status that explains why there is none.
// REQUIRES: a Result built from a Status is built from a non-OK one.
template <typename T>
class Result {
 public:
  Result(T value) : value_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Status status) : status_(std::move(status)) { assert(!status_.ok()); }  // NOLINT

  bool ok() const { return value_.has_value(); }
  const Status& status() const { return status_; }
  // REQUIRES: ok().
  T& value() & { assert(ok()); return *value_; }
  const T& value() const& { assert(ok()); return *value_; }
  T&& value() && { assert(ok()); return std::move(*value_); }

 private:
  std::optional<T> value_;
  Status status_;
};

}  // namespace chancery

#endif  // CHANCERY_BASE_STATUS_H_

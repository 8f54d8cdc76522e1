// The per-document time budget (--time-budget-ms), as the stages' long loops see it.
//
// The pipeline opens a DeadlineScope on the worker thread for the document it analyses;
// a stage loop that can run long (over sentences or tokens) calls DeadlinePassed() every
// few hundred iterations (it reads the clock each time, so never per token) and, when it
// is true, stops early. The pipeline then throws the partial document away and reports
// the budget as exceeded. Without a scope (a stage used on its own, a unit test) there is
// no deadline. Thread-local, so each worker has its own; scopes do not nest.
//
// The sentence loops of the timex, entities, quotes and events stages poll it every 64
// sentences; the pipeline also checks it between stages. Tokenizer and morphology, the
// fastest stages, are bounded by the check that follows them.
#ifndef CHANCERY_BASE_DEADLINE_H_
#define CHANCERY_BASE_DEADLINE_H_

#include <chrono>

namespace chancery {

namespace deadline_internal {
struct State {
  bool active = false;
  bool passed = false;
  std::chrono::steady_clock::time_point at;
};
inline thread_local State state;
}  // namespace deadline_internal

// True once the current document's deadline has passed (and from then on).
inline bool DeadlinePassed() {
  deadline_internal::State& s = deadline_internal::state;
  if (!s.active) return false;
  if (!s.passed) s.passed = std::chrono::steady_clock::now() > s.at;
  return s.passed;
}

// Sets the calling thread's deadline for its lifetime.
class DeadlineScope {
 public:
  explicit DeadlineScope(std::chrono::steady_clock::time_point at) {
    deadline_internal::state = {true, false, at};
  }
  ~DeadlineScope() { deadline_internal::state = {}; }
  DeadlineScope(const DeadlineScope&) = delete;
  DeadlineScope& operator=(const DeadlineScope&) = delete;
};

}  // namespace chancery

#endif  // CHANCERY_BASE_DEADLINE_H_

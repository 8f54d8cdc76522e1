// Helpers for the store suites: hand-built documents, and a fresh store per test on
// either back end (SQLite: a file under the test's temporary directory; PostgreSQL: a
// new database on the server named by CHANCERY_TEST_PG_URL, which the CTest fixture
// `pg_server` starts; see scripts/pg_test_server.sh).
#ifndef CHANCERY_TESTS_UNIT_STORE_STORE_TEST_UTIL_H_
#define CHANCERY_TESTS_UNIT_STORE_STORE_TEST_UTIL_H_

#include <memory>
#include <string>
#include <vector>

#include "document/document.h"
#include "store/store.h"

namespace chancery::testing {

// A dispatch of `provider` with `headline`, published at `published`, whose text is
// "<headline>\n\n<body>"; one entity per actor code named in `events` and those events.
struct EventSpec {
  std::string source, target, code, date, place, country;
};
std::unique_ptr<Document> MakeDoc(const std::string& id, const std::string& provider,
                                  const std::string& headline, const std::string& published,
                                  const std::string& body, const std::vector<EventSpec>& events,
                                  const std::string& update_note = "");

std::vector<const Document*> Pointers(const std::vector<std::unique_ptr<Document>>& docs);

// "sqlite" or "postgresql".
std::string BackendUrl(const std::string& backend, const std::string& name);

// Counts of a store, failing the test on error.
StoreStats StatsOf(Store* store);

// Every live event (ascending id), failing the test on error.
std::vector<StoredEvent> AllEvents(Store* store, const EventQuery& query = {});

}  // namespace chancery::testing

#endif  // CHANCERY_TESTS_UNIT_STORE_STORE_TEST_UTIL_H_

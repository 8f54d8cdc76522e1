// The store's schema and its forward migrations (docs/schema.md describes the tables).
//
// Migrations are numbered from 1; each holds the DDL for both back ends, written to the
// same logical schema (same tables, columns and keys; only types, identity columns and
// the full-text index differ). Migrate() brings a store up to kSchemaVersion, applying
// each missing step in its own transaction and recording it in `schema_version`, under
// a lock that serializes concurrent openers. A store newer than this program is refused.
//
// Thread-safety: plain functions over a caller-owned connection.
#ifndef CHANCERY_STORE_SCHEMA_H_
#define CHANCERY_STORE_SCHEMA_H_

#include "base/status.h"
#include "store/sql.h"

namespace chancery::store_schema {

inline constexpr int kSchemaVersion = 3;

// The version the store is at; 0 for an empty store.
Result<int> ReadVersion(sql::Connection* conn);

// Applies the missing migrations. Corruption when the store is newer than kSchemaVersion.
Status Migrate(sql::Connection* conn);

}  // namespace chancery::store_schema

#endif  // CHANCERY_STORE_SCHEMA_H_

// DispatchParser: reads the furniture of a news dispatch into DocumentMeta.
//
// Recognises, in French and English: the headline line and its attribution suffix
// ("...retraites-Macron", "... - sources"), status flags in the headline
// ("UPDATE 2-", "REFILE-", "(CORRECTED) -", "RPT -"), provider and time-stamp lines
// ("information fournie par Reuters 26/02/2025 à 15:16"), date lines ("March 06, 2008",
// "Thursday, February 23, 2006", "22 mai 2012. -"), datelines ("WASHINGTON, Feb 26
// (Reuters) -", "MOSCOU, 26 février (Reuters) -", "(AFP) -", "NAIROBI, Kenya (AP) _"),
// update notes ("(Actualisé avec ...)"), credits at either end ("(Reporting by X;
// Editing by Y)", "(X, rédigé par Y, version française Z et W, édité par V)",
// "By Henry Meyer"), and the body span that remains.
//
// The published time is resolved in an IANA zone through Debian's tzdata: the record's
// own offset if it has one, else options.tz, else Europe/Paris for French dispatches and
// UTC otherwise. The document creation time comes from the strongest source present:
// provider line, date line, dateline (year from the record or reference time), the
// record's `published`, then options.reference_time; meta.published_source says which.
//
// Never fails on an odd layout: what it cannot recognise stays empty, and the body is
// then the whole text. Word lists (months, weekdays, providers, credit roles, status
// words) come from compiled lexicons, not from code.
//
// Thread-safety: immutable after Create(); Parse() may run on many threads at once.
#ifndef CHANCERY_INGEST_DISPATCH_PARSER_H_
#define CHANCERY_INGEST_DISPATCH_PARSER_H_

#include <memory>
#include <string>

#include "base/status.h"
#include "document/document.h"
#include "ingest/record.h"

namespace chancery {

struct IngestOptions {
  // IANA zone for times printed without an offset; empty: Europe/Paris for French,
  // UTC otherwise. Change it for a provider whose wire clock is elsewhere.
  std::string tz;
  // ISO 8601 reference time used when a dispatch carries no date at all.
  std::string reference_time;
};

class DispatchParser {
 public:
  // Loads the ingest lexicons from `data_dir`. NotFound/Corruption if they are missing.
  static Result<std::unique_ptr<DispatchParser>> Create(const std::string& data_dir);
  ~DispatchParser();

  // Fills doc->meta. REQUIRES: doc->text is decoded and doc->lang set (kUnknown is
  // allowed). InvalidArgument only when options.tz names no known zone.
  Status Parse(const IngestOptions& options, const InputRecord& record, Document* doc) const;

 private:
  DispatchParser();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace chancery

#endif  // CHANCERY_INGEST_DISPATCH_PARSER_H_

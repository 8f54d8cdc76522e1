// `chancery events`: query a store and stream the matching events as JSON Lines, CSV
// or GDELT 2.0 export rows. Rows go out as the store hands them over (64 KiB writes),
// so an export of any size runs in constant memory.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>
#include <vector>

#include "args.h"
#include "commands.h"
#include "lexicon/lexicon.h"
#include "store/event_format.h"
#include "store/store.h"

namespace chancery::cli {

namespace {

constexpr char kHelp[] =
    "usage: chancery events [options]\n"
    "\n"
    "Prints the stored events that match every filter given, in stable order (ascending\n"
    "event id), one per line.\n"
    "\n"
    "filters:\n"
    "  --actor CODE     source or target actor code starts with CODE (RUS, USAGOV)\n"
    "  --dyad A,B       events between A and B, either direction (actor code prefixes)\n"
    "  --directed       with --dyad: source starts with A and target with B only\n"
    "  --code PREFIX    CAMEO event code starts with PREFIX (03, 036)\n"
    "  --from DATE      event date on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD)\n"
    "  --to DATE        event date on or before DATE (inclusive: --to 2025-02 takes all of February)\n"
    "  --place NAME     location name (case and accents ignored) or ISO country code\n"
    "  --text WORDS     a reporting article contains every word (full text)\n"
    "\n"
    "options:\n"
    "  --db URL         store path or postgresql:// URL (default: chancery.db)\n"
    "  --format F       json (JSON Lines, default) | csv (with header) | gdelt (the 61\n"
    "                   GDELT 2.0 event export columns, tab-separated, no header)\n"
    "  --limit N        print at most N events; the cursor for the next page goes to stderr\n"
    "  --cursor C       start after the event C (a cursor printed by a previous page)\n"
    "  --summary        print counts (events, mentions, root codes, dyads) instead of rows\n"
    "  --data DIR       directory of the compiled lexicons (gdelt's FIPS country table)\n"
    "  --help           this text\n"
    "\n"
    "Exit status: 0 success, 1 the store cannot be read, 2 usage error.\n";

bool IsDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

// YYYY, YYYY-MM or YYYY-MM-DD.
bool ValidDate(const std::string& d) {
  if (d.size() != 4 && d.size() != 7 && d.size() != 10) return false;
  if (!IsDigits(d.substr(0, 4))) return false;
  if (d.size() >= 7 && (d[4] != '-' || !IsDigits(d.substr(5, 2)))) return false;
  if (d.size() == 10 && (d[7] != '-' || !IsDigits(d.substr(8, 2)))) return false;
  if (d.size() >= 7) {
    int month = std::stoi(d.substr(5, 2));
    if (month < 1 || month > 12) return false;
  }
  if (d.size() == 10) {
    int day = std::stoi(d.substr(8, 2));
    if (day < 1 || day > 31) return false;
  }
  return true;
}

bool ValidCode(const std::string& s, size_t max) {
  if (s.empty() || s.size() > max) return false;
  for (char c : s) {
    bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (!ok) return false;
  }
  return true;
}

void Flush(std::string* buffer) {
  std::fwrite(buffer->data(), 1, buffer->size(), stdout);
  buffer->clear();
}

}  // namespace

int RunEvents(const std::vector<std::string>& args) {
  ParsedArgs a = ParseArgs(args,
                           {"--db", "--actor", "--dyad", "--code", "--from", "--to", "--place", "--text",
                            "--limit", "--cursor", "--format", "--data"},
                           {"--summary", "--directed", "--help", "-h"});
  if (!a.error.empty()) return UsageError("events", a.error);
  if (a.flags.count("--help") || a.flags.count("-h")) {
    std::fputs(kHelp, stdout);
    return 0;
  }
  if (!a.positional.empty()) return UsageError("events", "unexpected argument '" + a.positional[0] + "'");
  EventQuery q;
  auto value = [&](const char* name) -> std::string {
    auto it = a.values.find(name);
    return it == a.values.end() ? std::string() : it->second;
  };
  q.actor = value("--actor");
  if (a.values.count("--actor") && !ValidCode(q.actor, 32)) return UsageError("events", "--actor takes a CAMEO actor code");
  if (std::string dyad = value("--dyad"); !dyad.empty() || a.values.count("--dyad")) {
    size_t comma = dyad.find(',');
    if (comma == std::string::npos) return UsageError("events", "--dyad takes two actor codes: A,B");
    q.dyad_source = dyad.substr(0, comma);
    q.dyad_target = dyad.substr(comma + 1);
    q.dyad_directed = a.flags.count("--directed") != 0;
    if (!ValidCode(q.dyad_source, 32) || !ValidCode(q.dyad_target, 32)) {
      return UsageError("events", "--dyad takes two actor codes: A,B");
    }
  }
  q.code = value("--code");
  if (a.values.count("--code") && !(ValidCode(q.code, 4) && IsDigits(q.code))) {
    return UsageError("events", "--code takes a CAMEO code prefix (digits)");
  }
  q.from = value("--from");
  q.to = value("--to");
  if (a.values.count("--from") && !ValidDate(q.from)) return UsageError("events", "--from takes YYYY, YYYY-MM or YYYY-MM-DD");
  if (a.values.count("--to") && !ValidDate(q.to)) return UsageError("events", "--to takes YYYY, YYYY-MM or YYYY-MM-DD");
  q.place = value("--place");
  q.text = value("--text");
  if (a.values.count("--text") && q.text.find_first_not_of(" \t") == std::string::npos) {
    return UsageError("events", "--text takes at least one word");
  }
  if (a.values.count("--limit")) {
    std::string l = value("--limit");
    if (!IsDigits(l) || l.size() > 12 || std::stoll(l) < 1) return UsageError("events", "--limit takes a positive number");
    q.limit = std::stoll(l);
  }
  if (a.values.count("--cursor")) {
    std::string c = value("--cursor");
    if (!IsDigits(c) || c.size() > 18) return UsageError("events", "--cursor takes a cursor printed by a previous page");
    q.after_id = std::stoll(c);
  }
  EventFormat format = EventFormat::kJson;
  if (a.values.count("--format") && !ParseEventFormat(value("--format"), &format)) {
    return UsageError("events", "--format takes json, csv or gdelt");
  }
  bool summary = a.flags.count("--summary") != 0;
  std::string db = a.values.count("--db") ? value("--db") : "chancery.db";

  Lexicon iso_fips;
  bool have_fips = false;
  if (format == EventFormat::kGdelt && !summary) {
    Result<std::string> dir = LocateDataDir(value("--data"), "iso_fips.lex");
    Result<Lexicon> lex = dir.ok() ? Lexicon::Open(dir.value() + "/iso_fips.lex", kIsoFipsKind)
                                   : Result<Lexicon>(dir.status());
    if (!lex.ok()) {
      std::fprintf(stderr, "chancery: events: %s\n", lex.status().message().c_str());
      return 1;
    }
    iso_fips = std::move(lex).value();
    have_fips = true;
  }

  StoreOptions ro;
  ro.read_only = true;
  Result<std::unique_ptr<Store>> store = Store::Open(db, ro);
  if (!store.ok()) {
    std::fprintf(stderr, "chancery: events: %s\n", store.status().message().c_str());
    return 1;
  }

  std::string buffer;
  int64_t count = 0, last = 0, mentions = 0;
  std::map<std::string, int64_t> roots, dyads;
  if (!summary) AppendEventHeader(format, &buffer);
  Status st = store.value()->QueryEvents(q, [&](const StoredEvent& e) {
    ++count;
    last = e.id;
    if (summary) {
      mentions += e.num_mentions;
      ++roots[e.root];
      ++dyads[(e.source_actor.empty() ? "-" : e.source_actor) + ">" + (e.target_actor.empty() ? "-" : e.target_actor)];
      return true;
    }
    AppendEvent(e, format, have_fips ? &iso_fips : nullptr, &buffer);
    if (buffer.size() >= (1 << 16)) Flush(&buffer);
    return true;
  });
  if (summary) {
    buffer += std::to_string(count) + " events, " + std::to_string(mentions) + " mentions\n";
    buffer += "by root code:";
    for (const auto& [root, n] : roots) buffer += " " + root + ":" + std::to_string(n);
    buffer += "\ntop dyads:";
    std::vector<std::pair<int64_t, std::string>> top;
    for (const auto& [d, n] : dyads) top.emplace_back(-n, d);
    std::sort(top.begin(), top.end());
    for (size_t i = 0; i < top.size() && i < 10; ++i) buffer += " " + top[i].second + ":" + std::to_string(-top[i].first);
    buffer += "\n";
  }
  Flush(&buffer);
  if (std::fflush(stdout) != 0) {
    std::fprintf(stderr, "chancery: events: cannot write output\n");
    return 1;
  }
  if (!st.ok()) {
    std::fprintf(stderr, "chancery: events: %s: %s\n", db.c_str(), st.message().c_str());
    return 1;
  }
  if (q.limit > 0 && count == q.limit) {
    std::fprintf(stderr, "chancery: events: next page: --cursor %lld\n", static_cast<long long>(last));
  }
  return 0;
}

}  // namespace chancery::cli

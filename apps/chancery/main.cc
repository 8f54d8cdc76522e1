// chancery: the command-line front end. Parses the subcommand and hands over; all the
// work is in libchancery.
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "commands.h"

namespace {

constexpr char kUsage[] =
    "usage: chancery <command> [options] [args]\n"
    "\n"
    "Turns news dispatches (French, English) into structured records of international\n"
    "relations.\n"
    "\n"
    "commands:\n"
    "  extract   analyse dispatches and print one JSON document per input (JSON Lines)\n"
    "  ingest    analyse dispatches and store them (SQLite file or PostgreSQL)\n"
    "  events    query stored events (JSON Lines, CSV or GDELT columns)\n"
    "  serve     HTTP API and web UI over a store (127.0.0.1:8080 by default)\n"
    "\n"
    "Run 'chancery <command> --help' for a command's options.\n";

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fputs(kUsage, stderr);
    return 2;
  }
  std::string command = argv[1];
  std::vector<std::string> args(argv + 2, argv + argc);
  if (command == "--help" || command == "-h" || command == "help") {
    std::fputs(kUsage, stdout);
    return 0;
  }
  if (command == "extract") return chancery::cli::RunExtract(args);
  if (command == "ingest") return chancery::cli::RunIngest(args);
  if (command == "events") return chancery::cli::RunEvents(args);
  if (command == "serve") return chancery::cli::RunServe(args);
  std::fprintf(stderr, "chancery: unknown command '%s'\n%s", command.c_str(), kUsage);
  return 2;
}

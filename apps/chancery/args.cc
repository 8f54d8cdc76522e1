#include "args.h"

#include <cstdio>

namespace chancery::cli {

ParsedArgs ParseArgs(const std::vector<std::string>& args, const std::set<std::string>& with_value,
                     const std::set<std::string>& boolean) {
  ParsedArgs out;
  bool options_done = false;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (options_done || a == "-" || a.size() < 2 || a[0] != '-') {
      out.positional.push_back(a);
      continue;
    }
    if (a == "--") {
      options_done = true;
      continue;
    }
    std::string name = a, value;
    bool inline_value = false;
    if (size_t eq = a.find('='); eq != std::string::npos) {
      name = a.substr(0, eq);
      value = a.substr(eq + 1);
      inline_value = true;
    }
    if (with_value.count(name) != 0) {
      if (!inline_value) {
        if (i + 1 >= args.size()) {
          out.error = "option " + name + " needs a value";
          return out;
        }
        value = args[++i];
      }
      out.values[name] = value;
    } else if (boolean.count(name) != 0 && !inline_value) {
      out.flags.insert(name);
    } else {
      out.error = "unknown option " + name;
      return out;
    }
  }
  return out;
}

int UsageError(const char* command, const std::string& message) {
  std::fprintf(stderr, "chancery: %s: %s (see 'chancery %s --help')\n", command, message.c_str(), command);
  return 2;
}

}  // namespace chancery::cli

// The subcommands of `chancery`. Each returns the process exit code: 0 success, 1 when
// some inputs failed (each reported on stderr, the rest processed), 2 on a usage error.
#ifndef CHANCERY_APPS_CHANCERY_COMMANDS_H_
#define CHANCERY_APPS_CHANCERY_COMMANDS_H_

#include <string>
#include <vector>

namespace chancery::cli {

int RunExtract(const std::vector<std::string>& args);
int RunIngest(const std::vector<std::string>& args);
int RunEvents(const std::vector<std::string>& args);
int RunServe(const std::vector<std::string>& args);

}  // namespace chancery::cli

#endif  // CHANCERY_APPS_CHANCERY_COMMANDS_H_

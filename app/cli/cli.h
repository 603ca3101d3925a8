#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace dpia::cli {

/// Runs dpia-cli with `args` (without the program name). Global options: --lang nl|en,
/// --verbose, --version, --help. Returns the exit status of CLI.md.
int runCli(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

/// Whether `args` asks for verbose logging (so main() can set up logging first).
bool wantsVerbose(const std::vector<std::string>& args);

} // namespace dpia::cli

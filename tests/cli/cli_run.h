#pragma once
// Runs dpia-cli in-process (runCli) and keeps what it printed, for the CLI tests.
#include "app/cli/cli.h"

#include <sstream>
#include <string>
#include <vector>

namespace dpia::cli::testing {

struct CliRun {
    int code;
    std::string out;
    std::string err;
};

inline CliRun runCaptured(const std::vector<std::string>& args) {
    std::ostringstream out;
    std::ostringstream err;
    const int code = runCli(args, out, err);
    return {code, out.str(), err.str()};
}

} // namespace dpia::cli::testing

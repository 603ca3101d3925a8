#pragma once
// Runs dpia-cli in-process (runCli) and keeps what it printed, for the CLI tests.
#include "app/cli/cli.h"

#include <algorithm>
#include <gtest/gtest.h>
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

/// runCaptured with English messages, so tests can look for their words.
inline CliRun runInEnglish(std::vector<std::string> args) {
    args.insert(args.begin(), {"--lang", "en"});
    return runCaptured(args);
}

/// Exit 2, exactly one line on stderr that contains `fragment`: bad input, nothing changed.
inline void expectBadInput(const CliRun& result, const std::string& fragment = {}) {
    EXPECT_EQ(result.code, 2) << result.err;
    EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 1) << result.err;
    EXPECT_NE(result.err.find(fragment), std::string::npos) << result.err;
}

} // namespace dpia::cli::testing

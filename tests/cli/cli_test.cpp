#include "core/version.h"
#include "tests/cli/cli_run.h"

#include <gtest/gtest.h>
#include <sstream>

namespace dpia::cli {
namespace {

using testing::CliRun;

CliRun run(const std::vector<std::string>& args) {
    return testing::runCaptured(args);
}

TEST(Cli, VersionPrintsTheProjectVersion) {
    const CliRun result = run({"--version"});
    EXPECT_EQ(result.code, 0);
    EXPECT_EQ(result.out, std::string("dpia-cli ") + kVersion + "\n");
}

TEST(Cli, NoCommandIsAUsageErrorWithUsageOnStderr) {
    const CliRun result = run({"--lang", "en"});
    EXPECT_EQ(result.code, 1);
    EXPECT_TRUE(result.out.empty());
    EXPECT_NE(result.err.find("Usage: dpia-cli"), std::string::npos);
}

TEST(Cli, UnknownCommandIsAUsageErrorInTheChosenLanguage) {
    const CliRun dutch = run({"--lang", "nl", "frobnicate"});
    EXPECT_EQ(dutch.code, 1);
    EXPECT_NE(dutch.err.find("Onbekende opdracht: frobnicate"), std::string::npos);

    const CliRun english = run({"frobnicate", "--lang=en"});
    EXPECT_EQ(english.code, 1);
    EXPECT_NE(english.err.find("Unknown command: frobnicate"), std::string::npos);
}

TEST(Cli, BadLanguageIsAUsageError) {
    EXPECT_EQ(run({"--lang", "de", "--version"}).code, 1);
    EXPECT_EQ(run({"--lang"}).code, 1);
}

TEST(Cli, HelpGoesToStdoutAndSucceeds) {
    const CliRun result = run({"--help", "--lang", "en"});
    EXPECT_EQ(result.code, 0);
    EXPECT_NE(result.out.find("Commands:"), std::string::npos);
}

} // namespace
} // namespace dpia::cli

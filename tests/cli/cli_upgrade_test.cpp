// `dpia-cli upgrade`: a document carried over to the program's baseline in a new file.
#include "core/sha256.h"
#include "tests/cli/cli_run.h"

#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <sstream>
#include <unistd.h>

namespace dpia::cli {
namespace {

namespace fs = std::filesystem;

int run(const std::vector<std::string>& args, std::string* out = nullptr) {
    const testing::CliRun result = testing::runCaptured(args);
    if (out != nullptr) {
        *out = result.out + result.err;
    }
    return result.code;
}

std::string fileHash(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream bytes;
    bytes << in.rdbuf();
    return sha256Hex(bytes.str());
}

TEST(CliUpgrade, WritesANewFileSaysWhatChangedAndLeavesTheOriginalAlone) {
    const fs::path dir = fs::temp_directory_path() / ("dpia-upgrade-" + std::to_string(getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    const fs::path original = dir / "oud.dpia";
    const fs::path upgraded = dir / "nieuw.dpia";
    ASSERT_EQ(run({"new", original.string(), "--sample"}), 0);
    const std::string before = fileHash(original);

    std::string out;
    ASSERT_EQ(run({"upgrade", original.string(), "--dry-run", "--lang", "en"}, &out), 0);
    EXPECT_NE(out.find("Questions:"), std::string::npos) << out;
    EXPECT_NE(out.find("no changes"), std::string::npos) << out;
    EXPECT_FALSE(fs::exists(upgraded));

    ASSERT_EQ(run({"upgrade", original.string(), upgraded.string(), "--lang", "en"}, &out), 0)
        << out;
    EXPECT_TRUE(fs::exists(upgraded));
    EXPECT_EQ(run({"check", upgraded.string()}), 0);
    EXPECT_EQ(fileHash(original), before);
    // Never replaces an existing file.
    EXPECT_EQ(run({"upgrade", original.string(), upgraded.string()}), 2);
    EXPECT_EQ(run({"upgrade", original.string()}), 1);
    fs::remove_all(dir);
}

} // namespace
} // namespace dpia::cli

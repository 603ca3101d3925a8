#pragma once

#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <sstream>
#include <string>
#include <unistd.h>

namespace dpia::baseline::testing {

/// A copy of tests/data/baseline-minimal in a fresh temporary folder, for tests that change
/// one thing in it.
class SourceCopy {
public:
    SourceCopy() {
        static int counter = 0;
        dir_ = std::filesystem::temp_directory_path() /
               ("dpia-baseline-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
        std::filesystem::remove_all(dir_);
        std::filesystem::copy(std::filesystem::path(DPIA_TEST_DATA_DIR) / "baseline-minimal", dir_);
    }
    ~SourceCopy() { std::filesystem::remove_all(dir_); }

    std::string path() const { return dir_.string(); }
    std::string file(const std::string& name) const { return (dir_ / name).string(); }

    /// Replaces the first occurrence of `from` in `name`; fails the test when absent.
    void replace(const std::string& name, const std::string& from, const std::string& to) {
        std::ifstream in(dir_ / name);
        std::stringstream buffer;
        buffer << in.rdbuf();
        std::string content = buffer.str();
        const auto at = content.find(from);
        ASSERT_NE(at, std::string::npos) << from << " not in " << name;
        content.replace(at, from.size(), to);
        std::ofstream(dir_ / name, std::ios::trunc) << content;
    }

private:
    std::filesystem::path dir_;
};

} // namespace dpia::baseline::testing

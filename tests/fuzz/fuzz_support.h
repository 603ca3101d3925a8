#pragma once

#include "core/error.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>
#include <unistd.h>

// Shared by the fuzz targets that work on files: a private scratch folder, and a way to
// turn a broken promise (not just a crash) into a finding libFuzzer keeps.
namespace dpia::fuzz {

/// A folder of this process's own under $TMPDIR (or /tmp), emptied between inputs and
/// removed at exit.
inline const std::filesystem::path& scratchFolder() {
    struct Scratch {
        std::filesystem::path path;
        Scratch() {
            const char* tmp = std::getenv("TMPDIR");
            std::string pattern = std::string(tmp != nullptr ? tmp : "/tmp") + "/dpia-fuzz-XXXXXX";
            if (::mkdtemp(pattern.data()) == nullptr) {
                std::perror("mkdtemp");
                std::abort();
            }
            path = pattern;
        }
        ~Scratch() {
            std::error_code ignored;
            std::filesystem::remove_all(path, ignored);
        }
    };
    static const Scratch scratch;
    return scratch.path;
}

/// Removes everything in the scratch folder.
inline void emptyScratchFolder() {
    for (const auto& entry : std::filesystem::directory_iterator(scratchFolder())) {
        std::error_code ignored;
        std::filesystem::remove_all(entry.path(), ignored);
    }
}

inline std::set<std::string> scratchNames() {
    std::set<std::string> names;
    for (const auto& entry : std::filesystem::directory_iterator(scratchFolder())) {
        names.insert(entry.path().filename().string());
    }
    return names;
}

inline void writeFile(const std::filesystem::path& path, const std::uint8_t* data,
                      std::size_t size) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
}

/// A promise the code under test broke: report it and abort, so libFuzzer saves the input.
[[noreturn]] inline void broken(const std::string& what) {
    std::fprintf(stderr, "fuzz invariant broken: %s\n", what.c_str());
    std::abort();
}

/// An error must be one the caller can act on and explain: a message in both languages.
inline void expectClearError(const Error& error) {
    if (error.message.nl.empty() || error.message.en.empty()) {
        broken("an error without a message (" + std::string(errorCodeName(error.code)) + ": " +
               error.detail + ")");
    }
    if (error.code == ErrorCode::internal) {
        broken("an internal error: " + error.detail);
    }
}

} // namespace dpia::fuzz

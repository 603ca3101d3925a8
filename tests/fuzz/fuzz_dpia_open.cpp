// Fuzzes opening a .dpia: the input is written to a file and opened as the app and
// `dpia-cli` open documents, read-only (AssessmentFile::open) and for editing
// (AssessmentService::open, which also loads the embedded baseline). If the input holds
// the marker "#JOURNAL#", the bytes after it become the rollback journal next to the file
// (an interrupted save), so crash recovery is fuzzed too.
//
// Nothing may crash. Every failure must be a clear error (a message, not `internal`). The
// file-format promises hold: checking never writes, so without a journal a read-only open
// and a refused open leave the file byte-identical; no lock file outlives an open. A
// document that opens for editing takes an edit and exports to JSON.
#include "core/storage/assessment_json.h"
#include "core/storage/assessment_service.h"
#include "tests/edit_shorthands.h"
#include "tests/fuzz/fuzz_support.h"

#include <algorithm>
#include <cstdint>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>

namespace {

using namespace dpia;
using namespace dpia::storage;

constexpr std::string_view kJournalMarker = "#JOURNAL#";

struct Files {
    std::string database;
    std::optional<std::string> journal;
};

Files split(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    const std::size_t marker = input.find(kJournalMarker);
    if (marker == std::string_view::npos) {
        return {std::string(input), std::nullopt};
    }
    return {std::string(input.substr(0, marker)),
            std::string(input.substr(marker + kJournalMarker.size()))};
}

std::string readAll(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream content;
    content << in.rdbuf();
    return content.str();
}

/// A fresh scratch folder holding the input's file (and journal); returns the file's path.
std::filesystem::path lay(const Files& files) {
    fuzz::emptyScratchFolder();
    const auto path = fuzz::scratchFolder() / "input.dpia";
    const auto write = [](const std::filesystem::path& to, const std::string& bytes) {
        fuzz::writeFile(to, reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
    };
    write(path, files.database);
    if (files.journal) {
        write(path.string() + "-journal", *files.journal);
    }
    return path;
}

bool hasLockFile() {
    const auto names = fuzz::scratchNames();
    return std::any_of(names.begin(), names.end(),
                       [](const std::string& name) { return name.starts_with(".~lock."); });
}

void openReadOnly(const Files& files) {
    const auto path = lay(files);
    auto opened = AssessmentFile::open(path.string(), OpenMode::readOnly);
    if (!opened) {
        fuzz::expectClearError(opened.error());
    } else {
        exportJson((*opened)->assessment());
        opened->reset();
    }
    if (!files.journal && readAll(path) != files.database) {
        fuzz::broken("a read-only open changed a file that had no journal");
    }
    if (hasLockFile()) {
        fuzz::broken("a read-only open left a lock file");
    }
}

void openForEditing(const Files& files) {
    const auto path = lay(files);
    {
        auto opened = AssessmentService::open(path.string(), OpenMode::readWrite);
        if (!opened) {
            fuzz::expectClearError(opened.error());
            const auto names = fuzz::scratchNames();
            const bool migrated = std::any_of(names.begin(), names.end(), [](const auto& name) {
                return name.starts_with("input.dpia.v") && name.ends_with(".bak");
            });
            if (!files.journal && !migrated && readAll(path) != files.database) {
                fuzz::broken("a refused open changed the file");
            }
        } else {
            AssessmentService& service = **opened;
            if (Status edited = setNote(service, "fuzz", "bewerkt"); !edited) {
                fuzz::expectClearError(edited.error());
            }
            exportJson(service.file().assessment());
        }
    }
    if (hasLockFile()) {
        fuzz::broken("a closed document left its lock file");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const Files files = split(data, size);
    openReadOnly(files);
    openForEditing(files);
    fuzz::emptyScratchFolder();
    return 0;
}

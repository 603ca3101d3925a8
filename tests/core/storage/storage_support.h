#pragma once

#include "core/baseline/baseline.h"
#include "core/storage/assessment_file.h"

#include <functional>
#include <memory>
#include <optional>
#include <set>
#include <string>

// Helpers shared by the storage tests.
namespace dpia::storage::testing {

/// A fresh folder under /tmp, removed with everything in it when the object goes.
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    const std::string& path() const { return path_; }
    std::string file(const std::string& name) const { return path_ + "/" + name; }
    /// The names in the folder (hidden ones included), sorted.
    std::set<std::string> names() const;

private:
    std::string path_;
};

/// SHA-256 of a file's bytes ("" when it cannot be read): "byte-for-byte unchanged".
std::string fileHash(const std::string& path);
std::string readAll(const std::string& path);
void writeAll(const std::string& path, const std::string& bytes);
/// The permission bits of a file (e.g. 0600).
unsigned mode(const std::string& path);

/// The baseline compiled from tests/data/baseline-minimal (once per process).
std::shared_ptr<const baseline::Baseline> minimalBaseline();
std::string testDataDir();

/// A new document on the minimal baseline, with a title.
std::unique_ptr<AssessmentFile> newDocument(const std::string& path,
                                            const std::string& title = "Test");

/// A new document with the test baseline's identity but a small stand-in image (6 KB, on
/// overflow pages all the same). AssessmentFile checks only the image's SHA-256, so it
/// opens and edits like any document, only much quicker: for tests that reopen a file
/// hundreds of times (crash, power loss). AssessmentService cannot load its baseline.
void newLightDocument(const std::string& path, const std::string& title = "Test");

/// Whether permission bits bind this process (not when it runs as root).
bool permissionsApply();

/// Runs `check` where permission bits bind: in a child process as user "nobody" when we run
/// as root, else here. `check` returns "" when it passed, else what failed. Returns nullopt
/// when the child could not drop its privileges (the caller skips the test).
std::optional<std::string> runWithoutRoot(const std::function<std::string()>& check);

/// A VFS wrapping the default one, installed as the default, that makes writes, truncates
/// and syncs fail with `code` while armed: simulates a full disk or a failing share.
void installFaultVfs();
void armFault(int sqliteCode); ///< 0 disarms
/// Arms the fault after `okWrites` more successful writes (a failure mid-commit).
void armFaultAfter(int okWrites, int sqliteCode);

} // namespace dpia::storage::testing

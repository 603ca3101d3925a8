#pragma once

#include <cstdint>
#include <functional>
#include <random>
#include <string>
#include <vector>

// A test VFS that knows which bytes a power cut would keep (powerloss_vfs.cpp explains the
// model). Files in the watched folder are written through to the real files as usual, so
// the program sees nothing unusual; alongside, the VFS keeps what is *durable*: each
// file's content as of its last sync and which directory entries were synced. cut() then
// builds, at any moment and without disturbing the running program, one of the disk
// states a power cut at that moment could leave behind.
namespace dpia::storage::testing::powerloss {

/// One file as a power cut could leave it.
struct SurvivingFile {
    std::string name; ///< name in the watched folder
    std::string bytes;
};
/// The watched folder after a simulated power cut (files that did not survive are absent).
using DiskImage = std::vector<SurvivingFile>;

/// What the model saw (for the test's report).
struct Counters {
    std::int64_t operations = 0; ///< writes, truncates, syncs, creates, deletes: cut points
    std::int64_t syncs = 0;
    std::int64_t directorySyncs = 0;
    std::int64_t tornWrites = 0;    ///< unsynced writes a cut kept only partly
    std::int64_t droppedWrites = 0; ///< unsynced writes a cut lost
    std::int64_t undoneEntries = 0; ///< unsynced creates/deletes a cut undid
};

/// Registers the VFS as SQLite's default (once per process). Files outside the watched
/// folder pass straight through, without any modelling.
void install();

/// Starts modelling the files directly in `folder`; what is there now counts as durable.
void watch(const std::string& folder);
/// Stops modelling (and forgets the model).
void unwatch();

/// watch() for a scope: stops watching and drops the cut-point hook however the scope ends
/// (a failed ASSERT returns early; the next test must not call a dead hook).
class ScopedWatch {
public:
    explicit ScopedWatch(const std::string& folder) { watch(folder); }
    ~ScopedWatch();
    ScopedWatch(const ScopedWatch&) = delete;
    ScopedWatch& operator=(const ScopedWatch&) = delete;
};

/// Called before every modelled operation, i.e. at every moment the power could fail.
/// Keep it quick: it runs inside SQLite's I/O. Take cut()s here, check them later.
void setCutPointHook(std::function<void()> hook);

/// One disk state a power cut right now could leave: synced data survives; every unsynced
/// write survives, is lost or is torn (some of its 512-byte sectors); an unsynced create or
/// delete may be undone.
DiskImage cut(std::mt19937& random);

/// Writes `image` into the (empty) folder `folder`: the disk after the "reboot".
void writeImage(const DiskImage& image, const std::string& folder);

Counters counters();

} // namespace dpia::storage::testing::powerloss

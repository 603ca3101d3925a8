// The power-loss VFS: a shim over the platform's default VFS that models durability.
//
// The model (what a disk and a POSIX file system promise, and no more):
//
// - File data. A write reaches the page cache at once (the program reads it back), but only
//   an xSync of that file (fsync/fdatasync) makes it durable. At a power cut every write
//   since the file's last sync independently survives whole, is lost, or is torn: a random
//   subset of its 512-byte sectors reaches the platter. Bytes outside a write are never
//   damaged (SQLite's unix VFS reports SQLITE_IOCAP_POWERSAFE_OVERWRITE, which promises
//   exactly that). Unsynced truncates survive or are lost. Overlapping unsynced writes are
//   applied in the order they were issued.
// - Directory entries. Creating or deleting a file changes its folder; the change is
//   durable only after the folder itself is fsynced. Until then a power cut may undo it:
//   a new file vanishes, a deleted one comes back with the content it had durably (for a
//   rollback journal: a hot journal that would undo the commit it belonged to). Several
//   unsynced changes of one name (a journal deleted and made again) may be cut at any
//   point of that history.
// - Who syncs a folder. Only what SQLite's unix VFS itself does (os_unix.c, 3.40):
//   (a) xDelete(name, syncDir=1) fsyncs the folder after the unlink; SQLite asks for that
//   for the rollback journal only with synchronous=EXTRA; (b) a journal (main, super or
//   WAL) opened with SQLITE_OPEN_CREATE gets UNIXFILE_DIRSYNC, and its first xSync also
//   fsyncs the folder. The folder fsync in files::moveIntoPlace (document creation) happens
//   outside SQLite; files are therefore watched only after they were created.
//
// Only files that SQLite opens in the watched folder are modelled (the document and its
// journal); the lock file is made with plain POSIX calls and does not belong to the image
// (after a real cut it may survive as a stale lock, which the lock tests cover).
//
// The real files are written through as usual, so the program behaves as it always does;
// xSync does not call the real fsync, since durability is the model's business here and a
// thousand cuts must stay quick. Single-threaded use only (one test, one connection).
#include "tests/core/storage/powerloss_vfs.h"

#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <new>
#include <sqlite3.h>
#include <sstream>
#include <stdexcept>
#include <sys/stat.h>
#include <unistd.h>

namespace dpia::storage::testing::powerloss {
namespace {

constexpr std::int64_t kSector = 512;

/// A write or truncate since the file's last sync.
struct Operation {
    bool truncate = false;
    std::int64_t offset = 0; ///< where the write starts, or the size a truncate leaves
    std::string bytes;
};

/// A file's content independent of its name (a deleted journal keeps its own).
struct Inode {
    std::string durable; ///< the content as of the last sync
    std::vector<Operation> pending;
};
using InodePtr = std::shared_ptr<Inode>;

/// One name in the folder. front(): the mapping the last folder sync made durable (null:
/// no file); back(): what the program sees now; in between: unsynced intermediate states.
struct Entry {
    std::vector<InodePtr> history;
};

struct Model {
    std::string folder;
    std::map<std::string, Entry> entries;
    Counters counters;
};

sqlite3_vfs* gReal = nullptr;
sqlite3_vfs gVfs{};
sqlite3_io_methods gMethods{};
std::unique_ptr<Model> gModel; ///< set while watching
std::function<void()> gHook;

/// Our file: this header, then the real VFS's file right behind it.
struct File {
    sqlite3_file base;
    sqlite3_file* real;
    InodePtr inode; ///< null: not modelled
    bool syncFolderOnFirstSync;
};
constexpr std::size_t kHeaderSize = (sizeof(File) + 15) / 16 * 16;

File* self(sqlite3_file* file) {
    return reinterpret_cast<File*>(file);
}
sqlite3_file* real(sqlite3_file* file) {
    return self(file)->real;
}
bool modelled(sqlite3_file* file) {
    return gModel != nullptr && self(file)->inode != nullptr;
}

std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream content;
    content << in.rdbuf();
    return content.str();
}

/// The name within the watched folder, or "" when `path` lies elsewhere.
std::string watchedName(const char* path) {
    if (gModel == nullptr || path == nullptr) {
        return {};
    }
    const std::filesystem::path full(path);
    return full.parent_path() == gModel->folder ? full.filename().string() : std::string();
}

void cutPoint() {
    ++gModel->counters.operations;
    if (gHook) {
        gHook();
    }
}

void syncFolder() {
    ++gModel->counters.directorySyncs;
    for (auto& [name, entry] : gModel->entries) {
        entry.history.erase(entry.history.begin(), entry.history.end() - 1);
    }
}

void applyWrite(std::string& bytes, std::int64_t offset, const char* data, std::int64_t size) {
    const auto end = static_cast<std::size_t>(offset + size);
    if (bytes.size() < end) {
        bytes.resize(end, '\0'); // a hole reads as zeros
    }
    std::memcpy(bytes.data() + offset, data, static_cast<std::size_t>(size));
}

void apply(std::string& bytes, const Operation& op) {
    if (op.truncate) {
        bytes.resize(static_cast<std::size_t>(op.offset), '\0');
    } else {
        applyWrite(bytes, op.offset, op.bytes.data(), static_cast<std::int64_t>(op.bytes.size()));
    }
}

/// The content a power cut leaves of `inode`: durable bytes plus a random fate for every
/// unsynced operation.
std::string survivor(const Inode& inode, std::mt19937& random, Counters& tally) {
    std::string bytes = inode.durable;
    std::uniform_int_distribution<int> fate(0, 2); // 0 survives, 1 is lost, 2 is torn
    std::bernoulli_distribution half(0.5);
    for (const Operation& op : inode.pending) {
        const int f = fate(random);
        if (f == 1) {
            ++tally.droppedWrites;
            continue;
        }
        if (f == 0 || op.truncate) {
            apply(bytes, op);
            continue;
        }
        ++tally.tornWrites;
        const std::int64_t end = op.offset + static_cast<std::int64_t>(op.bytes.size());
        for (std::int64_t sector = op.offset / kSector * kSector; sector < end; sector += kSector) {
            if (half(random)) {
                const std::int64_t from = std::max(sector, op.offset);
                const std::int64_t to = std::min(sector + kSector, end);
                applyWrite(bytes, from, op.bytes.data() + (from - op.offset), to - from);
            }
        }
    }
    return bytes;
}

int pwClose(sqlite3_file* file) {
    const int code = real(file)->pMethods->xClose(real(file));
    self(file)->~File();
    return code;
}
int pwRead(sqlite3_file* file, void* buffer, int amount, sqlite3_int64 offset) {
    return real(file)->pMethods->xRead(real(file), buffer, amount, offset);
}
int pwWrite(sqlite3_file* file, const void* buffer, int amount, sqlite3_int64 offset) {
    if (!modelled(file)) {
        return real(file)->pMethods->xWrite(real(file), buffer, amount, offset);
    }
    cutPoint();
    const int code = real(file)->pMethods->xWrite(real(file), buffer, amount, offset);
    if (code == SQLITE_OK) {
        self(file)->inode->pending.push_back(
            {false, offset,
             std::string(static_cast<const char*>(buffer), static_cast<std::size_t>(amount))});
    }
    return code;
}
int pwTruncate(sqlite3_file* file, sqlite3_int64 size) {
    if (!modelled(file)) {
        return real(file)->pMethods->xTruncate(real(file), size);
    }
    cutPoint();
    const int code = real(file)->pMethods->xTruncate(real(file), size);
    if (code == SQLITE_OK) {
        self(file)->inode->pending.push_back({true, size, {}});
    }
    return code;
}
int pwSync(sqlite3_file* file, int flags) {
    if (!modelled(file)) {
        return real(file)->pMethods->xSync(real(file), flags);
    }
    cutPoint();
    ++gModel->counters.syncs;
    Inode& inode = *self(file)->inode;
    for (const Operation& op : inode.pending) {
        apply(inode.durable, op);
    }
    inode.pending.clear();
    if (self(file)->syncFolderOnFirstSync) {
        self(file)->syncFolderOnFirstSync = false;
        syncFolder();
    }
    return SQLITE_OK;
}
int pwFileSize(sqlite3_file* file, sqlite3_int64* size) {
    return real(file)->pMethods->xFileSize(real(file), size);
}
int pwLock(sqlite3_file* file, int level) {
    return real(file)->pMethods->xLock(real(file), level);
}
int pwUnlock(sqlite3_file* file, int level) {
    return real(file)->pMethods->xUnlock(real(file), level);
}
int pwCheckReserved(sqlite3_file* file, int* out) {
    return real(file)->pMethods->xCheckReservedLock(real(file), out);
}
int pwFileControl(sqlite3_file* file, int op, void* arg) {
    return real(file)->pMethods->xFileControl(real(file), op, arg);
}
int pwSectorSize(sqlite3_file* file) {
    return real(file)->pMethods->xSectorSize(real(file));
}
int pwDevice(sqlite3_file* file) {
    return real(file)->pMethods->xDeviceCharacteristics(real(file));
}

int pwOpen(sqlite3_vfs*, const char* name, sqlite3_file* file, int flags, int* outFlags) {
    File* wrapper = new (file) File{};
    wrapper->real = reinterpret_cast<sqlite3_file*>(reinterpret_cast<char*>(file) + kHeaderSize);
    const std::string watched = watchedName(name);
    const bool existed = !watched.empty() && ::access(name, F_OK) == 0;
    const bool creates = (flags & SQLITE_OPEN_CREATE) != 0;
    if (!watched.empty() && !existed && creates) {
        cutPoint();
    }
    const int code = gReal->xOpen(gReal, name, wrapper->real, flags, outFlags);
    if (code != SQLITE_OK) {
        if (wrapper->real->pMethods != nullptr) {
            wrapper->real->pMethods->xClose(wrapper->real);
        }
        wrapper->~File();
        file->pMethods = nullptr;
        return code;
    }
    if (!watched.empty()) {
        Entry& entry = gModel->entries[watched];
        if (entry.history.empty()) {
            entry.history.push_back(nullptr); // durably: no such file
        }
        if (!existed) {
            entry.history.push_back(std::make_shared<Inode>());
        } else if (entry.history.back() == nullptr) {
            // Made outside SQLite since we started watching: taken as it is now.
            entry.history.push_back(std::make_shared<Inode>(Inode{readFile(name), {}}));
        }
        wrapper->inode = entry.history.back();
        // As os_unix.c: a journal opened with SQLITE_OPEN_CREATE syncs its folder once.
        const int type = flags & 0x0FFF00;
        wrapper->syncFolderOnFirstSync =
            creates && (type == SQLITE_OPEN_MAIN_JOURNAL || type == SQLITE_OPEN_SUPER_JOURNAL ||
                        type == SQLITE_OPEN_WAL);
    }
    file->pMethods = &gMethods;
    return SQLITE_OK;
}

int pwDelete(sqlite3_vfs*, const char* name, int syncDir) {
    const std::string watched = watchedName(name);
    if (watched.empty()) {
        return gReal->xDelete(gReal, name, syncDir);
    }
    cutPoint();
    const int code = gReal->xDelete(gReal, name, 0);
    if (code == SQLITE_OK) {
        Entry& entry = gModel->entries[watched];
        if (entry.history.empty()) {
            entry.history.push_back(nullptr);
        }
        entry.history.push_back(nullptr);
        if (syncDir != 0) {
            syncFolder();
        }
        // Deleting the journal is a commit point: a cut right after it, before SQLite
        // returns, must find the commit (when the delete was synced).
        cutPoint();
    }
    return code;
}
int pwAccess(sqlite3_vfs*, const char* name, int flags, int* out) {
    return gReal->xAccess(gReal, name, flags, out);
}
int pwFullPathname(sqlite3_vfs*, const char* name, int size, char* out) {
    return gReal->xFullPathname(gReal, name, size, out);
}
int pwRandomness(sqlite3_vfs*, int size, char* out) {
    return gReal->xRandomness(gReal, size, out);
}
int pwSleep(sqlite3_vfs*, int micro) {
    return gReal->xSleep(gReal, micro);
}
int pwCurrentTime(sqlite3_vfs*, double* out) {
    return gReal->xCurrentTime(gReal, out);
}
int pwLastError(sqlite3_vfs*, int size, char* out) {
    return gReal->xGetLastError(gReal, size, out);
}
int pwCurrentTime64(sqlite3_vfs*, sqlite3_int64* out) {
    return gReal->xCurrentTimeInt64(gReal, out);
}

} // namespace

void install() {
    if (gReal != nullptr) {
        return;
    }
    gReal = sqlite3_vfs_find(nullptr);
    // Version 1 methods: no shared memory (rollback journal only) and no memory mapping, so
    // every change to a file goes through pwWrite/pwTruncate.
    gMethods.iVersion = 1;
    gMethods.xClose = pwClose;
    gMethods.xRead = pwRead;
    gMethods.xWrite = pwWrite;
    gMethods.xTruncate = pwTruncate;
    gMethods.xSync = pwSync;
    gMethods.xFileSize = pwFileSize;
    gMethods.xLock = pwLock;
    gMethods.xUnlock = pwUnlock;
    gMethods.xCheckReservedLock = pwCheckReserved;
    gMethods.xFileControl = pwFileControl;
    gMethods.xSectorSize = pwSectorSize;
    gMethods.xDeviceCharacteristics = pwDevice;

    gVfs.iVersion = 2;
    gVfs.szOsFile = static_cast<int>(kHeaderSize) + gReal->szOsFile;
    gVfs.mxPathname = gReal->mxPathname;
    gVfs.zName = "dpia-powerloss";
    gVfs.xOpen = pwOpen;
    gVfs.xDelete = pwDelete;
    gVfs.xAccess = pwAccess;
    gVfs.xFullPathname = pwFullPathname;
    gVfs.xDlOpen = gReal->xDlOpen;
    gVfs.xDlError = gReal->xDlError;
    gVfs.xDlSym = gReal->xDlSym;
    gVfs.xDlClose = gReal->xDlClose;
    gVfs.xRandomness = pwRandomness;
    gVfs.xSleep = pwSleep;
    gVfs.xCurrentTime = pwCurrentTime;
    gVfs.xGetLastError = pwLastError;
    gVfs.xCurrentTimeInt64 = pwCurrentTime64;
    sqlite3_vfs_register(&gVfs, 1);
}

void watch(const std::string& folder) {
    gModel = std::make_unique<Model>();
    gModel->folder = std::filesystem::canonical(folder).string();
    for (const auto& item : std::filesystem::directory_iterator(gModel->folder)) {
        if (item.is_regular_file()) {
            auto inode = std::make_shared<Inode>(Inode{readFile(item.path().string()), {}});
            gModel->entries[item.path().filename().string()].history = {inode};
        }
    }
}

void unwatch() {
    gModel.reset();
}

ScopedWatch::~ScopedWatch() {
    gHook = nullptr;
    unwatch();
}

void setCutPointHook(std::function<void()> hook) {
    gHook = std::move(hook);
}

DiskImage cut(std::mt19937& random) {
    if (gModel == nullptr) {
        throw std::logic_error("powerloss::cut without watch()");
    }
    DiskImage image;
    for (const auto& [name, entry] : gModel->entries) {
        std::size_t pick = entry.history.size() - 1;
        if (pick > 0) {
            pick = std::uniform_int_distribution<std::size_t>(0, pick)(random);
            gModel->counters.undoneEntries += pick + 1 != entry.history.size();
        }
        if (const InodePtr& inode = entry.history[pick]) {
            image.push_back({name, survivor(*inode, random, gModel->counters)});
        }
    }
    return image;
}

void writeImage(const DiskImage& image, const std::string& folder) {
    for (const SurvivingFile& file : image) {
        const std::string path = folder + "/" + file.name;
        std::ofstream out(path, std::ios::binary | std::ios::trunc);
        out.write(file.bytes.data(), static_cast<std::streamsize>(file.bytes.size()));
        out.close();
        ::chmod(path.c_str(), 0600);
    }
}

Counters counters() {
    return gModel != nullptr ? gModel->counters : Counters{};
}

} // namespace dpia::storage::testing::powerloss

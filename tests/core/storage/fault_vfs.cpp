// A shim VFS over the platform's default: the same files, but writes, truncates and syncs
// fail on demand. This is how the tests get a "disk full" without root and a small tmpfs.
#include "tests/core/storage/storage_support.h"

#include <atomic>
#include <sqlite3.h>

namespace dpia::storage::testing {
namespace {

sqlite3_vfs* gReal = nullptr;
sqlite3_vfs gFault{};
sqlite3_io_methods gMethods{};
std::atomic<int> gCode{0};
std::atomic<int> gWritesBeforeFault{-1}; ///< -1: not counting

/// Our file: the wrapper's header, then the real VFS's file right behind it.
struct FaultFile {
    sqlite3_file base;
    sqlite3_file* real;
};

sqlite3_file* real(sqlite3_file* file) {
    return reinterpret_cast<FaultFile*>(file)->real;
}

int fault() {
    int remaining = gWritesBeforeFault.load();
    while (remaining > 0) {
        if (gWritesBeforeFault.compare_exchange_weak(remaining, remaining - 1)) {
            return SQLITE_OK;
        }
    }
    return gCode.load();
}

int faultClose(sqlite3_file* file) {
    return real(file)->pMethods->xClose(real(file));
}
int faultRead(sqlite3_file* file, void* buffer, int amount, sqlite3_int64 offset) {
    return real(file)->pMethods->xRead(real(file), buffer, amount, offset);
}
int faultWrite(sqlite3_file* file, const void* buffer, int amount, sqlite3_int64 offset) {
    if (const int code = fault(); code != SQLITE_OK) {
        return code;
    }
    return real(file)->pMethods->xWrite(real(file), buffer, amount, offset);
}
int faultTruncate(sqlite3_file* file, sqlite3_int64 size) {
    if (const int code = fault(); code != SQLITE_OK) {
        return code;
    }
    return real(file)->pMethods->xTruncate(real(file), size);
}
int faultSync(sqlite3_file* file, int flags) {
    // A full disk shows on writes; other faults (a failing share) also on syncs.
    if (const int code = gCode.load();
        code != SQLITE_OK && code != SQLITE_FULL && gWritesBeforeFault.load() <= 0) {
        return code;
    }
    return real(file)->pMethods->xSync(real(file), flags);
}
int faultFileSize(sqlite3_file* file, sqlite3_int64* size) {
    return real(file)->pMethods->xFileSize(real(file), size);
}
int faultLock(sqlite3_file* file, int level) {
    return real(file)->pMethods->xLock(real(file), level);
}
int faultUnlock(sqlite3_file* file, int level) {
    return real(file)->pMethods->xUnlock(real(file), level);
}
int faultCheckReserved(sqlite3_file* file, int* out) {
    return real(file)->pMethods->xCheckReservedLock(real(file), out);
}
int faultFileControl(sqlite3_file* file, int op, void* arg) {
    return real(file)->pMethods->xFileControl(real(file), op, arg);
}
int faultSectorSize(sqlite3_file* file) {
    return real(file)->pMethods->xSectorSize(real(file));
}
int faultDevice(sqlite3_file* file) {
    return real(file)->pMethods->xDeviceCharacteristics(real(file));
}

int faultOpen(sqlite3_vfs*, const char* name, sqlite3_file* file, int flags, int* outFlags) {
    auto* wrapper = reinterpret_cast<FaultFile*>(file);
    wrapper->real = reinterpret_cast<sqlite3_file*>(wrapper + 1);
    wrapper->base.pMethods = nullptr;
    const int code = gReal->xOpen(gReal, name, wrapper->real, flags, outFlags);
    if (code != SQLITE_OK) {
        if (wrapper->real->pMethods != nullptr) {
            wrapper->real->pMethods->xClose(wrapper->real);
        }
        return code;
    }
    wrapper->base.pMethods = &gMethods;
    return SQLITE_OK;
}

int faultDelete(sqlite3_vfs*, const char* name, int syncDir) {
    return gReal->xDelete(gReal, name, syncDir);
}
int faultAccess(sqlite3_vfs*, const char* name, int flags, int* out) {
    return gReal->xAccess(gReal, name, flags, out);
}
int faultFullPathname(sqlite3_vfs*, const char* name, int size, char* out) {
    return gReal->xFullPathname(gReal, name, size, out);
}
int faultRandomness(sqlite3_vfs*, int size, char* out) {
    return gReal->xRandomness(gReal, size, out);
}
int faultSleep(sqlite3_vfs*, int micro) {
    return gReal->xSleep(gReal, micro);
}
int faultCurrentTime(sqlite3_vfs*, double* out) {
    return gReal->xCurrentTime(gReal, out);
}
int faultLastError(sqlite3_vfs*, int size, char* out) {
    return gReal->xGetLastError(gReal, size, out);
}
int faultCurrentTime64(sqlite3_vfs*, sqlite3_int64* out) {
    return gReal->xCurrentTimeInt64(gReal, out);
}

} // namespace

void installFaultVfs() {
    if (gReal != nullptr) {
        return;
    }
    gReal = sqlite3_vfs_find(nullptr);
    // Version 1 methods: no shared memory (rollback journal only) and no memory mapping,
    // so every page write goes through faultWrite.
    gMethods.iVersion = 1;
    gMethods.xClose = faultClose;
    gMethods.xRead = faultRead;
    gMethods.xWrite = faultWrite;
    gMethods.xTruncate = faultTruncate;
    gMethods.xSync = faultSync;
    gMethods.xFileSize = faultFileSize;
    gMethods.xLock = faultLock;
    gMethods.xUnlock = faultUnlock;
    gMethods.xCheckReservedLock = faultCheckReserved;
    gMethods.xFileControl = faultFileControl;
    gMethods.xSectorSize = faultSectorSize;
    gMethods.xDeviceCharacteristics = faultDevice;

    gFault.iVersion = 2;
    gFault.szOsFile = static_cast<int>(sizeof(FaultFile)) + gReal->szOsFile;
    gFault.mxPathname = gReal->mxPathname;
    gFault.zName = "dpia-fault";
    gFault.xOpen = faultOpen;
    gFault.xDelete = faultDelete;
    gFault.xAccess = faultAccess;
    gFault.xFullPathname = faultFullPathname;
    gFault.xDlOpen = gReal->xDlOpen;
    gFault.xDlError = gReal->xDlError;
    gFault.xDlSym = gReal->xDlSym;
    gFault.xDlClose = gReal->xDlClose;
    gFault.xRandomness = faultRandomness;
    gFault.xSleep = faultSleep;
    gFault.xCurrentTime = faultCurrentTime;
    gFault.xGetLastError = faultLastError;
    gFault.xCurrentTimeInt64 = faultCurrentTime64;
    sqlite3_vfs_register(&gFault, 1);
}

void armFault(int sqliteCode) {
    gWritesBeforeFault = -1;
    gCode = sqliteCode;
}

void armFaultAfter(int okWrites, int sqliteCode) {
    gWritesBeforeFault = okWrites;
    gCode = sqliteCode;
}

} // namespace dpia::storage::testing

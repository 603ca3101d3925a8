// Walking a folder for the portfolio: names decide what is opened, so a share full of other
// files costs one directory listing and no reads; symbolic links to folders are followed,
// but never into a folder that is already being walked (a loop).
#include "core/portfolio/portfolio.h"
#include "core/storage/file_ops.h"

#include <algorithm>
#include <atomic>
#include <cctype>
#include <cerrno>
#include <filesystem>
#include <set>
#include <thread>
#include <utility>

namespace dpia::portfolio {
namespace {

namespace fs = std::filesystem;

/// Readers at most: more only contend for the disk (or the network share).
constexpr std::size_t kMaxReaders = 4;

/// Deeper than any real folder structure; stops a walk through a pathological tree.
constexpr int kMaxDepth = 64;

using FolderId = std::pair<dev_t, ino_t>;

Problem unreadableFolder(const std::error_code& error) {
    return {
        "unreadable-folder",
        {"Deze map kan niet worden gelezen (" + error.message() +
             "); de DPIA's erin staan niet in het overzicht.",
         "This folder cannot be read (" + error.message() + "); the DPIAs in it are not listed."}};
}

Problem symlinkLoop() {
    return {"symlink-loop",
            {"Deze koppeling wijst naar een map waarin ze zelf staat (een lus); overgeslagen.",
             "This link points to a folder that contains it (a loop); skipped."}};
}

Problem tooDeep() {
    return {"too-deep",
            {"Deze map ligt meer dan 64 niveaus diep; overgeslagen.",
             "This folder is more than 64 levels deep; skipped."}};
}

class Walker {
public:
    Walker(fs::path root, Portfolio& out) : root_(std::move(root)), out_(out) {}

    std::vector<std::string> documents;

    void walk(const fs::path& folder, int depth) {
        const auto info = storage::files::diskState(folder.string());
        if (!info) {
            problem(folder, true,
                    errno == ELOOP
                        ? symlinkLoop()
                        : unreadableFolder(std::error_code(errno, std::generic_category())));
            return;
        }
        const FolderId id{info->device, info->inode};
        if (ancestors_.contains(id)) {
            problem(folder, true, symlinkLoop());
            return;
        }
        if (!walked_.insert(id).second) {
            return; // reached again by another link: listed once
        }
        if (depth > kMaxDepth) {
            problem(folder, true, tooDeep());
            return;
        }
        std::error_code error;
        fs::directory_iterator it(folder, error);
        if (error) {
            problem(folder, true, unreadableFolder(error));
            return;
        }
        ancestors_.insert(id);
        std::vector<fs::path> subfolders;
        for (; !error && it != fs::directory_iterator(); it.increment(error)) {
            const fs::directory_entry& entry = *it;
            const std::string name = entry.path().filename().string();
            std::error_code typeError;
            // The type comes from the listing (d_type) where the file system gives it; only
            // links and unknown types cost a stat.
            if (entry.is_directory(typeError)) {
                subfolders.push_back(entry.path());
            } else if (isDocumentName(name)) {
                documents.push_back(entry.path().string());
            } else if (typeError && typeError.value() == ELOOP) {
                problem(entry.path(), true, symlinkLoop());
            }
        }
        if (error) {
            problem(folder, true, unreadableFolder(error));
        }
        for (const fs::path& sub : subfolders) {
            walk(sub, depth + 1);
        }
        ancestors_.erase(id);
    }

    std::string relative(const fs::path& path) const {
        std::error_code error;
        const fs::path rel = path.lexically_relative(root_);
        return rel.empty() ? path.string() : rel.string();
    }

    void problem(const fs::path& path, bool folder, Problem why) {
        Entry entry;
        entry.path = path.string();
        entry.relative = relative(path);
        entry.folder = folder;
        entry.problem = std::move(why);
        out_.entries.push_back(std::move(entry));
    }

private:
    fs::path root_;
    Portfolio& out_;
    std::set<FolderId> ancestors_;
    std::set<FolderId> walked_;
};

} // namespace

bool isDocumentName(const std::string& name) {
    constexpr std::string_view kExtension = ".dpia";
    if (name.size() <= kExtension.size() || name.starts_with(".~lock.")) {
        return false;
    }
    return std::equal(kExtension.begin(), kExtension.end(),
                      name.end() - static_cast<std::ptrdiff_t>(kExtension.size()),
                      [](char a, char b) {
                          return std::tolower(static_cast<unsigned char>(a)) ==
                                 std::tolower(static_cast<unsigned char>(b));
                      });
}

Result<Portfolio> scan(const std::string& root, const ScanOptions& options) {
    std::error_code error;
    const fs::file_status status = fs::status(root, error);
    if (error || !fs::exists(status)) {
        return Error{ErrorCode::fileNotFound,
                     {"Map niet gevonden: " + root, "Folder not found: " + root},
                     "portfolio folder not found"};
    }
    if (!fs::is_directory(status)) {
        return Error{ErrorCode::invalidValue,
                     {"Geen map: " + root + ". Geef een map met DPIA-bestanden op.",
                      "Not a folder: " + root + ". Give a folder that holds DPIA files."},
                     "portfolio root is not a folder"};
    }
    Portfolio portfolio;
    portfolio.root = root;
    Walker walker(fs::path(root), portfolio);
    walker.walk(fs::path(root), 0);
    // Each document is read on its own connection, so the reads run side by side: reading
    // and checking a document (quick_check, the embedded baseline's SHA-256) is CPU work.
    std::vector<Entry> read(walker.documents.size());
    std::atomic<std::size_t> next{0};
    const auto work = [&] {
        for (std::size_t i = next++; i < read.size(); i = next++) {
            read[i] = readDocument(walker.documents[i], options);
            read[i].relative = walker.relative(fs::path(walker.documents[i]));
        }
    };
    const std::size_t helpers = std::min<std::size_t>(
        {std::max(1u, std::thread::hardware_concurrency()), kMaxReaders, read.size()});
    std::vector<std::thread> threads;
    for (std::size_t i = 1; i < helpers; ++i) {
        threads.emplace_back(work);
    }
    work();
    for (std::thread& thread : threads) {
        thread.join();
    }
    std::move(read.begin(), read.end(), std::back_inserter(portfolio.entries));
    std::sort(portfolio.entries.begin(), portfolio.entries.end(),
              [](const Entry& a, const Entry& b) { return a.relative < b.relative; });
    return portfolio;
}

} // namespace dpia::portfolio

#include "tests/core/storage/storage_support.h"

#include "core/baseline_compiler/compiler.h"
#include "core/sha256.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <grp.h>
#include <sstream>
#include <stdexcept>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace dpia::storage::testing {

TempDir::TempDir() {
    std::string pattern = "/tmp/dpia-storage-XXXXXX";
    std::vector<char> buffer(pattern.begin(), pattern.end());
    buffer.push_back('\0');
    if (::mkdtemp(buffer.data()) == nullptr) {
        throw std::runtime_error("mkdtemp failed");
    }
    path_ = buffer.data();
}

TempDir::~TempDir() {
    std::error_code ignored;
    // Give back write permission a test may have taken away, then remove everything.
    std::filesystem::permissions(path_, std::filesystem::perms::owner_all,
                                 std::filesystem::perm_options::add, ignored);
    std::filesystem::remove_all(path_, ignored);
}

std::set<std::string> TempDir::names() const {
    std::set<std::string> result;
    for (const auto& entry : std::filesystem::directory_iterator(path_)) {
        result.insert(entry.path().filename().string());
    }
    return result;
}

std::string readAll(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream content;
    content << in.rdbuf();
    return in ? content.str() : std::string();
}

std::string fileHash(const std::string& path) {
    if (!std::filesystem::exists(path)) {
        return {};
    }
    return sha256Hex(readAll(path));
}

void writeAll(const std::string& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << bytes;
}

unsigned mode(const std::string& path) {
    struct stat info {};
    ::stat(path.c_str(), &info);
    return info.st_mode & 07777;
}

std::string testDataDir() {
    return DPIA_TEST_DATA_DIR;
}

std::shared_ptr<const baseline::Baseline> minimalBaseline() {
    static const std::shared_ptr<const baseline::Baseline> kBaseline = [] {
        const auto compiled = baseline::compileBaseline(testDataDir() + "/baseline-minimal");
        if (!compiled.ok()) {
            throw std::runtime_error("tests/data/baseline-minimal does not compile");
        }
        auto loaded = baseline::Baseline::load(compiled.image);
        if (!loaded) {
            throw std::runtime_error("tests/data/baseline-minimal does not load");
        }
        return std::move(loaded).value();
    }();
    return kBaseline;
}

std::unique_ptr<AssessmentFile> newDocument(const std::string& path, const std::string& title) {
    const auto baseline = minimalBaseline();
    Metadata metadata;
    metadata.title = title;
    auto file = AssessmentFile::create(
        path, baseline->image(),
        {baseline->info().id, baseline->info().version, baseline->info().hash}, metadata);
    if (!file) {
        throw std::runtime_error("create failed: " + file.error().detail);
    }
    return std::move(file).value();
}

void newLightDocument(const std::string& path, const std::string& title) {
    const std::vector<std::uint8_t> image(6000, 0x5a);
    const auto& info = minimalBaseline()->info();
    Metadata metadata;
    metadata.title = title;
    auto file = AssessmentFile::create(path, image, {info.id, info.version, info.hash}, metadata);
    if (!file) {
        throw std::runtime_error("create failed: " + file.error().detail);
    }
}

bool permissionsApply() {
    return ::geteuid() != 0;
}

std::optional<std::string> runWithoutRoot(const std::function<std::string()>& check) {
    if (permissionsApply()) {
        return check();
    }
    int channel[2];
    if (::pipe(channel) != 0) {
        return std::nullopt;
    }
    const pid_t child = ::fork();
    if (child == 0) {
        ::close(channel[0]);
        const uid_t nobody = 65534;
        std::string result;
        if (::setgroups(0, nullptr) != 0 || ::setgid(nobody) != 0 || ::setuid(nobody) != 0) {
            result = "\x01skip";
        } else {
            result = check();
        }
        [[maybe_unused]] const auto written = ::write(channel[1], result.data(), result.size());
        ::_exit(0);
    }
    ::close(channel[1]);
    std::string result;
    char buffer[4096];
    ssize_t got = 0;
    while ((got = ::read(channel[0], buffer, sizeof buffer)) > 0) {
        result.append(buffer, static_cast<std::size_t>(got));
    }
    ::close(channel[0]);
    int status = 0;
    ::waitpid(child, &status, 0);
    if (result == "\x01skip") {
        return std::nullopt;
    }
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        return "the unprivileged child crashed";
    }
    return result;
}

} // namespace dpia::storage::testing

// Goals (issue 17): a portfolio of 500 DPIAs is listed in under 1 s with a warm file cache
// and with less than 100 MiB of memory; a folder of 10,000 other files costs next to
// nothing (names decide what is opened). Figures: docs/PERFORMANCE.md.
//
// "scan_peak_MiB" is the peak resident memory of a child process that does one scan and
// nothing else (getrusage of the children), so the generator's memory does not count.
#include "core/portfolio/portfolio.h"
#include "tests/bench/sample_fixture.h"
#include "tests/edit_shorthands.h"

#include <benchmark/benchmark.h>
#include <filesystem>
#include <fstream>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

namespace fs = std::filesystem;
using dpia::storage::DocumentStatus;

constexpr int kDocuments = 500;
/// Distinct documents made through the service (each an fsynced file); the rest are
/// copies of them, so the generator takes seconds, not minutes.
constexpr int kVariants = 25;

/// Variant `n` of the sample: its own title, status, review date and a late measure.
void makeVariant(const fs::path& path, int n) {
    auto made = dpia::bench::createSampleDocument(path);
    if (!made) {
        throw std::runtime_error("sample not created");
    }
    auto& service = **made;
    dpia::storage::Metadata metadata = service.assessment().metadata;
    metadata.title = "DPIA " + std::to_string(n) + " " + metadata.title;
    metadata.organisation = n % 2 == 0 ? "Gemeente Lindeveen" : "Gemeente Oosterhout";
    (void)dpia::storage::setMetadata(service, metadata);
    const std::string& review = service.baseline().info().roles.reviewDateQuestion;
    if (!review.empty()) {
        const int year = 2025 + n % 4;
        (void)dpia::storage::setAnswer(
            service, review, std::to_string(year) + "-0" + std::to_string(1 + n % 9) + "-15");
    }
    dpia::storage::Measure late{"",           "Maatregel " + std::to_string(n),  {}, "",
                                "2026-01-01", dpia::storage::MeasureStatus::open};
    (void)dpia::storage::addItem(service, late);
    if (n % 3 == 0) {
        (void)dpia::storage::setStatus(service, DocumentStatus::final);
    }
}

/// A folder of `count` documents in subfolders of 50, made once per process.
const fs::path& portfolioFolder() {
    static const fs::path folder = [] {
        const fs::path root =
            fs::temp_directory_path() / ("dpia-bench-portfolio-" + std::to_string(getpid()));
        fs::remove_all(root);
        fs::create_directories(root);
        for (int n = 0; n < kDocuments; ++n) {
            const fs::path sub = root / ("team-" + std::to_string(n / 50));
            fs::create_directories(sub);
            const fs::path path = sub / ("dpia-" + std::to_string(n) + ".dpia");
            if (n < kVariants) {
                makeVariant(path, n);
            } else {
                fs::copy_file(
                    root / ("team-0") / ("dpia-" + std::to_string(n % kVariants) + ".dpia"), path);
            }
        }
        return root;
    }();
    return folder;
}

dpia::portfolio::ScanOptions options() {
    return {"2026-06-01", dpia::bench::shippedBaseline().get()};
}

double childPeakMiB(const fs::path& folder) {
    const pid_t child = ::fork();
    if (child == 0) {
        auto scanned = dpia::portfolio::scan(folder.string(), options());
        std::_Exit(scanned && scanned->entries.size() == kDocuments ? 0 : 1);
    }
    int status = 0;
    ::waitpid(child, &status, 0);
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
}

void PortfolioOf500Warm(benchmark::State& state) {
    const fs::path& folder = portfolioFolder();
    (void)dpia::portfolio::scan(folder.string(), options()); // warms the file cache
    for (auto _ : state) {
        auto scanned = dpia::portfolio::scan(folder.string(), options());
        if (!scanned || scanned->entries.size() != kDocuments) {
            state.SkipWithError("not every document was listed");
            break;
        }
        benchmark::DoNotOptimize(scanned);
    }
    state.counters["documents"] = kDocuments;
    state.counters["scan_peak_MiB"] = childPeakMiB(folder);
    fs::remove_all(folder);
}
BENCHMARK(PortfolioOf500Warm)->Unit(benchmark::kMillisecond)->Iterations(3);

void FolderOf10000OtherFiles(benchmark::State& state) {
    const fs::path root =
        fs::temp_directory_path() / ("dpia-bench-other-" + std::to_string(getpid()));
    fs::remove_all(root);
    for (int n = 0; n < 10000; ++n) {
        const fs::path sub = root / ("map-" + std::to_string(n / 500));
        if (n % 500 == 0) {
            fs::create_directories(sub);
        }
        std::ofstream(sub / ("notitie-" + std::to_string(n) + ".docx")) << "x";
    }
    for (auto _ : state) {
        auto scanned = dpia::portfolio::scan(root.string(), options());
        benchmark::DoNotOptimize(scanned);
    }
    fs::remove_all(root);
}
BENCHMARK(FolderOf10000OtherFiles)->Unit(benchmark::kMillisecond);

} // namespace

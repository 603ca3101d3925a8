// Goals: opening the sample (with its first evaluation, as the window does) is quick; committing
// one edit (one transaction, fsync'd) takes under 10 ms at the 99th percentile.
#include "core/scoring/scored_document.h"
#include "core/storage/assessment_service.h"
#include "tests/bench/sample_fixture.h"
#include "tests/edit_shorthands.h"

#include <algorithm>
#include <benchmark/benchmark.h>
#include <chrono>
#include <filesystem>
#include <unistd.h>
#include <vector>

namespace {

namespace fs = std::filesystem;

using dpia::bench::benchFile;
using dpia::bench::createSampleDocument;

void OpenSample(benchmark::State& state) {
    const fs::path path = benchFile("dpia-bench-open");
    {
        auto created = createSampleDocument(path);
        if (!created) {
            state.SkipWithError("cannot create the sample");
            return;
        }
    }
    for (auto _ : state) {
        // What the window does when it opens a document: open, then the first evaluation.
        benchmark::DoNotOptimize(
            dpia::scoring::openScored(path.string(), dpia::storage::OpenMode::readWrite));
    }
    fs::remove(path);
}
BENCHMARK(OpenSample)->Unit(benchmark::kMillisecond);

void CommitOneEdit(benchmark::State& state) {
    const fs::path path = benchFile("dpia-bench-edit");
    auto created = createSampleDocument(path);
    if (!created) {
        state.SkipWithError("cannot create the sample");
        return;
    }
    auto& service = **created;
    std::vector<double> millis;
    int round = 0;
    for (auto _ : state) {
        const auto start = std::chrono::steady_clock::now();
        const auto saved =
            setAnswer(service, "a1_background", "Achtergrond, versie " + std::to_string(round++));
        const auto stop = std::chrono::steady_clock::now();
        if (!saved) {
            state.SkipWithError("edit failed");
            break;
        }
        millis.push_back(std::chrono::duration<double, std::milli>(stop - start).count());
    }
    if (!millis.empty()) {
        std::sort(millis.begin(), millis.end());
        state.counters["p50_ms"] = millis[millis.size() / 2];
        state.counters["p99_ms"] = millis[std::min(millis.size() - 1, millis.size() * 99 / 100)];
    }
    created->reset();
    fs::remove(path);
}
BENCHMARK(CommitOneEdit)->Unit(benchmark::kMillisecond)->Iterations(300);

} // namespace

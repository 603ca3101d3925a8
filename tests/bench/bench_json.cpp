// The JSON interchange format with the sample: exporting (what `dpia-cli export` and File >
// Export spend before writing) and reading it back strictly (the first half of an import).
// The document embeds the shipped baseline, so the text is about 1.2 MB.
#include "core/storage/assessment_json.h"
#include "core/storage/assessment_service.h"
#include "core/storage/sample_assessment.h"
#include "tests/bench/sample_fixture.h"

#include <benchmark/benchmark.h>
#include <filesystem>
#include <unistd.h>

namespace {

namespace fs = std::filesystem;

/// The sample as a real document (embedded baseline included), made once.
const dpia::storage::Assessment& sampleDocument() {
    static const dpia::storage::Assessment document = [] {
        const fs::path path = dpia::bench::benchFile("dpia-bench-json");
        dpia::storage::Assessment content;
        {
            auto created = dpia::bench::createSampleDocument(path);
            if (created) {
                content = (*created)->file().assessment();
            }
        } // closed: lock file gone
        fs::remove(path);
        return content;
    }();
    return document;
}

void ExportSampleJson(benchmark::State& state) {
    const auto& document = sampleDocument();
    if (document.baseline.image.empty()) {
        state.SkipWithError("cannot create the sample");
        return;
    }
    std::size_t bytes = 0;
    for (auto _ : state) {
        const std::string text = dpia::storage::exportJson(document);
        bytes = text.size();
        benchmark::DoNotOptimize(text.data());
    }
    state.counters["bytes"] = static_cast<double>(bytes);
}
BENCHMARK(ExportSampleJson)->Unit(benchmark::kMillisecond);

void ReadSampleJson(benchmark::State& state) {
    const auto& document = sampleDocument();
    if (document.baseline.image.empty()) {
        state.SkipWithError("cannot create the sample");
        return;
    }
    const std::string text = dpia::storage::exportJson(document);
    for (auto _ : state) {
        benchmark::DoNotOptimize(
            dpia::storage::assessmentFromJson(text, dpia::storage::JsonSource::document));
    }
}
BENCHMARK(ReadSampleJson)->Unit(benchmark::kMillisecond);

} // namespace

// Goals (issue 21, item 11): the report of a document with one 1 MiB note without a space,
// and of one with 10,000 measures, each in under 5 s, with memory that does not grow with
// the document the way it did (1,000 and 10,000 measures side by side show how it scales).
// The documents are made through the service's apply(), as dpia-cli edit makes them.
// "peak_MiB" is the process's peak resident memory (getrusage): it only grows, so run one
// benchmark per process for its own figure, as docs/PERFORMANCE.md does.
#include "core/scoring/assessment_scoring.h"
#include "tests/bench/sample_fixture.h"
#include "ui/report/report_writer.h"

#include <benchmark/benchmark.h>
#include <filesystem>
#include <sys/resource.h>

#include <QDir>

namespace {

using namespace dpia;

double peakMiB() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
}

/// Writes the report of the sample with `edits` applied, once per iteration.
void reportWith(benchmark::State& state, const char* name, const storage::EditList& edits) {
    const std::filesystem::path path = bench::benchFile(name);
    auto created = bench::createSampleDocument(path);
    if (!created || !(*created)->apply(edits)) {
        state.SkipWithError("cannot make the document");
        return;
    }
    const storage::Assessment& assessment = (*created)->assessment();
    const auto& baseline = *bench::shippedBaseline();
    const auto evaluation = scoring::evaluate(baseline, assessment);
    const QString pdf = QDir::temp().filePath(QStringLiteral("%1.pdf").arg(QLatin1String(name)));
    int pages = 0;
    for (auto _ : state) {
        const auto written = report::writeReportPdf(
            pdf, {assessment, baseline, evaluation, Lang::nl}, storage::files::Existing::replace);
        if (!written) {
            state.SkipWithError("the report could not be written");
            break;
        }
        pages = *written;
    }
    state.counters["pages"] = pages;
    state.counters["peak_MiB"] = peakMiB();
    QFile::remove(pdf);
    created->reset();
    std::filesystem::remove(path);
}

void ReportOneMebibyteUnbrokenNote(benchmark::State& state) {
    std::string text(1024 * 1024, 'x');
    for (std::size_t i = 0; i < text.size(); ++i) {
        text[i] = static_cast<char>('a' + i % 26); // letters, never a space
    }
    reportWith(state, "dpia-bench-long-note", {storage::SetNote{"a1_background", text}});
}
BENCHMARK(ReportOneMebibyteUnbrokenNote)->Unit(benchmark::kMillisecond)->Iterations(1);

void ReportManyMeasures(benchmark::State& state) {
    const auto& risks = bench::shippedBaseline()->risks();
    storage::EditList edits;
    for (int64_t n = 1; n <= state.range(0); ++n) {
        storage::Measure measure;
        measure.title = "Maatregel " + std::to_string(n) + ": gasttoegang beperken en controleren";
        measure.risks = {risks[n % risks.size()].id, risks[(n + 7) % risks.size()].id};
        measure.owner = "CISO";
        measure.due = "2027-03-01";
        edits.push_back(storage::AddMeasure{measure});
    }
    reportWith(state, "dpia-bench-measures", edits);
}
BENCHMARK(ReportManyMeasures)
    ->Arg(100)
    ->Arg(1'000)
    ->Arg(10'000)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1);

} // namespace

// Goal: the sample's PDF report renders in under 1 s.
#include "core/scoring/assessment_scoring.h"
#include "tests/bench/sample_fixture.h"
#include "ui/report/report_writer.h"

#include <benchmark/benchmark.h>

#include <QDir>

namespace {

void RenderSampleReport(benchmark::State& state) {
    const auto& baseline = *dpia::bench::shippedBaseline();
    const auto& sample = dpia::bench::sampleAssessment();
    const auto evaluation = dpia::scoring::evaluate(baseline, sample);
    const QString path = QDir::temp().filePath(QStringLiteral("dpia-bench-report.pdf"));
    int pages = 0;
    for (auto _ : state) {
        const auto written =
            dpia::report::writeReportPdf(path, {sample, baseline, evaluation, dpia::Lang::nl},
                                         dpia::storage::files::Existing::replace);
        if (!written) {
            state.SkipWithError("the report could not be written");
            return;
        }
        pages = *written;
    }
    state.counters["pages"] = pages;
    QFile::remove(path);
}
BENCHMARK(RenderSampleReport)->Unit(benchmark::kMillisecond)->Iterations(3);

} // namespace

// Goal: a full evaluation of the sample in under 1 ms (median), so the UI can re-score on
// every keystroke.
#include "core/scoring/assessment_scoring.h"
#include "tests/bench/sample_fixture.h"

#include <benchmark/benchmark.h>

namespace {

void EvaluateSample(benchmark::State& state) {
    const auto& baseline = *dpia::bench::shippedBaseline();
    const auto& sample = dpia::bench::sampleAssessment();
    for (auto _ : state) {
        benchmark::DoNotOptimize(dpia::scoring::evaluate(baseline, sample));
    }
}
BENCHMARK(EvaluateSample)
    ->Unit(benchmark::kMicrosecond)
    ->Repetitions(5)
    ->ReportAggregatesOnly(true);

void LoadBaseline(benchmark::State& state) {
    const auto& image = dpia::bench::shippedBaseline()->image();
    for (auto _ : state) {
        benchmark::DoNotOptimize(dpia::baseline::Baseline::load(image));
    }
}
BENCHMARK(LoadBaseline)->Unit(benchmark::kMillisecond);

} // namespace

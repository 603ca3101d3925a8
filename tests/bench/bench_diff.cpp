// Goal: what changed between the sample and a revision with 50 changes in under 100 ms
// (issue 18), the work of `dpia-cli diff` and of File → Compare with… after both files are
// open: scoring both and comparing them.
#include "core/compare/diff_text.h"
#include "core/compare/document_diff.h"
#include "core/scoring/assessment_scoring.h"
#include "tests/bench/sample_fixture.h"

#include <benchmark/benchmark.h>

namespace {

using dpia::storage::Assessment;

/// The sample with 50 edits as a review would make them: text answers reworded, safeguard
/// statuses changed, notes written and measures added.
Assessment revisionWith50Changes(const Assessment& sample) {
    Assessment revision = sample;
    revision.metadata.version += 1;
    int changes = 0;
    for (auto& [id, value] : revision.answers) {
        if (changes < 20 && value.is_string() && !value.get<std::string>().empty()) {
            value = value.get<std::string>() + " Herzien bij de revisie van dit jaar.";
            ++changes;
        }
    }
    for (auto& [id, entry] : revision.safeguards) {
        if (changes < 35) {
            entry.status = entry.status == dpia::storage::SafeguardStatus::implemented
                               ? dpia::storage::SafeguardStatus::planned
                               : dpia::storage::SafeguardStatus::implemented;
            ++changes;
        }
    }
    for (const auto& [id, value] : sample.answers) {
        if (changes < 45) {
            revision.notes[id] = "Nagevraagd bij de leverancier.";
            ++changes;
        }
    }
    while (changes < 50) {
        revision.measures.push_back({"m-bench-" + std::to_string(changes),
                                     "Nieuwe maatregel",
                                     {},
                                     "ICT",
                                     "2027-06-01",
                                     dpia::storage::MeasureStatus::open});
        ++changes;
    }
    return revision;
}

void DiffSampleAgainstRevision(benchmark::State& state) {
    const auto& baseline = *dpia::bench::shippedBaseline();
    const Assessment& sample = dpia::bench::sampleAssessment();
    const Assessment revision = revisionWith50Changes(sample);
    std::size_t found = 0;
    for (auto _ : state) {
        const auto before = dpia::scoring::evaluate(baseline, sample);
        const auto after = dpia::scoring::evaluate(baseline, revision);
        const auto diff = dpia::compare::compareDocuments({sample, baseline, before},
                                                          {revision, baseline, after});
        benchmark::DoNotOptimize(dpia::compare::diffText(diff, dpia::Lang::nl));
        found = diff.changes.size();
    }
    state.counters["changes"] = static_cast<double>(found);
}
BENCHMARK(DiffSampleAgainstRevision)
    ->Unit(benchmark::kMillisecond)
    ->Repetitions(5)
    ->ReportAggregatesOnly(true);

} // namespace

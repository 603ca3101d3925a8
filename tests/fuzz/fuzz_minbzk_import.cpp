// Fuzzes the Model DPIA import (`dpia-cli import-minbzk`): the input is written to a file
// and imported as the CLI and the app do (makeFromMinbzk): read as the form's JSON or,
// when it starts with %PDF-, as its PDF (libqpdf, the AssessmentData string of the Info
// dictionary), then made into a new document. It must never crash. A failure must be a clear error
// that leaves nothing behind; a success must hold only answers its baseline accepts, open again
// with what was imported, and export to the form so that every answer the export fully carries
// comes back the same.
#include "core/baseline/embedded_image.h"
#include "core/interchange/minbzk_export.h"
#include "core/interchange/minbzk_import.h"
#include "core/storage/assessment_file.h"
#include "tests/fuzz/fuzz_support.h"

#include <algorithm>
#include <cstdint>
#include <set>
#include <string>

namespace {

using namespace dpia;
using namespace dpia::interchange;

std::shared_ptr<const baseline::Baseline> shippedBaseline() {
    static const std::shared_ptr<const baseline::Baseline> loaded = [] {
        auto result = baseline::Baseline::load(baseline::embeddedImage());
        if (!result) {
            fuzz::broken("the shipped baseline does not load");
        }
        return *result;
    }();
    return loaded;
}

void checkRoundTrip(const MinbzkImport& imported, const storage::Assessment& document) {
    const MinbzkForm* form = minbzkForm(imported.urn);
    const MinbzkExport exported =
        exportMinbzk(document, *shippedBaseline(), *form, "2026-01-01T00:00:00Z");
    auto back = readMinbzk(exported.document.dump(), *shippedBaseline());
    if (!back) {
        fuzz::broken("an export to the form cannot be read again: " + back.error().detail);
    }
    for (const MinbzkField& field : form->fields) {
        const auto answer = document.answers.find(field.question);
        if (answer == document.answers.end() ||
            std::count(exported.notExported.begin(), exported.notExported.end(), field.question) >
                0) {
            continue;
        }
        const auto again = back->answers.find(field.question);
        if (again == back->answers.end() || again->second != answer->second) {
            fuzz::broken("the answer to " + field.question + " does not survive the form");
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    fuzz::emptyScratchFolder();
    const auto input = fuzz::scratchFolder() / "input";
    const auto target = fuzz::scratchFolder() / "imported.dpia";
    fuzz::writeFile(input, data, size);
    auto made = makeFromMinbzk(input.string(), target.string(), shippedBaseline());
    if (!made) {
        fuzz::expectClearError(made.error());
        if (fuzz::scratchNames() != std::set<std::string>{"input"}) {
            fuzz::broken("a failed import left files behind");
        }
        fuzz::emptyScratchFolder();
        return 0;
    }
    const MinbzkImport& imported = made->report;
    const storage::Assessment document = made->service->assessment();
    if (document.answers != imported.answers || document.imported != imported.keptAside) {
        fuzz::broken("the new document does not hold what was imported");
    }
    made->service.reset(); // closed, lock released
    auto reopened = storage::AssessmentFile::open(target.string(), storage::OpenMode::readOnly);
    if (!reopened || (*reopened)->assessment() != document) {
        fuzz::broken("an imported document does not open again with what was imported");
    }
    checkRoundTrip(imported, document);
    fuzz::emptyScratchFolder();
    return 0;
}

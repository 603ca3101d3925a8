// Fuzzes the CNIL PIA import (`dpia-cli import-cnil`): the input is written to a file and
// imported as the CLI and the app do (makeFromCnil): read as the export's JSON or, when it
// starts like a zip, as its zip (libzip; pia.json and an attachments folder), the HTML of
// its answers through libxml2, then made into a new document. It must never crash. A
// failure must be a clear error that leaves nothing behind; a success must hold what the
// report says, and open again with it.
#include "core/baseline/embedded_image.h"
#include "core/interchange/cnil_import.h"
#include "core/storage/assessment_file.h"
#include "tests/fuzz/fuzz_support.h"

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

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    fuzz::emptyScratchFolder();
    const auto input = fuzz::scratchFolder() / "input";
    const auto target = fuzz::scratchFolder() / "imported.dpia";
    fuzz::writeFile(input, data, size);
    auto made = makeFromCnil(input.string(), target.string(), shippedBaseline());
    if (!made) {
        fuzz::expectClearError(made.error());
        if (fuzz::scratchNames() != std::set<std::string>{"input"}) {
            fuzz::broken("a failed import left files behind");
        }
        fuzz::emptyScratchFolder();
        return 0;
    }
    const CnilImport& imported = made->report;
    const storage::Assessment document = made->service->assessment();
    if (document.answers != imported.content.answers ||
        document.imported != imported.content.imported ||
        document.customRisks != imported.content.customRisks ||
        document.measures != imported.content.measures ||
        document.signoffs != imported.content.signoffs) {
        fuzz::broken("the new document does not hold what was imported");
    }
    if (imported.content.imported.size() < imported.attachments.size()) {
        fuzz::broken("an attachment is listed but not kept aside");
    }
    made->service.reset(); // closed, lock released
    auto reopened = storage::AssessmentFile::open(target.string(), storage::OpenMode::readOnly);
    if (!reopened || (*reopened)->assessment() != document) {
        fuzz::broken("an imported document does not open again with what was imported");
    }
    fuzz::emptyScratchFolder();
    return 0;
}

// Fuzzes the JSON import (`dpia-cli import`, File > Import): the input is written to a file
// and imported with AssessmentService::importFile: read under the 16 MiB limit, parsed
// strictly (depth 64, strings of 1 MiB), checked, its embedded baseline loaded and
// compared, the .dpia built in a temp file and moved into place. It must never crash. A
// failure must be a clear error that leaves nothing behind; a success must round-trip
// (export -> read gives the same document) and open again.
//
// The same bytes are also read in the bundled sample's form and checked against the
// shipped baseline, as `dpia-cli new --sample` does before it writes anything.
#include "core/baseline/embedded_image.h"
#include "core/storage/assessment_json.h"
#include "core/storage/assessment_service.h"
#include "tests/fuzz/fuzz_support.h"

#include <cstdint>
#include <set>
#include <string>

namespace {

using namespace dpia;
using namespace dpia::storage;

const baseline::Baseline& shippedBaseline() {
    static const std::shared_ptr<const baseline::Baseline> loaded = [] {
        auto result = baseline::Baseline::load(baseline::embeddedImage());
        if (!result) {
            fuzz::broken("the shipped baseline does not load");
        }
        return *result;
    }();
    return *loaded;
}

void importDocument(const std::uint8_t* data, std::size_t size) {
    const auto input = fuzz::scratchFolder() / "input.json";
    const auto target = fuzz::scratchFolder() / "imported.dpia";
    fuzz::writeFile(input, data, size);
    auto imported = AssessmentService::importFile(input.string(), target.string());
    if (!imported) {
        fuzz::expectClearError(imported.error());
        if (fuzz::scratchNames() != std::set<std::string>{"input.json"}) {
            fuzz::broken("a failed import left files behind");
        }
        return;
    }
    const Assessment& content = (*imported)->file().assessment();
    const std::string exported = exportJson(content);
    auto again = assessmentFromJson(exported, JsonSource::document);
    if (!again || !(*again == content)) {
        fuzz::broken("an imported document does not survive export and import");
    }
    imported->reset(); // closed, lock released
    auto reopened = AssessmentFile::open(target.string(), OpenMode::readOnly);
    if (!reopened) {
        fuzz::broken("an imported document does not open again: " + reopened.error().detail);
    }
    if (exportJson((*reopened)->assessment()) != exported) {
        fuzz::broken("an imported document opens with other content than was imported");
    }
}

void readSample(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    auto sample = assessmentFromJson(text, JsonSource::sample);
    if (!sample) {
        fuzz::expectClearError(sample.error());
        return;
    }
    if (Status fits = AssessmentService::checkContent(*sample, shippedBaseline()); !fits) {
        fuzz::expectClearError(fits.error());
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    fuzz::emptyScratchFolder();
    importDocument(data, size);
    readSample(data, size);
    fuzz::emptyScratchFolder();
    return 0;
}

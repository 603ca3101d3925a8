#include "tests/bench/sample_fixture.h"

#include "core/baseline/embedded_image.h"
#include "core/storage/assessment_json.h"
#include "core/storage/sample_assessment.h"

#include <stdexcept>
#include <unistd.h>

namespace dpia::bench {

const std::shared_ptr<const baseline::Baseline>& shippedBaseline() {
    static const std::shared_ptr<const baseline::Baseline> loaded = [] {
        auto result = baseline::Baseline::load(baseline::embeddedImage());
        if (!result) {
            throw std::runtime_error("shipped baseline does not load");
        }
        return *result;
    }();
    return loaded;
}

const storage::Assessment& sampleAssessment() {
    static const storage::Assessment sample = [] {
        auto parsed =
            storage::assessmentFromJson(storage::bundledSampleJson(), storage::JsonSource::sample);
        if (!parsed) {
            throw std::runtime_error("bundled sample does not parse: " + parsed.error().detail);
        }
        return *parsed;
    }();
    return sample;
}

std::filesystem::path benchFile(const char* name) {
    return std::filesystem::temp_directory_path() /
           (std::string(name) + "-" + std::to_string(getpid()) + ".dpia");
}

Result<std::unique_ptr<storage::AssessmentService>>
createSampleDocument(const std::filesystem::path& path) {
    std::filesystem::remove(path);
    return storage::AssessmentService::createFromSample(path.string(), shippedBaseline(),
                                                        storage::bundledSampleJson(), std::nullopt);
}

} // namespace dpia::bench

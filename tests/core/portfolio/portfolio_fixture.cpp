#include "tests/core/portfolio/portfolio_fixture.h"

#include "core/baseline/embedded_image.h"
#include "core/storage/assessment_service.h"
#include "core/storage/sample_assessment.h"
#include "tests/core/storage/storage_support.h"
#include "tests/edit_shorthands.h"

#include <filesystem>
#include <stdexcept>

namespace dpia::portfolio::testing {

namespace fs = std::filesystem;

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

void makeSample(const std::string& path, const std::string& title, const std::string& reviewDate,
                storage::DocumentStatus status) {
    auto made = storage::AssessmentService::createFromSample(path, shippedBaseline(),
                                                             storage::bundledSampleJson(), title);
    if (!made) {
        throw std::runtime_error("sample: " + made.error().detail);
    }
    const std::string& question = shippedBaseline()->info().roles.reviewDateQuestion;
    const nlohmann::json value =
        reviewDate.empty() ? nlohmann::json(nullptr) : nlohmann::json(reviewDate);
    if (!storage::setAnswer(**made, question, value)) {
        throw std::runtime_error("review date not set");
    }
    if ((*made)->assessment().status != status && !storage::setStatus(**made, status)) {
        throw std::runtime_error("status not set");
    }
}

void makeWithMeasures(const std::string& path, const std::vector<storage::Measure>& measures) {
    storage::Metadata metadata;
    metadata.title = "Maatregelen";
    auto made = storage::AssessmentService::create(path, shippedBaseline(), metadata);
    if (!made) {
        throw std::runtime_error("create: " + made.error().detail);
    }
    for (const storage::Measure& measure : measures) {
        if (!storage::addItem(**made, measure)) {
            throw std::runtime_error("measure not added");
        }
    }
}

std::map<std::string, std::string> treeState(const std::string& root) {
    std::map<std::string, std::string> state;
    for (const auto& entry :
         fs::recursive_directory_iterator(root, fs::directory_options::skip_permission_denied)) {
        state[entry.path().string()] = entry.is_regular_file() && !entry.is_symlink()
                                           ? storage::testing::fileHash(entry.path().string())
                                           : "";
    }
    return state;
}

} // namespace dpia::portfolio::testing

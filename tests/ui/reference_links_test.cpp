// Which baseline requirements a question's plain-text reference names.
#include "core/baseline/baseline.h"
#include "core/baseline/embedded_image.h"
#include "ui/forms/reference_links.h"

#include <gtest/gtest.h>

namespace dpia::ui {
namespace {

std::shared_ptr<const baseline::Baseline> shipped() {
    auto loaded = baseline::Baseline::load(baseline::embeddedImage());
    EXPECT_TRUE(loaded.ok());
    return loaded.ok() ? loaded.value() : nullptr;
}

/// The ids `reference` names, keeping only those the shipped baseline holds.
std::vector<std::string> expect(const baseline::Baseline& baseline,
                                std::initializer_list<const char*> ids) {
    std::vector<std::string> held;
    for (const char* id : ids) {
        if (baseline.requirement(id) != nullptr) {
            held.emplace_back(id);
        }
    }
    return held;
}

TEST(ReferenceLinks, ArticlesListsAndRangesButNotParagraphs) {
    const auto baseline = shipped();
    ASSERT_NE(baseline, nullptr);
    EXPECT_EQ(requirementIdsIn("AVG art. 35 lid 7 sub a; Model DPIA Rijksdienst §1", *baseline),
              expect(*baseline, {"AVG-35"}));
    EXPECT_EQ(requirementIdsIn("AVG art. 26, 28 en 32; BIO2 5.14 en 5.15", *baseline),
              expect(*baseline, {"AVG-26", "AVG-28", "AVG-32", "BIO-5.14", "BIO-5.15"}));
    EXPECT_EQ(requirementIdsIn("AVG art. 44 t/m 46 en art. 49", *baseline),
              expect(*baseline, {"AVG-44", "AVG-45", "AVG-46", "AVG-49"}));
    EXPECT_EQ(requirementIdsIn("AVG art. 4 punten 7 t/m 10, art. 26 en art. 28", *baseline),
              expect(*baseline, {"AVG-4", "AVG-26", "AVG-28"}));
    EXPECT_EQ(requirementIdsIn("AVG art. 13 lid 2 sub f en art. 22", *baseline),
              expect(*baseline, {"AVG-13", "AVG-22"}));
    EXPECT_TRUE(
        requirementIdsIn("Model DPIA Rijksdienst §4; WP248 criterium 7", *baseline).empty());
    EXPECT_TRUE(requirementIdsIn("", *baseline).empty());
}

} // namespace
} // namespace dpia::ui

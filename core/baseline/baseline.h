#pragma once

#include "core/baseline/baseline_types.h"
#include "core/result.h"

#include <cstdint>
#include <map>
#include <memory>
#include <nlohmann/json_fwd.hpp>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace dpia::baseline {

/// The Privacy & Security Baseline, read-only, loaded from a compiled `baseline.sqlite`
/// image (the one embedded in the program, or the snapshot embedded in a .dpia file).
class Baseline {
public:
    /// Opens a compiled baseline image from memory (sqlite3_deserialize) and reads it into
    /// a typed model. Refuses images that are not a baseline or fail validation.
    static Result<std::shared_ptr<const Baseline>> load(std::span<const std::uint8_t> image);

    const BaselineInfo& info() const { return content_.info; }
    /// The compiled image this baseline was loaded from (what a .dpia file embeds).
    const std::vector<std::uint8_t>& image() const { return image_; }

    const std::vector<Part>& parts() const { return content_.parts; }
    const std::vector<Section>& sections() const { return content_.sections; }
    const std::vector<Question>& questions() const { return content_.questions; }
    const std::vector<Requirement>& requirements() const { return content_.requirements; }
    const std::vector<Safeguard>& safeguards() const { return content_.safeguards; }
    const std::vector<Risk>& risks() const { return content_.risks; }
    const std::vector<Criterion>& criteria() const { return content_.criteria; }
    const std::vector<ScorePoint>& prescanScore() const { return content_.prescanScore; }
    const std::vector<Hint>& hints() const { return content_.hints; }
    const VerdictRules& verdict() const { return content_.verdict; }
    const Matrix& matrix() const { return content_.matrix; }

    const Section* section(std::string_view id) const;
    const Question* question(std::string_view id) const;
    const Requirement* requirement(std::string_view id) const;
    const Safeguard* safeguard(std::string_view id) const;
    const Risk* risk(std::string_view id) const;
    const Criterion* criterion(std::string_view id) const;

    /// The questions of one section, in questionnaire order.
    std::vector<const Question*> questionsIn(std::string_view sectionId) const;

    /// Checks that `value` is a valid answer to `questionId` (type, option ids, columns,
    /// number range, date form, size limits). Null is always valid (it clears the answer).
    Status validateAnswer(std::string_view questionId, const nlohmann::json& value) const;

private:
    Baseline() = default;
    void index();

    std::vector<std::uint8_t> image_;
    BaselineContent content_;

    std::map<std::string, std::size_t, std::less<>> sectionIndex_;
    std::map<std::string, std::size_t, std::less<>> questionIndex_;
    std::map<std::string, std::size_t, std::less<>> requirementIndex_;
    std::map<std::string, std::size_t, std::less<>> safeguardIndex_;
    std::map<std::string, std::size_t, std::less<>> riskIndex_;
    std::map<std::string, std::size_t, std::less<>> criterionIndex_;
};

} // namespace dpia::baseline

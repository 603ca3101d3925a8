#pragma once

#include "core/storage/assessment.h"

#include <nlohmann/json.hpp>
#include <string>

// One list item (own risk, measure, sign-off) as a JSON object, the same in the interchange
// format and in the edit form (edit_json.h). Readers throw json_fields::Problem.
namespace dpia::storage::item_json {

nlohmann::json toJson(const CustomRisk& risk);
nlohmann::json toJson(const Measure& measure);
nlohmann::json toJson(const Signoff& signoff);

/// Reads an item at `where`. Without `defaults` every key must be there; with them, a key
/// left out keeps the default's value (an edit that changes only the owner of a measure).
CustomRisk readCustomRisk(const nlohmann::json& value, const std::string& where,
                          const CustomRisk* defaults);
Measure readMeasure(const nlohmann::json& value, const std::string& where, const Measure* defaults);
Signoff readSignoff(const nlohmann::json& value, const std::string& where, const Signoff* defaults);

} // namespace dpia::storage::item_json

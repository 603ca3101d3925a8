#pragma once

#include "core/baseline/baseline.h"

#include <nlohmann/json.hpp>

// JSON views of baseline items for `dpia-cli baseline ... --json`.
namespace dpia::cli {

nlohmann::json localJson(const LocalText& text);
std::string_view questionTypeName(baseline::QuestionType type);
std::string_view safeguardKindName(baseline::SafeguardKind kind);
std::string_view licenceName(baseline::Licence licence);
std::string_view frameworkName(baseline::Framework framework);
std::string_view criterionFrameworkName(baseline::CriterionFramework framework);

nlohmann::json infoJson(const baseline::Baseline& baseline);
/// One item with its links (what meets it, what it mitigates, which rules read it).
/// Null when no item has that id.
nlohmann::json itemJson(const baseline::Baseline& baseline, std::string_view id);

} // namespace dpia::cli

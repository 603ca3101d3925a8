#pragma once

#include "app/cli/cli_context.h"
#include "core/baseline/baseline.h"

#include <nlohmann/json_fwd.hpp>

// Readable (non-JSON) output of `dpia-cli baseline ...`, in the message language.
namespace dpia::cli {

void printInfo(CliContext& context, const baseline::Baseline& baseline);

/// `[{"id", "title"}]` of one kind, titles in `lang` (questions also carry "type").
nlohmann::json listJson(const baseline::Baseline& baseline, const std::string& kind, Lang lang);

/// One item (as made by itemJson) for a person to read.
void printItem(CliContext& context, const baseline::Baseline& baseline, const nlohmann::json& item);

} // namespace dpia::cli

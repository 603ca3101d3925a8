#pragma once

#include "app/cli/cli_context.h"
#include "core/interchange/import_report.h"
#include "core/storage/assessment.h"

#include <nlohmann/json.hpp>
#include <vector>

// The parts of an import's report that import-minbzk and import-cnil share: the --json
// arrays and the lines a terminal gets (keys only, never answer text).
namespace dpia::cli {

nlohmann::json mappedJson(const std::vector<interchange::ImportMapped>& mapped);
nlohmann::json keptAsideJson(const std::vector<storage::ImportedItem>& kept);

/// "  from -> to" per mapped value.
void printMapped(CliContext& context, const std::vector<interchange::ImportMapped>& mapped);
/// "Kept aside, with no place in this DPIA: N" and one key per line.
void printKeptAside(CliContext& context, const std::vector<storage::ImportedItem>& kept);

} // namespace dpia::cli

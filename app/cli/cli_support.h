#pragma once

#include "app/cli/cli_context.h"
#include "core/baseline/baseline.h"
#include "core/error.h"
#include "core/result.h"
#include "core/storage/edit.h"

#include <functional>
#include <memory>
#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dpia::cli {

/// Prints `error` as one line on stderr in the message language and returns the exit
/// code for it: 3 for internal errors, 2 for everything the user can fix.
int reportError(CliContext& context, const Error& error);

/// Prints a usage problem ("missing argument ...") and returns 1.
int usageError(CliContext& context, const LocalText& message);

/// The baseline shipped with this program; null (with a message printed) if it is broken.
std::shared_ptr<const baseline::Baseline> shippedBaseline(CliContext& context);

/// Prints `value` as indented JSON on stdout.
void printJson(CliContext& context, const nlohmann::json& value);

/// Whether `flag` is among `args`; removes it from `rest` (the remaining words).
bool takeFlag(std::vector<std::string>& rest, std::string_view flag);

/// Takes `name VALUE` out of `rest`. False when the option is there without a value.
bool takeOption(std::vector<std::string>& rest, std::string_view name,
                std::optional<std::string>& value);

/// Makes the edits of one writing command from the document as it is now.
using EditBuilder = std::function<Result<storage::EditList>(const storage::Assessment& current)>;

/// Every writing command: opens `path` for editing (a read-only or locked file is bad
/// input), builds the edits and applies them all or nothing. Prints the change-log text of
/// each edit done when `printDone` (so a script learns the ids of what it added).
int applyEdits(CliContext& context, const std::string& path, const EditBuilder& build,
               bool printDone = false);

} // namespace dpia::cli

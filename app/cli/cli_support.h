#pragma once

#include "app/cli/cli_context.h"
#include "core/baseline/baseline.h"
#include "core/error.h"

#include <memory>
#include <nlohmann/json_fwd.hpp>

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

} // namespace dpia::cli

#pragma once

#include "app/cli/cli_context.h"

namespace dpia::cli {

/// `dpia-cli score FILE [--json]`: the evaluation of an assessment against the baseline
/// it embeds, with explanations (CLI.md).
int runScore(CliContext& context, CommandArgs args);

} // namespace dpia::cli

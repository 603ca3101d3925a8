#pragma once

#include "app/cli/cli_context.h"

namespace dpia::cli {

/// `dpia-cli diff A.dpia B.dpia [--json]`: what changed from A to B (CLI.md). Opens both
/// read-only: never writes, locks or migrates. Exit 0 whether or not they differ.
int runDiff(CliContext& context, CommandArgs args);

} // namespace dpia::cli

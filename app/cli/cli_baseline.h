#pragma once

#include "app/cli/cli_context.h"

namespace dpia::cli {

/// `dpia-cli baseline info|validate|list|show ...` (CLI.md).
int runBaseline(CliContext& context, CommandArgs args);

} // namespace dpia::cli

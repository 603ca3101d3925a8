#pragma once

#include "app/cli/cli_context.h"

namespace dpia::cli {

/// `dpia-cli portfolio DIR [--json|--csv]`: every DPIA under DIR (core/portfolio), read
/// without writing or locking anything; damaged and foreign files are listed with the
/// reason. Exit 2 when DIR is missing or not a folder (docs/CLI.md).
int runPortfolio(CliContext& context, CommandArgs args);

} // namespace dpia::cli

#pragma once

#include "app/cli/cli_context.h"

namespace dpia::cli {

/// `dpia-cli report FILE -o OUT.pdf [--lang nl|en]`: the PDF report, without a window.
int runReport(CliContext& context, CommandArgs args);

} // namespace dpia::cli

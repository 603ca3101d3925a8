#pragma once

#include "app/cli/cli_context.h"

namespace dpia::cli {

/// `dpia-cli report FILE -o OUT.pdf|OUT.html [--format pdf|html] [--lang nl|en] [--force]`:
/// the PDF report or the accessible web page (by the name's extension unless --format
/// says), without a window.
int runReport(CliContext& context, CommandArgs args);

} // namespace dpia::cli

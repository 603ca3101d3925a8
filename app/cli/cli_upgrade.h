#pragma once

#include "app/cli/cli_context.h"

namespace dpia::cli {

/// `dpia-cli upgrade FILE OUT.dpia [--dry-run]`: carries a document over to the baseline
/// of this program into a new file, and says what changed and what could not come along.
/// The original file is never modified.
int runUpgrade(CliContext& context, CommandArgs args);

} // namespace dpia::cli

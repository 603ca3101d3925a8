#pragma once

#include "app/cli/cli_context.h"

#include <string_view>
#include <vector>

namespace dpia::cli {

/// One subcommand of dpia-cli. `run` gets the words after the command name.
struct CommandSpec {
    std::string_view name;
    std::string_view synopsis; ///< e.g. "baseline info [--json]"
    LocalText summary;
    int (*run)(CliContext& context, CommandArgs args);
};

/// All subcommands, in the order `--help` lists them.
const std::vector<CommandSpec>& commands();

} // namespace dpia::cli

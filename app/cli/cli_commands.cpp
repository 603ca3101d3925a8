#include "app/cli/cli_commands.h"

namespace dpia::cli {

const std::vector<CommandSpec>& commands() {
    // Each capability adds its commands here; the order is the order of --help.
    static const std::vector<CommandSpec> all = {};
    return all;
}

} // namespace dpia::cli

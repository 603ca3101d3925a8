#pragma once

#include "core/lang.h"

#include <ostream>
#include <span>
#include <string>

namespace dpia::cli {

/// Exit status of dpia-cli (CLI.md): the contract scripts rely on.
enum ExitCode : int {
    kExitOk = 0,
    kExitUsage = 1,    ///< unknown command, missing argument — usage on stderr
    kExitBadInput = 2, ///< bad file, unknown id, invalid value — one line on stderr
    kExitInternal = 3, ///< a bug or an environment failure — logged, nothing modified
};

/// What every command gets: the message language and the two output streams.
struct CliContext {
    Lang lang = Lang::nl;
    std::ostream& out;
    std::ostream& err;

    /// The text in the message language.
    const std::string& say(const LocalText& text) const { return text.in(lang); }
};

using CommandArgs = std::span<const std::string>;

} // namespace dpia::cli

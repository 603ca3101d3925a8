#pragma once

#include <string>

namespace dpia::app {

/// Installs the program's log sinks: a rotating file in the platform's app-data folder
/// (created owner-only) and, with `verbose`, stderr. A folder that cannot be written
/// leaves the file sink out rather than stopping the program.
/// Returns the log file path, or an empty string when there is no file sink.
std::string installLogging(bool verbose);

} // namespace dpia::app

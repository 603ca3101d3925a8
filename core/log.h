#pragma once

#include <memory>
#include <spdlog/logger.h>
#include <vector>

// Core emits, the application owns the sinks: core code logs through this named logger,
// which writes nowhere until an executable installs sinks (a rotating file, stderr with
// --verbose). Log ids, counts and sizes only — never answer text, names or file contents.
namespace dpia {

/// The logger named "dpia.core" that all core code uses.
spdlog::logger& coreLog();

/// Replaces the sinks of the core logger (called once by main()).
void installCoreLogSinks(std::vector<spdlog::sink_ptr> sinks, spdlog::level::level_enum level);

} // namespace dpia

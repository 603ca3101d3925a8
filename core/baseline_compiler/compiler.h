#pragma once

#include "core/baseline_compiler/diagnostics.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace dpia::baseline {

/// The outcome of compiling a baseline source folder: the image when there were no
/// problems, otherwise every problem found (`file:line: message`).
struct CompileResult {
    std::vector<Diagnostic> diagnostics;
    std::vector<std::uint8_t> image;

    bool ok() const { return diagnostics.empty() && !image.empty(); }
};

/// Reads, validates and compiles the YAML baseline source in `folder`.
CompileResult compileBaseline(const std::string& folder);

/// The same for files already in memory (name -> content); `folder` names them in
/// diagnostics. Used by the fuzz target.
CompileResult compileBaselineFiles(const std::string& folder,
                                   const std::map<std::string, std::string>& files);

} // namespace dpia::baseline

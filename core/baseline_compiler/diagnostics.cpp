#include "core/baseline_compiler/diagnostics.h"

namespace dpia::baseline {

std::string Diagnostic::format() const {
    return at.file + ":" + std::to_string(at.line) + ": " + message;
}

void Diagnostics::add(const SourceLocation& at, std::string message) {
    items_.push_back({at, std::move(message)});
}

} // namespace dpia::baseline

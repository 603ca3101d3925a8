#pragma once

#include <string>
#include <vector>

namespace dpia::testing {

/// One string literal of a C++ source, as written between its quotes.
struct SourceLiteral {
    int line = 0; ///< 1-based, where the literal starts
    std::string text;
};

/// The string literals of C++ source text: ordinary ("...", with escapes kept as written)
/// and raw (R"d(...)d"). Comments, character literals and digit separators (1'000) are
/// skipped, so an id named in a comment is not a literal.
std::vector<SourceLiteral> stringLiterals(const std::string& source);

} // namespace dpia::testing

#pragma once

#include <string>
#include <string_view>

namespace dpia::cli {

/// Text from a document as a terminal line may show it: control characters (C0, DEL and
/// the C1 range, which includes the terminal's escape sequences) become visible escapes
/// (`\n`, `\t`, `\x1b`, `\u009b`), so a text cannot clear the screen or fake a line.
/// For the plain-text output only; JSON has its own escaping.
std::string terminalSafe(std::string_view text);

} // namespace dpia::cli

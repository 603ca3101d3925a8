#pragma once

#include <string>
#include <string_view>

namespace dpia {

/// SHA-256 of `data` as 64 lowercase hex digits. Identifies a baseline's content and
/// lets a test tell whether a file changed byte-for-byte; not used for secrecy.
/// Computed by nettle, which uses the processor's SHA instructions where it has them.
std::string sha256Hex(std::string_view data);

} // namespace dpia

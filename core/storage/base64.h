#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

// Standard base64 (RFC 4648, with padding) for the baseline image in the JSON format;
// the coding is nettle's.
namespace dpia::storage::base64 {

std::string encode(std::span<const std::uint8_t> bytes);

/// Strict: only the standard alphabet, correct padding, no whitespace; nullopt otherwise.
std::optional<std::vector<std::uint8_t>> decode(std::string_view text);

} // namespace dpia::storage::base64

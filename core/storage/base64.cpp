#include "core/storage/base64.h"

#include <array>

namespace dpia::storage::base64 {
namespace {

constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

constexpr std::array<int, 256> makeDecodeTable() {
    std::array<int, 256> table{};
    for (int& entry : table) {
        entry = -1;
    }
    for (int i = 0; i < 64; ++i) {
        table[static_cast<unsigned char>(kAlphabet[i])] = i;
    }
    return table;
}

constexpr std::array<int, 256> kDecode = makeDecodeTable();

} // namespace

std::string encode(std::span<const std::uint8_t> bytes) {
    std::string out;
    out.reserve((bytes.size() + 2) / 3 * 4);
    std::size_t i = 0;
    for (; i + 3 <= bytes.size(); i += 3) {
        const std::uint32_t chunk =
            (std::uint32_t{bytes[i]} << 16) | (std::uint32_t{bytes[i + 1]} << 8) | bytes[i + 2];
        out += kAlphabet[(chunk >> 18) & 63];
        out += kAlphabet[(chunk >> 12) & 63];
        out += kAlphabet[(chunk >> 6) & 63];
        out += kAlphabet[chunk & 63];
    }
    const std::size_t rest = bytes.size() - i;
    if (rest > 0) {
        std::uint32_t chunk = std::uint32_t{bytes[i]} << 16;
        if (rest == 2) {
            chunk |= std::uint32_t{bytes[i + 1]} << 8;
        }
        out += kAlphabet[(chunk >> 18) & 63];
        out += kAlphabet[(chunk >> 12) & 63];
        out += rest == 2 ? kAlphabet[(chunk >> 6) & 63] : '=';
        out += '=';
    }
    return out;
}

std::optional<std::vector<std::uint8_t>> decode(std::string_view text) {
    if (text.size() % 4 != 0) {
        return std::nullopt;
    }
    std::vector<std::uint8_t> out;
    out.reserve(text.size() / 4 * 3);
    for (std::size_t i = 0; i < text.size(); i += 4) {
        const bool last = i + 4 == text.size();
        const int padding = last ? (text[i + 3] == '=') + (text[i + 2] == '=') : 0;
        if (padding == 1 && text[i + 2] == '=') {
            return std::nullopt; // "x=y=" is not padding
        }
        std::uint32_t chunk = 0;
        for (int k = 0; k < 4; ++k) {
            const char c = text[i + static_cast<std::size_t>(k)];
            int value = 0;
            if (k >= 4 - padding) {
                value = 0;
            } else {
                value = kDecode[static_cast<unsigned char>(c)];
                if (value < 0) {
                    return std::nullopt;
                }
            }
            chunk = (chunk << 6) | static_cast<std::uint32_t>(value);
        }
        // Bits below the last byte must be zero, so every byte string has one encoding.
        if ((padding == 1 && (chunk & 0xff) != 0) || (padding == 2 && (chunk & 0xffff) != 0)) {
            return std::nullopt;
        }
        out.push_back(static_cast<std::uint8_t>(chunk >> 16));
        if (padding < 2) {
            out.push_back(static_cast<std::uint8_t>((chunk >> 8) & 0xff));
        }
        if (padding < 1) {
            out.push_back(static_cast<std::uint8_t>(chunk & 0xff));
        }
    }
    return out;
}

} // namespace dpia::storage::base64

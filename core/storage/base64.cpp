#include "core/storage/base64.h"

#include <array>
#include <nettle/base64.h>

// The coding itself is nettle's. Its decoder is more lenient than this format (it skips
// whitespace and takes a third '=', so "A===" decodes to nothing), so decode() first checks
// the shape of the text and leaves the bits to nettle, which refuses a missing or surplus
// '=' and set bits below the last byte: every byte string has exactly one encoding.
namespace dpia::storage::base64 {
namespace {

constexpr std::array<bool, 256> makeAlphabetTable() {
    std::array<bool, 256> table{};
    for (const char c :
         std::string_view("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")) {
        table[static_cast<unsigned char>(c)] = true;
    }
    return table;
}

constexpr std::array<bool, 256> kInAlphabet = makeAlphabetTable();

/// Whole groups of four, only alphabet characters, and '=' only as the last one or two.
bool wellFormed(std::string_view text) {
    if (text.size() % 4 != 0) {
        return false;
    }
    std::size_t data = text.size();
    if (data > 0 && text[data - 1] == '=') {
        --data;
        if (text[data - 1] == '=') {
            --data;
        }
    }
    for (std::size_t i = 0; i < data; ++i) {
        if (!kInAlphabet[static_cast<unsigned char>(text[i])]) {
            return false;
        }
    }
    return true;
}

} // namespace

std::string encode(std::span<const std::uint8_t> bytes) {
    std::string out(BASE64_ENCODE_RAW_LENGTH(bytes.size()), '\0');
    if (!bytes.empty()) {
        base64_encode_raw(out.data(), bytes.size(), bytes.data());
    }
    return out;
}

std::optional<std::vector<std::uint8_t>> decode(std::string_view text) {
    if (!wellFormed(text)) {
        return std::nullopt;
    }
    std::vector<std::uint8_t> out(BASE64_DECODE_LENGTH(text.size()));
    if (text.empty()) {
        return out;
    }
    base64_decode_ctx context{};
    base64_decode_init(&context);
    std::size_t length = 0;
    if (base64_decode_update(&context, &length, out.data(), text.size(), text.data()) != 1 ||
        base64_decode_final(&context) != 1) {
        return std::nullopt;
    }
    out.resize(length);
    return out;
}

} // namespace dpia::storage::base64

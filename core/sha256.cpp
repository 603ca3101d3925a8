#include "core/sha256.h"

#include <cstdint>
#include <nettle/base16.h>
#include <nettle/sha2.h>

// FIPS 180-4 SHA-256 from nettle, Debian's maintained crypto library. Opening a document
// hashes its embedded baseline twice (about 2 MB); nettle's fat build picks the processor's
// SHA instructions at run time where it has them.
namespace dpia {

std::string sha256Hex(std::string_view data) {
    sha256_ctx context{};
    sha256_init(&context);
    sha256_update(&context, data.size(), reinterpret_cast<const std::uint8_t*>(data.data()));
    std::uint8_t digest[SHA256_DIGEST_SIZE];
    sha256_digest(&context, SHA256_DIGEST_SIZE, digest);

    std::string hex(BASE16_ENCODE_LENGTH(SHA256_DIGEST_SIZE), '\0');
    base16_encode_update(hex.data(), SHA256_DIGEST_SIZE, digest); // lowercase digits
    return hex;
}

} // namespace dpia

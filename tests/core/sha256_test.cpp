#include "core/sha256.h"

#include <cstdint>
#include <gtest/gtest.h>
#include <string>

namespace dpia {
namespace {

// Known answers from FIPS 180-4 / NIST examples.
TEST(Sha256, MatchesKnownDigests) {
    EXPECT_EQ(sha256Hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    EXPECT_EQ(sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    EXPECT_EQ(sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
              "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

TEST(Sha256, HandlesBlockBoundaries) {
    EXPECT_EQ(sha256Hex(std::string(1000000, 'a')),
              "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    // 55, 56 and 64 bytes straddle the padding boundary.
    EXPECT_NE(sha256Hex(std::string(55, 'x')), sha256Hex(std::string(56, 'x')));
    EXPECT_EQ(sha256Hex(std::string(64, 'a')),
              "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb");
}

TEST(Sha256, TheProcessorsShaInstructionsAndThePortableCodeAgree) {
    // On a processor without the SHA extensions both are the portable code; on one with
    // them (the development machine has them) this compares the two paths.
    std::string data;
    std::uint32_t seed = 12345;
    for (std::size_t length = 0; length <= 1100; ++length) {
        const std::string_view prefix(data.data(), length);
        ASSERT_EQ(sha256Hex(prefix), detail::sha256HexPortable(prefix)) << "length " << length;
        seed = seed * 1664525u + 1013904223u;
        data.push_back(static_cast<char>(seed >> 24));
    }
}

} // namespace
} // namespace dpia

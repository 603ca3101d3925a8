#include "core/sha256.h"

#include <cstddef>
#include <gtest/gtest.h>
#include <string>

namespace dpia {
namespace {

// Known answers from FIPS 180-4 / NIST (the SHA-256 examples and the one-million-'a' test).
TEST(Sha256, MatchesKnownDigests) {
    EXPECT_EQ(sha256Hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    EXPECT_EQ(sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    // 448 bits: the padding no longer fits, so it takes a second block.
    EXPECT_EQ(sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
              "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    // 896 bits: two blocks of data.
    EXPECT_EQ(sha256Hex("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmno"
                        "ijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu"),
              "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1");
    EXPECT_EQ(sha256Hex(std::string(1000000, 'a')),
              "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST(Sha256, HandlesBlockBoundaries) {
    // 55 bytes leave room for the padding in one block, 56 do not; 64 fill the block.
    // (Digests from coreutils' sha256sum.)
    EXPECT_EQ(sha256Hex(std::string(55, 'a')),
              "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318");
    EXPECT_EQ(sha256Hex(std::string(56, 'a')),
              "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a");
    EXPECT_EQ(sha256Hex(std::string(63, 'a')),
              "7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34");
    EXPECT_EQ(sha256Hex(std::string(64, 'a')),
              "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb");
    EXPECT_EQ(sha256Hex(std::string(65, 'a')),
              "635361c48bb9eab14198e76ea8ab7f1a41685d6ad62aa9146d301d4f17eb0ae0");
    EXPECT_EQ(sha256Hex(std::string(120, 'a')),
              "2f3d335432c70b580af0e8e1b3674a7c020d683aa5f73aaaedfdc55af904c21c");
}

TEST(Sha256, HashesALongInputThatEndsInsideABlock) {
    // 1,000 copies of the 448-bit message (56,000 bytes, 875 blocks) and 100,003 bytes of
    // every byte value (1,562 blocks and 35 bytes); digests from Python's hashlib.
    std::string repeated;
    for (int i = 0; i < 1000; ++i) {
        repeated += "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
    }
    EXPECT_EQ(sha256Hex(repeated),
              "4f2f4635c06347ef024a1f3c656fdbb5078c6cedb8f57d64cdca3cf22662d7bc");

    std::string bytes;
    for (std::size_t i = 0; i < 100003; ++i) {
        bytes.push_back(static_cast<char>((i * 7 + 3) % 256));
    }
    EXPECT_EQ(sha256Hex(bytes), "b4bec991fc613fcb4d2a26eb529e493ed4e3152cc00f0a49bd39b3e48b34824e");
}

TEST(Sha256, IsLowercaseHex) {
    const std::string digest = sha256Hex("DPIA");
    ASSERT_EQ(digest.size(), 64U);
    EXPECT_EQ(digest.find_first_not_of("0123456789abcdef"), std::string::npos) << digest;
}

} // namespace
} // namespace dpia

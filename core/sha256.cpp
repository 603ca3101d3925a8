#include "core/sha256.h"

#include <array>
#include <cstdint>
#include <cstring>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define DPIA_SHA256_X86 1
#include <cpuid.h>
#include <immintrin.h>
#endif

// FIPS 180-4 SHA-256, written out because core links no crypto library and needs only
// this one digest. Opening a document hashes its embedded baseline twice (about 2 MB), so
// on processors with the SHA extensions (x86-64 since about 2017) the blocks go through
// those instructions: about 30 times fewer instructions than the portable code.
namespace dpia {
namespace {

using State = std::array<std::uint32_t, 8>;

constexpr std::array<std::uint32_t, 64> kRound = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

constexpr std::uint32_t rotateRight(std::uint32_t value, int bits) {
    return (value >> bits) | (value << (32 - bits));
}

void compressPortable(State& state, const unsigned char* block) {
    std::array<std::uint32_t, 64> w{};
    for (int i = 0; i < 16; ++i) {
        w[i] = (std::uint32_t{block[4 * i]} << 24) | (std::uint32_t{block[4 * i + 1]} << 16) |
               (std::uint32_t{block[4 * i + 2]} << 8) | std::uint32_t{block[4 * i + 3]};
    }
    for (int i = 16; i < 64; ++i) {
        const std::uint32_t s0 =
            rotateRight(w[i - 15], 7) ^ rotateRight(w[i - 15], 18) ^ (w[i - 15] >> 3);
        const std::uint32_t s1 =
            rotateRight(w[i - 2], 17) ^ rotateRight(w[i - 2], 19) ^ (w[i - 2] >> 10);
        w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    std::array<std::uint32_t, 8> v = state;
    for (int i = 0; i < 64; ++i) {
        const std::uint32_t s1 =
            rotateRight(v[4], 6) ^ rotateRight(v[4], 11) ^ rotateRight(v[4], 25);
        const std::uint32_t choose = (v[4] & v[5]) ^ (~v[4] & v[6]);
        const std::uint32_t t1 = v[7] + s1 + choose + kRound[i] + w[i];
        const std::uint32_t s0 =
            rotateRight(v[0], 2) ^ rotateRight(v[0], 13) ^ rotateRight(v[0], 22);
        const std::uint32_t majority = (v[0] & v[1]) ^ (v[0] & v[2]) ^ (v[1] & v[2]);
        const std::uint32_t t2 = s0 + majority;
        v[7] = v[6];
        v[6] = v[5];
        v[5] = v[4];
        v[4] = v[3] + t1;
        v[3] = v[2];
        v[2] = v[1];
        v[1] = v[0];
        v[0] = t1 + t2;
    }
    for (int i = 0; i < 8; ++i) {
        state[i] += v[i];
    }
}

#ifdef DPIA_SHA256_X86

bool haveShaExtensions() {
    unsigned int eax = 0;
    unsigned int ebx = 0;
    unsigned int ecx = 0;
    unsigned int edx = 0;
    if (__get_cpuid(1, &eax, &ebx, &ecx, &edx) == 0) {
        return false;
    }
    const bool ssse3 = (ecx & bit_SSSE3) != 0;
    const bool sse41 = (ecx & bit_SSE4_1) != 0;
    if (__get_cpuid_count(7, 0, &eax, &ebx, &ecx, &edx) == 0) {
        return false;
    }
    return ssse3 && sse41 && (ebx & bit_SHA) != 0;
}

// The SHA extensions keep the eight working variables as two vectors, ABEF and CDGH;
// sha256rnds2 runs two rounds, sha256msg1/msg2 extend the message schedule four words at
// a time (Intel, "Intel SHA Extensions", 2013).
__attribute__((target("sha,sse4.1,ssse3"))) void compressSha(State& state,
                                                             const unsigned char* block) {
    const __m128i byteSwap = _mm_set_epi64x(0x0c0d0e0f08090a0bLL, 0x0405060700010203LL);
    const __m128i dcba = _mm_loadu_si128(reinterpret_cast<const __m128i*>(&state[0]));
    const __m128i hgfe = _mm_loadu_si128(reinterpret_cast<const __m128i*>(&state[4]));
    const __m128i cdab = _mm_shuffle_epi32(dcba, 0xB1);
    const __m128i efgh = _mm_shuffle_epi32(hgfe, 0x1B);
    __m128i abef = _mm_alignr_epi8(cdab, efgh, 8);
    __m128i cdgh = _mm_blend_epi16(efgh, cdab, 0xF0);
    const __m128i abefBefore = abef;
    const __m128i cdghBefore = cdgh;

    __m128i words[4]; // the last 16 schedule words, four per vector (a C array: GCC
                      // drops __m128i's alignment attribute in a template argument)
    for (int group = 0; group < 16; ++group) {
        __m128i w;
        if (group < 4) {
            w = _mm_shuffle_epi8(
                _mm_loadu_si128(reinterpret_cast<const __m128i*>(block + 16 * group)), byteSwap);
        } else {
            const __m128i& minus4 = words[group % 4];
            const __m128i& minus3 = words[(group + 1) % 4];
            const __m128i& minus2 = words[(group + 2) % 4];
            const __m128i& minus1 = words[(group + 3) % 4];
            w = _mm_add_epi32(_mm_sha256msg1_epu32(minus4, minus3),
                              _mm_alignr_epi8(minus1, minus2, 4));
            w = _mm_sha256msg2_epu32(w, minus1);
        }
        words[group % 4] = w;
        __m128i scheduled =
            _mm_add_epi32(w, _mm_loadu_si128(reinterpret_cast<const __m128i*>(&kRound[4 * group])));
        cdgh = _mm_sha256rnds2_epu32(cdgh, abef, scheduled);
        scheduled = _mm_shuffle_epi32(scheduled, 0x0E);
        abef = _mm_sha256rnds2_epu32(abef, cdgh, scheduled);
    }
    abef = _mm_add_epi32(abef, abefBefore);
    cdgh = _mm_add_epi32(cdgh, cdghBefore);

    const __m128i feba = _mm_shuffle_epi32(abef, 0x1B);
    const __m128i dchg = _mm_shuffle_epi32(cdgh, 0xB1);
    _mm_storeu_si128(reinterpret_cast<__m128i*>(&state[0]), _mm_blend_epi16(feba, dchg, 0xF0));
    _mm_storeu_si128(reinterpret_cast<__m128i*>(&state[4]), _mm_alignr_epi8(dchg, feba, 8));
}

#endif

using Compress = void (*)(State&, const unsigned char*);

Compress fastestCompress() {
#ifdef DPIA_SHA256_X86
    static const Compress chosen = haveShaExtensions() ? compressSha : compressPortable;
    return chosen;
#else
    return compressPortable;
#endif
}

std::string digestHex(std::string_view data, Compress compress) {
    State state = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                   0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
    const auto* bytes = reinterpret_cast<const unsigned char*>(data.data());
    std::size_t full = data.size() / 64;
    for (std::size_t i = 0; i < full; ++i) {
        compress(state, bytes + 64 * i);
    }
    // Padding: 0x80, zeros, then the bit length as a 64-bit big-endian number.
    std::array<unsigned char, 128> tail{};
    const std::size_t rest = data.size() % 64;
    for (std::size_t i = 0; i < rest; ++i) {
        tail[i] = bytes[64 * full + i];
    }
    tail[rest] = 0x80;
    const std::size_t tailLength = rest < 56 ? 64 : 128;
    const std::uint64_t bits = static_cast<std::uint64_t>(data.size()) * 8;
    for (int i = 0; i < 8; ++i) {
        tail[tailLength - 1 - i] = static_cast<unsigned char>(bits >> (8 * i));
    }
    compress(state, tail.data());
    if (tailLength == 128) {
        compress(state, tail.data() + 64);
    }

    static constexpr char kHex[] = "0123456789abcdef";
    std::string hex;
    hex.reserve(64);
    for (std::uint32_t word : state) {
        for (int shift = 28; shift >= 0; shift -= 4) {
            hex.push_back(kHex[(word >> shift) & 0xf]);
        }
    }
    return hex;
}

} // namespace

std::string sha256Hex(std::string_view data) {
    return digestHex(data, fastestCompress());
}

namespace detail {

std::string sha256HexPortable(std::string_view data) {
    return digestHex(data, compressPortable);
}

} // namespace detail

} // namespace dpia

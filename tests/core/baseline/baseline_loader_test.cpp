#include "core/baseline/baseline.h"
#include "core/baseline/embedded_image.h"
#include "core/sqlite_handle.h"

#include <cstring>
#include <gtest/gtest.h>
#include <vector>

namespace dpia::baseline {
namespace {

std::vector<std::uint8_t> shippedImage() {
    const auto image = embeddedImage();
    return {image.begin(), image.end()};
}

/// Opens a copy of `image`, runs `sql` on it, and returns the changed image.
std::vector<std::uint8_t> altered(const std::vector<std::uint8_t>& image, const char* sql) {
    sqlite3* raw = nullptr;
    sqlite3_open_v2(":memory:", &raw, SQLITE_OPEN_READWRITE, nullptr);
    SqliteHandle db(raw);
    auto* buffer = static_cast<unsigned char*>(sqlite3_malloc64(image.size()));
    std::memcpy(buffer, image.data(), image.size());
    const auto size = static_cast<sqlite3_int64>(image.size());
    EXPECT_EQ(sqlite3_deserialize(db.get(), "main", buffer, size, size,
                                  SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE),
              SQLITE_OK);
    EXPECT_EQ(sqlite3_exec(db.get(), sql, nullptr, nullptr, nullptr), SQLITE_OK)
        << sqlite3_errmsg(db.get());
    sqlite3_int64 outSize = 0;
    unsigned char* bytes = sqlite3_serialize(db.get(), "main", &outSize, 0);
    std::vector<std::uint8_t> result(bytes, bytes + outSize);
    sqlite3_free(bytes);
    return result;
}

TEST(BaselineLoader, LoadsTheShippedImage) {
    auto loaded = Baseline::load(embeddedImage());
    ASSERT_TRUE(loaded) << loaded.error().detail;
    EXPECT_EQ((*loaded)->info().id, "nl-gemeente-m365");
    EXPECT_EQ((*loaded)->image().size(), embeddedImage().size());
}

TEST(BaselineLoader, RefusesBytesThatAreNotSqlite) {
    const std::vector<std::uint8_t> junk(4096, 0x41);
    auto loaded = Baseline::load(junk);
    ASSERT_FALSE(loaded);
    EXPECT_EQ(loaded.error().code, ErrorCode::invalidBaseline);
    EXPECT_FALSE(Baseline::load(std::span<const std::uint8_t>()));
}

TEST(BaselineLoader, RefusesATruncatedImage) {
    auto image = shippedImage();
    image.resize(image.size() / 2);
    auto loaded = Baseline::load(image);
    ASSERT_FALSE(loaded);
    EXPECT_EQ(loaded.error().code, ErrorCode::invalidBaseline);
}

TEST(BaselineLoader, RefusesCorruptPages) {
    // Overwrite the b-tree header of every page after the first: no table can be read.
    auto image = shippedImage();
    for (std::size_t page = 4096; page + 16 < image.size(); page += 4096) {
        for (std::size_t i = page; i < page + 16; ++i) {
            image[i] = 0xff;
        }
    }
    EXPECT_FALSE(Baseline::load(image));
}

TEST(BaselineLoader, RefusesContentThatDoesNotMatchItsHash) {
    const auto image = altered(shippedImage(), "UPDATE risk SET likelihood = 1");
    auto loaded = Baseline::load(image);
    ASSERT_FALSE(loaded);
    EXPECT_NE(loaded.error().detail.find("hash"), std::string::npos);
}

TEST(BaselineLoader, RefusesAForeignDatabase) {
    const auto image = altered(shippedImage(), "PRAGMA application_id = 1234");
    EXPECT_FALSE(Baseline::load(image));
}

TEST(BaselineLoader, RefusesANewerLayoutWithItsOwnMessage) {
    const auto image = altered(shippedImage(), "PRAGMA user_version = 99");
    auto loaded = Baseline::load(image);
    ASSERT_FALSE(loaded);
    EXPECT_EQ(loaded.error().code, ErrorCode::newerVersion);
    EXPECT_NE(loaded.error().message.nl.find("nieuwere versie"), std::string::npos);
}

} // namespace
} // namespace dpia::baseline

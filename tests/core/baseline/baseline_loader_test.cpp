#include "core/baseline/baseline.h"
#include "core/baseline/content_hash.h"
#include "core/baseline/embedded_image.h"
#include "core/sqlite_handle.h"

#include <cstring>
#include <functional>
#include <gtest/gtest.h>
#include <string>
#include <vector>

namespace dpia::baseline {
namespace {

std::vector<std::uint8_t> shippedImage() {
    const auto image = embeddedImage();
    return {image.begin(), image.end()};
}

/// Opens a copy of `image`, lets `change` work on it, and returns the changed image.
std::vector<std::uint8_t> altered(const std::vector<std::uint8_t>& image,
                                  const std::function<void(sqlite3*)>& change) {
    sqlite3* raw = nullptr;
    sqlite3_open_v2(":memory:", &raw, SQLITE_OPEN_READWRITE, nullptr);
    SqliteHandle db(raw);
    auto* buffer = static_cast<unsigned char*>(sqlite3_malloc64(image.size()));
    std::memcpy(buffer, image.data(), image.size());
    const auto size = static_cast<sqlite3_int64>(image.size());
    EXPECT_EQ(sqlite3_deserialize(db.get(), "main", buffer, size, size,
                                  SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE),
              SQLITE_OK);
    change(db.get());
    sqlite3_int64 outSize = 0;
    unsigned char* bytes = sqlite3_serialize(db.get(), "main", &outSize, 0);
    std::vector<std::uint8_t> result(bytes, bytes + outSize);
    sqlite3_free(bytes);
    return result;
}

/// Opens a copy of `image`, runs `sql` on it, and returns the changed image.
std::vector<std::uint8_t> altered(const std::vector<std::uint8_t>& image, const std::string& sql) {
    return altered(image, [&sql](sqlite3* db) {
        EXPECT_EQ(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr), SQLITE_OK)
            << sqlite3_errmsg(db);
    });
}

TEST(BaselineLoader, LoadsTheShippedImage) {
    auto loaded = Baseline::load(embeddedImage());
    ASSERT_TRUE(loaded) << loaded.error().detail;
    EXPECT_EQ((*loaded)->info().id, "nl-gemeente-m365");
    EXPECT_EQ((*loaded)->image().size(), embeddedImage().size());
}

// One fact, one place (baseline 1.2.0): the cloud model is one question in the pre-scan that
// part A shows, and the image keeps what the upgrade needs to carry the old answer over.
TEST(BaselineLoader, KeepsTheQuestionsAQuestionReplaces) {
    auto loaded = Baseline::load(embeddedImage());
    ASSERT_TRUE(loaded) << loaded.error().detail;
    const Baseline& shipped = **loaded;
    EXPECT_EQ(shipped.question("a4_cloud_model"), nullptr);
    const Question* cloud = shipped.question("pre_cloud_model");
    ASSERT_NE(cloud, nullptr);
    ASSERT_EQ(cloud->replaces.size(), 1U);
    const ReplacedQuestion& old = cloud->replaces.front();
    EXPECT_EQ(old.question, "a4_cloud_model");
    EXPECT_EQ(old.section, "a4");
    EXPECT_TRUE(old.wins);
    EXPECT_EQ(old.options.at("public-saas"), "saas");
}

// Baseline 1.3.0: part A's yes/no "outside the EEA?" is read from the pre-scan's three
// choices; the image keeps the rule that says how, and which choice an old "no" is.
TEST(BaselineLoader, KeepsTheRuleThatGivesAReplacedYesNoAnswer) {
    auto loaded = Baseline::load(embeddedImage());
    ASSERT_TRUE(loaded) << loaded.error().detail;
    const Question* transfer = (*loaded)->question("pre_transfer");
    ASSERT_NE(transfer, nullptr);
    ASSERT_EQ(transfer->replaces.size(), 1U);
    const ReplacedQuestion& old = transfer->replaces.front();
    EXPECT_EQ(old.question, "a8_outside_eea");
    ASSERT_TRUE(old.as.has_value());
    const nlohmann::json outside = "stored-outside";
    const nlohmann::json inside = "eea-only";
    EXPECT_TRUE(old.as->evaluate([&](std::string_view) { return &outside; }));
    EXPECT_FALSE(old.as->evaluate([&](std::string_view) { return &inside; }));
    EXPECT_EQ(old.options.at("false"), "eea-only");
    EXPECT_EQ(old.options.count("true"), 0U);
    EXPECT_FALSE(old.wins);
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

// References in two languages (issue 15): the shipped image holds the English form of a
// reference where it differs; an image of layout 2 made before that table existed still
// loads, hashes as it did, and reads each reference in both languages.
TEST(BaselineLoader, ReadsEnglishReferencesAndLoadsAnImageWithoutThem) {
    const auto shipped = Baseline::load(embeddedImage());
    ASSERT_TRUE(shipped);
    const Question* proposal = (*shipped)->question("a1_proposal");
    ASSERT_NE(proposal, nullptr);
    EXPECT_EQ(proposal->ref.nl, "AVG art. 35 lid 7 sub a; Model DPIA Rijksdienst §1");
    EXPECT_EQ(proposal->ref.en, "GDPR Art. 35(7)(a); Dutch government Model DPIA §1");

    const auto withoutTable = altered(shippedImage(), [](sqlite3* db) {
        ASSERT_EQ(sqlite3_exec(db, "DROP TABLE ref_en", nullptr, nullptr, nullptr), SQLITE_OK);
        const std::string hash = contentHash(db, 2);
        ASSERT_EQ(hash.size(), 64u);
        const std::string sql = "UPDATE meta SET value = '" + hash + "' WHERE key = 'hash'";
        ASSERT_EQ(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr), SQLITE_OK);
    });
    const auto older = Baseline::load(withoutTable);
    ASSERT_TRUE(older) << older.error().detail;
    const Question* same = (*older)->question("a1_proposal");
    ASSERT_NE(same, nullptr);
    EXPECT_EQ(same->ref.nl, proposal->ref.nl);
    EXPECT_EQ(same->ref.en, proposal->ref.nl);
}

} // namespace
} // namespace dpia::baseline

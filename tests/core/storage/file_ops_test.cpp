// files::replaceFile, the write of outputs that may replace an earlier one (the PDF
// report): owner-only from the first byte, the old file untouched until the rename, and
// never over a folder, a device, a link or a DPIA document.
#include "core/storage/file_ops.h"
#include "tests/core/storage/storage_support.h"

#include <filesystem>
#include <gtest/gtest.h>
#include <unistd.h>

namespace dpia::storage {
namespace {

using testing::TempDir;

TEST(ReplaceFile, WritesANewFileOwnerOnlyAndReplacesAnEarlierOne) {
    TempDir dir;
    const std::string path = dir.file("rapport.pdf");
    ASSERT_TRUE(files::replaceFile(path, "eerste").ok());
    EXPECT_EQ(testing::readAll(path), "eerste");
    EXPECT_EQ(testing::mode(path), 0600U);
    ASSERT_TRUE(files::replaceFile(path, "tweede").ok());
    EXPECT_EQ(testing::readAll(path), "tweede");
    EXPECT_EQ(dir.names(), std::set<std::string>{"rapport.pdf"}) << "no temp file is left";
}

TEST(ReplaceFile, RefusesFoldersDevicesLinksAndDocumentsAndLeavesThemAsTheyWere) {
    TempDir dir;
    const std::string folder = dir.file("map");
    std::filesystem::create_directory(folder);
    const std::string target = dir.file("doel.pdf");
    testing::writeAll(target, "oud rapport");
    const std::string link = dir.file("koppeling.pdf");
    ASSERT_EQ(::symlink(target.c_str(), link.c_str()), 0);
    const std::string document = dir.file("mijn.pdf"); // a DPIA document, whatever its name
    testing::newDocument(document, "Niet overschrijven");
    const std::string documentBytes = testing::readAll(document);

    for (const std::string& path : {folder, link, std::string("/dev/null")}) {
        SCOPED_TRACE(path);
        const Status refused = files::replaceFile(path, "nieuw");
        ASSERT_FALSE(refused.ok());
        EXPECT_EQ(refused.error().code, ErrorCode::invalidValue);
        EXPECT_NE(refused.error().message.en.find("not a regular file"), std::string::npos);
    }
    const Status overDocument = files::replaceFile(document, "nieuw");
    ASSERT_FALSE(overDocument.ok());
    EXPECT_NE(overDocument.error().message.en.find("is a DPIA document"), std::string::npos);

    EXPECT_TRUE(std::filesystem::is_directory(folder));
    EXPECT_EQ(testing::readAll(target), "oud rapport");
    EXPECT_EQ(testing::readAll(document), documentBytes);
    EXPECT_EQ(dir.names(), (std::set<std::string>{"map", "doel.pdf", "koppeling.pdf", "mijn.pdf"}));
}

TEST(ReplaceFile, AFolderThatDoesNotExistIsAClearErrorAndLeavesNothing) {
    TempDir dir;
    const Status failed = files::replaceFile(dir.file("geen-map/rapport.pdf"), "x");
    ASSERT_FALSE(failed.ok());
    EXPECT_NE(failed.error().code, ErrorCode::internal);
    EXPECT_TRUE(dir.names().empty());
}

} // namespace
} // namespace dpia::storage

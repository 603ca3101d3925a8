// files::replaceFile and writeOutputAsMade, the write of outputs that may replace an earlier one
// (the PDF report): owner-only from the first byte, the old file untouched until the rename, and
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

namespace dpia::storage {
namespace {

// Issue 21, item 9: a killed import leaves `.NAME.XXXXXX.tmp` with private text; opening
// or making NAME for editing removes those, and nothing else.
// An output written as it is made (the PDF, page by page): the same file as when written
// whole; when the making fails half-way, the earlier file stays as it was and nothing of
// the half-made one is left; a refused target is refused before anything is made.
TEST(WriteOutputAsMade, KeepsTheEarlierFileWhenTheMakingFailsAndLeavesNoTemporary) {
    TempDir dir;
    const std::string path = dir.file("rapport.pdf");
    const auto inTwoParts = [](const files::OutputWriter& write) {
        write("eerste ", 7);
        write("deel", 4);
        return success();
    };
    ASSERT_TRUE(files::writeOutputAsMade(path, files::Existing::keep, inTwoParts).ok());
    EXPECT_EQ(testing::readAll(path), "eerste deel");
    EXPECT_EQ(testing::mode(path), 0600U);

    const Status failed = files::writeOutputAsMade(
        path, files::Existing::replace, [](const files::OutputWriter& write) -> Status {
            write("half", 4);
            return Error{ErrorCode::ioError, {"mislukt", "failed"}, "test maker failed"};
        });
    ASSERT_FALSE(failed.ok());
    EXPECT_EQ(failed.error().message.en, "failed") << "the maker's own reason";
    EXPECT_EQ(testing::readAll(path), "eerste deel");
    EXPECT_EQ(dir.names(), std::set<std::string>{"rapport.pdf"}) << "no temp file is left";

    bool made = false;
    const Status kept =
        files::writeOutputAsMade(path, files::Existing::keep, [&made](const files::OutputWriter&) {
            made = true;
            return success();
        });
    EXPECT_EQ(kept.error().code, ErrorCode::alreadyExists);
    EXPECT_FALSE(made) << "refused before the output is made";
    EXPECT_EQ(testing::readAll(path), "eerste deel");
}

TEST(StaleTemporaries, AreRemovedUnderTheLockAndOnlyOurOwnOldOnes) {
    TempDir dir;
    const std::string path = dir.file("doc.dpia");
    testing::newDocument(path).reset();
    const auto make = [&](const std::string& name, bool old) {
        testing::writeAll(dir.file(name), "privé");
        if (old) {
            std::filesystem::last_write_time(dir.file(name),
                                             std::filesystem::file_time_type::clock::now() -
                                                 std::chrono::hours(1));
        }
    };
    make(".doc.dpia.Ab12Cd.tmp", true);
    make(".doc.dpia.Ab12Cd.tmp-journal", true);
    make(".doc.dpia.Xy34Zw.tmp", false);  // made after this process started: maybe live
    make(".doc.dpia.notes.txt", true);    // not our pattern
    make(".ander.dpia.Ab12Cd.tmp", true); // another document's
    make(".doc.dpia.toolong.tmp", true);  // not six characters
    const auto kept =
        std::set<std::string>{"doc.dpia", ".doc.dpia.Xy34Zw.tmp", ".doc.dpia.notes.txt",
                              ".ander.dpia.Ab12Cd.tmp", ".doc.dpia.toolong.tmp"};
    // Reading takes no lock and removes nothing.
    ASSERT_TRUE(AssessmentFile::open(path, OpenMode::readOnly).ok());
    EXPECT_EQ(dir.names().size(), kept.size() + 2);
    {
        auto file = AssessmentFile::open(path, OpenMode::readWrite);
        ASSERT_TRUE(file.ok());
    }
    EXPECT_EQ(dir.names(), kept);

    // Making a new document there cleans up its name's leftovers too.
    make(".nieuw.dpia.Qq11Rr.tmp", true);
    testing::newDocument(dir.file("nieuw.dpia")).reset();
    EXPECT_FALSE(dir.names().contains(".nieuw.dpia.Qq11Rr.tmp"));
}

} // namespace
} // namespace dpia::storage

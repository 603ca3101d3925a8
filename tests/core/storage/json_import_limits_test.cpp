// The import's input limits hold end to end — through AssessmentService::importFile, as
// `dpia-cli import` and the app call it — not only in the parser (json_test.cpp): 16 MiB
// per file, 1 MiB per string, nesting 64. And a failed import, for whatever reason (a
// refused document, an existing target, a full disk at any write), creates nothing and
// leaves an existing target byte-identical.
#include "core/storage/assessment_json.h"
#include "core/storage/assessment_service.h"
#include "core/storage/json_strict.h"
#include "tests/core/storage/storage_support.h"
#include "tests/edit_shorthands.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

namespace dpia::storage {
namespace {

using nlohmann::json;
using testing::TempDir;

/// An export of a document on the test baseline: imports as it is.
json validExport(const TempDir& dir) {
    auto file = testing::newDocument(dir.file("bron.dpia"), "Bron");
    EXPECT_TRUE(setAnswer(*file, "q_text", "Casussen in Teams").ok());
    return toJson(file->assessment());
}

/// Imports `document` (as text) into a new file; the error, or nullopt on success.
std::optional<Error> importText(const TempDir& dir, const std::string& text,
                                const std::string& target = "doel.dpia") {
    testing::writeAll(dir.file("in.json"), text);
    auto imported = AssessmentService::importFile(dir.file("in.json"), dir.file(target));
    if (imported) {
        return std::nullopt;
    }
    return imported.error();
}

TEST(JsonImportLimits, AFileOverSixteenMiBIsRefusedBeforeItIsParsed) {
    TempDir dir;
    // Not even JSON: the size is checked first, so the parser never sees it.
    const std::string tooLarge(kMaxJsonBytes + 1, '[');
    const auto error = importText(dir, tooLarge);
    ASSERT_TRUE(error);
    EXPECT_EQ(error->code, ErrorCode::invalidJson);
    EXPECT_NE(error->message.en.find("larger than 16 MiB"), std::string::npos) << error->message.en;
    EXPECT_FALSE(dir.names().contains("doel.dpia"));

    // At exactly 16 MiB the size passes and the content is judged.
    const auto atLimit = importText(dir, std::string(kMaxJsonBytes, ' '));
    ASSERT_TRUE(atLimit);
    EXPECT_EQ(atLimit->message.en.find("larger than"), std::string::npos) << atLimit->message.en;
}

TEST(JsonImportLimits, AStringOverOneMiBIsRefusedAndOneOfExactlyOneMiBImports) {
    TempDir dir;
    json document = validExport(dir);
    document["metadata"]["title"] = std::string(1024 * 1024 + 1, 'x');
    const auto error = importText(dir, document.dump());
    ASSERT_TRUE(error);
    EXPECT_EQ(error->code, ErrorCode::invalidJson);
    EXPECT_NE(error->message.en.find("longer than 1 MiB"), std::string::npos) << error->message.en;
    EXPECT_NE(error->message.en.find("title"), std::string::npos) << error->message.en;

    document["metadata"]["title"] = std::string(1024 * 1024, 'x');
    const auto accepted = importText(dir, document.dump());
    EXPECT_FALSE(accepted) << accepted->message.en;
    auto reopened = AssessmentFile::open(dir.file("doel.dpia"), OpenMode::readOnly);
    ASSERT_TRUE(reopened.ok());
    EXPECT_EQ((*reopened)->assessment().metadata.title.size(), 1024u * 1024u);
}

TEST(JsonImportLimits, NestingDeeperThanSixtyFourLevelsIsRefusedWhileParsing) {
    TempDir dir;
    json document = validExport(dir);
    // The document is level 1, "answers" level 2, the answer value level 3: 63 more arrays
    // inside it make 66 levels.
    json deep = 1;
    for (int i = 0; i < 63; ++i) {
        deep = json::array({deep});
    }
    document["answers"]["q_text"] = deep;
    const auto error = importText(dir, document.dump());
    ASSERT_TRUE(error);
    EXPECT_EQ(error->code, ErrorCode::invalidJson);
    EXPECT_NE(error->message.en.find("nested deeper than 64"), std::string::npos)
        << error->message.en;

    // Within the parser's limit, an answer still has its own (32 levels): refused too,
    // naming the question.
    deep = 1;
    for (int i = 0; i < 40; ++i) {
        deep = json::array({deep});
    }
    document["answers"]["q_text"] = deep;
    const auto answerError = importText(dir, document.dump());
    ASSERT_TRUE(answerError);
    EXPECT_EQ(answerError->message.en.find("nested deeper than 64"), std::string::npos);
    EXPECT_NE(answerError->message.en.find("q_text"), std::string::npos) << answerError->message.en;
    EXPECT_FALSE(dir.names().contains("doel.dpia"));
}

TEST(JsonImportLimits, ANumberBeyondDoubleIsRefusedNotFatal) {
    // Regression (fuzz_json_import): the parser throws out_of_range for 1e999, which used
    // to escape parseStrictJson and end the program.
    for (const char* text : {"[1e999]", "{\"a\": -1e400}", "123e45678"}) {
        auto parsed = parseStrictJson(text, JsonLimits{});
        ASSERT_FALSE(parsed.ok()) << text;
        EXPECT_EQ(parsed.error().code, ErrorCode::invalidJson);
        EXPECT_NE(parsed.error().message.en.find("number is too large"), std::string::npos);
    }
    TempDir dir;
    json document = validExport(dir);
    document["answers"]["q_number"] = 1;
    std::string text = document.dump();
    text.replace(text.find("\"q_number\":1"), 12, "\"q_number\":1e999");
    const auto error = importText(dir, text);
    ASSERT_TRUE(error);
    EXPECT_EQ(error->code, ErrorCode::invalidJson);
    EXPECT_FALSE(dir.names().contains("doel.dpia"));
}

TEST(JsonImportFailure, AnExistingTargetStaysByteIdentical) {
    TempDir dir;
    const json document = validExport(dir);
    testing::newDocument(dir.file("bestaand.dpia"), "Mijn werk").reset();
    const std::string before = testing::fileHash(dir.file("bestaand.dpia"));
    auto names = dir.names();
    names.insert("in.json"); // the import's input, written by importText

    const auto valid = importText(dir, document.dump(), "bestaand.dpia");
    ASSERT_TRUE(valid);
    EXPECT_EQ(valid->code, ErrorCode::alreadyExists);
    const auto broken = importText(dir, "{\"format\": ", "bestaand.dpia");
    ASSERT_TRUE(broken);
    EXPECT_EQ(testing::fileHash(dir.file("bestaand.dpia")), before);
    EXPECT_EQ(dir.names(), names);
}

TEST(JsonImportFailure, AFullDiskAtAnyWriteOfTheImportCreatesNothing) {
    testing::installFaultVfs();
    TempDir dir;
    testing::writeAll(dir.file("in.json"), validExport(dir).dump());
    const auto names = dir.names();
    // Fail the n-th write of the import, for every n until one import gets through.
    int failures = 0;
    for (int okWrites = 0; okWrites < 400; ++okWrites) {
        testing::armFaultAfter(okWrites, SQLITE_FULL);
        auto imported = AssessmentService::importFile(dir.file("in.json"), dir.file("doel.dpia"));
        testing::armFault(0);
        if (imported) {
            break;
        }
        ++failures;
        SCOPED_TRACE("failing write " + std::to_string(okWrites + 1));
        EXPECT_EQ(imported.error().code, ErrorCode::diskFull) << imported.error().detail;
        ASSERT_EQ(dir.names(), names); // no document, temp file, journal or lock file
    }
    EXPECT_GT(failures, 3);
    EXPECT_TRUE(dir.names().contains("doel.dpia")); // and then it did get through
}

} // namespace
} // namespace dpia::storage

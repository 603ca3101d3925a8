// The JSON interchange format: lossless round trips over random assessments, strict
// rejection of anything else, and imports that leave nothing behind when they fail.
#include "core/storage/assessment_json.h"
#include "core/storage/base64.h"
#include "core/storage/change_log.h"
#include "core/storage/json_strict.h"
#include "tests/core/storage/random_assessment.h"
#include "tests/core/storage/storage_support.h"

#include <gtest/gtest.h>

namespace dpia::storage {
namespace {

using nlohmann::json;
using testing::TempDir;

TEST(JsonInterchange, ExportImportExportIsIdenticalForRandomAssessments) {
    TempDir dir;
    std::mt19937 random(20261129);
    for (int i = 0; i < 200; ++i) {
        SCOPED_TRACE("iteration " + std::to_string(i));
        const Assessment original = testing::randomAssessment(random);
        const std::string first = dir.file("a" + std::to_string(i) + ".dpia");
        auto created = AssessmentFile::createFrom(first, original, std::nullopt);
        ASSERT_TRUE(created.ok()) << created.error().detail << " " << created.error().message.en;
        EXPECT_EQ((*created)->assessment(), original);

        const std::string exported = exportJson((*created)->assessment());
        EXPECT_EQ(exported, exportJson(original));
        const std::string jsonPath = dir.file("a" + std::to_string(i) + ".json");
        ASSERT_TRUE(exportToFile((*created)->assessment(), jsonPath, files::Existing::keep).ok());
        EXPECT_EQ(testing::mode(jsonPath), 0600u);

        const std::string second = dir.file("b" + std::to_string(i) + ".dpia");
        {
            auto imported = importFromFile(jsonPath, second);
            ASSERT_TRUE(imported.ok())
                << imported.error().detail << " " << imported.error().message.en;
            EXPECT_EQ(exportJson((*imported)->assessment()), exported);
        }

        // And from disk again, through a fresh open.
        auto reopened = AssessmentFile::open(second, OpenMode::readOnly);
        ASSERT_TRUE(reopened.ok());
        EXPECT_EQ((*reopened)->assessment(), original);
        EXPECT_EQ(exportJson((*reopened)->assessment()), exported);
    }
}

TEST(JsonInterchange, TheFormatCarriesItsNameVersionAndEveryPart) {
    std::mt19937 random(7);
    const json document = toJson(testing::randomAssessment(random));
    EXPECT_EQ(document.at("format"), "dpia-assessment");
    EXPECT_EQ(document.at("format_version"), kJsonFormatVersion);
    for (const char* key :
         {"metadata", "baseline", "answers", "notes", "safeguards", "risk_overrides",
          "custom_risks", "measures", "signoffs", "change_log"}) {
        EXPECT_TRUE(document.contains(key)) << key;
    }
    EXPECT_TRUE(document.at("baseline").at("image").is_string());
}

/// A valid export to break in one place at a time.
json validDocument() {
    std::mt19937 random(11);
    Assessment a = testing::randomAssessment(random);
    a.measures.clear();
    return toJson(a);
}

Error rejected(const std::string& text, ErrorCode code = ErrorCode::invalidJson) {
    auto parsed = assessmentFromJson(text, JsonSource::document);
    EXPECT_FALSE(parsed.ok());
    if (parsed.ok()) {
        return {};
    }
    EXPECT_EQ(parsed.error().code, code) << parsed.error().message.en;
    EXPECT_NE(parsed.error().message.nl.find("niets aangemaakt"), std::string::npos)
        << parsed.error().message.nl;
    return parsed.error();
}

TEST(JsonInterchange, AnythingElseIsRejectedWithAClearMessage) {
    EXPECT_NE(rejected("{\"format\": ").message.en.find("not valid JSON (at byte"),
              std::string::npos);
    rejected("[]");
    rejected("\"dpia\"");

    json d = validDocument();
    d["format"] = "other-format";
    EXPECT_NE(rejected(d.dump()).message.en.find("format: expected"), std::string::npos);

    d = validDocument();
    d["format_version"] = kJsonFormatVersion + 1;
    EXPECT_NE(rejected(d.dump(), ErrorCode::newerVersion).message.nl.find("nieuwere versie"),
              std::string::npos);

    d = validDocument();
    d["metadata"]["titel"] = "typo";
    EXPECT_NE(rejected(d.dump()).message.en.find("metadata: unknown key \"titel\""),
              std::string::npos);

    d = validDocument();
    d["metadata"]["version"] = "3";
    EXPECT_NE(rejected(d.dump()).message.en.find("metadata.version: expected a whole number"),
              std::string::npos);

    d = validDocument();
    d["metadata"]["version"] = 2.5;
    rejected(d.dump());

    d = validDocument();
    d["metadata"].erase("title");
    EXPECT_NE(rejected(d.dump()).message.en.find("\"title\" is missing"), std::string::npos);

    d = validDocument();
    d["baseline"]["image"] = "not base64!";
    EXPECT_NE(rejected(d.dump()).message.en.find("baseline.image"), std::string::npos);

    d = validDocument();
    d["risk_overrides"]["r-x"] = {{"likelihood", 2}, {"impact", 2}, {"justification", " "}};
    EXPECT_NE(rejected(d.dump()).message.en.find("justification"), std::string::npos);

    d = validDocument();
    d["measures"] = json::array({{{"id", "m-1"},
                                  {"title", ""},
                                  {"risks", {1}},
                                  {"owner", ""},
                                  {"due", ""},
                                  {"status", "open"}}});
    rejected(d.dump());

    d = validDocument();
    d["signoffs"] = json::array({{{"id", "so-1"},
                                  {"role", "mayor"},
                                  {"name", ""},
                                  {"date", ""},
                                  {"text", ""},
                                  {"outcome", ""}}});
    EXPECT_NE(rejected(d.dump()).message.en.find("unknown value \"mayor\""), std::string::npos);

    d = validDocument();
    d["answers"]["q_null"] = nullptr;
    rejected(d.dump());

    d = validDocument();
    d["custom_risks"] = json::array(
        {{{"id", "cr-1"}, {"title", ""}, {"description", ""}, {"likelihood", 1}, {"impact", 1}},
         {{"id", "cr-1"}, {"title", ""}, {"description", ""}, {"likelihood", 1}, {"impact", 1}}});
    EXPECT_NE(rejected(d.dump()).message.en.find("occurs twice"), std::string::npos);
}

TEST(JsonInterchange, AVersionOneExportIsReadWithItsSentencesParsedAsTheMigrationDoes) {
    json d = validDocument();
    d["format_version"] = 1;
    const std::vector<std::string> sentences = {
        "created",      "answer q1",  "safeguard sg-x planned", "measure m-2 removed",
        "status final", "revision 2", "schema 1 -> 2",          "something else"};
    d["change_log"] = json::array();
    for (const std::string& what : sentences) {
        d["change_log"].push_back(
            {{"when", "2026-11-02T09:00:00Z"}, {"user", "fterpstra"}, {"what", what}});
    }
    auto read = assessmentFromJson(d.dump(), JsonSource::document);
    ASSERT_TRUE(read.ok()) << read.error().message.en;
    const auto& log = read->changeLog;
    ASSERT_EQ(log.size(), sentences.size());
    for (std::size_t i = 0; i < log.size(); ++i) {
        EXPECT_EQ(log[i], [&] {
            ChangeLogEntry expected = parseChangeText(sentences[i]);
            expected.when = "2026-11-02T09:00:00Z";
            expected.user = "fterpstra";
            return expected;
        }());
    }
    EXPECT_EQ(log[2].kind, ChangeKind::safeguard);
    EXPECT_EQ(log[2].target, "sg-x");
    EXPECT_EQ(log[2].action, ChangeAction::set);
    EXPECT_EQ(log[2].value, "planned");
    EXPECT_EQ(log[3].kind, ChangeKind::measure);
    EXPECT_EQ(log[3].action, ChangeAction::removed);
    EXPECT_EQ(log[7].kind, ChangeKind::other);
    EXPECT_EQ(log[7].value, "something else");

    // Exported again it is version 2, and that round-trips byte for byte.
    const std::string exported = exportJson(*read);
    EXPECT_EQ(json::parse(exported).at("format_version"), 2);
    EXPECT_EQ(json::parse(exported).at("change_log").at(2), json({{"when", "2026-11-02T09:00:00Z"},
                                                                  {"user", "fterpstra"},
                                                                  {"kind", "safeguard"},
                                                                  {"target", "sg-x"},
                                                                  {"action", "set"},
                                                                  {"value", "planned"},
                                                                  {"edits", 1}}));
    auto again = assessmentFromJson(exported, JsonSource::document);
    ASSERT_TRUE(again.ok()) << again.error().message.en;
    EXPECT_EQ(exportJson(*again), exported);

    // Each version has its own form of a row.
    json mixed = d;
    mixed["change_log"][0] = json::parse(exported).at("change_log").at(0);
    EXPECT_NE(rejected(mixed.dump()).message.en.find("change_log[0]: unknown key"),
              std::string::npos);
    json withWhat = json::parse(exported);
    withWhat["change_log"][0]["what"] = "created";
    EXPECT_NE(rejected(withWhat.dump()).message.en.find("unknown key \"what\""), std::string::npos);
}

TEST(JsonInterchange, AStructuredRowMustBeOneTheProgramWrites) {
    const json good = {{"when", "2026-11-02T09:00:00Z"},
                       {"user", "u"},
                       {"kind", "answer"},
                       {"target", "q1"},
                       {"action", "set"},
                       {"value", ""},
                       {"edits", 2}};
    json d = validDocument();
    d["change_log"] = json::array({good});
    ASSERT_TRUE(assessmentFromJson(d.dump(), JsonSource::document).ok());

    d["change_log"][0]["kind"] = "answers";
    EXPECT_NE(rejected(d.dump()).message.en.find("change_log[0].kind: unknown value"),
              std::string::npos);
    d["change_log"][0] = good;
    d["change_log"][0]["action"] = "deleted";
    EXPECT_NE(rejected(d.dump()).message.en.find("change_log[0].action: unknown value"),
              std::string::npos);
    d["change_log"][0] = good;
    d["change_log"][0]["value"] = "Geheime zorgindicatie"; // content has no place in the log
    EXPECT_NE(rejected(d.dump()).message.en.find("do not fit together"), std::string::npos);
    d["change_log"][0] = good;
    d["change_log"][0]["edits"] = 0;
    rejected(d.dump());
    d["change_log"][0] = good;
    d["change_log"][0].erase("edits");
    EXPECT_NE(rejected(d.dump()).message.en.find("\"edits\" is missing"), std::string::npos);
}

TEST(JsonInterchange, SizeDepthAndDuplicateKeyLimitsHoldWhileParsing) {
    JsonLimits limits;
    const auto error = [&](const std::string& text) {
        auto parsed = parseStrictJson(text, limits);
        EXPECT_FALSE(parsed.ok());
        return parsed.ok() ? std::string() : parsed.error().message.en;
    };
    std::string deep(65, '[');
    deep += std::string(65, ']');
    EXPECT_NE(error(deep).find("nested deeper than 64"), std::string::npos);
    std::string fine(64, '[');
    fine += std::string(64, ']');
    EXPECT_TRUE(parseStrictJson(fine, limits).ok());

    const std::string longText = "{\"a\": \"" + std::string(1024 * 1024 + 1, 'x') + "\"}";
    EXPECT_NE(error(longText).find("longer than 1 MiB"), std::string::npos);
    limits.longStrings = {{"a"}};
    EXPECT_TRUE(parseStrictJson(longText, limits).ok());

    EXPECT_NE(error("{\"a\": 1, \"a\": 2}").find("occurs twice"), std::string::npos);
    EXPECT_NE(error("{\"a\": \"\xff\"}").find("not valid JSON"), std::string::npos);

    limits.maxBytes = 10;
    EXPECT_NE(error("[1, 2, 3, 4, 5]").find("larger than"), std::string::npos);
}

TEST(JsonInterchange, AFailedImportLeavesNothingBehindAndNothingIsReplaced) {
    TempDir dir;
    json broken = validDocument();
    broken["custom_risks"] = json::array(
        {{{"id", "cr-1"}, {"title", ""}, {"description", ""}, {"likelihood", 9}, {"impact", 1}}});
    testing::writeAll(dir.file("kapot.json"), broken.dump());
    const auto names = dir.names();
    auto failed = importFromFile(dir.file("kapot.json"), dir.file("nieuw.dpia"));
    ASSERT_FALSE(failed.ok());
    EXPECT_EQ(failed.error().code, ErrorCode::invalidJson);
    EXPECT_EQ(dir.names(), names);

    testing::writeAll(dir.file("goed.json"), validDocument().dump());
    testing::writeAll(dir.file("bestaat.dpia"), "mijn werk");
    auto refused = importFromFile(dir.file("goed.json"), dir.file("bestaat.dpia"));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::alreadyExists);
    EXPECT_EQ(testing::readAll(dir.file("bestaat.dpia")), "mijn werk");

    auto missing = importFromFile(dir.file("weg.json"), dir.file("x.dpia"));
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, ErrorCode::fileNotFound);

    std::mt19937 random(3);
    const Status exported = exportToFile(testing::randomAssessment(random), dir.file("goed.json"),
                                         files::Existing::keep);
    ASSERT_FALSE(exported.ok());
    EXPECT_EQ(exported.error().code, ErrorCode::alreadyExists);
}

TEST(Base64, RoundTripsAndRejectsNonCanonicalText) {
    for (const std::string& text :
         {std::string(), std::string("f"), std::string("fo"), std::string("foo"),
          std::string("foob"), std::string("\x00\xff\x10", 3)}) {
        const std::vector<std::uint8_t> bytes(text.begin(), text.end());
        const auto decoded = base64::decode(base64::encode(bytes));
        ASSERT_TRUE(decoded.has_value());
        EXPECT_EQ(*decoded, bytes);
    }
    EXPECT_EQ(base64::encode(std::vector<std::uint8_t>{'f', 'o', 'o', 'b'}), "Zm9vYg==");
    for (const char* bad : {"Zm9vYg=", "Zm9vYh==", "Zm=vYg==", "Zm9v Yg==", "Zm9vYg==Zg=="}) {
        EXPECT_FALSE(base64::decode(bad).has_value()) << bad;
    }
}

TEST(Base64, RejectsTextThatNettlesOwnDecoderAccepts) {
    // nettle skips whitespace and takes a third '=' after one data character; all of these
    // are whole groups of four, so only the shape check in decode() refuses them.
    for (const char* bad : {"Zm9v    ", "  Zm9v  ", "Zm9v\n\n\n\n", "Zm9v\r\nYg==\r\n",
                            "A===", "====", "Zm9vYg\t="}) {
        EXPECT_FALSE(base64::decode(bad).has_value()) << bad;
    }
    EXPECT_EQ(base64::decode("Zm9v"), (std::vector<std::uint8_t>{'f', 'o', 'o'}));
    EXPECT_EQ(base64::decode("Zm8="), (std::vector<std::uint8_t>{'f', 'o'}));
    EXPECT_EQ(base64::encode(std::vector<std::uint8_t>{0xfb, 0xff}), "+/8=");
    EXPECT_EQ(base64::decode("+/8="), (std::vector<std::uint8_t>{0xfb, 0xff}));
}

} // namespace
} // namespace dpia::storage

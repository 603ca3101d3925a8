// AssessmentService: edits checked against the baseline embedded in the document, the
// sample loading path, and imports whose baseline must be what it claims to be.
#include "core/storage/assessment_json.h"
#include "core/storage/assessment_service.h"
#include "core/storage/change_log.h"
#include "tests/core/storage/storage_support.h"
#include "tests/edit_shorthands.h"

#include <gtest/gtest.h>

namespace dpia::storage {
namespace {

using nlohmann::json;
using testing::fileHash;
using testing::TempDir;

Status asStatus(const Result<std::string>& result) {
    return result.ok() ? success() : Status(result.error());
}

std::unique_ptr<AssessmentService> newService(const std::string& path) {
    Metadata metadata;
    metadata.title = "T";
    auto service = AssessmentService::create(path, testing::minimalBaseline(), metadata);
    EXPECT_TRUE(service.ok()) << (service.ok() ? "" : service.error().detail);
    return service ? std::move(service).value() : nullptr;
}

TEST(AssessmentService, EditsAreCheckedAgainstTheEmbeddedBaseline) {
    TempDir dir;
    const std::string path = dir.file("dienst.dpia");
    auto service = newService(path);
    ASSERT_TRUE(service);
    const std::string before = fileHash(path);
    const struct {
        Status status;
        ErrorCode code;
    } refused[] = {
        {setAnswer(*service, "q_unknown", true), ErrorCode::unknownId},
        {setAnswer(*service, "q_yes", "ja"), ErrorCode::invalidValue},
        {setAnswer(*service, "q_choice", "c"), ErrorCode::invalidValue},
        {setAnswer(*service, "q_table", json::parse(R"([{"kolom": 1}])")), ErrorCode::invalidValue},
        {setNote(*service, "q_unknown", "x"), ErrorCode::unknownId},
        {setSafeguard(*service, "sg-unknown", SafeguardStatus::planned, ""), ErrorCode::unknownId},
        {setRiskOverride(*service, "r-unknown", {1, 1, "x"}), ErrorCode::unknownId},
        {asStatus(addMeasure(*service, {"", "x", {"r-unknown"}, "", "", MeasureStatus::open})),
         ErrorCode::unknownId},
        {asStatus(addCustomRisk(*service, {"r-leak", "x", "", 1, 1})), ErrorCode::invalidValue},
    };
    for (const auto& [status, code] : refused) {
        ASSERT_FALSE(status.ok());
        EXPECT_EQ(status.error().code, code) << status.error().message.en;
    }
    EXPECT_EQ(fileHash(path), before);

    EXPECT_TRUE(setAnswer(*service, "q_choice", "b").ok());
    EXPECT_TRUE(setAnswer(*service, "q_choice", nullptr).ok());
    EXPECT_TRUE(setSafeguard(*service, "sg-audit", SafeguardStatus::notApplicable, "n.v.t.").ok());
    const auto risk = addCustomRisk(*service, {"", "Eigen", "", 2, 2});
    ASSERT_TRUE(risk.ok());
    EXPECT_TRUE(
        addMeasure(*service, {"", "x", {"r-leak", *risk}, "", "", MeasureStatus::open}).ok());
}

TEST(AssessmentService, ReopeningLoadsTheBaselineFromTheFile) {
    TempDir dir;
    const std::string path = dir.file("heropen.dpia");
    newService(path).reset();
    auto service = AssessmentService::open(path, OpenMode::readWrite);
    ASSERT_TRUE(service.ok()) << service.error().detail;
    EXPECT_EQ((*service)->baseline().info().id, "test-minimal");
    EXPECT_TRUE(setAnswer(**service, "q_number", 5).ok());
    EXPECT_EQ(setAnswer(**service, "q_number", -5).error().code, ErrorCode::invalidValue);
}

TEST(AssessmentService, TheSampleIsLoadedAndCheckedAgainstTheBaseline) {
    TempDir dir;
    const std::string sample = testing::readAll(testing::testDataDir() + "/sample-min.json");
    ASSERT_FALSE(sample.empty());
    auto service = AssessmentService::createFromSample(
        dir.file("voorbeeld.dpia"), testing::minimalBaseline(), sample, std::nullopt);
    ASSERT_TRUE(service.ok()) << service.error().message.en;
    const Assessment& a = (*service)->file().assessment();
    EXPECT_EQ(a.metadata.title, "Voorbeeld-DPIA (testbaseline)");
    EXPECT_EQ(a.answers.size(), 7u);
    EXPECT_EQ(a.measures.at(0).risks, (std::vector<std::string>{"r-leak", "cr-1"}));
    EXPECT_EQ(a.baseline.hash, testing::minimalBaseline()->info().hash);
    ASSERT_EQ(a.changeLog.size(), 1u);
    EXPECT_EQ(changeText(a.changeLog[0]), "created from sample");
    EXPECT_EQ(testing::mode(dir.file("voorbeeld.dpia")), 0600u);

    auto titled = AssessmentService::createFromSample(
        dir.file("titel.dpia"), testing::minimalBaseline(), sample, std::string("Eigen titel"));
    ASSERT_TRUE(titled.ok());
    EXPECT_EQ((*titled)->file().assessment().metadata.title, "Eigen titel");

    // A sample whose answers do not fit the baseline is refused, and nothing is made.
    json wrong = json::parse(sample);
    wrong["answers"]["q_choice"] = "z";
    auto refused = AssessmentService::createFromSample(
        dir.file("fout.dpia"), testing::minimalBaseline(), wrong.dump(), std::nullopt);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::invalidValue);
    EXPECT_FALSE(dir.names().contains("fout.dpia"));

    auto empty = AssessmentService::createFromSample(dir.file("leeg.dpia"),
                                                     testing::minimalBaseline(), "", std::nullopt);
    ASSERT_FALSE(empty.ok());
    EXPECT_EQ(empty.error().code, ErrorCode::invalidJson);
}

TEST(AssessmentService, ANewRevisionIsAnEditableDraftCopyAndLeavesTheFinalOneAlone) {
    TempDir dir;
    const std::string path = dir.file("v1.dpia");
    auto service = newService(path);
    ASSERT_TRUE(service);
    ASSERT_TRUE(setAnswer(*service, "q_choice", "b").ok());
    ASSERT_TRUE(setSafeguard(*service, "sg-audit", SafeguardStatus::implemented, "log").ok());
    ASSERT_TRUE(addSignoff(*service, {"", SignoffRole::fg, "FG", "2026-11-01", "ok", ""}).ok());
    ASSERT_TRUE(setStatus(*service, DocumentStatus::final).ok());
    EXPECT_EQ(setAnswer(*service, "q_choice", "a").error().code, ErrorCode::finalDocument);
    const std::string before = fileHash(path);

    auto next = AssessmentService::createRevision(*service, dir.file("v2.dpia"));
    ASSERT_TRUE(next.ok()) << next.error().message.en;
    const Assessment& copy = (*next)->file().assessment();
    EXPECT_EQ(copy.status, DocumentStatus::draft);
    EXPECT_EQ(copy.metadata.version, 2);
    EXPECT_EQ(copy.answers.at("q_choice"), "b");
    EXPECT_EQ(copy.safeguards.at("sg-audit").evidence, "log");
    EXPECT_TRUE(copy.signoffs.empty()); // advice on version 1 is not advice on version 2
    EXPECT_EQ(changeText(copy.changeLog.back()), "revision 2");
    EXPECT_TRUE(setAnswer(**next, "q_choice", "a").ok());
    EXPECT_EQ(testing::mode(dir.file("v2.dpia")), 0600u);
    EXPECT_EQ(fileHash(path), before);

    // Never over an existing file.
    auto again = AssessmentService::createRevision(*service, dir.file("v2.dpia"));
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, ErrorCode::alreadyExists);
}

TEST(AssessmentService, AnImportMustCarryTheBaselineItNames) {
    TempDir dir;
    auto service = newService(dir.file("bron.dpia"));
    ASSERT_TRUE(setAnswer(*service, "q_yes", true).ok());
    json exported = toJson(service->file().assessment());
    testing::writeAll(dir.file("goed.json"), exported.dump());
    auto imported = AssessmentService::importFile(dir.file("goed.json"), dir.file("goed.dpia"));
    ASSERT_TRUE(imported.ok()) << imported.error().message.en;
    EXPECT_EQ(exportJson((*imported)->file().assessment()),
              exportJson(service->file().assessment()));

    json tampered = exported;
    tampered["baseline"]["hash"] = std::string(64, '0');
    testing::writeAll(dir.file("hash.json"), tampered.dump());
    auto wrongHash = AssessmentService::importFile(dir.file("hash.json"), dir.file("hash.dpia"));
    ASSERT_FALSE(wrongHash.ok());
    EXPECT_EQ(wrongHash.error().code, ErrorCode::invalidJson);

    tampered = exported;
    tampered["answers"]["q_unknown"] = 1;
    testing::writeAll(dir.file("vraag.json"), tampered.dump());
    auto unknown = AssessmentService::importFile(dir.file("vraag.json"), dir.file("vraag.dpia"));
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().code, ErrorCode::unknownId);
    EXPECT_FALSE(dir.names().contains("hash.dpia"));
    EXPECT_FALSE(dir.names().contains("vraag.dpia"));
}

} // namespace
} // namespace dpia::storage

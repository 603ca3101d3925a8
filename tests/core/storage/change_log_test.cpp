// The change log as structured data (change_log.h): the row each kind of edit writes, one
// row per list of edits with its count, and the sentence form of schema 2 and JSON v1,
// which the migration and the JSON reader parse with the same grammar.
#include "core/storage/assessment_service.h"
#include "core/storage/change_log.h"
#include "tests/core/storage/storage_support.h"

#include <gtest/gtest.h>

namespace dpia::storage {
namespace {

using testing::TempDir;

std::unique_ptr<AssessmentService> newService(const std::string& path) {
    Metadata metadata;
    metadata.title = "Wijzigingslog";
    auto service = AssessmentService::create(path, testing::minimalBaseline(), metadata);
    EXPECT_TRUE(service.ok()) << (service.ok() ? "" : service.error().detail);
    return service ? std::move(service).value() : nullptr;
}

/// kind, target, action and value of a row, as one readable line for comparisons.
std::string fields(const ChangeLogEntry& e) {
    return std::string(changeKindName(e.kind)) + "|" + e.target + "|" +
           std::string(changeActionName(e.action)) + "|" + e.value + "|" + std::to_string(e.edits);
}

struct Expected {
    Edit edit;
    std::string row; ///< fields() of the row it writes
    std::string text;
};

TEST(ChangeLog, EveryKindOfEditWritesItsOwnRowWithIdsAndStatusesOnly) {
    TempDir dir;
    const std::string path = dir.file("soorten.dpia");
    auto service = newService(path);
    ASSERT_TRUE(service);
    Metadata metadata;
    metadata.title = "Nieuwe titel";
    metadata.author = "Jan Jansen";
    const std::vector<Expected> cases = {
        {SetMetadata{metadata}, "metadata||set||1", "metadata"},
        // q_text is asked only after q_yes = true (an answer to a question not asked is refused).
        {SetAnswer{"q_yes", true}, "answer|q_yes|set||1", "answer q_yes"},
        {SetAnswer{"q_text", "Geheime zorgindicatie"}, "answer|q_text|set||1", "answer q_text"},
        {SetNote{"q_text", "Jan belt terug"}, "note|q_text|set||1", "note q_text"},
        {SetSafeguard{"sg-audit", SafeguardEntry{SafeguardStatus::notApplicable, "Schermafdruk"}},
         "safeguard|sg-audit|set|not-applicable|1", "safeguard sg-audit not-applicable"},
        {SetRiskOverride{"r-leak", RiskOverride{3, 4, "Na het incident"}}, "override|r-leak|set||1",
         "override r-leak"},
        {AddCustomRisk{CustomRisk{"", "Gasten", "Gasten zien te veel", 2, 3}},
         "custom-risk|cr-1|added||1", "custom-risk cr-1 added"},
        {UpdateCustomRisk{CustomRisk{"cr-1", "Gasten", "Gasten zien alles", 3, 3}},
         "custom-risk|cr-1|updated||1", "custom-risk cr-1 updated"},
        {AddMeasure{Measure{"", "Gasttoegang beperken", {"cr-1"}, "CISO", "", {}}},
         "measure|m-1|added||1", "measure m-1 added"},
        {UpdateMeasure{Measure{"m-1", "Gasttoegang beperken", {}, "CISO", "", {}}},
         "measure|m-1|updated||1", "measure m-1 updated"},
        {AddSignoff{Signoff{"", SignoffRole::fg, "A. de Vries", "", "Positief", "positief"}},
         "signoff|so-1|added||1", "signoff so-1 added"},
        {UpdateSignoff{Signoff{"so-1", SignoffRole::fg, "A. de Vries", "", "Negatief", "neg"}},
         "signoff|so-1|updated||1", "signoff so-1 updated"},
        {RemoveSignoff{"so-1"}, "signoff|so-1|removed||1", "signoff so-1 removed"},
        {RemoveMeasure{"m-1"}, "measure|m-1|removed||1", "measure m-1 removed"},
        {RemoveCustomRisk{"cr-1"}, "custom-risk|cr-1|removed||1", "custom-risk cr-1 removed"},
        {SetRiskOverride{"r-leak", std::nullopt}, "override|r-leak|cleared||1",
         "override r-leak cleared"},
        {SetSafeguard{"sg-audit", std::nullopt}, "safeguard|sg-audit|cleared||1",
         "safeguard sg-audit cleared"},
        {SetNote{"q_text", ""}, "note|q_text|cleared||1", "note q_text cleared"},
        {SetAnswer{"q_text", nullptr}, "answer|q_text|cleared||1", "answer q_text cleared"},
        {SetStatus{DocumentStatus::final}, "status||set|final|1", "status final"},
    };
    for (const Expected& c : cases) {
        SCOPED_TRACE(c.text);
        auto applied = service->apply(c.edit);
        ASSERT_TRUE(applied.ok()) << applied.error().detail;
        const ChangeLogEntry& row = service->assessment().changeLog.back();
        EXPECT_EQ(fields(row), c.row);
        EXPECT_EQ(logText(applied->done.front()), c.text);
        EXPECT_EQ(changeText(row), c.text);
    }
    // On disk as in memory.
    const Assessment inMemory = service->assessment();
    service.reset();
    auto reopened = AssessmentFile::open(path, OpenMode::readOnly);
    ASSERT_TRUE(reopened.ok());
    EXPECT_EQ((*reopened)->assessment().changeLog, inMemory.changeLog);
    // No content in any row: not the answer, the note, a name, a title or the evidence.
    for (const ChangeLogEntry& row : inMemory.changeLog) {
        for (const char* content :
             {"Geheime", "Jan", "Schermafdruk", "Gasten", "Vries", "incident", "titel"}) {
            EXPECT_EQ(fields(row).find(content), std::string::npos) << content;
        }
    }
}

TEST(ChangeLog, AListOfEditsIsOneRowThatCountsThem) {
    TempDir dir;
    auto service = newService(dir.file("lijst.dpia"));
    ASSERT_TRUE(service);
    const std::size_t rows = service->assessment().changeLog.size();
    auto applied = service->apply(EditList{
        AddCustomRisk{CustomRisk{"", "Gasten", "", 2, 2}},
        AddMeasure{Measure{"", "Beperken", {"cr-1"}, "", "", {}}},
        SetAnswer{"q_yes", true},
    });
    ASSERT_TRUE(applied.ok()) << applied.error().detail;
    const auto& log = service->assessment().changeLog;
    ASSERT_EQ(log.size(), rows + 1);
    EXPECT_EQ(fields(log.back()), "custom-risk|cr-1|added||3");
    EXPECT_EQ(fields(logEntry(applied->done)), "custom-risk|cr-1|added||3");

    // Its inverse, again one row: the last edit first.
    ASSERT_TRUE(service->apply(applied->inverse).ok());
    ASSERT_EQ(log.size(), rows + 2);
    EXPECT_EQ(fields(log.back()), "answer|q_yes|cleared||3");
}

TEST(ChangeLog, UndoingTheRemovalOfAnOwnRiskLinkedToMeasuresIsOneRow) {
    TempDir dir;
    auto service = newService(dir.file("eigen-risico.dpia"));
    ASSERT_TRUE(service);
    ASSERT_TRUE(service->apply(AddCustomRisk{CustomRisk{"", "Gasten", "", 2, 2}}).ok());
    for (const char* title : {"Eerste", "Tweede"}) {
        ASSERT_TRUE(service->apply(AddMeasure{Measure{"", title, {"cr-1"}, "", "", {}}}).ok());
    }
    const auto& log = service->assessment().changeLog;
    auto removed = service->apply(RemoveCustomRisk{"cr-1"});
    ASSERT_TRUE(removed.ok());
    EXPECT_EQ(fields(log.back()), "custom-risk|cr-1|removed||1");
    const std::size_t rows = log.size();

    ASSERT_TRUE(service->apply(removed->inverse).ok());
    ASSERT_EQ(log.size(), rows + 1);
    // The risk back and both measures relinked: one row for the three edits.
    EXPECT_EQ(fields(log.back()), "custom-risk|cr-1|added||3");
}

TEST(ChangeLog, EverySentenceOfSchemaTwoReadsAsItsRowAndBack) {
    const std::vector<std::pair<std::string, std::string>> sentences = {
        {"created", "created||||1"},
        {"created from sample", "created|||sample|1"},
        {"revision 2", "revision|||2|1"},
        {"baseline 0.1.0 -> 0.2.0", "baseline|0.1.0||0.2.0|1"},
        {"schema 1 -> 2", "schema|1||2|1"},
        {"metadata", "metadata||set||1"},
        {"status in-review", "status||set|in-review|1"},
        {"answer a2_data_items", "answer|a2_data_items|set||1"},
        {"answer q1 cleared", "answer|q1|cleared||1"},
        {"note q1", "note|q1|set||1"},
        {"note q1 cleared", "note|q1|cleared||1"},
        {"safeguard sg-x planned", "safeguard|sg-x|set|planned|1"},
        {"safeguard sg-x cleared", "safeguard|sg-x|cleared||1"},
        {"override r-x", "override|r-x|set||1"},
        {"override r-x cleared", "override|r-x|cleared||1"},
        {"custom-risk cr-1 added", "custom-risk|cr-1|added||1"},
        {"measure m-2 removed", "measure|m-2|removed||1"},
        {"signoff so-1 updated", "signoff|so-1|updated||1"},
    };
    for (const auto& [sentence, row] : sentences) {
        SCOPED_TRACE(sentence);
        const ChangeLogEntry entry = parseChangeText(sentence);
        EXPECT_EQ(fields(entry), row);
        EXPECT_EQ(changeText(entry), sentence);
        EXPECT_TRUE(wellFormed(entry));
    }
}

TEST(ChangeLog, AnUnknownSentenceIsKeptWholeAsKindOther) {
    for (const std::string sentence :
         {"imported from the old tool", "status unknown", "answer  q1", "safeguard sg-x maybe",
          "measure m-1 renamed", "schema one -> two", "created ", "", "answer q1 cleared now"}) {
        SCOPED_TRACE(sentence);
        const ChangeLogEntry entry = parseChangeText(sentence);
        EXPECT_EQ(entry.kind, ChangeKind::other);
        EXPECT_EQ(entry.value, sentence);
        EXPECT_TRUE(entry.target.empty());
        EXPECT_EQ(entry.action, ChangeAction::none);
        EXPECT_EQ(changeText(entry), sentence);
        EXPECT_TRUE(wellFormed(entry));
    }
}

TEST(ChangeLog, ARowWhoseFieldsDoNotFitTogetherIsNotWellFormed) {
    EXPECT_FALSE(wellFormed(changeEntry(ChangeKind::answer, "q1", ChangeAction::set, "ja")));
    EXPECT_FALSE(wellFormed(changeEntry(ChangeKind::answer, "", ChangeAction::set)));
    EXPECT_FALSE(wellFormed(changeEntry(ChangeKind::answer, "q1", ChangeAction::removed)));
    EXPECT_FALSE(wellFormed(changeEntry(ChangeKind::status, {}, ChangeAction::set, "klaar")));
    EXPECT_FALSE(wellFormed(changeEntry(ChangeKind::safeguard, "sg", ChangeAction::set, "")));
    EXPECT_FALSE(wellFormed(changeEntry(ChangeKind::other, "q1", ChangeAction::none, "x")));
    EXPECT_FALSE(wellFormed(changeEntry(ChangeKind::other, {}, ChangeAction::none, "created")));
    ChangeLogEntry none = changeEntry(ChangeKind::metadata, {}, ChangeAction::set);
    none.edits = 0;
    EXPECT_FALSE(wellFormed(none));
    EXPECT_TRUE(wellFormed(baselineEntry("1.0 beta", "2.0")));
    EXPECT_TRUE(wellFormed(schemaEntry(2)));
    EXPECT_TRUE(wellFormed(revisionEntry(12)));
}

} // namespace
} // namespace dpia::storage

// Edits as values (edit.h): every kind applied through AssessmentService::apply is one
// transaction and one change-log row, its inverse undoes it exactly (also one row), a list
// is all or nothing, and the JSON form reads back to the same edits.
#include "core/storage/assessment_service.h"
#include "core/storage/change_log.h"
#include "core/storage/edit_json.h"
#include "tests/core/storage/storage_support.h"

#include <gtest/gtest.h>

namespace dpia::storage {
namespace {

using nlohmann::json;
using testing::fileHash;
using testing::TempDir;

std::unique_ptr<AssessmentService> newService(const std::string& path) {
    Metadata metadata;
    metadata.title = "Edits";
    auto service = AssessmentService::create(path, testing::minimalBaseline(), metadata);
    EXPECT_TRUE(service.ok()) << (service.ok() ? "" : service.error().detail);
    return service ? std::move(service).value() : nullptr;
}

/// The document without what every edit changes anyway (history and modification time).
Assessment content(const Assessment& a) {
    Assessment copy = a;
    copy.changeLog.clear();
    copy.modified.clear();
    return copy;
}

/// One edit of every kind, in an order in which each applies to a new document.
EditList everyKind() {
    Metadata metadata;
    metadata.title = "Nieuwe titel";
    metadata.organisation = "Gemeente Voorbeeld";
    metadata.classification = "Intern";
    return {
        SetMetadata{metadata},
        SetAnswer{"q_yes", true},
        SetNote{"q_yes", "Navragen bij de CISO"},
        SetSafeguard{"sg-audit", SafeguardEntry{SafeguardStatus::implemented, "Schermafdruk"}},
        SetRiskOverride{"r-leak", RiskOverride{3, 4, "Eigen inschatting na incident"}},
        AddCustomRisk{CustomRisk{"", "Gastgebruikers", "Gasten zien te veel", 2, 3}},
        UpdateCustomRisk{CustomRisk{"cr-1", "Gastgebruikers", "Gasten zien alles", 3, 3}},
        AddMeasure{Measure{"",
                           "Gasttoegang beperken",
                           {"r-leak", "cr-1"},
                           "CISO",
                           "2027-03-01",
                           MeasureStatus::open}},
        UpdateMeasure{Measure{"m-1",
                              "Gasttoegang beperken",
                              {"cr-1"},
                              "CISO",
                              "2027-04-01",
                              MeasureStatus::inProgress}},
        AddSignoff{Signoff{"", SignoffRole::fg, "A. de Vries", "2027-02-01", "Advies", "positief"}},
        UpdateSignoff{
            Signoff{"so-1", SignoffRole::fg, "A. de Vries", "2027-02-02", "Advies", "positief"}},
        SetStatus{DocumentStatus::inReview},
        RemoveSignoff{"so-1"},
        RemoveCustomRisk{"cr-1"},
        RemoveMeasure{"m-1"},
        SetRiskOverride{"r-leak", std::nullopt},
        SetSafeguard{"sg-audit", std::nullopt},
        SetNote{"q_yes", ""},
        SetAnswer{"q_yes", nullptr},
    };
}

TEST(Edit, EveryKindIsOneRowAndItsInverseRestoresTheDocumentInOneRow) {
    TempDir dir;
    auto service = newService(dir.file("soorten.dpia"));
    ASSERT_TRUE(service);
    for (const Edit& edit : everyKind()) {
        SCOPED_TRACE(logText(edit));
        const Assessment before = content(service->assessment());
        const std::size_t rows = service->assessment().changeLog.size();
        auto applied = service->apply(edit);
        ASSERT_TRUE(applied.ok()) << applied.error().detail;
        EXPECT_EQ(service->assessment().changeLog.size(), rows + 1);
        EXPECT_EQ(changeText(service->assessment().changeLog.back()),
                  logText(applied->done.front()));
        const Assessment after = content(service->assessment());
        EXPECT_NE(before, after);

        auto undone = service->apply(applied->inverse);
        ASSERT_TRUE(undone.ok()) << undone.error().detail;
        EXPECT_EQ(service->assessment().changeLog.size(), rows + 2);
        EXPECT_EQ(content(service->assessment()), before);

        // Redo: the edits as done (generated ids filled in) give the same document again.
        ASSERT_TRUE(service->apply(applied->done).ok());
        EXPECT_EQ(content(service->assessment()), after);
    }
}

TEST(Edit, RemovingAnOwnRiskUnlinksMeasuresAndItsUndoRelinksThemInOneTransaction) {
    TempDir dir;
    const std::string path = dir.file("eigen-risico.dpia");
    auto service = newService(path);
    ASSERT_TRUE(service);
    ASSERT_TRUE(service->apply(AddCustomRisk{CustomRisk{"", "Gasten", "", 2, 2}}).ok());
    for (const char* title : {"Eerste", "Tweede"}) {
        ASSERT_TRUE(
            service->apply(AddMeasure{Measure{"", title, {"cr-1", "r-leak"}, "", "", {}}}).ok());
    }
    const Assessment linked = content(service->assessment());
    const std::size_t rows = service->assessment().changeLog.size();

    auto removed = service->apply(RemoveCustomRisk{"cr-1"});
    ASSERT_TRUE(removed.ok());
    EXPECT_EQ(service->assessment().changeLog.size(), rows + 1);
    for (const Measure& measure : service->assessment().measures) {
        EXPECT_EQ(measure.risks, std::vector<std::string>{"r-leak"});
    }
    ASSERT_EQ(removed->inverse.size(), 3U); // the risk back, then both measures relinked

    ASSERT_TRUE(service->apply(removed->inverse).ok());
    EXPECT_EQ(service->assessment().changeLog.size(), rows + 2);
    EXPECT_EQ(changeText(service->assessment().changeLog.back()), "custom-risk cr-1 added");
    EXPECT_EQ(content(service->assessment()), linked);

    // What is in memory is what is on disk.
    service.reset();
    auto reopened = AssessmentService::open(path, OpenMode::readOnly);
    ASSERT_TRUE(reopened.ok());
    EXPECT_EQ(content((*reopened)->assessment()), linked);
}

TEST(Edit, AListIsAllOrNothingAndALaterEditSeesTheEarlierOnes) {
    TempDir dir;
    const std::string path = dir.file("lijst.dpia");
    auto service = newService(path);
    ASSERT_TRUE(service);
    const std::size_t rows = service->assessment().changeLog.size();
    const std::string hash = fileHash(path);

    // The last edit names a risk that does not exist: nothing of the list is written.
    const EditList refused = {
        SetAnswer{"q_yes", true},
        AddCustomRisk{CustomRisk{"", "Gasten", "", 2, 2}},
        AddMeasure{Measure{"", "Beperken", {"cr-1", "r-nope"}, "", "", {}}},
    };
    auto failed = service->apply(refused);
    ASSERT_FALSE(failed.ok());
    EXPECT_EQ(failed.error().code, ErrorCode::unknownId);
    EXPECT_EQ(fileHash(path), hash);
    EXPECT_TRUE(service->assessment().answers.empty());
    EXPECT_TRUE(service->assessment().customRisks.empty());

    // The same list with a valid measure: the measure may name the risk added before it.
    EditList accepted = refused;
    accepted.back() = AddMeasure{Measure{"", "Beperken", {"cr-1"}, "", "", {}}};
    auto applied = service->apply(accepted);
    ASSERT_TRUE(applied.ok()) << applied.error().detail;
    EXPECT_EQ(service->assessment().changeLog.size(), rows + 1);
    EXPECT_EQ(service->assessment().measures.at(0).risks, std::vector<std::string>{"cr-1"});
    EXPECT_EQ(target(applied->done.at(1)), "cr-1");
    EXPECT_EQ(target(applied->done.at(2)), "m-1");

    // Its inverse takes all three back in one row.
    ASSERT_TRUE(service->apply(applied->inverse).ok());
    EXPECT_EQ(service->assessment().changeLog.size(), rows + 2);
    EXPECT_TRUE(service->assessment().answers.empty());
    EXPECT_TRUE(service->assessment().customRisks.empty());
    EXPECT_TRUE(service->assessment().measures.empty());
}

TEST(Edit, AFinalDocumentAcceptsOnlyAStatusChange) {
    TempDir dir;
    auto service = newService(dir.file("definitief.dpia"));
    ASSERT_TRUE(service);
    ASSERT_TRUE(service->apply(SetStatus{DocumentStatus::final}).ok());
    const auto refused =
        service->apply(EditList{SetStatus{DocumentStatus::draft}, SetAnswer{"q_yes", true}});
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::finalDocument);
    EXPECT_EQ(service->assessment().status, DocumentStatus::final);
    EXPECT_TRUE(service->apply(SetStatus{DocumentStatus::draft}).ok());
}

TEST(Edit, ChangesNothingKnowsAnEditThatLeavesTheDocumentAsItIs) {
    Assessment a;
    a.answers["q_yes"] = true;
    EXPECT_TRUE(changesNothing(a, SetAnswer{"q_yes", true}));
    EXPECT_FALSE(changesNothing(a, SetAnswer{"q_yes", false}));
    EXPECT_TRUE(changesNothing(a, SetNote{"q_yes", ""}));
    EXPECT_TRUE(changesNothing(a, SetSafeguard{"sg-audit", std::nullopt}));
    EXPECT_FALSE(changesNothing(a, AddMeasure{Measure{}}));
}

TEST(EditJson, EveryKindReadsBackAsTheSameEdit) {
    Assessment empty;
    for (const Edit& edit : everyKind()) {
        SCOPED_TRACE(logText(edit));
        const json form = editToJson(edit);
        auto read = editsFromJson(form.dump(), empty);
        ASSERT_TRUE(read.ok()) << read.error().message.en;
        ASSERT_EQ(read->size(), 1U);
        EXPECT_EQ(read->front(), edit);
    }
    auto list = editsFromJson(editsToJson(everyKind()).dump(), empty);
    ASSERT_TRUE(list.ok());
    EXPECT_EQ(*list, everyKind());
}

TEST(EditJson, LeftOutFieldsKeepTheDocumentsValues) {
    Assessment current;
    current.metadata.title = "Oude titel";
    current.metadata.author = "P. Jansen";
    current.measures.push_back(
        Measure{"m-1", "Beperken", {"r-leak"}, "CISO", "2027-01-01", MeasureStatus::open});
    current.safeguards["sg-audit"] = SafeguardEntry{SafeguardStatus::planned, "Ticket 12"};
    auto read = editsFromJson(R"([
        {"edit": "set-metadata", "title": "Nieuwe titel"},
        {"edit": "update-measure", "measure": {"id": "m-1", "status": "done"}},
        {"edit": "set-safeguard", "safeguard": "sg-audit", "status": "implemented"},
        {"edit": "add-measure", "measure": {"title": "Nieuw"}}
    ])",
                              current);
    ASSERT_TRUE(read.ok()) << read.error().message.en;
    const auto& metadata = std::get<SetMetadata>(read->at(0)).metadata;
    EXPECT_EQ(metadata.title, "Nieuwe titel");
    EXPECT_EQ(metadata.author, "P. Jansen");
    const Measure& updated = std::get<UpdateMeasure>(read->at(1)).item;
    EXPECT_EQ(updated.status, MeasureStatus::done);
    EXPECT_EQ(updated.owner, "CISO");
    EXPECT_EQ(updated.risks, std::vector<std::string>{"r-leak"});
    EXPECT_EQ(std::get<SetSafeguard>(read->at(2)).entry->evidence, "Ticket 12");
    const Measure& added = std::get<AddMeasure>(read->at(3)).item;
    EXPECT_TRUE(added.id.empty());
    EXPECT_EQ(added.title, "Nieuw");
}

TEST(EditJson, BadFormsAreRefusedWithTheirPlace) {
    const Assessment empty;
    const struct {
        const char* text;
        const char* fragment;
    } cases[] = {
        {"", "not valid JSON"},
        {"42", "expected an object with \"edit\""},
        {R"({"edit": "delete-everything"})", "unknown kind of edit \"delete-everything\""},
        {R"({"edit": "set-answer", "question": "q_yes"})", "the key \"value\" is missing"},
        {R"({"edit": "set-answer", "question": "q_yes", "value": 1, "extra": 2})",
         "unknown key \"extra\""},
        {R"([{"edit": "set-status", "status": "done"}])", "[0].status: unknown value \"done\""},
        {R"({"edit": "update-measure", "measure": {"title": "x"}})",
         "expected an object with \"id\""},
        {R"({"edit": "set-override", "risk": "r-leak", "likelihood": 2.5, "impact": 1,
             "justification": "x"})",
         "expected a whole number"},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.text);
        auto read = editsFromJson(c.text, empty);
        ASSERT_FALSE(read.ok());
        EXPECT_EQ(read.error().code, ErrorCode::invalidValue);
        EXPECT_NE(read.error().message.en.find(c.fragment), std::string::npos)
            << read.error().message.en;
        EXPECT_NE(read.error().message.en.find("The document has not been changed"),
                  std::string::npos);
    }
}

} // namespace
} // namespace dpia::storage

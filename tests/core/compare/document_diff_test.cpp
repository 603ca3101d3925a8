// What changed between two assessments: each kind of change once, with its old and new
// value, in both languages and in JSON; on the small test baseline, where every score can
// be worked out by hand (r-leak: 2×2 "medium"; sg-audit implemented lowers its likelihood).
#include "core/baseline/embedded_image.h"
#include "core/baseline_compiler/compiler.h"
#include "core/compare/diff_json.h"
#include "core/compare/diff_text.h"
#include "core/compare/document_diff.h"
#include "core/scoring/assessment_scoring.h"

#include <algorithm>
#include <gtest/gtest.h>

namespace dpia::compare {
namespace {

using nlohmann::json;
using storage::Assessment;

class DocumentDiffTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        const auto result =
            baseline::compileBaseline(std::string(DPIA_TEST_DATA_DIR) + "/baseline-minimal");
        ASSERT_TRUE(result.ok());
        minimal_ = *baseline::Baseline::load(result.image);
        shipped_ = *baseline::Baseline::load(baseline::embeddedImage());
    }
    static void TearDownTestSuite() {
        minimal_.reset();
        shipped_.reset();
    }

    static Assessment document(const baseline::Baseline& baseline) {
        Assessment a;
        a.metadata.title = "Teams";
        a.baseline.id = baseline.info().id;
        a.baseline.version = baseline.info().version;
        a.baseline.hash = baseline.info().id + baseline.info().version;
        a.answers["q_yes"] = true;
        a.answers["q_text"] = "Teams wordt gebruikt door 40 medewerkers";
        a.safeguards["sg-audit"] = {storage::SafeguardStatus::planned, "Schermafdruk van maart"};
        a.measures.push_back({"m-1",
                              "Auditlog aanzetten",
                              {"r-leak"},
                              "ICT",
                              "2027-01-01",
                              storage::MeasureStatus::open});
        a.signoffs.push_back({"so-1", storage::SignoffRole::fg, "J. Jansen", "2026-11-01",
                              "Akkoord onder voorwaarden", "positief"});
        return a;
    }

    DocumentDiff diff(const Assessment& x, const Assessment& y,
                      const baseline::Baseline* yBaseline = nullptr) {
        const baseline::Baseline& by = yBaseline != nullptr ? *yBaseline : *minimal_;
        ex_ = scoring::evaluate(*minimal_, x);
        ey_ = scoring::evaluate(by, y);
        return compareDocuments(DiffSide{x, *minimal_, ex_}, DiffSide{y, by, ey_});
    }

    /// The one change of `area` and `field` about `id`; fails when there is not exactly one.
    static const Change& only(const DocumentDiff& d, Area area, const std::string& id,
                              const std::string& field) {
        const auto count = std::count_if(d.changes.begin(), d.changes.end(), [&](const Change& c) {
            return c.area == area && c.id == id && c.field == field;
        });
        EXPECT_EQ(count, 1) << diffText(d, Lang::en);
        static const Change none;
        const auto it = std::find_if(d.changes.begin(), d.changes.end(), [&](const Change& c) {
            return c.area == area && c.id == id && c.field == field;
        });
        return it == d.changes.end() ? none : *it;
    }

    static std::shared_ptr<const baseline::Baseline> minimal_;
    static std::shared_ptr<const baseline::Baseline> shipped_;
    scoring::Evaluation ex_;
    scoring::Evaluation ey_;
};

std::shared_ptr<const baseline::Baseline> DocumentDiffTest::minimal_;
std::shared_ptr<const baseline::Baseline> DocumentDiffTest::shipped_;

TEST_F(DocumentDiffTest, IdenticalDocumentsHaveNoDifferences) {
    const Assessment a = document(*minimal_);
    const DocumentDiff d = diff(a, a);
    EXPECT_TRUE(d.empty());
    EXPECT_EQ(diffText(d, Lang::nl), "geen verschillen\n");
    EXPECT_EQ(diffText(d, Lang::en), "no differences\n");
    EXPECT_EQ(diffJson(d, Lang::en)["differences"], 0);
    EXPECT_TRUE(diffJson(d, Lang::en)["changes"].empty());
}

TEST_F(DocumentDiffTest, ATextAnswerChangesWordByWord) {
    const Assessment a = document(*minimal_);
    Assessment b = a;
    b.answers["q_text"] = "Teams wordt gebruikt door 60 medewerkers";
    const DocumentDiff d = diff(a, b);
    ASSERT_EQ(d.changes.size(), 1U) << diffText(d, Lang::en);
    const Change& c = only(d, Area::answer, "q_text", "answer");
    EXPECT_EQ(c.action, Action::changed);
    EXPECT_EQ(c.title.nl, "Beschrijf.");
    EXPECT_EQ(c.title.en, "Describe.");
    EXPECT_EQ(c.before, "Teams wordt gebruikt door 40 medewerkers");
    EXPECT_EQ(c.after, "Teams wordt gebruikt door 60 medewerkers");
    EXPECT_NE(diffText(d, Lang::nl)
                  .find("Antwoorden en notities\n  Beschrijf. (q_text) — "
                        "antwoord: Teams wordt gebruikt door [-40 -]{+60 +}"
                        "medewerkers"),
              std::string::npos)
        << diffText(d, Lang::nl);
    EXPECT_NE(diffText(d, Lang::en).find("Answers and notes\n  Describe. (q_text) — answer: "),
              std::string::npos)
        << diffText(d, Lang::en);
    const json j = diffJson(d, Lang::en);
    EXPECT_EQ(j["differences"], 1);
    EXPECT_EQ(j["changes"][0]["area"], "answer");
    EXPECT_EQ(j["changes"][0]["action"], "changed");
    EXPECT_EQ(j["changes"][0]["title"], "Describe.");
    EXPECT_EQ(j["changes"][0]["words"][1], (json{{"op", "removed"}, {"text", "40 "}}));
    EXPECT_EQ(j["changes"][0]["words"][2], (json{{"op", "added"}, {"text", "60 "}}));
}

TEST_F(DocumentDiffTest, AnswersAddedAndRemovedShowTheirValueInWords) {
    const Assessment a = document(*minimal_);
    Assessment b = a;
    b.answers["q_choice"] = "b";
    b.answers.erase("q_yes");
    b.answers["q_multi"] = json::array({"health"});
    const DocumentDiff d = diff(a, b);
    const Change& added = only(d, Area::answer, "q_choice", "answer");
    EXPECT_EQ(added.action, Action::added);
    EXPECT_EQ(added.after, "b");
    EXPECT_EQ(added.afterText.nl, "B");
    const Change& multi = only(d, Area::answer, "q_multi", "answer");
    EXPECT_EQ(multi.afterText.nl, "Gezondheid");
    EXPECT_EQ(multi.afterText.en, "Health");
    const Change& removed = only(d, Area::answer, "q_yes", "answer");
    EXPECT_EQ(removed.action, Action::removed);
    EXPECT_EQ(removed.before, true);
    EXPECT_EQ(removed.beforeText.nl, "ja");
    EXPECT_EQ(removed.beforeText.en, "yes");
    EXPECT_NE(diffText(d, Lang::nl).find("Welke? (q_choice) — antwoord: toegevoegd B"),
              std::string::npos)
        << diffText(d, Lang::nl);
    EXPECT_NE(diffText(d, Lang::en).find("Yes or no? (q_yes) — answer: removed (yes)"),
              std::string::npos)
        << diffText(d, Lang::en);
}

TEST_F(DocumentDiffTest, ASafeguardImplementedLowersTheResidualRiskWithItsCause) {
    const Assessment a = document(*minimal_);
    Assessment b = a;
    b.safeguards["sg-audit"] = {storage::SafeguardStatus::implemented, "Schermafdruk van april"};
    const DocumentDiff d = diff(a, b);
    const Change& status = only(d, Area::safeguard, "sg-audit", "status");
    EXPECT_EQ(status.title.en, "Audit log");
    EXPECT_EQ(status.before, "planned");
    EXPECT_EQ(status.after, "implemented");
    EXPECT_EQ(status.beforeText.nl, "gepland");
    EXPECT_EQ(status.afterText.en, "implemented");
    const Change& evidence = only(d, Area::safeguard, "sg-audit", "evidence");
    EXPECT_EQ(markedWords(evidence.words), "Schermafdruk van [-maart-]{+april+}");

    const Change& residual = only(d, Area::risk, "r-leak", "residual");
    EXPECT_EQ(residual.title.nl, "Lek");
    EXPECT_EQ(residual.before, (json{{"likelihood", 2}, {"impact", 2}, {"level", "medium"}}));
    EXPECT_EQ(residual.after, (json{{"likelihood", 1}, {"impact", 2}, {"level", "low"}}));
    EXPECT_EQ(residual.beforeText.nl, "Midden (2×2)");
    EXPECT_EQ(residual.afterText.en, "Low (1×2)");
    ASSERT_EQ(residual.causes.size(), 1U);
    EXPECT_EQ(residual.causes[0].nl, "Auditlog: Misbruik valt op.");
    EXPECT_EQ(residual.causes[0].en, "Audit log: Misuse is noticed.");
    // The inherent risk does not count safeguards: it did not move.
    EXPECT_TRUE(std::none_of(d.changes.begin(), d.changes.end(),
                             [](const Change& c) { return c.field == "inherent"; }));
    const std::string text = diffText(d, Lang::en);
    EXPECT_NE(text.find("Leak (r-leak) — residual risk: Medium (2×2) → Low (1×2)\n"
                        "      Audit log: Misuse is noticed."),
              std::string::npos)
        << text;
    const json j = diffJson(d, Lang::nl);
    const auto risk = std::find_if(j["changes"].begin(), j["changes"].end(),
                                   [](const json& c) { return c["field"] == "residual"; });
    ASSERT_NE(risk, j["changes"].end());
    EXPECT_EQ((*risk)["causes"][0], "Auditlog: Misbruik valt op.");
    EXPECT_EQ((*risk)["beforeText"], "Midden (2×2)");
}

TEST_F(DocumentDiffTest, AnAnswerThatRaisesTheInherentRiskNamesItsQuestion) {
    const Assessment a = document(*minimal_);
    Assessment b = a;
    b.answers["q_table"] = json::array({{{"item", "dossier"}, {"type", "bijzonder"}}});
    const DocumentDiff d = diff(a, b);
    const Change& inherent = only(d, Area::risk, "r-leak", "inherent");
    EXPECT_EQ(inherent.beforeText.en, "Medium (2×2)");
    EXPECT_EQ(inherent.afterText.en, "Medium (2×3)");
    ASSERT_FALSE(inherent.causes.empty());
    EXPECT_NE(inherent.causes[0].en.find("Special data."), std::string::npos);
    const Change& answer = only(d, Area::answer, "q_table", "answer");
    EXPECT_EQ(answer.afterText.nl, "tabel met 1 rij");
}

TEST_F(DocumentDiffTest, MeasuresSignoffsAndDocumentFields) {
    const Assessment a = document(*minimal_);
    Assessment b = a;
    b.metadata.version = 2;
    b.status = storage::DocumentStatus::final;
    b.measures[0].status = storage::MeasureStatus::done;
    b.measures[0].owner = "Informatiebeveiliging";
    b.measures.push_back({"m-2", "Beleid vaststellen", {}, "", "", storage::MeasureStatus::open});
    b.signoffs.clear();
    b.riskOverrides["r-leak"] = {1, 1, "Alleen testgegevens"};
    const DocumentDiff d = diff(a, b);

    const Change& version = only(d, Area::document, "", "version");
    EXPECT_EQ(version.before, 1);
    EXPECT_EQ(version.after, 2);
    const Change& status = only(d, Area::document, "", "status");
    EXPECT_EQ(status.afterText.nl, "definitief");
    EXPECT_EQ(status.afterText.en, "final");

    const Change& measureStatus = only(d, Area::measure, "m-1", "status");
    EXPECT_EQ(measureStatus.beforeText.nl, "open");
    EXPECT_EQ(measureStatus.afterText.nl, "gereed");
    EXPECT_EQ(measureStatus.afterText.en, "done");
    const Change& owner = only(d, Area::measure, "m-1", "owner");
    EXPECT_EQ(owner.before, "ICT");
    EXPECT_EQ(owner.after, "Informatiebeveiliging");
    const Change& added = only(d, Area::measure, "m-2", "");
    EXPECT_EQ(added.action, Action::added);
    EXPECT_EQ(added.title.nl, "Beleid vaststellen");

    const Change& signoff = only(d, Area::signoff, "so-1", "");
    EXPECT_EQ(signoff.action, Action::removed);
    EXPECT_EQ(signoff.title.nl, "functionaris gegevensbescherming: J. Jansen");
    EXPECT_EQ(signoff.title.en, "data protection officer: J. Jansen");

    const Change& override = only(d, Area::risk, "r-leak", "override");
    EXPECT_EQ(override.action, Action::added);
    EXPECT_EQ(override.after, "1×1: Alleen testgegevens");
    const Change& residual = only(d, Area::risk, "r-leak", "residual");
    EXPECT_EQ(residual.afterText.nl, "Laag (1×1)");
    ASSERT_FALSE(residual.causes.empty());
    EXPECT_EQ(residual.causes[0].nl, "eigen score: Alleen testgegevens");

    const std::string nl = diffText(d, Lang::nl);
    EXPECT_NE(nl.find("Plan van aanpak\n"), std::string::npos) << nl;
    EXPECT_NE(nl.find("Auditlog aanzetten (m-1) — status: open → gereed"), std::string::npos) << nl;
    EXPECT_NE(nl.find("Adviezen en besluiten\n  functionaris gegevensbescherming: J. Jansen "
                      "(so-1): verwijderd\n"),
              std::string::npos)
        << nl;
    const std::string en = diffText(d, Lang::en);
    EXPECT_NE(en.find("Action plan\n"), std::string::npos) << en;
    EXPECT_NE(en.find("Beleid vaststellen (m-2): added\n"), std::string::npos) << en;
    const json j = diffJson(d, Lang::en);
    EXPECT_EQ(j["differences"], d.changes.size());
    EXPECT_TRUE(std::any_of(j["changes"].begin(), j["changes"].end(), [](const json& c) {
        return c["area"] == "signoff" && c["action"] == "removed" && c["id"] == "so-1";
    }));
}

TEST_F(DocumentDiffTest, DifferentBaselinesSayWhichItemsOnlyOneHas) {
    const Assessment a = document(*minimal_);
    Assessment b = document(*shipped_);
    b.answers.clear();
    b.safeguards.clear();
    b.measures.clear();
    b.signoffs.clear();
    const DocumentDiff d = diff(a, b, shipped_.get());
    const Change& id = only(d, Area::baseline, "", "id");
    EXPECT_EQ(id.before, "test-minimal");
    EXPECT_EQ(id.after, shipped_->info().id);
    const Change& question = only(d, Area::baselineItem, "q_choice", "question");
    EXPECT_EQ(question.action, Action::removed);
    EXPECT_EQ(question.title.en, "Which?");
    const Change& risk = only(d, Area::baselineItem, "r-leak", "risk");
    EXPECT_EQ(risk.action, Action::removed);
    const std::string& someQuestion = shipped_->questions().front().id;
    const Change& theirs = only(d, Area::baselineItem, someQuestion, "question");
    EXPECT_EQ(theirs.action, Action::added);
    EXPECT_EQ(theirs.title.nl, shipped_->questions().front().text.nl);

    EXPECT_NE(diffText(d, Lang::nl).find("Welke? (vraag, q_choice): alleen in de eerste"),
              std::string::npos);
    EXPECT_NE(diffText(d, Lang::en).find("Which? (question, q_choice): only in the first"),
              std::string::npos);
    const json j = diffJson(d, Lang::en);
    EXPECT_TRUE(std::any_of(j["changes"].begin(), j["changes"].end(), [](const json& c) {
        return c["area"] == "baseline-item" && c["id"] == "q_choice" && c["onlyIn"] == "first";
    }));
}

} // namespace
} // namespace dpia::compare

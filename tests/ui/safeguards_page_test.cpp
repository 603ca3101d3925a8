// The safeguards page (issue 7): status and evidence through the command facade, the
// licence filter, and the residual risk that falls when a safeguard is implemented.
#include "core/baseline/baseline.h"
#include "core/scoring/assessment_scoring.h"
#include "tests/ui/review_pages_support.h"
#include "ui/risks/risk_register_page.h"
#include "ui/risks/risk_table_model.h"
#include "ui/safeguards/safeguard_filter_proxy.h"
#include "ui/safeguards/safeguard_model.h"
#include "ui/safeguards/safeguard_status.h"
#include "ui/safeguards/safeguards_page.h"
#include "ui/text/local_text.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

namespace dpia::ui {
namespace {

class Safeguards : public ReviewPagesTest {};

/// A safeguard not implemented in the example that, implemented alone, lowers the
/// residual rank of a risk, found by scoring a copy of the document.
std::pair<std::string, std::string> safeguardThatLowersARisk(const DocumentSession& session) {
    const baseline::Baseline& baseline = session.baseline();
    for (const baseline::Safeguard& safeguard : baseline.safeguards()) {
        if (session.safeguard(safeguard.id).status == storage::SafeguardStatus::implemented ||
            !session.safeguard(safeguard.id).available) {
            continue;
        }
        storage::Assessment copy = session.assessment();
        if (safeguard.fact) { // implemented by its answer (one fact, one place)
            copy.answers[safeguard.fact->question] = safeguard.fact->implementedAnswer;
        } else {
            copy.safeguards[safeguard.id] = {storage::SafeguardStatus::implemented, ""};
        }
        const scoring::Evaluation after = scoring::evaluate(baseline, copy);
        for (std::size_t i = 0; i < after.risks.size(); ++i) {
            if (!after.risks[i].override_ &&
                after.risks[i].residual().rank < session.evaluation().risks[i].residual().rank) {
                return {safeguard.id, after.risks[i].id};
            }
        }
    }
    return {};
}

void choose(SafeguardsPage& page, SafeguardChoice choice) {
    const int index = page.statusBox()->findData(static_cast<int>(choice));
    page.statusBox()->setCurrentIndex(index);
    emit page.statusBox()->activated(index); // as a user's choice does
}

/// The safeguards the page shows now.
std::vector<const baseline::Safeguard*> visible(const SafeguardsPage& page) {
    std::vector<const baseline::Safeguard*> shown;
    const QAbstractItemModel* proxy = page.proxy();
    for (int group = 0; group < proxy->rowCount(); ++group) {
        const QModelIndex parent = proxy->index(group, 0);
        for (int row = 0; row < proxy->rowCount(parent); ++row) {
            const QModelIndex index = page.proxy()->mapToSource(proxy->index(row, 0, parent));
            shown.push_back(page.model()->safeguard(index));
        }
    }
    return shown;
}

TEST_F(Safeguards, TheChecklistGroupsEverySafeguardByKind) {
    SafeguardsPage page(session(), commands());
    QAbstractItemModelTester tester(page.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(page.proxy(),
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    SafeguardModel* model = page.model();
    ASSERT_EQ(model->rowCount(), 3);
    EXPECT_TRUE(
        model->index(0, 0).data().toString().startsWith(QStringLiteral("Microsoft 365 technical")));
    EXPECT_TRUE(model->index(1, 0).data().toString().startsWith(QStringLiteral("Contractual")));
    EXPECT_TRUE(model->index(2, 0).data().toString().startsWith(QStringLiteral("Organisational")));
    int total = 0;
    for (int group = 0; group < 3; ++group) {
        total += model->rowCount(model->index(group, 0));
    }
    EXPECT_EQ(total, static_cast<int>(session().baseline().safeguards().size()));

    // The example's status and evidence, in words on a supporting colour.
    // A copy: the edit below removes the entry from the document.
    const auto [id, entry] = *session().assessment().safeguards.begin();
    const QModelIndex status = model->indexOf(id, SafeguardModel::StatusColumn);
    EXPECT_EQ(status.data().toString(), choiceLabel(choiceOf(entry.status)));
    EXPECT_TRUE(status.data(Qt::BackgroundRole).isValid());
    EXPECT_EQ(model->indexOf(id, SafeguardModel::EvidenceColumn).data(Qt::ToolTipRole).toString(),
              qs(entry.evidence));
    const QModelIndex risks = model->indexOf(id, SafeguardModel::RisksColumn);
    EXPECT_EQ(risks.data().toInt(), static_cast<int>(model->risksLowered(id).size()));

    // The model stays consistent (tester) through edits.
    ASSERT_TRUE(page.selectSafeguard(id));
    choose(page, SafeguardChoice::notDecided);
    EXPECT_EQ(session().assessment().safeguards.count(id), 0U);
    EXPECT_EQ(status.data().toString(), choiceLabel(SafeguardChoice::notDecided));
    stack_.undo();
    EXPECT_EQ(session().assessment().safeguards.at(id), entry) << "undo brings evidence back";
}

TEST_F(Safeguards, MarkingASafeguardImplementedLowersTheShownResidualRisk) {
    const auto [safeguardId, riskId] = safeguardThatLowersARisk(session());
    ASSERT_FALSE(safeguardId.empty()) << "the example has a safeguard still to implement";
    RiskRegisterPage register_(session(), commands());
    SafeguardsPage page(session(), commands());
    RiskTableModel* risks = register_.model();
    const QModelIndex residual = risks->index(risks->rowOf(riskId), RiskTableModel::CurrentColumn);
    const int rankBefore = residual.data(RiskTableModel::RankRole).toInt();
    const QString textBefore = residual.data().toString();

    ASSERT_TRUE(page.selectSafeguard(safeguardId));
    EXPECT_TRUE(
        page.details()->toPlainText().contains(local(session().baseline().risk(riskId)->title)))
        << "the panel names the risks it lowers";
    choose(page, SafeguardChoice::implemented);
    EXPECT_EQ(session().safeguard(safeguardId).status, storage::SafeguardStatus::implemented);
    EXPECT_LT(residual.data(RiskTableModel::RankRole).toInt(), rankBefore);
    EXPECT_NE(residual.data().toString(), textBefore);
    EXPECT_EQ(stack_.count(), 1);

    stack_.undo();
    EXPECT_EQ(residual.data(RiskTableModel::RankRole).toInt(), rankBefore);
    EXPECT_EQ(residual.data().toString(), textBefore);
}

TEST_F(Safeguards, TheStatusColumnEditsThroughTheFacade) {
    SafeguardsPage page(session(), commands());
    const baseline::Safeguard& first = session().baseline().safeguards().front();
    const QModelIndex status =
        page.proxy()->mapFromSource(page.model()->indexOf(first.id, SafeguardModel::StatusColumn));
    ASSERT_TRUE(page.proxy()->flags(status) & Qt::ItemIsEditable);
    EXPECT_TRUE(page.proxy()->setData(status, static_cast<int>(SafeguardChoice::notApplicable)));
    EXPECT_EQ(session().assessment().safeguards.at(first.id).status,
              storage::SafeguardStatus::notApplicable);
    EXPECT_EQ(status.data().toString(), choiceLabel(SafeguardChoice::notApplicable));
    stack_.undo();
    EXPECT_NE(status.data().toString(), choiceLabel(SafeguardChoice::notApplicable));
}

/// The first safeguard whose status the document stores itself (not answered by a question).
const baseline::Safeguard& firstStored(const baseline::Baseline& baseline) {
    for (const baseline::Safeguard& safeguard : baseline.safeguards()) {
        if (!safeguard.fact) {
            return safeguard;
        }
    }
    return baseline.safeguards().front();
}

TEST_F(Safeguards, EvidenceTypedIsSavedAsOneUndoStep) {
    SafeguardsPage page(session(), commands());
    const baseline::Safeguard& first = firstStored(session().baseline());
    ASSERT_TRUE(page.selectSafeguard(first.id));
    choose(page, SafeguardChoice::notDecided);
    EXPECT_FALSE(page.evidenceEdit()->isEnabled()) << "evidence needs a status first";
    choose(page, SafeguardChoice::planned);
    ASSERT_TRUE(page.evidenceEdit()->isEnabled());
    const int steps = stack_.count();
    page.evidenceEdit()->setPlainText(QStringLiteral("Schermafdruk"));
    page.commitPending();
    page.evidenceEdit()->setPlainText(QStringLiteral("Schermafdruk 12-10-2026"));
    page.commitPending();
    EXPECT_EQ(session().assessment().safeguards.at(first.id).evidence, "Schermafdruk 12-10-2026");
    EXPECT_EQ(stack_.count(), steps + 1);
    const QModelIndex evidence = page.model()->indexOf(first.id, SafeguardModel::EvidenceColumn);
    EXPECT_EQ(evidence.data().toString(), QStringLiteral("Schermafdruk 12-10-2026"));
}

TEST_F(Safeguards, TheLicenceFilterHidesE5SafeguardsWhenE3IsChosen) {
    SafeguardsPage page(session(), commands());
    const auto& all = session().baseline().safeguards();
    const auto count = [&all](baseline::Licence licence) {
        return std::count_if(all.begin(), all.end(), [licence](const baseline::Safeguard& s) {
            return s.licence == licence;
        });
    };
    ASSERT_GT(count(baseline::Licence::e5), 0);
    EXPECT_EQ(visible(page).size(), all.size());

    page.licenceFilter()->setCurrentIndex(1);
    emit page.licenceFilter()->activated(1); // "Available with E3"
    const auto e3 = visible(page);
    EXPECT_EQ(static_cast<long>(e3.size()),
              static_cast<long>(all.size()) - count(baseline::Licence::e5));
    for (const baseline::Safeguard* safeguard : e3) {
        EXPECT_NE(safeguard->licence, baseline::Licence::e5) << safeguard->id;
    }
    page.licenceFilter()->setCurrentIndex(2);
    emit page.licenceFilter()->activated(2); // "Available with E5": E3's too
    EXPECT_EQ(visible(page).size(), all.size());
}

TEST_F(Safeguards, TheLicenceFilterStartsFromTheLicenceAnswered) {
    ASSERT_TRUE(commands().apply(storage::SetAnswer{"m365_licence", "e3"}));
    SafeguardsPage page(session(), commands());
    EXPECT_EQ(page.licenceFilter()->currentIndex(), 1);
    for (const baseline::Safeguard* safeguard : visible(page)) {
        EXPECT_NE(safeguard->licence, baseline::Licence::e5) << safeguard->id;
    }
    // A changed answer moves the filter along, until the user chooses one.
    ASSERT_TRUE(commands().apply(storage::SetAnswer{"m365_licence", "e5"}));
    EXPECT_EQ(page.licenceFilter()->currentIndex(), 2);
    emit page.licenceFilter()->activated(0);
    ASSERT_TRUE(commands().apply(storage::SetAnswer{"m365_licence", "e3"}));
    EXPECT_EQ(page.licenceFilter()->currentIndex(), 0);
}

TEST_F(Safeguards, AFinalDocumentOffersNoEdits) {
    SafeguardsPage page(session(), commands());
    const baseline::Safeguard& first = session().baseline().safeguards().front();
    ASSERT_TRUE(page.selectSafeguard(first.id));
    EXPECT_TRUE(page.statusBox()->isEnabled());
    ASSERT_TRUE(commands().apply(storage::SetStatus{storage::DocumentStatus::final}));
    EXPECT_FALSE(page.statusBox()->isEnabled());
    EXPECT_TRUE(page.evidenceEdit()->isReadOnly());
    const QModelIndex status = page.model()->indexOf(first.id, SafeguardModel::StatusColumn);
    EXPECT_FALSE(page.model()->flags(status) & Qt::ItemIsEditable);
}

TEST_F(Safeguards, EveryInputHasAnAccessibleName) {
    SafeguardsPage page(session(), commands());
    page.show();
    EXPECT_TRUE(unnamedInputs(&page).isEmpty())
        << unnamedInputs(&page).join(QStringLiteral("; ")).toStdString();
}

// One fact, one place: Teams E2EE is both a tenant question and a safeguard. Marking it
// implemented on this page answers the question, its evidence is the question's note, and
// one undo brings both back.
TEST_F(Safeguards, AnAnsweredSafeguardIsItsQuestionsAnswer) {
    const std::string id = "sg-teams-e2ee-calls";
    const baseline::Safeguard* safeguard = session().baseline().safeguard(id);
    ASSERT_NE(safeguard, nullptr);
    ASSERT_TRUE(safeguard->fact);
    const std::string question = safeguard->fact->question;
    ASSERT_EQ(*session().answer(question), false) << "the example has not switched it on";
    SafeguardsPage page(session(), commands());
    ASSERT_TRUE(page.selectSafeguard(id));
    EXPECT_EQ(page.statusBox()->currentData().toInt(), static_cast<int>(SafeguardChoice::planned));

    choose(page, SafeguardChoice::implemented);
    EXPECT_EQ(*session().answer(question), true) << "the answer is the status";
    EXPECT_EQ(session().assessment().safeguards.count(id), 0U) << "no second record";
    EXPECT_EQ(session().safeguard(id).status, storage::SafeguardStatus::implemented);
    page.evidenceEdit()->setPlainText(QStringLiteral("Beleid E2EE 1-op-1 aan, 01-12-2026"));
    page.commitPending();
    EXPECT_EQ(session().assessment().notes.at(question), "Beleid E2EE 1-op-1 aan, 01-12-2026");

    stack_.undo(); // the evidence
    stack_.undo(); // the status
    EXPECT_EQ(*session().answer(question), false);
    EXPECT_EQ(session().assessment().safeguards.at(id).status, storage::SafeguardStatus::planned);
    EXPECT_EQ(page.statusBox()->currentData().toInt(), static_cast<int>(SafeguardChoice::planned));

    // The other way round: answering the question changes what this page shows.
    ASSERT_TRUE(commands().apply(storage::SetAnswer{question, true}));
    EXPECT_EQ(page.statusBox()->currentData().toInt(),
              static_cast<int>(SafeguardChoice::implemented));
}

} // namespace
} // namespace dpia::ui

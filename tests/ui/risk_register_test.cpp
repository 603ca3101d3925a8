// The risk register page (issue 7): overrides need a justification, the heat map filters
// the table, own risks can be added and undone, and the explanation names its reasons.
#include "core/baseline/baseline.h"
#include "tests/ui/review_pages_support.h"
#include "ui/risks/custom_risk_dialog.h"
#include "ui/risks/heat_map_widget.h"
#include "ui/risks/level_style.h"
#include "ui/risks/override_dialog.h"
#include "ui/risks/risk_filter_proxy.h"
#include "ui/risks/risk_register_page.h"
#include "ui/risks/risk_table_model.h"
#include "ui/risks/score_inputs.h"
#include "ui/text/local_text.h"

#include <algorithm>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

namespace dpia::ui {
namespace {

class RiskRegister : public ReviewPagesTest {};

/// The first baseline risk of the evaluation (an override needs one).
std::string firstBaselineRisk(const DocumentSession& session) {
    for (const scoring::RiskResult& risk : session.evaluation().risks) {
        if (!risk.custom) {
            return risk.id;
        }
    }
    return {};
}

/// The text the register shows in `column` for a risk.
QString shown(const RiskRegisterPage& page, const std::string& id, int column) {
    const int row = page.model()->rowOf(id);
    return page.model()->index(row, column).data().toString();
}

TEST_F(RiskRegister, ListsEveryEvaluatedRiskWithLevelsInWordsAndColour) {
    RiskRegisterPage page(session(), commands());
    QAbstractItemModelTester tester(page.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(page.proxy(),
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    const auto& risks = session().evaluation().risks;
    ASSERT_EQ(page.model()->rowCount(), static_cast<int>(risks.size()));
    bool sawCustom = false;
    int notApplying = 0;
    for (const scoring::RiskResult& risk : risks) {
        const int row = page.model()->rowOf(risk.id);
        ASSERT_GE(row, 0) << risk.id;
        const QModelIndex current = page.model()->index(row, RiskTableModel::CurrentColumn);
        if (!risk.applies) {
            // Said in words, in no cell of the heat map (it counts nowhere).
            EXPECT_EQ(current.data().toString(), QStringLiteral("Not applicable")) << risk.id;
            EXPECT_EQ(current.data(RiskTableModel::RankRole).toInt(), 0) << risk.id;
            ++notApplying;
            continue;
        }
        const QString level = levelLabel(session().baseline().matrix(), risk.residual().level);
        EXPECT_TRUE(current.data().toString().startsWith(level))
            << current.data().toString().toStdString();
        EXPECT_TRUE(current.data(Qt::BackgroundRole).isValid());
        EXPECT_FALSE(current.data(Qt::AccessibleTextRole).toString().isEmpty());
        sawCustom = sawCustom || risk.custom;
        if (risk.custom) {
            EXPECT_TRUE(shown(page, risk.id, RiskTableModel::TitleColumn)
                            .contains(QStringLiteral("own risk")));
        }
    }
    EXPECT_TRUE(sawCustom) << "the example has an own risk";
    EXPECT_GT(notApplying, 0) << "the example has risks that do not apply (no Copilot)";
    int counted = 0;
    for (int likelihood = 1; likelihood <= 4; ++likelihood) {
        for (int impact = 1; impact <= 4; ++impact) {
            counted += page.heatMap()->count(likelihood, impact);
        }
    }
    EXPECT_EQ(counted, static_cast<int>(risks.size()) - notApplying)
        << "the heat map counts only the risks that apply";
    // Sorted with the highest residual first.
    const QModelIndex top = page.proxy()->index(0, RiskTableModel::CurrentColumn);
    const QModelIndex bottom =
        page.proxy()->index(page.proxy()->rowCount() - 1, RiskTableModel::CurrentColumn);
    EXPECT_GE(top.data(RiskTableModel::RankRole).toInt(),
              bottom.data(RiskTableModel::RankRole).toInt());
}

TEST_F(RiskRegister, TheExplanationNamesBaseDriversAndSafeguards) {
    RiskRegisterPage page(session(), commands());
    // A risk with a driver that fired and a safeguard that lowers it now.
    const scoring::RiskResult* chosen = nullptr;
    for (const scoring::RiskResult& risk : session().evaluation().risks) {
        if (risk.inherentTrace.size() > 1 && !risk.currentTrace.empty()) {
            chosen = &risk;
            break;
        }
    }
    ASSERT_NE(chosen, nullptr);
    ASSERT_TRUE(page.selectRisk(chosen->id));
    const QString text = page.explanation()->toPlainText();
    EXPECT_TRUE(text.contains(local(chosen->title)));
    // The base step and the driver's reason come from the baseline, in the UI language.
    EXPECT_TRUE(text.contains(local(chosen->inherentTrace.front().effect))) << text.toStdString();
    EXPECT_TRUE(text.contains(local(chosen->inherentTrace[1].effect))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Your answer to"))) << text.toStdString();
    const baseline::Safeguard* safeguard =
        session().baseline().safeguard(chosen->currentTrace.front().source);
    ASSERT_NE(safeguard, nullptr);
    EXPECT_TRUE(text.contains(local(safeguard->title))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Residual as planned"))) << text.toStdString();
}

TEST_F(RiskRegister, AnOverrideNeedsAJustification) {
    const std::string id = firstBaselineRisk(session());
    ASSERT_FALSE(id.empty());

    // The dialog: OK stays disabled, and says why, while the justification is blank.
    const scoring::RiskResult& risk = session().evaluation().risks.front();
    OverrideDialog dialog(session().baseline().matrix(), risk, std::nullopt);
    EXPECT_FALSE(dialog.okButton()->isEnabled());
    EXPECT_FALSE(dialog.problemLabel()->isHidden());
    EXPECT_TRUE(dialog.problemLabel()->text().contains(QStringLiteral("justification")));
    dialog.justificationEdit()->setPlainText(QStringLiteral("   \n "));
    EXPECT_FALSE(dialog.okButton()->isEnabled());
    dialog.justificationEdit()->setPlainText(QStringLiteral("Extra toezicht door de teamleider."));
    EXPECT_TRUE(dialog.okButton()->isEnabled());
    EXPECT_TRUE(dialog.problemLabel()->isHidden());
    EXPECT_TRUE(dialog.removeButton()->isHidden()); // nothing to remove yet

    // The command facade refuses a blank justification and pushes no undo step.
    QSignalSpy failed(&commands(), &DocumentCommands::failed);
    EXPECT_FALSE(commands().apply(storage::SetRiskOverride{id, storage::RiskOverride{1, 1, "  "}}));
    EXPECT_EQ(failed.count(), 1);
    EXPECT_EQ(stack_.count(), 0);
    EXPECT_EQ(session().assessment().riskOverrides.count(id), 0U);

    // Through the page: pressing OK on a blank justification saves nothing.
    RiskRegisterPage page(session(), commands());
    ASSERT_TRUE(page.selectRisk(id));
    ASSERT_TRUE(page.overrideButton()->isEnabled());
    OverrideDialog::setObserver([](OverrideDialog& shown) {
        shown.scoreInputs()->setScore(1, 1);
        shown.okButton()->click();
    });
    page.overrideButton()->click();
    EXPECT_EQ(session().assessment().riskOverrides.count(id), 0U);
    EXPECT_EQ(stack_.count(), 0);
}

TEST_F(RiskRegister, AnOverrideReplacesTheResidualAndUndoRestoresIt) {
    RiskRegisterPage page(session(), commands());
    // A baseline risk whose residual now is above the lowest cell.
    std::string id;
    for (const scoring::RiskResult& risk : session().evaluation().risks) {
        if (!risk.custom && risk.current.rank > 1) {
            id = risk.id;
            break;
        }
    }
    ASSERT_FALSE(id.empty());
    const QString before = shown(page, id, RiskTableModel::CurrentColumn);
    ASSERT_TRUE(page.selectRisk(id));
    OverrideDialog::setObserver([](OverrideDialog& shown) {
        shown.scoreInputs()->setScore(1, 1);
        shown.justificationEdit()->setPlainText(QStringLiteral("Alleen geanonimiseerde gegevens."));
        shown.okButton()->click();
    });
    page.overrideButton()->click();
    ASSERT_EQ(session().assessment().riskOverrides.count(id), 1U);
    const QString after = shown(page, id, RiskTableModel::CurrentColumn);
    EXPECT_TRUE(after.contains(QStringLiteral("overridden"))) << after.toStdString();
    EXPECT_TRUE(after.startsWith(levelLabel(session().baseline().matrix(), "low")))
        << after.toStdString();
    EXPECT_TRUE(page.explanation()->toPlainText().contains(
        QStringLiteral("Alleen geanonimiseerde gegevens.")));
    EXPECT_EQ(page.selectedRiskId(), id) << "the selection follows the risk";

    // "Remove override" goes back to the computed level.
    OverrideDialog::setObserver([](OverrideDialog& shown) {
        EXPECT_FALSE(shown.removeButton()->isHidden());
        EXPECT_EQ(shown.scoreInputs()->likelihood(), 1);
        shown.removeButton()->click();
    });
    page.overrideButton()->click();
    EXPECT_EQ(session().assessment().riskOverrides.count(id), 0U);
    EXPECT_EQ(shown(page, id, RiskTableModel::CurrentColumn), before);

    stack_.undo(); // the removal
    EXPECT_EQ(session().assessment().riskOverrides.count(id), 1U);
    stack_.undo(); // the override
    EXPECT_EQ(session().assessment().riskOverrides.count(id), 0U);
    EXPECT_EQ(shown(page, id, RiskTableModel::CurrentColumn), before);
}

TEST_F(RiskRegister, ClickingAHeatMapCellFiltersTheTableAndClickingAgainClears) {
    RiskRegisterPage page(session(), commands());
    page.show();
    HeatMapWidget* map = page.heatMap();
    ASSERT_EQ(map->mode(), HeatMapWidget::Mode::residual);
    const int all = page.proxy()->rowCount();
    int likelihood = 0;
    int impact = 0;
    for (int l = 1; l <= 4 && likelihood == 0; ++l) {
        for (int i = 1; i <= 4; ++i) {
            if (map->count(l, i) > 0 && map->count(l, i) < all) {
                likelihood = l;
                impact = i;
                break;
            }
        }
    }
    ASSERT_GT(likelihood, 0);
    const int inCell = map->count(likelihood, impact);
    EXPECT_TRUE(map->cell(likelihood, impact)->text().contains(QString::number(inCell)));

    QTest::mouseClick(map->cell(likelihood, impact), Qt::LeftButton);
    ASSERT_EQ(page.proxy()->rowCount(), inCell);
    for (int row = 0; row < page.proxy()->rowCount(); ++row) {
        const QModelIndex current = page.proxy()->index(row, RiskTableModel::CurrentColumn);
        EXPECT_EQ(current.data(RiskTableModel::LikelihoodRole).toInt(), likelihood);
        EXPECT_EQ(current.data(RiskTableModel::ImpactRole).toInt(), impact);
    }
    EXPECT_TRUE(map->cell(likelihood, impact)->isChecked());
    EXPECT_TRUE(map->cell(likelihood, impact)->text().startsWith(QStringLiteral("✓")));
    EXPECT_TRUE(page.filterLabel()->text().contains(QStringLiteral("likelihood")))
        << "the filter is said";
    EXPECT_TRUE(map->allButton()->isEnabled());

    QTest::mouseClick(map->cell(likelihood, impact), Qt::LeftButton);
    EXPECT_EQ(page.proxy()->rowCount(), all);
    EXPECT_FALSE(map->cell(likelihood, impact)->isChecked());

    // "All risks" clears too; the inherent view counts and filters inherent scores.
    QTest::mouseClick(map->cell(likelihood, impact), Qt::LeftButton);
    map->allButton()->click();
    EXPECT_EQ(page.proxy()->rowCount(), all);
    map->inherentButton()->click();
    EXPECT_EQ(map->mode(), HeatMapWidget::Mode::inherent);
    int counted = 0;
    for (int l = 1; l <= 4; ++l) {
        for (int i = 1; i <= 4; ++i) {
            counted += map->count(l, i);
        }
    }
    const auto& risks = session().evaluation().risks;
    EXPECT_EQ(counted, std::count_if(risks.begin(), risks.end(),
                                     [](const scoring::RiskResult& r) { return r.applies; }))
        << "every risk that applies, and only those";
}

TEST_F(RiskRegister, TheHeatMapWorksWithTheKeyboard) {
    RiskRegisterPage page(session(), commands());
    page.show();
    page.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&page));
    HeatMapWidget* map = page.heatMap();
    // Tab lands on one cell (top left); the arrows move within the grid.
    QPushButton* start = map->cell(4, 1);
    EXPECT_EQ(start->focusPolicy(), Qt::StrongFocus);
    EXPECT_EQ(map->cell(1, 1)->focusPolicy(), Qt::ClickFocus);
    start->setFocus();
    QTest::keyClick(start, Qt::Key_Down);
    QTest::keyClick(map->cell(3, 1), Qt::Key_Down);
    QTest::keyClick(map->cell(2, 1), Qt::Key_Down);
    QTest::keyClick(map->cell(1, 1), Qt::Key_Right);
    QPushButton* target = map->cell(1, 2);
    EXPECT_TRUE(target->hasFocus());
    const int inCell = map->count(1, 2);
    QTest::keyClick(target, Qt::Key_Space);
    EXPECT_TRUE(map->hasSelection());
    EXPECT_EQ(page.proxy()->rowCount(), inCell);
    QTest::keyClick(target, Qt::Key_Return);
    EXPECT_FALSE(map->hasSelection());
    EXPECT_EQ(page.proxy()->rowCount(), page.model()->rowCount());
    // Every cell says its level and count in words.
    EXPECT_TRUE(target->accessibleName().contains(QStringLiteral("impact 2")))
        << target->accessibleName().toStdString();
}

TEST_F(RiskRegister, AnOwnRiskAppearsInTableAndHeatMapAndUndoRemovesIt) {
    RiskRegisterPage page(session(), commands());
    // Rows come and go here: the models must announce them properly.
    QAbstractItemModelTester tester(page.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(page.proxy(),
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    HeatMapWidget* map = page.heatMap();
    const int rows = page.model()->rowCount();
    const int inCell = map->count(4, 4);

    // The dialog refuses a blank title.
    CustomRiskDialog::setObserver([](CustomRiskDialog& shown) {
        EXPECT_FALSE(shown.okButton()->isEnabled());
        EXPECT_FALSE(shown.problemLabel()->isHidden());
        shown.titleEdit()->setText(QStringLiteral("Wachtwoorden op briefjes"));
        shown.descriptionEdit()->setPlainText(QStringLiteral("Consulenten noteren wachtwoorden."));
        shown.scoreInputs()->setScore(4, 4);
        EXPECT_TRUE(shown.okButton()->isEnabled());
        shown.okButton()->click();
    });
    page.addButton()->click();
    ASSERT_EQ(page.model()->rowCount(), rows + 1);
    const std::string id = page.selectedRiskId();
    ASSERT_FALSE(id.empty());
    EXPECT_TRUE(shown(page, id, RiskTableModel::TitleColumn)
                    .contains(QStringLiteral("Wachtwoorden op briefjes")));
    EXPECT_EQ(map->count(4, 4), inCell + 1);
    EXPECT_TRUE(page.explanation()->toPlainText().contains(
        QStringLiteral("Consulenten noteren wachtwoorden.")));
    EXPECT_FALSE(page.overrideButton()->isEnabled()) << "own risks are rated in their dialog";
    EXPECT_TRUE(page.editButton()->isEnabled());

    // Editing it moves it in the heat map.
    CustomRiskDialog::setObserver([](CustomRiskDialog& shown) {
        EXPECT_EQ(shown.titleEdit()->text(), QStringLiteral("Wachtwoorden op briefjes"));
        shown.scoreInputs()->setScore(1, 1);
        shown.okButton()->click();
    });
    page.editButton()->click();
    EXPECT_EQ(map->count(4, 4), inCell);

    stack_.undo(); // the edit
    EXPECT_EQ(map->count(4, 4), inCell + 1);
    stack_.undo(); // the addition
    EXPECT_EQ(page.model()->rowCount(), rows);
    EXPECT_EQ(page.model()->rowOf(id), -1);
    EXPECT_EQ(map->count(4, 4), inCell);
    stack_.redo();
    EXPECT_EQ(page.model()->rowOf(id), rows);

    // Removing it (the Delete key works too) is one undo step.
    ASSERT_TRUE(page.selectRisk(id));
    page.removeButton()->click();
    EXPECT_EQ(page.model()->rowOf(id), -1);
    stack_.undo();
    EXPECT_GE(page.model()->rowOf(id), 0);
}

TEST_F(RiskRegister, RemovingAnOwnRiskLinkedToMeasuresIsOneChangeLogRowEachWay) {
    RiskRegisterPage page(session(), commands());
    const auto added = commands().apply(
        storage::AddCustomRisk{storage::CustomRisk{"", "Wachtwoorden op briefjes", "", 3, 3}});
    ASSERT_TRUE(added);
    const std::string id = storage::target(*added);
    for (const char* title : {"Wachtwoordbeheer invoeren", "Bewustwording"}) {
        ASSERT_TRUE(commands().apply(
            storage::AddMeasure{storage::Measure{"", title, {id}, "CISO", "", {}}}));
    }
    const auto& log = session().assessment().changeLog;
    const std::size_t rows = log.size();
    const int steps = stack_.count();

    ASSERT_TRUE(page.selectRisk(id));
    page.removeButton()->click();
    EXPECT_EQ(stack_.count(), steps + 1);
    EXPECT_EQ(log.size(), rows + 1);
    const auto linked = [&] {
        int count = 0;
        for (const storage::Measure& measure : session().assessment().measures) {
            count += static_cast<int>(std::count(measure.risks.begin(), measure.risks.end(), id));
        }
        return count;
    };
    EXPECT_EQ(linked(), 0);

    stack_.undo();
    EXPECT_EQ(log.size(), rows + 2) << "the risk and both links come back in one transaction";
    EXPECT_GE(page.model()->rowOf(id), 0);
    EXPECT_EQ(linked(), 2);
    stack_.redo();
    EXPECT_EQ(log.size(), rows + 3);
    EXPECT_EQ(page.model()->rowOf(id), -1);
}

TEST_F(RiskRegister, AFinalDocumentOffersNoEdits) {
    RiskRegisterPage page(session(), commands());
    ASSERT_TRUE(page.selectRisk(firstBaselineRisk(session())));
    EXPECT_TRUE(page.overrideButton()->isEnabled());
    ASSERT_TRUE(commands().apply(storage::SetStatus{storage::DocumentStatus::final}));
    EXPECT_FALSE(page.overrideButton()->isEnabled());
    EXPECT_FALSE(page.addButton()->isEnabled());
    EXPECT_FALSE(page.editButton()->isEnabled());
    EXPECT_FALSE(page.removeButton()->isEnabled());
}

TEST_F(RiskRegister, EveryInputHasAnAccessibleName) {
    RiskRegisterPage page(session(), commands());
    page.show();
    EXPECT_TRUE(unnamedInputs(&page).isEmpty())
        << unnamedInputs(&page).join(QStringLiteral("; ")).toStdString();
    OverrideDialog dialog(session().baseline().matrix(), session().evaluation().risks.front(),
                          std::nullopt);
    dialog.show();
    EXPECT_TRUE(unnamedInputs(&dialog).isEmpty())
        << unnamedInputs(&dialog).join(QStringLiteral("; ")).toStdString();
    CustomRiskDialog custom(session().baseline().matrix(), storage::CustomRisk{});
    custom.show();
    EXPECT_TRUE(unnamedInputs(&custom).isEmpty())
        << unnamedInputs(&custom).join(QStringLiteral("; ")).toStdString();
}

} // namespace
} // namespace dpia::ui

// The action plan and the sign-off page (issue 7): measures with undo and CSV export,
// the readiness checklist, prior consultation, finalising and a new revision.
#include "core/scoring/review_due.h"
#include "core/storage/assessment_service.h"
#include "tests/core/storage/storage_support.h"
#include "tests/ui/gui_test_support.h"
#include "ui/decision/decision_page.h"
#include "ui/decision/readiness.h"
#include "ui/decision/signoff_editor.h"
#include "ui/decision/signoff_model.h"
#include "ui/dialogs/document_details_dialog.h"
#include "ui/dialogs/file_dialog.h"
#include "ui/dialogs/message_box.h"
#include "ui/forms/form_page.h"
#include "ui/plan/action_plan_model.h"
#include "ui/plan/action_plan_page.h"
#include "ui/session/document_commands.h"
#include "ui/session/document_session.h"
#include "ui/start/recent_files_model.h"
#include "ui/text/local_text.h"
#include "ui/text/words.h"
#include "ui/widgets/typed_date.h"
#include "ui/window/document_view.h"
#include "ui/window/main_window.h"
#include "ui/window/workspace_pages.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

namespace dpia::ui {
namespace {

class PlanAndDecision : public GuiTest {
protected:
    /// The example opened as a user would, on a page after the questionnaire.
    template <typename Page>
    Page* openExampleOn(MainWindow& window, std::string_view pageId) {
        window.show();
        window.openExample();
        EXPECT_NE(window.session(), nullptr);
        return qobject_cast<Page*>(window.documentView()->showPage(std::string(pageId)));
    }
};

TEST_F(PlanAndDecision, TheNavigatorOffersThePagesAfterTheQuestionnaire) {
    MainWindow window;
    auto* plan = openExampleOn<ActionPlanPage>(window, pages::plan);
    ASSERT_NE(plan, nullptr);
    EXPECT_EQ(window.documentView()->currentPageId(), pages::plan);
    EXPECT_EQ(window.documentView()->currentPage(), nullptr); // not a questionnaire page
    // Ctrl+PgDn walks from the plan to the sign-off page, and back.
    window.nextSectionAction()->trigger();
    EXPECT_EQ(window.documentView()->currentPageId(), pages::decision);
    window.previousSectionAction()->trigger();
    EXPECT_EQ(window.documentView()->currentPageId(), pages::plan);
}

TEST_F(PlanAndDecision, OverdueMeasuresSayOverdueInWords) {
    MainWindow window;
    auto* plan = openExampleOn<ActionPlanPage>(window, pages::plan);
    ASSERT_NE(plan, nullptr);
    ActionPlanModel* model = plan->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(model->rowCount(), 10); // the example's measures

    model->setToday(QDate(2000, 1, 1));
    EXPECT_EQ(model->overdueCount(), 0);
    model->setToday(QDate(2100, 1, 1));
    int expected = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const storage::Measure& measure = *model->measure(row);
        const bool late = measure.status != storage::MeasureStatus::done && !measure.due.empty();
        expected += late ? 1 : 0;
        const QString status = model->index(row, ActionPlanModel::StatusColumn).data().toString();
        EXPECT_EQ(status.contains(QStringLiteral("overdue")), late) << status.toStdString();
    }
    EXPECT_GT(expected, 0);
    EXPECT_EQ(model->overdueCount(), expected);
}

TEST_F(PlanAndDecision, AMeasureIsAddedEditedLinkedAndUndone) {
    MainWindow window;
    auto* plan = openExampleOn<ActionPlanPage>(window, pages::plan);
    ASSERT_NE(plan, nullptr);
    DocumentSession& session = *window.session();
    const std::size_t before = session.assessment().measures.size();

    QTest::mouseClick(plan->addButton(), Qt::LeftButton);
    ASSERT_EQ(session.assessment().measures.size(), before + 1);
    EXPECT_TRUE(plan->titleEdit()->hasFocus() || !window.isActiveWindow());
    QTest::keyClicks(plan->titleEdit(), QStringLiteral("Gastaccounts elk kwartaal nalopen"));
    plan->ownerEdit()->setFocus();
    QTest::keyClicks(plan->ownerEdit(), QStringLiteral("Functioneel beheer"));
    plan->commitPending();
    plan->riskList()->item(0)->setCheckState(Qt::Checked);
    const storage::Measure& added = session.assessment().measures.back();
    EXPECT_EQ(added.title, "Gastaccounts elk kwartaal nalopen");
    EXPECT_EQ(added.owner, "Functioneel beheer");
    ASSERT_EQ(added.risks.size(), 1u);
    EXPECT_EQ(plan->model()->rowCount(), static_cast<int>(before + 1));

    // Undo takes the steps back one by one, down to no new measure at all.
    QUndoStack* undo = window.undoStack();
    while (undo->canUndo() && session.assessment().measures.size() > before) {
        undo->undo();
    }
    EXPECT_EQ(session.assessment().measures.size(), before);
    undo->redo();
    ASSERT_EQ(session.assessment().measures.size(), before + 1);
    EXPECT_EQ(window.documentView()->currentPageId(), pages::plan);
}

TEST_F(PlanAndDecision, RemovingAMeasureIsUndoable) {
    MainWindow window;
    auto* plan = openExampleOn<ActionPlanPage>(window, pages::plan);
    ASSERT_NE(plan, nullptr);
    DocumentSession& session = *window.session();
    const storage::Measure first = session.assessment().measures.front();
    plan->selectMeasure(first.id);
    QTest::mouseClick(plan->removeButton(), Qt::LeftButton);
    EXPECT_EQ(plan->model()->rowOf(first.id), -1);
    window.undoAction()->trigger();
    ASSERT_GE(plan->model()->rowOf(first.id), 0);
    EXPECT_EQ(*plan->model()->measure(plan->model()->rowOf(first.id)), first);
}

TEST_F(PlanAndDecision, TheActionPlanExportsToCsvForOnlyTheOwner) {
    MainWindow window;
    auto* plan = openExampleOn<ActionPlanPage>(window, pages::plan);
    ASSERT_NE(plan, nullptr);
    const QString csv = path(QStringLiteral("actieplan.csv"));
    FileDialog::instance().prepare(csv);
    QTest::mouseClick(plan->exportButton(), Qt::LeftButton);
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    // Headers in the UI language (the core's, Dutch unless English was chosen).
    EXPECT_TRUE(bytes.startsWith(uiLang() == Lang::en ? "\xEF\xBB\xBF\"Measure\";\"Risks\""
                                                      : "\xEF\xBB\xBF\"Maatregel\";\"Risico's\""));
    for (const storage::Measure& measure : window.session()->assessment().measures) {
        EXPECT_TRUE(bytes.contains(QByteArray::fromStdString(measure.title))) << measure.title;
    }
    EXPECT_EQ(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), 0);
    EXPECT_TRUE(MessageBox::shown().last().contains(QStringLiteral("actieplan.csv")))
        << "says where it went";
    file.close();
    // A second export to the name the save dialog returned replaces the first (the dialog
    // asked before replacing), whole and still owner-only, and says where it went again.
    const auto shownBefore = MessageBox::shown().size();
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("ouder");
    file.close();
    FileDialog::instance().prepare(csv);
    QTest::mouseClick(plan->exportButton(), Qt::LeftButton);
    EXPECT_EQ(MessageBox::shown().size(), shownBefore + 1);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), bytes);
    file.close();
    EXPECT_EQ(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), 0);
    // A name without ".csv": the dialog did not ask about the file we add the suffix to, so
    // an existing one is kept, the user is told, and asked again (here: cancelled).
    FileDialog::instance().prepare(path(QStringLiteral("actieplan")));
    FileDialog::instance().prepare(QString());
    QTest::mouseClick(plan->exportButton(), Qt::LeftButton);
    ASSERT_EQ(MessageBox::shown().size(), shownBefore + 2);
    EXPECT_TRUE(MessageBox::shown().last().contains(QStringLiteral("actieplan.csv")))
        << MessageBox::shown().last().toStdString();
    EXPECT_EQ(FileDialog::instance().lastProposal(), csv);
}

TEST_F(PlanAndDecision, TheChecklistNamesWhatIsMissingAndLeadsToTheQuestion) {
    MainWindow window;
    window.show();
    createThroughStartPage(window, path(QStringLiteral("leeg.dpia")));
    auto* page =
        qobject_cast<DecisionPage*>(window.documentView()->showPage(std::string(pages::decision)));
    ASSERT_NE(page, nullptr);
    const QString all = page->readinessTexts().join(QLatin1Char('\n'));
    EXPECT_TRUE(all.contains(QStringLiteral("advice of the DPO is not yet recorded")));
    EXPECT_TRUE(all.contains(QStringLiteral("No review date")));
    // The first "Go to the question" button opens the questionnaire on that question.
    QPushButton* go = nullptr;
    for (QPushButton* button : page->findChildren<QPushButton*>()) {
        if (go == nullptr && button->text() == QStringLiteral("Go to the question")) {
            go = button;
        }
    }
    ASSERT_NE(go, nullptr);
    go->click();
    ASSERT_NE(window.documentView()->currentPage(), nullptr);
}

// The checklist asks for the questions the baseline names as roles: the small test baseline
// (in the committed first-release file) names none, and is not the program's baseline, so
// only the required questions are listed.
TEST_F(PlanAndDecision, ABaselineThatNamesNoRolesListsOnlyTheRequiredQuestions) {
    const QString file = path(QStringLiteral("oud.dpia"));
    ASSERT_TRUE(QFile::copy(qs(storage::testing::testDataDir() + "/assessment-v1.dpia"), file));
    ASSERT_TRUE(QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    auto opened = DocumentSession::open(file);
    ASSERT_TRUE(opened) << opened.error().detail;
    const DocumentSession& session = **opened;
    EXPECT_TRUE(session.roles().dpoAdviceQuestion.empty());
    EXPECT_TRUE(session.roles().licenceQuestion.empty());
    const std::vector<ReadinessItem> items = readiness(session);
    ASSERT_EQ(items.size(), 1u);
    EXPECT_TRUE(items.front().text.contains(QStringLiteral("required question")))
        << items.front().text.toStdString();
}

TEST_F(PlanAndDecision, PriorConsultationFollowsTheResidualRisk) {
    MainWindow window;
    auto* page = openExampleOn<DecisionPage>(window, pages::decision);
    ASSERT_NE(page, nullptr);
    DocumentSession& session = *window.session();
    // The example keeps special data partly in Teams with DKE only planned: the one high
    // risk of the 2022 government DPIA (US jurisdiction) stays, so the AP must be consulted.
    ASSERT_TRUE(session.evaluation().priorConsultation);
    ASSERT_EQ(session.evaluation().priorConsultationRisks,
              std::vector<std::string>{"r-us-jurisdiction"});
    const scoring::RiskResult* risk = nullptr;
    for (const scoring::RiskResult& candidate : session.evaluation().risks) {
        risk = candidate.id == "r-us-jurisdiction" ? &candidate : risk;
    }
    ASSERT_NE(risk, nullptr);
    QString text = page->priorConsultation()->text();
    EXPECT_TRUE(text.contains(QStringLiteral("Prior consultation of the AP required")));
    EXPECT_TRUE(text.contains(local(risk->title))) << "it names the risk";
    EXPECT_TRUE(text.contains(QStringLiteral("the contact details of the DPO")));
    EXPECT_TRUE(page->readinessTexts()
                    .join(QLatin1Char(' '))
                    .contains(QStringLiteral("prior consultation")));

    ASSERT_TRUE(window.commands()->apply(storage::SetRiskOverride{
        "r-us-jurisdiction",
        storage::RiskOverride{1, 3, "DKE is ingevoerd voordat de verwerking begint."}}));
    EXPECT_FALSE(session.evaluation().priorConsultation);
    EXPECT_FALSE(page->readinessTexts()
                     .join(QLatin1Char(' '))
                     .contains(QStringLiteral("prior consultation")));
    EXPECT_TRUE(
        page->priorConsultation()->text().contains(QStringLiteral("No prior consultation")));

    window.undoAction()->trigger();
    EXPECT_TRUE(session.evaluation().priorConsultation);
    EXPECT_TRUE(page->priorConsultation()->text().contains(
        QStringLiteral("Prior consultation of the AP required")));
}

TEST_F(PlanAndDecision, ARiskToTheMunicipalityNeverLeadsToPriorConsultation) {
    MainWindow window;
    auto* page = openExampleOn<DecisionPage>(window, pages::decision);
    ASSERT_NE(page, nullptr);
    DocumentSession& session = *window.session();
    ASSERT_TRUE(window.commands()->apply(storage::SetRiskOverride{
        "r-us-jurisdiction", storage::RiskOverride{1, 3, "DKE is ingevoerd."}}));
    ASSERT_FALSE(session.evaluation().priorConsultation);
    // Lock-in is the municipality's own risk (FACTS §10): very high, and still no art. 36.
    ASSERT_TRUE(window.commands()->apply(storage::SetRiskOverride{
        "r-lock-in-exit", storage::RiskOverride{4, 4, "Geen exitplan en geen alternatief."}}));
    EXPECT_FALSE(session.evaluation().priorConsultation);
    EXPECT_TRUE(
        page->priorConsultation()->text().contains(QStringLiteral("No prior consultation")));
}

TEST_F(PlanAndDecision, SignoffsAreEditedAndUndone) {
    MainWindow window;
    auto* page = openExampleOn<DecisionPage>(window, pages::decision);
    ASSERT_NE(page, nullptr);
    DocumentSession& session = *window.session();
    SignoffEditor* editor = page->signoffs();
    QAbstractItemModelTester tester(editor->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    const std::size_t before = session.assessment().signoffs.size();
    QTest::mouseClick(editor->addButton(), Qt::LeftButton);
    ASSERT_EQ(session.assessment().signoffs.size(), before + 1);
    editor->roleBox()->setCurrentIndex(
        editor->roleBox()->findText(words::signoffRole(storage::SignoffRole::controller)));
    emit editor->roleBox()->activated(editor->roleBox()->currentIndex());
    editor->nameEdit()->setText(QStringLiteral("College van B&W"));
    emit editor->nameEdit()->textEdited(editor->nameEdit()->text());
    editor->textEdit()->setPlainText(QStringLiteral("Besluit: doorgaan onder voorwaarden."));
    editor->commitPending();
    const storage::Signoff& added = session.assessment().signoffs.back();
    EXPECT_EQ(added.role, storage::SignoffRole::controller);
    EXPECT_EQ(added.name, "College van B&W");
    EXPECT_EQ(added.text, "Besluit: doorgaan onder voorwaarden.");

    while (window.undoStack()->canUndo() && session.assessment().signoffs.size() > before) {
        window.undoStack()->undo();
    }
    EXPECT_EQ(session.assessment().signoffs.size(), before);
}

TEST_F(PlanAndDecision, AFinalDocumentRefusesEditsAndANewRevisionIsAnEditableCopy) {
    MainWindow window;
    auto* page = openExampleOn<DecisionPage>(window, pages::decision);
    ASSERT_NE(page, nullptr);
    const QString finalPath = window.session()->path();

    // Draft <-> in review is undoable; adopting asks first.
    MessageBox::prepare(QMessageBox::Cancel);
    page->finalButton()->click();
    EXPECT_FALSE(window.session()->isFinal());
    MessageBox::prepare(QMessageBox::Yes);
    page->finalButton()->click();
    ASSERT_TRUE(window.session()->isFinal());
    EXPECT_TRUE(MessageBox::shown().last().contains(QStringLiteral("Adopt version 1 as final?")));
    QCoreApplication::processEvents(); // the view is rebuilt for the read-only document
    EXPECT_FALSE(window.undoStack()->canUndo());

    DocumentView* view = window.documentView();
    EXPECT_EQ(view->currentPageId(), pages::decision);
    EXPECT_TRUE(view->banner()->isVisibleTo(&window));
    EXPECT_TRUE(view->banner()->text().contains(QStringLiteral("final")));
    auto* plan = qobject_cast<ActionPlanPage*>(view->workspacePage(std::string(pages::plan)));
    ASSERT_NE(plan, nullptr);
    EXPECT_FALSE(plan->addButton()->isEnabled());
    DocumentCommands* commands = window.commands();
    const std::size_t shownBefore = MessageBox::shown().size();
    EXPECT_FALSE(commands->apply(storage::SetAnswer{"close_summary", "Gewijzigd na vaststelling"}));
    EXPECT_GT(MessageBox::shown().size(), shownBefore);
    EXPECT_FALSE(commands->apply(storage::AddMeasure{storage::Measure{"", "x", {}, "", "", {}}})
                     .has_value());

    // A new revision: a draft copy with the next version, and the final file untouched.
    ASSERT_TRUE(window.newRevisionAction()->isEnabled());
    const QString next = path(QStringLiteral("Documents/DPIA/revisie 2.dpia"));
    FileDialog::instance().prepare(next);
    window.newRevisionAction()->trigger();
    ASSERT_NE(window.session(), nullptr);
    EXPECT_EQ(window.session()->path(), next);
    EXPECT_FALSE(window.session()->isReadOnly());
    EXPECT_EQ(window.session()->assessment().metadata.version, 2);
    EXPECT_EQ(window.session()->statusCode(), QStringLiteral("draft"));
    EXPECT_TRUE(window.commands()->apply(storage::SetAnswer{"close_summary", "Versie 2"}));

    auto original =
        storage::AssessmentService::open(finalPath.toStdString(), storage::OpenMode::readOnly);
    ASSERT_TRUE(original.ok());
    EXPECT_EQ((*original)->file().assessment().status, storage::DocumentStatus::final);
    EXPECT_EQ((*original)->file().assessment().metadata.version, 1);
}

// Issue 18 item 4: adopting asks for the review date (art. 35(11)); without one it records
// the date the officer's own interval gives, in the same transaction as the status.
TEST_F(PlanAndDecision, AdoptingWithoutAReviewDateRecordsTheProposedOneAndSaysSoFirst) {
    MainWindow window;
    auto* page = openExampleOn<DecisionPage>(window, pages::decision);
    ASSERT_NE(page, nullptr);
    DocumentSession& session = *window.session();
    const std::string question = session.roles().reviewDateQuestion;
    ASSERT_FALSE(question.empty());
    ASSERT_TRUE(window.commands()->apply(storage::SetAnswer{question, nullptr}));
    ASSERT_TRUE(
        window.commands()->apply(storage::SetAnswer{session.roles().reviewIntervalQuestion, 6}));
    const std::string expected =
        scoring::addMonths(QDate::currentDate().toString(Qt::ISODate).toStdString(), 6).value();

    MessageBox::prepare(QMessageBox::Cancel);
    page->finalButton()->click();
    const QString asked = MessageBox::shown().last();
    EXPECT_TRUE(asked.contains(dateText(expected))) << asked.toStdString();
    EXPECT_FALSE(asked.contains(QStringLiteral("No review date is set yet (GDPR")))
        << "not listed as missing when adopting records it";
    EXPECT_EQ(session.answer(question), nullptr) << "cancelled: nothing recorded";

    MessageBox::prepare(QMessageBox::Yes);
    page->finalButton()->click();
    ASSERT_TRUE(session.isFinal());
    ASSERT_NE(session.answer(question), nullptr);
    EXPECT_EQ(*session.answer(question), expected);
}

// A final DPIA past its review date opens with a banner that says so and offers a new
// revision; the start page lists it as overdue without opening it.
TEST_F(PlanAndDecision, AFinalDpiaPastItsReviewDateSaysSoAndOffersANewRevision) {
    MainWindow window;
    auto* page = openExampleOn<DecisionPage>(window, pages::decision);
    ASSERT_NE(page, nullptr);
    const std::string question = window.session()->roles().reviewDateQuestion;
    const std::string past = QDate::currentDate().addDays(-3).toString(Qt::ISODate).toStdString();
    ASSERT_TRUE(window.commands()->apply(storage::SetAnswer{question, past}));
    MessageBox::prepare(QMessageBox::Yes);
    page->finalButton()->click();
    ASSERT_TRUE(window.session()->isFinal());
    EXPECT_TRUE(MessageBox::shown().last().contains(QStringLiteral("3 days ago")))
        << MessageBox::shown().last().toStdString();
    QCoreApplication::processEvents(); // the view is rebuilt for the read-only document

    QLabel* banner = window.documentView()->banner();
    ASSERT_TRUE(banner->isVisibleTo(&window));
    EXPECT_TRUE(banner->text().contains(
        QStringLiteral("Review was due on %1, 3 days ago").arg(dateText(past))))
        << banner->text().toStdString();
    EXPECT_TRUE(banner->accessibleName().contains(QStringLiteral("Start a new revision")));
    const QString finalPath = window.session()->path();

    RecentFilesModel recent;
    const auto row = [&] {
        for (int i = 0; i < recent.rowCount(); ++i) {
            if (recent.path(i) == finalPath) {
                return i;
            }
        }
        return -1;
    }();
    ASSERT_GE(row, 0);
    EXPECT_EQ(recent.index(row, RecentFilesModel::StatusColumn).data().toString(),
              QStringLiteral("final, review overdue"));

    const QString next = path(QStringLiteral("Documents/DPIA/herbeoordeling.dpia"));
    FileDialog::instance().prepare(next);
    emit banner->linkActivated(QStringLiteral("revision"));
    ASSERT_NE(window.session(), nullptr);
    EXPECT_EQ(window.session()->path(), next);
    EXPECT_EQ(window.session()->assessment().metadata.version, 2);
}

TEST_F(PlanAndDecision, DocumentDetailsAreOneUndoStep) {
    MainWindow window;
    window.show();
    createThroughStartPage(window, path(QStringLiteral("details.dpia")));
    DocumentSession& session = *window.session();
    const storage::Metadata before = session.assessment().metadata;
    storage::Metadata changed = before;
    changed.title = "DPIA Teams Wmo — herzien";
    changed.classification = "Vertrouwelijk";
    changed.processOwner = "Teamleider Wmo";
    DocumentDetailsDialog::prepare(changed);
    window.detailsAction()->trigger();
    EXPECT_EQ(session.assessment().metadata, changed);
    window.undoAction()->trigger();
    EXPECT_EQ(session.assessment().metadata, before);

    // The dialog itself: no OK without a title; the version is not editable.
    DocumentDetailsDialog dialog(before, false);
    dialog.titleEdit()->clear();
    EXPECT_FALSE(dialog.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
    dialog.titleEdit()->setText(QStringLiteral("  Nieuwe titel  "));
    dialog.classificationBox()->setEditText(QStringLiteral("Intern"));
    EXPECT_EQ(dialog.metadata().title, "Nieuwe titel");
    EXPECT_EQ(dialog.metadata().classification, "Intern");
    EXPECT_EQ(dialog.metadata().version, before.version);
}

TEST_F(PlanAndDecision, OfferingForReviewIsOneUndoStep) {
    MainWindow window;
    window.show();
    createThroughStartPage(window, path(QStringLiteral("review.dpia")));
    auto* page =
        qobject_cast<DecisionPage*>(window.documentView()->showPage(std::string(pages::decision)));
    ASSERT_NE(page, nullptr);
    ASSERT_TRUE(page->reviewButton()->isVisibleTo(page));
    page->reviewButton()->click();
    EXPECT_EQ(window.session()->statusCode(), QStringLiteral("in-review"));
    EXPECT_TRUE(page->statusLabel()->text().contains(QStringLiteral("in review")));
    window.undoAction()->trigger();
    EXPECT_EQ(window.session()->statusCode(), QStringLiteral("draft"));
}

} // namespace
} // namespace dpia::ui

// Details of the inputs a user notices: clearing answers, numbers out of range, the
// example, and JSON export and import through the File menu.
#include "core/baseline/baseline.h"
#include "tests/ui/gui_test_support.h"
#include "ui/dialogs/file_dialog.h"
#include "ui/dialogs/message_box.h"
#include "ui/forms/choice_editors.h"
#include "ui/forms/date_editor.h"
#include "ui/forms/form_page.h"
#include "ui/forms/text_editors.h"
#include "ui/forms/verdict_panel.h"
#include "ui/session/document_session.h"
#include "ui/settings/app_settings.h"
#include "ui/widgets/date_field.h"
#include "ui/window/document_view.h"
#include "ui/window/main_window.h"

#include <nlohmann/json.hpp>

#include <QAbstractButton>
#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

namespace dpia::ui {
namespace {

using baseline::QuestionType;

class Editors : public GuiTest {};

TEST_F(Editors, YesNoAndDateAnswersCanBeClearedAgain) {
    MainWindow window;
    window.show();
    createThroughStartPage(window, path(QStringLiteral("clear.dpia")));
    DocumentSession& session = *window.session();

    const baseline::Question* yesNo = reachableOfType(session, QuestionType::yesno);
    ASSERT_NE(yesNo, nullptr);
    auto* radios = static_cast<RadioEditor*>(editorFor(window, yesNo->id));
    EXPECT_FALSE(radios->clearButton()->isVisibleTo(radios)); // nothing to clear yet
    radios->button(1)->click();
    EXPECT_EQ(stored(session, yesNo->id), false);
    EXPECT_TRUE(radios->clearButton()->isVisibleTo(radios));
    radios->clearButton()->click();
    EXPECT_TRUE(stored(session, yesNo->id).is_null());
    EXPECT_FALSE(radios->button(0)->isChecked());
    EXPECT_FALSE(radios->button(1)->isChecked());

    const baseline::Question* date = reachableOfType(session, QuestionType::date);
    ASSERT_NE(date, nullptr);
    auto* dates = static_cast<DateEditor*>(editorFor(window, date->id));
    // An empty field is no date; entering and leaving it saves nothing.
    DateLineEdit* line = dates->dateField()->lineEdit();
    EXPECT_TRUE(line->hasFocus());
    EXPECT_TRUE(line->text().isEmpty());
    window.documentView()->navigator()->setFocus();
    EXPECT_TRUE(stored(session, date->id).is_null());
    line->setFocus();
    QTest::keyClicks(line, QStringLiteral("11-1-2027"));
    dates->commitPending();
    EXPECT_EQ(stored(session, date->id), "2027-01-11");
    EXPECT_TRUE(dates->clearButton()->isVisibleTo(dates));
    dates->clearButton()->click();
    EXPECT_TRUE(stored(session, date->id).is_null());
    EXPECT_TRUE(line->text().isEmpty());
}

TEST_F(Editors, ANumberOutsideTheRangeIsNotSavedAndSaysWhy) {
    MainWindow window;
    window.show();
    createThroughStartPage(window, path(QStringLiteral("number.dpia")));
    DocumentSession& session = *window.session();
    const baseline::Question* number = nullptr;
    for (const baseline::Question& question : session.baseline().questions()) {
        if (number == nullptr && question.type == QuestionType::number && question.max) {
            number = &question;
        }
    }
    if (number == nullptr) {
        GTEST_SKIP() << "the baseline has no number question with a maximum";
    }
    auto* editor = static_cast<NumberEditor*>(editorFor(window, number->id));
    auto* edit = static_cast<QLineEdit*>(editor->focusTarget());
    EXPECT_FALSE(edit->placeholderText().isEmpty()); // says the range
    edit->setFocus();
    QTest::keyClicks(edit, QString::number(*number->max + 1, 'f', 0));
    editor->commitPending();
    EXPECT_TRUE(stored(session, number->id).is_null());
    EXPECT_TRUE(editor->problemLabel()->isVisibleTo(editor));
    EXPECT_TRUE(editor->problemLabel()->text().startsWith(QStringLiteral("Not saved")));
    EXPECT_TRUE(editor->hasUnsavedInput());
}

TEST_F(Editors, TheExampleOpensAsACopyWithItsPreScanVerdict) {
    MainWindow window;
    window.show();
    window.openExample();
    ASSERT_NE(window.session(), nullptr)
        << MessageBox::shown().join(QStringLiteral("\n")).toStdString();
    EXPECT_TRUE(window.session()->path().startsWith(settings::defaultFolder()));
    EXPECT_FALSE(window.session()->title().isEmpty());
    EXPECT_FALSE(window.session()->isReadOnly());
    // The first page is part of the pre-scan: it shows the verdict in words.
    VerdictPanel* verdict = window.documentView()->currentPage()->verdictPanel();
    ASSERT_NE(verdict, nullptr);
    EXPECT_TRUE(verdict->verdictLabel()->text().startsWith(QStringLiteral("A DPIA is")))
        << verdict->verdictLabel()->text().toStdString();
    // A second example does not overwrite the first.
    const QString first = window.session()->path();
    window.openExample();
    ASSERT_NE(window.session(), nullptr);
    EXPECT_NE(window.session()->path(), first);
}

TEST_F(Editors, ExportAndImportJsonThroughTheFileMenu) {
    MainWindow window;
    window.show();
    createThroughStartPage(window, path(QStringLiteral("export.dpia")));
    // The id is copied: the question belongs to the baseline of the document closed below.
    const std::string yesNo = reachableOfType(*window.session(), QuestionType::yesno)->id;
    ASSERT_TRUE(window.session()->apply({storage::SetAnswer{yesNo, true}}).ok());

    FileDialog::instance().prepare(path(QStringLiteral("export.json")));
    window.exportAction()->trigger();
    ASSERT_EQ(MessageBox::shown().size(), 1); // where it went
    EXPECT_TRUE(MessageBox::shown().front().contains(
        QDir::toNativeSeparators(path(QStringLiteral("export.json")))))
        << MessageBox::shown().join(QStringLiteral("\n")).toStdString();
    ASSERT_TRUE(QFileInfo::exists(path(QStringLiteral("export.json"))));
    QFile json(path(QStringLiteral("export.json")));
    ASSERT_TRUE(json.open(QIODevice::ReadOnly));
    EXPECT_TRUE(json.readAll().contains(yesNo.c_str())) << yesNo;

    FileDialog::instance().prepare(path(QStringLiteral("export.json")));
    FileDialog::instance().prepare(path(QStringLiteral("imported.dpia")));
    window.importAction()->trigger();
    ASSERT_NE(window.session(), nullptr);
    EXPECT_EQ(window.session()->path(), path(QStringLiteral("imported.dpia")));
    EXPECT_EQ(stored(*window.session(), yesNo), true);
}

TEST_F(Editors, TheModelDpiaImportReportsWhatCameInAndTheExportWritesTheForm) {
    MainWindow window;
    window.show();
    EXPECT_FALSE(window.exportMinbzkAction()->isEnabled());
    FileDialog::instance().prepare(QStringLiteral(DPIA_MINBZK_FIXTURES "/dpia-v3.json"));
    FileDialog::instance().prepare(path(QStringLiteral("form.dpia")));
    window.importMinbzkAction()->trigger();
    ASSERT_NE(window.session(), nullptr);
    EXPECT_EQ(window.session()->path(), path(QStringLiteral("form.dpia")));
    EXPECT_EQ(stored(*window.session(), "b14_subsidiarity"),
              "Er is geen minder ingrijpend middel.");
    // The report: how many answers came in, and where in the form each kept item was.
    ASSERT_EQ(MessageBox::shown().size(), 1);
    const QString report = MessageBox::shown().front();
    EXPECT_TRUE(report.contains(QStringLiteral(": 12."))) << report.toStdString();
    EXPECT_TRUE(report.contains(QStringLiteral("2.1[0].2.1.5"))) << report.toStdString();
    // What came in is named by its question's caption, not by the form's task id.
    EXPECT_TRUE(report.contains(window.session()->questionCaption("b14_subsidiarity")))
        << report.toStdString();

    EXPECT_TRUE(window.exportMinbzkAction()->isEnabled());
    FileDialog::instance().prepare(path(QStringLiteral("form.json")));
    window.exportMinbzkAction()->trigger();
    QFile json(path(QStringLiteral("form.json")));
    ASSERT_TRUE(json.open(QIODevice::ReadOnly));
    const auto form = nlohmann::json::parse(json.readAll().toStdString());
    EXPECT_EQ(form.at("metadata").at("urn"), "urn:nl:dpia:3.0");
    EXPECT_EQ(form.at("answers").at("14.1").at("value"), "Er is geen minder ingrijpend middel.");
}

TEST_F(Editors, TheCnilImportSitsInTheImportMenuAndReportsCaptionsAndAttachments) {
    MainWindow window;
    window.show();
    // File → Import holds both imports, the CNIL one next to the Model DPIA's.
    QMenu* importMenu = qobject_cast<QMenu*>(window.importCnilAction()->parent());
    ASSERT_NE(importMenu, nullptr);
    EXPECT_TRUE(importMenu->actions().contains(window.importMinbzkAction()));
    EXPECT_EQ(importMenu->actions().indexOf(window.importCnilAction()),
              importMenu->actions().indexOf(window.importMinbzkAction()) + 1);
    EXPECT_TRUE(importMenu->menuAction()->text().contains(QStringLiteral("port")));

    FileDialog::instance().prepare(QStringLiteral(DPIA_CNIL_FIXTURES "/export-nl.zip"));
    FileDialog::instance().prepare(path(QStringLiteral("cnil.dpia")));
    window.importCnilAction()->trigger();
    ASSERT_NE(window.session(), nullptr);
    EXPECT_EQ(window.session()->path(), path(QStringLiteral("cnil.dpia")));
    EXPECT_EQ(window.session()->assessment().customRisks.size(), 1u);
    ASSERT_EQ(MessageBox::shown().size(), 1);
    const QString report = MessageBox::shown().front();
    // Questions by their caption, not by their id; what was kept aside by its key; the
    // attachments with their hash, said not to be stored.
    EXPECT_TRUE(report.contains(window.session()->questionCaption("a1_proposal")))
        << report.toStdString();
    EXPECT_FALSE(report.contains(QStringLiteral("a1_proposal"))) << report.toStdString();
    EXPECT_TRUE(report.contains(QStringLiteral("answers.112"))) << report.toStdString();
    EXPECT_TRUE(report.contains(QStringLiteral("Bijlagen/verwerkersovereenkomst.pdf (14 ")))
        << report.toStdString();
    EXPECT_TRUE(report.contains(QStringLiteral("not stored"))) << report.toStdString();
}

} // namespace
} // namespace dpia::ui

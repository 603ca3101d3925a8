// The start page, the dialogs and the File menu, with file and message dialogs answered
// in advance through their wrappers.
#include "core/baseline/baseline.h"
#include "tests/ui/gui_test_support.h"
#include "ui/dialogs/baseline_item_dialog.h"
#include "ui/dialogs/file_dialog.h"
#include "ui/dialogs/message_box.h"
#include "ui/forms/guidance_panel.h"
#include "ui/forms/reference_links.h"
#include "ui/session/document_session.h"
#include "ui/settings/app_settings.h"
#include "ui/settings/settings_dialog.h"
#include "ui/start/new_assessment_dialog.h"
#include "ui/start/recent_files_model.h"
#include "ui/start/start_page.h"
#include "ui/text/local_text.h"
#include "ui/text/translator.h"
#include "ui/window/document_view.h"
#include "ui/window/main_window.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTextBrowser>
#include <QTreeView>
#include <QUrl>

namespace dpia::ui {
namespace {

class Dialogs : public GuiTest {};

TEST_F(Dialogs, NewAssessmentDialogProposesAFileInTheDefaultFolder) {
    NewAssessmentDialog dialog;
    QPushButton* ok = dialog.buttons()->button(QDialogButtonBox::Ok);
    EXPECT_FALSE(ok->isEnabled()); // a title is required
    EXPECT_EQ(QDir::fromNativeSeparators(dialog.folderEdit()->text()), settings::defaultFolder());
    dialog.titleEdit()->setText(QStringLiteral("DPIA Teams: Wmo/Jeugd"));
    dialog.organisationEdit()->setText(QStringLiteral("Gemeente Voorbeeldstad"));
    EXPECT_TRUE(ok->isEnabled());
    const NewAssessmentDialog::Request request = dialog.request();
    EXPECT_EQ(request.details.title, QStringLiteral("DPIA Teams: Wmo/Jeugd"));
    EXPECT_EQ(request.details.organisation, QStringLiteral("Gemeente Voorbeeldstad"));
    EXPECT_EQ(QFileInfo(request.path).fileName(), QStringLiteral("DPIA Teams- Wmo-Jeugd.dpia"));
    EXPECT_EQ(QFileInfo(request.path).absolutePath(), settings::defaultFolder());

    FileDialog::instance().prepare(path(QStringLiteral("elsewhere")));
    dialog.findChild<QPushButton*>()->click(); // Browse…
    EXPECT_EQ(QDir::fromNativeSeparators(dialog.folderEdit()->text()),
              path(QStringLiteral("elsewhere")));
}

TEST_F(Dialogs, DefaultFolderIsDpiaInDocuments) {
    QSettings().remove(QStringLiteral("defaultFolder"));
    EXPECT_TRUE(settings::defaultFolder().endsWith(QStringLiteral("/DPIA")));
}

TEST_F(Dialogs, SettingsAreStoredWhenSaved) {
    SettingsDialog dialog;
    EXPECT_EQ(dialog.languageBox()->currentData().toString(), kDutch);
    dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(kEnglish));
    dialog.authorEdit()->setText(QStringLiteral("  J. de Vries "));
    dialog.folderEdit()->setText(path(QStringLiteral("dpias")));
    EXPECT_TRUE(dialog.save()); // the language changed
    EXPECT_EQ(settings::language(), kEnglish);
    EXPECT_EQ(settings::authorName(), QStringLiteral("J. de Vries"));
    EXPECT_EQ(settings::defaultFolder(), path(QStringLiteral("dpias")));
    SettingsDialog again;
    EXPECT_EQ(again.languageBox()->currentData().toString(), kEnglish);
    EXPECT_FALSE(again.save());
}

TEST_F(Dialogs, OpenThroughTheStartPageAndTheRecentList) {
    const QString file = path(QStringLiteral("open-me.dpia"));
    {
        MainWindow window;
        createThroughStartPage(window, file);
    }
    MainWindow window;
    window.show();
    StartPage* start = window.startPage();
    ASSERT_EQ(start->recentModel()->rowCount(), 1);
    EXPECT_EQ(start->recentModel()->index(0, RecentFilesModel::TitleColumn).data().toString(),
              QStringLiteral("DPIA Teams voor het Wmo-team"));
    EXPECT_EQ(start->recentModel()->index(0, RecentFilesModel::StatusColumn).data().toString(),
              QStringLiteral("draft"));

    emit start->recentView()->activated(start->recentModel()->index(0, 0));
    ASSERT_NE(window.session(), nullptr);
    EXPECT_TRUE(window.closeDocument());

    FileDialog::instance().prepare(file);
    start->openButton()->click();
    ASSERT_NE(window.session(), nullptr);
    EXPECT_EQ(window.session()->path(), file);

    // Cancelling the open dialog keeps the document.
    FileDialog::instance().prepare(QString());
    window.openAction()->trigger();
    EXPECT_NE(window.session(), nullptr);
}

TEST_F(Dialogs, OpeningAMissingOrForeignFileExplainsWhy) {
    MainWindow window;
    EXPECT_FALSE(window.openPath(path(QStringLiteral("missing.dpia"))));
    ASSERT_EQ(MessageBox::shown().size(), 1);
    EXPECT_FALSE(MessageBox::shown().first().isEmpty());

    const QString foreign = path(QStringLiteral("foreign.dpia"));
    QFile file(foreign);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("not an assessment at all, just some text\n");
    file.close();
    EXPECT_FALSE(window.openPath(foreign));
    ASSERT_EQ(MessageBox::shown().size(), 2);
    EXPECT_EQ(QFileInfo(foreign).size(), 41); // left untouched
}

TEST_F(Dialogs, SaveACopyWritesAnotherFileThatOpens) {
    MainWindow window;
    createThroughStartPage(window, path(QStringLiteral("original.dpia")));
    const QString copy = path(QStringLiteral("copy")); // the suffix is added
    FileDialog::instance().prepare(copy);
    window.saveCopyAction()->trigger();
    EXPECT_TRUE(MessageBox::shown().isEmpty())
        << MessageBox::shown().join(QStringLiteral("\n")).toStdString();
    ASSERT_TRUE(QFileInfo::exists(copy + QStringLiteral(".dpia")));
    MainWindow other;
    EXPECT_TRUE(other.openPath(copy + QStringLiteral(".dpia")));
}

TEST_F(Dialogs, FileMenuHasStandardShortcuts) {
    MainWindow window;
    EXPECT_EQ(window.newAction()->shortcut(), QKeySequence(QKeySequence::New));
    EXPECT_EQ(window.openAction()->shortcut(), QKeySequence(QKeySequence::Open));
    EXPECT_EQ(window.closeAction()->shortcut(), QKeySequence(QKeySequence::Close));
    EXPECT_EQ(window.quitAction()->shortcut(), QKeySequence(QKeySequence::Quit));
    EXPECT_EQ(window.saveCopyAction()->shortcut(), QKeySequence(QKeySequence::SaveAs));
    EXPECT_EQ(window.undoAction()->shortcut(), QKeySequence(QKeySequence::Undo));
    EXPECT_EQ(window.redoAction()->shortcut(), QKeySequence(QKeySequence::Redo));
    EXPECT_FALSE(window.saveCopyAction()->isEnabled()); // nothing open yet
    EXPECT_FALSE(window.exportAction()->isEnabled());
}

TEST_F(Dialogs, GuidanceLinksOpenTheRequirement) {
    MainWindow window;
    window.show();
    createThroughStartPage(window, path(QStringLiteral("guidance.dpia")));
    const baseline::Baseline& baseline = window.session()->baseline();
    const baseline::Question* withLink = nullptr;
    for (const baseline::Question& question : baseline.questions()) {
        if (!requirementIdsIn(question.ref.nl, baseline).empty()) {
            withLink = &question;
            break;
        }
    }
    ASSERT_NE(withLink, nullptr);
    GuidancePanel* panel = window.documentView()->guidance();
    panel->showQuestion(withLink);
    EXPECT_TRUE(panel->browser()->toPlainText().contains(local(withLink->ref)));
    EXPECT_TRUE(panel->browser()->toPlainText().contains(local(withLink->guidance).left(20)));

    const std::string id = requirementIdsIn(withLink->ref.nl, baseline).front();
    QString shown;
    BaselineItemDialog::setObserver(
        [&shown](BaselineItemDialog& dialog) { shown = dialog.text(); });
    panel->openLink(QUrl(QStringLiteral("requirement:%1").arg(qs(id))));
    BaselineItemDialog::setObserver(nullptr);
    EXPECT_TRUE(shown.contains(local(baseline.requirement(id)->title)));
}

} // namespace
} // namespace dpia::ui

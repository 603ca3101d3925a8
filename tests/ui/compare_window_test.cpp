// File → "Compare with…" (issue 18, item 3): the chosen document against the open one,
// the changes grouped by kind in a window that the keyboard can walk.
#include "tests/ui/gui_test_support.h"
#include "ui/dialogs/compare_dialog.h"
#include "ui/dialogs/file_dialog.h"
#include "ui/dialogs/message_box.h"
#include "ui/session/document_commands.h"
#include "ui/session/document_session.h"
#include "ui/text/translator.h"
#include "ui/window/main_window.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

namespace dpia::ui {
namespace {

class CompareWindow : public GuiTest {
protected:
    void TearDown() override {
        installTranslations(*qApp, kDutch);
        GuiTest::TearDown();
    }

    static CompareDialog* shownDialog(MainWindow& window) {
        for (CompareDialog* dialog : window.findChildren<CompareDialog*>()) {
            if (dialog->isVisible()) {
                return dialog;
            }
        }
        return nullptr;
    }

    /// The texts of the tree: each heading, and under it its changes indented.
    static QStringList rows(const QTreeWidget& tree) {
        QStringList out;
        for (int i = 0; i < tree.topLevelItemCount(); ++i) {
            const QTreeWidgetItem* group = tree.topLevelItem(i);
            out << group->text(0);
            for (int j = 0; j < group->childCount(); ++j) {
                out << QStringLiteral("  ") + group->child(j)->text(0);
            }
        }
        return out;
    }
};

TEST_F(CompareWindow, ShowsTheChangesSinceTheChosenFileGroupedByKind) {
    installTranslations(*qApp, kEnglish);
    MainWindow window;
    EXPECT_FALSE(window.compareAction()->isEnabled());
    window.openExample();
    ASSERT_NE(window.session(), nullptr);
    ASSERT_TRUE(window.compareAction()->isEnabled());
    const QString before = path(QStringLiteral("version 1.dpia"));
    ASSERT_TRUE(window.session()->saveCopy(before));

    storage::Metadata details = window.session()->assessment().metadata;
    details.version = 2;
    details.title += " herzien";
    ASSERT_TRUE(window.session()->apply({storage::SetMetadata{details}}));

    FileDialog::instance().prepare(before);
    window.compareAction()->trigger();
    EXPECT_EQ(FileDialog::instance().pendingAnswers(), 0);
    CompareDialog* dialog = shownDialog(window);
    ASSERT_NE(dialog, nullptr) << MessageBox::shown().join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(dialog->windowTitle(), QStringLiteral("What changed"));
    const QStringList shown = rows(*dialog->tree());
    ASSERT_EQ(shown.size(), 3) << shown.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(shown[0], QStringLiteral("Document (2)"));
    EXPECT_TRUE(shown.contains(QStringLiteral("  Document — version: 1 → 2")))
        << shown.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(shown.filter(QStringLiteral("{+herzien+}")).size() == 1)
        << shown.join(QLatin1Char('\n')).toStdString();

    // The keyboard walks the changes; the details pane follows.
    dialog->activateWindow();
    dialog->tree()->setFocus();
    const QString first = dialog->details()->toPlainText();
    QTest::keyClick(dialog->tree(), Qt::Key_Down);
    const QString second = dialog->details()->toPlainText();
    EXPECT_NE(first, second);
    EXPECT_TRUE(first.contains(QStringLiteral("Before:")) ||
                second.contains(QStringLiteral("Before:")))
        << first.toStdString() << "\n"
        << second.toStdString();
    EXPECT_TRUE(unnamedInputs(dialog).isEmpty())
        << unnamedInputs(dialog).join(QStringLiteral(", ")).toStdString();
    QTest::keyClick(dialog->tree(), Qt::Key_Escape);
    EXPECT_EQ(shownDialog(window), nullptr);
    // Comparing never changed the chosen file: it still has version 1.
    auto copy = DocumentSession::open(before, DocumentSession::Mode::readOnly);
    ASSERT_TRUE(copy);
    EXPECT_EQ((*copy)->assessment().metadata.version, 1);
}

// Safeguards no longer in place: the risks they lowered move, and the details say why. The
// window is also saved as the user guide's screenshot (build/tests/ui/screenshots).
TEST_F(CompareWindow, ARiskThatMovedShowsWhatMovedIt) {
    installTranslations(*qApp, kDutch);
    MainWindow window;
    window.openExample();
    ASSERT_NE(window.session(), nullptr);
    DocumentSession& session = *window.session();
    const QString before = path(QStringLiteral("versie 1.dpia"));
    ASSERT_TRUE(session.saveCopy(before));
    // Every safeguard the example has in place whose status it stores is switched off.
    storage::EditList off;
    for (const auto& [id, entry] : session.assessment().safeguards) {
        const baseline::Safeguard* safeguard = session.baseline().safeguard(id);
        if (safeguard != nullptr && !safeguard->fact &&
            entry.status == storage::SafeguardStatus::implemented) {
            off.push_back(storage::SetSafeguard{
                id, storage::SafeguardEntry{storage::SafeguardStatus::notImplemented, "Uitgezet"}});
        }
    }
    ASSERT_FALSE(off.empty());
    ASSERT_TRUE(session.apply(off));

    FileDialog::instance().prepare(before);
    window.compareAction()->trigger();
    CompareDialog* dialog = shownDialog(window);
    ASSERT_NE(dialog, nullptr);
    QTreeWidgetItem* risks = nullptr;
    for (int i = 0; i < dialog->tree()->topLevelItemCount(); ++i) {
        if (dialog->tree()->topLevelItem(i)->text(0).startsWith(QStringLiteral("Risico's ("))) {
            risks = dialog->tree()->topLevelItem(i);
        }
    }
    ASSERT_NE(risks, nullptr) << rows(*dialog->tree()).join(QLatin1Char('\n')).toStdString();
    ASSERT_GT(risks->childCount(), 0);
    EXPECT_TRUE(risks->child(0)->text(0).contains(QStringLiteral("restrisico")))
        << risks->child(0)->text(0).toStdString();
    dialog->tree()->setCurrentItem(risks->child(0));
    const QString details = dialog->details()->toPlainText();
    EXPECT_TRUE(details.contains(QStringLiteral("Doordat:"))) << details.toStdString();
    EXPECT_TRUE(details.contains(QStringLiteral("vervallen:"))) << details.toStdString();
    QDir folder(QCoreApplication::applicationDirPath());
    folder.mkpath(QStringLiteral("screenshots"));
    dialog->grab().save(folder.filePath(QStringLiteral("screenshots/compare-window-nl.png")));
}

// A revision is compared, unless the user picks another file, with the final it came from.
TEST_F(CompareWindow, ARevisionProposesTheFinalItCameFrom) {
    installTranslations(*qApp, kEnglish);
    MainWindow window;
    window.openExample();
    ASSERT_NE(window.session(), nullptr);
    const QString final = window.session()->path();
    ASSERT_TRUE(window.session()->apply({storage::SetStatus{storage::DocumentStatus::final}}));
    const QString revision = path(QStringLiteral("revision.dpia"));
    FileDialog::instance().prepare(revision);
    window.newRevision();
    ASSERT_NE(window.session(), nullptr);
    ASSERT_EQ(window.session()->path(), revision)
        << MessageBox::shown().join(QLatin1Char('\n')).toStdString();

    // The revision is in another folder than its final: nothing to propose but the folder.
    FileDialog::instance().prepare(QString());
    window.compareAction()->trigger();
    EXPECT_EQ(FileDialog::instance().lastProposal(), QFileInfo(revision).absolutePath());
    // Next to it, the final is found by its change log, whatever its name.
    ASSERT_TRUE(window.closeDocument());
    const QString moved = QFileInfo(revision).dir().filePath(QStringLiteral("vastgesteld.dpia"));
    ASSERT_TRUE(QFile::rename(final, moved));
    ASSERT_TRUE(window.openPath(revision));
    FileDialog::instance().prepare(moved);
    window.compareAction()->trigger();
    EXPECT_EQ(FileDialog::instance().lastProposal(), moved);
    CompareDialog* dialog = shownDialog(window);
    ASSERT_NE(dialog, nullptr);
    const QStringList shown = rows(*dialog->tree());
    EXPECT_TRUE(shown.contains(QStringLiteral("  Document — version: 1 → 2")))
        << shown.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(shown.contains(QStringLiteral("  Document — status: final → draft")))
        << shown.join(QLatin1Char('\n')).toStdString();
}

TEST_F(CompareWindow, SaysSoInDutchWhenNothingChanged) {
    installTranslations(*qApp, kDutch);
    MainWindow window;
    window.openExample();
    ASSERT_NE(window.session(), nullptr);
    const QString copy = path(QStringLiteral("kopie.dpia"));
    ASSERT_TRUE(window.session()->saveCopy(copy));
    FileDialog::instance().prepare(copy);
    window.compareAction()->trigger();
    CompareDialog* dialog = shownDialog(window);
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->windowTitle(), QStringLiteral("Wat is er veranderd"));
    EXPECT_EQ(rows(*dialog->tree()), QStringList{QStringLiteral("Geen verschillen")});
}

TEST_F(CompareWindow, AFileThatIsNotADocumentGivesAMessageAndNoWindow) {
    MainWindow window;
    window.openExample();
    ASSERT_NE(window.session(), nullptr);
    const QString bad = path(QStringLiteral("kapot.dpia"));
    QFile file(bad);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("geen DPIA");
    file.close();
    FileDialog::instance().prepare(bad);
    window.compareAction()->trigger();
    EXPECT_EQ(shownDialog(window), nullptr);
    EXPECT_EQ(MessageBox::shown().size(), 1);
}

} // namespace
} // namespace dpia::ui

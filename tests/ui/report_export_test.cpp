// File → Export as PDF and File → Print (issue 8): the report of the open document, with
// the file dialog answered in advance and the print preview closed by the test.
#include "tests/ui/gui_test_support.h"
#include "ui/dialogs/file_dialog.h"
#include "ui/dialogs/message_box.h"
#include "ui/session/document_session.h"
#include "ui/text/translator.h"
#include "ui/window/main_window.h"

#include <sys/stat.h>

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QProcess>
#include <QTimer>

namespace dpia::ui {
namespace {

QString pdfText(const QString& path) {
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), path, QStringLiteral("-")});
    EXPECT_TRUE(process.waitForFinished(60000) && process.exitCode() == 0)
        << "pdftotext (poppler-utils) is needed";
    return QString::fromUtf8(process.readAllStandardOutput()).simplified();
}

class ReportExport : public GuiTest {
protected:
    void TearDown() override {
        // The next test starts without a translator, in the default language.
        installTranslations(*qApp, kDutch);
        GuiTest::TearDown();
    }

    /// Exports through the File menu, answering the file dialog with `answer`.
    void exportAs(MainWindow& window, const QString& answer) {
        FileDialog::instance().prepare(answer);
        window.exportPdfAction()->trigger();
    }
};

TEST_F(ReportExport, NeedsAnOpenDocumentAndPrintHasTheStandardShortcut) {
    MainWindow window;
    EXPECT_FALSE(window.exportPdfAction()->isEnabled());
    EXPECT_FALSE(window.printAction()->isEnabled());
    EXPECT_EQ(window.printAction()->shortcut(), QKeySequence(QKeySequence::Print));
    window.openExample();
    ASSERT_NE(window.session(), nullptr);
    EXPECT_TRUE(window.exportPdfAction()->isEnabled());
    EXPECT_TRUE(window.printAction()->isEnabled());
}

TEST_F(ReportExport, ProposesTheDocumentsFolderAndNameAndWritesAnOwnerOnlyPdf) {
    MainWindow window;
    window.openExample();
    ASSERT_NE(window.session(), nullptr);
    const QFileInfo document(window.session()->path());

    const QString chosen = path(QStringLiteral("rapport")); // without suffix: .pdf is added
    exportAs(window, chosen);
    EXPECT_EQ(FileDialog::instance().lastProposal(),
              document.dir().filePath(document.completeBaseName() + QStringLiteral(".pdf")));
    const QString pdf = chosen + QStringLiteral(".pdf");
    ASSERT_TRUE(QFileInfo::exists(pdf))
        << MessageBox::shown().join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(MessageBox::shown().isEmpty());
    struct stat info {};
    ASSERT_EQ(::stat(QFile::encodeName(pdf).constData(), &info), 0);
    EXPECT_EQ(info.st_mode & 0777, 0600u);
    const QString text = pdfText(pdf);
    EXPECT_TRUE(text.contains(window.session()->title().simplified()));
}

// Issue 21, item 1: the save dialog asked before replacing the file it returned, so an
// earlier report there is replaced whole; a file the program adds ".pdf" to was not asked
// about and is kept.
TEST_F(ReportExport, ReplacesTheFileTheDialogAskedAboutAndKeepsOneItDidNot) {
    MainWindow window;
    window.openExample();
    ASSERT_NE(window.session(), nullptr);
    const QString pdf = path(QStringLiteral("eerder.pdf"));
    const auto writeEarlier = [&] {
        QFile earlier(pdf);
        ASSERT_TRUE(earlier.open(QIODevice::WriteOnly | QIODevice::Truncate));
        earlier.write("eerder rapport");
    };
    const auto content = [&] {
        QFile file(pdf);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    writeEarlier();
    exportAs(window, pdf);
    EXPECT_TRUE(MessageBox::shown().isEmpty())
        << MessageBox::shown().join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(content().startsWith("%PDF-"));

    writeEarlier();
    exportAs(window, path(QStringLiteral("eerder")));
    ASSERT_EQ(MessageBox::shown().size(), 1);
    EXPECT_TRUE(MessageBox::shown().last().contains(QStringLiteral("eerder.pdf")))
        << MessageBox::shown().last().toStdString();
    EXPECT_EQ(content(), QByteArray("eerder rapport"));
}

TEST_F(ReportExport, WritesInTheLanguageOfTheUi) {
    ASSERT_TRUE(installTranslations(*qApp, kDutch));
    MainWindow window;
    window.openExample();
    ASSERT_NE(window.session(), nullptr);
    exportAs(window, path(QStringLiteral("nl.pdf")));
    const QString dutch = pdfText(path(QStringLiteral("nl.pdf")));
    EXPECT_TRUE(dutch.contains(QStringLiteral("Managementsamenvatting")));
    EXPECT_TRUE(dutch.contains(QStringLiteral("pagina 1 van ")));

    ASSERT_TRUE(installTranslations(*qApp, kEnglish));
    exportAs(window, path(QStringLiteral("en.pdf")));
    const QString english = pdfText(path(QStringLiteral("en.pdf")));
    EXPECT_TRUE(english.contains(QStringLiteral("Management summary")));
    EXPECT_TRUE(english.contains(QStringLiteral("page 1 of ")));
    EXPECT_FALSE(english.contains(QStringLiteral("Managementsamenvatting")));
    // The baseline's questions follow the UI language too.
    EXPECT_TRUE(english.contains(QStringLiteral("Which personal data are processed?")));
}

TEST_F(ReportExport, AFolderThatDoesNotExistGivesAClearMessageAndNoFile) {
    MainWindow window;
    window.openExample();
    ASSERT_NE(window.session(), nullptr);
    const QString nowhere = path(QStringLiteral("geen-map/rapport.pdf"));
    exportAs(window, nowhere);
    ASSERT_EQ(MessageBox::shown().size(), 1);
    EXPECT_TRUE(MessageBox::shown().front().contains(QStringLiteral("could not be written")));
    EXPECT_TRUE(MessageBox::shown().front().contains(QDir::toNativeSeparators(nowhere)));
    EXPECT_FALSE(QFileInfo::exists(nowhere));
}

TEST_F(ReportExport, CancellingTheDialogWritesNothing) {
    MainWindow window;
    window.openExample();
    ASSERT_NE(window.session(), nullptr);
    const QStringList before = QDir(path(QString())).entryList(QDir::Files);
    exportAs(window, QString());
    EXPECT_EQ(FileDialog::instance().askedCount(), 1);
    EXPECT_TRUE(MessageBox::shown().isEmpty());
    EXPECT_EQ(QDir(path(QString())).entryList(QDir::Files), before);
}

TEST_F(ReportExport, PrintShowsAPreviewOfTheWholeReport) {
    MainWindow window;
    window.openExample();
    ASSERT_NE(window.session(), nullptr);
    int pages = 0;
    bool shown = false;
    // Runs inside the preview's own event loop: count its pages, then close it.
    QTimer::singleShot(0, &window, [&] {
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            auto* preview = qobject_cast<QPrintPreviewDialog*>(widget);
            if (preview == nullptr || !preview->isVisible()) {
                continue;
            }
            shown = true;
            auto* pagesView = preview->findChild<QPrintPreviewWidget*>();
            if (pagesView != nullptr) {
                pagesView->updatePreview();
                pages = pagesView->pageCount();
            }
            preview->reject();
        }
    });
    window.printAction()->trigger();
    EXPECT_TRUE(shown);
    EXPECT_GT(pages, 30); // the example's report runs to some sixty pages
    EXPECT_TRUE(MessageBox::shown().isEmpty());
}

} // namespace
} // namespace dpia::ui

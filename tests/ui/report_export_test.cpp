// File → Export as PDF and File → Print (issue 8): the report of the open document, with
// the file dialog answered in advance and the print preview closed by the test.
#include "tests/ui/gui_test_support.h"
#include "ui/dialogs/export_flow.h"
#include "ui/dialogs/file_dialog.h"
#include "ui/dialogs/message_box.h"
#include "ui/session/document_session.h"
#include "ui/text/translator.h"
#include "ui/window/main_window.h"

#include <functional>
#include <sys/stat.h>

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QProcess>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QUrl>

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

    /// Runs File → Print and, inside the preview's own event loop, `use` on the preview;
    /// then closes it. True when the preview was shown.
    static bool printWithPreview(MainWindow& window,
                                 const std::function<void(QPrintPreviewDialog&)>& use) {
        bool shown = false;
        QTimer::singleShot(0, &window, [&] {
            for (QWidget* widget : QApplication::topLevelWidgets()) {
                auto* preview = qobject_cast<QPrintPreviewDialog*>(widget);
                if (preview != nullptr && preview->isVisible()) {
                    shown = true;
                    use(*preview);
                    preview->reject();
                }
            }
        });
        window.printAction()->trigger();
        return shown;
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
    // The user is told where it went.
    ASSERT_EQ(MessageBox::shown().size(), 1);
    EXPECT_TRUE(MessageBox::shown().front().contains(QDir::toNativeSeparators(pdf)));
    struct stat info {};
    ASSERT_EQ(::stat(QFile::encodeName(pdf).constData(), &info), 0);
    EXPECT_EQ(info.st_mode & 0777, 0600u);
    const QString text = pdfText(pdf);
    EXPECT_TRUE(text.contains(window.session()->title().simplified()));
}

// Issue 22, item 15: File → Export as web page writes the same report as one accessible
// HTML page, in the UI language, owner-only, and says where it went.
TEST_F(ReportExport, ExportsTheReportAsOneWebPageInTheUiLanguage) {
    installTranslations(*qApp, kEnglish);
    MainWindow window;
    EXPECT_FALSE(window.exportHtmlAction()->isEnabled());
    window.openExample();
    ASSERT_NE(window.session(), nullptr);
    ASSERT_TRUE(window.exportHtmlAction()->isEnabled());
    const QFileInfo document(window.session()->path());

    const QString chosen = path(QStringLiteral("report")); // without suffix: .html is added
    FileDialog::instance().prepare(chosen);
    window.exportHtmlAction()->trigger();
    EXPECT_EQ(FileDialog::instance().lastProposal(),
              document.dir().filePath(document.completeBaseName() + QStringLiteral(".html")));
    const QString html = chosen + QStringLiteral(".html");
    ASSERT_TRUE(QFileInfo::exists(html))
        << MessageBox::shown().join(QLatin1Char('\n')).toStdString();
    ASSERT_EQ(MessageBox::shown().size(), 1);
    EXPECT_TRUE(MessageBox::shown().front().contains(QDir::toNativeSeparators(html)));
    struct stat info {};
    ASSERT_EQ(::stat(QFile::encodeName(html).constData(), &info), 0);
    EXPECT_EQ(info.st_mode & 0777, 0600u);
    QFile file(html);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString page = QString::fromUtf8(file.readAll());
    EXPECT_TRUE(page.startsWith(QStringLiteral("<!DOCTYPE html>")));
    EXPECT_TRUE(page.contains(QStringLiteral("<html lang=\"en\">")));
    EXPECT_TRUE(page.contains(QStringLiteral("<h1 id=\"part-1\">Management summary</h1>")));
    EXPECT_TRUE(page.contains(window.session()->title().toHtmlEscaped()));
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
    ASSERT_EQ(MessageBox::shown().size(), 1) << "it says where the report went";
    EXPECT_TRUE(content().startsWith("%PDF-"));

    writeEarlier();
    // The dialog was not asked about "eerder.pdf": the file is kept, the user told, and the
    // dialog offered again (here cancelled).
    FileDialog::instance().prepare(path(QStringLiteral("eerder")));
    FileDialog::instance().prepare(QString());
    window.exportPdfAction()->trigger();
    ASSERT_EQ(MessageBox::shown().size(), 2);
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
    FileDialog::instance().prepare(nowhere);
    FileDialog::instance().prepare(QString()); // the dialog comes again: cancelled
    window.exportPdfAction()->trigger();
    ASSERT_EQ(MessageBox::shown().size(), 1);
    EXPECT_EQ(FileDialog::instance().askedCount(), 2);
    EXPECT_EQ(FileDialog::instance().lastProposal(), nowhere) << "offered the same name again";
    EXPECT_TRUE(MessageBox::shown().front().contains(QStringLiteral("could not be written")));
    EXPECT_TRUE(MessageBox::shown().front().contains(QDir::toNativeSeparators(nowhere)));
    EXPECT_FALSE(QFileInfo::exists(nowhere));
}

// Issue 22, item 12: a successful export says where the file went and offers to open it or
// its folder; after an error the dialog comes again, and the second try is written.
TEST_F(ReportExport, AnExportSaysWhereItWentAndOffersToOpenTheFileOrFolder) {
    MainWindow window;
    window.openExample();
    ASSERT_NE(window.session(), nullptr);
    QList<QUrl> opened;
    ExportFlow::setOpener([&opened](const QUrl& url) { opened << url; });
    const QString nowhere = path(QStringLiteral("geen-map/rapport.pdf"));
    const QString pdf = path(QStringLiteral("rapport.pdf"));
    FileDialog::instance().prepare(nowhere);
    FileDialog::instance().prepare(pdf);    // the second time: a folder that exists
    MessageBox::prepare(QMessageBox::Ok);   // the error
    MessageBox::prepare(QMessageBox::Open); // "Open the file"
    window.exportPdfAction()->trigger();
    EXPECT_TRUE(QFileInfo::exists(pdf));
    ASSERT_EQ(MessageBox::shown().size(), 2);
    EXPECT_TRUE(MessageBox::shown()[0].contains(QStringLiteral("could not be written")));
    EXPECT_TRUE(MessageBox::shown()[1].contains(QDir::toNativeSeparators(pdf)));
    EXPECT_EQ(opened, QList<QUrl>{QUrl::fromLocalFile(pdf)});

    MessageBox::prepare(QMessageBox::Yes); // "Show the folder"
    const QString again = path(QStringLiteral("rapport-2.pdf"));
    exportAs(window, again);
    ASSERT_EQ(opened.size(), 2);
    EXPECT_EQ(opened.last(), QUrl::fromLocalFile(QFileInfo(again).absolutePath()));
    ExportFlow::setOpener(nullptr);
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
    const bool shown = printWithPreview(window, [&pages](QPrintPreviewDialog& preview) {
        if (auto* pagesView = preview.findChild<QPrintPreviewWidget*>()) {
            pagesView->updatePreview();
            pages = pagesView->pageCount();
        }
    });
    EXPECT_TRUE(shown);
    EXPECT_GT(pages, 30); // the example's report runs to some sixty pages
    EXPECT_TRUE(MessageBox::shown().isEmpty());
}

// Issue 22, item 8: the preview's tool buttons take Tab and have names; pages and zoom have
// keys.
TEST_F(ReportExport, ThePrintPreviewWorksByKeyboard) {
    MainWindow window;
    window.openExample();
    ASSERT_NE(window.session(), nullptr);
    QStringList unnamed;
    int tabStops = 0;
    int pageAfterPageDown = 0;
    bool zoomed = false;
    const bool shown = printWithPreview(window, [&](QPrintPreviewDialog& preview) {
        for (QToolButton* button : preview.findChildren<QToolButton*>()) {
            if (!button->isVisible() || button->defaultAction() == nullptr) {
                continue;
            }
            ++tabStops;
            if (!(button->focusPolicy() & Qt::TabFocus)) {
                unnamed << QStringLiteral("no Tab: ") + button->defaultAction()->iconText();
            }
            if (button->accessibleName().isEmpty()) {
                unnamed << QStringLiteral("no name: ") + button->defaultAction()->iconText();
            }
        }
        auto* pages = preview.findChild<QPrintPreviewWidget*>();
        ASSERT_NE(pages, nullptr);
        pages->updatePreview();
        pages->setCurrentPage(1);
        const qreal zoom = pages->zoomFactor();
        preview.activateWindow(); // keys reach the shortcuts of the active window
        EXPECT_TRUE(QTest::qWaitForWindowActive(&preview));
        QWidget* focus = QApplication::focusWidget() != nullptr ? QApplication::focusWidget()
                                                                : static_cast<QWidget*>(&preview);
        QTest::keyClick(focus, Qt::Key_PageDown);
        pageAfterPageDown = pages->currentPage();
        QTest::keyClick(focus, Qt::Key_Plus, Qt::ControlModifier);
        zoomed = pages->zoomFactor() > zoom;
    });
    ASSERT_TRUE(shown);
    EXPECT_GT(tabStops, 5); // print, page set-up, zoom, pages, ...
    EXPECT_EQ(unnamed.join(QLatin1Char('\n')).toStdString(), "");
    EXPECT_EQ(pageAfterPageDown, 2);
    EXPECT_TRUE(zoomed);
}

} // namespace
} // namespace dpia::ui

// Help inside the program (issue 22, item 11): F1 opens the bundled user guide at the
// section of the page in view, its search finds words, its keyboard table names every
// shortcut of the window, and About names the program's and the baseline's version.
#include "core/baseline/baseline.h"
#include "core/baseline/embedded_image.h"
#include "core/version.h"
#include "tests/ui/gui_test_support.h"
#include "ui/dialogs/help_window.h"
#include "ui/session/document_session.h"
#include "ui/session/page_ids.h"
#include "ui/text/local_text.h"
#include "ui/text/translator.h"
#include "ui/window/about_dialog.h"
#include "ui/window/document_view.h"
#include "ui/window/main_window.h"

#include <map>

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QShortcut>
#include <QTest>
#include <QTextBrowser>

namespace dpia::ui {
namespace {

class Help : public GuiTest {
protected:
    void TearDown() override {
        installTranslations(*qApp, kDutch);
        GuiTest::TearDown();
    }

    /// Presses F1 where the focus is and returns the guide that opened.
    static HelpWindow* pressF1(MainWindow& window) {
        // As when the user comes back to the main window from the guide.
        QApplication::setActiveWindow(&window);
        QWidget* target =
            window.focusWidget() != nullptr ? window.focusWidget() : static_cast<QWidget*>(&window);
        QTest::keyClick(target, Qt::Key_F1);
        auto* help = window.findChild<HelpWindow*>(QStringLiteral("helpWindow"));
        EXPECT_NE(help, nullptr);
        EXPECT_TRUE(help != nullptr && help->isVisible());
        return help;
    }
};

TEST_F(Help, F1OpensTheGuideAtTheSectionOfThePageInView) {
    MainWindow window;
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    // The start page: how to begin.
    HelpWindow* help = pressF1(window);
    ASSERT_NE(help, nullptr);
    // The guide speaks the UI language (Dutch here: the tests' settings say so).
    EXPECT_EQ(help->currentSection(), local({"Beginnen", "Getting started"}));
    help->hide();

    window.openExample();
    ASSERT_NE(window.session(), nullptr);
    const std::vector<std::pair<std::string, LocalText>> expected{
        {std::string(pages::risks), {"Risicoregister", "Risk register"}},
        {std::string(pages::safeguards), {"Maatregelen", "Safeguards"}},
        {std::string(pages::coverage), {"Dekking van de eisen", "Requirement coverage"}},
        {std::string(pages::plan), {"Plan van aanpak", "Action plan"}},
        {std::string(pages::decision), {"Vaststelling en status", "Sign-off and status"}},
        {window.session()->baseline().sections().front().id, {"Antwoorden", "Answering"}},
    };
    for (const auto& [page, section] : expected) {
        window.documentView()->showPage(page);
        QApplication::processEvents();
        help = pressF1(window);
        ASSERT_NE(help, nullptr);
        EXPECT_EQ(help->currentSection(), local(section)) << page;
        help->hide();
    }
    // One guide window, not one per F1.
    EXPECT_EQ(window.findChildren<HelpWindow*>().size(), 1);
}

TEST_F(Help, TheHelpMenuOpensTheGuideInTheUiLanguage) {
    ASSERT_TRUE(installTranslations(*qApp, kDutch));
    MainWindow window;
    window.show();
    window.openExample();
    window.documentView()->showPage(std::string(pages::plan));
    ASSERT_EQ(window.helpAction()->shortcut(), QKeySequence(QKeySequence::HelpContents));
    window.helpAction()->trigger();
    auto* help = window.findChild<HelpWindow*>(QStringLiteral("helpWindow"));
    ASSERT_NE(help, nullptr);
    EXPECT_EQ(help->currentSection(), QStringLiteral("Plan van aanpak"));
    const auto* text = help->findChild<QTextBrowser*>(QStringLiteral("helpText"));
    ASSERT_NE(text, nullptr);
    EXPECT_TRUE(text->toPlainText().contains(QStringLiteral("Gebruikershandleiding")));
    EXPECT_FALSE(text->toPlainText().contains(QStringLiteral("Getting started")));
}

TEST_F(Help, SearchFindsAWordCountsItAndGoesRound) {
    HelpWindow help(Lang::en);
    help.show();
    auto* search = help.findChild<QLineEdit*>(QStringLiteral("helpSearch"));
    auto* count = help.findChild<QLabel*>(QStringLiteral("helpCount"));
    auto* text = help.findChild<QTextBrowser*>(QStringLiteral("helpText"));
    ASSERT_TRUE(search != nullptr && count != nullptr && text != nullptr);

    search->setText(QStringLiteral("baseline"));
    EXPECT_EQ(text->textCursor().selectedText().toLower(), QStringLiteral("baseline"));
    const int found = count->text().section(QLatin1Char(' '), -1).toInt();
    EXPECT_GE(found, 5) << count->text().toStdString();
    const int first = text->textCursor().position();
    ASSERT_TRUE(help.find());
    EXPECT_GT(text->textCursor().position(), first);
    ASSERT_TRUE(help.find(true));
    EXPECT_EQ(text->textCursor().position(), first);
    // Backwards from the first goes round to the last.
    ASSERT_TRUE(help.find(true));
    EXPECT_GT(text->textCursor().position(), first);

    search->setText(QStringLiteral("xylophone"));
    EXPECT_EQ(count->text(), QStringLiteral("Not found"));
    EXPECT_FALSE(help.find());
}

TEST_F(Help, TheContentsListTheGuidesSections) {
    HelpWindow help(Lang::nl);
    EXPECT_TRUE(help.showSection(QStringLiteral("Met het toetsenbord")));
    EXPECT_TRUE(help.showSection(QStringLiteral("Rapport: PDF, webpagina en afdrukken")));
    EXPECT_FALSE(help.showSection(QStringLiteral("Geen hoofdstuk")));
}

TEST_F(Help, TheGuideWindowIsUsableByKeyboardAndScreenReader) {
    HelpWindow help(Lang::nl);
    help.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&help));
    EXPECT_EQ(tabOrderProblems(&help), QStringList());
    EXPECT_EQ(mnemonicProblems(&help), QStringList());
    EXPECT_EQ(unnamedInputs(&help), QStringList());
}

/// The rows of the guide's keyboard table in `lang` (its "Keyboard" section).
QString keyboardTable(Lang lang) {
    const QString guide = HelpWindow::guideMarkdown(lang);
    const QString heading = lang == Lang::en ? QStringLiteral("\n## Keyboard\n")
                                             : QStringLiteral("\n## Met het toetsenbord\n");
    const qsizetype start = guide.indexOf(heading);
    EXPECT_GE(start, 0);
    const qsizetype end = guide.indexOf(QStringLiteral("\n## "), start + 1);
    QString rows;
    for (const QString& line : guide.mid(start, end - start).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1Char('|'))) {
            rows += line + QLatin1Char('\n');
        }
    }
    return rows;
}

/// A key as the guide writes it: Qt's portable text with the names spelt out as on the
/// keyboard ("Alt+Ins" is `Alt+Insert`, "Alt+Up" is `Alt+↑`).
QString asInGuide(const QKeySequence& key) {
    QStringList parts = key.toString(QKeySequence::PortableText).split(QLatin1Char('+'));
    static const std::map<QString, QString> names{{QStringLiteral("Ins"), QStringLiteral("Insert")},
                                                  {QStringLiteral("Del"), QStringLiteral("Delete")},
                                                  {QStringLiteral("Up"), QStringLiteral("↑")},
                                                  {QStringLiteral("Down"), QStringLiteral("↓")},
                                                  {QStringLiteral("Left"), QStringLiteral("←")},
                                                  {QStringLiteral("Right"), QStringLiteral("→")}};
    if (const auto named = names.find(parts.back()); named != names.end()) {
        parts.back() = named->second;
    }
    return parts.join(QLatin1Char('+'));
}

TEST_F(Help, TheKeyboardTableNamesEveryShortcutOfTheWindow) {
    MainWindow window;
    window.show();
    window.openExample();
    ASSERT_NE(window.session(), nullptr);
    // Every page built, so the shortcuts of its widgets exist too.
    for (const baseline::Section& section : window.session()->baseline().sections()) {
        window.documentView()->showPage(section.id);
    }
    for (const std::string& page : workspacePageIds()) {
        window.documentView()->showPage(page);
    }
    QStringList keys;
    for (const QAction* action : window.findChildren<QAction*>()) {
        for (const QKeySequence& key : action->shortcuts()) {
            keys << asInGuide(key);
        }
    }
    for (const QShortcut* shortcut : window.findChildren<QShortcut*>()) {
        for (const QKeySequence& key : shortcut->keys()) {
            keys << asInGuide(key);
        }
    }
    keys.removeDuplicates();
    EXPECT_GT(keys.size(), 15);
    for (const Lang lang : {Lang::nl, Lang::en}) {
        const QString table = keyboardTable(lang);
        for (const QString& key : keys) {
            EXPECT_TRUE(table.contains(QStringLiteral("`%1`").arg(key)))
                << key.toStdString() << " is missing from the keyboard table ("
                << (lang == Lang::en ? "en" : "nl") << ") of docs/USER-GUIDE.md";
        }
    }
}

TEST_F(Help, AboutNamesTheProgramsAndTheBaselinesVersion) {
    const auto shipped = baseline::Baseline::load(baseline::embeddedImage());
    ASSERT_TRUE(shipped);
    const baseline::BaselineInfo& info = (*shipped)->info();
    AboutDialog plain;
    const auto* text = plain.findChild<QLabel*>(QStringLiteral("aboutText"));
    ASSERT_NE(text, nullptr);
    EXPECT_TRUE(
        text->text().contains(QStringLiteral("version %1").arg(QString::fromUtf8(kVersion))))
        << text->text().toStdString();
    EXPECT_TRUE(
        text->text().contains(QStringLiteral("Baseline in this program: %1 %2")
                                  .arg(local(info.title), QString::fromStdString(info.version))
                                  .toHtmlEscaped()))
        << text->text().toStdString();
    EXPECT_FALSE(text->text().contains(QStringLiteral("open document")));

    baseline::BaselineInfo older = info;
    older.version = "2025.9";
    AboutDialog withDocument(nullptr, &older);
    const auto* both = withDocument.findChild<QLabel*>(QStringLiteral("aboutText"));
    EXPECT_TRUE(both->text().contains(QStringLiteral("Baseline of the open document: %1 2025.9")
                                          .arg(local(info.title))
                                          .toHtmlEscaped()));
}

} // namespace
} // namespace dpia::ui

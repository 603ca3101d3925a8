#include "ui/text/translator.h"
#include "ui/window/about_dialog.h"
#include "ui/window/main_window.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QTranslator>

namespace dpia::ui {
namespace {

QStringList menuTitles(const MainWindow& window) {
    QStringList titles;
    const auto actions = window.menuBar()->actions();
    for (const QAction* action : actions) {
        titles << action->text();
    }
    return titles;
}

void removeTranslators() {
    const auto translators = qApp->findChildren<QTranslator*>();
    for (QTranslator* translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

TEST(MainWindow, HasFileEditHelpMenusWithStandardShortcuts) {
    removeTranslators();
    MainWindow window;
    EXPECT_EQ(menuTitles(window), (QStringList{QStringLiteral("&File"), QStringLiteral("&Edit"),
                                               QStringLiteral("&Go"), QStringLiteral("&Help")}));
    EXPECT_EQ(window.quitAction()->shortcut(), QKeySequence(QKeySequence::Quit));
    EXPECT_FALSE(window.windowTitle().isEmpty());
}

TEST(MainWindow, SpeaksDutchWithTheDutchCatalogue) {
    removeTranslators();
    ASSERT_TRUE(installTranslations(*qApp, kDutch));
    MainWindow window;
    EXPECT_EQ(menuTitles(window),
              (QStringList{QStringLiteral("&Bestand"), QStringLiteral("Be&werken"),
                           QStringLiteral("&Ga naar"), QStringLiteral("&Help")}));
    removeTranslators();
}

TEST(MainWindow, UnknownLanguageIsRefused) {
    EXPECT_FALSE(installTranslations(*qApp, QStringLiteral("xx")));
}

TEST(AboutDialog, NamesVersionAndLicence) {
    removeTranslators();
    AboutDialog dialog;
    const auto* text = dialog.findChild<QLabel*>(QStringLiteral("aboutText"));
    ASSERT_NE(text, nullptr);
    EXPECT_TRUE(text->text().contains(QStringLiteral("EUPL-1.2")));
    EXPECT_TRUE(text->text().contains(QStringLiteral("no network connections")));
}

} // namespace
} // namespace dpia::ui

// dpia-assistant: the desktop application. `dpia-assistant [FILE]` opens FILE directly.
#include "app/app_logging.h"
#include "app/gui_arguments.h"
#include "app/qt_messages.h"
#include "app/quit_signals.h"
#include "app/single_instance.h"
#include "core/version.h"
#include "ui/settings/app_settings.h"
#include "ui/text/translator.h"
#include "ui/widgets/focus_frame.h"
#include "ui/window/main_window.h"

#include <cstring>
#include <iostream>
#include <spdlog/spdlog.h>

#include <QApplication>
#include <QFileInfo>
#include <QLocale>
#include <QStringList>
#include <QTimer>

namespace {

bool hasFlag(int argc, char** argv, const char* flag) {
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], flag) == 0) {
            return true;
        }
    }
    return false;
}

} // namespace

int main(int argc, char** argv) {
    // Answered before Qt starts, so it works without a display.
    if (hasFlag(argc, argv, "--version")) {
        std::cout << "dpia-assistant " << dpia::kVersion << "\n";
        return 0;
    }
    if (hasFlag(argc, argv, "--help")) {
        std::cout << "Usage: dpia-assistant [--lang nl|en] [--verbose] [FILE.dpia]\n";
        return 0;
    }
    QStringList given;
    for (int i = 0; i < argc; ++i) {
        given << QString::fromLocal8Bit(argv[i]);
    }
    const dpia::app::GuiArguments arguments = dpia::app::parseGuiArguments(given);
    if (!arguments.problem.isEmpty()) {
        std::cerr << "dpia-assistant: " << arguments.problem.toStdString()
                  << "\nUsage: dpia-assistant [--lang nl|en] [--verbose] [FILE.dpia]\n";
        return 1;
    }

    dpia::app::quietenKnownQtWarnings();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("DPIA Assistent"));
    QApplication::setApplicationName(QStringLiteral("dpia-assistent"));
    QApplication::setApplicationDisplayName(QStringLiteral("DPIA Assistent"));
    QApplication::setApplicationVersion(QString::fromUtf8(dpia::kVersion));
    // The menu entry (resources/desktop/): Wayland's app id, so the desktop shows the
    // window with the entry's name and icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("nl.dpiaassistent.DpiaAssistent"));

    dpia::app::installLogging(hasFlag(argc, argv, "--verbose"));
    spdlog::info("dpia-assistant {} starting", dpia::kVersion);

    // --lang is for this run only; the settings keep the user's choice.
    QString language =
        arguments.language.isEmpty() ? dpia::ui::settings::language() : arguments.language;
    if (!dpia::ui::installTranslations(app, language)) {
        language = dpia::ui::kDutch;
        dpia::ui::installTranslations(app, language);
    }
    // Numbers and dates follow the UI language (decimal comma in Dutch).
    QLocale::setDefault(QLocale(language == dpia::ui::kEnglish ? QStringLiteral("en_GB")
                                                               : QStringLiteral("nl_NL")));

    const QString file =
        arguments.file.isEmpty() ? QString() : QFileInfo(arguments.file).absoluteFilePath();
    // A file opened from the file manager while the program runs goes to that program.
    // --quit-after-show (tests, benchmarks) always runs on its own.
    dpia::ui::MainWindow* running = nullptr;
    dpia::app::SingleInstance instance;
    const bool handedOver =
        !hasFlag(argc, argv, "--quit-after-show") &&
        instance.handedOver(file, [&running](const QString& requested) {
            if (running == nullptr) {
                return;
            }
            running->setWindowState(running->windowState() & ~Qt::WindowMinimized);
            running->raise();
            running->activateWindow();
            if (!requested.isEmpty()) {
                running->openPath(requested);
            }
        });
    if (handedOver) {
        return 0;
    }

    // A clear focus frame in every theme, and focus that moves off-screen scrolls into view.
    dpia::ui::installFocusFrame(app);
    dpia::ui::MainWindow window;
    running = &window;
    dpia::app::quitOnTerminationSignals(&app);
    window.show();
    if (!file.isEmpty()) {
        // After the window is on screen, so a message about the file has a parent to sit on.
        QTimer::singleShot(0, &window, [&window, file] { window.openPath(file); });
    }
    // Test-only, not in --help (docs/QUALITY.md): quit as soon as the window is up and
    // FILE is open, painted once, so tests and tests/bench/time_to_window.sh can start the
    // app unattended. Queued after openPath, so it runs after it.
    if (hasFlag(argc, argv, "--quit-after-show")) {
        QTimer::singleShot(0, &window, [&window] {
            window.grab();
            QApplication::quit();
        });
    }
    return QApplication::exec();
}

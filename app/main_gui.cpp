// dpia-assistant: the desktop application. `dpia-assistant [FILE]` opens FILE directly.
#include "app/app_logging.h"
#include "app/gui_arguments.h"
#include "core/version.h"
#include "ui/settings/app_settings.h"
#include "ui/text/translator.h"
#include "ui/widgets/focus_frame.h"
#include "ui/window/main_window.h"

#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <iostream>
#include <spdlog/spdlog.h>
#include <unistd.h>

#include <QApplication>
#include <QLocale>
#include <QSocketNotifier>
#include <QStringList>
#include <QTimer>

namespace {

/// The self-pipe of SIGTERM and SIGHUP: the handler may only write(2); the event loop reads.
int gQuitPipe[2] = {-1, -1};

extern "C" void onQuitSignal(int) {
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(gQuitPipe[1], &byte, 1);
}

/// Log-out and shutdown send SIGTERM (or SIGHUP when the terminal goes): quit as from the
/// menu, so that the window's destructor saves pending typing and the document's lock file
/// is removed; colleagues on a shared folder are not locked out.
void quitOnTerminationSignals(QObject* parent) {
    if (::pipe2(gQuitPipe, O_CLOEXEC | O_NONBLOCK) != 0) {
        return;
    }
    struct sigaction action {};
    action.sa_handler = onQuitSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGTERM, &action, nullptr);
    ::sigaction(SIGHUP, &action, nullptr);
    auto* notifier = new QSocketNotifier(gQuitPipe[0], QSocketNotifier::Read, parent);
    QObject::connect(notifier, &QSocketNotifier::activated, parent, [] {
        char byte = 0;
        while (::read(gQuitPipe[0], &byte, 1) > 0) {
        }
        spdlog::info("quitting on a termination signal");
        QCoreApplication::quit(); // leaves every event loop, dialogs' too
    });
}

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

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("DPIA Assistent"));
    QApplication::setApplicationName(QStringLiteral("dpia-assistent"));
    QApplication::setApplicationDisplayName(QStringLiteral("DPIA Assistent"));
    QApplication::setApplicationVersion(QString::fromUtf8(dpia::kVersion));

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

    // A clear focus frame in every theme, and focus that moves off-screen scrolls into view.
    dpia::ui::installFocusFrame(app);
    dpia::ui::MainWindow window;
    quitOnTerminationSignals(&app);
    window.show();
    const QString file = arguments.file;
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

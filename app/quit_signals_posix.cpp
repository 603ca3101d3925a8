// POSIX signals into the Qt event loop (docs/PORTABILITY.md: on Windows, Qt's own
// end-of-session handling takes this place).
#include "app/quit_signals.h"

#include <csignal>
#include <fcntl.h>
#include <spdlog/spdlog.h>
#include <unistd.h>

#include <QCoreApplication>
#include <QSocketNotifier>

namespace dpia::app {

namespace {

/// The self-pipe of SIGTERM and SIGHUP: the handler may only write(2); the event loop reads.
int gQuitPipe[2] = {-1, -1};

extern "C" void onQuitSignal(int) {
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(gQuitPipe[1], &byte, 1);
}

} // namespace

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

} // namespace dpia::app

// dpia-assistant: the desktop application.
#include "app/app_logging.h"
#include "core/version.h"
#include "ui/main_window.h"
#include "ui/translator.h"

#include <cstring>
#include <iostream>
#include <spdlog/spdlog.h>

#include <QApplication>
#include <QSettings>

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

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("DPIA Assistent"));
    QApplication::setApplicationName(QStringLiteral("dpia-assistent"));
    QApplication::setApplicationDisplayName(QStringLiteral("DPIA Assistent"));
    QApplication::setApplicationVersion(QString::fromUtf8(dpia::kVersion));

    dpia::app::installLogging(hasFlag(argc, argv, "--verbose"));
    spdlog::info("dpia-assistant {} starting", dpia::kVersion);

    const QString language =
        QSettings().value(QStringLiteral("language"), dpia::ui::kDutch).toString();
    if (!dpia::ui::installTranslations(app, language)) {
        dpia::ui::installTranslations(app, dpia::ui::kDutch);
    }

    dpia::ui::MainWindow window;
    window.show();
    return QApplication::exec();
}

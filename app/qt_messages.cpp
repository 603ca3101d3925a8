#include "app/qt_messages.h"

#include <QString>
#include <QtGlobal>

namespace dpia::app {

namespace {

QtMessageHandler gQtDefault = nullptr;

void filter(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    if (message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set"))) {
        return; // may come before the log is set up, so it is not logged either
    }
    if (gQtDefault != nullptr) { // Qt returns its default handler; never null in practice
        gQtDefault(type, context, message);
    }
}

} // namespace

void quietenKnownQtWarnings() {
    gQtDefault = qInstallMessageHandler(filter);
}

} // namespace dpia::app

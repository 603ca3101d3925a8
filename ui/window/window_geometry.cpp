#include "ui/window/window_geometry.h"

#include "ui/settings/app_settings.h"

#include <algorithm>

#include <QGuiApplication>
#include <QScreen>
#include <QStyle>
#include <QWidget>

namespace dpia::ui {

namespace {

/// True when most of `geometry` lies on one screen and it is not larger than that screen:
/// the window can be seen and moved there.
bool fitsOnAScreen(const QRect& geometry) {
    const auto screens = QGuiApplication::screens();
    return std::any_of(screens.begin(), screens.end(), [&](const QScreen* screen) {
        const QRect available = screen->availableGeometry();
        const QRect shown = available.intersected(geometry);
        const qint64 area = qint64(geometry.width()) * geometry.height();
        return geometry.width() <= available.width() && geometry.height() <= available.height() &&
               qint64(shown.width()) * shown.height() * 2 >= area;
    });
}

} // namespace

QSize defaultWindowSize(const QRect& available) {
    return {std::min(1400, available.width() * 9 / 10), std::min(920, available.height() * 9 / 10)};
}

void restoreWindowGeometry(QWidget& window) {
    const QByteArray saved = settings::windowGeometry();
    if (!saved.isEmpty() && window.restoreGeometry(saved) &&
        (window.isMaximized() || fitsOnAScreen(window.geometry()))) {
        return;
    }
    window.setWindowState(window.windowState() & ~Qt::WindowMaximized);
    const QScreen* screen =
        window.screen() != nullptr ? window.screen() : QGuiApplication::primaryScreen();
    const QRect available = screen->availableGeometry();
    window.setGeometry(QStyle::alignedRect(Qt::LeftToRight, Qt::AlignCenter,
                                           defaultWindowSize(available), available));
}

void saveWindowGeometry(const QWidget& window) {
    settings::setWindowGeometry(window.saveGeometry());
}

} // namespace dpia::ui

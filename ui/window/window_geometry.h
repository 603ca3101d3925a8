#pragma once

#include <QRect>
#include <QSize>

class QWidget;

namespace dpia::ui {

/// The size the main window opens at the first time: most of the screen, within reason
/// (the layout also works at 1024 × 700 and at scale factor 2).
QSize defaultWindowSize(const QRect& available);

/// Restores the size and place the window had when it was last closed. Without one, or when
/// it no longer fits on any screen (a monitor unplugged, a lower resolution), the window gets
/// the default size, centred on its screen.
void restoreWindowGeometry(QWidget& window);
/// Remembers the window's size, place and maximised state for the next start.
void saveWindowGeometry(const QWidget& window);

} // namespace dpia::ui

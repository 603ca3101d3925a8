#pragma once

#include <QIcon>

namespace dpia::ui {

/// The program's one icon (resources/desktop/icons: the SVG is its source, the PNG sizes
/// are rendered from it by make_pngs.sh): the same picture on the window, the start page,
/// the menu entry and the package.
QIcon applicationIcon();

} // namespace dpia::ui

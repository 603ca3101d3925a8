#pragma once

#include <Qt>

class QSplitter;

namespace dpia::ui {

/// Puts the parts of `splitter` side by side when `width` is at least `sideBySide`, else
/// one above the other (a small screen, or large text), giving the first part
/// `firstShare` of the room. Acts only when the orientation changes, so sizes the user
/// dragged stay. Returns true when it changed the orientation.
bool fitSplitter(QSplitter* splitter, int width, int sideBySide, double firstShare);

} // namespace dpia::ui

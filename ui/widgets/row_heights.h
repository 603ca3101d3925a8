#pragma once

class QTableView;

namespace dpia::ui {

/// Rows of `table` as tall as their wrapped text, also after a column got narrower or
/// wider (a smaller window, a dragged column): Qt measures rows when their data changes,
/// not when the text of a cell wraps to another number of lines.
void fitRowsToContents(QTableView* table);

} // namespace dpia::ui

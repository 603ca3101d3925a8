#pragma once

class QPrintPreviewDialog;

namespace dpia::ui {

/// Makes Qt's print preview usable by keyboard and screen reader: its tool buttons (print,
/// page set-up, zoom, pages) take Tab and carry their action's name, and the pages and zoom
/// have keys — Page Down / Page Up, Home / End, Ctrl++ / Ctrl+-.
void makePreviewKeyboardFriendly(QPrintPreviewDialog& preview);

} // namespace dpia::ui

#pragma once

namespace dpia::app {

/// Keeps Qt's own warnings on stderr except the one that normal use without a desktop
/// session brings: "QStandardPaths: XDG_RUNTIME_DIR not set" (cron, a service account,
/// `su`). Qt then picks a private folder itself, which is what we would do too, so the
/// warning tells the user nothing they can act on. Every other message is passed on.
void quietenKnownQtWarnings();

} // namespace dpia::app

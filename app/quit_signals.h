#pragma once

class QObject;

namespace dpia::app {

/// Log-out and shutdown end the program with a signal (SIGTERM, or SIGHUP when the
/// terminal goes): quit as from the menu instead, so that the window's destructor saves
/// pending typing and the document's lock file is removed; colleagues on a shared folder
/// are not locked out. The platform's half is in quit_signals_posix.cpp
/// (docs/PORTABILITY.md). `parent` owns what listens for the signals.
void quitOnTerminationSignals(QObject* parent);

} // namespace dpia::app

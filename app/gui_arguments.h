#pragma once

#include <QString>
#include <QStringList>

namespace dpia::app {

/// What `dpia-assistant [--lang nl|en] [--verbose] [FILE]` was asked on its command line.
struct GuiArguments {
    QString file;     ///< the document to open; empty for none
    QString language; ///< "nl" or "en" for this run only; empty: the saved setting
    QString problem;  ///< an option without its value, or an unknown language; empty if fine
};

/// Reads the arguments (the first is the program). An option's value (`--lang en`) is
/// never taken for the file to open.
GuiArguments parseGuiArguments(const QStringList& arguments);

} // namespace dpia::app

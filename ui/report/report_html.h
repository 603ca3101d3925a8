#pragma once

#include "core/lang.h"

#include <string>

#include <QList>
#include <QString>
#include <QStringList>

// Small HTML pieces for the report. Everything the user typed goes through text() or
// paragraphs(), which escape it: no markup from answers is ever interpreted.
namespace dpia::report::html {

/// Escaped text from UTF-8.
QString text(const std::string& utf8);
/// Escaped text, newlines kept as line breaks, blank lines as paragraph breaks.
QString paragraphs(const std::string& utf8);
/// A localised baseline text, escaped.
QString local(const LocalText& value, Lang lang);

/// A table cell showing a risk level as coloured background *and* as text, so a black
/// and white print still reads.
QString levelCell(const QString& label, const std::string& colour);

/// <table> with a header row that repeats on every page; `fontPt` > 0 sets a smaller type.
QString tableStart(const QStringList& headers, const QList<int>& widthsPercent = {},
                   qreal fontPt = 0);
QString tableEnd();
QString row(const QStringList& cells);

QString heading(int level, const QString& title, const QString& anchor = {});

/// The text of a piece of this HTML without its markup (for measuring, not for display).
QString plain(const QString& html);

/// Column widths in percent for a table of user text in `fontPt`: `columns` holds the
/// plain text of each column, header first. Every column gets room for its longest word
/// where the page allows; the rest goes to the columns that hold the most text.
QList<int> columnWidths(const QList<QStringList>& columns, qreal fontPt);

} // namespace dpia::report::html

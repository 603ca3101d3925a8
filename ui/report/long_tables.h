#pragma once

#include <vector>

#include <QString>

namespace dpia::report {

/// A table with more rows than this is drawn with a plain grid.
inline constexpr int kLongTableRows = 200;

/// The report's HTML with every table of more than kLongTableRows rows (10,000 measures in
/// the action plan) drawn with a plain 1 px grid in the grey of html::tableStart, each cell
/// its right and bottom edge (the first column and row also their left and top), instead
/// of Qt's collapsed borders. Other tables are left exactly as they are. The cells get
/// classes of longTableStyleSheet(), which the document's default style sheet must hold.
///
/// Why: Qt works out every collapsed edge of every cell from its neighbours, looking each
/// cell up by position; that made laying out and painting a long table three times as
/// slow as the same table with edges of its own, which is what kept a report of 10,000
/// measures at a minute. The two grids look alike: one line between cells.
QString withPlainGridsForLongTables(const QString& html);
/// Where a table of more than kLongTableRows rows stands in `html`: from its "<table" to
/// just after its "</table>". Tables that hold tables are never long.
struct TableSpan {
    qsizetype start = 0;
    qsizetype end = 0;
};
std::vector<TableSpan> longTables(const QString& html);
/// The CSS of the grid's cells, for QTextDocument::setDefaultStyleSheet.
QString longTableStyleSheet();

} // namespace dpia::report

#pragma once

#include <string>
#include <vector>

#include <QColor>
#include <QString>

// Every colour the report uses, in one place, so one test can hold each pair of text and
// background to the WCAG 2.1 minimum (1.4.3: 4.5:1 for text). The levels' own colours come
// from the baseline's matrix; the report writes a level's words in black or white on them,
// whichever reads better (levels are always written, never shown by colour alone).
namespace dpia::report::colours {

inline const QString kText = QStringLiteral("#000000");
inline const QString kPage = QStringLiteral("#ffffff");
/// Chapter titles (h1) and their sections (h2).
inline const QString kTitle = QStringLiteral("#1a237e");
inline const QString kSubtitle = QStringLiteral("#283593");
/// Secondary text: the cover's lines, notes.
inline const QString kMuted = QStringLiteral("#455a64");
/// The quietest text: a question's reference, what moved a score (7.2:1 would be kMuted;
/// this one is lighter and still above 4.5:1 on white).
inline const QString kQuiet = QStringLiteral("#546e7a");
/// The background of a table's header row.
inline const QString kHeaderCell = QStringLiteral("#e8eaf0");
/// Table rules (not text: WCAG asks nothing of a table's borders).
inline const QString kBorder = QStringLiteral("#9e9e9e");

/// WCAG 2.1 relative luminance of an sRGB colour.
double luminance(const QColor& colour);
/// WCAG 2.1 contrast ratio of two colours, from 1 to 21.
double contrastRatio(const QColor& a, const QColor& b);
/// Black or white, whichever contrasts more with `background`. The better of the two is
/// always at least 4.58:1, whatever the background (equal at luminance 0.179).
QColor readableOn(const QColor& background);

/// A level's cell: its colour from the baseline ("#c62828"; light grey when not a colour)
/// and the text colour that reads on it.
struct LevelColours {
    QString background;
    QString text;
};
LevelColours levelColours(const std::string& baselineColour);

/// A text colour on a background, as the report sets them (for the contrast test).
struct TextPair {
    QString what;
    QString text;
    QString background;
};
/// Every fixed pair of text and background colour in the report; the level cells add
/// levelColours() of each level of the matrix.
std::vector<TextPair> textPairs();

} // namespace dpia::report::colours

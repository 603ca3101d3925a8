#pragma once

#include "core/lang.h"

#include <string>

#include <QColor>
#include <QString>

namespace dpia::baseline {
struct Matrix;
}
namespace dpia::scoring {
struct Score;
}

// How a risk level looks on screen: always its words, with the matrix colour as support
// (a level is never shown by colour alone; in black and white the words still read).
namespace dpia::ui {

/// The level's label in the UI language ("Hoog"); the code itself when the matrix lacks it.
QString levelLabel(const baseline::Matrix& matrix, const std::string& code);
/// The level's colour from the matrix; light grey when unknown.
QColor levelColour(const baseline::Matrix& matrix, const std::string& code);
/// Black or white, whichever has the higher contrast on `background` (WCAG luminance).
QColor readableOn(const QColor& background);
/// The first part of a scale label: "Waarschijnlijk" of "Waarschijnlijk: zal ...".
QString shortScaleLabel(const LocalText& label);
/// "Hoog (3 × 4)": the level in words with likelihood × impact.
QString scoreText(const baseline::Matrix& matrix, const scoring::Score& score);
/// "1 risk" or "3 risks". (Dutch and English share the one/other rule, and the catalogues
/// carry one form per text.)
QString riskCountText(int count);
/// "High: likelihood 3 (Likely), impact 4 (Very serious)", for tooltips and screen readers.
QString scoreDescription(const baseline::Matrix& matrix, const scoring::Score& score);

} // namespace dpia::ui

#include "ui/risks/level_style.h"

#include "core/baseline/baseline_types.h"
#include "core/scoring/evaluation.h"
#include "ui/report/report_colours.h"
#include "ui/text/local_text.h"

#include <algorithm>

#include <QCoreApplication>

namespace dpia::ui {

namespace {

const LocalText* scaleLabel(const std::array<LocalText, baseline::Matrix::kSize>& scale,
                            int value) {
    if (value < 1 || value > baseline::Matrix::kSize) {
        return nullptr;
    }
    return &scale[static_cast<std::size_t>(value - 1)];
}

} // namespace

QString levelLabel(const baseline::Matrix& matrix, const std::string& code) {
    const baseline::Level* level = matrix.level(code);
    return level != nullptr ? local(level->label) : qs(code);
}

QColor levelColour(const baseline::Matrix& matrix, const std::string& code) {
    const baseline::Level* level = matrix.level(code);
    const QColor colour = level != nullptr ? QColor(qs(level->colour)) : QColor();
    return colour.isValid() ? colour : QColor(0xe0, 0xe0, 0xe0);
}

QColor readableOn(const QColor& background) {
    // The report's rule, so a level reads the same on screen and on paper.
    return report::colours::readableOn(background);
}

QString shortScaleLabel(const LocalText& label) {
    const QString text = local(label);
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    return colon > 0 ? text.left(colon).trimmed() : text;
}

QString scoreText(const baseline::Matrix& matrix, const scoring::Score& score) {
    //: A risk level with its score, e.g. "High (3 × 4)": likelihood × impact.
    return QCoreApplication::translate("dpia::ui::RiskLevels", "%1 (%2 × %3)")
        .arg(levelLabel(matrix, score.level))
        .arg(score.likelihood)
        .arg(score.impact);
}

QString riskCountText(int count) {
    if (count == 1) {
        //: The number of risks when it is one (heat map, filter line).
        return QCoreApplication::translate("dpia::ui::RiskLevels", "1 risk");
    }
    //: The number of risks when it is not one, e.g. "3 risks" or "0 risks".
    return QCoreApplication::translate("dpia::ui::RiskLevels", "%1 risks").arg(count);
}

QString scoreDescription(const baseline::Matrix& matrix, const scoring::Score& score) {
    const LocalText* likelihood = scaleLabel(matrix.likelihood, score.likelihood);
    const LocalText* impact = scaleLabel(matrix.impact, score.impact);
    //: Spoken and tooltip form of a risk score: %1 level, %2/%4 the numbers 1-4, %3/%5
    //: their names from the matrix.
    return QCoreApplication::translate("dpia::ui::RiskLevels",
                                       "%1: likelihood %2 (%3), impact %4 (%5)")
        .arg(levelLabel(matrix, score.level))
        .arg(score.likelihood)
        .arg(likelihood != nullptr ? shortScaleLabel(*likelihood) : QString())
        .arg(score.impact)
        .arg(impact != nullptr ? shortScaleLabel(*impact) : QString());
}

} // namespace dpia::ui

#include "ui/report/report_colours.h"

#include <algorithm>
#include <cmath>

namespace dpia::report::colours {
namespace {

double channel(double value) {
    return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
}

} // namespace

double luminance(const QColor& colour) {
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) +
           0.0722 * channel(colour.blueF());
}

double contrastRatio(const QColor& a, const QColor& b) {
    const double first = luminance(a);
    const double second = luminance(b);
    return (std::max(first, second) + 0.05) / (std::min(first, second) + 0.05);
}

QColor readableOn(const QColor& background) {
    const QColor black(Qt::black);
    const QColor white(Qt::white);
    return contrastRatio(black, background) >= contrastRatio(white, background) ? black : white;
}

LevelColours levelColours(const std::string& baselineColour) {
    QColor background(QString::fromStdString(baselineColour));
    if (!background.isValid()) {
        background = QColor(0xe0, 0xe0, 0xe0);
    }
    return {background.name(), readableOn(background).name()};
}

std::vector<TextPair> textPairs() {
    return {
        {QStringLiteral("body text"), kText, kPage},
        {QStringLiteral("chapter title"), kTitle, kPage},
        {QStringLiteral("section title"), kSubtitle, kPage},
        {QStringLiteral("secondary text"), kMuted, kPage},
        {QStringLiteral("reference and source"), kQuiet, kPage},
        {QStringLiteral("table header"), kText, kHeaderCell},
    };
}

} // namespace dpia::report::colours

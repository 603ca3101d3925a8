// Issue 22, item 14: every text colour of the report reads on its background at WCAG 2.1's
// 4.5:1 (success criterion 1.4.3), and the report uses no colour but those of its one
// palette (ui/report/report_colours.h) and the matrix's level colours.
#include "tests/report/report_test_support.h"
#include "ui/report/report_builder.h"
#include "ui/report/report_colours.h"
#include "ui/report/report_web.h"

#include <gtest/gtest.h>
#include <set>

#include <QRegularExpression>

namespace dpia::report {
namespace {

using namespace dpia::report::testing;

constexpr double kTextMinimum = 4.5;

ReportInput sampleInput(Lang lang) {
    return {sampleAssessment(), shippedBaseline(), sampleEvaluation(), lang};
}

TEST(ReportColours, ContrastRatioIsWcags) {
    // The figures of the issue: black on the old heat map's red and green.
    EXPECT_NEAR(colours::contrastRatio(QColor(Qt::black), QColor(QStringLiteral("#c62828"))), 3.7,
                0.05);
    EXPECT_NEAR(colours::contrastRatio(QColor(Qt::black), QColor(QStringLiteral("#2e7d32"))), 4.1,
                0.05);
    EXPECT_DOUBLE_EQ(colours::contrastRatio(QColor(Qt::black), QColor(Qt::white)), 21.0);
    EXPECT_DOUBLE_EQ(colours::contrastRatio(QColor(Qt::white), QColor(Qt::black)), 21.0);
}

TEST(ReportColours, EveryFixedTextColourReadsOnItsBackground) {
    for (const colours::TextPair& pair : colours::textPairs()) {
        const double ratio = colours::contrastRatio(QColor(pair.text), QColor(pair.background));
        EXPECT_GE(ratio, kTextMinimum) << pair.what.toStdString() << ": " << pair.text.toStdString()
                                       << " on " << pair.background.toStdString();
    }
}

TEST(ReportColours, EveryLevelOfTheMatrixIsWrittenReadablyOnItsColour) {
    const auto& levels = shippedBaseline().matrix().levels;
    ASSERT_FALSE(levels.empty());
    for (const baseline::Level& level : levels) {
        const colours::LevelColours look = colours::levelColours(level.colour);
        EXPECT_EQ(look.background, QColor(QString::fromStdString(level.colour)).name());
        EXPECT_GE(colours::contrastRatio(QColor(look.text), QColor(look.background)), kTextMinimum)
            << level.code << ": " << look.text.toStdString() << " on "
            << look.background.toStdString();
    }
}

TEST(ReportColours, AnyBaselineColourGetsATextColourThatReads) {
    // Another baseline may choose other colours: black or white always reaches 4.5:1.
    for (int red = 0; red < 256; red += 15) {
        for (int green = 0; green < 256; green += 15) {
            for (int blue = 0; blue < 256; blue += 15) {
                const QColor background(red, green, blue);
                const colours::LevelColours look =
                    colours::levelColours(background.name().toStdString());
                ASSERT_GE(colours::contrastRatio(QColor(look.text), background), kTextMinimum)
                    << background.name().toStdString();
            }
        }
    }
    EXPECT_GE(colours::contrastRatio(QColor(colours::levelColours("not a colour").text),
                                     QColor(colours::levelColours("not a colour").background)),
              kTextMinimum);
}

/// Every "#rrggbb" in `html`, lower case.
std::set<QString> coloursIn(const QString& html) {
    static const QRegularExpression hex(QStringLiteral("#[0-9a-fA-F]{6}\\b"));
    std::set<QString> found;
    for (auto it = hex.globalMatch(html); it.hasNext();) {
        found.insert(it.next().captured(0).toLower());
    }
    return found;
}

TEST(ReportColours, TheReportUsesOnlyTheColoursOfItsPalette) {
    std::set<QString> palette{colours::kText,       colours::kPage,  colours::kTitle,
                              colours::kSubtitle,   colours::kMuted, colours::kQuiet,
                              colours::kHeaderCell, colours::kBorder};
    for (const baseline::Level& level : shippedBaseline().matrix().levels) {
        const colours::LevelColours look = colours::levelColours(level.colour);
        palette.insert(look.background);
        palette.insert(look.text);
    }
    for (const Lang lang : {Lang::nl, Lang::en}) {
        const ReportInput input = sampleInput(lang);
        QString all = ReportBuilder(input).sections().join(QString()) + reportWebPage(input);
        const std::set<QString> used = coloursIn(all);
        EXPECT_GT(used.size(), 4U);
        for (const QString& colour : used) {
            EXPECT_TRUE(palette.count(colour) == 1)
                << colour.toStdString() << " is not in ui/report/report_colours.h";
        }
    }
}

TEST(ReportColours, EveryColouredCellOfTheReportSetsItsTextColourOnAllItsText) {
    // A cell on a level's colour holds one span in the colour that reads on it; text beside
    // that span (a score after the level's name, say) would be black on red again.
    static const QRegularExpression cell(
        QStringLiteral("<td[^>]*bgcolor=\"(#[0-9a-fA-F]{6})\"[^>]*>(.*?)</td>"));
    static const QRegularExpression span(
        QStringLiteral("^<span style=\"color:(#[0-9a-fA-F]{6})\">.*</span>$"));
    int cells = 0;
    for (const QString& part : ReportBuilder(sampleInput(Lang::en)).sections()) {
        for (auto it = cell.globalMatch(part); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            ++cells;
            const QRegularExpressionMatch text = span.match(match.captured(2));
            ASSERT_TRUE(text.hasMatch()) << match.captured(0).toStdString();
            EXPECT_GE(colours::contrastRatio(QColor(text.captured(1)), QColor(match.captured(1))),
                      kTextMinimum)
                << match.captured(0).toStdString();
        }
    }
    EXPECT_GT(cells, 60); // the heat maps, the highest risks, the risk register
}

} // namespace
} // namespace dpia::report

// Issue 21, item 11: a long run of text without a space (a pasted hash, link or log, or a
// megabyte typed without one) wraps within the page in the PDF, and a reader who copies or
// searches the PDF's text gets every character of it, in order, and nothing else (the
// report's break opportunities are zero-width spaces that Qt draws no glyph for).
#include "tests/report/report_test_support.h"
#include "ui/report/break_opportunities.h"

#include <nlohmann/json.hpp>

#include <QFile>

namespace dpia::report::testing {
namespace {

/// `length` characters without white space: letters, digits, accented letters and the
/// punctuation of links and file names, so a break inside a character or a lost one shows.
QString unbroken(int length) {
    const QString alphabet = QStringLiteral("abcdefghijklmnopqrstuvwxyz0123456789éøßĳ_/.=:");
    QString out;
    out.reserve(length);
    for (int i = 0; i < length; ++i) {
        out += alphabet[(i * 7 + i / alphabet.size()) % alphabet.size()];
    }
    return out;
}

/// The body lines of `pages` that are pieces of `text`: the lines it wrapped to, in order,
/// without what stands between them (a repeated table header where a row breaks over a
/// page). No word of the report is a piece of unbroken(): its letters come 7 apart.
QStringList linesOf(const QStringList& pages, const QString& text) {
    QStringList lines;
    for (const QString& page : pages) {
        for (const QString& line : bodyLines(page)) {
            if (text.contains(line)) {
                lines << line;
            }
        }
    }
    return lines;
}

TEST(ReportLongText, AnUnbrokenAnswerAndTitleWrapWithinThePageAndLoseNothing) {
    QTemporaryDir dir;
    const QString document = dir.filePath(QStringLiteral("lang.dpia"));
    ASSERT_EQ(cli(QStringLiteral("nl"), {QStringLiteral("new"), document}).code, 0);
    // The longest answer a text question takes, and a measure title in a table cell.
    const QString answer = unbroken(100'000);
    const QString title = unbroken(3'000).mid(1'000) + unbroken(1'000);
    const nlohmann::json edits = nlohmann::json::array(
        {{{"edit", "set-answer"}, {"question", "a1_background"}, {"value", answer.toStdString()}},
         {{"edit", "add-measure"}, {"measure", {{"title", title.toStdString()}}}}});
    const QString json = dir.filePath(QStringLiteral("edits.json"));
    QFile file(json);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray::fromStdString(edits.dump()));
    file.close();
    const CliRun edited = cli(QStringLiteral("nl"), {QStringLiteral("edit"), document, json});
    ASSERT_EQ(edited.code, 0) << edited.err.toStdString();

    const QString pdf = dir.filePath(QStringLiteral("lang.pdf"));
    const CliRun report =
        cli(QStringLiteral("nl"), {QStringLiteral("report"), document, QStringLiteral("-o"), pdf});
    ASSERT_EQ(report.code, 0) << report.err.toStdString();
    const QStringList pages = pdfPages(pdf);

    // Every character, in order, and no invisible one in between (squeeze keeps U+200B).
    EXPECT_TRUE(squeezedBody(pages).contains(squeeze(answer)))
        << "the answer is not whole in the PDF's text";
    EXPECT_FALSE(squeezedBody(pages).contains(QChar(0x200b)))
        << "a zero-width space reached the PDF's text";
    const QStringList titleLines = linesOf(pages, title);
    // In the summary's open measures and in the action plan.
    EXPECT_EQ(titleLines.join(QString()).count(title), 2)
        << "the title is not whole in the PDF's text";

    // Wrapped to lines that fit the page (about 90 characters of body text; the title's
    // columns are narrower), so the answer runs over many pages instead of off the paper.
    const QStringList answerLines = linesOf(pages, answer);
    ASSERT_GT(answerLines.size(), 100'000 / 100);
    for (const QString& line : answerLines + titleLines) {
        ASSERT_LE(line.size(), 100) << line.toStdString();
    }
    EXPECT_GT(titleLines.size(), 2 * 3'000 / 60);
    EXPECT_GT(pages.size(), 100'000 / (100 * 60));
}

TEST(BreakOpportunities, ALongRunGetsThemBetweenCharactersAndNormalHtmlNone) {
    // A report's HTML as it is: markup with long attributes, words, a 120-character run.
    const QString normal = QStringLiteral("<table width=\"100%\" style=\"border-collapse:collapse; "
                                          "font-size:8pt; border-color:#9e9e9e\"><tr><td>Een "
                                          "woord</td><td>") +
                           QString(kLongRun, QLatin1Char('x')) +
                           QStringLiteral("</td></tr></table>");
    EXPECT_EQ(withBreakOpportunities(normal), normal);

    // A long run of letters, an entity, a letter with a combining accent and a character
    // outside the BMP (two code units): breaks fall between characters only.
    QString run;
    for (int i = 0; run.size() < 400; ++i) {
        run += i % 5 == 0   ? QStringLiteral("&amp;")
               : i % 5 == 1 ? QStringLiteral("e\u0301")
               : i % 5 == 2 ? QStringLiteral("\U0001D11E")
                            : QStringLiteral("ab");
    }
    const QString html = QStringLiteral("<p>") + run + QStringLiteral("</p>");
    const QString broken = withBreakOpportunities(html);
    ASSERT_NE(broken, html);
    QString without = broken;
    without.remove(QChar(0x200b));
    EXPECT_EQ(without, html) << "nothing but zero-width spaces is added";
    for (const QString& piece : broken.split(QChar(0x200b))) {
        EXPECT_FALSE(piece.startsWith(QChar(0x0301)) || piece.front().isLowSurrogate() ||
                     piece.startsWith(QStringLiteral("amp;")) ||
                     piece.startsWith(QStringLiteral("mp;")) ||
                     piece.startsWith(QStringLiteral("p;")) || piece.startsWith(QLatin1Char(';')))
            << "a break inside a character: " << piece.toStdString();
        EXPECT_LE(piece.size(), 4 + kBreakEvery * 5) << piece.toStdString();
    }
}

} // namespace
} // namespace dpia::report::testing

// Issue 21, item 11: the summary lists the most urgent open measures (overdue first, then by
// due date), at most 25, and says how many more there are and where; the action plan still
// lists every measure. Before, the summary repeated all of them: 10,000 measures made
// 20,000 table rows and a summary of hundreds of pages.
#include "tests/report/report_test_support.h"

#include <nlohmann/json.hpp>

#include <QFile>
#include <QRegularExpression>

namespace dpia::report::testing {
namespace {

/// A measure's title that squeezes to a text no other title contains.
QString titleOf(int n) {
    return QStringLiteral("Kloktaak %1 gereed").arg(n, 2, 10, QLatin1Char('0'));
}

/// Makes a document with 41 measures: 1 to 30 due in 2099 (one a day, in order), 31 to 40
/// overdue, 41 done, all added in that order; and writes its report in `lang`.
QStringList reportPages(const QTemporaryDir& dir, const QString& lang) {
    const QString document = dir.filePath(lang + QStringLiteral(".dpia"));
    EXPECT_EQ(cli(lang, {QStringLiteral("new"), document}).code, 0);
    nlohmann::json edits = nlohmann::json::array();
    for (int n = 1; n <= 41; ++n) {
        const QString due = n <= 30 ? QStringLiteral("2099-01-%1").arg(n, 2, 10, QLatin1Char('0'))
                            : n <= 40
                                ? QStringLiteral("2020-02-%1").arg(n - 30, 2, 10, QLatin1Char('0'))
                                : QStringLiteral("2020-03-01");
        edits.push_back({{"edit", "add-measure"},
                         {"measure",
                          {{"title", titleOf(n).toStdString()},
                           {"owner", "CISO"},
                           {"due", due.toStdString()},
                           {"status", n == 41 ? "done" : "open"}}}});
    }
    const QString json = dir.filePath(lang + QStringLiteral("-edits.json"));
    QFile file(json);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray::fromStdString(edits.dump()));
    file.close();
    const CliRun edited = cli(lang, {QStringLiteral("edit"), document, json});
    EXPECT_EQ(edited.code, 0) << edited.err.toStdString();
    const QString pdf = dir.filePath(lang + QStringLiteral(".pdf"));
    const CliRun report =
        cli(lang, {QStringLiteral("report"), document, QStringLiteral("-o"), pdf});
    EXPECT_EQ(report.code, 0) << report.err.toStdString();
    return pdfPages(pdf);
}

TEST(ReportManyMeasures, TheSummaryListsTheMostUrgentAndTheActionPlanAll) {
    QTemporaryDir dir;
    const QString body = squeezedBody(reportPages(dir, QStringLiteral("en")));
    // The 10 overdue and the 15 due soonest are in the summary and the action plan; the
    // other 15 open ones and the done one only in the action plan. (The change log names the
    // first: "Measure added: Kloktaak 01 gereed (and 40 more changes)".)
    for (int n = 1; n <= 41; ++n) {
        const int expected = (n <= 15 || (n > 30 && n <= 40)) ? 2 : 1;
        const int inChangeLog = n == 1 ? 1 : 0;
        EXPECT_EQ(body.count(squeeze(titleOf(n))), expected + inChangeLog)
            << titleOf(n).toStdString();
    }
    EXPECT_EQ(body.count(squeeze(QStringLiteral(
                  "And 15 more open measures: the chapter “Action plan” lists them all."))),
              1);
    // Overdue first: the summary's first row is the first overdue measure.
    EXPECT_LT(body.indexOf(squeeze(titleOf(31))), body.indexOf(squeeze(titleOf(1))));
}

TEST(ReportManyMeasures, TheDutchSummarySaysHowManyMoreInDutch) {
    QTemporaryDir dir;
    const QString body = squeezedBody(reportPages(dir, QStringLiteral("nl")));
    EXPECT_EQ(body.count(squeeze(QStringLiteral("En nog 15 openstaande maatregelen: het "
                                                "hoofdstuk “Plan van aanpak” noemt ze allemaal."))),
              1);
}

} // namespace
} // namespace dpia::report::testing

namespace dpia::report::testing {
namespace {

// Issue 21, item 11: an action plan of more than a few hundred rows is laid out and painted
// a few pages at a time (ui/report/table_chunks.*). The reader must not notice the cuts:
// every measure once and in order, the header row on every page, no row cut in two by a
// page break, "page X of Y" counting the pages that are really there, and the contents
// pointing to the right pages after the long chapter.
TEST(ReportManyMeasures, AThousandRowActionPlanListsEachMeasureOnceInOrderUnderItsHeader) {
    QTemporaryDir dir;
    const QString document = dir.filePath(QStringLiteral("duizend.dpia"));
    ASSERT_EQ(cli(QStringLiteral("nl"), {QStringLiteral("new"), document}).code, 0);
    const auto& risks = shippedBaseline().risks();
    nlohmann::json edits = nlohmann::json::array();
    for (int n = 1; n <= 1000; ++n) {
        // Done, so the summary lists none of them; two risks, so rows are several lines high
        // and a page break would fall inside one if the pages were not cut between rows.
        edits.push_back(
            {{"edit", "add-measure"},
             {"measure",
              {{"title",
                QStringLiteral("Plantaak %1 gereed").arg(n, 4, 10, QLatin1Char('0')).toStdString()},
               {"risks", {risks[n % risks.size()].id, risks[(n + 7) % risks.size()].id}},
               {"owner", "CISO"},
               {"due", "2027-03-01"},
               {"status", "done"}}}});
    }
    const QString json = dir.filePath(QStringLiteral("edits.json"));
    QFile file(json);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray::fromStdString(edits.dump()));
    file.close();
    const CliRun edited = cli(QStringLiteral("nl"), {QStringLiteral("edit"), document, json});
    ASSERT_EQ(edited.code, 0) << edited.err.toStdString();
    const QString pdf = dir.filePath(QStringLiteral("duizend.pdf"));
    const CliRun report =
        cli(QStringLiteral("nl"), {QStringLiteral("report"), document, QStringLiteral("-o"), pdf});
    ASSERT_EQ(report.code, 0) << report.err.toStdString();

    const QStringList pages = pdfPages(pdf);
    ASSERT_EQ(pages.size(), pdfPageCount(pdf));
    static const QRegularExpression marker(QStringLiteral("Plantaak (\\d{4}) gereed"));
    std::vector<int> listed;
    int pagesWithRows = 0;
    for (qsizetype page = 0; page < pages.size(); ++page) {
        const QStringList lines = pages[page].trimmed().split(QLatin1Char('\n'));
        EXPECT_EQ(lines.back().trimmed(),
                  QStringLiteral("pagina %1 van %2").arg(page + 1).arg(pages.size()))
            << "page " << page + 1;
        const QString text = pages[page].simplified();
        QRegularExpressionMatchIterator found = marker.globalMatch(text);
        if (!found.hasNext() || text.contains(QStringLiteral("Wijzigingslog"))) {
            continue; // the change log names the first measure once more
        }
        ++pagesWithRows;
        const qsizetype firstRow = found.peekNext().capturedStart();
        const qsizetype header = text.indexOf(QStringLiteral("Maatregel Risico's Eigenaar"));
        EXPECT_TRUE(header >= 0 && header < firstRow) << "no header row on page " << page + 1;
        while (found.hasNext()) {
            const QRegularExpressionMatch row = found.next();
            const int n = row.captured(1).toInt();
            listed.push_back(n);
            // No row is cut by a page break: both risks of the measure stand whole on the
            // page of its title, before the next row.
            const qsizetype next = found.hasNext() ? found.peekNext().capturedStart() : text.size();
            const QString cells = squeeze(text.mid(row.capturedEnd(), next - row.capturedEnd()));
            const QString both = squeeze(
                QString::fromStdString(risks[n % risks.size()].title.nl) + QStringLiteral("; ") +
                QString::fromStdString(risks[(n + 7) % risks.size()].title.nl));
            EXPECT_TRUE(cells.startsWith(both))
                << "the row of measure " << n << " is cut at the foot of page " << page + 1;
        }
    }
    ASSERT_EQ(listed.size(), 1000u);
    for (int n = 1; n <= 1000; ++n) {
        ASSERT_EQ(listed[n - 1], n) << "measure " << n << " is not where it belongs";
    }
    EXPECT_GE(pagesWithRows, 60); // more than a chunk of pages, so cut at least once
    // The contents count the pages the chunks really took: the chapters after the action
    // plan (advice and decision, appendix) start where the cover says.
    const int chapters = static_cast<int>(shippedBaseline().parts().size()) + 7;
    EXPECT_EQ(checkContents(pages, QStringLiteral("Inhoud")), chapters);
}

} // namespace
} // namespace dpia::report::testing

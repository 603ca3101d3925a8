// How the report sits on paper: page numbers on every page, contents on the cover that
// point to the right pages, a long table that keeps its header on every page, no empty
// pages, no line printed twice, a private file.
#include "tests/report/report_test_support.h"

#include <nlohmann/json.hpp>
#include <sys/stat.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>

namespace dpia::report::testing {
namespace {

class ReportLayout : public SampleReport {};

void expectPageNumbers(const QStringList& pages, int count, const QString& pattern) {
    ASSERT_EQ(pages.size(), count);
    for (int page = 1; page <= count; ++page) {
        const QStringList lines = pages[page - 1].trimmed().split(QLatin1Char('\n'));
        // The footer is the last thing painted on a page.
        EXPECT_EQ(lines.back().trimmed(), pattern.arg(page).arg(count)) << "page " << page;
    }
}

TEST_F(ReportLayout, EveryPageSaysPageXOfY) {
    const int dutch = pdfPageCount(dutchPdf());
    EXPECT_GT(dutch, 30);
    expectPageNumbers(dutchPages(), dutch, QStringLiteral("pagina %1 van %2"));
    expectPageNumbers(englishPages(), pdfPageCount(englishPdf()), QStringLiteral("page %1 of %2"));
}

TEST_F(ReportLayout, TheCoverListsEveryChapterWithThePageItStartsOn) {
    // Summary, the parts of the questionnaire, risk register, safeguards, coverage, action
    // plan, advice and decision, appendix.
    const int chapters = static_cast<int>(shippedBaseline().parts().size()) + 7;
    EXPECT_EQ(checkContents(dutchPages(), QStringLiteral("Inhoud")), chapters);
    EXPECT_EQ(checkContents(englishPages(), QStringLiteral("Contents")), chapters);
}

TEST_F(ReportLayout, EveryPageCarriesTitleAndClassification) {
    for (const QString& page : dutchPages()) {
        const QString header = page.trimmed().section(QLatin1Char('\n'), 0, 0);
        EXPECT_TRUE(header.startsWith(QStringLiteral("DPIA Teams, OneDrive")))
            << header.toStdString();
        EXPECT_TRUE(header.endsWith(QStringLiteral("Intern"))) << header.toStdString();
    }
}

TEST_F(ReportLayout, NoLineIsPrintedTwiceAtAPageBreak) {
    const QStringList& pages = dutchPages();
    for (qsizetype i = 0; i + 1 < pages.size(); ++i) {
        const QStringList before = bodyLines(pages[i]);
        const QStringList after = bodyLines(pages[i + 1]);
        if (!before.isEmpty() && !after.isEmpty()) {
            EXPECT_NE(before.back().toStdString(), after.front().toStdString())
                << "pages " << i + 1 << " and " << i + 2;
        }
    }
}

TEST_F(ReportLayout, NoHeadingIsLeftAloneAtThePageFoot) {
    QStringList headings = {QStringLiteral("Waarom elk risico zo scoort"),
                            QStringLiteral("Openstaande maatregelen"),
                            QStringLiteral("Ondertekening"), QStringLiteral("Wijzigingslog")};
    for (const baseline::Part& part : shippedBaseline().parts()) {
        headings << QString::fromStdString(part.title.in(Lang::nl));
    }
    for (const baseline::Section& section : shippedBaseline().sections()) {
        headings << QString::fromStdString(section.title.in(Lang::nl));
    }
    for (const scoring::RiskResult& risk : sampleEvaluation().risks) {
        headings << QString::fromStdString(risk.title.in(Lang::nl));
    }
    const QStringList& pages = dutchPages();
    for (qsizetype page = 0; page + 1 < pages.size(); ++page) {
        const QStringList lines = bodyLines(pages[page]);
        ASSERT_FALSE(lines.isEmpty()) << "page " << page + 1;
        for (const QString& heading : headings) {
            // A heading may wrap; its last line is then the page's last line.
            EXPECT_FALSE(lines.back().size() >= 8 && heading.endsWith(lines.back()))
                << "page " << page + 1 << " ends with the heading " << heading.toStdString();
        }
    }
}

/// Dark pixels in the body of every page (between header and footer), from pdftoppm.
QList<int> inkPerPage(const QString& pdf, const QString& folder) {
    QProcess process;
    process.start(QStringLiteral("pdftoppm"),
                  {QStringLiteral("-r"), QStringLiteral("20"), QStringLiteral("-gray"), pdf,
                   QDir(folder).filePath(QStringLiteral("page"))});
    EXPECT_TRUE(process.waitForFinished(120000) && process.exitCode() == 0)
        << "pdftoppm (poppler-utils) is needed";
    QList<int> ink;
    QStringList files = QDir(folder).entryList({QStringLiteral("page-*.pgm")}, QDir::Files);
    files.sort(); // page-01, page-02, ...: zero-padded
    for (const QString& name : files) {
        const QImage image(QDir(folder).filePath(name));
        EXPECT_FALSE(image.isNull()) << name.toStdString();
        // A4 is 297 mm high; the body runs from 29 mm to 268 mm.
        const int top = image.height() * 30 / 297;
        const int bottom = image.height() * 267 / 297;
        int dark = 0;
        for (int y = top; y < bottom; ++y) {
            for (int x = 0; x < image.width(); ++x) {
                dark += qGray(image.pixel(x, y)) < 160 ? 1 : 0;
            }
        }
        ink << dark;
    }
    return ink;
}

TEST_F(ReportLayout, NoPageIsBlank) {
    QTemporaryDir images;
    const QList<int> ink = inkPerPage(dutchPdf(), images.path());
    ASSERT_EQ(ink.size(), dutchPages().size());
    for (qsizetype page = 0; page < ink.size(); ++page) {
        // Two lines of text give well over 50 dark pixels at 20 dpi.
        EXPECT_GT(ink[page], 50) << "page " << page + 1 << " looks empty";
    }
}

TEST(ReportLargeTable, TwoHundredRowsAllAppearInOrderUnderARepeatedHeader) {
    QTemporaryDir dir;
    const QString document = dir.filePath(QStringLiteral("groot.dpia"));
    ASSERT_EQ(cli(QStringLiteral("nl"), {QStringLiteral("new"), document}).code, 0);
    const baseline::Question* question = shippedBaseline().question("a2_data_items");
    ASSERT_NE(question, nullptr);
    nlohmann::json rows = nlohmann::json::array();
    for (int n = 1; n <= 200; ++n) {
        nlohmann::json row = nlohmann::json::object();
        for (const baseline::Column& column : question->columns) {
            row[column.id] = column.type == baseline::QuestionType::text
                                 ? nlohmann::json(QStringLiteral("Regel%1 %2")
                                                      .arg(n, 3, 10, QLatin1Char('0'))
                                                      .arg(QString::fromStdString(column.id))
                                                      .toStdString())
                                 : nlohmann::json(column.options.front().id);
        }
        rows.push_back(row);
    }
    const CliRun answered = cli(QStringLiteral("nl"), {QStringLiteral("answer"), document,
                                                       QStringLiteral("a2_data_items"),
                                                       QString::fromStdString(rows.dump())});
    ASSERT_EQ(answered.code, 0) << answered.err.toStdString();
    const QString pdf = dir.filePath(QStringLiteral("groot.pdf"));
    const CliRun report =
        cli(QStringLiteral("nl"), {QStringLiteral("report"), document, QStringLiteral("-o"), pdf});
    ASSERT_EQ(report.code, 0) << report.err.toStdString();

    const QStringList pages = pdfPages(pdf);
    const QString firstColumn = QString::fromStdString(question->columns.front().id);
    const QString header = QString::fromStdString(question->columns.front().label.in(Lang::nl));
    static const QRegularExpression marker(QStringLiteral("Regel(\\d{3}) ") + firstColumn);
    int expected = 1;
    int pagesWithRows = 0;
    for (const QString& page : pages) {
        const QString text = page.simplified();
        QRegularExpressionMatchIterator found = marker.globalMatch(text);
        if (!found.hasNext()) {
            continue;
        }
        const qsizetype firstRow = found.peekNext().capturedStart();
        // The column header stands above the first row on every page the table is on.
        const qsizetype headerAt = text.indexOf(header);
        EXPECT_TRUE(headerAt >= 0 && headerAt < firstRow)
            << "no header above row " << expected << " on its page";
        ++pagesWithRows;
        while (found.hasNext()) {
            EXPECT_EQ(found.next().captured(1).toInt(), expected); // each once, in order
            ++expected;
        }
    }
    EXPECT_EQ(expected, 201);
    EXPECT_GE(pagesWithRows, 4);
}

TEST(ReportFile, IsOwnerOnlyAndAFailedWriteLeavesNothing) {
    QTemporaryDir dir;
    const QString document = dir.filePath(QStringLiteral("klein.dpia"));
    ASSERT_EQ(cli(QStringLiteral("nl"), {QStringLiteral("new"), document}).code, 0);
    const QString pdf = dir.filePath(QStringLiteral("klein.pdf"));
    const CliRun report =
        cli(QStringLiteral("nl"), {QStringLiteral("report"), document, QStringLiteral("-o"), pdf});
    ASSERT_EQ(report.code, 0) << report.err.toStdString();
    struct stat info {};
    ASSERT_EQ(::stat(QFile::encodeName(pdf).constData(), &info), 0);
    EXPECT_EQ(info.st_mode & 0777, 0600u); // a DPIA report is as private as the document

    const QString nowhere = dir.filePath(QStringLiteral("geen-map/rapport.pdf"));
    const CliRun failed = cli(QStringLiteral("en"),
                              {QStringLiteral("report"), document, QStringLiteral("-o"), nowhere});
    EXPECT_EQ(failed.code, 2);
    EXPECT_TRUE(failed.err.contains(QStringLiteral("could not be written")))
        << failed.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(nowhere));
}

TEST(ReportFile, NeverReplacesADocumentOrAFolderAndReplacesAnEarlierReportWhole) {
    QTemporaryDir dir;
    const QString document = dir.filePath(QStringLiteral("klein.dpia"));
    ASSERT_EQ(cli(QStringLiteral("nl"), {QStringLiteral("new"), document}).code, 0);
    QFile original(document);
    ASSERT_TRUE(original.open(QIODevice::ReadOnly));
    const QByteArray bytes = original.readAll();
    original.close();

    // The document itself as the output: refused, and the assessment is still there.
    const CliRun overDocument = cli(
        QStringLiteral("en"), {QStringLiteral("report"), document, QStringLiteral("-o"), document});
    EXPECT_EQ(overDocument.code, 2);
    EXPECT_TRUE(overDocument.err.contains(QStringLiteral("is a DPIA document")))
        << overDocument.err.toStdString();
    ASSERT_TRUE(original.open(QIODevice::ReadOnly));
    EXPECT_EQ(original.readAll(), bytes);
    original.close();

    const CliRun overFolder = cli(QStringLiteral("en"), {QStringLiteral("report"), document,
                                                         QStringLiteral("-o"), dir.path()});
    EXPECT_EQ(overFolder.code, 2);
    EXPECT_TRUE(overFolder.err.contains(QStringLiteral("not a regular file")))
        << overFolder.err.toStdString();

    // Not even with --force.
    const CliRun forcedOverDocument =
        cli(QStringLiteral("en"), {QStringLiteral("report"), document, QStringLiteral("-o"),
                                   document, QStringLiteral("--force")});
    EXPECT_EQ(forcedOverDocument.code, 2);
    ASSERT_TRUE(original.open(QIODevice::ReadOnly));
    EXPECT_EQ(original.readAll(), bytes);
    original.close();

    // An earlier report is kept unless the user says --force ...
    const QString pdf = dir.filePath(QStringLiteral("klein.pdf"));
    QFile earlier(pdf);
    ASSERT_TRUE(earlier.open(QIODevice::WriteOnly));
    earlier.write("not a pdf");
    earlier.close();
    const CliRun kept =
        cli(QStringLiteral("en"), {QStringLiteral("report"), document, QStringLiteral("-o"), pdf});
    EXPECT_EQ(kept.code, 2);
    EXPECT_TRUE(kept.err.contains(QStringLiteral("already exists")) &&
                kept.err.contains(QStringLiteral("--force")))
        << kept.err.toStdString();
    ASSERT_TRUE(earlier.open(QIODevice::ReadOnly));
    EXPECT_EQ(earlier.readAll(), QByteArray("not a pdf"));
    earlier.close();
    const CliRun keptNl =
        cli(QStringLiteral("nl"), {QStringLiteral("report"), document, QStringLiteral("-o"), pdf});
    EXPECT_EQ(keptNl.code, 2);
    EXPECT_TRUE(keptNl.err.contains(QStringLiteral("bestaat al"))) << keptNl.err.toStdString();

    // ... and then replaced by a whole new one, still owner-only.
    ASSERT_EQ(cli(QStringLiteral("nl"), {QStringLiteral("report"), document, QStringLiteral("-o"),
                                         pdf, QStringLiteral("--force")})
                  .code,
              0);
    ASSERT_TRUE(earlier.open(QIODevice::ReadOnly));
    EXPECT_TRUE(earlier.read(5) == "%PDF-");
    earlier.close();
    struct stat info {};
    ASSERT_EQ(::stat(QFile::encodeName(pdf).constData(), &info), 0);
    EXPECT_EQ(info.st_mode & 0777, 0600u);
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 2)
        << "no temp file is left";
}

} // namespace
} // namespace dpia::report::testing

#include "ui/report/paged_document.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextDocument>

namespace dpia::report {
namespace {

QString pdfText(const QString& path) {
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

TEST(PagedDocument, WritesA4PagesWithHeaderAndPageXofY) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("report.pdf"));

    QString html = QStringLiteral("<h1>Verwerking Wmo-dossiers</h1>");
    for (int i = 0; i < 120; ++i) {
        html += QStringLiteral("<p>Alinea %1 met tekens als ë, é, € en —.</p>").arg(i);
    }
    QTextDocument document;
    document.setHtml(html);

    const int pages =
        writePdf(path, document, {QStringLiteral("DPIA Teams"), QStringLiteral("Intern")});
    ASSERT_GE(pages, 2);
    ASSERT_TRUE(QFile::exists(path));

    const QString text = pdfText(path);
    EXPECT_TRUE(text.contains(QStringLiteral("DPIA Teams")));
    EXPECT_TRUE(text.contains(QStringLiteral("Intern")));
    EXPECT_TRUE(text.contains(QStringLiteral("page 1 of %1").arg(pages)));
    EXPECT_TRUE(text.contains(QStringLiteral("page %1 of %1").arg(pages)));
    EXPECT_TRUE(text.contains(QStringLiteral("Alinea 119 met tekens als ë, é, € en —.")));
}

/// The page (from 0) that has `line` as a line of its text; -1 when none has.
int pageOf(const QStringList& pages, const QString& line) {
    for (qsizetype page = 0; page < pages.size(); ++page) {
        if (pages[page].split(QLatin1Char('\n')).contains(line)) {
            return static_cast<int>(page);
        }
    }
    return -1;
}

/// Writes `html` as a PDF in `dir` and returns the text of its pages.
QStringList pagesOf(const QTemporaryDir& dir, const QString& html) {
    QTextDocument document;
    document.setHtml(html);
    const QString path = dir.filePath(QStringLiteral("koppen.pdf"));
    EXPECT_GT(writePdf(path, document, {}), 0);
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), path, QStringLiteral("-")});
    EXPECT_TRUE(process.waitForFinished(30000));
    return QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\f'));
}

QString filler(int lines) {
    QString html;
    for (int i = 0; i < lines; ++i) {
        html += QStringLiteral("<p>Vulregel %1</p>").arg(i);
    }
    return html;
}

TEST(PagedDocument, ARunOfHeadingsAtThePageFootMovesWithItsText) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    // How many filler paragraphs fill page 1; leave room for about three more, so a part
    // heading still fits there but not with its section, question and answer.
    const QStringList full = pagesOf(dir, filler(80));
    int fit = 0;
    while (pageOf(full, QStringLiteral("Vulregel %1").arg(fit)) == 0) {
        ++fit;
    }
    ASSERT_GT(fit, 10);
    const QStringList pages =
        pagesOf(dir, filler(fit - 3) +
                         QStringLiteral("<h1>Deel B</h1><h2>Paragraaf 11</h2><h4>Vraag 11.1</h4>"
                                        "<p>Antwoord op vraag 11.1</p>") +
                         filler(5));
    const int answer = pageOf(pages, QStringLiteral("Antwoord op vraag 11.1"));
    ASSERT_EQ(answer, 1);
    EXPECT_EQ(pageOf(pages, QStringLiteral("Deel B")), answer);
    EXPECT_EQ(pageOf(pages, QStringLiteral("Paragraaf 11")), answer);
    EXPECT_EQ(pageOf(pages, QStringLiteral("Vraag 11.1")), answer);
    EXPECT_EQ(pageOf(pages, QStringLiteral("Vulregel %1").arg(fit - 4)), 0); // stays put
}

TEST(PagedDocument, ReportsFailureForAnUnwritablePath) {
    QTextDocument document;
    document.setPlainText(QStringLiteral("x"));
    EXPECT_EQ(writePdf(QStringLiteral("/nonexistent-folder/x/report.pdf"), document, {}), 0);
}

} // namespace
} // namespace dpia::report

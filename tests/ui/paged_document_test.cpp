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

TEST(PagedDocument, ReportsFailureForAnUnwritablePath) {
    QTextDocument document;
    document.setPlainText(QStringLiteral("x"));
    EXPECT_EQ(writePdf(QStringLiteral("/nonexistent-folder/x/report.pdf"), document, {}), 0);
}

} // namespace
} // namespace dpia::report

// The appendix "Imported, not mapped" (docs/INTERCHANGE.md): a document made by an import
// lists in its PDF and HTML report what the import kept aside, verbatim and with where it
// was in the source; a document without imports has no such appendix.
#include "tests/report/report_test_support.h"

#include <QFile>

namespace dpia::report::testing {
namespace {

QString importedDocument(const QTemporaryDir& dir, const QString& source) {
    const QString document = dir.filePath(QStringLiteral("imported.dpia"));
    const CliRun made =
        cli(QStringLiteral("en"), {QStringLiteral("import-cnil"), source, document});
    EXPECT_EQ(made.code, 0) << made.err.toStdString();
    return document;
}

TEST(ReportImported, TheAppendixListsWhatACnilImportKeptAsideInBothLanguages) {
    QTemporaryDir dir;
    const QString document =
        importedDocument(dir, QStringLiteral(DPIA_TEST_DATA_DIR "/cnil/export-nl.zip"));
    for (const auto& [lang, title] :
         {std::pair{QStringLiteral("nl"),
                    QStringLiteral("Bijlage: geïmporteerd, niet overgenomen")},
          std::pair{QStringLiteral("en"), QStringLiteral("Appendix: imported, not mapped")}}) {
        const QString pdf = dir.filePath(QStringLiteral("report-%1.pdf").arg(lang));
        const CliRun report =
            cli(lang, {QStringLiteral("report"), document, QStringLiteral("-o"), pdf});
        ASSERT_EQ(report.code, 0) << report.err.toStdString();
        const QString body = squeezedBody(pdfPages(pdf));
        EXPECT_TRUE(body.contains(squeeze(title))) << lang.toStdString();
        // Verbatim, with where it was: the responsibilities answer (112) and the people
        // consulted, which have no place here; an attachment with its hash.
        EXPECT_TRUE(body.contains(squeeze(QStringLiteral("answers.112")))) << lang.toStdString();
        EXPECT_TRUE(containsText(body, QStringLiteral("Cliëntenraad"))) << lang.toStdString();
        EXPECT_TRUE(body.contains(squeeze(QStringLiteral("Bijlagen/verwerkersovereenkomst.pdf"))))
            << lang.toStdString();
    }
    const QString html = dir.filePath(QStringLiteral("report.html"));
    ASSERT_EQ(
        cli(QStringLiteral("en"), {QStringLiteral("report"), document, QStringLiteral("-o"), html})
            .code,
        0);
    QFile page(html);
    ASSERT_TRUE(page.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(page.readAll());
    EXPECT_TRUE(text.contains(QStringLiteral("Appendix: imported, not mapped")));
    // The kept HTML of the source is text in the report, never markup.
    EXPECT_TRUE(text.contains(QStringLiteral("&lt;p&gt;MFA voor alle accounts&lt;/p&gt;")));
}

TEST(ReportImported, ADocumentWithoutImportsHasNoSuchAppendix) {
    QTemporaryDir dir;
    const QString document = dir.filePath(QStringLiteral("sample.dpia"));
    ASSERT_EQ(
        cli(QStringLiteral("en"), {QStringLiteral("new"), document, QStringLiteral("--sample")})
            .code,
        0);
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    ASSERT_EQ(
        cli(QStringLiteral("en"), {QStringLiteral("report"), document, QStringLiteral("-o"), pdf})
            .code,
        0);
    EXPECT_FALSE(
        squeezedBody(pdfPages(pdf)).contains(squeeze(QStringLiteral("imported, not mapped"))));
}

} // namespace
} // namespace dpia::report::testing

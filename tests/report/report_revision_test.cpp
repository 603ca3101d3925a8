// Issue 18, item 3: the report of a revision has a chapter "Wijzigingen sinds versie N"
// when the final it came from is in the same folder, and none without it.
#include "core/storage/assessment_service.h"
#include "tests/report/report_test_support.h"

#include <QFile>
#include <QTemporaryDir>

namespace dpia::report::testing {
namespace {

QString reportBody(const QString& lang, const QString& document, const QString& pdf) {
    const CliRun made = cli(lang, {QStringLiteral("report"), document, QStringLiteral("-o"), pdf,
                                   QStringLiteral("--force")});
    EXPECT_EQ(made.code, 0) << made.err.toStdString();
    return squeezedBody(pdfPages(pdf));
}

TEST(ReportRevision, ARevisionSaysWhatChangedSinceTheFinalItCameFrom) {
    QTemporaryDir dir;
    const QString final = dir.filePath(QStringLiteral("Teams.dpia"));
    const QString revision = dir.filePath(QStringLiteral("Teams versie 2.dpia"));
    ASSERT_EQ(
        cli(QStringLiteral("nl"), {QStringLiteral("new"), final, QStringLiteral("--sample")}).code,
        0);
    ASSERT_EQ(
        cli(QStringLiteral("nl"), {QStringLiteral("status"), final, QStringLiteral("final")}).code,
        0);
    {
        // File → New revision does this (ui/window/main_window_revision.cpp).
        auto source =
            storage::AssessmentService::open(final.toStdString(), storage::OpenMode::readOnly);
        ASSERT_TRUE(source);
        ASSERT_TRUE(storage::AssessmentService::createRevision(**source, revision.toStdString()));
    }
    ASSERT_EQ(
        cli(QStringLiteral("nl"), {QStringLiteral("metadata"), revision, QStringLiteral("--title"),
                                   QStringLiteral("DPIA Teams herzien na de evaluatie")})
            .code,
        0);

    const QString pdf = dir.filePath(QStringLiteral("rapport.pdf"));
    const QString dutch = reportBody(QStringLiteral("nl"), revision, pdf);
    EXPECT_TRUE(dutch.contains(squeeze(QStringLiteral("Wijzigingen sinds versie 1"))));
    EXPECT_TRUE(dutch.contains(
        squeeze(QStringLiteral("Vergeleken met de vastgestelde versie in Teams.dpia"))));
    EXPECT_TRUE(containsText(dutch, QStringLiteral("herzien na de evaluatie")));
    EXPECT_TRUE(containsText(dutch, QStringLiteral("concept"))); // status: final → draft
    const QString english = reportBody(QStringLiteral("en"), revision, pdf);
    EXPECT_TRUE(english.contains(squeeze(QStringLiteral("Changes since version 1"))));

    // The final itself is no revision; a revision without its final has no chapter.
    EXPECT_FALSE(reportBody(QStringLiteral("nl"), final, pdf)
                     .contains(squeeze(QStringLiteral("Wijzigingen sinds versie"))));
    ASSERT_TRUE(QFile::remove(final));
    EXPECT_FALSE(reportBody(QStringLiteral("nl"), revision, pdf)
                     .contains(squeeze(QStringLiteral("Wijzigingen sinds versie"))));
}

} // namespace
} // namespace dpia::report::testing

// Issue 22, item 4, in the report: the pre-scan of a new DPIA is "not decided yet" and names
// the questions that decide it, instead of "a DPIA is not required".
#include "core/baseline/baseline.h"
#include "tests/report/report_test_support.h"

#include <QTemporaryDir>

namespace dpia::report::testing {
namespace {

TEST(ReportPrescan, AnUnfinishedPrescanSaysWhatItStillWaitsFor) {
    QTemporaryDir dir;
    const QString document = dir.filePath(QStringLiteral("leeg.dpia"));
    ASSERT_EQ(cli(QStringLiteral("nl"), {QStringLiteral("new"), document}).code, 0);
    const QString pdf = dir.filePath(QStringLiteral("leeg.pdf"));
    const CliRun made =
        cli(QStringLiteral("nl"), {QStringLiteral("report"), document, QStringLiteral("-o"), pdf});
    ASSERT_EQ(made.code, 0) << made.err.toStdString();
    const QString body = squeezedBody(pdfPages(pdf));
    EXPECT_TRUE(body.contains(squeeze(QStringLiteral("Nog niet te bepalen."))))
        << body.left(3000).toStdString();
    EXPECT_FALSE(body.contains(squeeze(QStringLiteral("Een DPIA is niet verplicht."))));
    EXPECT_TRUE(body.contains(squeeze(QStringLiteral("Nog te beantwoorden in de pre-scan:"))));
    const baseline::Question* newLaw = shippedBaseline().question("pre_new_law");
    ASSERT_NE(newLaw, nullptr);
    EXPECT_TRUE(containsText(body, QString::fromStdString(newLaw->text.nl)));
}

} // namespace
} // namespace dpia::report::testing

// Issue 22, item 15: the report as one self-contained, accessible web page, written by
// `dpia-cli report FILE -o OUT.html` as a municipality's web editor would. These checks
// need no browser; tests/report/axe runs axe-core on the same page in Chromium.
#include "tests/report/report_test_support.h"
#include "ui/report/report_web.h"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace dpia::report {
namespace {

using namespace dpia::report::testing;

QString readAll(const QString& path) {
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    return QString::fromUtf8(file.readAll());
}

qsizetype count(const QString& html, const QString& pattern) {
    const QRegularExpression expression(pattern);
    qsizetype n = 0;
    for (auto it = expression.globalMatch(html); it.hasNext(); it.next()) {
        ++n;
    }
    return n;
}

class ReportWeb : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        dir_ = new QTemporaryDir;
        const CliRun made = cli(QStringLiteral("nl"),
                                {QStringLiteral("new"), document(), QStringLiteral("--sample")});
        ASSERT_EQ(made.code, 0) << made.err.toStdString();
    }
    static void TearDownTestSuite() {
        delete dir_;
        dir_ = nullptr;
    }
    static QString document() { return dir_->filePath(QStringLiteral("voorbeeld.dpia")); }
    static QString path(const QString& name) { return dir_->filePath(name); }

    /// The sample's web page in `lang`, written by dpia-cli.
    static QString page(const QString& lang) {
        const QString out = path(QStringLiteral("rapport-%1.html").arg(lang));
        if (!QFile::exists(out)) {
            const CliRun run =
                cli(lang, {QStringLiteral("report"), document(), QStringLiteral("-o"), out});
            EXPECT_EQ(run.code, 0) << run.err.toStdString();
            EXPECT_EQ(run.out.trimmed(), out);
            EXPECT_TRUE(run.err.isEmpty()) << run.err.toStdString();
        }
        return readAll(out);
    }

private:
    static QTemporaryDir* dir_;
};

QTemporaryDir* ReportWeb::dir_ = nullptr;

TEST_F(ReportWeb, IsOneHtml5PageInTheReportsLanguage) {
    for (const QString& lang : {QStringLiteral("nl"), QStringLiteral("en")}) {
        const QString html = page(lang);
        EXPECT_TRUE(html.startsWith(QStringLiteral("<!DOCTYPE html>\n")));
        EXPECT_TRUE(html.contains(QStringLiteral("<html lang=\"%1\">").arg(lang)));
        EXPECT_TRUE(html.contains(QStringLiteral("<meta charset=\"utf-8\">")));
        EXPECT_EQ(count(html, QStringLiteral("<title>DPIA[^<]+</title>")), 1);
        EXPECT_EQ(count(html, QStringLiteral("<main>")), 1);
        EXPECT_EQ(count(html, QStringLiteral("</main>")), 1);
        EXPECT_EQ(count(html, QStringLiteral("<style>")), 1);
        EXPECT_EQ(count(html, QStringLiteral("<table\\b")),
                  count(html, QStringLiteral("</table>")));
        EXPECT_EQ(count(html, QStringLiteral("<section>")),
                  count(html, QStringLiteral("</section>")));
    }
    EXPECT_TRUE(page(QStringLiteral("nl")).contains(QStringLiteral("Managementsamenvatting")));
    EXPECT_TRUE(page(QStringLiteral("en")).contains(QStringLiteral("Management summary")));
}

TEST_F(ReportWeb, NeedsNothingFromOutsideTheFile) {
    const QString html = page(QStringLiteral("nl"));
    EXPECT_EQ(count(html, QStringLiteral("<img\\b")), 0) << "no images of text";
    EXPECT_EQ(count(html, QStringLiteral("<script\\b")), 0);
    EXPECT_EQ(count(html, QStringLiteral("<link\\b")), 0);
    EXPECT_EQ(count(html, QStringLiteral("\\bsrc=")), 0);
    EXPECT_EQ(count(html, QStringLiteral("url\\(")), 0);
    EXPECT_EQ(count(html, QStringLiteral("@import")), 0);
    // Links only within the page (the contents): a web page that stays the same offline.
    EXPECT_GT(count(html, QStringLiteral("href=\"#")), 5);
    EXPECT_EQ(count(html, QStringLiteral("href=\"(?!#)")), 0);
}

TEST_F(ReportWeb, HeadingsGoDownOneLevelAtATime) {
    const QString html = page(QStringLiteral("nl"));
    static const QRegularExpression heading(QStringLiteral("<h([1-6])\\b"));
    int previous = 0;
    int seen = 0;
    for (auto it = heading.globalMatch(html); it.hasNext();) {
        const int level = it.next().captured(1).toInt();
        EXPECT_LE(level, previous + 1) << "h" << previous << " followed by h" << level;
        previous = level;
        ++seen;
    }
    EXPECT_GT(seen, 50);
    EXPECT_TRUE(html.contains(QStringLiteral("<h1")));
}

TEST_F(ReportWeb, EveryTableHasHeaderCellsThatSayWhatTheyHead) {
    const QString html = page(QStringLiteral("en"));
    static const QRegularExpression table(QStringLiteral("<table\\b.*?</table>"),
                                          QRegularExpression::DotMatchesEverythingOption);
    int tables = 0;
    for (auto it = table.globalMatch(html); it.hasNext();) {
        const QString one = it.next().captured(0);
        ++tables;
        EXPECT_TRUE(one.contains(QStringLiteral("<th "))) << one.left(300).toStdString();
        EXPECT_EQ(count(one, QStringLiteral("<th ")),
                  count(one, QStringLiteral("<th scope=\"(col|row)\"")))
            << one.left(300).toStdString();
    }
    EXPECT_GT(tables, 10);
}

TEST_F(ReportWeb, TheHeatMapsAreRealTablesWithCaptionsAndLevelsInWords) {
    const QString html = page(QStringLiteral("en"));
    EXPECT_TRUE(
        html.contains(QStringLiteral("<caption>Inherent risk (before safeguards)</caption>")));
    EXPECT_TRUE(
        html.contains(QStringLiteral("<caption>Residual risk (safeguards in place)</caption>")));
    // Likelihood rows and impact columns are header cells; each of the 2 × 16 cells names
    // its level in words on its colour.
    EXPECT_GE(
        count(html, QStringLiteral("<th scope=\"row\" style=\"text-align:center\">[1-4]</th>")), 8);
    EXPECT_GE(
        count(html, QStringLiteral("<th scope=\"col\" style=\"text-align:center\">[1-4]</th>")), 8);
    EXPECT_EQ(count(html, QStringLiteral("<span style=\"font-size:6.5pt\">(Low|Medium|High|Very "
                                         "high)</span>")),
              32);
}

TEST_F(ReportWeb, UsesCssNotTheAttributesHtml5Dropped) {
    const QString html = page(QStringLiteral("nl"));
    for (const QString& attribute :
         {QStringLiteral("bgcolor"), QStringLiteral("cellpadding"), QStringLiteral("cellspacing"),
          QStringLiteral("align"), QStringLiteral("width"), QStringLiteral("border")}) {
        EXPECT_EQ(count(html, QStringLiteral("<[^>]*\\s%1=").arg(attribute)), 0)
            << attribute.toStdString();
    }
}

TEST_F(ReportWeb, IsReadableByTheOwnerOnlyAndKeepsAnExistingFile) {
    const QString out = path(QStringLiteral("kept.html"));
    QFile earlier(out);
    ASSERT_TRUE(earlier.open(QIODevice::WriteOnly));
    earlier.write("earlier");
    earlier.close();
    const CliRun refused = cli(QStringLiteral("en"),
                               {QStringLiteral("report"), document(), QStringLiteral("-o"), out});
    EXPECT_EQ(refused.code, 2);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("already exists")))
        << refused.err.toStdString();
    EXPECT_EQ(readAll(out), QStringLiteral("earlier"));

    const CliRun forced =
        cli(QStringLiteral("en"), {QStringLiteral("report"), document(), QStringLiteral("-o"), out,
                                   QStringLiteral("--force")});
    EXPECT_EQ(forced.code, 0) << forced.err.toStdString();
    EXPECT_TRUE(readAll(out).startsWith(QStringLiteral("<!DOCTYPE html>")));
    struct stat info {};
    ASSERT_EQ(::stat(out.toLocal8Bit().constData(), &info), 0);
    EXPECT_EQ(info.st_mode & 0777, 0600U);

    // A DPIA document is never replaced by a report, whatever its name.
    const CliRun overDocument =
        cli(QStringLiteral("en"),
            {QStringLiteral("report"), document(), QStringLiteral("-o"), document(),
             QStringLiteral("--format"), QStringLiteral("html"), QStringLiteral("--force")});
    EXPECT_EQ(overDocument.code, 2);
}

TEST_F(ReportWeb, FormatFollowsTheNameUnlessFormatSaysOtherwise) {
    const QString named = path(QStringLiteral("report.HTM"));
    EXPECT_EQ(cli(QStringLiteral("en"),
                  {QStringLiteral("report"), document(), QStringLiteral("-o"), named})
                  .code,
              0);
    EXPECT_TRUE(readAll(named).startsWith(QStringLiteral("<!DOCTYPE html>")));

    const QString web = path(QStringLiteral("report.publish"));
    EXPECT_EQ(cli(QStringLiteral("en"), {QStringLiteral("report"), document(), QStringLiteral("-o"),
                                         web, QStringLiteral("--format"), QStringLiteral("html")})
                  .code,
              0);
    EXPECT_TRUE(readAll(web).startsWith(QStringLiteral("<!DOCTYPE html>")));

    const QString pdf = path(QStringLiteral("report-as.html"));
    const CliRun asPdf =
        cli(QStringLiteral("en"), {QStringLiteral("report"), document(), QStringLiteral("-o"), pdf,
                                   QStringLiteral("--format"), QStringLiteral("pdf")});
    EXPECT_EQ(asPdf.code, 0) << asPdf.err.toStdString();
    EXPECT_TRUE(readAll(pdf).startsWith(QStringLiteral("%PDF")));

    const CliRun unknown =
        cli(QStringLiteral("en"),
            {QStringLiteral("report"), document(), QStringLiteral("-o"),
             path(QStringLiteral("x.odt")), QStringLiteral("--format"), QStringLiteral("odt")});
    EXPECT_EQ(unknown.code, 1);
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("x.odt"))));
}

TEST(ReportWebMarkup, KeepsTextAndTurnsPresentationIntoCss) {
    EXPECT_EQ(toHtml5(QStringLiteral("<td bgcolor=\"#c62828\" style=\"font-weight:bold\" "
                                     "width=\"62\">a &lt;b&gt; c</td>")),
              QStringLiteral("<td style=\"font-weight:bold; background-color:#c62828; "
                             "width:62px\">a &lt;b&gt; c</td>"));
    EXPECT_EQ(toHtml5(QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"5\">")),
              QStringLiteral("<table class=\"grid\">"));
    EXPECT_EQ(toHtml5(QStringLiteral("<th scope=\"col\" align=\"left\" width=\"20%\">x</th>")),
              QStringLiteral("<th scope=\"col\" style=\"text-align:left; width:20%\">x</th>"));
}

TEST(ReportWebMarkup, WhatTheUserTypedStaysText) {
    storage::Assessment assessment = sampleAssessment();
    assessment.metadata.title = "<script>alert('x')</script> & <img src=x>";
    const QString html =
        reportWebPage({assessment, shippedBaseline(), sampleEvaluation(), Lang::en});
    EXPECT_FALSE(html.contains(QStringLiteral("<script")));
    EXPECT_FALSE(html.contains(QStringLiteral("<img")));
    EXPECT_TRUE(html.contains(QStringLiteral("&lt;script&gt;")));
}

} // namespace
} // namespace dpia::report

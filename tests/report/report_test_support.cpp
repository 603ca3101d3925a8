#include "tests/report/report_test_support.h"

#include "core/baseline/embedded_image.h"
#include "core/scoring/assessment_scoring.h"
#include "core/storage/assessment_json.h"
#include "core/storage/sample_assessment.h"

#include <QProcess>
#include <QRegularExpression>

namespace dpia::report::testing {

namespace {

CliRun runProgram(const QString& program, const QStringList& args) {
    QProcess process;
    process.start(program, args);
    CliRun run;
    if (!process.waitForStarted(30000)) {
        run.err = QStringLiteral("cannot start %1").arg(program);
        return run;
    }
    process.waitForFinished(120000);
    run.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace

CliRun cli(const QString& lang, const QStringList& args) {
    return runProgram(QStringLiteral(DPIA_CLI_PATH),
                      QStringList{QStringLiteral("--lang"), lang} + args);
}

QStringList pdfPages(const QString& pdf) {
    const CliRun text = runProgram(QStringLiteral("pdftotext"),
                                   {QStringLiteral("-raw"), QStringLiteral("-enc"),
                                    QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    EXPECT_EQ(text.code, 0) << "pdftotext (poppler-utils) is needed: " << text.err.toStdString();
    QStringList pages = text.out.split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.back().trimmed().isEmpty()) {
        pages.removeLast(); // after the last form feed
    }
    return pages;
}

int pdfPageCount(const QString& pdf) {
    const CliRun info = runProgram(QStringLiteral("pdfinfo"), {pdf});
    EXPECT_EQ(info.code, 0) << "pdfinfo (poppler-utils) is needed: " << info.err.toStdString();
    static const QRegularExpression pages(QStringLiteral("^Pages:\\s+(\\d+)$"),
                                          QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = pages.match(info.out);
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

QStringList bodyLines(const QString& page) {
    QStringList lines;
    for (const QString& line : page.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty()) {
            lines << line.trimmed();
        }
    }
    if (lines.size() >= 2) {
        lines.removeFirst();
        lines.removeLast();
    }
    return lines;
}

QString squeeze(const QString& text) {
    QString out = text.normalized(QString::NormalizationForm_KC);
    static const QRegularExpression space(QStringLiteral("\\s+"));
    out.remove(space);
    return out;
}

QString squeezedBody(const QStringList& pages) {
    QString body;
    for (const QString& page : pages) {
        body += bodyLines(page).join(QLatin1Char(' '));
        body += QLatin1Char(' ');
    }
    return squeeze(body);
}

bool containsText(const QString& body, const QString& text) {
    if (body.contains(squeeze(text))) {
        return true;
    }
    const QStringList words = text.simplified().split(QLatin1Char(' '));
    for (qsizetype cut = 1; cut < words.size(); ++cut) {
        if (body.contains(squeeze(words.mid(0, cut).join(QLatin1Char(' ')))) &&
            body.contains(squeeze(words.mid(cut).join(QLatin1Char(' '))))) {
            return true;
        }
    }
    return false;
}

const baseline::Baseline& shippedBaseline() {
    static const auto loaded = *baseline::Baseline::load(baseline::embeddedImage());
    return *loaded;
}

const storage::Assessment& sampleAssessment() {
    static const storage::Assessment sample =
        *storage::assessmentFromJson(storage::bundledSampleJson(), storage::JsonSource::sample);
    return sample;
}

const scoring::Evaluation& sampleEvaluation() {
    static const scoring::Evaluation evaluation =
        scoring::evaluate(shippedBaseline(), sampleAssessment());
    return evaluation;
}

QTemporaryDir* SampleReport::dir_ = nullptr;
QStringList* SampleReport::dutch_ = nullptr;
QStringList* SampleReport::english_ = nullptr;

void SampleReport::SetUpTestSuite() {
    dir_ = new QTemporaryDir;
    dutch_ = new QStringList;
    english_ = new QStringList;
    const QString document = dir_->filePath(QStringLiteral("voorbeeld.dpia"));
    const CliRun made =
        cli(QStringLiteral("nl"), {QStringLiteral("new"), document, QStringLiteral("--sample")});
    ASSERT_EQ(made.code, 0) << made.err.toStdString();
    for (const QString& lang : {QStringLiteral("nl"), QStringLiteral("en")}) {
        const CliRun report =
            cli(lang, {QStringLiteral("report"), document, QStringLiteral("-o"),
                       dir_->filePath(QStringLiteral("rapport-%1.pdf").arg(lang))});
        ASSERT_EQ(report.code, 0) << report.err.toStdString();
    }
    *dutch_ = pdfPages(dutchPdf());
    *english_ = pdfPages(englishPdf());
}

void SampleReport::TearDownTestSuite() {
    delete dutch_;
    delete english_;
    delete dir_;
    dutch_ = english_ = nullptr;
    dir_ = nullptr;
}

QString SampleReport::dutchPdf() {
    return dir_->filePath(QStringLiteral("rapport-nl.pdf"));
}

QString SampleReport::englishPdf() {
    return dir_->filePath(QStringLiteral("rapport-en.pdf"));
}

const QStringList& SampleReport::dutchPages() {
    return *dutch_;
}

const QStringList& SampleReport::englishPages() {
    return *english_;
}

int checkContents(const QStringList& pages, const QString& heading) {
    const QStringList cover = bodyLines(pages.front());
    const qsizetype start = cover.indexOf(heading);
    EXPECT_GE(start, 0) << "no contents on the cover";
    static const QRegularExpression entry(QStringLiteral("^(.+) (\\d+)$"));
    int entries = 0;
    int previous = 1;
    for (qsizetype i = start + 1; start >= 0 && i < cover.size(); ++i) {
        const QRegularExpressionMatch match = entry.match(cover[i]);
        EXPECT_TRUE(match.hasMatch()) << cover[i].toStdString();
        const int page = match.captured(2).toInt();
        EXPECT_GT(page, previous) << cover[i].toStdString();
        previous = page;
        if (page < 1 || page > pages.size()) {
            ADD_FAILURE() << "no page " << page;
            continue;
        }
        // A long title wraps: compare the top of the page without line breaks.
        const QString top = squeeze(bodyLines(pages[page - 1]).mid(0, 3).join(QLatin1Char(' ')));
        EXPECT_TRUE(top.startsWith(squeeze(match.captured(1))))
            << match.captured(1).toStdString() << " is not at the top of page " << page;
        ++entries;
    }
    return entries;
}

} // namespace dpia::report::testing

// The words of the report (issue 15, words): the English report cites the law in English,
// no count is written "risk(s)" or "categorie(ën)", the verdict is said once, and writing a
// report prints nothing on stderr — also where the environment names no XDG_RUNTIME_DIR.
#include "core/storage/sample_assessment.h"
#include "tests/report/report_test_support.h"

#include <nlohmann/json.hpp>

#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>

namespace dpia::report::testing {
namespace {

/// Every text of the bundled sample, in pieces: what the municipality wrote stays in its
/// own words in either report, so it is left out before looking for Dutch in English.
void collectTexts(const nlohmann::json& value, QStringList& texts) {
    if (value.is_string()) {
        const QString text = QString::fromStdString(value.get<std::string>());
        texts << text;
        for (const QString& line : text.split(QLatin1Char('\n'))) {
            for (const QString& sentence : line.split(QStringLiteral(". "))) {
                if (sentence.size() >= 12) {
                    texts << sentence;
                }
            }
        }
    } else if (value.is_structured()) {
        for (const auto& element : value) {
            collectTexts(element, texts);
        }
    }
}

/// The squeezed body of `pages` without the sample's own texts.
QString programText(const QStringList& pages) {
    QString body = squeezedBody(pages);
    QStringList texts;
    collectTexts(nlohmann::json::parse(storage::bundledSampleJson()), texts);
    std::sort(texts.begin(), texts.end(),
              [](const QString& a, const QString& b) { return a.size() > b.size(); });
    for (const QString& text : texts) {
        const QString squeezed = squeeze(text);
        if (squeezed.size() >= 3) {
            body.remove(squeezed);
        }
    }
    return body;
}

/// `pattern` is matched against squeezed text (no whitespace); up to 40 characters around
/// the first hit, for the failure message.
std::string firstHit(const QString& body, const QRegularExpression& pattern) {
    const QRegularExpressionMatch match = pattern.match(body);
    return match.hasMatch()
               ? body.mid(std::max<qsizetype>(0, match.capturedStart() - 40), 100).toStdString()
               : std::string();
}

class ReportWords : public SampleReport {};

TEST_F(ReportWords, TheEnglishReportCitesTheLawInEnglish) {
    const QString body = programText(englishPages());
    // "AVG art. 35 lid 7 sub a", "UAVG art. 46" without its English name, "t/m", "AP-lijst",
    // "Model DPIA Rijksdienst", "criterium": squeezed, as the PDF's text reads.
    for (const char* dutch : {"(?<![U(])AVG", "\\bart\\.\\d+lid", "lid\\d+sub", "t/m", "AP-lijst",
                              "ModelDPIARijksdienst", "criterium", "DPIARijksdienst"}) {
        const QRegularExpression pattern(QString::fromLatin1(dutch));
        EXPECT_EQ(firstHit(body, pattern), "") << dutch;
    }
    // The references the baseline gives in English are there.
    EXPECT_TRUE(body.contains(squeeze(QStringLiteral("GDPR Art. 35(7)(a)"))));
    EXPECT_TRUE(body.contains(squeeze(QStringLiteral("Dutch government Model DPIA"))));
}

TEST_F(ReportWords, NoCountIsWrittenWithABracketedPlural) {
    const QRegularExpression bracketed(QStringLiteral("[A-Za-z]\\((s|en|ën|y/ies|len)\\)"));
    EXPECT_EQ(firstHit(programText(englishPages()), bracketed), "");
    EXPECT_EQ(firstHit(programText(dutchPages()), bracketed), "");
}

TEST_F(ReportWords, TheVerdictIsSaidOnceAndItsReasonFollows) {
    const QString dutch = squeezedBody(dutchPages());
    EXPECT_TRUE(dutch.contains(squeeze(QStringLiteral("Ja, een DPIA is verplicht. Dit volgt uit "
                                                      "4 categorieën van de AP-lijst"))));
    EXPECT_FALSE(dutch.contains(squeeze(QStringLiteral("Een DPIA is verplicht:"))));
    const QString english = squeezedBody(englishPages());
    EXPECT_TRUE(english.contains(squeeze(
        QStringLiteral("Yes, a DPIA is required. This follows from 4 categories of the AP list"))));
    EXPECT_FALSE(english.contains(squeeze(QStringLiteral("A DPIA is required:"))));
}

/// Runs dpia-cli as cron or a container would: no XDG_RUNTIME_DIR.
/// Runs dpia-cli without XDG_RUNTIME_DIR and with `tempDir` as its TMPDIR (its own, so
/// other programs' folders in /tmp do not count).
CliRun cliWithoutRuntimeDir(const QString& lang, const QStringList& args, const QString& tempDir) {
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("XDG_RUNTIME_DIR"));
    environment.insert(QStringLiteral("TMPDIR"), tempDir);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(DPIA_CLI_PATH),
                  QStringList{QStringLiteral("--lang"), lang} + args);
    CliRun run;
    if (!process.waitForStarted(30000) || !process.waitForFinished(120000)) {
        run.err = QStringLiteral("dpia-cli did not run");
        return run;
    }
    run.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

TEST(ReportStderr, AReportWithoutARuntimeDirectoryPrintsNoWarning) {
    QTemporaryDir dir;
    const QString document = dir.filePath(QStringLiteral("voorbeeld.dpia"));
    const QString temp = dir.filePath(QStringLiteral("tmp"));
    ASSERT_TRUE(QDir().mkpath(temp));
    ASSERT_EQ(cliWithoutRuntimeDir(QStringLiteral("nl"),
                                   {QStringLiteral("new"), document, QStringLiteral("--sample")},
                                   temp)
                  .code,
              0);
    for (const QString& lang : {QStringLiteral("nl"), QStringLiteral("en")}) {
        const CliRun report =
            cliWithoutRuntimeDir(lang,
                                 {QStringLiteral("report"), document, QStringLiteral("-o"),
                                  dir.filePath(QStringLiteral("rapport-%1.pdf").arg(lang))},
                                 temp);
        EXPECT_EQ(report.code, 0);
        EXPECT_EQ(report.err.toStdString(), "") << lang.toStdString();
        EXPECT_TRUE(report.out.contains(QStringLiteral("rapport-%1.pdf").arg(lang)));
    }
    // The private runtime folder goes with the command.
    EXPECT_TRUE(QDir(temp).entryList({QStringLiteral("dpia-cli-runtime-*")}, QDir::Dirs).isEmpty());
}

} // namespace
} // namespace dpia::report::testing

#pragma once

#include "core/baseline/baseline.h"
#include "core/scoring/evaluation.h"
#include "core/storage/assessment.h"

#include <gtest/gtest.h>

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace dpia::report::testing {

struct CliRun {
    int code = -1;
    QString out;
    QString err;
};

/// Runs the built dpia-cli with `--lang LANG` first, as a script would.
CliRun cli(const QString& lang, const QStringList& args);

/// The text of every page of a PDF in drawing order (pdftotext -raw), one entry a page.
/// Fails the test when poppler-utils is missing: these tests must not pass by skipping.
QStringList pdfPages(const QString& pdf);
/// The page count pdfinfo reports.
int pdfPageCount(const QString& pdf);

/// A page's lines without the header (first) and footer (last) line.
QStringList bodyLines(const QString& page);
/// All body text of all pages, whitespace removed: what the reader reads, independent of
/// where lines wrap. Compare with squeeze()d expectations.
QString squeezedBody(const QStringList& pages);
QString squeeze(const QString& text);

/// True when `text` (squeezed) is in `body`, or in two pieces split at a space, as a table
/// cell is when its row breaks over two pages (other cells and the repeated header come
/// between the pieces).
bool containsText(const QString& body, const QString& text);

/// Checks the contents on the cover of `pages`: after `heading`, one line per chapter,
/// "Title N", in reading order, and page N starts with that title. Returns the count.
int checkContents(const QStringList& pages, const QString& heading);

/// The shipped baseline, the bundled sample and its evaluation.
const baseline::Baseline& shippedBaseline();
const storage::Assessment& sampleAssessment();
const scoring::Evaluation& sampleEvaluation();

/// A sample assessment and its report in Dutch and English, made once for all tests.
class SampleReport : public ::testing::Test {
protected:
    static void SetUpTestSuite();
    static void TearDownTestSuite();

    static QString dutchPdf();
    static QString englishPdf();
    static const QStringList& dutchPages();
    static const QStringList& englishPages();

private:
    static QTemporaryDir* dir_;
    static QStringList* dutch_;
    static QStringList* english_;
};

} // namespace dpia::report::testing

#include "ui/report/report_writer.h"

#include "ui/report/paged_document.h"
#include "ui/report/report_builder.h"

#include <QFile>
#include <QFont>
#include <QPdfWriter>
#include <QTextDocument>

namespace dpia::report {
namespace {

PageDecoration decorationFor(const ReportInput& input) {
    const storage::Metadata& meta = input.assessment.metadata;
    return {QStringLiteral("DPIA — %1").arg(QString::fromStdString(meta.title)),
            QString::fromStdString(meta.classification)};
}

} // namespace

std::unique_ptr<QTextDocument> buildReportDocument(const ReportInput& input) {
    auto document = std::make_unique<QTextDocument>();
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(9.5);
    document->setDefaultFont(font);
    document->setDefaultStyleSheet(
        QStringLiteral("h1 { font-size: 16pt; color: #1a237e; margin-top: 12px; }"
                       "h2 { font-size: 12.5pt; color: #283593; margin-top: 10px; }"
                       "h3 { font-size: 11pt; margin-top: 8px; }"
                       "h4 { font-size: 9.5pt; margin-top: 6px; margin-bottom: 2px; }"
                       "th { font-weight: bold; }"));
    document->setHtml(ReportBuilder(input).html());
    return document;
}

int paintReport(QPagedPaintDevice& device, const ReportInput& input) {
    const auto document = buildReportDocument(input);
    return paintPaged(device, *document, decorationFor(input));
}

int writeReportPdf(const QString& path, const ReportInput& input) {
    const auto document = buildReportDocument(input);
    // A DPIA report describes the processing and its weak spots: owner-only, like the
    // document. Made (empty) with those permissions before any content is written.
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            return 0;
        }
    }
    int pages = 0;
    {
        QPdfWriter writer(path);
        writer.setResolution(300);
        writer.setCreator(QStringLiteral("DPIA Assistent"));
        writer.setTitle(QString::fromStdString(input.assessment.metadata.title));
        pages = paintPaged(writer, *document, decorationFor(input));
    }
    return pages;
}

} // namespace dpia::report

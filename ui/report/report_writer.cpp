#include "ui/report/report_writer.h"

#include "core/storage/file_ops.h"
#include "ui/report/break_opportunities.h"
#include "ui/report/long_tables.h"
#include "ui/report/paged_document.h"
#include "ui/report/report_builder.h"
#include "ui/report/report_colours.h"
#include "ui/report/table_chunks.h"
#include "ui/text/translator.h"

#include <QCoreApplication>
#include <QFont>
#include <QIODevice>
#include <QPdfWriter>
#include <QTextCursor>
#include <QTextDocument>

namespace dpia::report {
namespace {

/// Hands what QPdfWriter writes to an output being made, in blocks of 256 KiB (the PDF
/// engine writes a few bytes at a time).
class OutputDevice : public QIODevice {
public:
    explicit OutputDevice(const storage::files::OutputWriter& write) : write_(write) {}
    ~OutputDevice() override { flushBuffer(); }
    OutputDevice(const OutputDevice&) = delete;
    OutputDevice& operator=(const OutputDevice&) = delete;

    bool isSequential() const override { return true; }
    void close() override {
        flushBuffer();
        QIODevice::close();
    }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 size) override {
        buffer_.append(data, size);
        if (buffer_.size() >= kBlock && !flushBuffer()) {
            return -1;
        }
        return size;
    }

private:
    static constexpr qsizetype kBlock = 256 * 1024;

    bool flushBuffer() {
        const bool ok = write_(buffer_.constData(), static_cast<std::size_t>(buffer_.size()));
        buffer_.clear();
        return ok;
    }

    const storage::files::OutputWriter& write_;
    QByteArray buffer_;
};

PageDecoration decorationFor(const ReportInput& input) {
    return {reportTitle(input), QString::fromStdString(input.assessment.metadata.classification)};
}

/// One part of the report, starting on a new page: a document laid out once and kept to
/// the end, or a chapter with a long table, laid out and painted a chunk at a time.
struct Part {
    std::unique_ptr<QTextDocument> document;
    std::unique_ptr<ChunkedChapter> chunked;

    int layOut(QPagedPaintDevice& device) const {
        return document ? layOutPart(device, *document) : chunked->layOut(device);
    }
    QString title() const { return document ? firstHeading(*document, 1) : chunked->title(); }
};

/// The report's parts, each laid out for the pages of `device`, ready to paint on it.
std::vector<Part> buildReportParts(const ReportInput& input, QPagedPaintDevice& device) {
    const ui::ScopedLanguage speaking(input.lang == Lang::en ? ui::kEnglish : ui::kDutch);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(9.5);
    // Latin text needs no shaping; without it there are no ligatures either, so a reader
    // who searches the PDF for "effect" finds it (with shaping, "ff" is one glyph).
    font.setStyleStrategy(QFont::PreferNoShaping);
    const QString styleSheet =
        QStringLiteral("h1 { font-size: 16pt; color: %1; margin-top: 0px; }"
                       "h2 { font-size: 12.5pt; color: %2; margin-top: 12px; }"
                       "h3 { font-size: 11pt; margin-top: 10px; }"
                       "h4 { font-size: 9.5pt; margin-top: 8px; margin-bottom: 2px; }"
                       "th { font-weight: bold; }")
            .arg(colours::kTitle, colours::kSubtitle) +
        longTableStyleSheet();
    const DocumentMaker make = [font, styleSheet, &device](const QString& html, bool paged) {
        auto document = std::make_unique<QTextDocument>();
        document->setDefaultFont(font);
        document->setDefaultStyleSheet(styleSheet);
        document->setUndoRedoEnabled(false); // the layout passes change it; nobody undoes
        if (paged) {
            prepareForPages(*document, device);
        } else {
            prepareForMeasuring(*document, device);
        }
        document->setHtml(html);
        return document;
    };
    std::vector<Part> parts;
    QStringList sections = ReportBuilder(input).sections();
    for (QString& section : sections) {
        QString html = withBreakOpportunities(withPlainGridsForLongTables(section));
        section.clear(); // the HTML of a long chapter is as large as its document
        Part part;
        if (ChunkedChapter::wanted(html)) {
            part.chunked = std::make_unique<ChunkedChapter>(std::move(html), make);
        } else {
            part.document = make(html, true);
        }
        parts.push_back(std::move(part));
    }
    return parts;
}

/// The table of contents: the title (first <h1>) of every part after the cover with the
/// page it starts on, for the cover's page count in `pageCounts`.
QString contentsHtml(const std::vector<Part>& parts, const std::vector<int>& pageCounts) {
    QString rows;
    int page = 1 + pageCounts.front();
    for (std::size_t i = 1; i < parts.size(); ++i) {
        const QString title = parts[i].title();
        if (!title.isEmpty()) {
            rows += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td></tr>")
                        .arg(title.toHtmlEscaped())
                        .arg(page);
        }
        page += pageCounts[i];
    }
    //: Heading of the table of contents on the report's cover.
    const QString heading = QCoreApplication::translate("Report", "Contents");
    return QStringLiteral("<h2>%1</h2><table width=\"100%\" cellpadding=\"2\">%2</table>")
        .arg(heading.toHtmlEscaped(), rows);
}

/// Lays the report out (pass one) and puts its table of contents at the end of the cover
/// (the first part, never chunked); returns the page counts to paint with. Page numbers
/// are known only after the layout; should the contents push the cover on to a second
/// page, they are made again with the numbers that follows from that.
std::vector<int> layOutWithContents(QPagedPaintDevice& device, const std::vector<Part>& parts) {
    std::vector<int> pageCounts;
    for (const Part& part : parts) {
        pageCounts.push_back(part.layOut(device));
    }
    if (parts.size() < 2 || !parts.front().document) {
        return pageCounts;
    }
    QTextDocument& cover = *parts.front().document;
    QTextCursor cursor(&cover);
    cursor.movePosition(QTextCursor::End);
    const int contentsStart = cursor.position();
    for (int attempt = 0; attempt < 3; ++attempt) {
        cursor.setPosition(contentsStart);
        cursor.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
        cursor.removeSelectedText();
        cursor.insertBlock(); // else the heading would join the cover's last paragraph
        cursor.insertHtml(contentsHtml(parts, pageCounts));
        const int coverPages = layOutPages(device, {&cover}).front();
        if (coverPages == pageCounts.front()) {
            break;
        }
        pageCounts.front() = coverPages;
    }
    return pageCounts;
}

/// Pass two: paints every part; a chunked chapter makes its chunks again one by one.
int paintWithContents(QPagedPaintDevice& device, const std::vector<Part>& parts,
                      const PageDecoration& decoration) {
    const std::vector<int> pageCounts = layOutWithContents(device, parts);
    int pageCount = 0;
    for (const int count : pageCounts) {
        pageCount += count;
    }
    PagePainter painter(device, decoration, pageCount);
    if (!painter.painting()) {
        return 0;
    }
    for (std::size_t p = 0; p < parts.size(); ++p) {
        if (parts[p].document) {
            painter.paint(*parts[p].document, pageCounts[p]);
        } else {
            parts[p].chunked->paint(device, painter);
        }
    }
    painter.end();
    return pageCount;
}

} // namespace

QString reportTitle(const ReportInput& input) {
    QString title = QString::fromStdString(input.assessment.metadata.title);
    // Most titles already start with "DPIA"; "DPIA — DPIA Teams" would stutter.
    if (!title.startsWith(QStringLiteral("DPIA"), Qt::CaseInsensitive)) {
        title = QStringLiteral("DPIA — %1").arg(title);
    }
    return title;
}

Result<int> paintReport(QPagedPaintDevice& device, const ReportInput& input) {
    // The page footers and the contents are words of the report too.
    const ui::ScopedLanguage speaking(input.lang == Lang::en ? ui::kEnglish : ui::kDutch);
    const std::vector<Part> parts = buildReportParts(input, device);
    const int pages = paintWithContents(device, parts, decorationFor(input));
    if (pages == 0) {
        return Error{ErrorCode::ioError,
                     {"Het rapport kon niet op dit apparaat worden getekend; controleer de "
                      "printer.",
                      "The report could not be painted on this device; check the printer."},
                     "report paint failed"};
    }
    return pages;
}

Result<int> writeReportPdf(const QString& path, const ReportInput& input,
                           storage::files::Existing existing) {
    Result<int> pages = 0;
    // A DPIA report describes the processing and its weak spots: owner-only, like the
    // document, from the first byte on disk. Written to its temporary file page by page,
    // so a report of a thousand pages is never held in memory whole.
    const Status written = storage::files::writeOutputAsMade(
        path.toStdString(), existing, [&](const storage::files::OutputWriter& write) -> Status {
            OutputDevice device(write);
            device.open(QIODevice::WriteOnly);
            {
                QPdfWriter writer(&device);
                writer.setResolution(300);
                writer.setCreator(QStringLiteral("DPIA Assistent"));
                writer.setTitle(QString::fromStdString(input.assessment.metadata.title));
                pages = paintReport(writer, input);
            }
            device.close(); // the last buffered bytes
            if (!pages) {
                return pages.error();
            }
            return success();
        });
    if (!written) {
        return written.error();
    }
    return pages;
}

} // namespace dpia::report

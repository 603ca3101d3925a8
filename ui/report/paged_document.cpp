#include "ui/report/paged_document.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFont>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>

namespace dpia::report {
namespace {

constexpr qreal kMarginMm = 20.0;
constexpr qreal kBandMm = 9.0; // header and footer bands inside the margins

qreal mmToDevice(qreal mm, int dpi) {
    return mm / 25.4 * dpi;
}

void paintBand(QPainter& painter, const QRectF& band, const QString& left, const QString& right,
               bool lineBelow) {
    painter.save();
    QFont font = painter.font();
    font.setPointSizeF(8.5);
    painter.setFont(font);
    painter.setPen(QColor(0x40, 0x40, 0x40));
    painter.drawText(band, Qt::AlignLeft | Qt::AlignVCenter, left);
    painter.drawText(band, Qt::AlignRight | Qt::AlignVCenter, right);
    const qreal y = lineBelow ? band.bottom() : band.top();
    painter.setPen(QPen(QColor(0xa0, 0xa0, 0xa0), 0));
    painter.drawLine(QPointF(band.left(), y), QPointF(band.right(), y));
    painter.restore();
}

/// Where a block starts in the laid-out document; a block inside a table counts from the
/// top of its outermost frame, so "the next block" after a heading may be a whole table.
qreal documentTop(QTextDocument& document, const QTextBlock& block) {
    QAbstractTextDocumentLayout* layout = document.documentLayout();
    QTextFrame* frame = QTextCursor(block).currentFrame();
    if (frame == nullptr || frame == document.rootFrame()) {
        // A block's rectangle starts where the previous one ended, even when its first line
        // was pushed onto the next page; the first line tells where it really begins.
        const QTextLayout* lines = block.layout();
        const qreal firstLine =
            lines != nullptr && lines->lineCount() > 0 ? lines->lineAt(0).y() : 0.0;
        return layout->blockBoundingRect(block).top() + firstLine;
    }
    while (frame->parentFrame() != nullptr && frame->parentFrame() != document.rootFrame()) {
        frame = frame->parentFrame();
    }
    return layout->frameBoundingRect(frame).top();
}

} // namespace

void keepHeadingsWithNext(QTextDocument& document) {
    const qreal pageHeight = document.pageSize().height();
    if (pageHeight <= 0) {
        return;
    }
    // Moving one heading shifts what follows, so repeat until nothing moves (bounded).
    for (int pass = 0; pass < 8; ++pass) {
        // The layout is lazy: asking for the page count lays the whole document out.
        document.pageCount();
        bool moved = false;
        for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
            const QTextBlockFormat format = block.blockFormat();
            const QTextBlock next = block.next();
            if (format.headingLevel() == 0 || !next.isValid() ||
                (format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)) {
                continue;
            }
            const int headingPage = static_cast<int>(documentTop(document, block) / pageHeight);
            const int nextPage = static_cast<int>(documentTop(document, next) / pageHeight);
            if (nextPage > headingPage) {
                QTextBlockFormat breakBefore = format;
                breakBefore.setPageBreakPolicy(format.pageBreakPolicy() |
                                               QTextFormat::PageBreak_AlwaysBefore);
                QTextCursor(block).setBlockFormat(breakBefore);
                moved = true;
            }
        }
        if (!moved) {
            return;
        }
    }
}

int paintPaged(QPagedPaintDevice& device, QTextDocument& document,
               const PageDecoration& decoration) {
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm),
                                     QPageLayout::Millimeter));
    const int dpi = device.logicalDpiY();
    const QRectF page = QRectF(device.pageLayout().paintRectPixels(dpi))
                            .translated(-device.pageLayout().paintRectPixels(dpi).topLeft());
    const qreal band = mmToDevice(kBandMm, dpi);
    const QRectF body(page.left(), page.top() + band, page.width(), page.height() - 2 * band);

    // Lay the text out at the device's resolution so fonts keep their point sizes.
    document.documentLayout()->setPaintDevice(&device);
    document.setPageSize(body.size());
    keepHeadingsWithNext(document);
    const int pageCount = document.pageCount();

    QPainter painter;
    if (!painter.begin(&device)) {
        return 0;
    }
    for (int index = 0; index < pageCount; ++index) {
        if (index > 0) {
            device.newPage();
        }
        paintBand(painter, QRectF(page.left(), page.top(), page.width(), band * 0.8),
                  decoration.headerLeft, decoration.headerRight, true);

        painter.save();
        painter.translate(body.left(), body.top() - index * body.height());
        const QRectF clip(0, index * body.height(), body.width(), body.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = clip;
        painter.setClipRect(clip);
        document.documentLayout()->draw(&painter, context);
        painter.restore();

        //: Page footer of printed reports, e.g. "page 3 of 12".
        const QString footer =
            QCoreApplication::translate("Report", "page %1 of %2").arg(index + 1).arg(pageCount);
        paintBand(painter,
                  QRectF(page.left(), page.bottom() - band * 0.8, page.width(), band * 0.8),
                  QString(), footer, false);
    }
    painter.end();
    return pageCount;
}

int writePdf(const QString& path, QTextDocument& document, const PageDecoration& decoration) {
    QPdfWriter writer(path);
    writer.setResolution(300);
    writer.setCreator(QStringLiteral("DPIA Assistent"));
    writer.setTitle(decoration.headerLeft);
    return paintPaged(writer, document, decoration);
}

} // namespace dpia::report

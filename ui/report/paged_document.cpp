#include "ui/report/paged_document.h"

#include <algorithm>
#include <vector>

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
#include <QTextList>

namespace dpia::report {
namespace {

constexpr qreal kMarginMm = 20.0;
constexpr qreal kBandMm = 9.0;             // header and footer bands inside the margins
constexpr qsizetype kBandCharacters = 400; // more than a band's 170 mm hold at 8.5 pt

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
    // The title gives way to the marking and the page number when both do not fit.
    const QRectF rightRect = painter.boundingRect(band, Qt::AlignRight | Qt::AlignVCenter, right);
    const QRectF leftRect(band.left(), band.top(), band.width() - rightRect.width() - band.height(),
                          band.height());
    // Only as much as a band could show goes in: eliding measures all of the text, on every
    // page, and a title may be a megabyte.
    const QString shown = painter.fontMetrics().elidedText(
        left.left(kBandCharacters), Qt::ElideRight, static_cast<int>(leftRect.width()));
    painter.drawText(leftRect, Qt::AlignLeft | Qt::AlignVCenter, shown);
    painter.drawText(band, Qt::AlignRight | Qt::AlignVCenter, right);
    const qreal y = lineBelow ? band.bottom() : band.top();
    painter.setPen(QPen(QColor(0xa0, 0xa0, 0xa0), 0));
    painter.drawLine(QPointF(band.left(), y), QPointF(band.right(), y));
    painter.restore();
}

bool isHeading(const QTextBlock& block) {
    return block.blockFormat().headingLevel() > 0;
}

/// The table (a child of the root frame) that holds `block`, or nullptr for a block of
/// the main flow.
QTextFrame* outerFrame(const QTextDocument& document, const QTextBlock& block) {
    QTextFrame* frame = QTextCursor(block).currentFrame();
    if (frame == nullptr || frame == document.rootFrame()) {
        return nullptr;
    }
    while (frame->parentFrame() != nullptr && frame->parentFrame() != document.rootFrame()) {
        frame = frame->parentFrame();
    }
    return frame;
}

/// Where a block of the main flow really starts: its rectangle starts where the previous
/// block ended, even when its first line was pushed onto the next page.
qreal blockTop(QTextDocument& document, const QTextBlock& block) {
    const QTextLayout* lines = block.layout();
    const qreal firstLine = lines != nullptr && lines->lineCount() > 0 ? lines->lineAt(0).y() : 0.0;
    return document.documentLayout()->blockBoundingRect(block).top() + firstLine;
}

int pageOf(qreal y, qreal pageHeight) {
    return static_cast<int>(y / pageHeight);
}

/// A heading at the foot of a page moves to the next page when what it introduces
/// starts there (see keepTogether).
void keepHeadingWithNext(QTextDocument& document, const QTextBlock& block, qreal pageHeight) {
    if (!isHeading(block)) {
        return;
    }
    const QTextBlock previous = block.previous();
    if (previous.isValid() && isHeading(previous) && outerFrame(document, previous) == nullptr) {
        return; // part of a run that was measured from its first heading
    }
    QTextBlock content = block.next();
    while (content.isValid() && isHeading(content) && outerFrame(document, content) == nullptr) {
        content = content.next();
    }
    if (!content.isValid()) {
        return;
    }
    const qreal top = blockTop(document, block);
    const int page = pageOf(top, pageHeight);
    // A heading at the top of its page cannot do better on the next one.
    if (top - page * pageHeight < pageHeight * 0.02) {
        return;
    }
    int contentPage = 0;
    if (QTextFrame* table = outerFrame(document, content)) {
        // A short table stays whole with its heading; of a long one, the header and first
        // row (Qt keeps those together) must follow the heading.
        const QRectF rect = document.documentLayout()->frameBoundingRect(table);
        contentPage =
            pageOf(rect.height() < pageHeight / 3 ? rect.bottom() - 1 : rect.top(), pageHeight);
    } else {
        contentPage = pageOf(blockTop(document, content), pageHeight);
    }
    if (contentPage > page) {
        QTextBlockFormat breakBefore = block.blockFormat();
        breakBefore.setPageBreakPolicy(breakBefore.pageBreakPolicy() |
                                       QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(block).setBlockFormat(breakBefore);
    }
}

/// True when a block with text has no lines: it was never laid out.
bool hasUnlaidBlocks(const QTextDocument& document) {
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (block.length() > 1 && (block.layout() == nullptr || block.layout()->lineCount() == 0)) {
            return true;
        }
    }
    return false;
}

} // namespace

void splitAtPageBreaks(QTextDocument& document) {
    const qreal pageHeight = document.pageSize().height();
    if (pageHeight <= 0) {
        return;
    }
    // Where the first line on a new page starts, for every paragraph that runs on.
    QAbstractTextDocumentLayout* layout = document.documentLayout();
    std::vector<int> splits;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QTextLayout* lines = block.layout();
        if (lines == nullptr || lines->lineCount() < 2) {
            continue;
        }
        const qreal top = layout->blockBoundingRect(block).top();
        int page = static_cast<int>((top + lines->lineAt(0).y()) / pageHeight);
        for (int i = 1; i < lines->lineCount(); ++i) {
            const int linePage = static_cast<int>((top + lines->lineAt(i).y()) / pageHeight);
            if (linePage != page) {
                splits.push_back(block.position() + lines->lineAt(i).textStart());
                page = linePage;
            }
        }
    }
    // From the end, so the positions still to do stay where they were; as one edit, so the
    // layout is redone once.
    QTextCursor cursor(&document);
    cursor.beginEditBlock();
    for (auto it = splits.rbegin(); it != splits.rend(); ++it) {
        cursor.setPosition(*it);
        QTextBlockFormat before = cursor.blockFormat();
        QTextBlockFormat after = before;
        before.setBottomMargin(0);
        after.setTopMargin(0);
        after.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
        cursor.setBlockFormat(before);
        cursor.insertBlock(after);
        // The rest of a list item is not a new item: no bullet; remove() keeps the indent of
        // the item's text.
        if (QTextList* list = cursor.block().textList()) {
            list->remove(cursor.block());
        }
    }
    cursor.endEditBlock();
}

void keepTogether(QTextDocument& document) {
    const qreal pageHeight = document.pageSize().height();
    if (pageHeight <= 0) {
        return;
    }
    QTextFrame* root = document.rootFrame();
    // A change moves only what follows it, and the layout re-lays out just as much as the
    // next measurement needs: one pass from the top is enough.
    for (QTextFrame::iterator it = root->begin(); !it.atEnd(); ++it) {
        if (it.currentFrame() == nullptr) {
            keepHeadingWithNext(document, it.currentBlock(), pageHeight);
        }
    }
}

namespace {

/// The page's paint rectangle and the body between the header and footer bands, in
/// device pixels, for the A4 layout paintPaged sets.
struct PageGeometry {
    QRectF page;
    QRectF body;
    qreal band = 0;
};

PageGeometry setA4(QPagedPaintDevice& device) {
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm),
                                     QPageLayout::Millimeter));
    const int dpi = device.logicalDpiY();
    const QRectF page = QRectF(device.pageLayout().paintRectPixels(dpi))
                            .translated(-device.pageLayout().paintRectPixels(dpi).topLeft());
    const qreal band = mmToDevice(kBandMm, dpi);
    return {page, QRectF(page.left(), page.top() + band, page.width(), page.height() - 2 * band),
            band};
}

} // namespace

namespace {

/// Lays the text out at the device's resolution, so fonts keep their point sizes, on pages
/// of the body's size. Each change of either lays the whole document out again, so what is
/// already so is left alone.
void setPages(QTextDocument& document, QPagedPaintDevice& device, const PageGeometry& geometry) {
    QAbstractTextDocumentLayout* layout = document.documentLayout();
    if (layout->paintDevice() != &device) {
        layout->setPaintDevice(&device);
    }
    if (document.pageSize() != geometry.body.size()) {
        document.setPageSize(geometry.body.size());
    }
}

} // namespace

void prepareForPages(QTextDocument& document, QPagedPaintDevice& device) {
    setPages(document, device, setA4(device));
}

void prepareForMeasuring(QTextDocument& document, QPagedPaintDevice& device) {
    const PageGeometry geometry = setA4(device);
    document.documentLayout()->setPaintDevice(&device);
    // A height of 0 or less: Qt lays the document out without pages.
    document.setPageSize(QSizeF(geometry.body.width(), -1));
}

QSizeF pageBodySize(QPagedPaintDevice& device) {
    return setA4(device).body.size();
}

namespace {

void layOut(QTextDocument& part, QPagedPaintDevice& device, const PageGeometry& geometry) {
    setPages(part, device, geometry);
    // Qt lays a document out lazily; a change before that layout has finished leaves
    // the blocks it had not reached without lines (they would not print at all).
    part.pageCount();
    keepTogether(part);
    splitAtPageBreaks(part);
    if (hasUnlaidBlocks(part)) {
        part.markContentsDirty(0, part.characterCount());
    }
}

} // namespace

int layOutPart(QPagedPaintDevice& device, QTextDocument& part) {
    layOut(part, device, setA4(device));
    return part.pageCount();
}

std::vector<int> layOutPages(QPagedPaintDevice& device, const std::vector<QTextDocument*>& parts) {
    const PageGeometry geometry = setA4(device);
    std::vector<int> pageCounts;
    for (QTextDocument* part : parts) {
        layOut(*part, device, geometry);
        pageCounts.push_back(part->pageCount());
    }
    return pageCounts;
}

PagePainter::PagePainter(QPagedPaintDevice& device, const PageDecoration& decoration, int pageCount)
    : device_(device), decoration_(decoration), pageCount_(pageCount) {
    const PageGeometry geometry = setA4(device);
    page_ = geometry.page;
    body_ = geometry.body;
    band_ = geometry.band;
    painting_ = painter_.begin(&device);
}

PagePainter::~PagePainter() {
    end();
}

int PagePainter::end() {
    if (painting_) {
        painter_.end();
        painting_ = false;
    }
    return painted_;
}

void PagePainter::paint(const QTextDocument& part, int pages, qreal bottom) {
    if (!painting_) {
        return;
    }
    QAbstractTextDocumentLayout* layout = part.documentLayout();
    for (int local = 0; local < pages; ++local, ++painted_) {
        if (painted_ > 0) {
            device_.newPage();
        }
        paintBand(painter_, QRectF(page_.left(), page_.top(), page_.width(), band_ * 0.8),
                  decoration_.headerLeft, decoration_.headerRight, true);

        painter_.save();
        painter_.translate(body_.left(), body_.top() - local * body_.height());
        QRectF clip(0, local * body_.height(), body_.width(), body_.height());
        if (bottom >= 0 && local == pages - 1) {
            // Qt leaves out what lies below the context's clip (no text of the next row in
            // the PDF); the painter's clip hides what a drawn block still reaches into.
            clip.setBottom(std::min(clip.bottom(), bottom));
        }
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = clip;
        painter_.setClipRect(clip);
        layout->draw(&painter_, context);
        painter_.restore();

        //: Page footer of printed reports, e.g. "page 3 of 12".
        const QString footer = QCoreApplication::translate("Report", "page %1 of %2")
                                   .arg(painted_ + 1)
                                   .arg(pageCount_);
        paintBand(painter_,
                  QRectF(page_.left(), page_.bottom() - band_ * 0.8, page_.width(), band_ * 0.8),
                  QString(), footer, false);
    }
}

int paintLaidOut(QPagedPaintDevice& device, const std::vector<QTextDocument*>& parts,
                 const std::vector<int>& pageCounts, const PageDecoration& decoration) {
    int pageCount = 0;
    for (const int count : pageCounts) {
        pageCount += count;
    }
    PagePainter painter(device, decoration, pageCount);
    if (!painter.painting()) {
        return 0;
    }
    for (std::size_t p = 0; p < parts.size(); ++p) {
        painter.paint(*parts[p], pageCounts[p]);
    }
    painter.end();
    return pageCount;
}

int paintPaged(QPagedPaintDevice& device, const std::vector<QTextDocument*>& parts,
               const PageDecoration& decoration) {
    return paintLaidOut(device, parts, layOutPages(device, parts), decoration);
}

QString firstHeading(const QTextDocument& document, int level) {
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() == level) {
            return block.text().trimmed();
        }
    }
    return {};
}

int paintPaged(QPagedPaintDevice& device, QTextDocument& document,
               const PageDecoration& decoration) {
    return paintPaged(device, std::vector<QTextDocument*>{&document}, decoration);
}

int writePdf(const QString& path, QTextDocument& document, const PageDecoration& decoration) {
    QPdfWriter writer(path);
    writer.setResolution(300);
    writer.setCreator(QStringLiteral("DPIA Assistent"));
    writer.setTitle(decoration.headerLeft);
    return paintPaged(writer, document, decoration);
}

} // namespace dpia::report

#include "ui/widgets/focus_frame.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QEvent>
#include <QFocusEvent>
#include <QFocusFrame>
#include <QPainter>
#include <QPointer>
#include <QScrollArea>
#include <QStyleOption>

namespace dpia::ui {

namespace {

/// A ring `width` pixels wide just inside `rect`.
void drawRing(QPainter* painter, const QRect& rect, const QColor& colour, int width) {
    painter->save();
    painter->setPen(Qt::NoPen);
    painter->fillRect(QRect(rect.left(), rect.top(), rect.width(), width), colour);
    painter->fillRect(QRect(rect.left(), rect.bottom() - width + 1, rect.width(), width), colour);
    painter->fillRect(QRect(rect.left(), rect.top(), width, rect.height()), colour);
    painter->fillRect(QRect(rect.right() - width + 1, rect.top(), width, rect.height()), colour);
    painter->restore();
}

/// The frame's colour on a background: Highlight, except on the selection's own fill.
QColor ringColour(const QPalette& palette, bool onSelection) {
    return palette.color(QPalette::Active,
                         onSelection ? QPalette::HighlightedText : QPalette::Highlight);
}

/// Moves the one QFocusFrame to the widget that has the focus, and scrolls a widget that
/// gets the focus from the keyboard (or from the program) into view.
class FocusFollower : public QObject {
public:
    explicit FocusFollower(QApplication& app) : QObject(&app) {
        setObjectName(QStringLiteral("focusFollower"));
        connect(&app, &QApplication::focusChanged, this, &FocusFollower::follow);
        app.installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::FocusIn && watched->isWidgetType()) {
            const Qt::FocusReason reason = static_cast<QFocusEvent*>(event)->reason();
            // A click lands where the user looks; coming back to the window changes nothing.
            if (reason != Qt::MouseFocusReason && reason != Qt::ActiveWindowFocusReason &&
                reason != Qt::PopupFocusReason) {
                scrollIntoView(static_cast<QWidget*>(watched));
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    void follow(QWidget*, QWidget* now) {
        if (now == nullptr || now->isWindow()) {
            if (frame_ != nullptr) {
                frame_->setWidget(nullptr);
            }
            return;
        }
        // The frame lives inside the focused widget's window, so it goes when that window
        // goes (QPointer): a new one then.
        if (frame_ == nullptr) {
            frame_ = new QFocusFrame(now->window());
            frame_->setObjectName(QStringLiteral("focusFrame"));
        }
        QWidget* parent = now->parentWidget();
        const bool around = parent != nullptr && !parent->isWindow() &&
                            parent->property(kFocusFrameAroundParent).toBool();
        frame_->setWidget(around ? parent : now);
    }

    /// From the innermost scrolling page outwards, as a page in a page must show it too.
    static void scrollIntoView(QWidget* widget) {
        for (QWidget* parent = widget->parentWidget(); parent != nullptr && !parent->isWindow();
             parent = parent->parentWidget()) {
            auto* area = qobject_cast<QScrollArea*>(parent);
            if (area != nullptr && area->widget() != nullptr &&
                area->widget()->isAncestorOf(widget)) {
                // The frame and a line of the text around it stay in view too.
                const int margin = widget->fontMetrics().height();
                area->ensureWidgetVisible(widget, margin, margin);
            }
        }
    }

    QPointer<QFocusFrame> frame_;
};

} // namespace

void FocusFrameStyle::drawControl(ControlElement element, const QStyleOption* option,
                                  QPainter* painter, const QWidget* widget) const {
    if (element == CE_FocusFrame) {
        drawRing(painter, option->rect, ringColour(option->palette, false), kFrameWidth);
        return;
    }
    QProxyStyle::drawControl(element, option, painter, widget);
}

void FocusFrameStyle::drawPrimitive(PrimitiveElement element, const QStyleOption* option,
                                    QPainter* painter, const QWidget* widget) const {
    // The current item of a list, tree or table while the view has the focus. Styles like
    // Fusion draw it faintly, and only after a key was pressed.
    if (element == PE_FrameFocusRect && qobject_cast<const QAbstractItemView*>(widget) != nullptr) {
        const auto* focus = qstyleoption_cast<const QStyleOptionFocusRect*>(option);
        const bool onSelection =
            (option->state & State_Selected) != 0 ||
            (focus != nullptr &&
             focus->backgroundColor == option->palette.color(QPalette::Highlight));
        drawRing(painter, option->rect, ringColour(option->palette, onSelection), kFrameWidth);
        return;
    }
    QProxyStyle::drawPrimitive(element, option, painter, widget);
}

int FocusFrameStyle::styleHint(StyleHint hint, const QStyleOption* option, const QWidget* widget,
                               QStyleHintReturn* returnData) const {
    // Above its widget's neighbours, in the viewport of a scrolling page, so no sibling
    // covers a part of it.
    if (hint == SH_FocusFrame_AboveWidget) {
        return 1;
    }
    return QProxyStyle::styleHint(hint, option, widget, returnData);
}

void installFocusFrame(QApplication& app) {
    if (app.findChild<QObject*>(QStringLiteral("focusFollower"), Qt::FindDirectChildrenOnly) !=
        nullptr) {
        return;
    }
    // By name: QProxyStyle takes ownership of the style it wraps, and the application
    // deletes its old style when given a new one.
    QApplication::setStyle(new FocusFrameStyle(QApplication::style()->name()));
    new FocusFollower(app);
}

} // namespace dpia::ui

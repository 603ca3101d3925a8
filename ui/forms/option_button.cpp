#include "ui/forms/option_button.h"

#include "ui/widgets/focus_frame.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QMouseEvent>

namespace dpia::ui {

OptionRow::OptionRow(QAbstractButton* button, const QString& text, QWidget* parent)
    : QWidget(parent), button_(button), label_(new QLabel(text, this)) {
    button_->setParent(this);
    button_->setAccessibleName(text);
    // The focus frame goes around the box and its text, which read as one option.
    setProperty(kFocusFrameAroundParent, true);
    label_->setWordWrap(true);
    label_->setTextFormat(Qt::PlainText);
    label_->installEventFilter(this);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(button_, 0, Qt::AlignTop);
    layout->addWidget(label_, 1);
}

bool OptionRow::eventFilter(QObject* watched, QEvent* event) {
    if (watched == label_ && event->type() == QEvent::MouseButtonRelease && button_->isEnabled()) {
        const auto* mouse = static_cast<QMouseEvent*>(event);
        if (mouse->button() == Qt::LeftButton) {
            button_->setFocus(Qt::MouseFocusReason);
            button_->click();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace dpia::ui

#include "ui/forms/date_editor.h"

#include "ui/text/local_text.h"

#include <QCalendarWidget>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QToolButton>

namespace dpia::ui {

namespace {
const QDate kEmptyDate(1900, 1, 1); // shown as "no date" (the special value text)
const QString kIsoDate = QStringLiteral("yyyy-MM-dd");
} // namespace

DateEditor::DateEditor(const baseline::Question& question, DocumentCommands& commands,
                       QWidget* parent)
    : QuestionEditor(question, commands, parent), edit_(new QDateEdit(this)),
      clear_(new QToolButton(this)),
      saver_(
          edit_, [this] { return edit_->date().toString(kIsoDate); }, commands,
          [this] { return std::optional(typedAnswer()); }) {
    edit_->setCalendarPopup(true);
    //: Display format of date fields (Qt date format: dd day, MM month, yyyy year).
    edit_->setDisplayFormat(tr("dd-MM-yyyy"));
    edit_->setMinimumDate(kEmptyDate);
    edit_->setMaximumDate(QDate(2199, 12, 31));
    //: Shown in a date field that has no date.
    edit_->setSpecialValueText(tr("no date"));
    edit_->installEventFilter(this);
    nameForAccessibility(edit_);
    //: Button that removes the date of a date question.
    clear_->setText(tr("Clear date"));
    clear_->setAccessibleDescription(describe());
    clear_->setAutoRaise(true);
    clear_->setFocusPolicy(Qt::StrongFocus);
    connect(edit_, &QDateEdit::dateChanged, this, &DateEditor::onDateChanged);
    connect(clear_, &QToolButton::clicked, this, [this] {
        saver_.markSaved(); // the date typed gives way to no date
        if (commit(nullptr)) {
            showEmpty();
        }
    });
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit_);
    layout->addWidget(clear_);
    layout->addStretch(1);
    showEmpty();
}

bool DateEditor::isEmpty() const {
    return edit_->date() == kEmptyDate && !offered_;
}

void DateEditor::showEmpty() {
    const QSignalBlocker blocker(edit_);
    edit_->setDate(kEmptyDate);
    offered_ = false;
    clear_->setVisible(false);
    saver_.markSaved();
}

void DateEditor::onDateChanged() {
    offered_ = false;
    saver_.changed();
}

storage::Edit DateEditor::typedAnswer() const {
    const QDate date = edit_->date();
    return answerEdit(date == kEmptyDate ? nlohmann::json(nullptr)
                                         : nlohmann::json(utf8(date.toString(kIsoDate))));
}

void DateEditor::commitPending() {
    saver_.flush();
}

bool DateEditor::eventFilter(QObject* watched, QEvent* event) {
    if (watched == edit_) {
        switch (event->type()) {
        case QEvent::FocusIn:
            if (edit_->date() == kEmptyDate && !edit_->isReadOnly()) {
                const QSignalBlocker blocker(edit_);
                edit_->setDate(QDate::currentDate());
                offered_ = true;
            }
            break;
        case QEvent::FocusOut:
            // Runs before the saver's filter (installed earlier), which then saves and
            // closes the undo step.
            if (offered_ && !edit_->calendarWidget()->isVisible()) {
                showEmpty();
            }
            break;
        case QEvent::KeyPress: {
            const int key = static_cast<QKeyEvent*>(event)->key();
            if ((key == Qt::Key_Return || key == Qt::Key_Enter) && offered_) {
                offered_ = false; // Enter takes the offered date
                saver_.changed();
                saver_.flush();
            }
            break;
        }
        default:
            break;
        }
    }
    return QuestionEditor::eventFilter(watched, event);
}

void DateEditor::showValue(const nlohmann::json* value) {
    const QDate date = value != nullptr && value->is_string()
                           ? QDate::fromString(qs(value->get_ref<const std::string&>()), kIsoDate)
                           : QDate();
    if (!date.isValid()) {
        if (!saver_.isPending() && !offered_) {
            showEmpty();
        }
        return;
    }
    clear_->setVisible(true);
    if (date == edit_->date()) {
        saver_.markSaved();
        return;
    }
    const QSignalBlocker blocker(edit_);
    edit_->setDate(date);
    offered_ = false;
    saver_.markSaved();
}

void DateEditor::setReadOnly(bool readOnly) {
    edit_->setReadOnly(readOnly);
    clear_->setEnabled(!readOnly);
}

QWidget* DateEditor::focusTarget() const {
    return edit_;
}

} // namespace dpia::ui

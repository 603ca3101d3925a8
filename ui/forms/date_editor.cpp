#include "ui/forms/date_editor.h"

#include "ui/text/local_text.h"
#include "ui/widgets/date_field.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>

namespace dpia::ui {

DateEditor::DateEditor(const baseline::Question& question, DocumentCommands& commands,
                       QWidget* parent)
    : QuestionEditor(question, commands, parent), field_(new DateField(this)),
      clear_(new QToolButton(this)) {
    nameForAccessibility(field_->lineEdit());
    //: Button that removes the date of a date question.
    clear_->setText(tr("Clear date"));
    clear_->setAccessibleDescription(describe());
    clear_->setAutoRaise(true);
    clear_->setFocusPolicy(Qt::StrongFocus);
    clear_->setVisible(false);
    connect(field_->lineEdit(), &DateLineEdit::finished, this, &DateEditor::save);
    connect(clear_, &QToolButton::clicked, this, [this] {
        if (commit(nullptr)) {
            line()->setDate(QDate());
            clear_->setVisible(false);
        }
    });
    field_->addToRow(clear_);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(field_);
}

DateLineEdit* DateEditor::line() const {
    return field_->lineEdit();
}

void DateEditor::save() {
    if (!line()->isModified() || !line()->isAcceptable()) {
        return; // nothing new, or the field says why the text is not a date
    }
    const QDate date = line()->date();
    if (commit(date.isValid() ? nlohmann::json(utf8(date.toString(Qt::ISODate)))
                              : nlohmann::json(nullptr))) {
        line()->setDate(date);
        clear_->setVisible(date.isValid());
    }
}

void DateEditor::commitPending() {
    if (line()->isModified()) {
        line()->check();
        save();
    }
}

bool DateEditor::hasUnsavedInput() const {
    return line()->isModified();
}

DateEditor::~DateEditor() {
    disconnect(field_->lineEdit(), nullptr, this, nullptr);
}

void DateEditor::showValue(const nlohmann::json* value) {
    const QDate date =
        value != nullptr && value->is_string()
            ? QDate::fromString(qs(value->get_ref<const std::string&>()), Qt::ISODate)
            : QDate();
    clear_->setVisible(date.isValid());
    if (line()->isModified() && (!line()->isAcceptable() || line()->date() != date)) {
        return; // the user's typing (or a text that is not a date) stays
    }
    line()->setDate(date);
}

void DateEditor::setReadOnly(bool readOnly) {
    field_->setReadOnly(readOnly);
    clear_->setEnabled(!readOnly);
}

QWidget* DateEditor::focusTarget() const {
    return field_->lineEdit();
}

} // namespace dpia::ui

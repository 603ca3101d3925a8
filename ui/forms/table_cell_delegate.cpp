#include "ui/forms/table_cell_delegate.h"

#include "ui/forms/table_answer_model.h"
#include "ui/text/local_text.h"
#include "ui/widgets/date_line_edit.h"

#include <QComboBox>
#include <QDoubleValidator>
#include <QFocusEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QLocale>
#include <QToolTip>

namespace dpia::ui {

namespace {

const TableAnswerModel* tableModel(const QModelIndex& index) {
    return qobject_cast<const TableAnswerModel*>(index.model());
}

QLocale numberLocale() {
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale;
}

} // namespace

QWidget* TableCellDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                         const QModelIndex& index) const {
    const TableAnswerModel* model = tableModel(index);
    if (model == nullptr) {
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
    const baseline::Column& column = model->column(index.column());
    const QString name = local(column.label);
    QWidget* editor = nullptr;
    switch (column.type) {
    case baseline::QuestionType::yesno: {
        auto* combo = new QComboBox(parent);
        //: Empty choice in a yes/no cell of a table.
        combo->addItem(tr("(no answer)"), QString());
        combo->addItem(tr("Yes"), QStringLiteral("yes"));
        combo->addItem(tr("No"), QStringLiteral("no"));
        editor = combo;
        break;
    }
    case baseline::QuestionType::choice: {
        auto* combo = new QComboBox(parent);
        combo->addItem(tr("(no answer)"), QString());
        for (const baseline::Option& choice : column.options) {
            combo->addItem(local(choice.label), qs(choice.id));
        }
        editor = combo;
        break;
    }
    case baseline::QuestionType::date: {
        editor = new DateLineEdit(parent);
        break;
    }
    case baseline::QuestionType::number: {
        auto* line = new QLineEdit(parent);
        auto* validator = new QDoubleValidator(line);
        validator->setNotation(QDoubleValidator::StandardNotation);
        validator->setLocale(numberLocale());
        line->setValidator(validator);
        editor = line;
        break;
    }
    default:
        editor = QStyledItemDelegate::createEditor(parent, option, index);
        break;
    }
    editor->setAccessibleName(name);
    return editor;
}

void TableCellDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const {
    const QVariant value = index.data(Qt::EditRole);
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        const int found = combo->findData(value.toString());
        combo->setCurrentIndex(found < 0 ? 0 : found);
        return;
    }
    if (auto* date = qobject_cast<DateLineEdit*>(editor)) {
        date->setDate(value.toDate());
        return;
    }
    const TableAnswerModel* model = tableModel(index);
    if (auto* line = qobject_cast<QLineEdit*>(editor);
        line != nullptr && model != nullptr &&
        model->column(index.column()).type == baseline::QuestionType::number) {
        line->setText(value.isValid() ? numberLocale().toString(value.toDouble(), 'g', 15)
                                      : QString());
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void TableCellDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                     const QModelIndex& index) const {
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        model->setData(index, combo->currentData(), Qt::EditRole);
        return;
    }
    if (auto* date = qobject_cast<DateLineEdit*>(editor)) {
        if (date->check()) { // text that is not a date never replaces the cell's date
            model->setData(index, date->date().isValid() ? QVariant(date->date()) : QVariant(),
                           Qt::EditRole);
        }
        return;
    }
    const TableAnswerModel* table = tableModel(index);
    if (auto* line = qobject_cast<QLineEdit*>(editor);
        line != nullptr && table != nullptr &&
        table->column(index.column()).type == baseline::QuestionType::number) {
        bool ok = false;
        const double number = numberLocale().toDouble(line->text().trimmed(), &ok);
        model->setData(index, ok ? QVariant(number) : QVariant(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

bool TableCellDelegate::eventFilter(QObject* object, QEvent* event) {
    auto* date = qobject_cast<DateLineEdit*>(object);
    if (date == nullptr) {
        return QStyledItemDelegate::eventFilter(object, event);
    }
    bool leaving = false;
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        leaving = key == Qt::Key_Tab || key == Qt::Key_Backtab || key == Qt::Key_Return ||
                  key == Qt::Key_Enter;
    } else if (event->type() == QEvent::FocusOut) {
        if (static_cast<QFocusEvent*>(event)->reason() == Qt::PopupFocusReason) {
            return false; // its calendar opened: still editing the cell
        }
        leaving = true;
    }
    if (leaving && !date->check()) {
        // The cell stays open with what was typed, and says why it is not taken.
        QToolTip::showText(date->mapToGlobal(QPoint(0, date->height())), date->problem(), date);
        return true;
    }
    return QStyledItemDelegate::eventFilter(object, event);
}

} // namespace dpia::ui

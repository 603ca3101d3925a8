#include "ui/forms/table_cell_delegate.h"

#include "ui/forms/table_answer_model.h"
#include "ui/text/local_text.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDoubleValidator>
#include <QLineEdit>
#include <QLocale>

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
        auto* date = new QDateEdit(parent);
        date->setCalendarPopup(true);
        //: Display format of date fields (Qt date format: dd day, MM month, yyyy year).
        date->setDisplayFormat(tr("dd-MM-yyyy"));
        editor = date;
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
    if (auto* date = qobject_cast<QDateEdit*>(editor)) {
        date->setDate(value.toDate().isValid() ? value.toDate() : QDate::currentDate());
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
    if (auto* date = qobject_cast<QDateEdit*>(editor)) {
        model->setData(index, date->date(), Qt::EditRole);
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

} // namespace dpia::ui

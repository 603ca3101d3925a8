#pragma once

#include <QStyledItemDelegate>

namespace dpia::ui {

/// Editors for the cells of a table question by column type: a combo box for choice and
/// yes/no columns, a DateLineEdit for dates, a number field for numbers, a line for text.
class TableCellDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override;

protected:
    /// A date cell that does not hold a date stays open when the user tries to leave it.
    bool eventFilter(QObject* object, QEvent* event) override;
};

} // namespace dpia::ui

#pragma once

#include <QStyledItemDelegate>

namespace dpia::ui {

/// Editors for the cells of a table question by column type: a combo box for choice and
/// yes/no columns, a date field for dates, a number field for numbers, a line for text.
class TableCellDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override;
};

} // namespace dpia::ui

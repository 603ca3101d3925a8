#pragma once

#include <QStyledItemDelegate>

namespace dpia::ui {

/// Edits the status column of the safeguards tree with a list of the five statuses; the
/// choice is saved as soon as it is made (one undo step), not when the editor closes.
class SafeguardStatusDelegate : public QStyledItemDelegate {
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

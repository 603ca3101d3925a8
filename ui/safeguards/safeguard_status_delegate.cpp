#include "ui/safeguards/safeguard_status_delegate.h"

#include "ui/safeguards/safeguard_status.h"

#include <QComboBox>

namespace dpia::ui {

QWidget* SafeguardStatusDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&,
                                               const QModelIndex&) const {
    auto* box = new QComboBox(parent);
    box->setObjectName(QStringLiteral("statusEditor"));
    for (const SafeguardChoice choice : safeguardChoices()) {
        box->addItem(choiceLabel(choice), static_cast<int>(choice));
    }
    //: Accessible name of the status list in the safeguards table.
    box->setAccessibleName(tr("Status of the safeguard"));
    // Commit at once, so a choice made with the mouse is not lost when focus leaves.
    connect(box, &QComboBox::activated, this, [this, box] {
        auto* self = const_cast<SafeguardStatusDelegate*>(this);
        emit self->commitData(box);
        emit self->closeEditor(box, QAbstractItemDelegate::NoHint);
    });
    return box;
}

void SafeguardStatusDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const {
    auto* box = qobject_cast<QComboBox*>(editor);
    if (box != nullptr) {
        box->setCurrentIndex(box->findData(index.data(Qt::EditRole).toInt()));
    }
}

void SafeguardStatusDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                           const QModelIndex& index) const {
    auto* box = qobject_cast<QComboBox*>(editor);
    if (box != nullptr) {
        model->setData(index, box->currentData(), Qt::EditRole);
    }
}

} // namespace dpia::ui

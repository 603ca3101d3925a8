#pragma once

#include "core/storage/assessment.h"
#include "ui/session/item_table_model.h"

namespace dpia::ui {

/// The sign-offs of a document as a table: role, name, date and outcome. These are the
/// formal record of who advised or decided what, printed with signature lines.
class SignoffModel : public ItemTableModel<storage::Signoff> {
    Q_OBJECT
public:
    enum Column { RoleColumn, NameColumn, DateColumn, OutcomeColumn, ColumnCount };

    explicit SignoffModel(DocumentSession& session, QObject* parent = nullptr);

    const storage::Signoff* signoff(int row) const { return item(row); }

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
};

} // namespace dpia::ui

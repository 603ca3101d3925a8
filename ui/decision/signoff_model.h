#pragma once

#include "core/storage/assessment.h"

#include <QAbstractTableModel>

namespace dpia::ui {

class DocumentSession;

/// The sign-offs of a document as a table: role, name, date and outcome. These are the
/// formal record of who advised or decided what, printed with signature lines.
class SignoffModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { RoleColumn, NameColumn, DateColumn, OutcomeColumn, ColumnCount };

    explicit SignoffModel(DocumentSession& session, QObject* parent = nullptr);

    const storage::Signoff* signoff(int row) const;
    int rowOf(const std::string& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    DocumentSession& session_;
};

} // namespace dpia::ui

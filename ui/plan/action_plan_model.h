#pragma once

#include "core/storage/assessment.h"
#include "ui/session/item_table_model.h"

#include <QDate>

namespace dpia::ui {

/// The measures of the action plan as a table: title, the risks they address, owner, due
/// date and status. An overdue measure says so in words ("overdue") as well as in colour.
class ActionPlanModel : public ItemTableModel<storage::Measure> {
    Q_OBJECT
public:
    enum Column { TitleColumn, RisksColumn, OwnerColumn, DueColumn, StatusColumn, ColumnCount };
    /// The measure id of a row, as UTF-8 in a QString.
    static constexpr int MeasureIdRole = Qt::UserRole + 1;
    /// True when the row's measure is overdue.
    static constexpr int OverdueRole = Qt::UserRole + 2;

    explicit ActionPlanModel(DocumentSession& session, QObject* parent = nullptr);

    /// The day against which "overdue" is judged (today unless a test says otherwise).
    void setToday(const QDate& today);
    const storage::Measure* measure(int row) const { return item(row); }
    int overdueCount() const;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// A risk's title (baseline or custom) in the UI language.
    QString riskTitle(const std::string& riskId) const;

protected:
    bool changesEveryRow(const storage::Edit& edit) const override;

private:
    bool overdue(const storage::Measure& measure) const;
    QVariant displayData(const storage::Measure& measure, int column) const;

    QDate today_;
};

} // namespace dpia::ui

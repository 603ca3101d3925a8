#pragma once

#include "core/storage/assessment.h"

#include <QAbstractTableModel>
#include <QDate>

namespace dpia::ui {

class DocumentSession;

/// The measures of the action plan as a table: title, the risks they address, owner, due
/// date and status. An overdue measure says so in words ("overdue") as well as in colour.
class ActionPlanModel : public QAbstractTableModel {
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
    const storage::Measure* measure(int row) const;
    /// The row of a measure, or -1.
    int rowOf(const std::string& measureId) const;
    int overdueCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// A risk's title (baseline or custom) in the UI language.
    QString riskTitle(const std::string& riskId) const;

private:
    void reload();
    bool overdue(const storage::Measure& measure) const;
    QVariant displayData(const storage::Measure& measure, int column) const;

    DocumentSession& session_;
    QDate today_;
};

} // namespace dpia::ui

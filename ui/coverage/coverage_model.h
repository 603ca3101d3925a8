#pragma once

#include "core/scoring/evaluation.h"

#include <string>
#include <vector>

#include <QAbstractTableModel>

namespace dpia::baseline {
class Baseline;
}

namespace dpia::ui {

/// The AVG, UAVG and BIO requirements of the baseline, one per row, with whether the
/// safeguards meet them (met / partial / open, in words on a supporting colour), which
/// implemented and which planned safeguards do, and whether a BIO requirement applies at
/// the BBN level chosen in the classification.
class CoverageModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        ReferenceColumn,
        TitleColumn,
        SourceColumn,
        StatusColumn,
        ImplementedColumn,
        PlannedColumn,
        ColumnCount
    };
    /// The status a row shows: the coverage, or notApplicable for a BIO requirement above
    /// the chosen BBN level.
    enum class Status { met = 0, partial, open, notApplicable };
    /// The sources the filter tells apart.
    enum class Source { avg = 0, bio };
    enum Role {
        RequirementIdRole = Qt::UserRole + 1, ///< QString
        StatusRole,                           ///< int: Status
        SourceRole,                           ///< int: Source (UAVG counts as AVG)
        SortRole,
    };

    explicit CoverageModel(const baseline::Baseline& baseline, QObject* parent = nullptr);

    void setCoverage(const std::vector<scoring::RequirementCoverage>& coverage);
    const scoring::RequirementCoverage* coverage(int row) const;
    int rowOf(const std::string& requirementId) const;

    static QString statusName(Status status);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    static Status statusOf(const scoring::RequirementCoverage& coverage);
    /// The safeguards' titles; `full` lists all, otherwise the first and how many more.
    QString safeguardTitles(const std::vector<std::string>& ids, bool full) const;
    QVariant display(const scoring::RequirementCoverage& row, int column, bool full) const;

    const baseline::Baseline& baseline_;
    std::vector<scoring::RequirementCoverage> rows_;
};

} // namespace dpia::ui

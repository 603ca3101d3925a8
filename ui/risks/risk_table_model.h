#pragma once

#include "core/scoring/evaluation.h"

#include <string>
#include <vector>

#include <QAbstractTableModel>

namespace dpia::baseline {
struct Matrix;
}

namespace dpia::ui {

/// Every evaluated risk, baseline and custom, one per row, with its inherent, current
/// (residual now, the override when there is one) and planned level. Levels show as words
/// with their score; the matrix colour is the background. A new evaluation updates rows in
/// place (inserting and removing only the custom risks that came or went), so a view keeps
/// its selection and scroll position.
class RiskTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TitleColumn, InherentColumn, CurrentColumn, PlannedColumn, ColumnCount };
    enum Role {
        RiskIdRole = Qt::UserRole + 1, ///< QString
        SortRole,                      ///< title, or a number that orders levels
        LikelihoodRole,                ///< int, level columns
        ImpactRole,                    ///< int, level columns
        RankRole,                      ///< int, level columns
        CustomRole,                    ///< bool: added by the user
        OverriddenRole,                ///< bool: the current level is an override
    };

    explicit RiskTableModel(const baseline::Matrix& matrix, QObject* parent = nullptr);

    void setRisks(const std::vector<scoring::RiskResult>& risks);
    const scoring::RiskResult* risk(int row) const;
    /// The row of a risk id, or -1.
    int rowOf(const std::string& id) const;
    /// The score a level column shows (current: the residual, override included).
    static const scoring::Score& scoreIn(const scoring::RiskResult& risk, int column);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant titleData(const scoring::RiskResult& risk, int role) const;
    /// The level cells of a risk that does not apply: said in words, sorted last, in no cell.
    QVariant notApplicableData(int role) const;
    QVariant levelData(const scoring::RiskResult& risk, int column, int role) const;
    /// Removes and inserts rows so the ids follow `ids`; false when the order changed.
    bool followIds(const std::vector<scoring::RiskResult>& risks);

    const baseline::Matrix& matrix_;
    std::vector<scoring::RiskResult> risks_;
};

} // namespace dpia::ui

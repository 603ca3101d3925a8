#pragma once

#include <QSortFilterProxyModel>

namespace dpia::ui {

/// Sorts the risk register (levels by rank, then score; titles alphabetically) and, when
/// a heat-map cell is chosen, keeps only the risks in that cell of the inherent or the
/// current column.
class RiskFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit RiskFilterProxy(QObject* parent = nullptr);

    /// Keeps the rows whose `column` (RiskTableModel::InherentColumn or CurrentColumn)
    /// scores likelihood × impact.
    void setCell(int column, int likelihood, int impact);
    void clearCell();
    bool hasCell() const { return likelihood_ > 0; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    int column_ = 0;
    int likelihood_ = 0;
    int impact_ = 0;
};

} // namespace dpia::ui

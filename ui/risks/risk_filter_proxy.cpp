#include "ui/risks/risk_filter_proxy.h"

#include "ui/risks/risk_table_model.h"

namespace dpia::ui {

RiskFilterProxy::RiskFilterProxy(QObject* parent) : QSortFilterProxyModel(parent) {
    setSortRole(RiskTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
}

void RiskFilterProxy::setCell(int column, int likelihood, int impact) {
    if (column == column_ && likelihood == likelihood_ && impact == impact_) {
        return;
    }
    column_ = column;
    likelihood_ = likelihood;
    impact_ = impact;
    invalidateFilter();
}

void RiskFilterProxy::clearCell() {
    setCell(0, 0, 0);
}

bool RiskFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    if (!hasCell()) {
        return true;
    }
    const QModelIndex cell = sourceModel()->index(sourceRow, column_, sourceParent);
    return cell.data(RiskTableModel::LikelihoodRole).toInt() == likelihood_ &&
           cell.data(RiskTableModel::ImpactRole).toInt() == impact_;
}

} // namespace dpia::ui

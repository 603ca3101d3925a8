#include "ui/coverage/coverage_filter_proxy.h"

#include "ui/coverage/coverage_model.h"

namespace dpia::ui {

CoverageFilterProxy::CoverageFilterProxy(QObject* parent) : QSortFilterProxyModel(parent) {
    setSortRole(CoverageModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
}

void CoverageFilterProxy::setStatus(std::optional<int> status) {
    if (status != status_) {
        status_ = status;
        invalidateFilter();
    }
}

void CoverageFilterProxy::setSource(std::optional<int> source) {
    if (source != source_) {
        source_ = source;
        invalidateFilter();
    }
}

bool CoverageFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    const QModelIndex row = sourceModel()->index(sourceRow, 0, sourceParent);
    if (status_ && row.data(CoverageModel::StatusRole).toInt() != *status_) {
        return false;
    }
    return !source_ || row.data(CoverageModel::SourceRole).toInt() == *source_;
}

} // namespace dpia::ui

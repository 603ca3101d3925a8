#include "ui/portfolio/portfolio_filter_proxy.h"

#include "core/portfolio/portfolio.h"
#include "ui/portfolio/portfolio_model.h"

namespace dpia::ui {

PortfolioFilterProxy::PortfolioFilterProxy(QObject* parent) : QSortFilterProxyModel(parent) {
    setSortRole(PortfolioModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
}

void PortfolioFilterProxy::setFilter(Filter filter) {
    if (filter != filter_) {
        filter_ = filter;
        invalidateFilter();
    }
}

void PortfolioFilterProxy::setStatus(std::optional<int> status) {
    if (status != status_) {
        status_ = status;
        invalidateFilter();
    }
}

void PortfolioFilterProxy::setSearch(const QString& text) {
    if (text.trimmed() != search_) {
        search_ = text.trimmed();
        invalidateFilter();
    }
}

bool PortfolioFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    const QModelIndex row = sourceModel()->index(sourceRow, 0, sourceParent);
    const bool problem = row.data(PortfolioModel::ProblemRole).toBool();
    const auto review =
        static_cast<portfolio::ReviewState>(row.data(PortfolioModel::ReviewRole).toInt());
    bool keep = true;
    switch (filter_) {
    case Filter::all:
        break;
    case Filter::reviewOverdue:
        keep = review == portfolio::ReviewState::overdue;
        break;
    case Filter::reviewDue:
        keep =
            review == portfolio::ReviewState::overdue || review == portfolio::ReviewState::dueSoon;
        break;
    case Filter::highResidual:
        keep = row.data(PortfolioModel::HighResidualRole).toBool();
        break;
    case Filter::problems:
        keep = problem;
        break;
    }
    if (keep && status_) {
        keep = row.data(PortfolioModel::StatusRole).toInt() == *status_;
    }
    if (keep && !search_.isEmpty()) {
        keep =
            row.data(PortfolioModel::SearchRole).toString().contains(search_, Qt::CaseInsensitive);
    }
    return keep;
}

} // namespace dpia::ui

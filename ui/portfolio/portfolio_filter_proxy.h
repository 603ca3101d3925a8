#pragma once

#include <optional>

#include <QSortFilterProxyModel>

namespace dpia::ui {

/// What the portfolio window shows of PortfolioModel: one filter, one status, the search
/// text; sorts by PortfolioModel::SortRole.
class PortfolioFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    enum class Filter {
        all,
        reviewOverdue, ///< the review date has passed
        reviewDue,     ///< overdue or due within 60 days
        highResidual,  ///< the residual risk now is high
        problems,      ///< files and folders that could not be read
    };

    explicit PortfolioFilterProxy(QObject* parent = nullptr);

    void setFilter(Filter filter);
    /// nullopt: every status; otherwise a storage::DocumentStatus as int.
    void setStatus(std::optional<int> status);
    void setSearch(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    Filter filter_ = Filter::all;
    std::optional<int> status_;
    QString search_;
};

} // namespace dpia::ui

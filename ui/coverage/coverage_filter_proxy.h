#pragma once

#include <optional>

#include <QSortFilterProxyModel>

namespace dpia::ui {

/// Keeps the requirements of one status (met, partial, open, not applying) and/or one
/// source (AVG with UAVG, or BIO); sorts by CoverageModel::SortRole.
class CoverageFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit CoverageFilterProxy(QObject* parent = nullptr);

    /// nullopt shows every status; otherwise a CoverageModel::Status as int.
    void setStatus(std::optional<int> status);
    /// nullopt shows every source; otherwise a CoverageModel::Source as int.
    void setSource(std::optional<int> source);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    std::optional<int> status_;
    std::optional<int> source_;
};

} // namespace dpia::ui

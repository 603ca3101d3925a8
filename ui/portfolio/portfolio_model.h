#pragma once

#include "core/portfolio/portfolio.h"

#include <vector>

#include <QAbstractTableModel>

namespace dpia::ui {

/// The rows of the portfolio window: one per document, and one per file or folder that
/// could not be read (its reason in the Problem column). Read-only.
class PortfolioModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        File,
        Title,
        Processing,
        Organisation,
        Status,
        Verdict,
        ResidualNow,
        ResidualPlanned,
        PriorConsultation,
        DecisionDate,
        ReviewDate,
        OverdueMeasures,
        LastChange,
        OpenBy,
        Problem,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, ///< ranks, counts and ISO dates, so columns sort by value
        PathRole,                    ///< the document's path (QString)
        ProblemRole,                 ///< true for a file or folder that could not be read
        ReviewRole,                  ///< portfolio::ReviewState as int
        HighResidualRole,            ///< bool
        StatusRole,                  ///< storage::DocumentStatus as int
        SearchRole,                  ///< the texts the search box looks in
    };

    explicit PortfolioModel(QObject* parent = nullptr);

    void setPortfolio(portfolio::Portfolio portfolio);
    const portfolio::Portfolio& portfolio() const { return portfolio_; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QVariant display(const portfolio::Entry& entry, int column) const;
    QVariant sortValue(const portfolio::Entry& entry, int column) const;

    portfolio::Portfolio portfolio_;
};

} // namespace dpia::ui

#include "ui/portfolio/portfolio_model.h"

#include "core/portfolio/portfolio_text.h"
#include "ui/text/local_text.h"
#include "ui/text/words.h"

#include <limits>

#include <QDir>

namespace dpia::ui {

using portfolio::Entry;

PortfolioModel::PortfolioModel(QObject* parent) : QAbstractTableModel(parent) {}

void PortfolioModel::setPortfolio(portfolio::Portfolio portfolio) {
    beginResetModel();
    portfolio_ = std::move(portfolio);
    endResetModel();
}

int PortfolioModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(portfolio_.entries.size());
}

int PortfolioModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PortfolioModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    //: Column headings of the portfolio window.
    switch (section) {
    case File:
        return tr("File");
    case Title:
        return tr("Title");
    case Processing:
        return tr("Processing");
    case Organisation:
        return tr("Organisation");
    case Status:
        return tr("Status");
    case Verdict:
        return tr("DPIA needed");
    case ResidualNow:
        return tr("Residual risk now");
    case ResidualPlanned:
        return tr("Residual risk planned");
    case PriorConsultation:
        //: Column: whether prior consultation of the supervisory authority (GDPR art. 36) is
        //: needed.
        return tr("Art. 36");
    case DecisionDate:
        return tr("Decided on");
    case ReviewDate:
        return tr("Review date");
    case OverdueMeasures:
        return tr("Measures overdue");
    case LastChange:
        return tr("Last change");
    case OpenBy:
        return tr("Open by");
    case Problem:
        return tr("Problem");
    default:
        return {};
    }
}

QVariant PortfolioModel::display(const Entry& entry, int column) const {
    if (column == File) {
        return QDir::toNativeSeparators(qs(entry.relative));
    }
    if (column == OpenBy) {
        return qs(portfolio::holderText(entry.openBy));
    }
    if (entry.problem) {
        return column == Problem ? local(entry.problem->reason) : QVariant();
    }
    const portfolio::Summary& s = entry.summary;
    switch (column) {
    case Title:
        return qs(s.title);
    case Processing:
        return qs(s.processing);
    case Organisation:
        return qs(s.organisation);
    case Status:
        return words::documentStatus(s.status);
    case Verdict:
        return local(portfolio::verdictText(s));
    case ResidualNow:
        return local(s.residualNow.label);
    case ResidualPlanned:
        return local(s.residualPlanned.label);
    case PriorConsultation:
        return s.priorConsultation ? tr("yes") : tr("no");
    case DecisionDate:
        return qs(s.decisionDate);
    case ReviewDate: {
        const QString date = qs(s.reviewDate);
        switch (s.review) {
        case portfolio::ReviewState::overdue:
            //: Review date cell; %1 is the date.
            return tr("%1 (overdue)").arg(date);
        case portfolio::ReviewState::dueSoon:
            //: Review date cell: less than 60 days ahead; %1 is the date.
            return tr("%1 (due soon)").arg(date);
        default:
            return date;
        }
    }
    case OverdueMeasures:
        return s.overdueMeasures;
    case LastChange:
        return qs(s.lastChange.substr(0, 10));
    default:
        return {};
    }
}

QVariant PortfolioModel::sortValue(const Entry& entry, int column) const {
    const portfolio::Summary& s = entry.summary;
    if (entry.problem && column != File && column != OpenBy && column != Problem) {
        // Files that could not be read sort together, after the documents (ascending).
        const bool numeric = column == ResidualNow || column == ResidualPlanned ||
                             column == PriorConsultation || column == Status ||
                             column == OverdueMeasures;
        return numeric ? QVariant(std::numeric_limits<int>::max())
                       : QVariant(QString(QChar(0xFFFF)));
    }
    switch (column) {
    case ResidualNow:
        return s.residualNow.rank;
    case ResidualPlanned:
        return s.residualPlanned.rank;
    case PriorConsultation:
        return s.priorConsultation ? 1 : 0;
    case Status:
        return static_cast<int>(s.status);
    case DecisionDate:
        return qs(s.decisionDate);
    case ReviewDate:
        // Documents without a review date after all dated ones.
        return s.reviewDate.empty() ? QStringLiteral("9999") : qs(s.reviewDate);
    case OverdueMeasures:
        return s.overdueMeasures;
    case LastChange:
        return qs(s.lastChange);
    default:
        return display(entry, column);
    }
}

QVariant PortfolioModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const Entry& entry = portfolio_.entries[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return display(entry, index.column());
    case Qt::ToolTipRole:
        return entry.problem ? local(entry.problem->reason) : QVariant();
    case SortRole:
        return sortValue(entry, index.column());
    case PathRole:
        return qs(entry.path);
    case ProblemRole:
        return entry.problem.has_value();
    case ReviewRole:
        return static_cast<int>(entry.problem ? portfolio::ReviewState::none
                                              : entry.summary.review);
    case HighResidualRole:
        return !entry.problem && entry.summary.highResidual;
    case StatusRole:
        return entry.problem ? -1 : static_cast<int>(entry.summary.status);
    case SearchRole:
        return qs(entry.relative + '\n' + entry.summary.title + '\n' + entry.summary.processing +
                  '\n' + entry.summary.organisation);
    default:
        return {};
    }
}

} // namespace dpia::ui

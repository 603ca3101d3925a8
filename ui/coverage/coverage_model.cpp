#include "ui/coverage/coverage_model.h"

#include "core/baseline/baseline.h"
#include "ui/text/local_text.h"

#include <QBrush>
#include <QColor>

namespace dpia::ui {

namespace {

QColor statusColour(CoverageModel::Status status) {
    switch (status) {
    case CoverageModel::Status::met:
        return QColor(0xc8, 0xe6, 0xc9);
    case CoverageModel::Status::partial:
        return QColor(0xff, 0xf3, 0xc4);
    case CoverageModel::Status::open:
        return QColor(0xff, 0xcd, 0xd2);
    case CoverageModel::Status::notApplicable:
        break;
    }
    return QColor(0xe0, 0xe0, 0xe0);
}

} // namespace

CoverageModel::CoverageModel(const baseline::Baseline& baseline, QObject* parent)
    : QAbstractTableModel(parent), baseline_(baseline) {}

QString CoverageModel::statusName(Status status) {
    switch (status) {
    case Status::met:
        //: Coverage of a requirement: an implemented safeguard meets it.
        return tr("Met");
    case Status::partial:
        //: Coverage of a requirement: only planned safeguards meet it.
        return tr("Partial (planned)");
    case Status::open:
        //: Coverage of a requirement: no safeguard meets it yet.
        return tr("Open");
    case Status::notApplicable:
        break;
    }
    //: Coverage of a BIO requirement above the BBN level chosen in the classification.
    return tr("Does not apply at this BBN level");
}

CoverageModel::Status CoverageModel::statusOf(const scoring::RequirementCoverage& coverage) {
    if (!coverage.applies) {
        return Status::notApplicable;
    }
    switch (coverage.status) {
    case scoring::Coverage::met:
        return Status::met;
    case scoring::Coverage::partial:
        return Status::partial;
    case scoring::Coverage::open:
        break;
    }
    return Status::open;
}

void CoverageModel::setCoverage(const std::vector<scoring::RequirementCoverage>& coverage) {
    bool sameRows = coverage.size() == rows_.size();
    for (std::size_t row = 0; sameRows && row < rows_.size(); ++row) {
        sameRows = rows_[row].requirement == coverage[row].requirement;
    }
    if (!sameRows) {
        beginResetModel();
        rows_ = coverage;
        endResetModel();
        return;
    }
    rows_ = coverage;
    if (!rows_.empty()) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

const scoring::RequirementCoverage* CoverageModel::coverage(int row) const {
    return row >= 0 && row < rowCount() ? &rows_[static_cast<std::size_t>(row)] : nullptr;
}

int CoverageModel::rowOf(const std::string& requirementId) const {
    for (std::size_t row = 0; row < rows_.size(); ++row) {
        if (rows_[row].requirement == requirementId) {
            return static_cast<int>(row);
        }
    }
    return -1;
}

int CoverageModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int CoverageModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString CoverageModel::safeguardTitles(const std::vector<std::string>& ids, bool full) const {
    QStringList titles;
    for (const std::string& id : ids) {
        const baseline::Safeguard* safeguard = baseline_.safeguard(id);
        titles << (safeguard != nullptr ? local(safeguard->title) : qs(id));
    }
    // A row stays one line: the first title and how many more (the tooltip and the panel
    // beside the table list them all).
    if (!full && titles.size() > 1) {
        //: Coverage table cell: the first safeguard and how many more meet the requirement.
        return tr("%1 and %n more", "", static_cast<int>(titles.size() - 1)).arg(titles.front());
    }
    return titles.join(QStringLiteral("; "));
}

QVariant CoverageModel::display(const scoring::RequirementCoverage& row, int column,
                                bool full) const {
    const baseline::Requirement* requirement = baseline_.requirement(row.requirement);
    switch (column) {
    case ReferenceColumn:
        return requirement != nullptr ? local(requirement->ref) : qs(row.requirement);
    case TitleColumn:
        return requirement != nullptr ? local(requirement->title) : QString();
    case SourceColumn:
        if (requirement == nullptr) {
            return {};
        }
        if (requirement->framework == baseline::Framework::bio) {
            //: Source column of a BIO requirement: %1 the BBN level from which it applies.
            return requirement->bbn > 0 ? tr("BIO, from BBN %1").arg(requirement->bbn)
                                        : QStringLiteral("BIO");
        }
        //: Source column: the GDPR (AVG in Dutch).
        return requirement->framework == baseline::Framework::uavg ? QStringLiteral("UAVG")
                                                                   : tr("GDPR");
    case StatusColumn:
        return statusName(statusOf(row));
    case ImplementedColumn:
        return safeguardTitles(row.by, full);
    case PlannedColumn:
        return safeguardTitles(row.planned, full);
    default:
        return {};
    }
}

QVariant CoverageModel::data(const QModelIndex& index, int role) const {
    const scoring::RequirementCoverage* row = index.isValid() ? coverage(index.row()) : nullptr;
    if (row == nullptr) {
        return {};
    }
    const Status status = statusOf(*row);
    switch (role) {
    case Qt::DisplayRole:
        return display(*row, index.column(), false);
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole:
        return display(*row, index.column(), true);
    case RequirementIdRole:
        return qs(row->requirement);
    case StatusRole:
        return static_cast<int>(status);
    case SourceRole: {
        const baseline::Requirement* requirement = baseline_.requirement(row->requirement);
        const bool bio =
            requirement != nullptr && requirement->framework == baseline::Framework::bio;
        return static_cast<int>(bio ? Source::bio : Source::avg);
    }
    case SortRole:
        // Ascending status puts the most work first: open, partial, met, not applying.
        if (index.column() == StatusColumn) {
            constexpr int order[] = {2, 1, 0, 3}; // by Status: met, partial, open, n/a
            return order[static_cast<int>(status)];
        }
        if (index.column() == ReferenceColumn) {
            return index.row(); // the baseline lists articles and controls in order
        }
        return display(*row, index.column(), false);
    case Qt::BackgroundRole:
        if (index.column() == StatusColumn) {
            return QBrush(statusColour(status));
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn) {
            return QBrush(Qt::black); // the light colours need dark text in any theme
        }
        return {};
    default:
        return {};
    }
}

QVariant CoverageModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole)) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (role == Qt::ToolTipRole) {
        if (section == ImplementedColumn) {
            //: Tooltip of the coverage column with the implemented safeguards.
            return tr("The implemented safeguards that meet the requirement.");
        }
        if (section == PlannedColumn) {
            //: Tooltip of the coverage column with the planned safeguards.
            return tr("The planned safeguards that would meet the requirement.");
        }
        return {};
    }
    switch (section) {
    case ReferenceColumn:
        //: Coverage column: the article or control, e.g. "AVG art. 32".
        return tr("Reference");
    case TitleColumn:
        //: Coverage column.
        return tr("Requirement");
    case SourceColumn:
        //: Coverage column: AVG, UAVG or BIO.
        return tr("Source");
    case StatusColumn:
        //: Coverage column.
        return tr("Status");
    case ImplementedColumn:
        //: Coverage column: the implemented safeguards that meet the requirement.
        return tr("Met by");
    case PlannedColumn:
        //: Coverage column: the planned safeguards that would meet the requirement.
        return tr("Planned");
    default:
        return {};
    }
}

} // namespace dpia::ui

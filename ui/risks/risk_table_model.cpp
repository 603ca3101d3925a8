#include "ui/risks/risk_table_model.h"

#include "core/baseline/baseline_types.h"
#include "ui/risks/level_style.h"
#include "ui/text/local_text.h"

#include <set>

#include <QBrush>

namespace dpia::ui {

RiskTableModel::RiskTableModel(const baseline::Matrix& matrix, QObject* parent)
    : QAbstractTableModel(parent), matrix_(matrix) {}

const scoring::Score& RiskTableModel::scoreIn(const scoring::RiskResult& risk, int column) {
    switch (column) {
    case CurrentColumn:
        return risk.residual();
    case PlannedColumn:
        return risk.planned;
    default:
        return risk.inherent;
    }
}

bool RiskTableModel::followIds(const std::vector<scoring::RiskResult>& next) {
    std::set<std::string> wanted;
    for (const scoring::RiskResult& risk : next) {
        wanted.insert(risk.id);
    }
    for (int row = static_cast<int>(risks_.size()) - 1; row >= 0; --row) {
        if (wanted.count(risks_[static_cast<std::size_t>(row)].id) == 0) {
            beginRemoveRows({}, row, row);
            risks_.erase(risks_.begin() + row);
            endRemoveRows();
        }
    }
    for (std::size_t row = 0; row < next.size(); ++row) {
        if (row < risks_.size() && risks_[row].id == next[row].id) {
            continue;
        }
        if (rowOf(next[row].id) >= 0) {
            return false; // the order changed: only a reset says that
        }
        const int at = static_cast<int>(row);
        beginInsertRows({}, at, at);
        risks_.insert(risks_.begin() + at, next[row]);
        endInsertRows();
    }
    return risks_.size() == next.size();
}

void RiskTableModel::setRisks(const std::vector<scoring::RiskResult>& risks) {
    if (!followIds(risks)) {
        beginResetModel();
        risks_ = risks;
        endResetModel();
        return;
    }
    risks_ = risks;
    if (!risks_.empty()) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

const scoring::RiskResult* RiskTableModel::risk(int row) const {
    return row >= 0 && row < rowCount() ? &risks_[static_cast<std::size_t>(row)] : nullptr;
}

int RiskTableModel::rowOf(const std::string& id) const {
    for (std::size_t row = 0; row < risks_.size(); ++row) {
        if (risks_[row].id == id) {
            return static_cast<int>(row);
        }
    }
    return -1;
}

int RiskTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(risks_.size());
}

int RiskTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RiskTableModel::data(const QModelIndex& index, int role) const {
    const scoring::RiskResult* shown = index.isValid() ? risk(index.row()) : nullptr;
    if (shown == nullptr) {
        return {};
    }
    if (role == RiskIdRole) {
        return qs(shown->id);
    }
    if (role == CustomRole) {
        return shown->custom;
    }
    if (role == OverriddenRole) {
        return shown->override_.has_value();
    }
    return index.column() == TitleColumn ? titleData(*shown, role)
                                         : levelData(*shown, index.column(), role);
}

QVariant RiskTableModel::titleData(const scoring::RiskResult& risk, int role) const {
    const QString title = local(risk.title);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        //: Title of a risk the user added, in the risk register.
        return risk.custom ? tr("%1 (own risk)").arg(title) : title;
    case SortRole:
        return title;
    case Qt::ToolTipRole:
        //: Tooltip on a risk the user added.
        return risk.custom ? tr("A risk you added and rated yourself.") : title;
    default:
        return {};
    }
}

QVariant RiskTableModel::levelData(const scoring::RiskResult& risk, int column, int role) const {
    if (!risk.applies) {
        return notApplicableData(role);
    }
    const scoring::Score& score = scoreIn(risk, column);
    const bool overridden = column == CurrentColumn && risk.override_.has_value();
    switch (role) {
    case Qt::DisplayRole:
        //: Residual level replaced by the user's own judgement, e.g. "Low (1 × 2), overridden".
        return overridden ? tr("%1, overridden").arg(scoreText(matrix_, score))
                          : scoreText(matrix_, score);
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole: {
        QString text = scoreDescription(matrix_, score);
        if (overridden) {
            //: Tooltip: %1 is the computed residual level the override replaces.
            text += QLatin1Char(' ') + tr("Overridden with a justification; computed: %1.")
                                           .arg(scoreText(matrix_, risk.current));
        }
        return text;
    }
    case Qt::BackgroundRole:
        return QBrush(levelColour(matrix_, score.level));
    case Qt::ForegroundRole:
        return QBrush(readableOn(levelColour(matrix_, score.level)));
    case SortRole:
        return score.rank * 100 + score.likelihood * 10 + score.impact;
    case LikelihoodRole:
        return score.likelihood;
    case ImpactRole:
        return score.impact;
    case RankRole:
        return score.rank;
    default:
        return {};
    }
}

QVariant RiskTableModel::notApplicableData(int role) const {
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        //: Risk register cell of a risk that does not apply to this processing.
        return tr("Not applicable");
    case Qt::ToolTipRole:
        //: Tooltip on such a cell.
        return tr("This risk does not apply to this processing and counts nowhere; choose it "
                  "to see why.");
    case Qt::ForegroundRole:
        return QBrush(QColor(0x45, 0x5a, 0x64));
    case SortRole:
        return -1; // below every level
    case LikelihoodRole:
    case ImpactRole:
    case RankRole:
        return 0; // in no cell of the heat map
    default:
        return {};
    }
}

QVariant RiskTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole)) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    const bool tip = role == Qt::ToolTipRole;
    switch (section) {
    case TitleColumn:
        //: Risk register column.
        return tr("Risk");
    case InherentColumn:
        //: Risk register column header and its tooltip.
        return tip ? tr("Before any safeguard.") : tr("Inherent risk");
    case CurrentColumn:
        //: Risk register column header and its tooltip.
        return tip ? tr("With the safeguards marked implemented, or your override.")
                   : tr("Residual now");
    case PlannedColumn:
        //: Risk register column header and its tooltip.
        return tip ? tr("When the planned safeguards are implemented too.")
                   : tr("Residual as planned");
    default:
        return {};
    }
}

} // namespace dpia::ui

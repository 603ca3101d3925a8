#include "ui/plan/action_plan_model.h"

#include "core/baseline/baseline.h"
#include "core/storage/action_plan_csv.h"
#include "ui/session/document_session.h"
#include "ui/text/local_text.h"
#include "ui/text/words.h"
#include "ui/widgets/typed_date.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace dpia::ui {

ActionPlanModel::ActionPlanModel(DocumentSession& session, QObject* parent)
    : ItemTableModel(session, parent), today_(QDate::currentDate()) {}

void ActionPlanModel::setToday(const QDate& today) {
    today_ = today;
    allRowsChanged();
}

bool ActionPlanModel::changesEveryRow(const storage::Edit& edit) const {
    // The risks column names own risks by their titles.
    return std::holds_alternative<storage::UpdateCustomRisk>(edit) ||
           std::holds_alternative<storage::RemoveCustomRisk>(edit);
}

bool ActionPlanModel::overdue(const storage::Measure& measure) const {
    return storage::isOverdue(measure, utf8(today_.toString(Qt::ISODate)));
}

int ActionPlanModel::overdueCount() const {
    int count = 0;
    for (const storage::Measure& measure : session_.assessment().measures) {
        count += overdue(measure) ? 1 : 0;
    }
    return count;
}

int ActionPlanModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString ActionPlanModel::riskTitle(const std::string& riskId) const {
    if (const baseline::Risk* risk = session_.baseline().risk(riskId)) {
        return local(risk->title);
    }
    for (const storage::CustomRisk& risk : session_.assessment().customRisks) {
        if (risk.id == riskId) {
            return qs(risk.title);
        }
    }
    return qs(riskId);
}

QVariant ActionPlanModel::displayData(const storage::Measure& measure, int column) const {
    switch (column) {
    case TitleColumn:
        return qs(measure.title);
    case RisksColumn: {
        QStringList titles;
        for (const std::string& id : measure.risks) {
            titles << riskTitle(id);
        }
        return titles.join(QStringLiteral("; "));
    }
    case OwnerColumn:
        return qs(measure.owner);
    case DueColumn: {
        const QDate due = QDate::fromString(qs(measure.due), Qt::ISODate);
        //: Due date column when a measure has no due date.
        return due.isValid() ? dateText(due) : tr("no date");
    }
    case StatusColumn:
        //: Status of a measure past its due date; %1 is its status (open, in progress).
        return overdue(measure) ? tr("%1 — overdue").arg(words::measureStatus(measure.status))
                                : words::measureStatus(measure.status);
    default:
        return {};
    }
}

QVariant ActionPlanModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const storage::Measure* shown = measure(index.row());
    if (shown == nullptr) {
        return {};
    }
    const storage::Measure& item = *shown;
    const bool late = overdue(item);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return displayData(item, index.column());
    case MeasureIdRole:
        return qs(item.id);
    case OverdueRole:
        return late;
    case Qt::BackgroundRole:
        // Colour only repeats what the status column says in words.
        return late && (index.column() == DueColumn || index.column() == StatusColumn)
                   ? QVariant(QBrush(QColor(0xfd, 0xe0, 0xdc)))
                   : QVariant();
    case Qt::ForegroundRole:
        return late && (index.column() == DueColumn || index.column() == StatusColumn)
                   ? QVariant(QBrush(QColor(0x8a, 0x1c, 0x12)))
                   : QVariant();
    case Qt::FontRole: {
        if (!late || index.column() != StatusColumn) {
            return {};
        }
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    default:
        return {};
    }
}

QVariant ActionPlanModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case TitleColumn:
        //: Column headers of the action plan.
        return tr("Measure");
    case RisksColumn:
        return tr("Risks");
    case OwnerColumn:
        return tr("Owner");
    case DueColumn:
        return tr("Due date");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace dpia::ui

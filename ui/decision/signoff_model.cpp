#include "ui/decision/signoff_model.h"

#include "ui/session/document_session.h"
#include "ui/text/local_text.h"
#include "ui/text/words.h"
#include "ui/widgets/typed_date.h"

#include <QDate>

namespace dpia::ui {

SignoffModel::SignoffModel(DocumentSession& session, QObject* parent)
    : ItemTableModel(session, parent) {}

int SignoffModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SignoffModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) ||
        (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)) {
        return {};
    }
    const storage::Signoff* shown = signoff(index.row());
    if (shown == nullptr) {
        return {};
    }
    const storage::Signoff& item = *shown;
    switch (index.column()) {
    case RoleColumn:
        return words::signoffRole(item.role);
    case NameColumn:
        return qs(item.name);
    case DateColumn: {
        const QDate date = QDate::fromString(qs(item.date), Qt::ISODate);
        return date.isValid() ? dateText(date) : QString();
    }
    case OutcomeColumn:
        return qs(item.outcome);
    default:
        return {};
    }
}

QVariant SignoffModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case RoleColumn:
        //: Column headers of the sign-offs table.
        return tr("Role");
    case NameColumn:
        return tr("Name");
    case DateColumn:
        return tr("Date");
    case OutcomeColumn:
        return tr("Outcome");
    default:
        return {};
    }
}

} // namespace dpia::ui

#include "ui/safeguards/safeguard_model.h"

#include "core/baseline/baseline.h"
#include "ui/safeguards/safeguard_status.h"
#include "ui/session/document_session.h"
#include "ui/text/local_text.h"
#include "ui/text/words.h"

#include <algorithm>

#include <QBrush>
#include <QFont>

namespace dpia::ui {

namespace {

/// Group rows carry no internal id; a safeguard row carries its group's row + 1.
constexpr quintptr kGroupRow = 0;

} // namespace

SafeguardModel::SafeguardModel(const baseline::Baseline& baseline, QObject* parent)
    : QAbstractItemModel(parent), baseline_(baseline) {
    for (const baseline::SafeguardKind kind :
         {baseline::SafeguardKind::technical, baseline::SafeguardKind::contractual,
          baseline::SafeguardKind::organisational}) {
        Group group{kind, {}};
        for (const baseline::Safeguard& safeguard : baseline.safeguards()) {
            if (safeguard.kind == kind) {
                group.safeguards.push_back(&safeguard);
            }
        }
        if (!group.safeguards.empty()) {
            groups_.push_back(std::move(group));
        }
    }
}

void SafeguardModel::refresh(const DocumentSession& session) {
    entries_.clear();
    for (const baseline::Safeguard& safeguard : baseline_.safeguards()) {
        if (auto shown = session.safeguardEntry(safeguard.id)) {
            entries_.emplace(safeguard.id, std::move(*shown));
        }
    }
    for (int group = 0; group < static_cast<int>(groups_.size()); ++group) {
        const QModelIndex parent = index(group, 0);
        emit dataChanged(parent, index(group, ColumnCount - 1));
        const int last = rowCount(parent) - 1;
        if (last >= 0) {
            emit dataChanged(index(0, 0, parent), index(last, ColumnCount - 1, parent));
        }
    }
}

const storage::SafeguardEntry* SafeguardModel::entry(const std::string& id) const {
    const auto found = entries_.find(id);
    return found != entries_.end() ? &found->second : nullptr;
}

const baseline::Safeguard* SafeguardModel::safeguard(const QModelIndex& index) const {
    if (!index.isValid() || index.internalId() == kGroupRow) {
        return nullptr;
    }
    const Group& group = groups_[static_cast<std::size_t>(index.internalId() - 1)];
    return index.row() < static_cast<int>(group.safeguards.size())
               ? group.safeguards[static_cast<std::size_t>(index.row())]
               : nullptr;
}

QModelIndex SafeguardModel::indexOf(const std::string& safeguardId, int column) const {
    for (std::size_t group = 0; group < groups_.size(); ++group) {
        const auto& list = groups_[group].safeguards;
        for (std::size_t row = 0; row < list.size(); ++row) {
            if (list[row]->id == safeguardId) {
                return createIndex(static_cast<int>(row), column, quintptr(group + 1));
            }
        }
    }
    return {};
}

std::vector<const baseline::Risk*> SafeguardModel::risksLowered(const std::string& id) const {
    std::vector<const baseline::Risk*> lowered;
    for (const baseline::Risk& risk : baseline_.risks()) {
        const bool lowers =
            std::any_of(risk.mitigations.begin(), risk.mitigations.end(),
                        [&](const baseline::Mitigation& mitigation) {
                            return mitigation.safeguard == id &&
                                   (mitigation.likelihood != 0 || mitigation.impact != 0);
                        });
        if (lowers) {
            lowered.push_back(&risk);
        }
    }
    return lowered;
}

QModelIndex SafeguardModel::index(int row, int column, const QModelIndex& parent) const {
    if (!hasIndex(row, column, parent)) {
        return {};
    }
    if (!parent.isValid()) {
        return createIndex(row, column, kGroupRow);
    }
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex SafeguardModel::parent(const QModelIndex& child) const {
    if (!child.isValid() || child.internalId() == kGroupRow) {
        return {};
    }
    return createIndex(static_cast<int>(child.internalId() - 1), 0, kGroupRow);
}

int SafeguardModel::rowCount(const QModelIndex& parent) const {
    if (!parent.isValid()) {
        return static_cast<int>(groups_.size());
    }
    if (parent.internalId() != kGroupRow || parent.column() != 0) {
        return 0;
    }
    return static_cast<int>(groups_[static_cast<std::size_t>(parent.row())].safeguards.size());
}

int SafeguardModel::columnCount(const QModelIndex&) const {
    return ColumnCount;
}

QVariant SafeguardModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid()) {
        return {};
    }
    if (index.internalId() == kGroupRow) {
        return groupData(groups_[static_cast<std::size_t>(index.row())], index.column(), role);
    }
    const baseline::Safeguard* shown = safeguard(index);
    return shown != nullptr ? safeguardData(*shown, index.column(), role) : QVariant();
}

QVariant SafeguardModel::groupData(const Group& group, int column, int role) const {
    if (role == KindRole) {
        return static_cast<int>(group.kind);
    }
    if (role == SafeguardIdRole) {
        return QString();
    }
    if (role == Qt::FontRole) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole) {
        return {};
    }
    if (column == TitleColumn) {
        int implemented = 0;
        int planned = 0;
        for (const baseline::Safeguard* item : group.safeguards) {
            const storage::SafeguardEntry* stored = entry(item->id);
            implemented +=
                stored != nullptr && stored->status == storage::SafeguardStatus::implemented;
            planned += stored != nullptr && stored->status == storage::SafeguardStatus::planned;
        }
        //: A group of safeguards: %1 the kind, %2 implemented, %3 planned, %4 in all.
        return tr("%1 — %2 implemented, %3 planned of %4")
            .arg(words::safeguardKind(group.kind))
            .arg(implemented)
            .arg(planned)
            .arg(group.safeguards.size());
    }
    return {};
}

QVariant SafeguardModel::safeguardData(const baseline::Safeguard& safeguard, int column,
                                       int role) const {
    const storage::SafeguardEntry* stored = entry(safeguard.id);
    const SafeguardChoice choice =
        choiceOf(stored != nullptr ? std::optional(stored->status) : std::nullopt);
    switch (role) {
    case SafeguardIdRole:
        return qs(safeguard.id);
    case LicenceRole:
        return static_cast<int>(safeguard.licence);
    case StatusRole:
        return static_cast<int>(choice);
    case KindRole:
        return static_cast<int>(safeguard.kind);
    default:
        break;
    }
    switch (column) {
    case TitleColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == Qt::AccessibleTextRole) {
            return local(safeguard.title);
        }
        break;
    case LicenceColumn:
        if (role == Qt::DisplayRole) {
            return words::licence(safeguard.licence);
        }
        if (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole) {
            return words::licenceDescription(safeguard.licence);
        }
        break;
    case StatusColumn:
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
            return choiceLabel(choice);
        }
        if (role == Qt::EditRole) {
            return static_cast<int>(choice);
        }
        if (role == Qt::BackgroundRole && choiceColour(choice).isValid()) {
            return QBrush(choiceColour(choice));
        }
        if (role == Qt::ForegroundRole && choiceColour(choice).isValid()) {
            return QBrush(Qt::black); // the light colours need dark text in any theme
        }
        break;
    case EvidenceColumn:
        if (stored != nullptr && (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)) {
            return qs(stored->evidence).section(QLatin1Char('\n'), 0, 0);
        }
        if (stored != nullptr && role == Qt::ToolTipRole && !stored->evidence.empty()) {
            return qs(stored->evidence);
        }
        break;
    case RisksColumn: {
        if (role == Qt::DisplayRole) {
            return static_cast<int>(risksLowered(safeguard.id).size());
        }
        if (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole) {
            QStringList titles;
            for (const baseline::Risk* risk : risksLowered(safeguard.id)) {
                titles << local(risk->title);
            }
            //: Tooltip of the number of risks a safeguard lowers.
            return titles.isEmpty() ? tr("Lowers no risk score by itself.")
                                    : tr("Lowers: %1").arg(titles.join(QStringLiteral("; ")));
        }
        if (role == Qt::TextAlignmentRole) {
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        }
        break;
    }
    default:
        break;
    }
    return {};
}

QVariant SafeguardModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole)) {
        return QAbstractItemModel::headerData(section, orientation, role);
    }
    const bool tip = role == Qt::ToolTipRole;
    switch (section) {
    case TitleColumn:
        //: Safeguards column.
        return tr("Safeguard");
    case LicenceColumn:
        //: Safeguards column header and its tooltip.
        return tip ? tr("The Microsoft 365 licence the safeguard needs.") : tr("Licence");
    case StatusColumn:
        //: Safeguards column.
        return tr("Status");
    case EvidenceColumn:
        //: Safeguards column header and its tooltip.
        return tip ? tr("How you can show the safeguard is in place.") : tr("Evidence");
    case RisksColumn:
        //: Safeguards column header and its tooltip.
        return tip ? tr("How many risks of the baseline it lowers.") : tr("Lowers risks");
    default:
        return {};
    }
}

Qt::ItemFlags SafeguardModel::flags(const QModelIndex& index) const {
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.internalId() != kGroupRow) {
        result |= Qt::ItemNeverHasChildren;
        if (index.column() == StatusColumn && editor_ && !readOnly_) {
            result |= Qt::ItemIsEditable;
        }
    }
    return result;
}

bool SafeguardModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    const baseline::Safeguard* target = safeguard(index);
    if (target == nullptr || role != Qt::EditRole || index.column() != StatusColumn ||
        !(flags(index) & Qt::ItemIsEditable)) {
        return false;
    }
    bool number = false;
    const int code = value.toInt(&number);
    if (!number || code < 0 || code > static_cast<int>(SafeguardChoice::notApplicable)) {
        return false;
    }
    const std::optional<storage::SafeguardStatus> status =
        statusOf(static_cast<SafeguardChoice>(code));
    const storage::SafeguardEntry* stored = entry(target->id);
    if ((stored == nullptr && !status) || (stored != nullptr && status == stored->status)) {
        return true; // nothing changes
    }
    std::optional<storage::SafeguardEntry> next;
    if (status) {
        next = storage::SafeguardEntry{*status, stored != nullptr ? stored->evidence : ""};
    }
    // The document re-scores and the page calls refresh(), which shows the new state.
    return editor_(target->id, next);
}

} // namespace dpia::ui

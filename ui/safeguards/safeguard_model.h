#pragma once

#include "core/baseline/baseline_types.h"
#include "core/storage/assessment.h"

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <QAbstractItemModel>

namespace dpia::baseline {
class Baseline;
}

namespace dpia::ui {

class DocumentSession;

/// The safeguards of the baseline as a two-level tree: the three kinds (Microsoft 365
/// technical, contractual, organisational), each with its safeguards in baseline order.
/// Per safeguard: title, the licence it needs, status (editable), evidence, and how many
/// risks it lowers. The tree's shape is fixed by the baseline; `refresh()` only changes
/// data, so views keep selection and scroll.
class SafeguardModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column {
        TitleColumn,
        LicenceColumn,
        StatusColumn,
        EvidenceColumn,
        RisksColumn,
        ColumnCount
    };
    enum Role {
        SafeguardIdRole = Qt::UserRole + 1, ///< QString; empty on a group row
        LicenceRole,                        ///< int: baseline::Licence
        StatusRole,                         ///< int: SafeguardChoice
        KindRole,                           ///< int: baseline::SafeguardKind
    };
    /// Saves a new entry (nullopt clears it); false when the document refused.
    using Editor = std::function<bool(const std::string& id,
                                      const std::optional<storage::SafeguardEntry>& entry)>;

    explicit SafeguardModel(const baseline::Baseline& baseline, QObject* parent = nullptr);

    /// Without an editor (or while read-only) the status is not editable.
    void setEditor(Editor editor) { editor_ = std::move(editor); }
    void setReadOnly(bool readOnly) { readOnly_ = readOnly; }
    /// Shows the statuses and evidence of `assessment` (every row and group count updates).
    /// Takes the statuses and evidence as the session shows them (DocumentSession::safeguard).
    void refresh(const DocumentSession& session);

    const baseline::Safeguard* safeguard(const QModelIndex& index) const;
    QModelIndex indexOf(const std::string& safeguardId, int column = TitleColumn) const;
    /// The baseline risks whose score the safeguard lowers.
    std::vector<const baseline::Risk*> risksLowered(const std::string& safeguardId) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

private:
    struct Group {
        baseline::SafeguardKind kind;
        std::vector<const baseline::Safeguard*> safeguards;
    };
    QVariant groupData(const Group& group, int column, int role) const;
    QVariant safeguardData(const baseline::Safeguard& safeguard, int column, int role) const;
    const storage::SafeguardEntry* entry(const std::string& id) const;

    const baseline::Baseline& baseline_;
    std::map<std::string, storage::SafeguardEntry> entries_;
    std::vector<Group> groups_;
    Editor editor_;
    bool readOnly_ = false;
};

} // namespace dpia::ui

#pragma once

#include "core/storage/edit.h"
#include "ui/session/document_session.h"

#include <algorithm>
#include <string>
#include <vector>

#include <QAbstractTableModel>

namespace dpia::ui {

/// A table over one list of items with ids (measures, sign-offs) that follows the session's
/// edits row by row: an added item is an inserted row, a removed one a removed row, an
/// updated one a changed row — so views keep their selection and scroll position. The rows
/// mirror the ids of the list; should they ever differ from the document (they should not),
/// the model resets rather than show the wrong rows.
template <typename Item>
class ItemTableModel : public QAbstractTableModel {
public:
    explicit ItemTableModel(DocumentSession& session, QObject* parent = nullptr)
        : QAbstractTableModel(parent), session_(session), ids_(currentIds()) {
        connect(&session_, &DocumentSession::changed, this,
                [this](const storage::Edit& edit) { follow(edit); });
    }

    /// The item of a row, or nullptr (also for a row that is being removed).
    const Item* item(int row) const {
        if (row < 0 || row >= static_cast<int>(ids_.size())) {
            return nullptr;
        }
        const auto& items = list();
        const auto found = std::find_if(items.begin(), items.end(), [&](const Item& item) {
            return item.id == ids_[static_cast<std::size_t>(row)];
        });
        return found == items.end() ? nullptr : &*found;
    }

    /// The row of an item, or -1.
    int rowOf(const std::string& id) const {
        const auto found = std::find(ids_.begin(), ids_.end(), id);
        return found == ids_.end() ? -1 : static_cast<int>(found - ids_.begin());
    }

    int rowCount(const QModelIndex& parent = {}) const override {
        return parent.isValid() ? 0 : static_cast<int>(ids_.size());
    }

protected:
    /// Whether `edit`, which is not about this list, changes how every row reads (a
    /// measure names its risks by title, so renaming or removing an own risk does).
    virtual bool changesEveryRow(const storage::Edit& edit) const {
        (void)edit;
        return false;
    }

    /// Every cell changed (a new "today" for overdue measures).
    void allRowsChanged() {
        if (!ids_.empty()) {
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        }
    }

    DocumentSession& session_;

private:
    const std::vector<Item>& list() const {
        return storage::ItemKind<Item>::list(session_.assessment());
    }

    std::vector<std::string> currentIds() const {
        std::vector<std::string> ids;
        for (const Item& item : list()) {
            ids.push_back(item.id);
        }
        return ids;
    }

    void follow(const storage::Edit& edit) {
        if (const auto* added = std::get_if<storage::AddItem<Item>>(&edit)) {
            const int row = rowCount();
            beginInsertRows({}, row, row);
            ids_.push_back(added->item.id);
            endInsertRows();
        } else if (const auto* removed = std::get_if<storage::RemoveItem<Item>>(&edit)) {
            if (const int row = rowOf(removed->id); row >= 0) {
                beginRemoveRows({}, row, row);
                ids_.erase(ids_.begin() + row);
                endRemoveRows();
            }
        } else if (const auto* updated = std::get_if<storage::UpdateItem<Item>>(&edit)) {
            if (const int row = rowOf(updated->item.id); row >= 0) {
                emit dataChanged(index(row, 0), index(row, columnCount() - 1));
            }
        } else if (changesEveryRow(edit)) {
            allRowsChanged();
        }
        if (ids_ != currentIds()) {
            beginResetModel();
            ids_ = currentIds();
            endResetModel();
        }
    }

    std::vector<std::string> ids_;
};

} // namespace dpia::ui

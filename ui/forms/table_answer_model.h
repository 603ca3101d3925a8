#pragma once

#include "core/baseline/baseline_types.h"

#include <nlohmann/json.hpp>

#include <QAbstractTableModel>

namespace dpia::ui {

/// The rows of a table question (a repeatable group): one row per JSON object, one column
/// per baseline column. Edits by the user (cells, new, removed or moved rows) emit
/// `edited()`; the owner then commits `rows()` through the command facade.
class TableAnswerModel : public QAbstractTableModel {
    Q_OBJECT
public:
    /// The baseline column behind an index (for the delegate).
    static constexpr int ColumnTypeRole = Qt::UserRole + 1;

    explicit TableAnswerModel(const baseline::Question& question, QObject* parent = nullptr);

    const baseline::Question& question() const { return question_; }
    const baseline::Column& column(int index) const;

    /// Shows the stored answer (an array of objects, or null); resets only on a difference.
    void setRows(const nlohmann::json& value);
    /// The answer as stored: an array of objects, or null when there are no rows.
    nlohmann::json rows() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    bool insertRows(int row, int count, const QModelIndex& parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex& parent = {}) override;
    bool moveRows(const QModelIndex& sourceParent, int sourceRow, int count,
                  const QModelIndex& destinationParent, int destinationChild) override;

    void setReadOnly(bool readOnly) { readOnly_ = readOnly; }

signals:
    void edited();

private:
    QVariant displayValue(const baseline::Column& column, const nlohmann::json& value) const;
    QVariant editValue(const baseline::Column& column, const nlohmann::json& value) const;
    nlohmann::json fromEditValue(const baseline::Column& column, const QVariant& value) const;

    const baseline::Question& question_;
    std::vector<nlohmann::json> rows_;
    bool readOnly_ = false;
};

} // namespace dpia::ui

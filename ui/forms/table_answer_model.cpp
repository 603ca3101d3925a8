#include "ui/forms/table_answer_model.h"

#include "ui/text/local_text.h"
#include "ui/widgets/typed_date.h"

#include <cmath>

#include <QDate>
#include <QLocale>

namespace dpia::ui {

namespace {
const char* const kIsoDate = "yyyy-MM-dd";
} // namespace

TableAnswerModel::TableAnswerModel(const baseline::Question& question, QObject* parent)
    : QAbstractTableModel(parent), question_(question) {}

const baseline::Column& TableAnswerModel::column(int index) const {
    return question_.columns[static_cast<std::size_t>(index)];
}

void TableAnswerModel::setRows(const nlohmann::json& value) {
    std::vector<nlohmann::json> incoming;
    if (value.is_array()) {
        for (const nlohmann::json& row : value) {
            incoming.push_back(row.is_object() ? row : nlohmann::json::object());
        }
    }
    if (incoming == rows_) {
        return;
    }
    beginResetModel();
    rows_ = std::move(incoming);
    endResetModel();
}

nlohmann::json TableAnswerModel::rows() const {
    if (rows_.empty()) {
        return nullptr;
    }
    return nlohmann::json(rows_);
}

int TableAnswerModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int TableAnswerModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(question_.columns.size());
}

QVariant TableAnswerModel::displayValue(const baseline::Column& column,
                                        const nlohmann::json& value) const {
    using baseline::QuestionType;
    switch (column.type) {
    case QuestionType::yesno:
        //: A yes/no cell of a table.
        return value.is_boolean() ? (value.get<bool>() ? tr("Yes") : tr("No")) : QString();
    case QuestionType::choice:
        if (value.is_string()) {
            for (const baseline::Option& option : column.options) {
                if (option.id == value.get_ref<const std::string&>()) {
                    return local(option.label);
                }
            }
            return qs(value.get_ref<const std::string&>());
        }
        return QString();
    case QuestionType::number:
        return value.is_number() ? QLocale().toString(value.get<double>(), 'g', 15) : QString();
    case QuestionType::date:
        if (value.is_string()) {
            const QDate date =
                QDate::fromString(qs(value.get_ref<const std::string&>()), QLatin1String(kIsoDate));
            return date.isValid() ? dateText(date) : qs(value.get_ref<const std::string&>());
        }
        return QString();
    default:
        return value.is_string() ? qs(value.get_ref<const std::string&>()) : QString();
    }
}

QVariant TableAnswerModel::editValue(const baseline::Column& column,
                                     const nlohmann::json& value) const {
    using baseline::QuestionType;
    switch (column.type) {
    case QuestionType::yesno:
        return value.is_boolean() ? QString::fromLatin1(value.get<bool>() ? "yes" : "no")
                                  : QString();
    case QuestionType::number:
        return value.is_number() ? QVariant(value.get<double>()) : QVariant();
    case QuestionType::date:
        return value.is_string()
                   ? QVariant(QDate::fromString(qs(value.get_ref<const std::string&>()),
                                                QLatin1String(kIsoDate)))
                   : QVariant();
    default:
        return value.is_string() ? qs(value.get_ref<const std::string&>()) : QString();
    }
}

nlohmann::json TableAnswerModel::fromEditValue(const baseline::Column& column,
                                               const QVariant& value) const {
    using baseline::QuestionType;
    switch (column.type) {
    case QuestionType::yesno: {
        const QString text = value.toString();
        if (text == QLatin1String("yes")) {
            return true;
        }
        if (text == QLatin1String("no")) {
            return false;
        }
        return nullptr;
    }
    case QuestionType::number: {
        bool ok = false;
        const double number = value.toDouble(&ok);
        if (!ok || !value.isValid() || value.toString().isEmpty()) {
            return nullptr;
        }
        if (std::trunc(number) == number && std::fabs(number) < 1e15) {
            return static_cast<std::int64_t>(number);
        }
        return number;
    }
    case QuestionType::date: {
        const QDate date = value.toDate();
        return date.isValid() ? nlohmann::json(utf8(date.toString(QLatin1String(kIsoDate))))
                              : nlohmann::json(nullptr);
    }
    default: {
        const QString text = value.toString().trimmed();
        return text.isEmpty() ? nlohmann::json(nullptr) : nlohmann::json(utf8(text));
    }
    }
}

QVariant TableAnswerModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const baseline::Column& col = column(index.column());
    const nlohmann::json& row = rows_[static_cast<std::size_t>(index.row())];
    const auto found = row.find(col.id);
    const nlohmann::json value = found == row.end() ? nlohmann::json(nullptr) : *found;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return displayValue(col, value);
    case Qt::AccessibleTextRole: {
        const QString shown = displayValue(col, value).toString();
        //: Spoken text of an empty table cell.
        return shown.isEmpty() ? tr("empty") : shown;
    }
    case Qt::EditRole:
        return editValue(col, value);
    case ColumnTypeRole:
        return static_cast<int>(col.type);
    default:
        return {};
    }
}

QVariant TableAnswerModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole) {
        return {};
    }
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= columnCount()) {
            return {};
        }
        return local(column(section).label);
    }
    return QString::number(section + 1);
}

Qt::ItemFlags TableAnswerModel::flags(const QModelIndex& index) const {
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!readOnly_) {
        result |= Qt::ItemIsEditable;
    }
    return result;
}

bool TableAnswerModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole || readOnly_ || !checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return false;
    }
    const baseline::Column& col = column(index.column());
    nlohmann::json& row = rows_[static_cast<std::size_t>(index.row())];
    const nlohmann::json converted = fromEditValue(col, value);
    const auto found = row.find(col.id);
    const nlohmann::json current = found == row.end() ? nlohmann::json(nullptr) : *found;
    if (converted == current) {
        return true;
    }
    if (converted.is_null()) {
        row.erase(col.id);
    } else {
        row[col.id] = converted;
    }
    emit dataChanged(index, index);
    emit edited();
    return true;
}

bool TableAnswerModel::insertRows(int row, int count, const QModelIndex& parent) {
    if (parent.isValid() || readOnly_ || row < 0 || row > rowCount() || count < 1) {
        return false;
    }
    beginInsertRows(parent, row, row + count - 1);
    rows_.insert(rows_.begin() + row, static_cast<std::size_t>(count), nlohmann::json::object());
    endInsertRows();
    emit edited();
    return true;
}

bool TableAnswerModel::removeRows(int row, int count, const QModelIndex& parent) {
    if (parent.isValid() || readOnly_ || row < 0 || count < 1 || row + count > rowCount()) {
        return false;
    }
    beginRemoveRows(parent, row, row + count - 1);
    rows_.erase(rows_.begin() + row, rows_.begin() + row + count);
    endRemoveRows();
    emit edited();
    return true;
}

bool TableAnswerModel::moveRows(const QModelIndex& sourceParent, int sourceRow, int count,
                                const QModelIndex& destinationParent, int destinationChild) {
    if (sourceParent.isValid() || destinationParent.isValid() || readOnly_ || count < 1 ||
        sourceRow < 0 || sourceRow + count > rowCount() || destinationChild < 0 ||
        destinationChild > rowCount() ||
        (destinationChild >= sourceRow && destinationChild <= sourceRow + count)) {
        return false;
    }
    if (!beginMoveRows(sourceParent, sourceRow, sourceRow + count - 1, destinationParent,
                       destinationChild)) {
        return false;
    }
    std::vector<nlohmann::json> moved(rows_.begin() + sourceRow, rows_.begin() + sourceRow + count);
    rows_.erase(rows_.begin() + sourceRow, rows_.begin() + sourceRow + count);
    const int target = destinationChild > sourceRow ? destinationChild - count : destinationChild;
    rows_.insert(rows_.begin() + target, moved.begin(), moved.end());
    endMoveRows();
    emit edited();
    return true;
}

} // namespace dpia::ui

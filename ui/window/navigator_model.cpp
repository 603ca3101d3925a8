#include "ui/window/navigator_model.h"

#include "core/baseline/baseline.h"
#include "ui/text/local_text.h"
#include "ui/window/workspace_pages.h"

#include <cmath>

#include <QApplication>
#include <QStyle>

namespace dpia::ui {

// Part rows carry internal id 0; section rows carry their part's row + 1.
NavigatorModel::NavigatorModel(const baseline::Baseline& baseline, QObject* parent)
    : QAbstractItemModel(parent) {
    for (const baseline::Part& part : baseline.parts()) {
        PartRow row{local(part.title), {}};
        for (const baseline::Section& section : baseline.sections()) {
            if (section.part == part.id) {
                row.sections.push_back({section.id, local(section.title)});
            }
        }
        if (!row.sections.empty()) {
            parts_.push_back(std::move(row));
        }
    }
    // After the questionnaire: the pages that weigh its outcome.
    //: Navigator: the part after the questionnaire (risks, safeguards, plan, decision).
    PartRow assessment{tr("Assessment"), {}};
    for (const std::string& id : workspacePageIds()) {
        assessment.sections.push_back({id, workspacePageTitle(id)});
    }
    parts_.push_back(std::move(assessment));
}

void NavigatorModel::setCompletion(const std::map<std::string, double>& sections) {
    if (sections == completion_) {
        return;
    }
    completion_ = sections;
    for (int part = 0; part < static_cast<int>(parts_.size()); ++part) {
        const QModelIndex partIndex = index(part, CompletionColumn);
        emit dataChanged(partIndex, partIndex);
        const int last =
            static_cast<int>(parts_[static_cast<std::size_t>(part)].sections.size()) - 1;
        emit dataChanged(index(0, TitleColumn, index(part, 0)),
                         index(last, CompletionColumn, index(part, 0)));
    }
}

std::string NavigatorModel::sectionId(const QModelIndex& index) const {
    if (!index.isValid() || index.internalId() == 0) {
        return {};
    }
    const PartRow& part = parts_[static_cast<std::size_t>(index.internalId() - 1)];
    return part.sections[static_cast<std::size_t>(index.row())].id;
}

QModelIndex NavigatorModel::indexOfSection(const std::string& id) const {
    for (std::size_t part = 0; part < parts_.size(); ++part) {
        for (std::size_t row = 0; row < parts_[part].sections.size(); ++row) {
            if (parts_[part].sections[row].id == id) {
                return createIndex(static_cast<int>(row), 0, static_cast<quintptr>(part + 1));
            }
        }
    }
    return {};
}

QModelIndexList NavigatorModel::sectionIndexes() const {
    QModelIndexList list;
    for (const QModelIndex& index : pageIndexes()) {
        if (!isWorkspacePage(sectionId(index))) {
            list.append(index);
        }
    }
    return list;
}

QModelIndexList NavigatorModel::pageIndexes() const {
    QModelIndexList list;
    for (std::size_t part = 0; part < parts_.size(); ++part) {
        for (std::size_t row = 0; row < parts_[part].sections.size(); ++row) {
            list.append(createIndex(static_cast<int>(row), 0, static_cast<quintptr>(part + 1)));
        }
    }
    return list;
}

QModelIndex NavigatorModel::index(int row, int column, const QModelIndex& parent) const {
    if (row < 0 || column < 0 || column >= ColumnCount) {
        return {};
    }
    if (!parent.isValid()) {
        return row < static_cast<int>(parts_.size()) ? createIndex(row, column, quintptr{0})
                                                     : QModelIndex();
    }
    if (parent.internalId() != 0 || parent.column() != 0) {
        return {};
    }
    const PartRow& part = parts_[static_cast<std::size_t>(parent.row())];
    if (row >= static_cast<int>(part.sections.size())) {
        return {};
    }
    return createIndex(row, column, static_cast<quintptr>(parent.row() + 1));
}

QModelIndex NavigatorModel::parent(const QModelIndex& child) const {
    if (!child.isValid() || child.internalId() == 0) {
        return {};
    }
    return createIndex(static_cast<int>(child.internalId() - 1), 0, quintptr{0});
}

int NavigatorModel::rowCount(const QModelIndex& parent) const {
    if (!parent.isValid()) {
        return static_cast<int>(parts_.size());
    }
    if (parent.internalId() != 0 || parent.column() != 0) {
        return 0;
    }
    return static_cast<int>(parts_[static_cast<std::size_t>(parent.row())].sections.size());
}

int NavigatorModel::columnCount(const QModelIndex&) const {
    return ColumnCount;
}

std::optional<double> NavigatorModel::completion(const QModelIndex& index) const {
    if (index.internalId() != 0) {
        const auto found = completion_.find(sectionId(index));
        if (found == completion_.end()) {
            return std::nullopt;
        }
        return found->second;
    }
    // A part is as complete as the mean of its sections that are scored.
    double sum = 0.0;
    int count = 0;
    for (const SectionRow& section : parts_[static_cast<std::size_t>(index.row())].sections) {
        const auto found = completion_.find(section.id);
        if (found != completion_.end()) {
            sum += found->second;
            ++count;
        }
    }
    if (count == 0) {
        return std::nullopt;
    }
    return sum / count;
}

QVariant NavigatorModel::completionData(const QModelIndex& index, int role) const {
    const std::optional<double> done = completion(index);
    if (role == CompletionRole) {
        return done ? QVariant(*done) : QVariant();
    }
    if (!done) {
        return {};
    }
    const bool complete = *done >= 0.9999;
    const int percent = static_cast<int>(std::floor(*done * 100.0));
    switch (role) {
    case Qt::DisplayRole:
        //: Completion mark in the navigator (next to a tick icon): a finished section.
        return complete ? tr("complete") : tr("%1 %").arg(percent);
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        //: Spoken / tooltip text of the completion mark; %1 is a percentage.
        return complete ? tr("Complete: every required question is answered")
                        : tr("%1 % of the required questions answered").arg(percent);
    case Qt::DecorationRole:
        if (complete && completeIcon_.isNull()) {
            completeIcon_ = QApplication::style()->standardIcon(QStyle::SP_DialogApplyButton);
        }
        return complete ? QVariant(completeIcon_) : QVariant();
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant NavigatorModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    if (role == SectionIdRole) {
        return qs(sectionId(index));
    }
    if (index.column() == CompletionColumn || role == CompletionRole) {
        return completionData(index, role);
    }
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == Qt::AccessibleTextRole) {
        if (index.internalId() == 0) {
            return parts_[static_cast<std::size_t>(index.row())].title;
        }
        const PartRow& part = parts_[static_cast<std::size_t>(index.internalId() - 1)];
        return part.sections[static_cast<std::size_t>(index.row())].title;
    }
    return {};
}

QVariant NavigatorModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    //: Navigator column headers.
    return section == TitleColumn ? tr("Section") : tr("Done");
}

Qt::ItemFlags NavigatorModel::flags(const QModelIndex& index) const {
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

} // namespace dpia::ui

#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include <QAbstractItemModel>
#include <QIcon>

namespace dpia::baseline {
class Baseline;
}

namespace dpia::ui {

/// The questionnaire's parts (top level) and their sections (children), then the part
/// "Assessment" with the workspace pages (risks, safeguards, ...), with a completion
/// mark per row in column 1: a tick and "complete" when done, else a percentage — text
/// and icon, never colour alone.
class NavigatorModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { TitleColumn = 0, CompletionColumn = 1, ColumnCount = 2 };
    /// The section (or workspace page) id of a row (empty for part rows), as UTF-8.
    static constexpr int SectionIdRole = Qt::UserRole + 1;
    /// The completion of the row in 0..1, or an invalid QVariant when unknown.
    static constexpr int CompletionRole = Qt::UserRole + 2;

    explicit NavigatorModel(const baseline::Baseline& baseline, QObject* parent = nullptr);

    /// Section id -> 0..1, as the evaluation reports it; updates the marks.
    void setCompletion(const std::map<std::string, double>& sections);

    std::string sectionId(const QModelIndex& index) const;
    QModelIndex indexOfSection(const std::string& sectionId) const;
    /// The questionnaire's section rows in order (parts and workspace pages skipped).
    QModelIndexList sectionIndexes() const;
    /// Every page row in order: the sections, then the workspace pages.
    QModelIndexList pageIndexes() const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    struct SectionRow {
        std::string id;
        QString title;
    };
    struct PartRow {
        QString title;
        std::vector<SectionRow> sections;
    };

    std::optional<double> completion(const QModelIndex& index) const;
    QVariant completionData(const QModelIndex& index, int role) const;

    std::vector<PartRow> parts_;
    std::map<std::string, double> completion_;
    /// The tick of a complete section, made on first use and kept: the style reads it from
    /// an image file each time it is asked, and the view asks for every row on every
    /// repaint (that was half the instructions of opening a document).
    mutable QIcon completeIcon_;
};

} // namespace dpia::ui

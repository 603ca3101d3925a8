#pragma once

#include "core/scoring/review_due.h"
#include "ui/settings/app_settings.h"

#include <QAbstractTableModel>
#include <QDateTime>

namespace dpia::ui {

/// The recently opened assessments for the start page: title and status as remembered
/// when the file was last open, last change from the file itself, and the path.
class RecentFilesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TitleColumn, StatusColumn, ChangedColumn, PathColumn, ColumnCount };
    static constexpr int PathRole = Qt::UserRole + 1;

    explicit RecentFilesModel(QObject* parent = nullptr);

    /// Reads the list from QSettings and the files' dates again.
    void reload();
    QString path(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row {
        settings::RecentFile file;
        QDateTime changed; ///< invalid when the file is gone
    };
    QVariant display(const Row& row, int column) const;
    /// The review state of an adopted DPIA as remembered, today.
    static scoring::ReviewDue review(const Row& row);

    QList<Row> rows_;
};

} // namespace dpia::ui

#include "ui/start/recent_files_model.h"

#include "ui/session/document_session.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace dpia::ui {

RecentFilesModel::RecentFilesModel(QObject* parent) : QAbstractTableModel(parent) {
    reload();
}

void RecentFilesModel::reload() {
    beginResetModel();
    rows_.clear();
    const QList<settings::RecentFile> files = settings::recentFiles();
    for (const settings::RecentFile& file : files) {
        const QFileInfo info(file.path);
        rows_.append({file, info.exists() ? info.lastModified() : QDateTime()});
    }
    endResetModel();
}

QString RecentFilesModel::path(int row) const {
    return row >= 0 && row < rows_.size() ? rows_[row].file.path : QString();
}

int RecentFilesModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int RecentFilesModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RecentFilesModel::display(const Row& row, int column) const {
    switch (column) {
    case TitleColumn:
        return row.file.title.isEmpty() ? QFileInfo(row.file.path).completeBaseName()
                                        : row.file.title;
    case StatusColumn:
        //: Recent files list: the file no longer exists where it was.
        return row.changed.isValid() ? statusText(row.file.status) : tr("File not found");
    case ChangedColumn:
        return row.changed.isValid() ? QLocale().toString(row.changed, QLocale::ShortFormat)
                                     : QString();
    case PathColumn:
        return QDir::toNativeSeparators(row.file.path);
    default:
        return {};
    }
}

QVariant RecentFilesModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const Row& row = rows_[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        return QDir::toNativeSeparators(row.file.path);
    case PathRole:
        return row.file.path;
    default:
        return {};
    }
}

QVariant RecentFilesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    //: Column headers of the recent files list on the start page.
    case TitleColumn:
        return tr("Title");
    case StatusColumn:
        return tr("Status");
    case ChangedColumn:
        return tr("Last change");
    case PathColumn:
        return tr("Location");
    default:
        return {};
    }
}

} // namespace dpia::ui

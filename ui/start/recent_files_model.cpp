#include "ui/start/recent_files_model.h"

#include "ui/session/document_session.h"
#include "ui/text/words.h"
#include "ui/widgets/typed_date.h"

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

scoring::ReviewDue RecentFilesModel::review(const Row& row) {
    return scoring::reviewDueBy(row.file.reviewDate.toStdString(), isoToday());
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
        if (!row.changed.isValid()) {
            return tr("File not found");
        }
        if (const auto due = review(row); due.state == scoring::ReviewDue::State::soon ||
                                          due.state == scoring::ReviewDue::State::overdue) {
            //: Recent files: the status of an adopted DPIA and its review state
            //: ("final, review overdue").
            return tr("%1, review %2").arg(statusText(row.file.status), words::reviewState(due));
        }
        return statusText(row.file.status);
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
    case Qt::ToolTipRole: {
        const QString sentence =
            words::reviewSentence(review(row), dateText(row.file.reviewDate.toStdString()));
        return sentence.isEmpty()
                   ? QDir::toNativeSeparators(row.file.path)
                   : QDir::toNativeSeparators(row.file.path) + QLatin1Char('\n') + sentence;
    }
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

#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

// The user's preferences and the recent-files list, kept in QSettings.
namespace dpia::ui::settings {

/// "nl" (default) or "en"; takes effect when the program starts.
QString language();
void setLanguage(const QString& language);

/// The name recorded as author of new assessments and in the change log.
QString authorName();
void setAuthorName(const QString& name);

/// Where new assessments are created; defaults to a "DPIA" folder in Documents.
QString defaultFolder();
void setDefaultFolder(const QString& folder);

/// The main window's size, place and maximised state (QWidget::saveGeometry), empty at
/// first.
QByteArray windowGeometry();
void setWindowGeometry(const QByteArray& geometry);

/// A file the user worked on, as remembered when it was last open.
struct RecentFile {
    QString path;
    QString title;
    QString status;     ///< the document status code ("draft", "review", "final") when last seen
    QString reviewDate; ///< an adopted DPIA's review date ("YYYY-MM-DD") when last seen, or empty
};

/// Most recent first; at most kMaxRecentFiles.
QList<RecentFile> recentFiles();
/// Puts `file` at the top (replacing an entry for the same path).
void rememberRecentFile(const RecentFile& file);
void forgetRecentFile(const QString& path);

inline constexpr int kMaxRecentFiles = 10;

} // namespace dpia::ui::settings

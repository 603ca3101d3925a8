#include "ui/settings/app_settings.h"

#include "ui/text/translator.h"

#include <functional>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace dpia::ui::settings {

namespace {
const QString kLanguageKey = QStringLiteral("language");
const QString kAuthorKey = QStringLiteral("authorName");
const QString kFolderKey = QStringLiteral("defaultFolder");
const QString kGeometryKey = QStringLiteral("windowGeometry");
const QString kRecentKey = QStringLiteral("recentFiles");
const QString kPathKey = QStringLiteral("path");
const QString kTitleKey = QStringLiteral("title");
const QString kStatusKey = QStringLiteral("status");
const QString kReviewKey = QStringLiteral("review");

/// Every write of the settings: they name recent documents and their titles, so the folder
/// is made owner-only (0700) before the first byte is written, and the file is 0600, as
/// the log folder is.
void writeSettings(const std::function<void(QSettings&)>& write) {
    QSettings store;
    const QString folder = QFileInfo(store.fileName()).absolutePath();
    QDir().mkpath(folder);
    QFile::setPermissions(folder,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    write(store);
    store.sync();
    QFile::setPermissions(store.fileName(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}
} // namespace

QString language() {
    const QString value = QSettings().value(kLanguageKey, kDutch).toString();
    return value == kEnglish ? kEnglish : kDutch;
}

void setLanguage(const QString& value) {
    writeSettings([&](QSettings& store) { store.setValue(kLanguageKey, value); });
}

QString authorName() {
    return QSettings().value(kAuthorKey).toString();
}

void setAuthorName(const QString& name) {
    writeSettings([&](QSettings& store) { store.setValue(kAuthorKey, name.trimmed()); });
}

QString defaultFolder() {
    const QString stored = QSettings().value(kFolderKey).toString();
    if (!stored.isEmpty()) {
        return stored;
    }
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(documents.isEmpty() ? QDir::homePath() : documents)
        .filePath(QStringLiteral("DPIA"));
}

void setDefaultFolder(const QString& folder) {
    writeSettings([&](QSettings& store) { store.setValue(kFolderKey, folder); });
}

QByteArray windowGeometry() {
    return QSettings().value(kGeometryKey).toByteArray();
}

void setWindowGeometry(const QByteArray& geometry) {
    writeSettings([&](QSettings& store) { store.setValue(kGeometryKey, geometry); });
}

QList<RecentFile> recentFiles() {
    QSettings store;
    QList<RecentFile> files;
    const int count = store.beginReadArray(kRecentKey);
    for (int i = 0; i < count; ++i) {
        store.setArrayIndex(i);
        RecentFile file{store.value(kPathKey).toString(), store.value(kTitleKey).toString(),
                        store.value(kStatusKey).toString(), store.value(kReviewKey).toString()};
        if (!file.path.isEmpty()) {
            files.append(file);
        }
    }
    store.endArray();
    return files;
}

namespace {
void writeRecentFiles(const QList<RecentFile>& files) {
    writeSettings([&](QSettings& store) {
        store.remove(kRecentKey);
        store.beginWriteArray(kRecentKey, static_cast<int>(files.size()));
        for (int i = 0; i < files.size(); ++i) {
            store.setArrayIndex(i);
            store.setValue(kPathKey, files[i].path);
            store.setValue(kTitleKey, files[i].title);
            store.setValue(kStatusKey, files[i].status);
            store.setValue(kReviewKey, files[i].reviewDate);
        }
        store.endArray();
    });
}

bool samePath(const QString& a, const QString& b) {
    return QFileInfo(a).absoluteFilePath() == QFileInfo(b).absoluteFilePath();
}
} // namespace

void rememberRecentFile(const RecentFile& file) {
    QList<RecentFile> files = recentFiles();
    files.removeIf([&](const RecentFile& other) { return samePath(other.path, file.path); });
    RecentFile entry = file;
    entry.path = QFileInfo(file.path).absoluteFilePath();
    files.prepend(entry);
    while (files.size() > kMaxRecentFiles) {
        files.removeLast();
    }
    writeRecentFiles(files);
}

void forgetRecentFile(const QString& path) {
    QList<RecentFile> files = recentFiles();
    files.removeIf([&](const RecentFile& other) { return samePath(other.path, path); });
    writeRecentFiles(files);
}

} // namespace dpia::ui::settings

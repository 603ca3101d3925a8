#include "ui/translator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace dpia::ui {

namespace {
QString& installedLanguage() {
    static QString language = kDutch;
    return language;
}
} // namespace

QString currentLanguage() {
    return installedLanguage();
}

bool installTranslations(QCoreApplication& app, const QString& language) {
    // Translators are owned by the application so they live as long as it does.
    auto* ours = new QTranslator(&app);
    if (!ours->load(QStringLiteral(":/i18n/dpia_%1.qm").arg(language))) {
        delete ours;
        return false;
    }
    QCoreApplication::installTranslator(ours);
    installedLanguage() = language;

    auto* qtBase = new QTranslator(&app);
    if (qtBase->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtBase);
    } else {
        delete qtBase;
    }
    return true;
}

} // namespace dpia::ui

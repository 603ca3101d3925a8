#include "ui/text/translator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace dpia::ui {

namespace {
/// The language of the catalogue installed last; empty while none is.
QString& installedLanguage() {
    static QString language;
    return language;
}
} // namespace

QString currentLanguage() {
    return installedLanguage().isEmpty() ? kDutch : installedLanguage();
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

ScopedLanguage::ScopedLanguage(const QString& language) : previous_(installedLanguage()) {
    if (language == previous_) {
        return;
    }
    auto translator = std::make_unique<QTranslator>();
    if (translator->load(QStringLiteral(":/i18n/dpia_%1.qm").arg(language))) {
        QCoreApplication::installTranslator(translator.get());
        translator_ = std::move(translator);
        installedLanguage() = language;
    }
}

ScopedLanguage::~ScopedLanguage() {
    if (translator_) {
        QCoreApplication::removeTranslator(translator_.get());
        installedLanguage() = previous_;
    }
}

} // namespace dpia::ui

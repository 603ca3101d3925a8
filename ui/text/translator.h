#pragma once

#include <memory>

#include <QString>

class QCoreApplication;
class QTranslator;

namespace dpia::ui {

/// The languages the UI speaks; Dutch is the default, English the alternative.
inline const QString kDutch = QStringLiteral("nl");
inline const QString kEnglish = QStringLiteral("en");

/// Installs the compiled catalogue for `language` ("nl" or "en") and Qt's own strings
/// for it. Returns false when no catalogue for that language is embedded.
bool installTranslations(QCoreApplication& app, const QString& language);

/// The language installed last ("nl" until installTranslations succeeds with another).
QString currentLanguage();

/// Speaks `language` while it lives and then the language installed before; does nothing
/// when that language is installed already. The report uses it, so it is written in the
/// language it is asked for, whatever the window speaks.
class ScopedLanguage {
public:
    explicit ScopedLanguage(const QString& language);
    ~ScopedLanguage();
    ScopedLanguage(const ScopedLanguage&) = delete;
    ScopedLanguage& operator=(const ScopedLanguage&) = delete;

private:
    std::unique_ptr<QTranslator> translator_;
    QString previous_;
};

} // namespace dpia::ui

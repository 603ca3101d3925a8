#pragma once

#include <QString>

class QCoreApplication;

namespace dpia::ui {

/// The languages the UI speaks; Dutch is the default, English the alternative.
inline const QString kDutch = QStringLiteral("nl");
inline const QString kEnglish = QStringLiteral("en");

/// Installs the compiled catalogue for `language` ("nl" or "en") and Qt's own strings
/// for it. Returns false when no catalogue for that language is embedded.
bool installTranslations(QCoreApplication& app, const QString& language);

/// The language installed last ("nl" until installTranslations succeeds with another).
QString currentLanguage();

} // namespace dpia::ui

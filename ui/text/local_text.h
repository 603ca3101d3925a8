#pragma once

#include "core/error.h"
#include "core/lang.h"

#include <string>
#include <string_view>

#include <QString>

// Small bridges between core's UTF-8 std::strings and Qt's QString, in the UI language.
namespace dpia::ui {

/// The language the UI speaks now (set by installTranslations; Dutch by default).
Lang uiLang();

inline QString qs(std::string_view text) {
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

inline std::string utf8(const QString& text) {
    return text.toUtf8().toStdString();
}

/// A baseline or core text in the UI language.
inline QString local(const LocalText& text) {
    return qs(text.in(uiLang()));
}

/// The message of a core error in the UI language (never empty).
QString errorMessage(const Error& error);

} // namespace dpia::ui

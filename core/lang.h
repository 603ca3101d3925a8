#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace dpia {

/// The languages of the product: every user-visible text exists in both.
enum class Lang { nl, en };

/// "nl" / "en".
std::string_view langCode(Lang lang);

/// Parses "nl" or "en" (also "nl_NL.UTF-8", "en-GB"); nullopt for anything else.
std::optional<Lang> parseLang(std::string_view code);

/// The language from the environment (LC_ALL, LC_MESSAGES, LANG): English when the
/// locale names a language other than Dutch, Dutch otherwise (the product's default).
Lang langFromEnvironment();

/// A text in both languages, as the baseline and the core's messages carry them.
struct LocalText {
    std::string nl;
    std::string en;

    const std::string& in(Lang lang) const { return lang == Lang::en ? en : nl; }
    bool operator==(const LocalText&) const = default;
};

} // namespace dpia

#include "core/lang.h"

#include <cstdlib>

namespace dpia {

std::string_view langCode(Lang lang) {
    return lang == Lang::en ? "en" : "nl";
}

std::optional<Lang> parseLang(std::string_view code) {
    const std::string_view prefix = code.substr(0, 2);
    if (code.size() != 2 &&
        (code.size() < 3 || (code[2] != '_' && code[2] != '-' && code[2] != '.'))) {
        return std::nullopt;
    }
    if (prefix == "nl") {
        return Lang::nl;
    }
    if (prefix == "en") {
        return Lang::en;
    }
    return std::nullopt;
}

Lang langFromEnvironment() {
    for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const char* value = std::getenv(name);
        if (value == nullptr || *value == '\0') {
            continue;
        }
        const std::string_view locale(value);
        if (locale == "C" || locale == "POSIX" || locale.starts_with("C.")) {
            return Lang::nl;
        }
        return parseLang(locale).value_or(locale.starts_with("nl") ? Lang::nl : Lang::en);
    }
    return Lang::nl;
}

} // namespace dpia

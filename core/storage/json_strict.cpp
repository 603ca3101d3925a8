#include "core/storage/json_strict.h"

#include "core/storage/storage_errors.h"

#include <set>

namespace dpia::storage {
namespace {

/// Thrown from the parser callback to stop parsing at the first broken limit.
struct LimitBroken {
    std::string nl;
    std::string en;
};

/// One open object or array while parsing: the keys seen (objects) and the current key.
struct Level {
    bool object = false;
    std::set<std::string> keys;
    std::string key;
};

/// A key from the input as a message shows it: escaped as in JSON, ASCII only (so no
/// control character or invisible text reaches a terminal), cut to a readable length.
std::string escapedForMessage(const std::string& key) {
    constexpr std::size_t kShown = 40;
    const std::string quoted =
        nlohmann::json(key).dump(-1, ' ', true, nlohmann::json::error_handler_t::replace);
    const std::string escaped = quoted.substr(1, quoted.size() - 2);
    if (escaped.size() <= kShown) {
        return escaped;
    }
    // Whole characters and escape sequences only (\uXXXX is the longest).
    std::size_t end = 0;
    while (end < escaped.size()) {
        const std::size_t length = escaped[end] != '\\' ? 1 : escaped[end + 1] == 'u' ? 6 : 2;
        if (end + length > kShown) {
            break;
        }
        end += length;
    }
    return escaped.substr(0, end) + "...";
}

std::string where(const std::vector<Level>& levels) {
    std::string path;
    for (const Level& level : levels) {
        if (level.object && !level.key.empty()) {
            path += (path.empty() ? "" : ".") + escapedForMessage(level.key);
        } else if (!level.object) {
            path += "[]";
        }
    }
    return path.empty() ? "(top)" : path;
}

bool onLongPath(const std::vector<Level>& levels, const JsonLimits& limits) {
    for (const auto& allowed : limits.longStrings) {
        if (allowed.size() != levels.size()) {
            continue;
        }
        bool same = true;
        for (std::size_t i = 0; same && i < allowed.size(); ++i) {
            same = levels[i].object && levels[i].key == allowed[i];
        }
        if (same) {
            return true;
        }
    }
    return false;
}

} // namespace

Result<nlohmann::json> parseStrictJson(std::string_view text, const JsonLimits& limits,
                                       ProblemError problem) {
    if (text.size() > limits.maxBytes) {
        const std::string mib = std::to_string(limits.maxBytes / (1024 * 1024));
        return problem("het is groter dan " + mib + " MiB", "it is larger than " + mib + " MiB");
    }
    std::vector<Level> levels;
    const auto checkString = [&](const std::string& value) {
        if (value.size() > limits.maxString && !onLongPath(levels, limits)) {
            throw LimitBroken{"een tekst bij " + where(levels) + " is langer dan 1 MiB",
                              "a text at " + where(levels) + " is longer than 1 MiB"};
        }
    };
    const nlohmann::json::parser_callback_t callback = [&](int /*depth*/,
                                                           nlohmann::json::parse_event_t event,
                                                           nlohmann::json& parsed) {
        using Event = nlohmann::json::parse_event_t;
        switch (event) {
        case Event::object_start:
        case Event::array_start:
            if (levels.size() >= limits.maxDepth) {
                throw LimitBroken{
                    "het is dieper genest dan " + std::to_string(limits.maxDepth) + " niveaus",
                    "it is nested deeper than " + std::to_string(limits.maxDepth) + " levels"};
            }
            levels.push_back(Level{event == Event::object_start, {}, {}});
            break;
        case Event::key: {
            const std::string& key = parsed.get_ref<const std::string&>();
            checkString(key);
            Level& level = levels.back();
            if (!level.keys.insert(key).second) {
                const std::string shown = "\"" + escapedForMessage(key) + "\"";
                throw LimitBroken{"de sleutel " + shown + " staat twee keer in " + where(levels),
                                  "the key " + shown + " occurs twice in " + where(levels)};
            }
            level.key = key;
            break;
        }
        case Event::value:
            if (parsed.is_string()) {
                checkString(parsed.get_ref<const std::string&>());
            }
            break;
        case Event::object_end:
        case Event::array_end:
            levels.pop_back();
            break;
        }
        return true;
    };
    try {
        return nlohmann::json::parse(text.begin(), text.end(), callback, true, false);
    } catch (const LimitBroken& broken) {
        return problem(broken.nl, broken.en);
    } catch (const nlohmann::json::parse_error& error) {
        const std::string at = std::to_string(error.byte);
        return problem("geen geldige JSON (bij byte " + at + ")",
                       "not valid JSON (at byte " + at + ")");
    } catch (const nlohmann::json::out_of_range&) {
        // A number beyond double (1e999): the parser reports it as out_of_range, not as a
        // parse_error; uncaught, it ended the program (found by fuzzing the import).
        return problem("een getal is te groot", "a number is too large");
    }
}

} // namespace dpia::storage

#include "core/baseline_compiler/yaml_reader.h"

#include <algorithm>
#include <cstring>
#include <variant>

namespace dpia::baseline {

YamlReader::YamlReader(std::string file, YAML::Node root, Diagnostics& diagnostics)
    : file_(std::move(file)), root_(std::move(root)), diagnostics_(diagnostics) {}

SourceLocation YamlReader::at(const YAML::Node& node) const {
    const YAML::Mark mark = node.Mark();
    return {file_, mark.line >= 0 ? mark.line + 1 : 1};
}

void YamlReader::error(const YAML::Node& node, const std::string& message) {
    diagnostics_.add(at(node), message);
}

YAML::Node YamlReader::sequence(const YAML::Node& map, const char* key, bool required) {
    const YAML::Node node = map[key];
    if (!node) {
        if (required) {
            error(map, std::string("missing list '") + key + "'");
        }
        return YAML::Node(YAML::NodeType::Sequence);
    }
    if (!node.IsSequence()) {
        error(node, std::string("'") + key + "' must be a list");
        return YAML::Node(YAML::NodeType::Sequence);
    }
    return node;
}

void YamlReader::allowOnly(const YAML::Node& map, std::initializer_list<const char*> allowed) {
    if (!map.IsMap()) {
        error(map, "expected a mapping (key: value pairs)");
        return;
    }
    for (const auto& entry : map) {
        const std::string key = entry.first.as<std::string>("");
        const bool known = std::any_of(allowed.begin(), allowed.end(),
                                       [&](const char* name) { return key == name; });
        if (!known) {
            error(entry.first, "unknown key '" + key + "'");
        }
    }
}

std::string YamlReader::text(const YAML::Node& map, const char* key, bool required) {
    const YAML::Node node = map[key];
    if (!node || node.IsNull()) {
        if (required) {
            error(map, std::string("missing '") + key + "'");
        }
        return {};
    }
    if (!node.IsScalar()) {
        error(node, std::string("'") + key + "' must be a single value");
        return {};
    }
    const std::string value = node.as<std::string>();
    if (required && value.find_first_not_of(" \t\r\n") == std::string::npos) {
        error(node, std::string("'") + key + "' is empty");
    }
    return value;
}

LocalText YamlReader::local(const YAML::Node& map, const char* key, bool required) {
    const YAML::Node node = map[key];
    if (!node || node.IsNull()) {
        if (required) {
            error(map, std::string("missing '") + key + "' (needs nl and en)");
        }
        return {};
    }
    if (!node.IsMap()) {
        error(node, std::string("'") + key + "' must have an 'nl' and an 'en' text");
        return {};
    }
    allowOnly(node, {"nl", "en"});
    LocalText result;
    for (const char* language : {"nl", "en"}) {
        const YAML::Node value = node[language];
        std::string content;
        if (value && value.IsScalar()) {
            content = value.as<std::string>();
        }
        if (content.find_first_not_of(" \t\r\n") == std::string::npos) {
            error(value ? value : node,
                  std::string("'") + key + "' has no " +
                      (std::strcmp(language, "nl") == 0 ? "Dutch (nl)" : "English (en)") + " text");
        }
        (std::strcmp(language, "nl") == 0 ? result.nl : result.en) = content;
    }
    return result;
}

LocalText YamlReader::localOrPlain(const YAML::Node& map, const char* key, bool required) {
    const YAML::Node node = map[key];
    if (node && node.IsMap()) {
        return local(map, key, required);
    }
    std::string plain = text(map, key, required);
    return {plain, plain};
}

int YamlReader::integer(const YAML::Node& map, const char* key, int low, int high, int fallback,
                        bool required) {
    const YAML::Node node = map[key];
    if (!node) {
        if (required) {
            error(map, std::string("missing '") + key + "'");
        }
        return fallback;
    }
    int value = 0;
    if (!node.IsScalar() || !YAML::convert<int>::decode(node, value)) {
        error(node, std::string("'") + key + "' must be a whole number");
        return fallback;
    }
    if (value < low || value > high) {
        error(node, std::string("'") + key + "' must be between " + std::to_string(low) + " and " +
                        std::to_string(high));
        return fallback;
    }
    return value;
}

std::optional<double> YamlReader::number(const YAML::Node& map, const char* key) {
    const YAML::Node node = map[key];
    if (!node) {
        return std::nullopt;
    }
    double value = 0;
    if (!node.IsScalar() || !YAML::convert<double>::decode(node, value)) {
        error(node, std::string("'") + key + "' must be a number");
        return std::nullopt;
    }
    return value;
}

bool YamlReader::boolean(const YAML::Node& map, const char* key, bool fallback) {
    const YAML::Node node = map[key];
    if (!node) {
        return fallback;
    }
    bool value = false;
    if (!node.IsScalar() || !YAML::convert<bool>::decode(node, value)) {
        error(node, std::string("'") + key + "' must be true or false");
        return fallback;
    }
    return value;
}

std::vector<std::string> YamlReader::strings(const YAML::Node& map, const char* key,
                                             bool required) {
    std::vector<std::string> result;
    const YAML::Node list = sequence(map, key, required);
    for (const auto& item : list) {
        if (!item.IsScalar() || item.as<std::string>().empty()) {
            error(item, std::string("'") + key + "' must list non-empty ids");
            continue;
        }
        result.push_back(item.as<std::string>());
    }
    return result;
}

std::optional<rules::Rule> YamlReader::rule(const YAML::Node& map, const char* key, bool required) {
    const std::string source = text(map, key, required);
    if (source.empty()) {
        return std::nullopt;
    }
    auto parsed = rules::Rule::parse(source);
    if (auto* failure = std::get_if<rules::ParseError>(&parsed)) {
        error(map[key], std::string("rule '") + key + "' does not parse at character " +
                            std::to_string(failure->offset + 1) + ": " + failure->message);
        return std::nullopt;
    }
    return std::get<rules::Rule>(std::move(parsed));
}

} // namespace dpia::baseline

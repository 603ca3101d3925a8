#pragma once

#include "core/baseline_compiler/diagnostics.h"
#include "core/lang.h"
#include "core/rules/rule.h"

#include <initializer_list>
#include <optional>
#include <string>
#include <vector>
#include <yaml-cpp/yaml.h>

namespace dpia::baseline {

/// Reads typed fields out of one YAML file and reports every problem with its line, so
/// a content editor sees all mistakes of a file at once rather than the first.
class YamlReader {
public:
    YamlReader(std::string file, YAML::Node root, Diagnostics& diagnostics);

    const YAML::Node& root() const { return root_; }
    const std::string& file() const { return file_; }
    SourceLocation at(const YAML::Node& node) const;
    void error(const YAML::Node& node, const std::string& message);

    /// The sequence under `key` of `map` (an empty node and an error when required).
    YAML::Node sequence(const YAML::Node& map, const char* key, bool required = true);
    /// Reports keys of `map` that are not in `allowed` (catches typos like "guidence").
    void allowOnly(const YAML::Node& map, std::initializer_list<const char*> allowed);

    std::string text(const YAML::Node& map, const char* key, bool required = true);
    LocalText local(const YAML::Node& map, const char* key, bool required = true);
    /// Either {nl, en} as `local`, or one plain string that reads the same in both
    /// languages (a reference such as "BIO2 5.15").
    LocalText localOrPlain(const YAML::Node& map, const char* key, bool required = true);
    int integer(const YAML::Node& map, const char* key, int low, int high, int fallback,
                bool required = true);
    std::optional<double> number(const YAML::Node& map, const char* key);
    bool boolean(const YAML::Node& map, const char* key, bool fallback);
    std::vector<std::string> strings(const YAML::Node& map, const char* key, bool required = true);
    /// Parses the rule under `key`; reports parse errors at the node. Empty rule if absent.
    std::optional<rules::Rule> rule(const YAML::Node& map, const char* key, bool required = true);

private:
    std::string file_;
    YAML::Node root_;
    Diagnostics& diagnostics_;
};

} // namespace dpia::baseline

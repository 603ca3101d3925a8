#include "core/baseline_compiler/kind_readers.h"
#include "core/baseline_compiler/source_model.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

namespace dpia::baseline {
namespace {

using Reader = void (*)(YamlReader&, SourceModel&);

struct FileKind {
    const char* prefix; ///< file name, or its prefix when `many`
    bool many;
    Reader read;
};

constexpr FileKind kKinds[] = {
    {"baseline.yaml", false, detail::readInfo},
    {"sections.yaml", false, detail::readSections},
    {"questions-", true, detail::readQuestions},
    {"requirements-", true, detail::readRequirements},
    {"safeguards.yaml", false, detail::readSafeguards},
    {"risks.yaml", false, detail::readRisks},
    {"criteria.yaml", false, detail::readCriteria},
    {"matrix.yaml", false, detail::readMatrix},
};

constexpr std::size_t kMaxFileBytes = 4u * 1024u * 1024u;
constexpr int kMaxNesting = 64;

bool matches(const FileKind& kind, const std::string& name) {
    if (!kind.many) {
        return name == kind.prefix;
    }
    return name.starts_with(kind.prefix) && name.ends_with(".yaml");
}

/// yaml-cpp parses nested collections recursively; refuse absurd nesting (hostile or
/// broken files) before it can exhaust the stack. Returns the line of the problem, or 0.
int excessiveNesting(const std::string& text) {
    int depth = 0;
    int line = 1;
    char quote = 0;
    for (char c : text) {
        if (c == '\n') {
            ++line;
            quote = 0; // quoted flow scalars rarely span lines in a baseline; be lenient
        } else if (quote != 0) {
            quote = c == quote ? 0 : quote;
        } else if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '[' || c == '{') {
            if (++depth > kMaxNesting) {
                return line;
            }
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        }
    }
    std::istringstream lines(text);
    std::string content;
    for (int number = 1; std::getline(lines, content); ++number) {
        const auto indent = content.find_first_not_of(' ');
        if (indent != std::string::npos && indent > 2 * kMaxNesting) {
            return number;
        }
    }
    return 0;
}

} // namespace

namespace detail {

void defineId(SourceModel& model, const std::string& id, const SourceLocation& at) {
    if (id.empty()) {
        return;
    }
    model.ids.emplace(id, at);
    model.where.emplace(id, at);
}

bool checkIdForm(YamlReader& reader, const YAML::Node& node, const std::string& id,
                 const char* pattern, const char* kind, const char* example) {
    if (id.empty()) {
        return false;
    }
    if (id.size() > 64 || !std::regex_match(id, std::regex(pattern))) {
        reader.error(node, std::string("id '") + id.substr(0, 64) + "' of a " + kind +
                               " must look like " + example);
        return false;
    }
    return true;
}

} // namespace detail

SourceFiles loadSourceFiles(const std::string& folder, Diagnostics& diagnostics) {
    namespace fs = std::filesystem;
    SourceFiles files;
    std::error_code ec;
    if (!fs::is_directory(folder, ec)) {
        diagnostics.add({folder, 0}, "not a folder with a baseline source");
        return files;
    }
    for (const auto& entry : fs::directory_iterator(folder, ec)) {
        const std::string name = entry.path().filename().string();
        if (!entry.is_regular_file() || !name.ends_with(".yaml")) {
            continue;
        }
        if (entry.file_size(ec) > kMaxFileBytes) {
            diagnostics.add({entry.path().string(), 0}, "file larger than 4 MiB");
            continue;
        }
        std::ifstream in(entry.path(), std::ios::binary);
        std::ostringstream content;
        content << in.rdbuf();
        files.emplace(name, content.str());
    }
    return files;
}

SourceModel readSource(const std::string& folder, const SourceFiles& files,
                       Diagnostics& diagnostics) {
    namespace fs = std::filesystem;
    SourceModel model;
    for (const FileKind& kind : kKinds) {
        bool seen = false;
        for (const auto& [name, content] : files) {
            if (!matches(kind, name)) {
                continue;
            }
            seen = true;
            const std::string path = (fs::path(folder) / name).string();
            if (const int line = excessiveNesting(content)) {
                diagnostics.add({path, line}, "nested more than 64 levels deep");
                continue;
            }
            try {
                YamlReader reader(path, YAML::Load(content), diagnostics);
                if (!reader.root().IsMap()) {
                    diagnostics.add({path, 1}, "expected a mapping at the top of the file");
                    continue;
                }
                kind.read(reader, model);
            } catch (const YAML::Exception& error) {
                diagnostics.add({path, error.mark.line >= 0 ? error.mark.line + 1 : 1},
                                "YAML syntax: " + error.msg);
            }
        }
        if (!seen) {
            diagnostics.add({(fs::path(folder) / kind.prefix).string(), 0},
                            kind.many ? "no file of this kind (name starts with this)"
                                      : "missing file");
        }
    }
    for (const auto& entry : files) {
        const std::string& name = entry.first;
        const bool known = std::any_of(std::begin(kKinds), std::end(kKinds),
                                       [&](const FileKind& kind) { return matches(kind, name); });
        if (!known) {
            diagnostics.add({(fs::path(folder) / name).string(), 1},
                            "unknown baseline file (see docs/BASELINE.md, Files)");
        }
    }
    return model;
}

} // namespace dpia::baseline

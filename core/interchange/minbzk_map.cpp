#include "core/interchange/minbzk_map.h"

#include <nlohmann/json.hpp>
#include <set>
#include <stdexcept>

namespace dpia::interchange {
namespace {

using nlohmann::json;

std::vector<OptionPair> pairs(const json& value) {
    std::vector<OptionPair> out;
    for (const json& pair : value) {
        out.emplace_back(pair.at(0).get<std::string>(), pair.at(1).get<std::string>());
    }
    return out;
}

/// Flags as [task, option] or [task, [option, ...]].
std::vector<MinbzkFlag> flags(const json& value) {
    std::vector<MinbzkFlag> out;
    for (const json& pair : value) {
        const json& options = pair.at(1);
        out.push_back(MinbzkFlag{pair.at(0).get<std::string>(),
                                 options.is_array() ? options.get<std::vector<std::string>>()
                                                    : std::vector{options.get<std::string>()}});
        if (out.back().options.empty()) {
            throw std::runtime_error("flag " + out.back().task + ": no options");
        }
    }
    return out;
}

MinbzkField field(const json& value) {
    MinbzkField f;
    f.question = value.at("question").get<std::string>();
    f.task = value.value("task", std::string());
    f.list = value.value("list", false);
    f.options = pairs(value.value("options", json::array()));
    f.flags = flags(value.value("flags", json::array()));
    for (const json& c : value.value("columns", json::array())) {
        f.columns.push_back(MinbzkColumn{c.at("task").get<std::string>(),
                                         c.value("column", std::string()), c.value("list", false),
                                         pairs(c.value("options", json::array()))});
    }
    if (f.task.empty() == f.flags.empty()) {
        throw std::runtime_error("field " + f.question + ": either task or flags");
    }
    return f;
}

} // namespace

std::vector<MinbzkForm> parseMinbzkMap(std::string_view text) {
    try {
        const json document = json::parse(text);
        std::vector<MinbzkForm> forms;
        for (const json& form : document.at("forms")) {
            MinbzkForm f{form.at("name").get<std::string>(), form.at("urn").get<std::string>(), {}};
            std::set<std::string> fromFlags;
            std::set<std::string> fromTasks;
            for (const json& value : form.at("fields")) {
                f.fields.push_back(field(value));
                (f.fields.back().flags.empty() ? fromTasks : fromFlags)
                    .insert(f.fields.back().question);
            }
            // The importer gives a question its answer from its flags or from its task;
            // both would make one overwrite the other.
            for (const std::string& question : fromFlags) {
                if (fromTasks.count(question) > 0) {
                    throw std::runtime_error("form " + f.name + ": " + question +
                                             " is read from flags and from a task");
                }
            }
            forms.push_back(std::move(f));
        }
        return forms;
    } catch (const json::exception& e) {
        throw std::runtime_error(std::string("minbzk mapping: ") + e.what());
    }
}

const std::vector<MinbzkForm>& minbzkForms() {
    static const std::vector<MinbzkForm> forms = parseMinbzkMap(embeddedMinbzkMap());
    return forms;
}

const MinbzkForm* minbzkForm(std::string_view urn) {
    for (const MinbzkForm& form : minbzkForms()) {
        if (form.urn == urn) {
            return &form;
        }
    }
    return nullptr;
}

const MinbzkForm* minbzkFormNamed(std::string_view name) {
    for (const MinbzkForm& form : minbzkForms()) {
        if (form.name == name) {
            return &form;
        }
    }
    return nullptr;
}

} // namespace dpia::interchange

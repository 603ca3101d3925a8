#include "core/interchange/minbzk_map.h"

#include <nlohmann/json.hpp>
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

MinbzkField field(const json& value) {
    MinbzkField f;
    f.question = value.at("question").get<std::string>();
    f.task = value.value("task", std::string());
    f.list = value.value("list", false);
    f.options = pairs(value.value("options", json::array()));
    f.flags = pairs(value.value("flags", json::array()));
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
            for (const json& value : form.at("fields")) {
                f.fields.push_back(field(value));
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

#include "core/interchange/minbzk_export.h"

#include "core/interchange/minbzk_flags.h"
#include "core/interchange/minbzk_import.h"
#include "core/interchange/minbzk_values.h"

#include <algorithm>
#include <set>

namespace dpia::interchange {
namespace {

using baseline::QuestionType;
using nlohmann::json;

/// The form's value for an option id: the first pair that names it; without pairs the id
/// itself. nullopt when the option has no counterpart. `complete` turns false when that
/// value also stands for another option (an import would keep it aside, not guess).
std::optional<std::string> formValueFor(const std::vector<OptionPair>& pairs,
                                        const std::string& option, bool& complete) {
    if (pairs.empty()) {
        return option;
    }
    const auto found = std::find_if(pairs.begin(), pairs.end(),
                                    [&](const OptionPair& pair) { return pair.second == option; });
    if (found == pairs.end()) {
        return std::nullopt;
    }
    for (const auto& [form, id] : pairs) {
        if (form == found->first && id != option) {
            complete = false;
        }
    }
    return found->first;
}

/// An answer (or cell) of this application as the form's value; nullopt when it has no
/// counterpart. `complete` turns false when part of a multichoice answer has none.
std::optional<json> toForm(QuestionType type, const std::vector<OptionPair>& pairs, bool list,
                           const json& value, bool& complete) {
    switch (type) {
    case QuestionType::text:
        if (!value.is_string() || value.get_ref<const std::string&>().empty()) {
            return std::nullopt;
        }
        return list ? json(splitList(value.get<std::string>())) : value;
    case QuestionType::yesno:
        return value.is_boolean() ? std::optional<json>(json(formText(value))) : std::nullopt;
    case QuestionType::date:
        return value.is_string() ? std::optional<json>(value) : std::nullopt;
    case QuestionType::choice: {
        const auto form = value.is_string()
                              ? formValueFor(pairs, value.get<std::string>(), complete)
                              : std::nullopt;
        if (!form) {
            return std::nullopt;
        }
        return list ? json(json::array({*form})) : json(*form);
    }
    case QuestionType::multichoice: {
        if (!value.is_array()) {
            return std::nullopt;
        }
        json out = json::array();
        for (const json& option : value) {
            const auto form = formValueFor(pairs, option.get<std::string>(), complete);
            if (!form) {
                complete = false;
            } else if (std::find(out.begin(), out.end(), *form) == out.end()) {
                out.push_back(*form);
            }
        }
        return out.empty() ? std::nullopt : std::optional<json>(out);
    }
    case QuestionType::number:
    case QuestionType::table:
        break;
    }
    return std::nullopt;
}

class Writer {
public:
    Writer(const storage::Assessment& assessment, const baseline::Baseline& baseline,
           std::string edited)
        : assessment_(assessment), baseline_(baseline), edited_(std::move(edited)) {}

    json answer(json value) const {
        return {{"value", std::move(value)}, {"lastEditedAt", edited_}};
    }

    /// Writes the field's answer into `answers`; false when it has no counterpart at all.
    bool write(const MinbzkField& field, json& answers, bool& complete) const {
        const baseline::Question* q = baseline_.question(field.question);
        const auto found = assessment_.answers.find(field.question);
        if (q == nullptr || found == assessment_.answers.end() || found->second.is_null()) {
            return true; // nothing to write
        }
        const json& value = found->second;
        if (!field.flags.empty()) {
            if (!value.is_array()) {
                return false;
            }
            std::vector<FlagAnswer> written;
            for (const MinbzkFlag& flag : field.flags) {
                written.push_back(FlagAnswer{&flag, flagHolds(value, flag)});
                answers[flag.task] = answer(written.back().yes ? "true" : "false");
            }
            // Carried over only when the form's tasks give this answer back ("special
            // categories: yes" does not say which).
            const auto back = answerFromFlags(*q, written);
            const auto asSet = [](const json& list) {
                return std::set<std::string>(list.begin(), list.end());
            };
            if (!back || asSet(*back) != asSet(value)) {
                complete = false;
            }
            return true;
        }
        if (field.columns.empty()) {
            auto converted = toForm(q->type, field.options, field.list, value, complete);
            if (converted) {
                answers[field.task] = answer(std::move(*converted));
            }
            return converted.has_value();
        }
        if (q->type == QuestionType::text) {
            if (!value.is_string() || value.get_ref<const std::string&>().empty()) {
                return false;
            }
            answers[field.task] =
                json::array({{{"_index", 0}, {field.columns.front().task, answer(value)}}});
            return true;
        }
        return writeRows(*q, field, value, answers, complete);
    }

private:
    bool writeRows(const baseline::Question& q, const MinbzkField& field, const json& rows,
                   json& answers, bool& complete) const {
        if (!rows.is_array()) {
            return false;
        }
        json elements = json::array();
        for (const json& row : rows) {
            json element = {{"_index", elements.size()}};
            for (const auto& [columnId, cell] : row.items()) {
                const auto column = std::find_if(
                    field.columns.begin(), field.columns.end(),
                    [&name = columnId](const MinbzkColumn& c) { return c.column == name; });
                const auto type = std::find_if(
                    q.columns.begin(), q.columns.end(),
                    [&name = columnId](const baseline::Column& c) { return c.id == name; });
                if (cell.is_null() || (cell.is_string() && cell.get<std::string>().empty())) {
                    continue;
                }
                auto converted =
                    column == field.columns.end() || type == q.columns.end()
                        ? std::nullopt
                        : toForm(type->type, column->options, column->list, cell, complete);
                if (!converted) {
                    complete = false;
                    continue;
                }
                element[column->task] = answer(std::move(*converted));
            }
            if (element.size() > 1) {
                elements.push_back(std::move(element));
            }
        }
        if (elements.empty()) {
            return false;
        }
        answers[field.task] = std::move(elements);
        return true;
    }

    const storage::Assessment& assessment_;
    const baseline::Baseline& baseline_;
    std::string edited_;
};

} // namespace

MinbzkExport exportMinbzk(const storage::Assessment& assessment, const baseline::Baseline& baseline,
                          const MinbzkForm& form, const std::string& now) {
    const Writer writer(assessment, baseline,
                        assessment.modified.empty() ? now : assessment.modified);
    MinbzkExport out;
    json answers = json::object();
    for (const MinbzkField& field : form.fields) {
        bool complete = true;
        if (!writer.write(field, answers, complete) || !complete) {
            out.notExported.push_back(field.question);
        }
    }
    // What an import of this form kept aside at the top level goes back where it was.
    for (const storage::ImportedItem& item : assessment.imported) {
        if (item.source == form.urn && isTaskId(item.key) && !answers.contains(item.key)) {
            answers[item.key] =
                item.value.is_array() && !item.value.empty() && item.value.front().is_object()
                    ? item.value
                    : writer.answer(item.value);
        }
    }
    out.document = {{"$schema", kMinbzkSchema},
                    {"metadata", {{"urn", form.urn}, {"createdAt", now}}},
                    {"answers", std::move(answers)}};
    return out;
}

} // namespace dpia::interchange

#include "core/interchange/minbzk_import.h"

#include "core/interchange/minbzk_errors.h"
#include "core/interchange/minbzk_flags.h"
#include "core/interchange/minbzk_map.h"
#include "core/interchange/minbzk_values.h"
#include "core/interchange/pdf_info.h"
#include "core/storage/file_ops.h"
#include "core/storage/json_strict.h"
#include "core/storage/storage_errors.h"

#include <algorithm>
#include <filesystem>
#include <regex>
#include <set>

namespace dpia::interchange {
namespace {

using baseline::QuestionType;
using nlohmann::json;

/// A structural problem of the file: the whole import is refused with this message.
struct Refusal {
    std::string nl;
    std::string en;
};

[[noreturn]] void refuse(const std::string& nl, const std::string& en) {
    throw Refusal{nl, en};
}

const std::set<std::string> kAnswerKeys = {"value", "lastEditedAt", "lastEditedBy"};

/// The value of an answer object {value, lastEditedAt, lastEditedBy}: a string, a list of
/// strings or null (a boolean too, which some writers use for yes/no).
const json& answerValue(const json& answer, const std::string& where) {
    if (!answer.is_object() || !answer.contains("value")) {
        refuse("answers." + where + " is geen antwoord (verwacht {\"value\": ...})",
               "answers." + where + " is not an answer (expected {\"value\": ...})");
    }
    for (const auto& [key, member] : answer.items()) {
        if (kAnswerKeys.count(key) == 0 || (key != "value" && !member.is_string())) {
            refuse("answers." + where + " heeft een onbekend of ongeldig veld \"" + key + "\"",
                   "answers." + where + " has an unknown or invalid field \"" + key + "\"");
        }
    }
    const json& value = answer.at("value");
    const bool list = value.is_array() && std::all_of(value.begin(), value.end(),
                                                      [](const json& v) { return v.is_string(); });
    if (!(value.is_null() || value.is_string() || value.is_boolean() || list)) {
        refuse("answers." + where + ".value is geen tekst, lijst van teksten of null",
               "answers." + where + ".value is not a string, a list of strings or null");
    }
    return value;
}

/// Which option of this application a form value stands for; nullopt when none, or when
/// the mapping pairs it with two different options (ambiguous: kept aside).
std::optional<std::string> optionFor(const std::vector<OptionPair>& pairs,
                                     const std::vector<baseline::Option>& options,
                                     const std::string& value) {
    if (pairs.empty()) {
        const bool known = std::any_of(options.begin(), options.end(),
                                       [&](const baseline::Option& o) { return o.id == value; });
        return known ? std::optional<std::string>(value) : std::nullopt;
    }
    std::optional<std::string> found;
    for (const auto& [form, option] : pairs) {
        if (form == value) {
            if (found && *found != option) {
                return std::nullopt;
            }
            found = option;
        }
    }
    return found;
}

/// Strings of a form value: a list as it is, a string or boolean as a list of one.
std::vector<std::string> strings(const json& value) {
    if (value.is_array()) {
        return value.get<std::vector<std::string>>();
    }
    return {formText(value)};
}

/// A form value as a value of `type`; nullopt when it does not convert. For multichoice
/// the values without a counterpart go to `rest` and the others are converted.
std::optional<json> convert(QuestionType type, const std::vector<baseline::Option>& options,
                            const std::vector<OptionPair>& pairs, const json& value, json& rest) {
    switch (type) {
    case QuestionType::text:
        if (value.is_string()) {
            return value;
        }
        if (value.is_array()) {
            return json(joinList(value.get<std::vector<std::string>>()));
        }
        return std::nullopt;
    case QuestionType::yesno: {
        const std::string text = value.is_array() ? "" : formText(value);
        if (text == "true" || text == "false") {
            return json(text == "true");
        }
        return std::nullopt;
    }
    case QuestionType::date: {
        const std::string text = value.is_string() ? value.get<std::string>() : "";
        // A date, or the date of a timestamp ("2026-03-01T10:00:00Z").
        static const std::regex kDate("[0-9]{4}-[0-9]{2}-[0-9]{2}");
        if (text.size() >= 10 && (text.size() == 10 || text[10] == 'T') &&
            std::regex_match(text.substr(0, 10), kDate)) {
            return json(text.substr(0, 10));
        }
        return std::nullopt;
    }
    case QuestionType::choice: {
        const std::vector<std::string> values = strings(value);
        if (values.size() != 1) {
            return std::nullopt;
        }
        const auto option = optionFor(pairs, options, values.front());
        return option ? std::optional<json>(json(*option)) : std::nullopt;
    }
    case QuestionType::multichoice: {
        json chosen = json::array();
        for (const std::string& item : strings(value)) {
            const auto option = optionFor(pairs, options, item);
            if (!option) {
                rest.push_back(item);
            } else if (std::find(chosen.begin(), chosen.end(), *option) == chosen.end()) {
                chosen.push_back(*option);
            }
        }
        return chosen.empty() ? std::nullopt : std::optional<json>(chosen);
    }
    case QuestionType::number:
    case QuestionType::table:
        break;
    }
    return std::nullopt;
}

class Reader {
public:
    Reader(const MinbzkForm& form, const baseline::Baseline& baseline, MinbzkImport& out)
        : form_(form), baseline_(baseline), out_(out) {}

    void read(const json& answers) {
        std::vector<std::string> keys;
        for (const auto& [key, value] : answers.items()) {
            if (!isAnswerKey(key)) {
                refuse("answers heeft de sleutel \"" + key + "\", die geen taak-id is",
                       "answers has the key \"" + key + "\", which is not a task id");
            }
            keys.push_back(key);
        }
        std::sort(keys.begin(), keys.end(), taskOrder);
        for (const std::string& key : keys) {
            readKey(key, answers.at(key));
        }
        finishFlags();
    }

private:
    void keep(const std::string& key, const json& value) {
        out_.keptAside.push_back(storage::ImportedItem{out_.urn, key, value});
    }

    /// The question of `field` when this baseline asks it with that type, else nullptr.
    const baseline::Question* question(const MinbzkField& field) const {
        return baseline_.question(field.question);
    }

    void readKey(const std::string& key, const json& value) {
        const MinbzkField* field = nullptr;
        const MinbzkField* flags = nullptr;
        const MinbzkFlag* flag = nullptr;
        for (const MinbzkField& f : form_.fields) {
            if (f.task == key) {
                field = &f;
            }
            for (const MinbzkFlag& candidate : f.flags) {
                if (candidate.task == key) {
                    flags = &f;
                    flag = &candidate;
                }
            }
        }
        if (value.is_array()) {
            checkGroup(key, value);
            if (field != nullptr && !field->columns.empty() && question(*field) != nullptr) {
                readGroup(*field, key, value);
            } else {
                keep(key, value);
            }
            return;
        }
        const json& v = answerValue(value, key);
        if (isEmptyValue(v)) {
            ++out_.empty;
            return;
        }
        if (flags != nullptr) {
            const std::string text = v.is_array() ? "" : formText(v);
            if (text == "true" || text == "false") {
                flags_[flags->question].push_back(FlagValue{flag, text == "true", key, v});
                return;
            }
        }
        const baseline::Question* q =
            field != nullptr && field->columns.empty() ? question(*field) : nullptr;
        if (q == nullptr) {
            keep(key, v);
            return;
        }
        json rest = json::array();
        auto converted = convert(q->type, q->options, field->options, v, rest);
        if (!converted || !baseline_.validateAnswer(q->id, *converted)) {
            keep(key, v);
            return;
        }
        if (!rest.empty()) {
            keep(key, rest);
        }
        out_.answers[q->id] = std::move(*converted);
        out_.mapped.push_back(MinbzkMapped{key, q->id});
    }

    /// The shape of a repeatable group: elements {_index, task id: answer}, indexes unique.
    static void checkGroup(const std::string& key, const json& elements) {
        std::set<std::int64_t> seen;
        for (const json& element : elements) {
            if (!element.is_object() || !element.contains("_index") ||
                !element.at("_index").is_number_integer() ||
                element.at("_index").get<std::int64_t>() < 0 ||
                !seen.insert(element.at("_index").get<std::int64_t>()).second) {
                refuse("answers." + key + " heeft een herhaling zonder geldige, unieke _index",
                       "answers." + key + " has a repetition without a valid, unique _index");
            }
            for (const auto& [child, answer] : element.items()) {
                if (child == "_index" || answer.is_number_integer()) {
                    continue;
                }
                if (!isTaskId(child)) {
                    refuse("answers." + key + " heeft de sleutel \"" + child +
                               "\", die geen taak-id is",
                           "answers." + key + " has the key \"" + child +
                               "\", which is not a task id");
                }
                answerValue(answer, key + "." + child);
            }
        }
    }

    void readGroup(const MinbzkField& field, const std::string& key, const json& elements) {
        const baseline::Question* q = question(field);
        json rows = json::array();
        std::vector<MinbzkMapped> mapped;
        std::vector<storage::ImportedItem> kept;
        std::vector<std::string> paragraphs;
        for (const json& element : elements) {
            const std::string index = std::to_string(element.at("_index").get<std::int64_t>());
            json row = json::object();
            for (const auto& [child, answer] : element.items()) {
                if (child == "_index") {
                    continue;
                }
                const std::string where = key + "[" + index + "]." + child;
                const json& v = answer.is_object() ? answer.at("value") : answer;
                if (answer.is_object() && isEmptyValue(v)) {
                    ++out_.empty;
                    continue;
                }
                const auto column =
                    std::find_if(field.columns.begin(), field.columns.end(),
                                 [&name = child](const MinbzkColumn& c) { return c.task == name; });
                if (column == field.columns.end() || !answer.is_object()) {
                    kept.push_back(storage::ImportedItem{out_.urn, where, v});
                    continue;
                }
                if (column->column.empty() && q->type == QuestionType::text && v.is_string()) {
                    paragraphs.push_back(v.get<std::string>());
                    mapped.push_back(MinbzkMapped{where, q->id});
                    continue;
                }
                const auto target =
                    std::find_if(q->columns.begin(), q->columns.end(),
                                 [&](const baseline::Column& c) { return c.id == column->column; });
                json rest = json::array();
                auto cell = target == q->columns.end()
                                ? std::nullopt
                                : convert(target->type, target->options, column->options, v, rest);
                if (!cell) {
                    kept.push_back(storage::ImportedItem{out_.urn, where, v});
                    continue;
                }
                if (!rest.empty()) {
                    kept.push_back(storage::ImportedItem{out_.urn, where, rest});
                }
                row[column->column] = std::move(*cell);
                mapped.push_back(MinbzkMapped{where, q->id + "." + column->column});
            }
            if (!row.empty()) {
                rows.push_back(std::move(row));
            }
        }
        json answer = q->type == QuestionType::text ? json(joinParagraphs(paragraphs)) : rows;
        const bool any = q->type == QuestionType::text ? !paragraphs.empty() : !rows.empty();
        if (any && baseline_.validateAnswer(q->id, answer)) {
            out_.answers[q->id] = std::move(answer);
            out_.mapped.insert(out_.mapped.end(), mapped.begin(), mapped.end());
            out_.keptAside.insert(out_.keptAside.end(), kept.begin(), kept.end());
        } else if (any) {
            keep(key, elements); // does not fit (too many rows, too long): all of it aside
        } else {
            out_.keptAside.insert(out_.keptAside.end(), kept.begin(), kept.end());
        }
    }

    /// One yes/no task of a `flags` field as the file gives it.
    struct FlagValue {
        const MinbzkFlag* flag;
        bool yes;
        std::string key;
        json value;
    };

    /// The yes/no tasks of a question's `flags`, together one multichoice answer when they
    /// determine one (minbzk_flags.h), else all kept aside. The mapping reads a question
    /// from flags or from one task, never both (minbzk_map.cpp checks it).
    void finishFlags() {
        for (auto& [questionId, values] : flags_) {
            const baseline::Question* q = baseline_.question(questionId);
            std::vector<FlagAnswer> answers;
            for (const FlagValue& value : values) {
                answers.push_back(FlagAnswer{value.flag, value.yes});
            }
            auto answer = q != nullptr ? answerFromFlags(*q, answers) : std::nullopt;
            if (answer && baseline_.validateAnswer(questionId, *answer)) {
                out_.answers[questionId] = std::move(*answer);
                for (const FlagValue& value : values) {
                    out_.mapped.push_back(MinbzkMapped{value.key, questionId});
                }
            } else {
                for (const FlagValue& value : values) {
                    keep(value.key, value.value);
                }
            }
        }
    }

    const MinbzkForm& form_;
    const baseline::Baseline& baseline_;
    MinbzkImport& out_;
    std::map<std::string, std::vector<FlagValue>> flags_;
};

/// The version in a `$schema` URL "...assessment-output.vN.schema.json", or 0.
int schemaVersion(const std::string& url) {
    std::smatch match;
    static const std::regex pattern(R"(assessment-output\.v([0-9]{1,6})\.schema\.json$)");
    return std::regex_search(url, match, pattern) ? std::stoi(match[1]) : 0;
}

Error newer(const std::string& what) {
    return Error{ErrorCode::newerVersion,
                 {"Dit bestand komt uit een nieuwere versie van het Model DPIA-formulier (" + what +
                      "). Deze versie van DPIA Assistent kan het niet lezen; er is niets "
                      "aangemaakt.",
                  "This file comes from a newer version of the Model DPIA form (" + what +
                      "). This version of DPIA Assistent cannot read it; nothing was created."},
                 "minbzk " + what};
}

/// Checks the top of the file and returns the form it is an answer set of.
const MinbzkForm& formOf(const json& top) {
    if (!top.is_object()) {
        refuse("het bestand is geen JSON-object", "the file is not a JSON object");
    }
    if (top.contains("$schema")) {
        const json& schema = top.at("$schema");
        const int version = schema.is_string() ? schemaVersion(schema.get<std::string>()) : 0;
        if (version > 2) {
            throw newer("assessment-output v" + std::to_string(version));
        }
        if (version != 2) {
            refuse("$schema is niet assessment-output v2", "$schema is not assessment-output v2");
        }
    }
    if (!top.contains("metadata") || !top.at("metadata").is_object() ||
        !top.at("metadata").contains("urn") || !top.at("metadata").at("urn").is_string()) {
        refuse("metadata.urn ontbreekt; dit is geen bestand van het Model DPIA-formulier",
               "metadata.urn is missing; this is not a file of the Model DPIA form");
    }
    if (!top.contains("answers") || !top.at("answers").is_object()) {
        refuse("answers ontbreekt of is geen object", "answers is missing or not an object");
    }
    const std::string urn = top.at("metadata").at("urn").get<std::string>();
    if (const MinbzkForm* form = minbzkForm(urn)) {
        return *form;
    }
    // The same form in a later version: name it so the user knows to update.
    std::smatch match;
    static const std::regex pattern(R"(^urn:nl:([a-z]+):([0-9]{1,6})\.([0-9]{1,6})$)");
    if (std::regex_match(urn, match, pattern)) {
        for (const MinbzkForm& form : minbzkForms()) {
            std::smatch known;
            std::regex_match(form.urn, known, pattern);
            if (known[1] == match[1] && std::stoi(match[2]) > std::stoi(known[2])) {
                throw newer(urn);
            }
        }
    }
    refuse("metadata.urn \"" + urn.substr(0, 80) +
               "\" is geen formulier dat dit programma kent (urn:nl:dpia:3.0 of "
               "urn:nl:prescan:2.0)",
           "metadata.urn \"" + urn.substr(0, 80) +
               "\" is not a form this program knows (urn:nl:dpia:3.0 or urn:nl:prescan:2.0)");
}

} // namespace

Result<MinbzkImport> readMinbzk(std::string_view text, const baseline::Baseline& baseline) {
    storage::JsonLimits limits;
    limits.maxBytes = kMaxMinbzkBytes;
    limits.maxString = kMaxMinbzkString;
    limits.maxDepth = kMaxMinbzkDepth;
    auto parsed = storage::parseStrictJson(text, limits, notAFormFile);
    if (!parsed) {
        return parsed.error();
    }
    MinbzkImport out;
    try {
        const MinbzkForm& form = formOf(*parsed);
        out.urn = form.urn;
        // Everything around the answers that is not the format's own frame is kept too.
        for (const auto& [key, value] : parsed->at("metadata").items()) {
            if (key != "urn") {
                out.keptAside.push_back(storage::ImportedItem{out.urn, "metadata." + key, value});
            }
        }
        for (const auto& [key, value] : parsed->items()) {
            if (key != "$schema" && key != "metadata" && key != "answers") {
                out.keptAside.push_back(storage::ImportedItem{out.urn, key, value});
            }
        }
        Reader(form, baseline, out).read(parsed->at("answers"));
    } catch (const Refusal& refusal) {
        return notAFormFile(refusal.nl, refusal.en);
    } catch (const Error& error) {
        return error;
    }
    return out;
}

Result<MinbzkImport> readMinbzkFile(const std::string& path, const baseline::Baseline& baseline) {
    auto bytes = storage::files::readSmallFile(path, kMaxPdfBytes);
    if (!bytes) {
        // The only invalidJson of reading is the size limit.
        return bytes.error().code == ErrorCode::invalidJson
                   ? notAFormFile("het bestand is groter dan 64 MiB",
                                  "the file is larger than 64 MiB")
                   : bytes.error();
    }
    if (!looksLikePdf(*bytes)) {
        return readMinbzk(*bytes, baseline);
    }
    auto embedded = pdfInfoString(*bytes, "AssessmentData", path);
    if (!embedded) {
        return embedded.error();
    }
    return readMinbzk(*embedded, baseline);
}

Result<MinbzkDocument> makeFromMinbzk(const std::string& formPath, const std::string& targetPath,
                                      std::shared_ptr<const baseline::Baseline> baseline) {
    // Refused before reading: an existing file is never replaced.
    if (storage::files::exists(targetPath)) {
        return storage::errors::alreadyExists(targetPath);
    }
    auto imported = readMinbzkFile(formPath, *baseline);
    if (!imported) {
        return imported.error();
    }
    storage::Assessment content;
    content.metadata.title = std::filesystem::path(formPath).stem().string();
    content.answers = imported->answers;
    content.imported = imported->keptAside;
    auto made = storage::AssessmentService::createFromContent(targetPath, std::move(baseline),
                                                              std::move(content));
    if (!made) {
        return made.error();
    }
    return MinbzkDocument{std::move(made).value(), std::move(imported).value()};
}

} // namespace dpia::interchange

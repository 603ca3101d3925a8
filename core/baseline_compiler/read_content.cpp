// Readers for the content files: questions, requirements, safeguards and risks.
#include "core/baseline_compiler/kind_readers.h"

#include <algorithm>
#include <array>
#include <set>
#include <utility>

namespace dpia::baseline::detail {
namespace {

QuestionType questionType(YamlReader& reader, const YAML::Node& node, const std::string& name,
                          bool allowTable) {
    const std::optional<QuestionType> type = rules::parseAnswerKind(name);
    if (type && (allowTable || *type != QuestionType::table)) {
        return *type;
    }
    reader.error(node, "unknown type '" + name + "' (" +
                           (allowTable ? "yesno, choice, multichoice, text, number, date, table"
                                       : "yesno, choice, text, number, date") +
                           ")");
    return QuestionType::text;
}

std::vector<Option> readOptions(YamlReader& reader, const YAML::Node& owner,
                                const std::string& of) {
    std::vector<Option> options;
    std::set<std::string> seen;
    for (const auto& node : reader.sequence(owner, "options")) {
        reader.allowOnly(node, {"id", "label"});
        Option option{reader.text(node, "id"), reader.local(node, "label")};
        checkIdForm(reader, node, option.id, "[a-z0-9][a-z0-9_-]*", "option", "bijzonder");
        if (!seen.insert(option.id).second) {
            reader.error(node, "option '" + option.id + "' appears twice in " + of);
        }
        options.push_back(std::move(option));
    }
    if (options.size() < 2) {
        reader.error(owner, of + " needs at least two options");
    }
    return options;
}

std::vector<Column> readColumns(YamlReader& reader, const YAML::Node& owner,
                                const std::string& of) {
    std::vector<Column> columns;
    std::set<std::string> seen;
    for (const auto& node : reader.sequence(owner, "columns")) {
        reader.allowOnly(node, {"id", "type", "label", "options"});
        Column column;
        column.id = reader.text(node, "id");
        checkIdForm(reader, node, column.id, "[a-z][a-z0-9_]*", "column",
                    "type (rules name columns)");
        column.type = questionType(reader, node, reader.text(node, "type"), false);
        column.label = reader.local(node, "label");
        if (column.type == QuestionType::choice) {
            column.options = readOptions(reader, node, "column " + column.id + " of " + of);
        } else if (node["options"]) {
            reader.error(node["options"], "only choice columns have options");
        }
        if (!seen.insert(column.id).second) {
            reader.error(node, "column '" + column.id + "' appears twice in " + of);
        }
        columns.push_back(std::move(column));
    }
    if (columns.empty()) {
        reader.error(owner, of + " is a table and needs columns");
    }
    return columns;
}

/// `replaces`: questions of earlier versions that asked the same fact. Each old id stays
/// taken (defined here, so a new item cannot reuse it); its options must map onto options of
/// this question. The validator checks the section.
std::vector<ReplacedQuestion> readReplaces(YamlReader& reader, SourceModel& model,
                                           const YAML::Node& owner, const Question& question) {
    std::vector<ReplacedQuestion> out;
    if (!owner["replaces"]) {
        return out;
    }
    const bool choices =
        question.type == QuestionType::choice || question.type == QuestionType::multichoice;
    for (const auto& node : reader.sequence(owner, "replaces")) {
        reader.allowOnly(node, {"question", "section", "options", "wins", "as"});
        ReplacedQuestion old;
        old.question = reader.text(node, "question");
        checkIdForm(reader, node, old.question, "[a-z][a-z0-9_]*", "question", "a4_cloud_model");
        old.section = reader.text(node, "section");
        old.wins = reader.boolean(node, "wins", false);
        // A yes/no question asked again in another shape: `as` gives its answer from this
        // baseline's answers, and `options` keys are that old answer ("true", "false").
        if (auto rule = reader.rule(node, "as", false)) {
            old.as = *rule;
            model.rules.push_back({*rule, reader.at(node["as"]), question.id});
            if (old.wins) {
                reader.error(node["wins"], "a question replaced 'as' a rule cannot win: only " +
                                               question.id + " can be answered");
            }
        }
        if (const YAML::Node options = node["options"]) {
            if (!choices || !options.IsMap()) {
                reader.error(options, "options of a replaced question map old option ids to "
                                      "options of " +
                                          question.id + " (choice and multichoice only)");
            } else {
                for (const auto& pair : options) {
                    const std::string from = pair.first.as<std::string>();
                    const std::string to = pair.second.as<std::string>();
                    if (old.as && from != "true" && from != "false") {
                        reader.error(pair.first, "options of a question replaced 'as' a rule "
                                                 "map its answer true or false");
                    }
                    const bool known =
                        std::any_of(question.options.begin(), question.options.end(),
                                    [&](const Option& option) { return option.id == to; });
                    if (!known) {
                        reader.error(pair.second,
                                     "'" + to + "' is not an option of " + question.id);
                    }
                    old.options.emplace(from, to);
                }
            }
        }
        defineId(model, old.question, reader.at(node));
        out.push_back(std::move(old));
    }
    return out;
}

} // namespace

void readQuestions(YamlReader& reader, SourceModel& model) {
    const YAML::Node& root = reader.root();
    reader.allowOnly(root, {"questions"});
    for (const auto& node : reader.sequence(root, "questions")) {
        reader.allowOnly(node, {"id", "section", "type", "required", "text", "guidance", "ref",
                                "options", "columns", "min", "max", "visible_if", "replaces"});
        Question question;
        question.id = reader.text(node, "id");
        checkIdForm(reader, node, question.id, "[a-z][a-z0-9_]*", "question", "a2_data_items");
        question.section = reader.text(node, "section");
        question.type = questionType(reader, node, reader.text(node, "type"), true);
        question.required = reader.boolean(node, "required", false);
        question.text = reader.local(node, "text");
        question.guidance = reader.local(node, "guidance");
        question.ref = reader.localOrPlain(node, "ref");
        const std::string of = "question " + question.id;
        if (question.type == QuestionType::choice || question.type == QuestionType::multichoice) {
            question.options = readOptions(reader, node, of);
        } else if (node["options"]) {
            reader.error(node["options"], "only choice and multichoice questions have options");
        }
        if (question.type == QuestionType::table) {
            question.columns = readColumns(reader, node, of);
        } else if (node["columns"]) {
            reader.error(node["columns"], "only table questions have columns");
        }
        if (question.type == QuestionType::number) {
            question.min = reader.number(node, "min");
            question.max = reader.number(node, "max");
            if (question.min && question.max && *question.min > *question.max) {
                reader.error(node, "min is larger than max");
            }
        } else if (node["min"] || node["max"]) {
            reader.error(node, "only number questions have min and max");
        }
        if (auto rule = reader.rule(node, "visible_if", false)) {
            question.visibleIf = *rule;
            model.rules.push_back({*rule, reader.at(node["visible_if"]), question.id});
        }
        question.replaces = readReplaces(reader, model, node, question);
        defineId(model, question.id, reader.at(node));
        model.questions.push_back(std::move(question));
    }
}

void readRequirements(YamlReader& reader, SourceModel& model) {
    const YAML::Node& root = reader.root();
    reader.allowOnly(root, {"requirements"});
    for (const auto& node : reader.sequence(root, "requirements")) {
        reader.allowOnly(node, {"id", "framework", "ref", "bio104", "bbn", "title", "text"});
        Requirement requirement;
        requirement.id = reader.text(node, "id");
        const std::string framework = reader.text(node, "framework");
        if (framework == "AVG") {
            requirement.framework = Framework::avg;
            checkIdForm(reader, node, requirement.id, "AVG-[0-9]+[a-z]?", "AVG requirement",
                        "AVG-35");
        } else if (framework == "UAVG") {
            requirement.framework = Framework::uavg;
            checkIdForm(reader, node, requirement.id, "UAVG-[0-9]+[a-z]?", "UAVG requirement",
                        "UAVG-46");
        } else if (framework == "BIO") {
            requirement.framework = Framework::bio;
            checkIdForm(reader, node, requirement.id, "BIO-[5-8]\\.[0-9]+", "BIO requirement",
                        "BIO-5.23");
            requirement.bio104 = reader.text(node, "bio104");
            requirement.bbn = reader.integer(node, "bbn", 1, 3, 1);
        } else {
            reader.error(node, "framework must be AVG, UAVG or BIO, not '" + framework + "'");
        }
        if (requirement.framework != Framework::bio && (node["bio104"] || node["bbn"])) {
            reader.error(node, "only BIO requirements have bio104 and bbn");
        }
        requirement.ref = reader.localOrPlain(node, "ref");
        requirement.title = reader.local(node, "title");
        requirement.text = reader.local(node, "text");
        defineId(model, requirement.id, reader.at(node));
        model.requirements.push_back(std::move(requirement));
    }
}

/// An answer value as YAML writes it: true/false for a yes/no question, else an option id.
nlohmann::json answerValue(const YAML::Node& node) {
    const std::string value = node.as<std::string>("");
    if (value == "true" || value == "false") {
        return value == "true";
    }
    return value;
}

void readFact(YamlReader& reader, const YAML::Node& node, Safeguard& safeguard,
              SourceModel& model) {
    const YAML::Node fact = node["answered_by"];
    if (!fact) {
        return;
    }
    reader.allowOnly(fact, {"question", "implemented_when", "implemented", "not_implemented"});
    SafeguardFact result;
    result.question = reader.text(fact, "question");
    if (auto rule = reader.rule(fact, "implemented_when")) {
        result.implementedWhen = *rule;
        model.rules.push_back({*rule, reader.at(fact["implemented_when"]), safeguard.id});
    }
    if (!fact["implemented"] || !fact["not_implemented"] || !fact["implemented"].IsScalar() ||
        !fact["not_implemented"].IsScalar()) {
        reader.error(fact, "answered_by needs the answers 'implemented' and 'not_implemented'");
    } else {
        result.implementedAnswer = answerValue(fact["implemented"]);
        result.notImplementedAnswer = answerValue(fact["not_implemented"]);
    }
    safeguard.fact = std::move(result);
}

void readSafeguards(YamlReader& reader, SourceModel& model) {
    const YAML::Node& root = reader.root();
    reader.allowOnly(root, {"safeguards"});
    for (const auto& node : reader.sequence(root, "safeguards")) {
        reader.allowOnly(node, {"id", "kind", "licence", "title", "description", "evidence",
                                "meets", "answered_by", "available_when", "needs"});
        Safeguard safeguard;
        safeguard.id = reader.text(node, "id");
        checkIdForm(reader, node, safeguard.id, "sg-[a-z0-9-]+", "safeguard",
                    "sg-customer-lockbox");
        const std::string kind = reader.text(node, "kind");
        if (kind == "technical") {
            safeguard.kind = SafeguardKind::technical;
        } else if (kind == "contractual") {
            safeguard.kind = SafeguardKind::contractual;
        } else if (kind == "organisational") {
            safeguard.kind = SafeguardKind::organisational;
        } else {
            reader.error(node, "kind must be technical, contractual or organisational");
        }
        const std::string licence = reader.text(node, "licence", false);
        if (licence == "e3") {
            safeguard.licence = Licence::e3;
        } else if (licence == "e5") {
            safeguard.licence = Licence::e5;
        } else if (!licence.empty() && licence != "none") {
            reader.error(node["licence"], "licence must be e3, e5 or none");
        }
        if (safeguard.kind != SafeguardKind::technical && safeguard.licence != Licence::none) {
            reader.error(node["licence"], "only technical safeguards need a licence");
        }
        safeguard.title = reader.local(node, "title");
        safeguard.description = reader.local(node, "description");
        safeguard.evidence = reader.local(node, "evidence");
        safeguard.meets = reader.strings(node, "meets");
        readFact(reader, node, safeguard, model);
        if (node["available_when"] || node["needs"]) {
            Availability availability;
            if (auto rule = reader.rule(node, "available_when")) {
                availability.when = *rule;
                model.rules.push_back({*rule, reader.at(node["available_when"]), safeguard.id});
            }
            availability.needs = reader.local(node, "needs");
            safeguard.availability = std::move(availability);
        }
        defineId(model, safeguard.id, reader.at(node));
        model.safeguards.push_back(std::move(safeguard));
    }
}

/// Whose risk it is, when it applies, why it starts where it does and what it does not drop
/// below (docs/BASELINE.md, "Risks").
void readScope(YamlReader& reader, const YAML::Node& node, Risk& risk, SourceModel& model) {
    const std::string concerns = reader.text(node, "concerns", false);
    if (concerns == "organisation") {
        risk.concern = Concern::organisation;
    } else if (!concerns.empty() && concerns != "data-subjects") {
        reader.error(node["concerns"], "concerns must be data-subjects or organisation");
    }
    if (node["applies_when"]) {
        risk.appliesWhen = reader.rule(node, "applies_when");
        if (risk.appliesWhen) {
            model.rules.push_back({*risk.appliesWhen, reader.at(node["applies_when"]), risk.id});
        }
        risk.notApplicable = reader.local(node, "not_applicable");
    } else if (node["not_applicable"]) {
        reader.error(node["not_applicable"], "not_applicable needs an applies_when rule");
    }
    if (node["base_reason"]) {
        risk.baseReason = reader.local(node, "base_reason");
    }
    for (const auto& entry : reader.sequence(node, "floors", false)) {
        reader.allowOnly(entry, {"when", "lifted_by", "likelihood", "impact", "reason"});
        Floor floor;
        if (entry["when"]) {
            floor.when = reader.rule(entry, "when");
            if (floor.when) {
                model.rules.push_back({*floor.when, reader.at(entry["when"]), risk.id});
            }
        }
        if (entry["lifted_by"]) {
            floor.liftedBy = reader.strings(entry, "lifted_by");
        }
        floor.likelihood = reader.integer(entry, "likelihood", 1, Matrix::kSize, 1);
        floor.impact = reader.integer(entry, "impact", 1, Matrix::kSize, 1);
        floor.reason = reader.local(entry, "reason");
        risk.floors.push_back(std::move(floor));
    }
}

void readRisks(YamlReader& reader, SourceModel& model) {
    const YAML::Node& root = reader.root();
    reader.allowOnly(root, {"risks"});
    for (const auto& node : reader.sequence(root, "risks")) {
        reader.allowOnly(node, {"id", "title", "description", "rights", "likelihood", "impact",
                                "drivers", "mitigations", "floor", "requirements", "concerns",
                                "applies_when", "not_applicable", "base_reason", "floors"});
        Risk risk;
        risk.id = reader.text(node, "id");
        checkIdForm(reader, node, risk.id, "r-[a-z0-9-]+", "risk", "r-us-jurisdiction");
        risk.title = reader.local(node, "title");
        risk.description = reader.local(node, "description");
        risk.rights = reader.local(node, "rights");
        risk.likelihood = reader.integer(node, "likelihood", 1, Matrix::kSize, 1);
        risk.impact = reader.integer(node, "impact", 1, Matrix::kSize, 1);
        for (const auto& entry : reader.sequence(node, "drivers")) {
            reader.allowOnly(entry, {"when", "likelihood", "impact", "reason"});
            Driver driver;
            if (auto rule = reader.rule(entry, "when")) {
                driver.when = *rule;
                model.rules.push_back({*rule, reader.at(entry["when"]), risk.id});
            }
            driver.likelihood = reader.integer(entry, "likelihood", 0, 3, 0, false);
            driver.impact = reader.integer(entry, "impact", 0, 3, 0, false);
            if (driver.likelihood == 0 && driver.impact == 0) {
                reader.error(entry, "a driver must raise likelihood or impact (1 to 3)");
            }
            driver.reason = reader.local(entry, "reason");
            risk.drivers.push_back(std::move(driver));
        }
        for (const auto& entry : reader.sequence(node, "mitigations")) {
            reader.allowOnly(entry, {"safeguard", "likelihood", "impact", "reason", "when"});
            Mitigation mitigation;
            mitigation.safeguard = reader.text(entry, "safeguard");
            mitigation.likelihood = reader.integer(entry, "likelihood", -3, 0, 0, false);
            mitigation.impact = reader.integer(entry, "impact", -3, 0, 0, false);
            if (mitigation.likelihood == 0 && mitigation.impact == 0) {
                reader.error(entry, "a mitigation must lower likelihood or impact (-1 to -3)");
            }
            mitigation.reason = reader.local(entry, "reason");
            if (entry["when"]) {
                mitigation.when = reader.rule(entry, "when");
                if (mitigation.when) {
                    model.rules.push_back({*mitigation.when, reader.at(entry["when"]), risk.id});
                }
            }
            risk.mitigations.push_back(std::move(mitigation));
        }
        if (const YAML::Node floor = node["floor"]) {
            reader.allowOnly(floor, {"likelihood", "impact"});
            risk.floorLikelihood = reader.integer(floor, "likelihood", 1, Matrix::kSize, 1, false);
            risk.floorImpact = reader.integer(floor, "impact", 1, Matrix::kSize, 1, false);
        }
        risk.requirements = reader.strings(node, "requirements");
        readScope(reader, node, risk, model);
        defineId(model, risk.id, reader.at(node));
        model.risks.push_back(std::move(risk));
    }
}

} // namespace dpia::baseline::detail

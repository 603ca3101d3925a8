// Readers for the structural files: baseline.yaml, sections.yaml, criteria.yaml, matrix.yaml.
#include "core/baseline/roles.h"
#include "core/baseline_compiler/kind_readers.h"

#include <regex>

namespace dpia::baseline::detail {

namespace {

/// The `roles:` block: each key one of kRoleSpecs, each value an id (checked by the
/// validator against the questions once every file is read).
void readRoles(YamlReader& reader, SourceModel& model) {
    const YAML::Node& root = reader.root();
    if (root["bbn_question"]) {
        reader.error(root["bbn_question"], "bbn_question now stands under 'roles:'");
    }
    const YAML::Node roles = root["roles"];
    if (!roles) {
        return;
    }
    if (!roles.IsMap()) {
        reader.error(roles, "'roles' must map each role to a question or option id");
        return;
    }
    for (const auto& entry : roles) {
        const std::string key = entry.first.as<std::string>("");
        const RoleSpec* role = roleSpec(key);
        if (role == nullptr) {
            reader.error(entry.first, "unknown role '" + key + "'");
            continue;
        }
        model.roleAt[key] = reader.at(entry.first);
        model.info.roles.*role->member = reader.text(roles, role->key);
    }
}

} // namespace

void readInfo(YamlReader& reader, SourceModel& model) {
    const YAML::Node& root = reader.root();
    model.infoAt = reader.at(root);
    reader.allowOnly(root,
                     {"id", "version", "title", "languages", "changelog", "roles", "bbn_question"});
    readRoles(reader, model);
    model.info.id = reader.text(root, "id");
    checkIdForm(reader, root["id"], model.info.id, "[a-z][a-z0-9-]*", "baseline",
                "nl-gemeente-m365");
    model.info.version = reader.text(root, "version");
    model.info.title = reader.local(root, "title");
    const auto languages = reader.strings(root, "languages");
    if (languages != std::vector<std::string>{"nl", "en"}) {
        reader.error(root, "languages must be [nl, en]");
    }
    for (const auto& change : reader.sequence(root, "changelog")) {
        reader.allowOnly(change, {"version", "date", "changes"});
        model.info.changelog.push_back({reader.text(change, "version"), reader.text(change, "date"),
                                        reader.local(change, "changes")});
    }
    if (model.info.changelog.empty()) {
        reader.error(root, "the changelog needs an entry for the current version");
    } else if (model.info.changelog.front().version != model.info.version) {
        reader.error(root["changelog"],
                     "the first changelog entry must describe version " + model.info.version);
    }
}

void readSections(YamlReader& reader, SourceModel& model) {
    const YAML::Node& root = reader.root();
    reader.allowOnly(root, {"parts", "sections"});
    for (const auto& node : reader.sequence(root, "parts")) {
        reader.allowOnly(node, {"id", "title"});
        Part part{reader.text(node, "id"), reader.local(node, "title")};
        checkIdForm(reader, node, part.id, "part-[a-z0-9-]+", "part", "part-a");
        defineId(model, part.id, reader.at(node));
        model.parts.push_back(std::move(part));
    }
    for (const auto& node : reader.sequence(root, "sections")) {
        reader.allowOnly(node, {"id", "part", "title"});
        Section section{reader.text(node, "id"), reader.text(node, "part"),
                        reader.local(node, "title")};
        checkIdForm(reader, node, section.id, "[a-z][a-z0-9-]*", "section", "a2 or m365-tenant");
        defineId(model, section.id, reader.at(node));
        model.sections.push_back(std::move(section));
    }
}

namespace {

CriterionFramework criterionFramework(YamlReader& reader, const YAML::Node& node,
                                      const std::string& value) {
    if (value == "wp248") {
        return CriterionFramework::wp248;
    }
    if (value == "ap") {
        return CriterionFramework::ap;
    }
    if (value != "art35-3") {
        reader.error(node, "framework must be wp248, ap or art35-3, not '" + value + "'");
    }
    return CriterionFramework::art35_3;
}

} // namespace

void readCriteria(YamlReader& reader, SourceModel& model) {
    const YAML::Node& root = reader.root();
    reader.allowOnly(root, {"criteria", "verdict", "hints", "prescan_score"});
    model.criteriaAt = reader.at(root);
    for (const auto& node : reader.sequence(root, "criteria")) {
        reader.allowOnly(node, {"id", "framework", "number", "title", "description", "when"});
        Criterion criterion;
        criterion.id = reader.text(node, "id");
        checkIdForm(reader, node, criterion.id, "(wp248-[1-9]|ap-[0-9]{2}|art35-3[abc])",
                    "criterion", "wp248-4, ap-07 or art35-3b");
        criterion.framework = criterionFramework(reader, node, reader.text(node, "framework"));
        criterion.number = reader.text(node, "number");
        criterion.title = reader.local(node, "title");
        criterion.description = reader.local(node, "description");
        if (auto rule = reader.rule(node, "when")) {
            criterion.when = *rule;
            model.rules.push_back({*rule, reader.at(node["when"]), criterion.id});
        }
        defineId(model, criterion.id, reader.at(node));
        model.criteria.push_back(std::move(criterion));
    }

    const YAML::Node verdict = root["verdict"];
    if (!verdict || !verdict.IsMap()) {
        reader.error(root, "missing 'verdict' with 'required' and 'recommended'");
    } else {
        reader.allowOnly(verdict, {"required", "recommended"});
        const YAML::Node required = verdict["required"];
        const YAML::Node recommended = verdict["recommended"];
        if (!required || !recommended) {
            reader.error(verdict, "verdict needs both 'required' and 'recommended'");
        } else {
            reader.allowOnly(required, {"ap", "wp248", "art35-3", "or_when", "score_above"});
            if (required["score_above"]) {
                model.verdict.requiredScoreAbove =
                    reader.integer(required, "score_above", 0, 100, 4);
            }
            reader.allowOnly(recommended, {"wp248"});
            model.verdict.requiredAp = reader.integer(required, "ap", 1, 17, 1);
            model.verdict.requiredWp248 = reader.integer(required, "wp248", 1, 9, 2);
            model.verdict.requiredArt35 = reader.integer(required, "art35-3", 1, 3, 1);
            if (auto rule = reader.rule(required, "or_when", false)) {
                model.verdict.requiredWhen = *rule;
                model.rules.push_back({*rule, reader.at(required["or_when"]), "verdict"});
            }
            model.verdict.recommendedWp248 = reader.integer(recommended, "wp248", 1, 9, 1);
        }
    }

    for (const auto& node : reader.sequence(root, "prescan_score", false)) {
        reader.allowOnly(node, {"when", "points", "reason"});
        ScorePoint point;
        if (auto rule = reader.rule(node, "when")) {
            point.when = *rule;
            model.rules.push_back({*rule, reader.at(node["when"]), "prescan_score"});
        }
        point.points = reader.integer(node, "points", 1, 10, 1);
        point.reason = reader.local(node, "reason");
        model.prescanScore.push_back(std::move(point));
    }
    if (model.verdict.requiredScoreAbove && model.prescanScore.empty()) {
        reader.error(root, "verdict.required.score_above needs a prescan_score list");
    }

    for (const auto& node : reader.sequence(root, "hints")) {
        reader.allowOnly(node, {"id", "title", "text", "when"});
        Hint hint;
        hint.id = reader.text(node, "id");
        checkIdForm(reader, node, hint.id, "hint-[a-z0-9-]+", "hint", "hint-dtia");
        hint.title = reader.local(node, "title");
        hint.text = reader.local(node, "text");
        if (auto rule = reader.rule(node, "when")) {
            hint.when = *rule;
            model.rules.push_back({*rule, reader.at(node["when"]), hint.id});
        }
        defineId(model, hint.id, reader.at(node));
        model.hints.push_back(std::move(hint));
    }
}

void readMatrix(YamlReader& reader, SourceModel& model) {
    const YAML::Node& root = reader.root();
    reader.allowOnly(root, {"likelihood", "impact", "levels", "grid", "prior_consultation_from"});
    Matrix& matrix = model.matrix;
    model.matrixAt = reader.at(root);
    for (const char* axis : {"likelihood", "impact"}) {
        auto& labels = std::string(axis) == "likelihood" ? matrix.likelihood : matrix.impact;
        const YAML::Node list = reader.sequence(root, axis);
        if (list.size() != Matrix::kSize) {
            reader.error(root[axis] ? root[axis] : root,
                         std::string("'") + axis + "' needs exactly 4 entries (values 1 to 4)");
        }
        int expected = 1;
        for (const auto& entry : list) {
            reader.allowOnly(entry, {"value", "label"});
            const int value = reader.integer(entry, "value", 1, Matrix::kSize, 1);
            if (value != expected) {
                reader.error(entry, "values must run 1, 2, 3, 4 in order");
            }
            labels[static_cast<std::size_t>(value - 1)] = reader.local(entry, "label");
            ++expected;
        }
    }
    int rank = 1;
    for (const auto& entry : reader.sequence(root, "levels")) {
        reader.allowOnly(entry, {"code", "rank", "label", "colour"});
        Level level{reader.text(entry, "code"), reader.integer(entry, "rank", 1, 16, rank),
                    reader.local(entry, "label"), reader.text(entry, "colour")};
        checkIdForm(reader, entry, level.code, "[a-z][a-z0-9-]*", "level", "high");
        if (level.rank != rank) {
            reader.error(entry, "ranks must run 1, 2, 3 ... from the lowest level up");
        }
        if (!std::regex_match(level.colour, std::regex("#[0-9a-fA-F]{6}"))) {
            reader.error(entry, "colour must look like #a1b2c3");
        }
        matrix.levels.push_back(std::move(level));
        ++rank;
    }
    const YAML::Node grid = reader.sequence(root, "grid");
    if (grid.size() != Matrix::kSize) {
        reader.error(root["grid"] ? root["grid"] : root,
                     "grid needs 4 rows (likelihood 1 to 4) of 4 levels (impact 1 to 4)");
    }
    std::size_t row = 0;
    for (const auto& line : grid) {
        if (!line.IsSequence() || line.size() != Matrix::kSize) {
            reader.error(line, "each grid row needs 4 level codes");
        } else if (row < Matrix::kSize) {
            for (std::size_t column = 0; column < Matrix::kSize; ++column) {
                matrix.grid[row][column] = line[column].as<std::string>("");
            }
        }
        ++row;
    }
    matrix.priorConsultationFrom = reader.text(root, "prior_consultation_from");
}

} // namespace dpia::baseline::detail

#include "core/baseline_compiler/validator.h"

#include "core/baseline/roles.h"

#include <set>

namespace dpia::baseline {
namespace {

class Validator {
public:
    Validator(const SourceModel& model, Diagnostics& diagnostics)
        : model_(model), diagnostics_(diagnostics) {}

    void run() {
        uniqueIds();
        structure();
        questionsAndRules();
        roles();
        safeguards();
        risks();
        criteria();
        matrix();
    }

private:
    SourceLocation where(const std::string& id) const {
        const auto found = model_.where.find(id);
        return found != model_.where.end() ? found->second : SourceLocation{};
    }

    void report(const std::string& id, const std::string& message) {
        diagnostics_.add(where(id), message);
    }

    bool has(const std::set<std::string>& ids, const std::string& id) const {
        return ids.count(id) > 0;
    }

    template <typename Items>
    static std::set<std::string> idsOf(const Items& items) {
        std::set<std::string> ids;
        for (const auto& item : items) {
            ids.insert(item.id);
        }
        return ids;
    }

    void uniqueIds() {
        for (auto it = model_.ids.begin(); it != model_.ids.end();) {
            const auto range = model_.ids.equal_range(it->first);
            auto first = range.first;
            for (auto other = std::next(first); other != range.second; ++other) {
                diagnostics_.add(other->second, "id '" + it->first + "' is already used at " +
                                                    first->second.file + ":" +
                                                    std::to_string(first->second.line));
            }
            it = range.second;
        }
    }

    void structure() {
        const auto parts = idsOf(model_.parts);
        std::set<std::string> usedSections;
        for (const Section& section : model_.sections) {
            if (!has(parts, section.part)) {
                report(section.id,
                       "section '" + section.id + "' names unknown part '" + section.part + "'");
            }
        }
        const auto sections = idsOf(model_.sections);
        for (const Question& question : model_.questions) {
            usedSections.insert(question.section);
            if (!has(sections, question.section)) {
                report(question.id, "question '" + question.id + "' names unknown section '" +
                                        question.section + "'");
            }
            for (const ReplacedQuestion& old : question.replaces) {
                if (!has(sections, old.section)) {
                    report(old.question, "replaced question '" + old.question +
                                             "' names unknown section '" + old.section + "'");
                }
            }
        }
        for (const Section& section : model_.sections) {
            if (!has(usedSections, section.id)) {
                report(section.id, "section '" + section.id + "' has no questions");
            }
        }
    }

    void questionsAndRules() {
        std::map<std::string, rules::QuestionShape, std::less<>> shapes;
        for (const Question& question : model_.questions) {
            rules::QuestionShape shape;
            shape.kind = question.type;
            for (const Option& option : question.options) {
                shape.options.push_back(option.id);
            }
            for (const Column& column : question.columns) {
                rules::ColumnShape columnShape{column.id, column.type, {}};
                for (const Option& option : column.options) {
                    columnShape.options.push_back(option.id);
                }
                shape.columns.push_back(std::move(columnShape));
            }
            shapes.emplace(question.id, std::move(shape));
        }
        const rules::ShapeLookup lookup =
            [&shapes](std::string_view id) -> const rules::QuestionShape* {
            const auto found = shapes.find(id);
            return found != shapes.end() ? &found->second : nullptr;
        };
        for (const AuthoredRule& authored : model_.rules) {
            for (const std::string& problem : authored.rule.check(lookup)) {
                diagnostics_.add(authored.at, "rule of '" + authored.owner + "': " + problem);
            }
        }
        for (const Question& question : model_.questions) {
            if (question.visibleIf) {
                for (const std::string& id : question.visibleIf->questionIds()) {
                    if (id == question.id) {
                        report(question.id,
                               "question '" + question.id + "' cannot depend on its own answer");
                    }
                }
            }
        }
    }

    void roles() {
        std::map<std::string, const Question*, std::less<>> questions;
        for (const Question& question : model_.questions) {
            questions.emplace(question.id, &question);
        }
        const QuestionLookup lookup = [&questions](std::string_view id) -> const Question* {
            const auto found = questions.find(id);
            return found != questions.end() ? found->second : nullptr;
        };
        for (const RoleProblem& problem : checkRoles(model_.info.roles, lookup)) {
            const auto at = model_.roleAt.find(problem.role->key);
            diagnostics_.add(at != model_.roleAt.end() ? at->second : model_.infoAt,
                             problem.message);
        }
    }

    const Question* question(const std::string& id) const {
        for (const Question& q : model_.questions) {
            if (q.id == id) {
                return &q;
            }
        }
        return nullptr;
    }

    /// The answer a fact link names must be one the question can hold, and its rule must
    /// say implemented for the one and not for the other; else the page and the score part.
    void fact(const Safeguard& safeguard) {
        const SafeguardFact& fact = *safeguard.fact;
        const Question* asked = question(fact.question);
        if (asked == nullptr) {
            report(safeguard.id, "safeguard '" + safeguard.id +
                                     "' is answered by unknown question '" + fact.question + "'");
            return;
        }
        for (const std::string& id : fact.implementedWhen.questionIds()) {
            if (id != fact.question) {
                report(safeguard.id, "the implemented_when rule of '" + safeguard.id +
                                         "' may only read '" + fact.question + "'");
            }
        }
        const auto holds = [&](const nlohmann::json& value) {
            return fact.implementedWhen.evaluate([&](std::string_view id) -> const nlohmann::json* {
                return id == fact.question ? &value : nullptr;
            });
        };
        const auto fits = [&](const nlohmann::json& value) {
            if (asked->type == QuestionType::yesno) {
                return value.is_boolean();
            }
            if (asked->type == QuestionType::choice && value.is_string()) {
                for (const Option& option : asked->options) {
                    if (option.id == value.get<std::string>()) {
                        return true;
                    }
                }
            }
            return false;
        };
        if (!fits(fact.implementedAnswer) || !fits(fact.notImplementedAnswer)) {
            report(safeguard.id, "safeguard '" + safeguard.id +
                                     "' names an answer that question '" + fact.question +
                                     "' cannot hold");
        } else if (!holds(fact.implementedAnswer) || holds(fact.notImplementedAnswer)) {
            report(safeguard.id,
                   "the implemented_when rule of '" + safeguard.id +
                       "' does not tell its implemented and not_implemented answers apart");
        }
    }

    void safeguards() {
        const auto requirements = idsOf(model_.requirements);
        std::set<std::string> factQuestions;
        for (const Safeguard& safeguard : model_.safeguards) {
            if (safeguard.fact) {
                fact(safeguard);
                if (!factQuestions.insert(safeguard.fact->question).second) {
                    report(safeguard.id, "question '" + safeguard.fact->question +
                                             "' already answers another safeguard");
                }
            }
            if (safeguard.meets.empty()) {
                report(safeguard.id, "safeguard '" + safeguard.id + "' meets no requirement");
            }
            for (const std::string& requirement : safeguard.meets) {
                if (!has(requirements, requirement)) {
                    report(safeguard.id, "safeguard '" + safeguard.id +
                                             "' names unknown requirement '" + requirement + "'");
                }
            }
        }
    }

    void risks() {
        const auto requirements = idsOf(model_.requirements);
        const auto safeguards = idsOf(model_.safeguards);
        for (const Risk& risk : model_.risks) {
            if (risk.drivers.empty()) {
                report(risk.id, "risk '" + risk.id + "' has no driver");
            }
            if (risk.mitigations.empty()) {
                report(risk.id, "risk '" + risk.id + "' has no mitigation");
            }
            if (risk.requirements.empty()) {
                report(risk.id, "risk '" + risk.id + "' touches no requirement");
            }
            std::set<std::string> seen;
            for (const Mitigation& mitigation : risk.mitigations) {
                if (!has(safeguards, mitigation.safeguard)) {
                    report(risk.id, "risk '" + risk.id + "' names unknown safeguard '" +
                                        mitigation.safeguard + "'");
                }
                if (!seen.insert(mitigation.safeguard).second) {
                    report(risk.id, "risk '" + risk.id + "' lists safeguard '" +
                                        mitigation.safeguard + "' twice");
                }
            }
            for (const std::string& requirement : risk.requirements) {
                if (!has(requirements, requirement)) {
                    report(risk.id, "risk '" + risk.id + "' names unknown requirement '" +
                                        requirement + "'");
                }
            }
            if (risk.floorLikelihood > risk.likelihood || risk.floorImpact > risk.impact) {
                report(risk.id, "risk '" + risk.id + "' has a floor above its base score");
            }
            for (const Floor& floor : risk.floors) {
                for (const std::string& id : floor.liftedBy) {
                    if (!has(safeguards, id)) {
                        report(risk.id,
                               "a floor of '" + risk.id + "' names unknown safeguard '" + id + "'");
                    }
                }
            }
            countedOnce(risk);
        }
    }

    /// A safeguard that lowers a risk must not also be the answer that raises it: the same
    /// fact would count twice (FACTS §10 on the EU Data Boundary).
    void countedOnce(const Risk& risk) {
        for (const Mitigation& mitigation : risk.mitigations) {
            for (const Safeguard& safeguard : model_.safeguards) {
                if (safeguard.id != mitigation.safeguard || !safeguard.fact) {
                    continue;
                }
                for (const Driver& driver : risk.drivers) {
                    for (const std::string& id : driver.when.questionIds()) {
                        if (id == safeguard.fact->question) {
                            report(risk.id, "risk '" + risk.id + "' counts '" + id +
                                                "' twice: a driver reads it and safeguard '" +
                                                safeguard.id +
                                                "' (answered by it) lowers the risk");
                        }
                    }
                }
            }
        }
    }

    void criteria() {
        std::map<CriterionFramework, int> counts;
        for (const Criterion& criterion : model_.criteria) {
            ++counts[criterion.framework];
        }
        const SourceLocation& at = model_.criteriaAt;
        if (counts[CriterionFramework::wp248] != 9) {
            diagnostics_.add(at, "WP248 has 9 criteria; found " +
                                     std::to_string(counts[CriterionFramework::wp248]));
        }
        if (counts[CriterionFramework::ap] != 17) {
            diagnostics_.add(at, "the AP list has 17 categories; found " +
                                     std::to_string(counts[CriterionFramework::ap]));
        }
        if (counts[CriterionFramework::art35_3] != 3) {
            diagnostics_.add(at, "GDPR art. 35(3) has 3 cases; found " +
                                     std::to_string(counts[CriterionFramework::art35_3]));
        }
    }

    void matrix() {
        const Matrix& matrix = model_.matrix;
        std::set<std::string> codes;
        for (const Level& level : matrix.levels) {
            codes.insert(level.code);
        }
        const SourceLocation& at = model_.matrixAt;
        if (matrix.levels.size() < 2) {
            diagnostics_.add(at, "the matrix needs at least two levels");
        }
        for (const auto& row : matrix.grid) {
            for (const std::string& code : row) {
                if (!has(codes, code)) {
                    diagnostics_.add(at, "grid names unknown level '" + code + "'");
                }
            }
        }
        if (!has(codes, matrix.priorConsultationFrom)) {
            diagnostics_.add(at, "prior_consultation_from names unknown level '" +
                                     matrix.priorConsultationFrom + "'");
        }
    }

    const SourceModel& model_;
    Diagnostics& diagnostics_;
};

} // namespace

void validate(const SourceModel& model, Diagnostics& diagnostics) {
    Validator(model, diagnostics).run();
}

} // namespace dpia::baseline

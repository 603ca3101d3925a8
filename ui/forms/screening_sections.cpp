#include "ui/forms/screening_sections.h"

#include "core/baseline/baseline.h"
#include "core/scoring/evaluation.h"

namespace dpia::ui {

std::set<std::string> screeningSections(const baseline::Baseline& baseline) {
    std::set<std::string> sections;
    auto addRule = [&](const rules::Rule& rule) {
        for (const std::string& id : rule.questionIds()) {
            if (const baseline::Question* question = baseline.question(id)) {
                sections.insert(question->section);
            }
        }
    };
    for (const baseline::Criterion& criterion : baseline.criteria()) {
        addRule(criterion.when);
    }
    if (baseline.verdict().requiredWhen) {
        addRule(*baseline.verdict().requiredWhen);
    }
    return sections;
}

int openScreeningQuestions(const baseline::Baseline& baseline,
                           const scoring::Evaluation& evaluation) {
    const std::set<std::string> sections = screeningSections(baseline);
    int open = 0;
    for (const std::string& id : evaluation.completeness.missingRequired) {
        const baseline::Question* question = baseline.question(id);
        if (question != nullptr && sections.count(question->section) != 0) {
            ++open;
        }
    }
    return open;
}

} // namespace dpia::ui

#include "ui/forms/screening_sections.h"

#include "core/baseline/baseline.h"

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

} // namespace dpia::ui

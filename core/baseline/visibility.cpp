#include "core/baseline/visibility.h"

namespace dpia::baseline {

std::set<std::string, std::less<>> visibleQuestions(const Baseline& baseline,
                                                    const rules::AnswerLookup& raw) {
    std::set<std::string, std::less<>> hidden;
    const rules::AnswerLookup effective = [&](std::string_view id) -> const nlohmann::json* {
        return hidden.count(id) != 0 ? nullptr : raw(id);
    };
    std::set<std::string, std::less<>> visible;
    for (const Question& question : baseline.questions()) {
        if (question.visibleIf && !question.visibleIf->evaluate(effective)) {
            hidden.insert(question.id);
        } else {
            visible.insert(question.id);
        }
    }
    return visible;
}

} // namespace dpia::baseline

#pragma once

#include "core/baseline/baseline_types.h"
#include "core/interchange/minbzk_map.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <vector>

// A multichoice question that the Model DPIA form asks as yes/no tasks (`flags` in
// resources/interchange/minbzk.json): the rights of §15, one task per right; the data of
// §12, where one task ("special categories?") stands for the eight options of art. 9. The
// import and the export share these two functions, so that what the export writes is read
// back exactly when it determines the answer.
namespace dpia::interchange {

/// One yes/no task as the form answers it.
struct FlagAnswer {
    const MinbzkFlag* flag;
    bool yes;
};

/// Whether a multichoice answer holds any of the flag's options: the task's "yes".
bool flagHolds(const nlohmann::json& answer, const MinbzkFlag& flag);

/// The answer these tasks give to `question`, or nullopt when they do not determine one.
/// Nothing is guessed: together they must name every option but "none", and each "yes"
/// must name one option (a "yes" to "special categories?" does not say which). No "yes"
/// gives "none" where the question has that option.
std::optional<nlohmann::json> answerFromFlags(const baseline::Question& question,
                                              const std::vector<FlagAnswer>& answers);

} // namespace dpia::interchange

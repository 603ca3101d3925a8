#include "core/interchange/minbzk_flags.h"

#include <algorithm>
#include <set>
#include <string>

namespace dpia::interchange {

using nlohmann::json;

bool flagHolds(const json& answer, const MinbzkFlag& flag) {
    return answer.is_array() &&
           std::any_of(flag.options.begin(), flag.options.end(), [&](const std::string& option) {
               return std::find(answer.begin(), answer.end(), option) != answer.end();
           });
}

std::optional<json> answerFromFlags(const baseline::Question& question,
                                    const std::vector<FlagAnswer>& answers) {
    std::set<std::string> named;
    json chosen = json::array();
    for (const FlagAnswer& answer : answers) {
        named.insert(answer.flag->options.begin(), answer.flag->options.end());
        if (!answer.yes) {
            continue;
        }
        if (answer.flag->options.size() != 1) {
            return std::nullopt;
        }
        if (!flagHolds(chosen, *answer.flag)) {
            chosen.push_back(answer.flag->options.front());
        }
    }
    bool hasNone = false;
    for (const baseline::Option& option : question.options) {
        if (option.id == "none") {
            hasNone = true;
        } else if (named.count(option.id) == 0) {
            return std::nullopt; // the form does not say whether this option holds
        }
    }
    if (chosen.empty() && hasNone) {
        chosen.push_back("none");
    }
    return chosen;
}

} // namespace dpia::interchange

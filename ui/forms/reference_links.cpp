#include "ui/forms/reference_links.h"

#include "core/baseline/baseline.h"

#include <algorithm>
#include <cctype>

namespace dpia::ui {

namespace {

std::vector<std::string> tokens(std::string_view text) {
    std::vector<std::string> result;
    std::string current;
    auto flush = [&] {
        if (!current.empty()) {
            result.push_back(current);
            current.clear();
        }
    };
    for (const char c : text) {
        if (c == ' ' || c == ',' || c == ';' || c == '(' || c == ')') {
            flush();
            if (c == ';') {
                result.emplace_back(";");
            }
        } else {
            current.push_back(c);
        }
    }
    flush();
    return result;
}

bool isNumber(const std::string& token) {
    return !token.empty() && std::isdigit(static_cast<unsigned char>(token.front())) != 0 &&
           std::all_of(token.begin(), token.end(), [](char c) {
               return std::isdigit(static_cast<unsigned char>(c)) != 0 || c == '.';
           });
}

enum class Framework { none, avg, uavg, bio2, bio104 };
enum class Mode { articles, subdivision };

} // namespace

std::vector<std::string> requirementIdsIn(std::string_view reference,
                                          const baseline::Baseline& baseline) {
    std::vector<std::string> ids;
    auto add = [&](const std::string& id) {
        if (baseline.requirement(id) != nullptr &&
            std::find(ids.begin(), ids.end(), id) == ids.end()) {
            ids.push_back(id);
        }
    };
    Framework framework = Framework::none;
    Mode mode = Mode::subdivision;
    std::string previous;
    const std::vector<std::string> words = tokens(reference);
    for (std::size_t i = 0; i < words.size(); ++i) {
        const std::string& word = words[i];
        if (word == ";") {
            framework = Framework::none;
        } else if (word == "AVG") {
            framework = Framework::avg;
            mode = Mode::subdivision;
        } else if (word == "UAVG") {
            framework = Framework::uavg;
            mode = Mode::subdivision;
        } else if (word == "BIO2") {
            framework = Framework::bio2;
            mode = Mode::articles;
        } else if (word == "BIO" && i + 1 < words.size() && words[i + 1] == "1.04") {
            framework = Framework::bio104;
            mode = Mode::articles;
            ++i;
        } else if (word == "art." || word == "artikel" || word == "artikelen") {
            mode = Mode::articles;
        } else if (word == "lid" || word == "leden" || word == "sub" || word == "punt" ||
                   word == "punten" || word == "onder") {
            mode = Mode::subdivision;
        } else if (isNumber(word) && mode == Mode::articles) {
            const bool range = previous == "t/m" && !ids.empty();
            if (framework == Framework::avg || framework == Framework::uavg) {
                const std::string prefix = framework == Framework::avg ? "AVG-" : "UAVG-";
                int from = std::stoi(word);
                if (range && i >= 2 && isNumber(words[i - 2])) {
                    from = std::stoi(words[i - 2]) + 1;
                }
                for (int article = from; article <= std::stoi(word) && article < from + 50;
                     ++article) {
                    add(prefix + std::to_string(article));
                }
            } else if (framework == Framework::bio2) {
                add("BIO-" + word);
            } else if (framework == Framework::bio104) {
                for (const baseline::Requirement& requirement : baseline.requirements()) {
                    if (requirement.bio104 == word ||
                        requirement.bio104.find(word + ",") != std::string::npos ||
                        (requirement.bio104.size() > word.size() &&
                         requirement.bio104.ends_with(" " + word))) {
                        add(requirement.id);
                    }
                }
            }
        } else if (!isNumber(word) && word != "en" && word != "t/m" && word != "and") {
            // Another word ("Model", "Archiefwet") ends the list of articles.
            if (framework != Framework::none && mode == Mode::articles &&
                std::isupper(static_cast<unsigned char>(word.front())) != 0) {
                framework = Framework::none;
            }
        }
        previous = word;
    }
    return ids;
}

} // namespace dpia::ui

#include "core/compare/diff_json.h"

namespace dpia::compare {

nlohmann::json diffJson(const DocumentDiff& diff, Lang lang) {
    nlohmann::json changes = nlohmann::json::array();
    for (const Change& change : diff.changes) {
        nlohmann::json item{
            {"area", areaName(change.area)},
            {"action", actionName(change.action)},
            {"id", change.id},
            {"title", change.title.in(lang)},
            {"field", change.field},
            {"fieldLabel", change.fieldLabel.in(lang)},
            {"before", change.before},
            {"after", change.after},
            {"beforeText", change.beforeText.in(lang)},
            {"afterText", change.afterText.in(lang)},
        };
        if (change.area == Area::baselineItem) {
            item["onlyIn"] = change.action == Action::added ? "second" : "first";
        }
        if (!change.words.empty()) {
            nlohmann::json words = nlohmann::json::array();
            for (const WordPiece& piece : change.words) {
                words.push_back({{"op", opName(piece.op)}, {"text", piece.text}});
            }
            item["words"] = std::move(words);
        }
        if (!change.causes.empty()) {
            nlohmann::json causes = nlohmann::json::array();
            for (const LocalText& cause : change.causes) {
                causes.push_back(cause.in(lang));
            }
            item["causes"] = std::move(causes);
        }
        changes.push_back(std::move(item));
    }
    return {{"differences", diff.changes.size()}, {"changes", std::move(changes)}};
}

} // namespace dpia::compare

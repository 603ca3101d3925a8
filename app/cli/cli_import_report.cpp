#include "app/cli/cli_import_report.h"

#include "app/cli/terminal_text.h"

namespace dpia::cli {

using nlohmann::json;

json mappedJson(const std::vector<interchange::ImportMapped>& mapped) {
    json out = json::array();
    for (const auto& m : mapped) {
        out.push_back({{"from", m.from}, {"to", m.question}});
    }
    return out;
}

json keptAsideJson(const std::vector<storage::ImportedItem>& kept) {
    json out = json::array();
    for (const auto& item : kept) {
        out.push_back({{"key", item.key}, {"value", item.value}});
    }
    return out;
}

void printMapped(CliContext& context, const std::vector<interchange::ImportMapped>& mapped) {
    for (const auto& m : mapped) {
        context.out << "  " << terminalSafe(m.from) << " -> " << terminalSafe(m.question) << "\n";
    }
}

void printKeptAside(CliContext& context, const std::vector<storage::ImportedItem>& kept) {
    context.out << context.say({"Apart bewaard, zonder plaats in deze DPIA: ",
                                "Kept aside, with no place in this DPIA: "})
                << kept.size() << "\n";
    for (const auto& item : kept) {
        context.out << "  " << terminalSafe(item.key) << "\n";
    }
}

} // namespace dpia::cli

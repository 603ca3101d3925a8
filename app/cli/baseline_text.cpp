#include "app/cli/baseline_text.h"

#include "app/cli/baseline_json.h"

#include <nlohmann/json.hpp>

namespace dpia::cli {

using namespace dpia::baseline;

namespace {

std::string in(const nlohmann::json& local, Lang lang) {
    return local.value(std::string(langCode(lang)), std::string());
}

/// "AVG-32 (Beveiliging van de verwerking)" for any id the baseline knows.
std::string named(const Baseline& baseline, const std::string& id, Lang lang) {
    if (const Requirement* r = baseline.requirement(id)) {
        return id + " (" + r->title.in(lang) + ")";
    }
    if (const Safeguard* s = baseline.safeguard(id)) {
        return id + " (" + s->title.in(lang) + ")";
    }
    if (const Risk* r = baseline.risk(id)) {
        return id + " (" + r->title.in(lang) + ")";
    }
    return id;
}

void printList(CliContext& context, const Baseline& baseline, const LocalText& heading,
               const nlohmann::json& ids) {
    if (ids.empty()) {
        return;
    }
    context.out << context.say(heading) << "\n";
    for (const auto& id : ids) {
        context.out << "  - " << named(baseline, id.get<std::string>(), context.lang) << "\n";
    }
}

std::string signedDelta(int value) {
    return (value > 0 ? "+" : "") + std::to_string(value);
}

void printRisk(CliContext& context, const Baseline& baseline, const nlohmann::json& item) {
    const Lang lang = context.lang;
    const Matrix& matrix = baseline.matrix();
    const int likelihood = item["likelihood"];
    const int impact = item["impact"];
    context.out << context.say({"Beschrijving: ", "Description: "}) << in(item["description"], lang)
                << "\n\n"
                << context.say({"Geraakte rechten: ", "Rights affected: "})
                << in(item["rights"], lang) << "\n\n"
                << context.say({"Uitgangspunt: kans ", "Starting point: likelihood "}) << likelihood
                << context.say({", impact ", ", impact "}) << impact << " → "
                << matrix.levelAt(likelihood, impact).label.in(lang) << "\n";
    context.out << context.say({"Wat het risico verhoogt:", "What raises the risk:"}) << "\n";
    for (const auto& driver : item["drivers"]) {
        context.out << "  - " << context.say({"kans ", "likelihood "})
                    << signedDelta(driver["likelihood"]) << context.say({", impact ", ", impact "})
                    << signedDelta(driver["impact"]) << context.say({" als ", " when "})
                    << driver["when"].get<std::string>() << "\n    " << in(driver["reason"], lang)
                    << "\n";
    }
    context.out << context.say({"Wat het risico verlaagt:", "What lowers the risk:"}) << "\n";
    for (const auto& mitigation : item["mitigations"]) {
        context.out << "  - " << named(baseline, mitigation["safeguard"], lang) << ": "
                    << context.say({"kans ", "likelihood "})
                    << signedDelta(mitigation["likelihood"])
                    << context.say({", impact ", ", impact "}) << signedDelta(mitigation["impact"])
                    << "\n    " << in(mitigation["reason"], lang) << "\n";
    }
    printList(context, baseline, {"Eisen:", "Requirements:"}, item["requirements"]);
}

} // namespace

void printInfo(CliContext& context, const Baseline& baseline) {
    const BaselineInfo& info = baseline.info();
    context.out << info.title.in(context.lang) << "\n"
                << "id: " << info.id << "\n"
                << context.say({"versie: ", "version: "}) << info.version << "\n"
                << "hash: " << info.hash << "\n"
                << context.say({"onderdelen: ", "parts: "}) << baseline.parts().size() << "\n"
                << context.say({"paragrafen: ", "sections: "}) << baseline.sections().size() << "\n"
                << context.say({"vragen: ", "questions: "}) << baseline.questions().size() << "\n"
                << context.say({"eisen: ", "requirements: "}) << baseline.requirements().size()
                << "\n"
                << context.say({"maatregelen: ", "safeguards: "}) << baseline.safeguards().size()
                << "\n"
                << context.say({"risico's: ", "risks: "}) << baseline.risks().size() << "\n"
                << context.say({"criteria: ", "criteria: "}) << baseline.criteria().size() << "\n"
                << context.say({"talen: nl, en", "languages: nl, en"}) << "\n";
}

nlohmann::json listJson(const Baseline& baseline, const std::string& kind, Lang lang) {
    nlohmann::json items = nlohmann::json::array();
    const auto add = [&](const std::string& id, const LocalText& title) {
        items.push_back({{"id", id}, {"title", title.in(lang)}});
    };
    if (kind == "questions") {
        for (const Question& q : baseline.questions()) {
            items.push_back({{"id", q.id},
                             {"title", q.text.in(lang)},
                             {"type", questionTypeName(q.type)},
                             {"section", q.section}});
        }
    } else if (kind == "requirements") {
        for (const Requirement& r : baseline.requirements()) {
            add(r.id, r.title);
        }
    } else if (kind == "safeguards") {
        for (const Safeguard& s : baseline.safeguards()) {
            add(s.id, s.title);
        }
    } else if (kind == "risks") {
        for (const Risk& r : baseline.risks()) {
            add(r.id, r.title);
        }
    } else if (kind == "criteria") {
        for (const Criterion& c : baseline.criteria()) {
            add(c.id, c.title);
        }
    } else if (kind == "sections") {
        for (const Section& s : baseline.sections()) {
            add(s.id, s.title);
        }
    }
    return items;
}

void printItem(CliContext& context, const Baseline& baseline, const nlohmann::json& item) {
    const Lang lang = context.lang;
    const std::string kind = item["kind"];
    context.out << item["id"].get<std::string>() << " — " << in(item["title"], lang) << "\n\n";
    if (kind == "risk") {
        printRisk(context, baseline, item);
    } else if (kind == "safeguard") {
        context.out << context.say({"Soort: ", "Kind: "})
                    << item["safeguard_kind"].get<std::string>()
                    << context.say({"; licentie: ", "; licence: "})
                    << item["licence"].get<std::string>() << "\n\n"
                    << in(item["description"], lang) << "\n\n"
                    << context.say({"Bewijs: ", "Evidence: "}) << in(item["evidence"], lang)
                    << "\n";
        printList(context, baseline, {"Voldoet aan:", "Meets:"}, item["meets"]);
        nlohmann::json risks = nlohmann::json::array();
        for (const auto& entry : item["mitigates"]) {
            risks.push_back(entry["risk"]);
        }
        printList(context, baseline, {"Verlaagt de risico's:", "Lowers the risks:"}, risks);
    } else if (kind == "requirement") {
        context.out << in(item["ref"], lang);
        if (item.contains("bio104")) {
            context.out << " (BIO 1.04: " << item["bio104"].get<std::string>() << ", BBN"
                        << item["bbn"].get<int>() << ")";
        }
        context.out << "\n\n" << in(item["text"], lang) << "\n";
        printList(context, baseline, {"Wordt ingevuld door:", "Met by:"}, item["met_by"]);
        printList(context, baseline, {"Speelt bij de risico's:", "Touches the risks:"},
                  item["risks"]);
    } else if (kind == "question") {
        context.out << context.say({"Soort: ", "Type: "}) << item["type"].get<std::string>()
                    << (item["required"].get<bool>() ? context.say({" (verplicht)", " (required)"})
                                                     : std::string())
                    << "\n"
                    << context.say({"Grondslag: ", "Reference: "}) << in(item["ref"], lang)
                    << "\n\n"
                    << in(item["guidance"], lang) << "\n";
        if (item.contains("options")) {
            context.out << context.say({"Keuzes:", "Options:"}) << "\n";
            for (const auto& option : item["options"]) {
                context.out << "  - " << option["id"].get<std::string>() << ": "
                            << in(option["label"], lang) << "\n";
            }
        }
        if (item.contains("visible_if")) {
            context.out << context.say({"Alleen zichtbaar als: ", "Only shown when: "})
                        << item["visible_if"].get<std::string>() << "\n";
        }
        printList(context, baseline, {"Beïnvloedt de risico's:", "Influences the risks:"},
                  item["drives_risks"]);
    } else {
        if (item.contains("description")) {
            context.out << in(item["description"], lang) << "\n";
        }
        if (item.contains("when")) {
            context.out << context.say({"Van toepassing als: ", "Applies when: "})
                        << item["when"].get<std::string>() << "\n";
        }
        if (item.contains("questions")) {
            context.out << context.say({"Vragen: ", "Questions: "});
            for (const auto& id : item["questions"]) {
                context.out << id.get<std::string>() << " ";
            }
            context.out << "\n";
        }
    }
}

} // namespace dpia::cli

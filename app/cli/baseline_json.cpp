#include "app/cli/baseline_json.h"

#include <algorithm>

namespace dpia::cli {

using namespace dpia::baseline;

nlohmann::json localJson(const LocalText& text) {
    return {{"nl", text.nl}, {"en", text.en}};
}

std::string_view questionTypeName(QuestionType type) {
    return rules::answerKindName(type);
}

std::string_view safeguardKindName(SafeguardKind kind) {
    switch (kind) {
    case SafeguardKind::technical:
        return "technical";
    case SafeguardKind::contractual:
        return "contractual";
    case SafeguardKind::organisational:
        return "organisational";
    }
    return "organisational";
}

std::string_view licenceName(Licence licence) {
    switch (licence) {
    case Licence::e3:
        return "e3";
    case Licence::e5:
        return "e5";
    case Licence::none:
        return "none";
    }
    return "none";
}

std::string_view frameworkName(Framework framework) {
    switch (framework) {
    case Framework::avg:
        return "AVG";
    case Framework::uavg:
        return "UAVG";
    case Framework::bio:
        return "BIO";
    }
    return "AVG";
}

std::string_view criterionFrameworkName(CriterionFramework framework) {
    switch (framework) {
    case CriterionFramework::wp248:
        return "wp248";
    case CriterionFramework::ap:
        return "ap";
    case CriterionFramework::art35_3:
        return "art35-3";
    }
    return "wp248";
}

nlohmann::json infoJson(const Baseline& baseline) {
    const BaselineInfo& info = baseline.info();
    nlohmann::json changelog = nlohmann::json::array();
    for (const auto& change : info.changelog) {
        changelog.push_back({{"version", change.version},
                             {"date", change.date},
                             {"changes", localJson(change.changes)}});
    }
    return {{"id", info.id},
            {"version", info.version},
            {"hash", info.hash},
            {"title", localJson(info.title)},
            {"counts",
             {{"parts", baseline.parts().size()},
              {"sections", baseline.sections().size()},
              {"questions", baseline.questions().size()},
              {"requirements", baseline.requirements().size()},
              {"safeguards", baseline.safeguards().size()},
              {"risks", baseline.risks().size()},
              {"criteria", baseline.criteria().size()},
              {"hints", baseline.hints().size()}}},
            {"languages", {"nl", "en"}},
            {"changelog", changelog}};
}

namespace {

nlohmann::json optionsJson(const std::vector<Option>& options) {
    nlohmann::json list = nlohmann::json::array();
    for (const Option& option : options) {
        list.push_back({{"id", option.id}, {"label", localJson(option.label)}});
    }
    return list;
}

bool readsQuestion(const rules::Rule& rule, std::string_view questionId) {
    const auto ids = rule.questionIds();
    return std::find(ids.begin(), ids.end(), questionId) != ids.end();
}

nlohmann::json questionJson(const Baseline& baseline, const Question& q) {
    nlohmann::json item = {{"kind", "question"},        {"id", q.id},
                           {"section", q.section},      {"type", questionTypeName(q.type)},
                           {"required", q.required},    {"title", localJson(q.text)},
                           {"text", localJson(q.text)}, {"guidance", localJson(q.guidance)},
                           {"ref", localJson(q.ref)}};
    if (!q.options.empty()) {
        item["options"] = optionsJson(q.options);
    }
    if (!q.columns.empty()) {
        nlohmann::json columns = nlohmann::json::array();
        for (const Column& column : q.columns) {
            nlohmann::json entry = {{"id", column.id},
                                    {"type", questionTypeName(column.type)},
                                    {"label", localJson(column.label)}};
            if (!column.options.empty()) {
                entry["options"] = optionsJson(column.options);
            }
            columns.push_back(entry);
        }
        item["columns"] = columns;
    }
    if (q.min) {
        item["min"] = *q.min;
    }
    if (q.max) {
        item["max"] = *q.max;
    }
    if (q.visibleIf) {
        item["visible_if"] = q.visibleIf->text();
    }
    nlohmann::json drives = nlohmann::json::array();
    for (const Risk& risk : baseline.risks()) {
        if (std::any_of(risk.drivers.begin(), risk.drivers.end(),
                        [&](const Driver& driver) { return readsQuestion(driver.when, q.id); })) {
            drives.push_back(risk.id);
        }
    }
    nlohmann::json triggers = nlohmann::json::array();
    for (const Criterion& criterion : baseline.criteria()) {
        if (readsQuestion(criterion.when, q.id)) {
            triggers.push_back(criterion.id);
        }
    }
    item["drives_risks"] = drives;
    item["triggers_criteria"] = triggers;
    return item;
}

nlohmann::json requirementJson(const Baseline& baseline, const Requirement& r) {
    nlohmann::json metBy = nlohmann::json::array();
    for (const Safeguard& safeguard : baseline.safeguards()) {
        if (std::find(safeguard.meets.begin(), safeguard.meets.end(), r.id) !=
            safeguard.meets.end()) {
            metBy.push_back(safeguard.id);
        }
    }
    nlohmann::json risks = nlohmann::json::array();
    for (const Risk& risk : baseline.risks()) {
        if (std::find(risk.requirements.begin(), risk.requirements.end(), r.id) !=
            risk.requirements.end()) {
            risks.push_back(risk.id);
        }
    }
    nlohmann::json item = {{"kind", "requirement"},
                           {"id", r.id},
                           {"framework", frameworkName(r.framework)},
                           {"ref", localJson(r.ref)},
                           {"title", localJson(r.title)},
                           {"text", localJson(r.text)},
                           {"met_by", metBy},
                           {"risks", risks}};
    if (r.framework == Framework::bio) {
        item["bio104"] = r.bio104;
        item["bbn"] = r.bbn;
    }
    return item;
}

nlohmann::json safeguardJson(const Baseline& baseline, const Safeguard& s) {
    nlohmann::json mitigates = nlohmann::json::array();
    for (const Risk& risk : baseline.risks()) {
        for (const Mitigation& mitigation : risk.mitigations) {
            if (mitigation.safeguard == s.id) {
                mitigates.push_back({{"risk", risk.id},
                                     {"likelihood", mitigation.likelihood},
                                     {"impact", mitigation.impact},
                                     {"reason", localJson(mitigation.reason)}});
            }
        }
    }
    nlohmann::json json = {{"kind", "safeguard"},
                           {"id", s.id},
                           {"safeguard_kind", safeguardKindName(s.kind)},
                           {"licence", licenceName(s.licence)},
                           {"title", localJson(s.title)},
                           {"description", localJson(s.description)},
                           {"evidence", localJson(s.evidence)},
                           {"meets", s.meets},
                           {"mitigates", mitigates}};
    if (s.fact) {
        json["answered_by"] = {{"question", s.fact->question},
                               {"implemented_when", s.fact->implementedWhen.text()},
                               {"implemented", s.fact->implementedAnswer},
                               {"not_implemented", s.fact->notImplementedAnswer}};
    }
    if (s.availability) {
        json["available_when"] = s.availability->when.text();
        json["needs"] = localJson(s.availability->needs);
    }
    return json;
}

nlohmann::json riskJson(const Risk& r) {
    nlohmann::json drivers = nlohmann::json::array();
    for (const Driver& driver : r.drivers) {
        drivers.push_back({{"when", driver.when.text()},
                           {"likelihood", driver.likelihood},
                           {"impact", driver.impact},
                           {"reason", localJson(driver.reason)}});
    }
    nlohmann::json mitigations = nlohmann::json::array();
    for (const Mitigation& mitigation : r.mitigations) {
        mitigations.push_back({{"safeguard", mitigation.safeguard},
                               {"likelihood", mitigation.likelihood},
                               {"impact", mitigation.impact},
                               {"reason", localJson(mitigation.reason)}});
        if (mitigation.when) {
            mitigations.back()["when"] = mitigation.when->text();
        }
    }
    nlohmann::json floors = nlohmann::json::array();
    for (const Floor& floor : r.floors) {
        floors.push_back({{"likelihood", floor.likelihood},
                          {"impact", floor.impact},
                          {"lifted_by", floor.liftedBy},
                          {"reason", localJson(floor.reason)}});
        if (floor.when) {
            floors.back()["when"] = floor.when->text();
        }
    }
    nlohmann::json json = {
        {"kind", "risk"},
        {"id", r.id},
        {"title", localJson(r.title)},
        {"description", localJson(r.description)},
        {"rights", localJson(r.rights)},
        {"likelihood", r.likelihood},
        {"impact", r.impact},
        {"floor", {{"likelihood", r.floorLikelihood}, {"impact", r.floorImpact}}},
        {"drivers", drivers},
        {"mitigations", mitigations},
        {"requirements", r.requirements},
        {"concerns", r.concern == Concern::organisation ? "organisation" : "data-subjects"},
        {"floors", floors}};
    if (r.appliesWhen) {
        json["applies_when"] = r.appliesWhen->text();
        json["not_applicable"] = localJson(r.notApplicable);
    }
    if (!r.baseReason.nl.empty()) {
        json["base_reason"] = localJson(r.baseReason);
    }
    return json;
}

} // namespace

nlohmann::json itemJson(const Baseline& baseline, std::string_view id) {
    if (const Question* q = baseline.question(id)) {
        return questionJson(baseline, *q);
    }
    if (const Requirement* r = baseline.requirement(id)) {
        return requirementJson(baseline, *r);
    }
    if (const Safeguard* s = baseline.safeguard(id)) {
        return safeguardJson(baseline, *s);
    }
    if (const Risk* r = baseline.risk(id)) {
        return riskJson(*r);
    }
    if (const Criterion* c = baseline.criterion(id)) {
        return {{"kind", "criterion"},
                {"id", c->id},
                {"framework", criterionFrameworkName(c->framework)},
                {"number", c->number},
                {"title", localJson(c->title)},
                {"description", localJson(c->description)},
                {"when", c->when.text()},
                {"questions", c->when.questionIds()}};
    }
    if (const Section* s = baseline.section(id)) {
        nlohmann::json questions = nlohmann::json::array();
        for (const Question* q : baseline.questionsIn(s->id)) {
            questions.push_back(q->id);
        }
        return {{"kind", "section"},
                {"id", s->id},
                {"part", s->part},
                {"title", localJson(s->title)},
                {"questions", questions}};
    }
    return nullptr;
}

} // namespace dpia::cli

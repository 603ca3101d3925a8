#include "core/storage/item_json.h"

#include "core/storage/json_fields.h"

namespace dpia::storage::item_json {

using json_fields::choice;
using json_fields::fail;
using json_fields::Fields;
using nlohmann::json;

json toJson(const CustomRisk& risk) {
    return {{"id", risk.id},
            {"title", risk.title},
            {"description", risk.description},
            {"likelihood", risk.likelihood},
            {"impact", risk.impact}};
}

json toJson(const Measure& measure) {
    return {{"id", measure.id},       {"title", measure.title},
            {"risks", measure.risks}, {"owner", measure.owner},
            {"due", measure.due},     {"status", measureStatusName(measure.status)}};
}

json toJson(const Signoff& signoff) {
    return {{"id", signoff.id},     {"role", roleName(signoff.role)}, {"name", signoff.name},
            {"date", signoff.date}, {"text", signoff.text},           {"outcome", signoff.outcome}};
}

CustomRisk readCustomRisk(const json& value, const std::string& where, const CustomRisk* defaults) {
    const Fields r(value, where, {"id", "title", "description", "likelihood", "impact"});
    const bool all = defaults == nullptr;
    const CustomRisk base = all ? CustomRisk{} : *defaults;
    return CustomRisk{r.text("id", all, base.id), r.text("title", all, base.title),
                      r.text("description", all, base.description),
                      r.integer("likelihood", all, base.likelihood),
                      r.integer("impact", all, base.impact)};
}

Measure readMeasure(const json& value, const std::string& where, const Measure* defaults) {
    const Fields m(value, where, {"id", "title", "risks", "owner", "due", "status"});
    const bool all = defaults == nullptr;
    Measure measure = all ? Measure{} : *defaults;
    measure.id = m.text("id", all, measure.id);
    measure.title = m.text("title", all, measure.title);
    measure.owner = m.text("owner", all, measure.owner);
    measure.due = m.text("due", all, measure.due);
    if (all || m.has("risks")) {
        measure.risks.clear();
        for (const json& risk : m.array("risks")) {
            if (!risk.is_string()) {
                fail(m.path("risks"), "verwacht een lijst van risico-ids",
                     "expected a list of risk ids");
            }
            measure.risks.push_back(risk.get<std::string>());
        }
    }
    if (all || m.has("status")) {
        const std::string status = m.text("status");
        measure.status = choice(parseMeasureStatus(status), m.path("status"), status);
    }
    return measure;
}

Signoff readSignoff(const json& value, const std::string& where, const Signoff* defaults) {
    const Fields s(value, where, {"id", "role", "name", "date", "text", "outcome"});
    const bool all = defaults == nullptr;
    Signoff signoff = all ? Signoff{} : *defaults;
    signoff.id = s.text("id", all, signoff.id);
    if (all || s.has("role")) {
        const std::string role = s.text("role");
        signoff.role = choice(parseSignoffRole(role), s.path("role"), role);
    }
    signoff.name = s.text("name", all, signoff.name);
    signoff.date = s.text("date", all, signoff.date);
    signoff.text = s.text("text", all, signoff.text);
    signoff.outcome = s.text("outcome", all, signoff.outcome);
    return signoff;
}

} // namespace dpia::storage::item_json

#include "core/storage/action_plan_csv.h"

#include "core/baseline/baseline.h"
#include "core/storage/safe_csv.h"
#include "core/storage/status_words.h"

#include <algorithm>

namespace dpia::storage {

namespace {

std::string riskTitle(const std::string& id, const Assessment& assessment,
                      const baseline::Baseline& baseline, Lang lang) {
    if (const baseline::Risk* risk = baseline.risk(id)) {
        return risk->title.in(lang);
    }
    const auto custom = std::find_if(assessment.customRisks.begin(), assessment.customRisks.end(),
                                     [&id](const CustomRisk& risk) { return risk.id == id; });
    return custom != assessment.customRisks.end() ? custom->title : id;
}

} // namespace

bool isOverdue(const Measure& measure, const std::string& today) {
    // ISO dates compare as text.
    return measure.status != MeasureStatus::done && !measure.due.empty() && measure.due < today;
}

std::string actionPlanCsv(const Assessment& assessment, const baseline::Baseline& baseline,
                          Lang lang, const std::string& today) {
    const bool en = lang == Lang::en;
    std::string out = csv::kByteOrderMark;
    csv::appendRow(out, en ? std::vector<std::string>{"Measure", "Risks", "Owner", "Due date",
                                                      "Status", "Overdue"}
                           : std::vector<std::string>{"Maatregel", "Risico's", "Eigenaar",
                                                      "Uiterste datum", "Status", "Te laat"});
    for (const Measure& measure : assessment.measures) {
        std::string risks;
        for (const std::string& id : measure.risks) {
            risks += (risks.empty() ? "" : "; ") + riskTitle(id, assessment, baseline, lang);
        }
        const bool late = isOverdue(measure, today);
        csv::appendRow(out, {measure.title, risks, measure.owner, measure.due,
                             measureStatusText(measure.status).in(lang),
                             late ? (en ? "yes" : "ja") : (en ? "no" : "nee")});
    }
    return out;
}

} // namespace dpia::storage

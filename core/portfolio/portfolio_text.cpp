#include "core/portfolio/portfolio_text.h"

#include "core/storage/safe_csv.h"

namespace dpia::portfolio {

LocalText statusText(storage::DocumentStatus status) {
    switch (status) {
    case storage::DocumentStatus::draft:
        return {"concept", "draft"};
    case storage::DocumentStatus::inReview:
        return {"in beoordeling", "in review"};
    case storage::DocumentStatus::final:
        return {"definitief", "final"};
    }
    return {};
}

LocalText verdictText(const Summary& summary) {
    if (!summary.verdictDecided) {
        return {"nog niet te bepalen", "not yet decided"};
    }
    switch (summary.verdict) {
    case scoring::Verdict::required:
        return {"verplicht", "required"};
    case scoring::Verdict::recommended:
        return {"aanbevolen", "recommended"};
    case scoring::Verdict::notRequired:
        return {"niet verplicht", "not required"};
    }
    return {};
}

LocalText reviewText(ReviewState state) {
    switch (state) {
    case ReviewState::none:
        return {"", ""};
    case ReviewState::later:
        return {"gepland", "scheduled"};
    case ReviewState::dueSoon:
        return {"binnenkort", "due soon"};
    case ReviewState::overdue:
        return {"verlopen", "overdue"};
    }
    return {};
}

std::string holderText(const std::optional<storage::LockOwner>& owner) {
    if (!owner) {
        return {};
    }
    return owner->user.empty() ? owner->host : owner->user + "@" + owner->host;
}

std::vector<std::string> columnHeadings(Lang lang) {
    if (lang == Lang::en) {
        return {"File",        "Title",        "Processing",       "Organisation", "Status",
                "Verdict",     "Residual now", "Residual planned", "Art. 36",      "Decision date",
                "Review date", "Review",       "Overdue measures", "Last change",  "Open by",
                "Problem"};
    }
    return {"Bestand",
            "Titel",
            "Verwerking",
            "Organisatie",
            "Status",
            "Oordeel",
            "Restrisico nu",
            "Restrisico gepland",
            "Art. 36",
            "Besluitdatum",
            "Herbeoordeling",
            "Herbeoordeling status",
            "Maatregelen te laat",
            "Laatste wijziging",
            "Geopend door",
            "Probleem"};
}

std::vector<std::string> rowFields(const Entry& entry, Lang lang) {
    const bool en = lang == Lang::en;
    if (entry.problem) {
        std::vector<std::string> fields(columnHeadings(lang).size());
        fields.front() = entry.relative;
        fields.back() = entry.problem->reason.in(lang);
        fields[fields.size() - 2] = holderText(entry.openBy);
        return fields;
    }
    const Summary& s = entry.summary;
    return {entry.relative,
            s.title,
            s.processing,
            s.organisation,
            statusText(s.status).in(lang),
            verdictText(s).in(lang),
            s.residualNow.label.in(lang),
            s.residualPlanned.label.in(lang),
            s.priorConsultation ? (en ? "yes" : "ja") : (en ? "no" : "nee"),
            s.decisionDate,
            s.reviewDate,
            reviewText(s.review).in(lang),
            std::to_string(s.overdueMeasures),
            s.lastChange,
            holderText(entry.openBy),
            ""};
}

std::string portfolioCsv(const Portfolio& portfolio, Lang lang) {
    std::string out = storage::csv::kByteOrderMark;
    storage::csv::appendRow(out, columnHeadings(lang));
    for (const Entry& entry : portfolio.entries) {
        storage::csv::appendRow(out, rowFields(entry, lang));
    }
    return out;
}

} // namespace dpia::portfolio

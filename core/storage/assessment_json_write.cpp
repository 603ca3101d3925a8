// Writing the JSON interchange format (and the `show --json` view built from it).
#include "core/storage/assessment_json.h"
#include "core/storage/base64.h"
#include "core/storage/file_ops.h"
#include "core/storage/item_json.h"

namespace dpia::storage {

nlohmann::json toJson(const Assessment& a) {
    using nlohmann::json;
    json metadata = {
        {"title", a.metadata.title},
        {"organisation", a.metadata.organisation},
        {"processing", a.metadata.processing},
        {"process_owner", a.metadata.processOwner},
        {"author", a.metadata.author},
        {"status", statusName(a.status)},
        {"created", a.created},
        {"modified", a.modified},
        {"version", a.metadata.version},
        {"classification", a.metadata.classification},
    };
    json answers = json::object();
    for (const auto& [question, value] : a.answers) {
        answers[question] = value;
    }
    json notes = json::object();
    for (const auto& [question, text] : a.notes) {
        notes[question] = text;
    }
    json safeguards = json::object();
    for (const auto& [id, entry] : a.safeguards) {
        safeguards[id] = {{"status", safeguardStatusName(entry.status)},
                          {"evidence", entry.evidence}};
    }
    json overrides = json::object();
    for (const auto& [id, value] : a.riskOverrides) {
        overrides[id] = {{"likelihood", value.likelihood},
                         {"impact", value.impact},
                         {"justification", value.justification}};
    }
    json customRisks = json::array();
    for (const CustomRisk& risk : a.customRisks) {
        customRisks.push_back(item_json::toJson(risk));
    }
    json measures = json::array();
    for (const Measure& measure : a.measures) {
        measures.push_back(item_json::toJson(measure));
    }
    json signoffs = json::array();
    for (const Signoff& signoff : a.signoffs) {
        signoffs.push_back(item_json::toJson(signoff));
    }
    json changeLog = json::array();
    for (const ChangeLogEntry& entry : a.changeLog) {
        changeLog.push_back({{"when", entry.when},
                             {"user", entry.user},
                             {"kind", changeKindName(entry.kind)},
                             {"target", entry.target},
                             {"action", changeActionName(entry.action)},
                             {"value", entry.value},
                             {"edits", entry.edits}});
    }
    json document{
        {"format", kJsonFormat},
        {"format_version", kJsonFormatVersion},
        {"metadata", std::move(metadata)},
        {"baseline",
         {{"id", a.baseline.id},
          {"version", a.baseline.version},
          {"hash", a.baseline.hash},
          {"image", base64::encode(a.baseline.image)}}},
        {"answers", std::move(answers)},
        {"notes", std::move(notes)},
        {"safeguards", std::move(safeguards)},
        {"risk_overrides", std::move(overrides)},
        {"custom_risks", std::move(customRisks)},
        {"measures", std::move(measures)},
        {"signoffs", std::move(signoffs)},
        {"change_log", std::move(changeLog)},
    };
    // Only a document made by an import has these; leaving the key out otherwise keeps
    // every other export byte for byte as it was.
    if (!a.imported.empty()) {
        json imported = json::array();
        for (const ImportedItem& item : a.imported) {
            imported.push_back({{"source", item.source}, {"key", item.key}, {"value", item.value}});
        }
        document["imported"] = std::move(imported);
    }
    return document;
}

std::string exportJson(const Assessment& assessment) {
    // Keys sorted (nlohmann's default map), strings as UTF-8 (no \u escapes): the same
    // assessment always gives the same bytes.
    return toJson(assessment).dump(2) + "\n";
}

nlohmann::json summaryJson(const Assessment& assessment, int schemaVersion) {
    nlohmann::json summary = toJson(assessment);
    summary["baseline"].erase("image");
    summary["baseline"]["image_bytes"] = assessment.baseline.image.size();
    summary["title"] = assessment.metadata.title;
    summary["schema_version"] = schemaVersion;
    return summary;
}

Status exportToFile(const Assessment& assessment, const std::string& jsonPath,
                    files::Existing existing) {
    const std::string text = exportJson(assessment);
    if (text.size() > kMaxJsonBytes) {
        // An export that no import would accept would lose the document a second time.
        return Error{ErrorCode::invalidValue,
                     {"Het document is te groot voor het exportformaat (meer dan 16 MiB). Sla "
                      "in plaats daarvan een kopie van het .dpia-bestand op.",
                      "The document is too large for the export format (more than 16 MiB). "
                      "Save a copy of the .dpia file instead."},
                     "export larger than 16 MiB"};
    }
    return files::writeOutput(jsonPath, text, existing);
}

} // namespace dpia::storage

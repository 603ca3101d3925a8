// Reading the JSON interchange format, strictly: every key known, every type exact.
#include "core/storage/assessment_json.h"
#include "core/storage/base64.h"
#include "core/storage/change_log.h"
#include "core/storage/file_ops.h"
#include "core/storage/item_json.h"
#include "core/storage/json_fields.h"
#include "core/storage/json_strict.h"
#include "core/storage/storage_errors.h"
#include "core/storage/validate.h"

namespace dpia::storage {
namespace {

using json_fields::choice;
using json_fields::fail;
using json_fields::Fields;
using nlohmann::json;

void readMetadata(const Fields& top, Assessment& a, bool sample) {
    const bool required = !sample;
    const Fields m(top.at("metadata"), "metadata",
                   {"title", "organisation", "processing", "process_owner", "author", "status",
                    "created", "modified", "version", "classification"});
    a.metadata.title = m.text("title", required);
    a.metadata.organisation = m.text("organisation", required);
    a.metadata.processing = m.text("processing", required);
    a.metadata.processOwner = m.text("process_owner", required);
    a.metadata.author = m.text("author", required);
    a.metadata.classification = m.text("classification", required);
    a.metadata.version = m.integer("version", required, 1);
    const std::string status = m.text("status", required, "draft");
    a.status = choice(parseDocumentStatus(status), "metadata.status", status);
    a.created = m.text("created", required);
    a.modified = m.text("modified", required);
}

void readBaseline(const Fields& top, Assessment& a, bool sample) {
    if (sample && !top.has("baseline")) {
        return;
    }
    const Fields b(top.at("baseline"), "baseline", {"id", "version", "hash", "image"});
    a.baseline.id = b.text("id");
    a.baseline.version = b.text("version", !sample);
    a.baseline.hash = b.text("hash", !sample);
    if (sample && !b.has("image")) {
        return;
    }
    auto image = base64::decode(b.text("image"));
    if (!image || image->empty()) {
        fail("baseline.image", "geen geldige base64", "not valid base64");
    }
    a.baseline.image = std::move(*image);
}

void readMaps(const Fields& top, Assessment& a) {
    for (const auto& [question, value] : top.object("answers").items()) {
        a.answers.emplace(question, value);
    }
    for (const auto& [question, value] : top.object("notes").items()) {
        if (!value.is_string()) {
            fail("notes." + question, "verwacht een tekst", "expected a text");
        }
        a.notes.emplace(question, value.get<std::string>());
    }
    for (const auto& [id, value] : top.object("safeguards").items()) {
        const Fields entry(value, "safeguards." + id, {"status", "evidence"});
        const std::string status = entry.text("status");
        a.safeguards.emplace(
            id, SafeguardEntry{choice(parseSafeguardStatus(status), entry.path("status"), status),
                               entry.text("evidence")});
    }
    for (const auto& [id, value] : top.object("risk_overrides").items()) {
        const Fields entry(value, "risk_overrides." + id,
                           {"likelihood", "impact", "justification"});
        a.riskOverrides.emplace(id,
                                RiskOverride{entry.integer("likelihood"), entry.integer("impact"),
                                             entry.text("justification")});
    }
}

/// A change-log row: structured since format_version 2; format_version 1 had the sentence
/// `what`, read through the same parser as the schema 2 -> 3 migration.
ChangeLogEntry readChange(const json& value, const std::string& where, int formatVersion) {
    if (formatVersion < 2) {
        const Fields e(value, where, {"when", "user", "what"});
        ChangeLogEntry entry = parseChangeText(e.text("what"));
        entry.when = e.text("when");
        entry.user = e.text("user");
        return entry;
    }
    const Fields e(value, where, {"when", "user", "kind", "target", "action", "value", "edits"});
    ChangeLogEntry entry;
    entry.when = e.text("when");
    entry.user = e.text("user");
    const std::string kind = e.text("kind");
    entry.kind = choice(parseChangeKind(kind), e.path("kind"), kind);
    entry.target = e.text("target");
    const std::string action = e.text("action");
    entry.action = choice(parseChangeAction(action), e.path("action"), action);
    entry.value = e.text("value");
    entry.edits = e.integer("edits");
    return entry;
}

void readLists(const Fields& top, Assessment& a, bool sample, int formatVersion) {
    std::size_t i = 0;
    for (const json& value : top.array("custom_risks")) {
        a.customRisks.push_back(
            item_json::readCustomRisk(value, "custom_risks[" + std::to_string(i++) + "]", nullptr));
    }
    i = 0;
    for (const json& value : top.array("measures")) {
        a.measures.push_back(
            item_json::readMeasure(value, "measures[" + std::to_string(i++) + "]", nullptr));
    }
    i = 0;
    for (const json& value : top.array("signoffs")) {
        a.signoffs.push_back(
            item_json::readSignoff(value, "signoffs[" + std::to_string(i++) + "]", nullptr));
    }
    if (sample && top.has("change_log")) {
        fail("change_log", "een voorbeeld heeft geen wijzigingslog", "a sample has no change log");
    }
    i = 0;
    for (const json& value : top.array("change_log")) {
        a.changeLog.push_back(
            readChange(value, "change_log[" + std::to_string(i++) + "]", formatVersion));
    }
    i = 0;
    for (const json& value : top.array("imported")) {
        const Fields item(value, "imported[" + std::to_string(i++) + "]",
                          {"source", "key", "value"});
        a.imported.push_back(ImportedItem{item.text("source"), item.text("key"), item.at("value")});
    }
}

} // namespace

Result<Assessment> assessmentFromJson(std::string_view text, JsonSource source) {
    JsonLimits limits;
    limits.maxBytes = kMaxJsonBytes;
    limits.longStrings = {{"baseline", "image"}};
    auto parsed = parseStrictJson(text, limits);
    if (!parsed) {
        return parsed.error();
    }
    const bool sample = source == JsonSource::sample;
    Assessment result;
    try {
        const Fields top(*parsed, "(top)",
                         {"format", "format_version", "metadata", "baseline", "answers", "notes",
                          "safeguards", "risk_overrides", "custom_risks", "measures", "signoffs",
                          "change_log", "imported"});
        if (top.text("format") != kJsonFormat) {
            fail("format", "verwacht \"dpia-assessment\"", "expected \"dpia-assessment\"");
        }
        const int version = top.integer("format_version");
        if (version > kJsonFormatVersion) {
            return Error{ErrorCode::newerVersion,
                         {"Dit exportbestand is gemaakt met een nieuwere versie van DPIA "
                          "Assistent (formaatversie " +
                              std::to_string(version) +
                              "). Werk het programma bij om het te importeren; er is niets "
                              "aangemaakt.",
                          "This export file was made with a newer version of DPIA Assistent "
                          "(format version " +
                              std::to_string(version) +
                              "). Update the program to import it; nothing was created."},
                         "json format_version " + std::to_string(version)};
        }
        if (version < 1) {
            fail("format_version", "verwacht 1 of " + std::to_string(kJsonFormatVersion),
                 "expected 1 to " + std::to_string(kJsonFormatVersion));
        }
        readMetadata(top, result, sample);
        readBaseline(top, result, sample);
        readMaps(top, result);
        readLists(top, result, sample, version);
    } catch (const json_fields::Problem& problem) {
        return errors::invalidJson(problem.nl, problem.en);
    }
    if (!sample) {
        if (Status valid = validate::assessment(result); !valid) {
            Error error = valid.error();
            error.code = ErrorCode::invalidJson;
            error.message.nl += " Er is niets aangemaakt.";
            error.message.en += " Nothing was created.";
            return error;
        }
    }
    return result;
}

Result<std::unique_ptr<AssessmentFile>> importFromFile(const std::string& jsonPath,
                                                       const std::string& targetPath) {
    if (files::exists(targetPath)) {
        return errors::alreadyExists(targetPath);
    }
    auto text = files::readSmallFile(jsonPath, kMaxJsonBytes);
    if (!text) {
        return text.error();
    }
    auto assessment = assessmentFromJson(*text, JsonSource::document);
    if (!assessment) {
        return assessment.error();
    }
    // No change-log row: the import reproduces the exported document exactly.
    return AssessmentFile::createFrom(targetPath, *assessment, std::nullopt);
}

} // namespace dpia::storage

// Reading the JSON interchange format, strictly: every key known, every type exact.
#include "core/storage/assessment_json.h"
#include "core/storage/base64.h"
#include "core/storage/file_ops.h"
#include "core/storage/json_strict.h"
#include "core/storage/storage_errors.h"
#include "core/storage/validate.h"

#include <initializer_list>
#include <limits>

namespace dpia::storage {
namespace {

using nlohmann::json;

/// A structural problem; caught once at the top and turned into invalidJson.
struct Problem {
    std::string nl;
    std::string en;
};

[[noreturn]] void fail(const std::string& where, const std::string& nl, const std::string& en) {
    throw Problem{where + ": " + nl, where + ": " + en};
}

/// An object whose keys must all be among `known`; reads typed members.
class Fields {
public:
    Fields(const json& value, std::string where, std::initializer_list<const char*> known)
        : value_(value), where_(std::move(where)) {
        if (!value.is_object()) {
            fail(where_, "verwacht een object", "expected an object");
        }
        for (const auto& [key, member] : value.items()) {
            bool isKnown = false;
            for (const char* name : known) {
                isKnown = isKnown || key == name;
            }
            if (!isKnown) {
                fail(where_, "onbekende sleutel \"" + key + "\"", "unknown key \"" + key + "\"");
            }
        }
    }

    bool has(const char* key) const { return value_.contains(key); }
    const json& at(const char* key) const {
        if (!has(key)) {
            fail(where_, "de sleutel \"" + std::string(key) + "\" ontbreekt",
                 "the key \"" + std::string(key) + "\" is missing");
        }
        return value_.at(key);
    }
    std::string path(const char* key) const { return where_ + "." + key; }

    std::string text(const char* key, bool required = true, std::string fallback = {}) const {
        if (!required && !has(key)) {
            return fallback;
        }
        const json& member = at(key);
        if (!member.is_string()) {
            fail(path(key), "verwacht een tekst", "expected a text");
        }
        return member.get<std::string>();
    }
    int integer(const char* key, bool required = true, int fallback = 0) const {
        if (!required && !has(key)) {
            return fallback;
        }
        const json& member = at(key);
        const bool fits = member.is_number_unsigned()
                              ? member.get<std::uint64_t>() <= std::numeric_limits<int>::max()
                              : member.is_number_integer() &&
                                    member.get<std::int64_t>() >= std::numeric_limits<int>::min() &&
                                    member.get<std::int64_t>() <= std::numeric_limits<int>::max();
        if (!fits) {
            fail(path(key), "verwacht een geheel getal", "expected a whole number");
        }
        return member.get<int>();
    }
    /// An optional member that must be an object (`{}` when absent).
    const json& object(const char* key) const { return container(key, true); }
    const json& array(const char* key) const { return container(key, false); }

private:
    const json& container(const char* key, bool wantObject) const {
        static const json kEmptyObject = json::object();
        static const json kEmptyArray = json::array();
        if (!has(key)) {
            return wantObject ? kEmptyObject : kEmptyArray;
        }
        const json& member = value_.at(key);
        if (wantObject ? !member.is_object() : !member.is_array()) {
            fail(path(key), wantObject ? "verwacht een object" : "verwacht een lijst",
                 wantObject ? "expected an object" : "expected a list");
        }
        return member;
    }

    const json& value_;
    std::string where_;
};

template <typename Enum>
Enum choice(std::optional<Enum> parsed, const std::string& where, const std::string& name) {
    if (!parsed) {
        fail(where, "onbekende waarde \"" + name + "\"", "unknown value \"" + name + "\"");
    }
    return *parsed;
}

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

void readLists(const Fields& top, Assessment& a, bool sample) {
    std::size_t i = 0;
    for (const json& value : top.array("custom_risks")) {
        const Fields r(value, "custom_risks[" + std::to_string(i++) + "]",
                       {"id", "title", "description", "likelihood", "impact"});
        a.customRisks.push_back(CustomRisk{r.text("id"), r.text("title"), r.text("description"),
                                           r.integer("likelihood"), r.integer("impact")});
    }
    i = 0;
    for (const json& value : top.array("measures")) {
        const Fields m(value, "measures[" + std::to_string(i++) + "]",
                       {"id", "title", "risks", "owner", "due", "status"});
        Measure measure{m.text("id"), m.text("title"), {}, m.text("owner"), m.text("due"), {}};
        for (const json& risk : m.array("risks")) {
            if (!risk.is_string()) {
                fail(m.path("risks"), "verwacht een lijst van risico-ids",
                     "expected a list of risk ids");
            }
            measure.risks.push_back(risk.get<std::string>());
        }
        const std::string status = m.text("status");
        measure.status = choice(parseMeasureStatus(status), m.path("status"), status);
        a.measures.push_back(std::move(measure));
    }
    i = 0;
    for (const json& value : top.array("signoffs")) {
        const Fields s(value, "signoffs[" + std::to_string(i++) + "]",
                       {"id", "role", "name", "date", "text", "outcome"});
        const std::string role = s.text("role");
        a.signoffs.push_back(
            Signoff{s.text("id"), choice(parseSignoffRole(role), s.path("role"), role),
                    s.text("name"), s.text("date"), s.text("text"), s.text("outcome")});
    }
    if (sample && top.has("change_log")) {
        fail("change_log", "een voorbeeld heeft geen wijzigingslog", "a sample has no change log");
    }
    i = 0;
    for (const json& value : top.array("change_log")) {
        const Fields e(value, "change_log[" + std::to_string(i++) + "]", {"when", "user", "what"});
        a.changeLog.push_back(ChangeLogEntry{e.text("when"), e.text("user"), e.text("what")});
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
                          "change_log"});
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
            fail("format_version", "verwacht 1", "expected 1");
        }
        readMetadata(top, result, sample);
        readBaseline(top, result, sample);
        readMaps(top, result);
        readLists(top, result, sample);
    } catch (const Problem& problem) {
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
    return AssessmentFile::createFrom(targetPath, *assessment, "");
}

} // namespace dpia::storage

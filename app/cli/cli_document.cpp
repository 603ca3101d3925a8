#include "app/cli/cli_document.h"

#include "app/cli/cli_support.h"
#include "app/cli/terminal_text.h"
#include "core/scoring/assessment_scoring.h"
#include "core/scoring/scored_document.h"
#include "core/storage/assessment_json.h"
#include "core/storage/assessment_service.h"
#include "core/storage/file_probe.h"
#include "core/storage/json_strict.h"
#include "core/storage/sample_assessment.h"
#include "core/storage/schema.h"

#include <algorithm>
#include <cstdio>
#include <nlohmann/json.hpp>

namespace dpia::cli {
namespace {

using storage::AssessmentFile;
using storage::AssessmentService;
using storage::EditList;
using storage::OpenMode;

std::string shortHash(const std::string& hash) {
    return hash.substr(0, 12);
}

void printList(CliContext& context, const LocalText& heading, std::size_t count) {
    context.out << context.say(heading) << " (" << count << ")" << (count > 0 ? ":" : "") << "\n";
}

void printAssessment(CliContext& context, const storage::Assessment& a, int schemaVersion) {
    // Every text from the document goes through terminalSafe: it may hold control
    // characters that would clear the screen or fake lines.
    const auto safe = [](const std::string& text) {
        return terminalSafe(text);
    };
    const auto line = [&](const LocalText& label, const std::string& value) {
        context.out << context.say(label) << ": " << safe(value) << "\n";
    };
    line({"Titel", "Title"}, a.metadata.title);
    line({"Organisatie", "Organisation"}, a.metadata.organisation);
    line({"Verwerking", "Processing"}, a.metadata.processing);
    line({"Proceseigenaar", "Process owner"}, a.metadata.processOwner);
    line({"Auteur", "Author"}, a.metadata.author);
    line({"Status", "Status"}, std::string(storage::statusName(a.status)));
    line({"Versie", "Version"}, std::to_string(a.metadata.version));
    line({"Rubricering", "Classification"}, a.metadata.classification);
    line({"Gemaakt", "Created"}, a.created);
    line({"Gewijzigd", "Modified"}, a.modified);
    line({"Baseline", "Baseline"},
         a.baseline.id + " " + a.baseline.version + " (" + shortHash(a.baseline.hash) + ")");
    line({"Bestandsformaat", "File format"}, std::to_string(schemaVersion));

    printList(context, {"Antwoorden", "Answers"}, a.answers.size());
    for (const auto& [question, value] : a.answers) {
        context.out << "  " << safe(question) << ": " << safe(value.dump()) << "\n";
    }
    printList(context, {"Aantekeningen", "Notes"}, a.notes.size());
    for (const auto& [question, note] : a.notes) {
        context.out << "  " << safe(question) << ": " << safe(note) << "\n";
    }
    printList(context, {"Maatregelen", "Safeguards"}, a.safeguards.size());
    for (const auto& [id, entry] : a.safeguards) {
        context.out << "  " << safe(id) << ": " << storage::safeguardStatusName(entry.status)
                    << (entry.evidence.empty() ? "" : " — " + safe(entry.evidence)) << "\n";
    }
    printList(context, {"Eigen inschattingen", "Risk overrides"}, a.riskOverrides.size());
    for (const auto& [id, value] : a.riskOverrides) {
        context.out << "  " << safe(id) << ": " << value.likelihood << " x " << value.impact
                    << " — " << safe(value.justification) << "\n";
    }
    printList(context, {"Eigen risico's", "Custom risks"}, a.customRisks.size());
    for (const auto& risk : a.customRisks) {
        context.out << "  " << safe(risk.id) << ": " << safe(risk.title) << " (" << risk.likelihood
                    << " x " << risk.impact << ")\n";
    }
    printList(context, {"Actiepunten", "Measures"}, a.measures.size());
    for (const auto& measure : a.measures) {
        context.out << "  " << safe(measure.id) << ": " << safe(measure.title) << " ["
                    << storage::measureStatusName(measure.status) << "]"
                    << (measure.due.empty() ? "" : " " + safe(measure.due)) << "\n";
    }
    printList(context, {"Adviezen en besluiten", "Advice and decisions"}, a.signoffs.size());
    for (const auto& signoff : a.signoffs) {
        context.out << "  " << safe(signoff.id) << ": " << storage::roleName(signoff.role) << ", "
                    << safe(signoff.name) << " " << safe(signoff.date) << " — "
                    << safe(signoff.outcome) << "\n";
    }
    printList(context, {"Geïmporteerd, niet overgenomen", "Imported, not mapped"},
              a.imported.size());
    for (const auto& item : a.imported) {
        context.out << "  " << safe(item.source) << " " << safe(item.key) << "\n";
    }
    context.out << context.say({"Wijzigingslog: ", "Change log: "}) << a.changeLog.size()
                << context.say({" regels", " entries"}) << "\n";
}

/// Whether an error of making the sample is about the sample's own content.
bool sampleContentRefused(ErrorCode code) {
    return code == ErrorCode::invalidJson || code == ErrorCode::invalidValue ||
           code == ErrorCode::unknownId || code == ErrorCode::invalidBaseline ||
           code == ErrorCode::newerVersion || code == ErrorCode::internal;
}

} // namespace

int runNew(CliContext& context, CommandArgs args) {
    std::vector<std::string> rest(args.begin(), args.end());
    const bool sample = takeFlag(rest, "--sample");
    std::optional<std::string> title;
    if (!takeOption(rest, "--title", title) || rest.size() != 1) {
        return usageError(context, {"Gebruik: dpia-cli new BESTAND [--title TEKST] [--sample]",
                                    "Usage: dpia-cli new FILE [--title TEXT] [--sample]"});
    }
    const std::string& path = rest.front();
    auto baseline = shippedBaseline(context);
    if (!baseline) {
        return kExitInternal;
    }
    Result<std::unique_ptr<AssessmentService>> made = Error{};
    if (sample) {
        const std::string_view json = storage::bundledSampleJson();
        if (json.empty()) {
            return reportError(context, Error{ErrorCode::internal,
                                              {"Deze versie van DPIA Assistent bevat geen "
                                               "voorbeeld-DPIA.",
                                               "This build of DPIA Assistent has no sample "
                                               "assessment."},
                                              "no bundled sample"});
        }
        made = AssessmentService::createFromSample(path, baseline, json, title);
        if (!made && sampleContentRefused(made.error().code)) {
            // The bundled sample is checked by the tests; its content refused is a bug. Where
            // it is written (a full disk, a lock file, a folder) is the user's situation.
            return reportError(context, Error{ErrorCode::internal, made.error().message,
                                              "bundled sample: " + made.error().detail});
        }
    } else {
        storage::Metadata metadata;
        metadata.title = title.value_or(context.say({"Nieuwe DPIA", "New DPIA"}));
        made = AssessmentService::create(path, baseline, metadata);
    }
    if (!made) {
        return reportError(context, made.error());
    }
    const auto& info = (*made)->baseline().info();
    context.out << context.say({"Gemaakt: ", "Created: "}) << path << " (baseline " << info.id
                << " " << info.version << ")\n";
    return kExitOk;
}

int runAnswer(CliContext& context, CommandArgs args) {
    if (args.size() != 3) {
        return usageError(context, {"Gebruik: dpia-cli answer BESTAND VRAAG_ID WAARDE",
                                    "Usage: dpia-cli answer FILE QUESTION_ID VALUE"});
    }
    if (args[1].empty()) {
        return reportError(context,
                           Error{ErrorCode::invalidValue,
                                 {"De vraag-id is leeg. Geef de id van een vraag (dpia-cli "
                                  "baseline list questions); het bestand is niet gewijzigd.",
                                  "The question id is empty. Give the id of a question (dpia-cli "
                                  "baseline list questions); the file has not been changed."},
                                 "empty question id"});
    }
    auto value = storage::parseStrictJson(args[2], storage::JsonLimits{});
    if (!value) {
        return reportError(context,
                           Error{ErrorCode::invalidValue,
                                 {"De waarde is geen JSON. Voorbeelden: true, \"tekst\", "
                                  "[\"a\",\"b\"], 12, [{\"kolom\":\"waarde\"}]; het bestand is "
                                  "niet gewijzigd.",
                                  "The value is not JSON. Examples: true, \"text\", [\"a\",\"b\"], "
                                  "12, [{\"column\":\"value\"}]; the file has not been changed."},
                                 "answer value is not JSON"});
    }
    return applyEdits(context, args[0], [&](const storage::Assessment&) -> Result<EditList> {
        return EditList{storage::SetAnswer{args[1], *value}};
    });
}

int runSafeguard(CliContext& context, CommandArgs args) {
    std::vector<std::string> rest(args.begin(), args.end());
    std::optional<std::string> evidence;
    if (!takeOption(rest, "--evidence", evidence) || rest.size() != 3) {
        return usageError(
            context, {"Gebruik: dpia-cli safeguard BESTAND MAATREGEL_ID STATUS [--evidence TEKST]",
                      "Usage: dpia-cli safeguard FILE SAFEGUARD_ID STATUS [--evidence TEXT]"});
    }
    const auto status = storage::parseSafeguardStatus(rest[2]);
    if (!status) {
        return reportError(
            context, Error{ErrorCode::invalidValue,
                           {"Onbekende status " + rest[2] +
                                "; kies implemented, planned, not-implemented of not-applicable. "
                                "Het bestand is niet gewijzigd.",
                            "Unknown status " + rest[2] +
                                "; choose implemented, planned, not-implemented or "
                                "not-applicable. The file has not been changed."},
                           "unknown safeguard status"});
    }
    // Without --evidence the recorded evidence stays.
    return applyEdits(context, rest[0],
                      [&](const storage::Assessment& current) -> Result<EditList> {
                          const auto found = current.safeguards.find(rest[1]);
                          const std::string kept =
                              found != current.safeguards.end() ? found->second.evidence : "";
                          return EditList{storage::SetSafeguard{
                              rest[1], storage::SafeguardEntry{*status, evidence.value_or(kept)}}};
                      });
}

int runShow(CliContext& context, CommandArgs args) {
    std::vector<std::string> rest(args.begin(), args.end());
    const bool json = takeFlag(rest, "--json");
    if (rest.size() != 1) {
        return usageError(context, {"Gebruik: dpia-cli show BESTAND [--json]",
                                    "Usage: dpia-cli show FILE [--json]"});
    }
    auto opened = AssessmentService::open(rest.front(), OpenMode::readOnly);
    if (!opened) {
        return reportError(context, opened.error());
    }
    const AssessmentFile& file = (*opened)->file();
    if (json) {
        printJson(context, storage::summaryJson(file.assessment(), file.schemaVersion()));
    } else {
        printAssessment(context, file.assessment(), file.schemaVersion());
    }
    return kExitOk;
}

int runCheck(CliContext& context, CommandArgs args) {
    if (args.size() != 1) {
        return usageError(context,
                          {"Gebruik: dpia-cli check BESTAND", "Usage: dpia-cli check FILE"});
    }
    const std::string& path = args.front();
    auto header = storage::probe::readHeader(path);
    if (!header) {
        return reportError(context, header.error());
    }
    char applicationId[16];
    std::snprintf(applicationId, sizeof applicationId, "0x%08x",
                  static_cast<unsigned>(header->applicationId));
    context.out << context.say({"SQLite-bestand: ja (", "SQLite file: yes ("}) << header->fileSize
                << " bytes)\n"
                << "Application id: " << applicationId
                << (header->applicationId == storage::kApplicationId ? " (DPIA Assistent)" : "")
                << "\n"
                << context.say({"Schemaversie: ", "Schema version: "}) << header->userVersion
                << context.say({" (dit programma: ", " (this program: "}) << storage::kSchemaVersion
                << ")\n";
    // Opening runs every check, the same as for every other command: integrity, schema,
    // the embedded baseline against the one the document records (and it rolls back a save
    // that a crash interrupted).
    auto opened = AssessmentService::open(path, OpenMode::readOnly);
    if (!opened) {
        return reportError(context, opened.error());
    }
    context.out << context.say({"Integriteit (quick_check): ok", "Integrity (quick_check): ok"})
                << "\n"
                << context.say({"Schema: ok", "Schema: ok"}) << "\n";
    const storage::EmbeddedBaseline& embedded = (*opened)->assessment().baseline;
    context.out << "Baseline: " << embedded.id << " " << embedded.version << " ("
                << shortHash(embedded.hash) << ")\n";
    // Two records of one fact that disagree, a safeguard the licence does not offer, ...:
    // the file is sound, but the officer has something to resolve.
    const scoring::Evaluation evaluation = scoring::evaluate(**opened);
    for (const scoring::Finding& finding : evaluation.findings) {
        context.out << context.say({"Let op: ", "Warning: "}) << context.say(finding.text) << "\n";
    }
    if (!evaluation.screening.decided()) {
        context.out << context.say({"Let op: de pre-scan is nog niet af; nog te beantwoorden:",
                                    "Warning: the pre-scan is not finished; still to answer:"});
        const std::vector<std::string>& open = evaluation.screening.undecidedBy;
        for (std::size_t i = 0; i < open.size(); ++i) {
            context.out << (i == 0 ? " " : ", ") << open[i];
        }
        context.out << "\n";
    }
    if (const auto holder = AssessmentFile::lockHolder(path)) {
        context.out << context.say({"Geopend door: ", "Open by: "}) << holder->user << " @ "
                    << holder->host << " (" << holder->pid << ") " << holder->since << "\n";
    }
    context.out << context.say({"In orde.", "OK."}) << "\n";
    return kExitOk;
}

int runExport(CliContext& context, CommandArgs args) {
    if (args.size() != 2) {
        return usageError(context, {"Gebruik: dpia-cli export BESTAND UIT.json",
                                    "Usage: dpia-cli export FILE OUT.json"});
    }
    auto opened = AssessmentService::open(args[0], OpenMode::readOnly);
    if (!opened) {
        return reportError(context, opened.error());
    }
    const Status written =
        storage::exportToFile((*opened)->assessment(), args[1], storage::files::Existing::keep);
    return written ? kExitOk : reportError(context, written.error());
}

int runImport(CliContext& context, CommandArgs args) {
    if (args.size() != 2) {
        return usageError(context, {"Gebruik: dpia-cli import IN.json BESTAND",
                                    "Usage: dpia-cli import IN.json FILE"});
    }
    auto imported = AssessmentService::importFile(args[0], args[1]);
    return imported ? kExitOk : reportError(context, imported.error());
}

} // namespace dpia::cli

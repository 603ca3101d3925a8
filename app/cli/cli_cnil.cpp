#include "app/cli/cli_cnil.h"

#include "app/cli/cli_import_report.h"
#include "app/cli/cli_support.h"
#include "app/cli/terminal_text.h"
#include "core/interchange/cnil_import.h"

#include <nlohmann/json.hpp>

namespace dpia::cli {
namespace {

using interchange::CnilImport;
using nlohmann::json;

json reportJson(const CnilImport& imported, const std::string& in, const std::string& out) {
    json attachments = json::array();
    for (const auto& a : imported.attachments) {
        attachments.push_back(
            {{"name", a.name}, {"size", a.size}, {"sha256", a.sha256}, {"stored", false}});
    }
    const auto& content = imported.content;
    return {{"source", in},
            {"file", out},
            {"format", interchange::kCnilSource},
            {"answers", content.answers.size()},
            {"custom_risks", content.customRisks.size()},
            {"measures", content.measures.size()},
            {"signoffs", content.signoffs.size()},
            {"mapped", mappedJson(imported.mapped)},
            {"kept_aside", keptAsideJson(content.imported)},
            {"attachments", std::move(attachments)},
            {"empty", imported.empty}};
}

void printReport(CliContext& context, const CnilImport& imported, const std::string& out) {
    const auto& content = imported.content;
    context.out << context.say({"Gemaakt: ", "Created: "}) << terminalSafe(out) << " ("
                << interchange::kCnilSource << ")\n";
    context.out << context.say({"Overgenomen: ", "Taken over: "}) << content.answers.size()
                << context.say({" antwoorden, ", " answers, "}) << content.customRisks.size()
                << context.say({" eigen risico's, ", " own risks, "}) << content.measures.size()
                << context.say({" maatregelen, ", " measures, "}) << content.signoffs.size()
                << context.say({" adviezen of besluiten", " advice or decisions"}) << "\n";
    printMapped(context, imported.mapped);
    printKeptAside(context, content.imported);
    if (!imported.attachments.empty()) {
        context.out << context.say({"Bijlagen (niet opgeslagen in de DPIA; bewaar de export "
                                    "zelf): ",
                                    "Attachments (not stored in the DPIA; keep the export "
                                    "itself): "})
                    << imported.attachments.size() << "\n";
        for (const auto& a : imported.attachments) {
            context.out << "  " << terminalSafe(a.name) << " (" << a.size << " bytes, sha256 "
                        << a.sha256 << ")\n";
        }
    }
    if (imported.empty > 0) {
        context.out << context.say({"Lege antwoorden overgeslagen: ", "Empty answers skipped: "})
                    << imported.empty << "\n";
    }
}

} // namespace

int runImportCnil(CliContext& context, CommandArgs args) {
    std::vector<std::string> rest(args.begin(), args.end());
    const bool asJson = takeFlag(rest, "--json");
    if (rest.size() != 2) {
        return usageError(context, {"Gebruik: dpia-cli import-cnil IN.json|IN.zip BESTAND [--json]",
                                    "Usage: dpia-cli import-cnil IN.json|IN.zip FILE [--json]"});
    }
    auto baseline = shippedBaseline(context);
    if (!baseline) {
        return kExitInternal;
    }
    auto made = interchange::makeFromCnil(rest[0], rest[1], baseline);
    if (!made) {
        return reportError(context, made.error());
    }
    if (asJson) {
        printJson(context, reportJson(made->report, rest[0], rest[1]));
    } else {
        printReport(context, made->report, rest[1]);
    }
    return kExitOk;
}

} // namespace dpia::cli

#include "app/cli/cli_minbzk.h"

#include "app/cli/cli_import_report.h"
#include "app/cli/cli_support.h"
#include "app/cli/terminal_text.h"
#include "core/interchange/minbzk_export.h"
#include "core/interchange/minbzk_import.h"
#include "core/storage/assessment_service.h"
#include "core/storage/file_ops.h"

#include <nlohmann/json.hpp>

namespace dpia::cli {
namespace {

using interchange::MinbzkImport;
using nlohmann::json;

nlohmann::json reportJson(const MinbzkImport& imported, const std::string& in,
                          const std::string& out) {
    return {{"source", in},
            {"file", out},
            {"format", imported.urn},
            {"answers", imported.answers.size()},
            {"mapped", mappedJson(imported.mapped)},
            {"kept_aside", keptAsideJson(imported.keptAside)},
            {"empty", imported.empty}};
}

/// The report in words: what came in, and the keys of what was kept aside (their values
/// are in the document and in --json; a terminal gets no answer text).
void printReport(CliContext& context, const MinbzkImport& imported, const std::string& out) {
    context.out << context.say({"Gemaakt: ", "Created: "}) << terminalSafe(out) << " ("
                << imported.urn << ")\n";
    context.out << context.say({"Overgenomen antwoorden: ", "Answers taken over: "})
                << imported.answers.size() << "\n";
    printMapped(context, imported.mapped);
    printKeptAside(context, imported.keptAside);
    if (imported.empty > 0) {
        context.out << context.say({"Lege antwoorden overgeslagen: ", "Empty answers skipped: "})
                    << imported.empty << "\n";
    }
}

} // namespace

int runImportMinbzk(CliContext& context, CommandArgs args) {
    std::vector<std::string> rest(args.begin(), args.end());
    const bool asJson = takeFlag(rest, "--json");
    if (rest.size() != 2) {
        return usageError(context,
                          {"Gebruik: dpia-cli import-minbzk IN.json|IN.pdf BESTAND [--json]",
                           "Usage: dpia-cli import-minbzk IN.json|IN.pdf FILE [--json]"});
    }
    const std::string& in = rest[0];
    const std::string& out = rest[1];
    auto baseline = shippedBaseline(context);
    if (!baseline) {
        return kExitInternal;
    }
    auto made = interchange::makeFromMinbzk(in, out, baseline);
    if (!made) {
        return reportError(context, made.error());
    }
    const MinbzkImport& imported = made->report;
    if (asJson) {
        printJson(context, reportJson(imported, in, out));
    } else {
        printReport(context, imported, out);
    }
    return kExitOk;
}

int runExportMinbzk(CliContext& context, CommandArgs args) {
    std::vector<std::string> rest(args.begin(), args.end());
    const bool force = takeFlag(rest, "--force");
    std::optional<std::string> formName;
    if (!takeOption(rest, "--form", formName) || rest.size() != 2) {
        return usageError(context,
                          {"Gebruik: dpia-cli export-minbzk BESTAND UIT.json [--form dpia|prescan] "
                           "[--force]",
                           "Usage: dpia-cli export-minbzk FILE OUT.json [--form dpia|prescan] "
                           "[--force]"});
    }
    const interchange::MinbzkForm* form = interchange::minbzkFormNamed(formName.value_or("dpia"));
    if (form == nullptr) {
        return reportError(context, Error{ErrorCode::invalidValue,
                                          {"Onbekend formulier " + *formName +
                                               "; kies dpia of prescan. Er is niets geschreven.",
                                           "Unknown form " + *formName +
                                               "; choose dpia or prescan. Nothing was written."},
                                          "unknown minbzk form"});
    }
    auto opened = storage::AssessmentService::open(rest[0], storage::OpenMode::readOnly);
    if (!opened) {
        return reportError(context, opened.error());
    }
    const auto exported = interchange::exportMinbzk((*opened)->assessment(), (*opened)->baseline(),
                                                    *form, storage::files::utcNow());
    const Status written = storage::files::writeOutput(rest[1], exported.document.dump(2) + "\n",
                                                       force ? storage::files::Existing::replace
                                                             : storage::files::Existing::keep);
    if (!written && written.error().code == ErrorCode::alreadyExists) {
        return reportError(context,
                           Error{ErrorCode::alreadyExists,
                                 {rest[1] + " bestaat al en is niet gewijzigd. Kies een andere "
                                            "naam, of voeg --force toe om het te vervangen.",
                                  rest[1] + " already exists and has not been changed. Choose "
                                            "another name, or add --force to replace it."},
                                 "export-minbzk output exists"});
    }
    if (!written) {
        return reportError(context, written.error());
    }
    context.out << rest[1] << " (" << form->urn << ", " << exported.document.at("answers").size()
                << context.say({" antwoorden)", " answers)"}) << "\n";
    if (!exported.notExported.empty()) {
        context.out << context.say({"Niet (helemaal) over te nemen in het formulier: ",
                                    "Not (fully) carried over to the form: "});
        for (std::size_t i = 0; i < exported.notExported.size(); ++i) {
            context.out << (i == 0 ? "" : ", ") << exported.notExported[i];
        }
        context.out << "\n";
    }
    return kExitOk;
}

} // namespace dpia::cli

#include "app/cli/cli_commands.h"

#include "app/cli/cli_baseline.h"
#include "app/cli/cli_cnil.h"
#include "app/cli/cli_diff.h"
#include "app/cli/cli_document.h"
#include "app/cli/cli_edit.h"
#include "app/cli/cli_minbzk.h"
#include "app/cli/cli_portfolio.h"
#include "app/cli/cli_report.h"
#include "app/cli/cli_score.h"
#include "app/cli/cli_upgrade.h"

namespace dpia::cli {

const std::vector<CommandSpec>& commands() {
    // Each capability adds its commands here; the order is the order of --help.
    static const std::vector<CommandSpec> all = {
        {"baseline",
         "baseline info|validate DIR|list KIND|show ID [--json]",
         {"De Privacy & Security Baseline bekijken of een bronmap controleren",
          "Inspect the Privacy & Security Baseline or validate a source folder"},
         runBaseline},
        {"new",
         "new FILE [--title TEXT] [--sample]",
         {"Een nieuwe DPIA maken (overschrijft nooit een bestaand bestand)",
          "Create a new assessment (never overwrites an existing file)"},
         runNew},
        {"answer",
         "answer FILE QUESTION_ID VALUE",
         {"Een vraag beantwoorden; WAARDE is JSON: true, \"tekst\", [\"a\",\"b\"], 12",
          "Answer a question; VALUE is JSON: true, \"text\", [\"a\",\"b\"], 12"},
         runAnswer},
        {"safeguard",
         "safeguard FILE SAFEGUARD_ID STATUS [--evidence TEXT]",
         {"De status van een maatregel vastleggen (implemented | planned | not-implemented | "
          "not-applicable)",
          "Record a safeguard's status (implemented | planned | not-implemented | "
          "not-applicable)"},
         runSafeguard},
        {"edit",
         "edit FILE EDIT.json|-",
         {"Wijzigingen toepassen in hun JSON-vorm (docs/CLI.md), alles of niets",
          "Apply edits in their JSON form (docs/CLI.md), all or nothing"},
         runEdit},
        {"status",
         "status FILE draft|in-review|final",
         {"De status van de DPIA zetten", "Set the assessment's status"},
         runStatus},
        {"metadata",
         "metadata FILE [--title T] [--organisation T] [--processing T] [--process-owner T] "
         "[--author T] [--classification T] [--version N]",
         {"Documentgegevens wijzigen; wat niet genoemd wordt blijft",
          "Change the document details; what is not named stays"},
         runMetadata},
        {"override",
         "override FILE RISK_ID LIKELIHOOD IMPACT --justification TEXT | --remove",
         {"Een eigen score voor een risico vastleggen (met onderbouwing) of weghalen",
          "Record your own score for a risk (with a justification) or remove it"},
         runOverride},
        {"risk",
         "risk add|update|remove FILE [ID] [--title T] [--description T] [--likelihood N] "
         "[--impact N]",
         {"Een eigen risico toevoegen, wijzigen of verwijderen",
          "Add, change or remove an own risk"},
         runRisk},
        {"measure",
         "measure add|update|remove FILE [ID] [--title T] [--risks ID,ID] [--owner T] "
         "[--due YYYY-MM-DD] [--status S]",
         {"Een actiepunt van het plan van aanpak toevoegen, wijzigen of verwijderen",
          "Add, change or remove a measure of the action plan"},
         runMeasure},
        {"signoff",
         "signoff add|update|remove FILE [ID] [--role R] [--name T] [--date YYYY-MM-DD] "
         "[--outcome T] [--text T]",
         {"Een advies of besluit vastleggen, wijzigen of verwijderen",
          "Record, change or remove an advice or decision"},
         runSignoff},
        {"show",
         "show FILE [--json]",
         {"De hele DPIA tonen", "Show the whole assessment"},
         runShow},
        {"check",
         "check FILE",
         {"Het bestand controleren: integriteit, application id, schemaversie",
          "Check the file: integrity, application id, schema version"},
         runCheck},
        {"export",
         "export FILE OUT.json",
         {"Exporteren naar het gedocumenteerde JSON-formaat",
          "Export to the documented JSON interchange format"},
         runExport},
        {"import",
         "import IN.json FILE",
         {"Importeren uit het JSON-formaat (overschrijft nooit een bestaand bestand)",
          "Import from the JSON interchange format (never overwrites an existing file)"},
         runImport},
        {"import-cnil",
         "import-cnil IN.json|IN.zip FILE [--json]",
         {"Importeren uit de PIA-software van de CNIL; meldt wat apart is bewaard",
          "Import from the CNIL's PIA software; reports what was kept aside"},
         runImportCnil},
        {"import-minbzk",
         "import-minbzk IN.json|IN.pdf FILE [--json]",
         {"Importeren uit het Model DPIA-formulier van de Rijksoverheid; meldt wat apart is "
          "bewaard",
          "Import from the Dutch government's Model DPIA form; reports what was kept aside"},
         runImportMinbzk},
        {"export-minbzk",
         "export-minbzk FILE OUT.json [--form dpia|prescan] [--force]",
         {"Exporteren naar het Model DPIA-formulier van de Rijksoverheid (assessment-output v2)",
          "Export to the Dutch government's Model DPIA form (assessment-output v2)"},
         runExportMinbzk},
        {"score",
         "score FILE [--json]",
         {"De risico's, de DPIA-plicht en de dekking van de eisen berekenen, met uitleg",
          "Score the risks, the need for a DPIA and requirement coverage, with reasons"},
         runScore},
        {"diff",
         "diff A.dpia B.dpia [--json]",
         {"Tonen wat er veranderd is van A naar B (alleen lezen)",
          "Show what changed from A to B (read only)"},
         runDiff},
        {"portfolio",
         "portfolio DIR [--json|--csv] [--lang nl|en]",
         {"Alle DPIA's in een map (en submappen) op een rij; leest alleen, neemt geen slot",
          "Every DPIA in a folder (and below) at a glance; reads only, takes no locks"},
         runPortfolio},
        {"report",
         "report FILE -o OUT.pdf|OUT.html [--format pdf|html] [--lang nl|en] [--force]",
         {"Het rapport maken als PDF of als toegankelijke webpagina (zonder venster)",
          "Write the report as PDF or as an accessible web page (no window needed)"},
         runReport},
        {"upgrade",
         "upgrade FILE NEW.dpia [--dry-run]",
         {"Een document naar de baseline van dit programma overzetten, in een nieuw bestand",
          "Carry a document over to this program's baseline, into a new file"},
         runUpgrade},
    };
    return all;
}

} // namespace dpia::cli

#include "app/cli/cli_commands.h"

#include "app/cli/cli_baseline.h"
#include "app/cli/cli_report.h"
#include "app/cli/cli_score.h"

namespace dpia::cli {

const std::vector<CommandSpec>& commands() {
    // Each capability adds its commands here; the order is the order of --help.
    static const std::vector<CommandSpec> all = {
        {"baseline",
         "baseline info|validate DIR|list KIND|show ID [--json]",
         {"De Privacy & Security Baseline bekijken of een bronmap controleren",
          "Inspect the Privacy & Security Baseline or validate a source folder"},
         runBaseline},
        {"score",
         "score FILE [--json]",
         {"De risico's, de DPIA-plicht en de dekking van de eisen berekenen, met uitleg",
          "Score the risks, the need for a DPIA and requirement coverage, with reasons"},
         runScore},
        {"report",
         "report FILE -o OUT.pdf [--lang nl|en]",
         {"Het PDF-rapport maken (zonder venster)", "Write the PDF report (no window needed)"},
         runReport},
    };
    return all;
}

} // namespace dpia::cli

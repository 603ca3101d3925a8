#include "app/cli/cli_score.h"

#include "app/cli/cli_support.h"
#include "app/cli/evaluation_json.h"
#include "app/cli/score_text.h"
#include "core/scoring/scored_document.h"

#include <nlohmann/json.hpp>

namespace dpia::cli {

int runScore(CliContext& context, CommandArgs args) {
    std::vector<std::string> rest(args.begin(), args.end());
    const bool json = takeFlag(rest, "--json");
    if (rest.size() != 1) {
        return usageError(context, {"Gebruik: dpia-cli score BESTAND [--json]",
                                    "Usage: dpia-cli score FILE [--json]"});
    }
    auto scored = scoring::openScored(rest.front(), storage::OpenMode::readOnly);
    if (!scored) {
        return reportError(context, scored.error());
    }
    const baseline::Baseline& baseline = scored->baseline();
    if (json) {
        printJson(context, evaluationJson(baseline, scored->evaluation, context.lang));
    } else {
        printScore(context, baseline, scored->assessment(), scored->evaluation);
    }
    return kExitOk;
}

} // namespace dpia::cli

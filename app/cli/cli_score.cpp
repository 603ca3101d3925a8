#include "app/cli/cli_score.h"

#include "app/cli/cli_support.h"
#include "app/cli/evaluation_json.h"
#include "app/cli/score_text.h"
#include "core/scoring/assessment_scoring.h"
#include "core/storage/assessment_file.h"

#include <nlohmann/json.hpp>

namespace dpia::cli {

int runScore(CliContext& context, CommandArgs args) {
    std::vector<std::string> rest(args.begin(), args.end());
    const bool json = takeFlag(rest, "--json");
    if (rest.size() != 1) {
        return usageError(context, {"Gebruik: dpia-cli score BESTAND [--json]",
                                    "Usage: dpia-cli score FILE [--json]"});
    }
    // Scoring only reads: open read-only, so a file open in the app can be scored too.
    auto file = storage::AssessmentFile::open(rest.front(), storage::OpenMode::readOnly);
    if (!file) {
        return reportError(context, file.error());
    }
    const storage::Assessment& assessment = (*file)->assessment();
    auto baseline = baseline::Baseline::load(assessment.baseline.image);
    if (!baseline) {
        return reportError(context, baseline.error());
    }
    const scoring::Evaluation evaluation = scoring::evaluate(**baseline, assessment);
    if (json) {
        printJson(context, evaluationJson(**baseline, evaluation, context.lang));
    } else {
        printScore(context, **baseline, assessment, evaluation);
    }
    return kExitOk;
}

} // namespace dpia::cli

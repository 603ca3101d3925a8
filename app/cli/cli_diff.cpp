#include "app/cli/cli_diff.h"

#include "app/cli/cli_support.h"
#include "core/compare/diff_json.h"
#include "core/compare/diff_text.h"
#include "core/compare/document_diff.h"
#include "core/scoring/scored_document.h"

#include <nlohmann/json.hpp>

namespace dpia::cli {

namespace {

nlohmann::json documentJson(const std::string& path, const scoring::ScoredDocument& document) {
    const storage::Assessment& assessment = document.assessment();
    return {
        {"file", path},
        {"title", assessment.metadata.title},
        {"version", assessment.metadata.version},
        {"status", storage::statusName(assessment.status)},
        {"baseline", {{"id", assessment.baseline.id}, {"version", assessment.baseline.version}}}};
}

} // namespace

int runDiff(CliContext& context, CommandArgs args) {
    std::vector<std::string> rest(args.begin(), args.end());
    const bool json = takeFlag(rest, "--json");
    if (rest.size() != 2) {
        return usageError(context, {"Gebruik: dpia-cli diff A.dpia B.dpia [--json]",
                                    "Usage: dpia-cli diff A.dpia B.dpia [--json]"});
    }
    // Read-only: a document open in the app, or a final one, can be compared as it is.
    auto before = scoring::openScored(rest[0], storage::OpenMode::readOnly);
    if (!before) {
        return reportError(context, before.error());
    }
    auto after = scoring::openScored(rest[1], storage::OpenMode::readOnly);
    if (!after) {
        return reportError(context, after.error());
    }
    const compare::DocumentDiff diff = compare::compareDocuments(*before, *after);
    if (json) {
        nlohmann::json out = compare::diffJson(diff, context.lang);
        out["first"] = documentJson(rest[0], *before);
        out["second"] = documentJson(rest[1], *after);
        printJson(context, out);
    } else {
        context.out << compare::diffText(diff, context.lang);
    }
    return kExitOk;
}

} // namespace dpia::cli

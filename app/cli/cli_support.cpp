#include "app/cli/cli_support.h"

#include "core/baseline/embedded_image.h"
#include "core/log.h"
#include "core/storage/assessment_service.h"

#include <algorithm>
#include <nlohmann/json.hpp>

namespace dpia::cli {

int reportError(CliContext& context, const Error& error) {
    coreLog().warn("command failed: {} ({})", errorCodeName(error.code), error.detail);
    context.err << context.say(error.message) << "\n";
    return error.code == ErrorCode::internal ? kExitInternal : kExitBadInput;
}

int usageError(CliContext& context, const LocalText& message) {
    context.err << context.say(message) << "\n"
                << context.say({"Zie: dpia-cli --help", "See: dpia-cli --help"}) << "\n";
    return kExitUsage;
}

std::shared_ptr<const baseline::Baseline> shippedBaseline(CliContext& context) {
    auto loaded = baseline::Baseline::load(baseline::embeddedImage());
    if (!loaded) {
        // The shipped baseline is validated at build time; failing here is a bug.
        reportError(context, Error{ErrorCode::internal, loaded.error().message,
                                   "embedded baseline: " + loaded.error().detail});
        return nullptr;
    }
    return std::move(loaded).value();
}

void printJson(CliContext& context, const nlohmann::json& value) {
    context.out << value.dump(2) << "\n";
}

bool takeFlag(std::vector<std::string>& rest, std::string_view flag) {
    const auto found = std::find(rest.begin(), rest.end(), flag);
    if (found == rest.end()) {
        return false;
    }
    rest.erase(found);
    return true;
}

bool takeOption(std::vector<std::string>& rest, std::string_view name,
                std::optional<std::string>& value) {
    const auto found = std::find(rest.begin(), rest.end(), name);
    if (found == rest.end()) {
        return true;
    }
    if (std::next(found) == rest.end()) {
        return false;
    }
    value = *std::next(found);
    rest.erase(found, std::next(found, 2));
    return true;
}

int applyEdits(CliContext& context, const std::string& path, const EditBuilder& build,
               bool printDone) {
    auto opened = storage::AssessmentService::open(path, storage::OpenMode::readWrite);
    if (!opened) {
        return reportError(context, opened.error());
    }
    const storage::AssessmentService& service = **opened;
    if (service.file().isReadOnly()) {
        return reportError(context, *service.file().readOnlyReason());
    }
    auto edits = build(service.assessment());
    if (!edits) {
        return reportError(context, edits.error());
    }
    auto applied = (*opened)->apply(*edits);
    if (!applied) {
        return reportError(context, applied.error());
    }
    if (printDone) {
        for (const storage::Edit& edit : applied->done) {
            context.out << storage::logText(edit) << "\n";
        }
    }
    // An older file is migrated by its first accepted edit: say so, and where the original is.
    if (const std::string& backup = service.file().migrationBackup(); !backup.empty()) {
        const std::string format = std::to_string(service.file().schemaVersion());
        context.out << context.say({"Het bestand is omgezet naar bestandsformaat " + format +
                                        "; het origineel is bewaard als " + backup + ".",
                                    "The file has been converted to file format " + format +
                                        "; the original is kept as " + backup + "."})
                    << "\n";
    }
    return kExitOk;
}

} // namespace dpia::cli

#include "app/cli/cli_support.h"

#include "core/baseline/embedded_image.h"
#include "core/log.h"

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

} // namespace dpia::cli

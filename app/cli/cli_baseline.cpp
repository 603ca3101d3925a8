#include "app/cli/cli_baseline.h"

#include "app/cli/baseline_json.h"
#include "app/cli/baseline_text.h"
#include "app/cli/cli_support.h"
#include "core/baseline_compiler/compiler.h"

#include <algorithm>
#include <nlohmann/json.hpp>

namespace dpia::cli {
namespace {

using baseline::Baseline;

int info(CliContext& context, std::vector<std::string> rest) {
    const bool json = takeFlag(rest, "--json");
    if (!rest.empty()) {
        return usageError(context, {"Gebruik: dpia-cli baseline info [--json]",
                                    "Usage: dpia-cli baseline info [--json]"});
    }
    const auto baseline = shippedBaseline(context);
    if (!baseline) {
        return kExitInternal;
    }
    if (json) {
        printJson(context, infoJson(*baseline));
    } else {
        printInfo(context, *baseline);
    }
    return kExitOk;
}

int validate(CliContext& context, const std::vector<std::string>& rest) {
    if (rest.size() != 1) {
        return usageError(context, {"Gebruik: dpia-cli baseline validate MAP",
                                    "Usage: dpia-cli baseline validate DIR"});
    }
    const baseline::CompileResult result = baseline::compileBaseline(rest.front());
    if (!result.ok()) {
        for (const auto& diagnostic : result.diagnostics) {
            context.err << diagnostic.format() << "\n";
        }
        return kExitBadInput;
    }
    auto loaded = Baseline::load(result.image);
    if (!loaded) {
        return reportError(context, loaded.error());
    }
    const auto& info = (*loaded)->info();
    context.out << context.say({"Geldig: ", "Valid: "}) << info.id << " " << info.version << " ("
                << (*loaded)->questions().size() << context.say({" vragen, ", " questions, "})
                << (*loaded)->risks().size() << context.say({" risico's, ", " risks, "})
                << (*loaded)->safeguards().size() << context.say({" maatregelen)", " safeguards)"})
                << "\n";
    return kExitOk;
}

int list(CliContext& context, std::vector<std::string> rest) {
    const bool json = takeFlag(rest, "--json");
    static const std::vector<std::string> kKinds = {"questions", "requirements", "safeguards",
                                                    "risks",     "criteria",     "sections"};
    if (rest.size() != 1 || std::find(kKinds.begin(), kKinds.end(), rest.front()) == kKinds.end()) {
        return usageError(context,
                          {"Gebruik: dpia-cli baseline list questions|requirements|safeguards|"
                           "risks|criteria|sections [--json]",
                           "Usage: dpia-cli baseline list questions|requirements|safeguards|"
                           "risks|criteria|sections [--json]"});
    }
    const auto baseline = shippedBaseline(context);
    if (!baseline) {
        return kExitInternal;
    }
    const nlohmann::json items = listJson(*baseline, rest.front(), context.lang);
    if (json) {
        printJson(context, items);
    } else {
        for (const auto& item : items) {
            context.out << item["id"].get<std::string>() << "\t" << item["title"].get<std::string>()
                        << "\n";
        }
    }
    return kExitOk;
}

int show(CliContext& context, std::vector<std::string> rest) {
    const bool json = takeFlag(rest, "--json");
    if (rest.size() != 1) {
        return usageError(context, {"Gebruik: dpia-cli baseline show ID [--json]",
                                    "Usage: dpia-cli baseline show ID [--json]"});
    }
    const auto baseline = shippedBaseline(context);
    if (!baseline) {
        return kExitInternal;
    }
    const nlohmann::json item = itemJson(*baseline, rest.front());
    if (item.is_null()) {
        return reportError(context, Error{ErrorCode::unknownId,
                                          {"Onbekend id in de baseline: " + rest.front(),
                                           "Unknown id in the baseline: " + rest.front()},
                                          "baseline show"});
    }
    if (json) {
        printJson(context, item);
    } else {
        printItem(context, *baseline, item);
    }
    return kExitOk;
}

} // namespace

int runBaseline(CliContext& context, CommandArgs args) {
    if (args.empty()) {
        return usageError(context, {"Gebruik: dpia-cli baseline info|validate|list|show ...",
                                    "Usage: dpia-cli baseline info|validate|list|show ..."});
    }
    const std::string& verb = args.front();
    std::vector<std::string> rest(args.begin() + 1, args.end());
    if (verb == "info") {
        return info(context, std::move(rest));
    }
    if (verb == "validate") {
        return validate(context, rest);
    }
    if (verb == "list") {
        return list(context, std::move(rest));
    }
    if (verb == "show") {
        return show(context, std::move(rest));
    }
    return usageError(
        context, {"Onbekende baseline-opdracht: " + verb, "Unknown baseline command: " + verb});
}

} // namespace dpia::cli

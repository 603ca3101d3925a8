#include "app/cli/cli.h"

#include "app/cli/cli_commands.h"
#include "core/log.h"
#include "core/version.h"

#include <algorithm>
#include <exception>

namespace dpia::cli {
namespace {

void printUsage(const CliContext& context, std::ostream& stream) {
    stream << context.say({"Gebruik: dpia-cli [--lang nl|en] [--verbose] OPDRACHT ...",
                           "Usage: dpia-cli [--lang nl|en] [--verbose] COMMAND ..."})
           << "\n\n";
    stream << context.say({"Opdrachten:", "Commands:"}) << "\n";
    stream << "  dpia-cli --version\n";
    for (const CommandSpec& command : commands()) {
        stream << "  dpia-cli " << command.synopsis << "\n      " << context.say(command.summary)
               << "\n";
    }
}

} // namespace

bool wantsVerbose(const std::vector<std::string>& args) {
    return std::find(args.begin(), args.end(), "--verbose") != args.end();
}

int runCli(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    CliContext context{langFromEnvironment(), out, err};

    // Global options may stand anywhere; everything else is the command and its words.
    std::vector<std::string> words;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (arg == "--verbose") {
            continue;
        }
        if (arg == "--lang" || arg.starts_with("--lang=")) {
            std::string value;
            if (arg == "--lang") {
                if (i + 1 >= args.size()) {
                    err << context.say({"--lang verwacht nl of en", "--lang expects nl or en"})
                        << "\n";
                    return kExitUsage;
                }
                value = args[++i];
            } else {
                value = arg.substr(7);
            }
            const auto lang = parseLang(value);
            if (!lang || value.size() != 2) {
                err << context.say({"--lang verwacht nl of en", "--lang expects nl or en"}) << "\n";
                return kExitUsage;
            }
            context.lang = *lang;
            continue;
        }
        words.push_back(arg);
    }

    if (words.empty()) {
        printUsage(context, err);
        return kExitUsage;
    }
    if (words.front() == "--version" || words.front() == "-V") {
        out << "dpia-cli " << kVersion << "\n";
        return kExitOk;
    }
    if (words.front() == "--help" || words.front() == "-h" || words.front() == "help") {
        printUsage(context, out);
        return kExitOk;
    }

    const auto& all = commands();
    const auto found = std::find_if(all.begin(), all.end(), [&](const CommandSpec& command) {
        return command.name == words.front();
    });
    if (found == all.end()) {
        err << context.say({"Onbekende opdracht: ", "Unknown command: "}) << words.front()
            << "\n\n";
        printUsage(context, err);
        return kExitUsage;
    }

    try {
        const CommandArgs rest(words.data() + 1, words.size() - 1);
        return found->run(context, rest);
    } catch (const std::exception& error) {
        coreLog().error("command '{}' failed: {}", found->name, error.what());
        err << context.say(
                   {"Interne fout; zie het logbestand.", "Internal error; see the log file."})
            << "\n";
        return kExitInternal;
    }
}

} // namespace dpia::cli

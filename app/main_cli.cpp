// dpia-cli: the headless face of the core and the report (see docs/CLI.md).
#include "app/app_logging.h"
#include "app/cli/cli.h"

#include <iostream>
#include <string>
#include <vector>

#include <QCoreApplication>

int main(int argc, char** argv) {
    QCoreApplication::setOrganizationName(QStringLiteral("DPIA Assistent"));
    QCoreApplication::setApplicationName(QStringLiteral("dpia-assistent"));

    const std::vector<std::string> args(argv + 1, argv + argc);
    dpia::app::installLogging(dpia::cli::wantsVerbose(args));
    return dpia::cli::runCli(args, std::cout, std::cerr);
}

#include "app/cli/cli_report.h"

#include "app/cli/cli_support.h"
#include "core/scoring/scored_document.h"
#include "ui/report/report_writer.h"

#include <memory>

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>

namespace dpia::cli {
namespace {

/// The report needs QtGui (fonts, painting) but no screen: an offscreen application for
/// the length of the command, unless the program already has one. Qt's platform start looks
/// for a runtime directory; where the environment names none (cron, a container, `su`), Qt
/// would warn on stderr and fall back to a shared /tmp folder. The report gets a private
/// one (0700, removed afterwards), so a script's stderr holds only what dpia-cli says.
class ReportGui {
public:
    ReportGui() {
        if (QCoreApplication::instance() != nullptr) {
            return;
        }
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
            runtime_ = std::make_unique<QTemporaryDir>(QDir::tempPath() +
                                                       QStringLiteral("/dpia-cli-runtime-XXXXXX"));
            if (runtime_->isValid()) {
                qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime_->path()));
            }
        }
        static int argc = 1;
        static char name[] = "dpia-cli";
        static char* argv[] = {name, nullptr};
        app_ = std::make_unique<QGuiApplication>(argc, argv);
    }
    ~ReportGui() {
        app_.reset();
        if (runtime_ != nullptr && runtime_->isValid()) {
            qunsetenv("XDG_RUNTIME_DIR"); // the folder goes with runtime_
        }
    }
    ReportGui(const ReportGui&) = delete;
    ReportGui& operator=(const ReportGui&) = delete;

private:
    std::unique_ptr<QTemporaryDir> runtime_;
    std::unique_ptr<QGuiApplication> app_;
};

} // namespace

int runReport(CliContext& context, CommandArgs args) {
    std::vector<std::string> rest(args.begin(), args.end());
    std::string output;
    for (auto it = rest.begin(); it != rest.end(); ++it) {
        if (*it == "-o" || *it == "--output") {
            if (std::next(it) == rest.end()) {
                break;
            }
            output = *std::next(it);
            rest.erase(it, std::next(it, 2));
            break;
        }
    }
    if (rest.size() != 1 || output.empty()) {
        return usageError(context, {"Gebruik: dpia-cli report BESTAND -o UIT.pdf [--lang nl|en]",
                                    "Usage: dpia-cli report FILE -o OUT.pdf [--lang nl|en]"});
    }
    auto scored = scoring::openScored(rest.front(), storage::OpenMode::readOnly);
    if (!scored) {
        return reportError(context, scored.error());
    }

    const ReportGui gui;
    const report::ReportInput input{scored->assessment(), scored->baseline(), scored->evaluation,
                                    context.lang};
    const auto pages = report::writeReportPdf(QString::fromStdString(output), input);
    if (!pages) {
        Error error = pages.error();
        error.message = {"Het rapport kon niet worden geschreven naar " + output + ": " +
                             error.message.nl,
                         "The report could not be written to " + output + ": " + error.message.en};
        return reportError(context, error);
    }
    context.out << output << " (" << *pages << context.say({" pagina's)", " pages)"}) << "\n";
    return kExitOk;
}

} // namespace dpia::cli

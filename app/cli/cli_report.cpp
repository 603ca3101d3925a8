#include "app/cli/cli_report.h"

#include "app/cli/cli_support.h"
#include "core/compare/revision_source.h"
#include "core/scoring/scored_document.h"
#include "core/storage/file_ops.h"
#include "ui/report/report_web.h"
#include "ui/report/report_writer.h"

#include <memory>
#include <optional>

#include <QDir>
#include <QFile>
#include <QFileInfo>
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

Error notWritten(const std::string& output, Error error) {
    error.message = {"Het rapport kon niet worden geschreven naar " + output + ": " +
                         error.message.nl,
                     "The report could not be written to " + output + ": " + error.message.en};
    return error;
}

/// The report would replace a file that is there: kept, with the way to replace it.
Error reportExists(const std::string& output) {
    return Error{ErrorCode::alreadyExists,
                 {"Het rapport is niet geschreven: " + output +
                      " bestaat al en is niet gewijzigd. Kies een andere naam, of voeg --force "
                      "toe om het te vervangen.",
                  "The report has not been written: " + output +
                      " already exists and has not been changed. Choose another name, or add "
                      "--force to replace it."},
                 "report output exists"};
}

/// OUT.html or OUT.htm (in any case) asks for the web page; every other name for the PDF.
bool isWebPageName(const std::string& output) {
    const QString suffix = QFileInfo(QString::fromStdString(output)).suffix().toLower();
    return suffix == QLatin1String("html") || suffix == QLatin1String("htm");
}

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
    const bool force = takeFlag(rest, "--force");
    std::optional<std::string> format;
    const bool formatGiven = takeOption(rest, "--format", format);
    if (!formatGiven || rest.size() != 1 || output.empty() ||
        (format && *format != "pdf" && *format != "html")) {
        return usageError(context, {"Gebruik: dpia-cli report BESTAND -o UIT.pdf|UIT.html "
                                    "[--format pdf|html] [--lang nl|en] [--force]",
                                    "Usage: dpia-cli report FILE -o OUT.pdf|OUT.html "
                                    "[--format pdf|html] [--lang nl|en] [--force]"});
    }
    const bool web = format ? *format == "html" : isWebPageName(output);
    // Asked before the work of painting; the write itself never replaces without --force
    // either (a file that appears meanwhile is kept).
    if (storage::files::exists(output)) {
        if (Status replaceable = storage::files::checkReplaceable(output); !replaceable) {
            return reportError(context, notWritten(output, replaceable.error()));
        }
        if (!force) {
            return reportError(context, reportExists(output));
        }
    }
    auto scored = scoring::openScored(rest.front(), storage::OpenMode::readOnly);
    if (!scored) {
        return reportError(context, scored.error());
    }

    const ReportGui gui;
    // A revision's report says what changed since the final it came from, when that file
    // is in the same folder (core/compare/revision_source.h).
    const auto changes = compare::changesSinceFinal(
        rest.front(), {scored->assessment(), scored->baseline(), scored->evaluation});
    const report::ReportInput input{scored->assessment(), scored->baseline(),
                                    scored->evaluation,   context.lang,
                                    QDate::currentDate(), changes ? &*changes : nullptr};
    const auto existing =
        force ? storage::files::Existing::replace : storage::files::Existing::keep;
    if (web) {
        const Status written =
            report::writeReportHtml(QString::fromStdString(output), input, existing);
        if (!written) {
            return reportError(context, written.error().code == ErrorCode::alreadyExists
                                            ? reportExists(output)
                                            : notWritten(output, written.error()));
        }
        context.out << output << "\n";
        return kExitOk;
    }
    const auto pages = report::writeReportPdf(QString::fromStdString(output), input, existing);
    if (!pages && pages.error().code == ErrorCode::alreadyExists) {
        return reportError(context, reportExists(output));
    }
    if (!pages) {
        return reportError(context, notWritten(output, pages.error()));
    }
    context.out << output << " (" << *pages << context.say({" pagina's)", " pages)"}) << "\n";
    return kExitOk;
}

} // namespace dpia::cli

#include "app/app_logging.h"

#include "core/log.h"

#include <filesystem>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>
#include <system_error>

#include <QCoreApplication>
#include <QStandardPaths>

namespace dpia::app {
namespace {

constexpr std::size_t kMaxLogBytes = 1024 * 1024;
constexpr std::size_t kKeptLogFiles = 3;

std::filesystem::path logDirectory() {
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    if (base.isEmpty()) {
        return {};
    }
    return std::filesystem::path(base.toStdString()) / "logs";
}

} // namespace

std::string installLogging(bool verbose) {
    std::vector<spdlog::sink_ptr> sinks;
    std::string logFile;

    const std::filesystem::path dir = logDirectory();
    std::error_code ec;
    if (!dir.empty() && (std::filesystem::create_directories(dir, ec) || !ec)) {
        using std::filesystem::perms;
        std::filesystem::permissions(dir, perms::owner_all, ec);
        try {
            const auto path = (dir / "dpia.log").string();
            sinks.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                path, kMaxLogBytes, kKeptLogFiles));
            logFile = path;
        } catch (const spdlog::spdlog_ex&) {
            // A read-only profile must not stop the program; it just keeps no log file.
        }
    }
    if (verbose) {
        sinks.push_back(std::make_shared<spdlog::sinks::stderr_sink_mt>());
    }
    for (auto& sink : sinks) {
        sink->set_pattern("%Y-%m-%dT%H:%M:%S.%e %l [%n] %v");
    }

    const auto level = verbose ? spdlog::level::debug : spdlog::level::info;
    auto appLogger = std::make_shared<spdlog::logger>("dpia.app", sinks.begin(), sinks.end());
    appLogger->set_level(level);
    appLogger->flush_on(spdlog::level::warn);
    spdlog::set_default_logger(appLogger);
    installCoreLogSinks(sinks, level);
    return logFile;
}

} // namespace dpia::app

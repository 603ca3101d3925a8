#include "core/log.h"

#include <mutex>

namespace dpia {
namespace {

std::mutex& loggerMutex() {
    static std::mutex mutex;
    return mutex;
}

std::shared_ptr<spdlog::logger>& loggerSlot() {
    // No sinks at first: a library must not print to a terminal the program owns.
    static std::shared_ptr<spdlog::logger> logger =
        std::make_shared<spdlog::logger>("dpia.core", spdlog::sinks_init_list{});
    return logger;
}

} // namespace

spdlog::logger& coreLog() {
    std::lock_guard lock(loggerMutex());
    return *loggerSlot();
}

void installCoreLogSinks(std::vector<spdlog::sink_ptr> sinks, spdlog::level::level_enum level) {
    std::lock_guard lock(loggerMutex());
    auto logger = std::make_shared<spdlog::logger>("dpia.core", sinks.begin(), sinks.end());
    logger->set_level(level);
    logger->flush_on(spdlog::level::warn);
    loggerSlot() = std::move(logger);
}

} // namespace dpia

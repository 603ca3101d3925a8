#include "core/log.h"

#include <gtest/gtest.h>
#include <memory>
#include <spdlog/sinks/ostream_sink.h>
#include <sstream>

namespace dpia {
namespace {

TEST(CoreLog, WritesNowhereUntilSinksAreInstalledThenToThem) {
    coreLog().info("before any sink");

    std::ostringstream captured;
    auto sink = std::make_shared<spdlog::sinks::ostream_sink_mt>(captured);
    installCoreLogSinks({sink}, spdlog::level::info);
    coreLog().info("opened document {} bytes", 4096);
    coreLog().debug("below the level");
    coreLog().flush();

    const std::string text = captured.str();
    EXPECT_NE(text.find("opened document 4096 bytes"), std::string::npos);
    EXPECT_NE(text.find("dpia.core"), std::string::npos);
    EXPECT_EQ(text.find("before any sink"), std::string::npos);
    EXPECT_EQ(text.find("below the level"), std::string::npos);

    installCoreLogSinks({}, spdlog::level::info);
}

} // namespace
} // namespace dpia

// Fuzzes the baseline compiler: the input replaces one file of the small test baseline
// (its first byte picks which), and the whole source is compiled. It must report
// problems, never crash, hang or exhaust the stack.
#include "core/baseline_compiler/compiler.h"

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>

namespace {

const std::map<std::string, std::string>& fixture() {
    static const std::map<std::string, std::string> files = [] {
        std::map<std::string, std::string> loaded;
        const std::filesystem::path dir =
            std::filesystem::path(DPIA_TEST_DATA_DIR) / "baseline-minimal";
        for (const auto& entry : std::filesystem::directory_iterator(dir)) {
            std::ifstream in(entry.path(), std::ios::binary);
            std::ostringstream content;
            content << in.rdbuf();
            loaded.emplace(entry.path().filename().string(), content.str());
        }
        return loaded;
    }();
    return files;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0 || size > 256 * 1024) {
        return 0;
    }
    std::map<std::string, std::string> files = fixture();
    auto target = files.begin();
    std::advance(target, data[0] % files.size());
    target->second.assign(reinterpret_cast<const char*>(data + 1), size - 1);
    dpia::baseline::compileBaselineFiles("fuzz", files);
    return 0;
}

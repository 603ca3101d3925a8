// SHA-256 throughput (nettle): opening a document hashes its 1 MB embedded baseline twice.
#include "core/sha256.h"

#include <benchmark/benchmark.h>
#include <cstddef>
#include <cstdint>
#include <string>

namespace {

void Sha256OneMegabyte(benchmark::State& state) {
    std::string data(std::size_t{1} << 20, '\0');
    for (std::size_t i = 0; i < data.size(); ++i) {
        data[i] = static_cast<char>((i * 131) >> 3);
    }
    for (auto _ : state) {
        benchmark::DoNotOptimize(dpia::sha256Hex(data));
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) *
                            static_cast<std::int64_t>(data.size()));
}
BENCHMARK(Sha256OneMegabyte)->Unit(benchmark::kMicrosecond);

} // namespace

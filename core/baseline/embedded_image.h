#pragma once

#include <cstdint>
#include <span>

namespace dpia::baseline {

/// The compiled baseline shipped with the program (generated at build time from
/// resources/baseline by dpia-baseline-compile; defined in the dpia_baseline_image library).
std::span<const std::uint8_t> embeddedImage();

} // namespace dpia::baseline

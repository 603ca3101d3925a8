#pragma once

#include <string_view>

namespace dpia::storage {

/// The sample assessment shipped with the program (resources/samples/sample.json, in the
/// JSON interchange format's sample form: docs/FILE-FORMAT.md). Defined in the generated
/// dpia_sample_assessment library; empty when the build has no sample.
std::string_view bundledSampleJson();

} // namespace dpia::storage

#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace dpia::baseline {
class Baseline;
}

namespace dpia::ui {

/// The baseline requirements a question's plain-text reference names, in order, without
/// repeats: "AVG art. 26, 28 en 32; BIO2 5.14" gives AVG-26, AVG-28, AVG-32, BIO-5.14
/// (only those the baseline holds). Paragraph numbers ("lid 7 sub a") are not articles.
std::vector<std::string> requirementIdsIn(std::string_view reference,
                                          const baseline::Baseline& baseline);

} // namespace dpia::ui

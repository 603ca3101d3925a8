#pragma once

#include <set>
#include <string>

namespace dpia::baseline {
class Baseline;
}

namespace dpia::ui {

/// The sections whose questions decide the screening verdict (their ids are read by the
/// screening criteria and verdict rules) — the pre-scan pages. Derived from the baseline,
/// so a reworded or renamed pre-scan needs no code change.
std::set<std::string> screeningSections(const baseline::Baseline& baseline);

} // namespace dpia::ui

#pragma once

#include "core/lang.h"
#include "core/portfolio/portfolio.h"

#include <string>
#include <vector>

// The words of the portfolio's CSV and of `dpia-cli portfolio`'s table, in both languages.
namespace dpia::portfolio {

LocalText statusText(storage::DocumentStatus status);
/// "verplicht", ... or "nog niet te bepalen" while the pre-scan is undecided.
LocalText verdictText(const Summary& summary);
LocalText reviewText(ReviewState state);
/// "user@host" of a lock holder, or "" for nobody.
std::string holderText(const std::optional<storage::LockOwner>& owner);
/// The column headings, in the order of `rowFields`.
std::vector<std::string> columnHeadings(Lang lang);
/// One entry's fields: texts in `lang`, dates as stored; a problem entry has its path and
/// reason only.
std::vector<std::string> rowFields(const Entry& entry, Lang lang);

} // namespace dpia::portfolio

#pragma once

#include "core/lang.h"
#include "core/storage/assessment.h"

// The statuses and roles of a document in words, in both languages, for the core's texts
// (the action plan's CSV, the difference of two documents). The UI has its own, through
// tr() (ui/text/words.h).
namespace dpia::storage {

LocalText documentStatusText(DocumentStatus status);
LocalText safeguardStatusText(SafeguardStatus status);
LocalText measureStatusText(MeasureStatus status);
LocalText roleText(SignoffRole role);

} // namespace dpia::storage

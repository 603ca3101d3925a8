#pragma once

#include "core/baseline/baseline_types.h"
#include "core/lang.h"
#include "core/storage/assessment.h"

#include <nlohmann/json.hpp>

// The words for the values a difference shows: an answer as the officer would read it,
// and the statuses and roles of the document in both languages.
namespace dpia::compare {

/// An answer in words: the labels of the chosen options, "ja"/"nee", the text, the number,
/// the date, or for a table the number of rows. `question` may be null (a question the
/// baseline does not know): then the JSON value itself.
LocalText answerText(const baseline::Question* question, const nlohmann::json& value);

/// Whether the answer is plain text, compared word by word.
bool isTextAnswer(const baseline::Question* question, const nlohmann::json& value);

LocalText documentStatusText(storage::DocumentStatus status);
LocalText safeguardStatusText(storage::SafeguardStatus status);
LocalText measureStatusText(storage::MeasureStatus status);
LocalText roleText(storage::SignoffRole role);

} // namespace dpia::compare

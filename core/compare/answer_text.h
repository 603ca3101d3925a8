#pragma once

#include "core/baseline/baseline_types.h"
#include "core/lang.h"

#include <nlohmann/json.hpp>

// An answer in words, as the officer would read it, for the values a difference shows.
namespace dpia::compare {

/// An answer in words: the labels of the chosen options, "ja"/"nee", the text, the number,
/// the date, or for a table the number of rows. `question` may be null (a question the
/// baseline does not know): then the JSON value itself.
LocalText answerText(const baseline::Question* question, const nlohmann::json& value);

/// Whether the answer is plain text, compared word by word.
bool isTextAnswer(const baseline::Question* question, const nlohmann::json& value);

} // namespace dpia::compare

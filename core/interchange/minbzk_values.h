#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

// The small conversions the Model DPIA import and export share, so that each is the
// inverse of the other (docs/INTERCHANGE.md, "Values").
namespace dpia::interchange {

/// "2.1.3": numbers separated by dots.
bool isTaskId(std::string_view text);
/// A task id, optionally with an instance index: "2.1.3" or "2.1.3[0]".
bool isAnswerKey(std::string_view text);
/// Orders task ids by their numbers: "2.1" < "10" (and other keys after, as text).
bool taskOrder(const std::string& a, const std::string& b);

/// A string of the form as itself; a boolean as "true"/"false" (the form's yes/no values).
std::string formText(const nlohmann::json& value);
/// null, "" and [] are what the form writes for a cleared answer.
bool isEmptyValue(const nlohmann::json& value);

/// A checkbox list as the text of a text column ("a, b") and back: split only on ", ", so
/// text -> list -> text gives the same text.
std::string joinList(const std::vector<std::string>& items);
std::vector<std::string> splitList(const std::string& text);
/// Repetitions of a text task as one text, a blank line between them.
std::string joinParagraphs(const std::vector<std::string>& paragraphs);

} // namespace dpia::interchange

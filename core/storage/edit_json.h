#pragma once

#include "core/result.h"
#include "core/storage/edit.h"

#include <nlohmann/json.hpp>
#include <string_view>

// The JSON form of edits (docs/CLI.md, "dpia-cli edit"): one object or a list of them,
// each {"edit": KIND, ...}. Item fields use the keys of the interchange format.
namespace dpia::storage {

/// The full form of one edit: every field, so reading it back gives the same edit.
nlohmann::json editToJson(const Edit& edit);
nlohmann::json editsToJson(const EditList& edits);

/// Parses one edit object or a list of them, strictly (unknown keys and kinds are
/// refused, invalidJson naming the place). In "set-metadata" and the "update-..." kinds a
/// field left out keeps the value `current` has; "add-..." kinds may leave out every
/// field but the required ones (a title, or a role) and the id, which is then generated.
Result<EditList> editsFromJson(std::string_view text, const Assessment& current);

} // namespace dpia::storage

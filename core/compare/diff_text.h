#pragma once

#include "core/compare/document_diff.h"
#include "core/lang.h"

#include <string>

namespace dpia::compare {

/// A difference as readable text (what `dpia-cli diff` prints): a heading per area, one
/// line per change, a changed text with its removed words in [-...-] and its added words in
/// {+...+}, and under a risk the steps that moved it. "geen verschillen" / "no differences"
/// when there are none.
std::string diffText(const DocumentDiff& diff, Lang lang);

/// A changed text with the markers of diffText: "[-old-]{+new+}" around the words.
std::string markedWords(const std::vector<WordPiece>& words);

/// The line of one change without its area: "Title — field: old → new".
std::string changeLine(const Change& change, Lang lang);

} // namespace dpia::compare

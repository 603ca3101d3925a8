#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace dpia::compare {

/// One run of words of a text difference, with the spaces between them as they were.
struct WordPiece {
    enum class Op { same, removed, added };
    Op op = Op::same;
    std::string text;

    bool operator==(const WordPiece&) const = default;
};

/// The difference between two texts word by word (the longest common subsequence of their
/// words): runs of the same, removed and added words, in reading order. Neighbouring words
/// of one kind are joined into one piece. Two equal texts give one `same` piece (or none
/// when both are empty).
std::vector<WordPiece> diffWords(std::string_view before, std::string_view after);

/// "same" / "removed" / "added": the names of the JSON form (docs/CLI.md).
std::string_view opName(WordPiece::Op op);

} // namespace dpia::compare

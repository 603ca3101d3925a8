#include "core/compare/word_diff.h"

#include <algorithm>
#include <cstdint>

namespace dpia::compare {

namespace {

/// The words of a text, each with the white space that follows it, so that joining them
/// gives the text back exactly.
std::vector<std::string_view> splitWords(std::string_view text) {
    std::vector<std::string_view> words;
    std::size_t start = 0;
    const auto isSpace = [](char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r';
    };
    while (start < text.size()) {
        std::size_t end = start;
        while (end < text.size() && !isSpace(text[end])) {
            ++end;
        }
        while (end < text.size() && isSpace(text[end])) {
            ++end;
        }
        words.push_back(text.substr(start, end - start));
        start = end;
    }
    return words;
}

/// A word without its trailing white space: "a  b" and "a b" differ only in spacing,
/// which is not a change worth showing.
std::string_view bare(std::string_view word) {
    std::size_t end = word.size();
    while (end > 0 && (word[end - 1] == ' ' || word[end - 1] == '\n' || word[end - 1] == '\t' ||
                       word[end - 1] == '\r')) {
        --end;
    }
    return word.substr(0, end);
}

void append(std::vector<WordPiece>& pieces, WordPiece::Op op, std::string_view word) {
    if (!pieces.empty() && pieces.back().op == op) {
        pieces.back().text += word;
    } else {
        pieces.push_back({op, std::string(word)});
    }
}

} // namespace

std::vector<WordPiece> diffWords(std::string_view before, std::string_view after) {
    const std::vector<std::string_view> a = splitWords(before);
    const std::vector<std::string_view> b = splitWords(after);
    // The common head and tail need no table; answers mostly change in one place.
    std::size_t head = 0;
    while (head < a.size() && head < b.size() && bare(a[head]) == bare(b[head])) {
        ++head;
    }
    std::size_t tail = 0;
    while (tail < a.size() - head && tail < b.size() - head &&
           bare(a[a.size() - 1 - tail]) == bare(b[b.size() - 1 - tail])) {
        ++tail;
    }
    std::size_t n = a.size() - head - tail;
    std::size_t m = b.size() - head - tail;
    std::vector<WordPiece> pieces;
    for (std::size_t k = 0; k < head; ++k) {
        append(pieces, WordPiece::Op::same, b[k]);
    }
    // Two long texts rewritten throughout would need a table of n×m cells: past
    // kMaxCells the middle shows as removed, then added (still true, only coarser).
    constexpr std::size_t kMaxCells = std::size_t{4} << 20;
    if (n > 0 && m > 0 && n * m > kMaxCells) {
        for (std::size_t k = 0; k < n; ++k) {
            append(pieces, WordPiece::Op::removed, a[head + k]);
        }
        for (std::size_t k = 0; k < m; ++k) {
            append(pieces, WordPiece::Op::added, b[head + k]);
        }
        n = m = 0;
    }
    // lcs[i][j]: the length of the longest common subsequence of a[i..] and b[j..] (middle).
    std::vector<std::uint32_t> lcs((n + 1) * (m + 1), 0);
    const auto at = [&](std::size_t i, std::size_t j) -> std::uint32_t& {
        return lcs[i * (m + 1) + j];
    };
    for (std::size_t i = n; i-- > 0;) {
        for (std::size_t j = m; j-- > 0;) {
            at(i, j) = bare(a[head + i]) == bare(b[head + j])
                           ? at(i + 1, j + 1) + 1
                           : std::max(at(i + 1, j), at(i, j + 1));
        }
    }
    std::size_t i = 0;
    std::size_t j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && bare(a[head + i]) == bare(b[head + j])) {
            append(pieces, WordPiece::Op::same, b[head + j]);
            ++i;
            ++j;
        } else if (i < n && (j == m || at(i + 1, j) >= at(i, j + 1))) {
            // Removed words before the added ones that replace them, as people read a change.
            append(pieces, WordPiece::Op::removed, a[head + i]);
            ++i;
        } else {
            append(pieces, WordPiece::Op::added, b[head + j]);
            ++j;
        }
    }
    for (std::size_t k = b.size() - tail; k < b.size(); ++k) {
        append(pieces, WordPiece::Op::same, b[k]);
    }
    return pieces;
}

std::string_view opName(WordPiece::Op op) {
    switch (op) {
    case WordPiece::Op::same:
        return "same";
    case WordPiece::Op::removed:
        return "removed";
    case WordPiece::Op::added:
        return "added";
    }
    return "same";
}

} // namespace dpia::compare

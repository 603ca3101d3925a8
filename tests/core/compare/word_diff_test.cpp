// The word-by-word difference of two answers.
#include "core/compare/diff_text.h"
#include "core/compare/word_diff.h"

#include <gtest/gtest.h>

namespace dpia::compare {
namespace {

using Op = WordPiece::Op;

TEST(WordDiff, EqualTextsAreOneSamePiece) {
    EXPECT_EQ(diffWords("a b c", "a b c"), (std::vector<WordPiece>{{Op::same, "a b c"}}));
    EXPECT_TRUE(diffWords("", "").empty());
}

TEST(WordDiff, OneReplacedWordShowsRemovedThenAdded) {
    const auto pieces = diffWords("Teams wordt gebruikt door 40 medewerkers",
                                  "Teams wordt gebruikt door 60 medewerkers");
    EXPECT_EQ(markedWords(pieces), "Teams wordt gebruikt door [-40 -]{+60 +}medewerkers");
}

TEST(WordDiff, AddedAndRemovedWordsKeepTheRestInPlace) {
    EXPECT_EQ(markedWords(
                  diffWords("de gegevens blijven in de EU", "de gegevens blijven in de EU en VS")),
              "de gegevens blijven in de EU {+en VS+}");
    EXPECT_EQ(markedWords(diffWords("alleen intern gebruik", "intern gebruik")),
              "[-alleen -]intern gebruik");
    EXPECT_EQ(markedWords(diffWords("", "nieuw")), "{+nieuw+}");
}

TEST(WordDiff, SpacingAloneIsNoChange) {
    const auto pieces = diffWords("a  b", "a b");
    ASSERT_EQ(pieces.size(), 1U);
    EXPECT_EQ(pieces.front().op, Op::same);
}

} // namespace
} // namespace dpia::compare

namespace dpia::compare {
namespace {

// Two long texts rewritten throughout stay affordable: the middle shows removed, then added.
TEST(WordDiff, LongRewrittenTextsShowAsRemovedThenAdded) {
    std::string before;
    std::string after;
    for (int i = 0; i < 3000; ++i) {
        before += "oud" + std::to_string(i) + " ";
        after += "nieuw" + std::to_string(i) + " ";
    }
    before += "einde";
    after += "einde";
    const auto pieces = diffWords(before, after);
    ASSERT_EQ(pieces.size(), 3U);
    EXPECT_EQ(pieces[0].op, WordPiece::Op::removed);
    EXPECT_EQ(pieces[1].op, WordPiece::Op::added);
    EXPECT_EQ(pieces[1].text + pieces[2].text, after);
}

} // namespace
} // namespace dpia::compare

#include "core/lang.h"

#include <cstdlib>
#include <gtest/gtest.h>

namespace dpia {
namespace {

TEST(Lang, ParsesCodesAndLocales) {
    EXPECT_EQ(parseLang("nl"), Lang::nl);
    EXPECT_EQ(parseLang("en"), Lang::en);
    EXPECT_EQ(parseLang("nl_NL.UTF-8"), Lang::nl);
    EXPECT_EQ(parseLang("en-GB"), Lang::en);
    EXPECT_EQ(parseLang("de"), std::nullopt);
    EXPECT_EQ(parseLang("nlx"), std::nullopt);
    EXPECT_EQ(parseLang(""), std::nullopt);
}

TEST(Lang, LocalTextPicksTheLanguage) {
    const LocalText text{"Verwerking", "Processing"};
    EXPECT_EQ(text.in(Lang::nl), "Verwerking");
    EXPECT_EQ(text.in(Lang::en), "Processing");
}

class LangEnvironment : public ::testing::Test {
protected:
    void SetUp() override {
        for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
            unsetenv(name);
        }
    }
};

TEST_F(LangEnvironment, DutchWhenNothingIsSet) {
    EXPECT_EQ(langFromEnvironment(), Lang::nl);
}

TEST_F(LangEnvironment, EnglishForAnotherLanguage) {
    setenv("LANG", "de_DE.UTF-8", 1);
    EXPECT_EQ(langFromEnvironment(), Lang::en);
}

TEST_F(LangEnvironment, LcAllWinsOverLang) {
    setenv("LANG", "en_US.UTF-8", 1);
    setenv("LC_ALL", "nl_BE.UTF-8", 1);
    EXPECT_EQ(langFromEnvironment(), Lang::nl);
}

} // namespace
} // namespace dpia

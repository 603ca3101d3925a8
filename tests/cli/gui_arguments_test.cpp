// dpia-assistant's command line (issue 21, item 13): `--lang en` is an option and its
// value, not a file named "en".
#include "app/gui_arguments.h"

#include <gtest/gtest.h>

namespace dpia::app {
namespace {

GuiArguments parse(const QStringList& rest) {
    return parseGuiArguments(QStringList{QStringLiteral("dpia-assistant")} + rest);
}

TEST(GuiArguments, TheValueOfLangIsNotTheFileToOpen) {
    const GuiArguments english = parse({QStringLiteral("--lang"), QStringLiteral("en")});
    EXPECT_TRUE(english.file.isEmpty());
    EXPECT_EQ(english.language, QStringLiteral("en"));
    EXPECT_TRUE(english.problem.isEmpty());

    const GuiArguments both = parse({QStringLiteral("--lang"), QStringLiteral("nl"),
                                     QStringLiteral("--verbose"), QStringLiteral("a.dpia")});
    EXPECT_EQ(both.file, QStringLiteral("a.dpia"));
    EXPECT_EQ(both.language, QStringLiteral("nl"));
}

TEST(GuiArguments, ALangWithoutAKnownValueIsAProblemNotAFile) {
    EXPECT_FALSE(parse({QStringLiteral("--lang")}).problem.isEmpty());
    const GuiArguments unknown = parse({QStringLiteral("--lang"), QStringLiteral("de")});
    EXPECT_FALSE(unknown.problem.isEmpty());
    EXPECT_TRUE(unknown.file.isEmpty());
    EXPECT_EQ(parse({QStringLiteral("doc.dpia")}).file, QStringLiteral("doc.dpia"));
}

} // namespace
} // namespace dpia::app

// "No baseline ids in C++": ui/ and app/ act on the baseline's questions through the roles
// it names (baseline::Roles, docs/BASELINE.md "Roles"), never through ids written into the
// code, so a content editor can rename a question without a code change. This scans every
// C++ source under ui/ and app/ for string literals that are ids of the shipped baseline.
// Tests may use ids; they are not scanned.
#include "core/baseline/baseline.h"
#include "core/baseline/embedded_image.h"
#include "tests/architecture/source_literals.h"

#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace dpia::testing {
namespace {

namespace fs = std::filesystem;

/// The ids of the shipped baseline, by id, with the kind they are.
struct Ids {
    /// Every id of every kind with its own id (parts to hints), matched as a whole literal.
    std::map<std::string, std::string> whole;
    /// Question, safeguard and risk ids, which are distinctive enough (q_x, sg-x, r-x) to
    /// be matched as a word inside a longer literal too ("question close_decision").
    std::map<std::string, std::string> words;
};

Ids shippedIds() {
    auto loaded = baseline::Baseline::load(baseline::embeddedImage());
    if (!loaded) {
        throw std::runtime_error("the shipped baseline does not load");
    }
    const baseline::Baseline& b = **loaded;
    Ids ids;
    const auto add = [&ids](const auto& items, const char* kind, bool asWord) {
        for (const auto& item : items) {
            ids.whole.emplace(item.id, kind);
            if (asWord) {
                ids.words.emplace(item.id, kind);
            }
        }
    };
    add(b.parts(), "part", false);
    add(b.sections(), "section", false);
    add(b.questions(), "question", true);
    add(b.requirements(), "requirement", false);
    add(b.safeguards(), "safeguard", true);
    add(b.risks(), "risk", true);
    add(b.criteria(), "criterion", false);
    add(b.hints(), "hint", false);
    return ids;
}

/// The words of a literal: runs of the characters ids are made of.
std::vector<std::string> words(const std::string& text) {
    std::vector<std::string> result;
    std::string word;
    for (const char c : text + " ") {
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-') {
            word += c;
        } else if (!word.empty()) {
            result.push_back(std::move(word));
            word.clear();
        }
    }
    return result;
}

/// "file:line: ..." for each literal of `source` that is or holds a baseline id.
std::vector<std::string> offences(const std::string& file, const std::string& source,
                                  const Ids& ids) {
    std::vector<std::string> found;
    for (const SourceLiteral& literal : stringLiterals(source)) {
        std::set<std::string> named;
        if (ids.whole.count(literal.text) > 0) {
            named.insert(literal.text);
        }
        for (const std::string& word : words(literal.text)) {
            if (ids.words.count(word) > 0) {
                named.insert(word);
            }
        }
        for (const std::string& id : named) {
            found.push_back(file + ":" + std::to_string(literal.line) + ": \"" + literal.text +
                            "\" names the " + ids.whole.at(id) + " id '" + id + "'");
        }
    }
    return found;
}

std::string readAll(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

TEST(NoBaselineIdsInUiOrApp, NoSourceNamesAQuestionSafeguardOrRiskId) {
    const Ids ids = shippedIds();
    ASSERT_GT(ids.words.size(), 100u);
    const fs::path root(DPIA_SOURCE_DIR);
    std::vector<std::string> found;
    int files = 0;
    for (const char* folder : {"ui", "app"}) {
        for (const auto& entry : fs::recursive_directory_iterator(root / folder)) {
            const std::string extension = entry.path().extension().string();
            if (!entry.is_regular_file() || (extension != ".cpp" && extension != ".h")) {
                continue;
            }
            ++files;
            const std::string name = fs::relative(entry.path(), root).generic_string();
            for (std::string& offence : offences(name, readAll(entry.path()), ids)) {
                found.push_back(std::move(offence));
            }
        }
    }
    EXPECT_GT(files, 100) << "the scan did not find the sources under " << root;
    std::string report;
    for (const std::string& offence : found) {
        report += offence + "\n";
    }
    EXPECT_TRUE(found.empty())
        << "ui/ and app/ must not name baseline ids; name the question in baseline.yaml "
           "roles: and read it from baseline::Roles (docs/BASELINE.md, Roles):\n"
        << report;
}

// The scan itself can fail: a literal id is found, in a longer literal and in a raw string
// too, while the same id in a comment, a character literal or after a digit separator is not.
TEST(NoBaselineIdsInUiOrApp, TheScanFindsIdsInLiteralsButNotInComments) {
    const Ids ids = shippedIds();
    const std::string question = ids.words.begin()->first;
    const std::string source = "// " + question +
                               " in a comment\n"
                               "/* and \"" +
                               question +
                               "\" in a block comment */\n"
                               "const int n = 1'000'000; const char c = '\"';\n"
                               "const char* a = \"" +
                               question +
                               "\";\n"
                               "auto b = QStringLiteral(\"go to " +
                               question +
                               " now\");\n"
                               "auto r = R\"x(raw \"" +
                               question +
                               "\")x\";\n"
                               "auto e = \"escaped \\\" quote\"; auto f = \"" +
                               question + "_more\";\n";
    const std::vector<std::string> found = offences("example.cpp", source, ids);
    ASSERT_EQ(found.size(), 3u) << ::testing::PrintToString(found);
    EXPECT_EQ(found[0].rfind("example.cpp:4: ", 0), 0u) << found[0];
    EXPECT_EQ(found[1].rfind("example.cpp:5: ", 0), 0u) << found[1];
    EXPECT_EQ(found[2].rfind("example.cpp:6: ", 0), 0u) << found[2];
}

} // namespace
} // namespace dpia::testing

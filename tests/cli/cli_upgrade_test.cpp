// `dpia-cli upgrade`: a document carried over to the program's baseline in a new file.
#include "core/sha256.h"
#include "tests/cli/cli_run.h"

#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <sstream>
#include <unistd.h>

namespace dpia::cli {
namespace {

namespace fs = std::filesystem;

int run(const std::vector<std::string>& args, std::string* out = nullptr) {
    const testing::CliRun result = testing::runCaptured(args);
    if (out != nullptr) {
        *out = result.out + result.err;
    }
    return result.code;
}

/// A fixture document of an older baseline, copied (owner-only) into a fresh folder, and
/// the path `upgrade` writes to; the folder goes when the test ends.
struct OldDocument {
    fs::path dir;
    fs::path original;
    fs::path upgraded;

    OldDocument(const std::string& fixture, const std::string& tag)
        : dir(fs::temp_directory_path() / ("dpia-upgrade-" + tag + "-" + std::to_string(getpid()))),
          original(dir / "oud.dpia"), upgraded(dir / "nieuw.dpia") {
        fs::remove_all(dir);
        fs::create_directories(dir);
        fs::copy_file(fs::path(DPIA_TEST_DATA_DIR) / fixture, original);
        fs::permissions(original, fs::perms::owner_read | fs::perms::owner_write);
    }
    ~OldDocument() { fs::remove_all(dir); }
    OldDocument(const OldDocument&) = delete;
    OldDocument& operator=(const OldDocument&) = delete;
};

std::string fileHash(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream bytes;
    bytes << in.rdbuf();
    return sha256Hex(bytes.str());
}

TEST(CliUpgrade, WritesANewFileSaysWhatChangedAndLeavesTheOriginalAlone) {
    const fs::path dir = fs::temp_directory_path() / ("dpia-upgrade-" + std::to_string(getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    const fs::path original = dir / "oud.dpia";
    const fs::path upgraded = dir / "nieuw.dpia";
    ASSERT_EQ(run({"new", original.string(), "--sample"}), 0);
    const std::string before = fileHash(original);

    std::string out;
    ASSERT_EQ(run({"upgrade", original.string(), "--dry-run", "--lang", "en"}, &out), 0);
    EXPECT_NE(out.find("Questions:"), std::string::npos) << out;
    EXPECT_NE(out.find("no changes"), std::string::npos) << out;
    EXPECT_FALSE(fs::exists(upgraded));

    ASSERT_EQ(run({"upgrade", original.string(), upgraded.string(), "--lang", "en"}, &out), 0)
        << out;
    EXPECT_TRUE(fs::exists(upgraded));
    EXPECT_EQ(run({"check", upgraded.string()}), 0);
    EXPECT_EQ(fileHash(original), before);
    // Never replaces an existing file.
    EXPECT_EQ(run({"upgrade", original.string(), upgraded.string()}), 2);
    EXPECT_EQ(run({"upgrade", original.string()}), 1);
    fs::remove_all(dir);
}

// One fact, one place (baseline 1.2.0): a document of baseline 1.1.0 answered the cloud model,
// the groups of data subjects and the Microsoft 365 parts twice (pre-scan and part A, part A
// and the Microsoft 365 part). After the upgrade each is one answer; where the two differed,
// part A's counts, the output says so and the other answer is kept in the note.
TEST(CliUpgrade, AQuestionAskedTwiceBecomesOneAnswerAndNothingIsLost) {
    const OldDocument old("asked-twice-1.1.0.dpia", "twice");
    const fs::path& original = old.original;
    const fs::path& upgraded = old.upgraded;

    std::string out;
    ASSERT_EQ(run({"upgrade", original.string(), upgraded.string(), "--lang", "en"}, &out), 0)
        << out;
    EXPECT_NE(out.find("Questions that are now asked once:"), std::string::npos) << out;
    EXPECT_NE(out.find("a4_cloud_model → pre_cloud_model: the answers differed; the answer of "
                       "a4_cloud_model counts"),
              std::string::npos)
        << out;
    EXPECT_NE(out.find("a2_subject_categories → pre_subjects: the answers differed"),
              std::string::npos)
        << out;
    EXPECT_NE(out.find("m365_services → a1_m365_workloads: both answers agreed"), std::string::npos)
        << out;
    EXPECT_EQ(out.find("Answers not carried over"), std::string::npos) << out;
    EXPECT_EQ(out.find("Notes not carried over"), std::string::npos) << out;

    ASSERT_EQ(run({"show", upgraded.string(), "--json"}, &out), 0) << out;
    const nlohmann::json shown = nlohmann::json::parse(out);
    const nlohmann::json& answers = shown.at("answers");
    EXPECT_EQ(answers.at("pre_cloud_model"), "hybrid") << "part A's answer counts";
    EXPECT_EQ(answers.at("pre_subjects"), nlohmann::json({"employees", "citizens"}));
    EXPECT_EQ(answers.at("a1_m365_workloads"), nlohmann::json({"teams", "sharepoint"}));
    for (const char* gone : {"a4_cloud_model", "a2_subject_categories", "m365_services"}) {
        EXPECT_FALSE(answers.contains(gone)) << gone;
    }
    // The pre-scan's differing answers and part A's note stay in the document.
    const std::string cloudNote = shown.at("notes").at("pre_cloud_model").get<std::string>();
    EXPECT_NE(cloudNote.find("Fileserver synchroniseert naar SharePoint."), std::string::npos);
    EXPECT_NE(cloudNote.find("pre_cloud_model: \"saas\""), std::string::npos) << cloudNote;
    const std::string subjectsNote = shown.at("notes").at("pre_subjects").get<std::string>();
    EXPECT_NE(subjectsNote.find("officials"), std::string::npos) << subjectsNote;
    EXPECT_EQ(run({"check", upgraded.string()}), 0);
}

// Baseline 1.3.0: part A's yes/no questions "outside the EEA?" and "algorithms?" are read from
// the pre-scan. The fixture is asked-twice-1.1.0.dpia with three answers and a note added
// (sqlite3): §8 said "no" while the pre-scan said support comes from outside the EEA, and §4
// said "no" with the pre-scan's algorithm question still open.
TEST(CliUpgrade, AYesNoQuestionOfAnotherShapeIsReadFromThePrescanAndAContradictionIsKept) {
    const OldDocument old("asked-in-another-shape-1.1.0.dpia", "shape");
    const fs::path& original = old.original;
    const fs::path& upgraded = old.upgraded;

    std::string out;
    ASSERT_EQ(run({"upgrade", original.string(), upgraded.string(), "--lang", "en"}, &out), 0)
        << out;
    EXPECT_NE(out.find("a8_outside_eea → pre_transfer: the answers differed; the answer of "
                       "pre_transfer counts, the other (false) is in the note"),
              std::string::npos)
        << out;
    EXPECT_NE(out.find("a4_algorithms → pre_algorithms: the answer is carried over"),
              std::string::npos)
        << out;
    EXPECT_EQ(out.find("Answers not carried over"), std::string::npos) << out;
    EXPECT_EQ(out.find("Notes not carried over"), std::string::npos) << out;

    ASSERT_EQ(run({"show", upgraded.string(), "--json"}, &out), 0) << out;
    const nlohmann::json shown = nlohmann::json::parse(out);
    const nlohmann::json& answers = shown.at("answers");
    EXPECT_EQ(answers.at("pre_transfer"), "access-outside") << "the pre-scan's answer counts";
    EXPECT_EQ(answers.at("pre_algorithms"), "none") << "an old no determines it";
    EXPECT_FALSE(answers.contains("a8_outside_eea"));
    EXPECT_FALSE(answers.contains("a4_algorithms"));
    const std::string note = shown.at("notes").at("pre_transfer").get<std::string>();
    EXPECT_NE(note.find("EU Data Boundary volgens de leverancier."), std::string::npos) << note;
    EXPECT_NE(note.find("a8_outside_eea: false"), std::string::npos) << note;
    EXPECT_EQ(run({"check", upgraded.string()}), 0);
}

} // namespace
} // namespace dpia::cli

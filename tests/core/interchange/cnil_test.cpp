// The CNIL PIA import (core/interchange/cnil_import): hand-written exports (tests/data/cnil,
// the zips made by make_zips.py), every field mapped, kept aside or quietly ignored as the
// CNIL tool's own bookkeeping, and each kind of bad input refused with nothing created.
#include "core/baseline/baseline.h"
#include "core/baseline/embedded_image.h"
#include "core/interchange/cnil_import.h"
#include "core/interchange/html_text.h"
#include "core/sha256.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

namespace dpia::interchange {
namespace {

using nlohmann::json;
namespace fs = std::filesystem;

std::shared_ptr<const baseline::Baseline> shipped() {
    static const auto kBaseline = *baseline::Baseline::load(baseline::embeddedImage());
    return kBaseline;
}

std::string dataPath(const std::string& name) {
    return std::string(DPIA_TEST_DATA_DIR) + "/cnil/" + name;
}

std::string fixture(const std::string& name) {
    std::ifstream in(dataPath(name), std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

const storage::ImportedItem* kept(const CnilImport& imported, const std::string& key) {
    for (const auto& item : imported.content.imported) {
        if (item.key == key) {
            return &item;
        }
    }
    return nullptr;
}

bool isMapped(const CnilImport& imported, const std::string& from) {
    return std::any_of(imported.mapped.begin(), imported.mapped.end(),
                       [&](const ImportMapped& m) { return m.from == from; });
}

CnilImport readFixture() {
    auto imported = readCnil(fixture("full-export.json"), *shipped());
    EXPECT_TRUE(imported) << (imported ? "" : imported.error().message.en);
    return imported ? *imported : CnilImport{};
}

TEST(HtmlText, EntitiesAreDecodedAndBlocksAndListItemsGetLinesOfTheirOwn) {
    const HtmlText text =
        htmlToText("<p>Wmo &amp; Jeugd &lt;team&gt; caf&eacute;</p><ul><li>een</li>"
                   "<li><strong>twee</strong> drie</li></ul>los<br>regel");
    EXPECT_FALSE(text.script);
    EXPECT_EQ(text.text, "Wmo & Jeugd <team> café\n- een\n- twee drie\nlos\nregel");
    EXPECT_EQ(htmlToText("gewoon   tekst").text, "gewoon tekst");
}

TEST(HtmlText, ScriptsAndEmbeddedObjectsAreNotTakenAsText) {
    for (const char* html : {"<p>a</p><script>alert(1)</script>", "<style>p{}</style>x",
                             "<iframe src=\"https://example.org\"></iframe>",
                             "<div><object data=\"x\"></object></div>"}) {
        const HtmlText text = htmlToText(html);
        EXPECT_TRUE(text.script) << html;
        EXPECT_EQ(text.text, "") << html;
    }
}

TEST(HtmlText, DeepNestingIsReportedNotWalked) {
    std::string html;
    for (int i = 0; i < 200; ++i) {
        html += "<span>";
    }
    html += "x";
    EXPECT_TRUE(htmlToText(html).tooDeep);
}

TEST(CnilImport, TheAnswersWithACounterpartComeInAsPlainText) {
    const CnilImport imported = readFixture();
    const auto& answers = imported.content.answers;
    EXPECT_EQ(answers.at("a1_proposal"),
              "Het team Wmo & Jeugd gaat Teams gebruiken.\n- overleg\n- dossiers delen");
    EXPECT_EQ(answers.at("a2_data_items"),
              json::parse(R"([{"item": "Naam, BSN en gespreksverslagen van cliënten"}])"));
    EXPECT_EQ(answers.at("a3_coherence"),
              "Binnenkomst via het loket, opslag in SharePoint, vernietiging na 7\u00a0jaar.");
    EXPECT_EQ(answers.at("a5_purposes"), "Samenwerken aan cliëntdossiers.");
    EXPECT_EQ(answers.at("b11_explanation"), "Publieke taak (art. 6 lid 1 sub e AVG), Wmo 2015.");
    EXPECT_EQ(answers.at("a7_subjects_consulted"), true);
    EXPECT_EQ(answers.at("a7_consultation_outcome"), "De cliëntenraad steunt de overstap.");
    EXPECT_EQ(imported.content.metadata.title, "Teams voor het sociaal domein");
    EXPECT_EQ(imported.content.metadata.author, "A. Jansen");
    EXPECT_EQ(imported.empty, 1); // 123 was left empty
}

TEST(CnilImport, ARiskWithBothGaugesBecomesAnOwnRiskAndOneWithoutIsKeptAside) {
    const CnilImport imported = readFixture();
    ASSERT_EQ(imported.content.customRisks.size(), 1u);
    const storage::CustomRisk& risk = imported.content.customRisks[0];
    EXPECT_EQ(risk.id, "cr-1");
    EXPECT_EQ(risk.title, "Onrechtmatige toegang tot gegevens (CNIL)");
    EXPECT_EQ(risk.impact, 3);     // severity, 325
    EXPECT_EQ(risk.likelihood, 2); // likelihood, 326
    EXPECT_NE(risk.description.find("Gevolgen: Schaamte; Discriminatie"), std::string::npos);
    EXPECT_NE(risk.description.find("Dreigingen: Phishing"), std::string::npos);
    EXPECT_NE(risk.description.find("MFA staat aan."), std::string::npos);
    // Modification (33x) has no gauges, disappearance (34x) a gauge of 0: aside, verbatim.
    ASSERT_NE(kept(imported, "answers.331"), nullptr);
    EXPECT_EQ(kept(imported, "answers.331")->value.at("list"),
              json::array({"Verkeerde beslissing"}));
    ASSERT_NE(kept(imported, "answers.345"), nullptr);
    // 324 named a measure the export does not have: that name is kept aside.
    ASSERT_NE(kept(imported, "answers.324.list"), nullptr);
    EXPECT_EQ(kept(imported, "answers.324.list")->value, json::array({"Onbekende maatregel"}));
}

TEST(CnilImport, MeasuresAndTheActionPlanComeInWithOwnerDateAndRisk) {
    const CnilImport imported = readFixture();
    const auto& measures = imported.content.measures;
    ASSERT_EQ(measures.size(), 3u);
    EXPECT_EQ(measures[0].title, "Meervoudige authenticatie");
    EXPECT_EQ(measures[0].owner, "E. Smit (IT)");
    EXPECT_EQ(measures[0].due, "2026-12-01");
    EXPECT_EQ(measures[0].risks, std::vector<std::string>{"cr-1"});
    EXPECT_EQ(measures[1].title, "Versleuteling");
    EXPECT_EQ(measures[2].title, "Bewaartermijn vastleggen");
    EXPECT_EQ(measures[2].owner, "F. Mulder");
    EXPECT_EQ(measures[2].due, "2027-01-15");
    ASSERT_NE(kept(imported, "measures[0].content"), nullptr);
    EXPECT_EQ(kept(imported, "measures[0].content")->value, "<p>MFA voor alle accounts</p>");
    const auto* evaluation = kept(imported, "evaluations.3.1.1");
    ASSERT_NE(evaluation, nullptr);
    EXPECT_EQ(evaluation->value.at("evaluation_comment"), "Ook voor gastaccounts.");
    EXPECT_FALSE(evaluation->value.contains("person_in_charge"));
    EXPECT_NE(kept(imported, "evaluations.3.2"), nullptr);
}

TEST(CnilImport, TheDposAdviceAndTheDecisionBecomeTheAdviceRecord) {
    const CnilImport imported = readFixture();
    const auto& signoffs = imported.content.signoffs;
    ASSERT_EQ(signoffs.size(), 2u);
    EXPECT_EQ(signoffs[0].role, storage::SignoffRole::fg);
    EXPECT_EQ(signoffs[0].name, "D. Bakker (FG)");
    EXPECT_EQ(signoffs[0].outcome, "Positief");
    EXPECT_EQ(signoffs[0].text,
              "Akkoord, mits het actieplan wordt uitgevoerd & de bewaartermijn wordt vastgelegd.");
    EXPECT_EQ(signoffs[1].role, storage::SignoffRole::controller);
    EXPECT_EQ(signoffs[1].name, "C. Visser, gemeentesecretaris");
    EXPECT_EQ(signoffs[1].outcome, "Doorgaan");
}

TEST(CnilImport, EveryFieldIsMappedKeptAsideOrTheToolsOwnBookkeeping) {
    const CnilImport imported = readFixture();
    const json source = json::parse(fixture("full-export.json"));
    const std::set<std::string> junk = {"dbVersion",   "tableName",         "serverUrl",
                                        "objectStore", "numberOfQuestions", "id"};
    for (const auto& [key, value] : source.at("pia").items()) {
        const bool cleared = value.is_null() || value == "";
        const bool placed = isMapped(imported, "pia." + key) || kept(imported, "pia." + key);
        EXPECT_TRUE(placed || cleared || junk.count(key) > 0) << "pia." << key;
        if (junk.count(key) > 0) {
            EXPECT_FALSE(placed) << "pia." << key << " is the tool's bookkeeping";
        }
    }
    for (const json& answer : source.at("answers")) {
        const std::string key = "answers." + std::to_string(answer.at("reference_to").get<int>());
        const bool empty =
            answer.at("data").at("text") == "" && answer.at("data").at("list").empty();
        EXPECT_TRUE(isMapped(imported, key) || kept(imported, key) || empty) << key;
    }
    for (const json& evaluation : source.at("evaluations")) {
        const std::string key = "evaluations." + evaluation.at("reference_to").get<std::string>();
        EXPECT_TRUE(kept(imported, key) != nullptr ||
                    isMapped(imported, key + ".action_plan_comment"))
            << key;
    }
    EXPECT_NE(kept(imported, "comments[0]"), nullptr);
    EXPECT_EQ(kept(imported, "comments[0]")->value.at("description"), "Graag concreter.");
    for (const auto& item : imported.content.imported) {
        EXPECT_EQ(item.source, "cnil-pia");
        for (const char* word : {"dbVersion", "tableName", "serverUrl", "pia_id"}) {
            EXPECT_EQ(item.key.find(word), std::string::npos) << item.key;
            EXPECT_EQ(item.value.dump().find(word), std::string::npos) << item.key;
        }
    }
}

TEST(CnilImport, AnAnswerOnAStructureOfItsOwnIsKeptAsideNotGuessed) {
    json source = json::parse(fixture("full-export.json"));
    source["pia"]["structure_data"] = json{{"sections", json::array({json{{"id", 1}}})}};
    auto imported = readCnil(source.dump(), *shipped());
    ASSERT_TRUE(imported);
    EXPECT_TRUE(imported->content.answers.count("a1_proposal") == 0);
    EXPECT_TRUE(imported->content.customRisks.empty());
    EXPECT_NE(kept(*imported, "answers.111"), nullptr);
}

class CnilFile : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ = fs::temp_directory_path() /
               ("dpia-cnil-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
                "-" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(dir_);
        fs::create_directories(dir_);
    }
    void TearDown() override { fs::remove_all(dir_); }

    std::string target() const { return (dir_ / "imported.dpia").string(); }

    void expectRefused(const std::string& source, const std::string& says) {
        auto made = makeFromCnil(source, target(), shipped());
        ASSERT_FALSE(made) << source;
        EXPECT_EQ(made.error().code, ErrorCode::invalidJson) << source;
        EXPECT_NE(made.error().message.en.find(says), std::string::npos)
            << source << ": " << made.error().message.en;
        EXPECT_NE(made.error().message.en.find("Nothing was created"), std::string::npos);
        EXPECT_NE(made.error().message.nl.find("Er is niets aangemaakt"), std::string::npos);
        EXPECT_EQ(made.error().message.en.find('\n'), std::string::npos);
        EXPECT_TRUE(fs::is_empty(dir_)) << source << " left a file behind";
    }

    std::string write(const std::string& name, const std::string& bytes) const {
        const std::string path = (dir_ / name).string();
        std::ofstream(path, std::ios::binary) << bytes;
        return path;
    }

    fs::path dir_;
};

TEST_F(CnilFile, TheZipInEachLanguageBringsItsAttachmentsListedWithSizeAndHash) {
    const auto plainImport = readFixture();
    for (const auto& [zip, folder] :
         std::vector<std::pair<std::string, std::string>>{{"export-en.zip", "Attachments"},
                                                          {"export-fr.zip", "Pièces jointes"},
                                                          {"export-nl.zip", "Bijlagen"}}) {
        fs::remove_all(target());
        auto made = makeFromCnil(dataPath(zip), target(), shipped());
        ASSERT_TRUE(made) << zip << ": " << made.error().message.en;
        const CnilImport& report = made->report;
        EXPECT_EQ(report.content.answers, plainImport.content.answers) << zip;
        ASSERT_EQ(report.attachments.size(), 2u) << zip;
        EXPECT_EQ(report.attachments[0].name, folder + "/verwerkersovereenkomst.pdf");
        EXPECT_EQ(report.attachments[0].size, 14u);
        EXPECT_EQ(report.attachments[0].sha256, sha256Hex("%PDF-1.4 test\n"));
        const auto* item = kept(report, folder + "/verwerkersovereenkomst.pdf");
        ASSERT_NE(item, nullptr) << zip;
        EXPECT_EQ(item->value.at("stored"), false);
        EXPECT_EQ(item->value.at("sha256"), sha256Hex("%PDF-1.4 test\n"));
        // The new document holds what the report says was kept aside.
        EXPECT_EQ(made->service->assessment().imported, report.content.imported);
        EXPECT_EQ(made->service->assessment().customRisks.size(), 1u);
        made->service.reset();
    }
}

TEST_F(CnilFile, AnExistingFileIsNeverReplaced) {
    const std::string existing = write("imported.dpia", "mine");
    auto made = makeFromCnil(dataPath("full-export.json"), existing, shipped());
    ASSERT_FALSE(made);
    EXPECT_EQ(made.error().code, ErrorCode::alreadyExists);
    std::ifstream in(existing);
    std::string content;
    in >> content;
    EXPECT_EQ(content, "mine");
}

TEST_F(CnilFile, ZipsThatBreakALimitAreRefusedAndLeaveNothingBehind) {
    expectRefused(dataPath("bomb.zip"), "zip bomb");
    expectRefused(dataPath("huge.zip"), "larger than 64 MiB");
    expectRefused(dataPath("traversal.zip"), "points outside its folder");
    expectRefused(dataPath("absolute.zip"), "points outside its folder");
    expectRefused(dataPath("symlink.zip"), "symbolic link");
    expectRefused(dataPath("duplicate.zip"), "twice");
    expectRefused(dataPath("stray.zip"), "not pia.json");
    expectRefused(dataPath("no-pia.zip"), "no pia.json");
    expectRefused(dataPath("not-utf8.zip"), "not valid UTF-8");
    // Written beside the test's folder, which must stay empty.
    const fs::path truncated = dir_.string() + "-truncated.zip";
    std::ofstream(truncated, std::ios::binary) << fixture("export-nl.zip").substr(0, 300);
    expectRefused(truncated.string(), "not a zip archive");
    fs::remove(truncated);
}

TEST_F(CnilFile, BadJsonIsRefusedWithOneClearLine) {
    const std::string source = fixture("full-export.json");
    const auto refusedText = [&](const std::string& name, const std::string& text,
                                 const std::string& says) {
        const std::string path = write(name, text);
        auto made = makeFromCnil(path, target(), shipped());
        ASSERT_FALSE(made) << name;
        EXPECT_EQ(made.error().code, ErrorCode::invalidJson) << name;
        EXPECT_NE(made.error().message.en.find(says), std::string::npos)
            << name << ": " << made.error().message.en;
        EXPECT_FALSE(fs::exists(target())) << name;
    };
    refusedText("not.json", "not json at all", "not a valid export of the CNIL PIA software");
    refusedText("other.json", R"({"format": "dpia-assessment"})", "no \"pia\" object");
    refusedText("answers.json", R"({"pia": {}, "answers": {}})", "answers is not a list");
    refusedText("latin1.json", "{\"pia\": {\"name\": \"caf\xe9\"}}",
                "not a valid export of the CNIL PIA software");
    json script = json::parse(source);
    script["answers"][0]["data"]["text"] = "<p>Hallo</p><script>fetch('https://x')</script>";
    refusedText("script.json", script.dump(), "answers.111.text holds HTML with a script");
    std::string deep = R"({"pia": {"x": )";
    for (int i = 0; i < 100; ++i) {
        deep += "[";
    }
    refusedText("deep.json", deep, "not a valid export of the CNIL PIA software");
    json huge = json::parse(source);
    huge["pia"]["name"] = std::string(kMaxCnilString + 1, 'a');
    refusedText("huge.json", huge.dump(), "not a valid export of the CNIL PIA software");
    std::string nested = "<div>";
    for (int i = 0; i < 200; ++i) {
        nested += "<span>";
    }
    json deepHtml = json::parse(source);
    deepHtml["pia"]["dpo_opinion"] = nested;
    refusedText("deep-html.json", deepHtml.dump(), "pia.dpo_opinion holds HTML nested too deeply");
}

} // namespace
} // namespace dpia::interchange

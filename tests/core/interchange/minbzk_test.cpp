// The Model DPIA form import and export (core/interchange): hand-written fixtures of the
// form's assessment-output v2 JSON (tests/data/minbzk), every field mapped or kept aside,
// the round trip, and refused input.
#include "core/baseline/baseline.h"
#include "core/baseline/embedded_image.h"
#include "core/interchange/minbzk_export.h"
#include "core/interchange/minbzk_import.h"
#include "core/interchange/minbzk_map.h"
#include "core/storage/assessment_json.h"
#include "core/storage/sample_assessment.h"

#include <algorithm>
#include <fstream>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

namespace dpia::interchange {
namespace {

using baseline::QuestionType;
using nlohmann::json;

const baseline::Baseline& shipped() {
    static const auto kBaseline = *baseline::Baseline::load(baseline::embeddedImage());
    return *kBaseline;
}

std::string fixture(const std::string& name) {
    std::ifstream in(std::string(DPIA_TEST_DATA_DIR) + "/minbzk/" + name, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

bool hasOption(const std::vector<baseline::Option>& options, const std::string& id) {
    return std::any_of(options.begin(), options.end(),
                       [&](const baseline::Option& o) { return o.id == id; });
}

void expectOptionsExist(const std::vector<OptionPair>& pairs,
                        const std::vector<baseline::Option>& options, const std::string& where) {
    for (const auto& [form, id] : pairs) {
        EXPECT_TRUE(hasOption(options, id)) << where << ": no option " << id;
    }
}

TEST(MinbzkMap, EveryMappedQuestionColumnAndOptionExistsInTheShippedBaseline) {
    ASSERT_EQ(minbzkForms().size(), 2u);
    for (const MinbzkForm& form : minbzkForms()) {
        for (const MinbzkField& field : form.fields) {
            const baseline::Question* q = shipped().question(field.question);
            ASSERT_NE(q, nullptr) << form.name << ": no question " << field.question;
            if (!field.flags.empty()) {
                EXPECT_EQ(q->type, QuestionType::multichoice) << field.question;
                expectOptionsExist(
                    [&] {
                        std::vector<OptionPair> swapped;
                        for (const MinbzkFlag& flag : field.flags) {
                            for (const std::string& option : flag.options) {
                                swapped.emplace_back(flag.task, option);
                            }
                        }
                        return swapped;
                    }(),
                    q->options, field.question);
                continue;
            }
            if (field.columns.empty()) {
                EXPECT_NE(q->type, QuestionType::table) << field.question;
                expectOptionsExist(field.options, q->options, field.question);
                continue;
            }
            for (const MinbzkColumn& column : field.columns) {
                if (column.column.empty()) {
                    EXPECT_EQ(q->type, QuestionType::text) << field.question;
                    continue;
                }
                ASSERT_EQ(q->type, QuestionType::table) << field.question;
                const auto found =
                    std::find_if(q->columns.begin(), q->columns.end(),
                                 [&](const baseline::Column& c) { return c.id == column.column; });
                ASSERT_NE(found, q->columns.end()) << field.question << "." << column.column;
                expectOptionsExist(column.options, found->options,
                                   field.question + "." + column.column);
            }
        }
    }
}

/// Every field of a fixture: metadata keys, top-level answers, and each cell of a group.
std::vector<std::string> fieldsOf(const json& document) {
    std::vector<std::string> fields;
    for (const auto& [key, value] : document.at("metadata").items()) {
        if (key != "urn") {
            fields.push_back("metadata." + key);
        }
    }
    for (const auto& [key, value] : document.at("answers").items()) {
        if (!value.is_array()) {
            fields.push_back(key);
            continue;
        }
        for (const json& element : value) {
            for (const auto& [child, answer] : element.items()) {
                if (child != "_index") {
                    fields.push_back(key + "[" + std::to_string(element.at("_index").get<int>()) +
                                     "]." + child);
                }
            }
        }
    }
    return fields;
}

/// Each field of `text` is mapped, kept aside (itself or its whole group) or was empty.
void expectEveryFieldAccountedFor(const std::string& text, const MinbzkImport& imported) {
    const json document = json::parse(text);
    std::set<std::string> mapped;
    for (const auto& m : imported.mapped) {
        mapped.insert(m.from);
    }
    std::set<std::string> kept;
    for (const auto& item : imported.keptAside) {
        kept.insert(item.key);
    }
    int empty = 0;
    for (const std::string& field : fieldsOf(document)) {
        const std::string group = field.substr(0, field.find('['));
        const bool isMapped = mapped.count(field) > 0;
        const bool isKept = kept.count(field) > 0 || (group != field && kept.count(group) > 0);
        // A multichoice answer may be both: its values without a counterpart are kept.
        if (!isMapped && !isKept) {
            ++empty;
            EXPECT_EQ(field, "2.3") << field << " is neither mapped nor kept aside";
        }
    }
    EXPECT_EQ(empty, imported.empty);
}

MinbzkImport imported(const std::string& name) {
    auto result = readMinbzk(fixture(name), shipped());
    EXPECT_TRUE(result) << (result ? "" : result.error().message.en);
    return result ? *result : MinbzkImport{};
}

std::map<std::string, json> keptAside(const MinbzkImport& imported) {
    std::map<std::string, json> kept;
    for (const auto& item : imported.keptAside) {
        EXPECT_EQ(item.source, imported.urn);
        kept[item.key] = item.value;
    }
    return kept;
}

TEST(MinbzkImport, TheDpiaFixtureFillsItsCounterpartsAndKeepsTheRestVerbatim) {
    const MinbzkImport dpia = imported("dpia-v3.json");
    EXPECT_EQ(dpia.urn, "urn:nl:dpia:3.0");
    expectEveryFieldAccountedFor(fixture("dpia-v3.json"), dpia);

    const std::map<std::string, json> expected = {
        {"a1_proposal", "Het team Wmo en Jeugd stapt over van e-mail naar Teams met een "
                        "privékanaal per wijk."},
        {"a2_data_items", json::parse(R"([
            {"item": "Naam", "subjects": "Cliënten", "category": "Identificatiegegevens",
             "type": "gewoon"},
            {"item": "BSN", "type": "bsn"}])")},
        {"a3_operations", json::parse(R"([{"name": "Casusoverleg",
            "description": "Bespreken van casussen met zorgaanbieders",
            "data_items": "Naam, BSN"}])")},
        {"a3_coherence", "Het casusoverleg gebruikt de gegevens uit de intake.\n\n"
                         "Stroomschema: https://intranet.example/stroom"},
        {"a6_parties", json::parse(R"([
            {"name": "Gemeente Voorbeeld", "role": "verwerkingsverantwoordelijke",
             "access": "Team Wmo"},
            {"name": "Microsoft"}])")},
        {"a8_locations", json::parse(R"([{"country": "Nederland", "mechanism": "adequacy"},
                                         {"country": "Verenigde Staten"}])")},
        {"a10_retention", json::parse(R"([{"category": "Naam, BSN", "period": "years",
                                           "motivation": "Selectielijst gemeenten"}])")},
        {"b14_subsidiarity", "Er is geen minder ingrijpend middel."},
        {"b14_proportionality", "De inbreuk is beperkt door toegang per wijk."},
        {"d17_acceptance", "De restrisico's zijn laag na de maatregelen."},
        {"close_summary", "Teams kan onder voorwaarden worden ingezet."},
        {"close_dpo_advice_date", "2026-09-15"},
    };
    EXPECT_EQ(dpia.answers, expected);

    const auto kept = keptAside(dpia);
    // No counterpart: the introduction, whole groups, cells, a second role, a mechanism
    // the application has no option for, and the form's own metadata.
    EXPECT_EQ(kept.at("0"), "Deze DPIA gaat over casusoverleg in Teams.");
    EXPECT_EQ(kept.at("5.1"), json::parse(fixture("dpia-v3.json")).at("answers").at("5.1"));
    EXPECT_EQ(kept.at("6.1.1[1].6.1.1.2"), json::array({"Verwerker", "Sub-verwerker"}));
    EXPECT_EQ(kept.at("8.1.1[1].8.1.1.2"), "Goedgekeurde gedragscode");
    EXPECT_EQ(kept.at("2.1[0].2.1.6"), "false");
    // Yes/no tasks that do not determine a choice: "special categories: yes" does not say
    // which; "BSN: yes" and three of the eight rights do not say what holds for the rest.
    for (const char* key : {"12.1.1", "12.2.1", "12.3.1", "15.1.1", "15.2.1", "15.3.1"}) {
        EXPECT_EQ(kept.count(key), 1u) << key;
    }
    EXPECT_EQ(kept.at("12.1.1"), "true");
    EXPECT_EQ(kept.at("metadata.createdBy"),
              json::parse(R"({"name": "Privacyteam Gemeente Voorbeeld"})"));
    EXPECT_EQ(kept.count("1.1"), 0u);
    EXPECT_EQ(dpia.empty, 1);
}

TEST(MinbzkImport, ThePrescanFixtureMapsOptionsAndKeepsValuesWithoutACounterpart) {
    const MinbzkImport prescan = imported("prescan-v2.json");
    EXPECT_EQ(prescan.urn, "urn:nl:prescan:2.0");
    expectEveryFieldAccountedFor(fixture("prescan-v2.json"), prescan);

    const std::map<std::string, json> expected = {
        {"pre_description", "Casusoverleg sociaal domein in Teams."},
        {"pre_purpose", "Veilig samenwerken met zorgaanbieders."},
        {"pre_data_categories", json::array({"contact", "content"})},
        {"pre_special_data", json::array({"health"})},
        {"pre_sensitive_data", json::array({"bsn"})},
        {"pre_subjects", json::array({"citizens", "other"})},
        {"pre_subjects_other", "Mantelzorgers"},
        {"pre_frequency", "continuous"},
        {"pre_retention", "1-year-or-more"},
        {"pre_transfer_mechanism", "scc"},
        {"pre_ap_list", json::array({"ap-07", "ap-08"})},
        {"pre_edpb", json::array({"wp248-7", "wp248-4"})},
        {"pre_basisregistraties", json::array({"brp"})},
        {"pre_algorithms", "none"},
        {"pre_children_service", false},
    };
    EXPECT_EQ(prescan.answers, expected);

    const auto kept = keptAside(prescan);
    EXPECT_EQ(kept.at("1.1.2"),
              json::array({"Categorie gewone persoonsgegevens: Demografische gegevens"}));
    EXPECT_EQ(kept.at("1.3.2"),
              json::array({"Categorie gevoelige persoonsgegevens: Strafrechtelijke gegevens"}));
    // "Yes, a transfer" could be either of two answers here: kept, not guessed.
    EXPECT_EQ(kept.at("2.1.1"), "true");
    EXPECT_EQ(kept.at("0.4"), "Rechtsgrond taak van algemeen belang");
}

/// The bundled sample: a complete assessment of this application.
storage::Assessment sample() {
    auto content =
        storage::assessmentFromJson(storage::bundledSampleJson(), storage::JsonSource::sample);
    EXPECT_TRUE(content);
    return *content;
}

TEST(MinbzkRoundTrip, EveryAnswerWithACounterpartComesBackTheSame) {
    const storage::Assessment original = sample();
    int compared = 0;
    for (const MinbzkForm& form : minbzkForms()) {
        const MinbzkExport exported =
            exportMinbzk(original, shipped(), form, "2026-12-01T10:00:00Z");
        EXPECT_EQ(exported.document.at("$schema"), kMinbzkSchema);
        EXPECT_EQ(exported.document.at("metadata").at("urn"), form.urn);
        auto back = readMinbzk(exported.document.dump(), shipped());
        ASSERT_TRUE(back) << back.error().message.en;
        for (const MinbzkField& field : form.fields) {
            const auto answer = original.answers.find(field.question);
            const bool partial = std::count(exported.notExported.begin(),
                                            exported.notExported.end(), field.question) > 0;
            if (answer == original.answers.end() || partial) {
                continue;
            }
            ++compared;
            ASSERT_EQ(back->answers.count(field.question), 1u) << field.question;
            EXPECT_EQ(back->answers.at(field.question), answer->second) << field.question;
        }
    }
    // The sample answers most of what the form asks: the comparison is not empty.
    EXPECT_GE(compared, 20);
}

TEST(MinbzkRoundTrip, WhatAnImportKeptAsideGoesBackToTheFormVerbatim) {
    const MinbzkImport dpia = imported("dpia-v3.json");
    storage::Assessment document;
    document.answers = dpia.answers;
    document.imported = dpia.keptAside;
    document.modified = "2026-12-01T10:00:00Z";
    const MinbzkExport exported =
        exportMinbzk(document, shipped(), *minbzkForm(dpia.urn), "2026-12-01T10:00:00Z");
    const json original = json::parse(fixture("dpia-v3.json")).at("answers");
    const json& answers = exported.document.at("answers");
    EXPECT_EQ(answers.at("0").at("value"), original.at("0").at("value"));
    EXPECT_EQ(answers.at("5.1"), original.at("5.1"));
    EXPECT_EQ(answers.at("16.1"), original.at("16.1"));
    EXPECT_EQ(answers.at("1.1").at("value"), original.at("1.1").at("value"));
    EXPECT_EQ(answers.at("15.2.1").at("value"), "false");
}

void expectRefused(const std::string& text, ErrorCode code, const std::string& fragment) {
    auto result = readMinbzk(text, shipped());
    ASSERT_FALSE(result) << text.substr(0, 200);
    EXPECT_EQ(result.error().code, code) << result.error().message.en;
    EXPECT_NE(result.error().message.en.find(fragment), std::string::npos)
        << result.error().message.en;
    EXPECT_EQ(result.error().message.en.find('\n'), std::string::npos);
}

TEST(MinbzkImport, BadInputIsRefusedWithOneClearLine) {
    const std::string schema = std::string(kMinbzkSchema);
    const auto form = [&](const std::string& urn, const std::string& answers) {
        return R"({"$schema": ")" + schema + R"(", "metadata": {"urn": ")" + urn +
               R"(", "createdAt": "2026-01-01T00:00:00Z"}, "answers": )" + answers + "}";
    };
    expectRefused("not json at all", ErrorCode::invalidJson, "Model DPIA form");
    expectRefused("[1, 2]", ErrorCode::invalidJson, "not a JSON object");
    expectRefused(R"({"format": "dpia-assessment"})", ErrorCode::invalidJson, "metadata.urn");
    expectRefused(form("urn:nl:iama:1.0", "{}"), ErrorCode::invalidJson, "urn:nl:iama:1.0");
    expectRefused(form("urn:nl:dpia:4.0", "{}"), ErrorCode::newerVersion, "newer version");
    expectRefused(form("urn:nl:prescan:3.1", "{}"), ErrorCode::newerVersion, "newer version");
    std::string newerSchema = form("urn:nl:dpia:3.0", "{}");
    newerSchema.replace(newerSchema.find("v2.schema"), 2, "v3");
    expectRefused(newerSchema, ErrorCode::newerVersion, "assessment-output v3");
    expectRefused(form("urn:nl:dpia:3.0", R"({"x": {"value": "a"}})"), ErrorCode::invalidJson,
                  "not a task id");
    expectRefused(form("urn:nl:dpia:3.0", R"({"1.1": {"value": 12}})"), ErrorCode::invalidJson,
                  "not a string");
    expectRefused(form("urn:nl:dpia:3.0", R"({"2.1": [{"2.1.1": {"value": "a"}}]})"),
                  ErrorCode::invalidJson, "_index");
    expectRefused(form("urn:nl:dpia:3.0", R"({"2.1": [{"_index": 0}, {"_index": 0}]})"),
                  ErrorCode::invalidJson, "_index");
    const std::string huge(kMaxMinbzkString + 1, 'a');
    expectRefused(form("urn:nl:dpia:3.0", R"({"1.1": {"value": ")" + huge + R"("}})"),
                  ErrorCode::invalidJson, "Model DPIA form");
    std::string deep = "{\"1.1\": {\"value\": ";
    for (int i = 0; i < 100; ++i) {
        deep += "[";
    }
    expectRefused(form("urn:nl:dpia:3.0", deep), ErrorCode::invalidJson, "Model DPIA form");
}

TEST(MinbzkImport, AnAnswerThatDoesNotFitItsQuestionIsKeptAsideNotRefused) {
    const std::string text = R"({"metadata": {"urn": "urn:nl:dpia:3.0"}, "answers": {
        "12.1.1": {"value": "misschien", "lastEditedAt": "2026-01-01T00:00:00Z"},
        "19.5.6": {"value": "15 september", "lastEditedAt": "2026-01-01T00:00:00Z"}}})";
    auto result = readMinbzk(text, shipped());
    ASSERT_TRUE(result) << result.error().message.en;
    EXPECT_TRUE(result->answers.empty());
    EXPECT_EQ(keptAside(*result).at("12.1.1"), "misschien");
    EXPECT_EQ(keptAside(*result).at("19.5.6"), "15 september");
}

/// A DPIA-form file whose answers are these tasks' yes/no values.
std::string dpiaForm(const std::map<std::string, std::string>& tasks) {
    json answers = json::object();
    for (const auto& [task, value] : tasks) {
        answers[task] = {{"value", value}, {"lastEditedAt", "2026-01-01T00:00:00Z"}};
    }
    return json{{"metadata", {{"urn", "urn:nl:dpia:3.0"}}}, {"answers", answers}}.dump();
}

// §12 of the form asks "special categories?", "criminal-offence data?" and "BSN?" as yes/no
// tasks; this application asks them once, in the pre-scan's lists (issue 22, item 3).
TEST(MinbzkImport, TheSection12TasksGiveThePrescanAnswerOnlyWhereTheyDetermineIt) {
    const auto read = [](const std::map<std::string, std::string>& tasks) {
        auto result = readMinbzk(dpiaForm(tasks), shipped());
        EXPECT_TRUE(result) << (result ? "" : result.error().message.en);
        return result ? *result : MinbzkImport{};
    };
    // Two "no"s name every option but "none": nothing special, nothing criminal.
    MinbzkImport none = read({{"12.1.1", "false"}, {"12.2.1", "false"}});
    EXPECT_EQ(none.answers.at("pre_special_data"), json::array({"none"}));
    EXPECT_TRUE(none.keptAside.empty());
    MinbzkImport criminal = read({{"12.1.1", "false"}, {"12.2.1", "true"}});
    EXPECT_EQ(criminal.answers.at("pre_special_data"), json::array({"criminal"}));
    // "Yes, special categories" does not say which of the eight: nothing is guessed.
    MinbzkImport special = read({{"12.1.1", "true"}, {"12.2.1", "false"}});
    EXPECT_EQ(special.answers.count("pre_special_data"), 0u);
    EXPECT_EQ(keptAside(special).at("12.1.1"), "true");
    EXPECT_EQ(keptAside(special).at("12.2.1"), "false");
    // One "no" alone leaves the other kinds open.
    MinbzkImport half = read({{"12.1.1", "false"}});
    EXPECT_EQ(half.answers.count("pre_special_data"), 0u);
    EXPECT_EQ(keptAside(half).at("12.1.1"), "false");
    // "BSN: yes" says nothing of the seven other sensitive kinds.
    MinbzkImport bsn = read({{"12.3.1", "true"}});
    EXPECT_EQ(bsn.answers.count("pre_sensitive_data"), 0u);
    EXPECT_EQ(keptAside(bsn).at("12.3.1"), "true");
}

TEST(MinbzkExport, TheSection12TasksAreWrittenFromThePrescanAndSayWhenTheyCannotCarryIt) {
    const MinbzkForm& form = *minbzkFormNamed("dpia");
    const auto exported = [&](const json& special, const json& sensitive) {
        storage::Assessment assessment;
        assessment.answers["pre_special_data"] = special;
        assessment.answers["pre_sensitive_data"] = sensitive;
        return exportMinbzk(assessment, shipped(), form, "2026-12-01T10:00:00Z");
    };
    const auto task = [](const MinbzkExport& out, const char* id) {
        return out.document.at("answers").at(id).at("value").get<std::string>();
    };
    const auto partial = [](const MinbzkExport& out, const char* question) {
        return std::count(out.notExported.begin(), out.notExported.end(), question) > 0;
    };
    const MinbzkExport health = exported({"health", "criminal"}, {"bsn", "vulnerable"});
    EXPECT_EQ(task(health, "12.1.1"), "true");
    EXPECT_EQ(task(health, "12.2.1"), "true");
    EXPECT_EQ(task(health, "12.3.1"), "true");
    // Which special category, and which other sensitive kinds, the form cannot hold.
    EXPECT_TRUE(partial(health, "pre_special_data"));
    EXPECT_TRUE(partial(health, "pre_sensitive_data"));

    const MinbzkExport none = exported({"none"}, {"none"});
    EXPECT_EQ(task(none, "12.1.1"), "false");
    EXPECT_EQ(task(none, "12.2.1"), "false");
    EXPECT_EQ(task(none, "12.3.1"), "false");
    EXPECT_FALSE(partial(none, "pre_special_data")) << "two no's give 'none' back";
    EXPECT_TRUE(partial(none, "pre_sensitive_data"));
    const MinbzkExport criminal = exported({"criminal"}, {"communication-location"});
    EXPECT_EQ(task(criminal, "12.1.1"), "false");
    EXPECT_EQ(task(criminal, "12.2.1"), "true");
    EXPECT_EQ(task(criminal, "12.3.1"), "false");
    EXPECT_FALSE(partial(criminal, "pre_special_data"));
}

TEST(MinbzkMap, AQuestionIsReadFromFlagsOrFromATaskNotBoth) {
    const std::string both = R"({"forms": [{"name": "dpia", "urn": "urn:nl:dpia:3.0", "fields": [
        {"task": "1.2.2", "question": "pre_special_data"},
        {"question": "pre_special_data", "flags": [["12.1.1", ["health"]]]}]}]})";
    EXPECT_THROW(parseMinbzkMap(both), std::runtime_error);
    const std::string noOptions = R"({"forms": [{"name": "dpia", "urn": "urn:nl:dpia:3.0",
        "fields": [{"question": "pre_special_data", "flags": [["12.1.1", []]]}]}]})";
    EXPECT_THROW(parseMinbzkMap(noOptions), std::runtime_error);
}

/// A small, valid PDF whose Info dictionary holds `info` (a PDF dictionary body).
std::string pdfWithInfo(const std::string& info) {
    std::string pdf = "%PDF-1.4\n";
    std::vector<std::size_t> offsets;
    const auto object = [&](const std::string& body) {
        offsets.push_back(pdf.size());
        pdf += std::to_string(offsets.size()) + " 0 obj\n" + body + "\nendobj\n";
    };
    object("<< /Type /Catalog /Pages 2 0 R >>");
    object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
    object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>");
    object("<< " + info + " >>");
    const std::size_t xref = pdf.size();
    pdf += "xref\n0 5\n0000000000 65535 f \n";
    for (const std::size_t offset : offsets) {
        char line[21];
        std::snprintf(line, sizeof line, "%010zu 00000 n \n", offset);
        pdf += line;
    }
    pdf += "trailer\n<< /Size 5 /Root 1 0 R /Info 4 0 R >>\nstartxref\n" + std::to_string(xref) +
           "\n%%EOF\n";
    return pdf;
}

/// `text` as a PDF string literal: ( ) and \ escaped.
std::string pdfString(const std::string& text) {
    std::string out = "(";
    for (const char c : text) {
        if (c == '(' || c == ')' || c == '\\') {
            out += '\\';
        }
        out += c;
    }
    return out + ")";
}

TEST(MinbzkImport, ThePdfOfTheFormIsReadThroughTheJsonInItsInfoDictionary) {
    const std::string dir = ::testing::TempDir();
    const std::string path = dir + "/minbzk-form.pdf";
    {
        // UTF-8 bytes in a literal string: qpdf reads them as PDFDocEncoding unless they
        // are marked, so the text goes in as UTF-16BE with a byte order mark, as writers do.
        const std::string text = fixture("prescan-v2.json");
        std::string hex = "<FEFF";
        const auto unit = [&](unsigned value) {
            static const char kDigits[] = "0123456789ABCDEF";
            for (int shift = 12; shift >= 0; shift -= 4) {
                hex += kDigits[(value >> shift) & 0xf];
            }
        };
        for (std::size_t i = 0; i < text.size();) {
            const unsigned char c = static_cast<unsigned char>(text[i]);
            const int n = c < 0x80 ? 1 : c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
            unsigned cp = n == 1 ? c : c & (0xffu >> (n + 1));
            for (int k = 1; k < n; ++k) {
                cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3fu);
            }
            i += static_cast<std::size_t>(n);
            if (cp > 0xffff) {
                unit(0xd800 + ((cp - 0x10000) >> 10));
                unit(0xdc00 + ((cp - 0x10000) & 0x3ff));
            } else {
                unit(cp);
            }
        }
        hex += ">";
        std::ofstream(path, std::ios::binary)
            << pdfWithInfo("/Producer (Model DPIA) /AssessmentData " + hex);
    }
    auto fromPdf = readMinbzkFile(path, shipped());
    ASSERT_TRUE(fromPdf) << fromPdf.error().message.en;
    const MinbzkImport fromJson = imported("prescan-v2.json");
    EXPECT_EQ(fromPdf->answers, fromJson.answers);
    EXPECT_EQ(fromPdf->answers.at("pre_edpb"), json::array({"wp248-7", "wp248-4"}));

    const std::string without = dir + "/other.pdf";
    std::ofstream(without, std::ios::binary) << pdfWithInfo("/Producer " + pdfString("x (y)"));
    auto refused = readMinbzkFile(without, shipped());
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::invalidJson);
    EXPECT_NE(refused.error().message.en.find("AssessmentData"), std::string::npos);

    const std::string broken = dir + "/broken.pdf";
    std::ofstream(broken, std::ios::binary) << "%PDF-1.4\nthis is not a pdf\n";
    auto unreadable = readMinbzkFile(broken, shipped());
    ASSERT_FALSE(unreadable);
    EXPECT_NE(unreadable.error().message.en.find("not a PDF file"), std::string::npos);
}

} // namespace
} // namespace dpia::interchange

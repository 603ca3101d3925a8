#include "core/interchange/cnil_import.h"

#include "core/interchange/html_text.h"
#include "core/interchange/zip_reader.h"
#include "core/sha256.h"
#include "core/storage/file_ops.h"
#include "core/storage/json_strict.h"
#include "core/storage/storage_errors.h"
#include "core/storage/validate.h"

#include <algorithm>
#include <array>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>

namespace dpia::interchange {
namespace {

using nlohmann::json;

/// "This is not a valid export of the CNIL PIA software: <what>. Nothing was created."
Error notACnilExport(const std::string& nl, const std::string& en) {
    return Error{
        ErrorCode::invalidJson,
        {"Dit is geen geldige export van de CNIL PIA-software: " + nl + ". Er is niets aangemaakt.",
         "This is not a valid export of the CNIL PIA software: " + en + ". Nothing was created."},
        "invalid cnil export"};
}

struct Refusal {
    std::string nl;
    std::string en;
};

[[noreturn]] void refuse(const std::string& nl, const std::string& en) {
    throw Refusal{nl, en};
}

// Bookkeeping of the CNIL tool's own database (IndexedDB, its server) that says nothing
// about the DPIA: ignored quietly, as the issue asks.
const std::set<std::string> kJunk = {"dbVersion",         "tableName",  "serverUrl", "objectStore",
                                     "numberOfQuestions", "id",         "pia_id",    "lock_version",
                                     "is_example",        "is_archive", "progress",  "placeholder"};

/// CNIL question → this application's text question. 121 fills one row of the data table.
struct TextTarget {
    int question;
    const char* target;
};
constexpr std::array<TextTarget, 5> kTextTargets = {{
    {111, "a1_proposal"},     // the processing under study
    {121, "a2_data_items"},   // the data processed (one row, its item)
    {122, "a3_coherence"},    // the data's life cycle
    {211, "a5_purposes"},     // purposes
    {212, "b11_explanation"}, // lawfulness
}};

/// The three risks of the CNIL method (section 3, items 2–4).
struct CnilRisk {
    int item;
    const char* title;
};
constexpr std::array<CnilRisk, 3> kRisks = {{
    {2, "Onrechtmatige toegang tot gegevens (CNIL)"},
    {3, "Ongewenste wijziging van gegevens (CNIL)"},
    {4, "Verdwijnen van gegevens (CNIL)"},
}};

/// The text of a CNIL HTML value; refused when it holds active content or nests too deep.
std::string plain(const json& value, const std::string& where) {
    if (value.is_null()) {
        return {};
    }
    if (!value.is_string()) {
        refuse(where + " is geen tekst", where + " is not text");
    }
    const HtmlText text = htmlToText(value.get_ref<const std::string&>());
    if (text.script) {
        refuse(where + " bevat HTML met een script of ingesloten object",
               where + " holds HTML with a script or embedded object");
    }
    if (text.tooDeep) {
        refuse(where + " bevat HTML die te diep genest is",
               where + " holds HTML nested too deeply");
    }
    return text.text;
}

/// A CNIL date ("2026-03-01" or a timestamp) as YYYY-MM-DD, or empty.
std::string dateOf(const json& value) {
    static const std::regex kDate("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    const std::string text = value.is_string() ? value.get<std::string>() : "";
    if (text.size() >= 10 && (text.size() == 10 || text[10] == 'T') &&
        std::regex_match(text.substr(0, 10), kDate) &&
        storage::validate::date("due", text.substr(0, 10), false)) {
        return text.substr(0, 10);
    }
    return {}; // no date, or no real one (2026-13-45): kept aside with its evaluation
}

/// The id by which answers and evaluations name a measure: its number, or its title.
std::string idText(const json& value) {
    if (value.is_number_integer()) {
        return std::to_string(value.get<std::int64_t>());
    }
    return value.is_string() ? value.get<std::string>() : std::string();
}

class Reader {
public:
    Reader(const baseline::Baseline& baseline, CnilImport& out) : baseline_(baseline), out_(out) {}

    void read(const json& top) {
        if (!top.is_object() || !top.contains("pia") || !top.at("pia").is_object()) {
            refuse("het bestand heeft geen object \"pia\"", "the file has no \"pia\" object");
        }
        for (const char* list : {"answers", "measures", "evaluations", "comments"}) {
            if (top.contains(list) && !top.at(list).is_array()) {
                refuse(std::string(list) + " is geen lijst", std::string(list) + " is not a list");
            }
        }
        const json& pia = top.at("pia");
        // A PIA on a structure of its own uses question ids of that structure, not the
        // CNIL's: its answers cannot be placed, and are all kept aside.
        customStructure_ = pia.contains("structure_data") && !pia.at("structure_data").is_null() &&
                           !pia.at("structure_data").empty();
        readMeasures(top.value("measures", json::array()));
        readAnswers(top.value("answers", json::array()));
        readEvaluations(top.value("evaluations", json::array()));
        readPia(pia);
        const json comments = top.value("comments", json::array());
        for (std::size_t i = 0; i < comments.size(); ++i) {
            keep("comments[" + std::to_string(i) + "]", withoutJunk(comments[i]));
        }
        for (const auto& [key, value] : top.items()) {
            if (key != "pia" && key != "answers" && key != "measures" && key != "evaluations" &&
                key != "comments" && kJunk.count(key) == 0) {
                keep(key, value);
            }
        }
    }

private:
    void keep(const std::string& key, const json& value) {
        out_.content.imported.push_back(
            storage::ImportedItem{std::string(kCnilSource), key, value});
    }
    void mapped(const std::string& from, const std::string& to) {
        out_.mapped.push_back(ImportMapped{from, to});
    }

    static json withoutJunk(const json& value) {
        if (!value.is_object()) {
            return value;
        }
        json out = json::object();
        for (const auto& [key, member] : value.items()) {
            if (kJunk.count(key) == 0 && key != "created_at" && key != "updated_at") {
                out[key] = member;
            }
        }
        return out;
    }

    void readMeasures(const json& measures) {
        for (std::size_t i = 0; i < measures.size(); ++i) {
            const json& measure = measures[i];
            const std::string where = "measures[" + std::to_string(i) + "]";
            if (!measure.is_object()) {
                refuse(where + " is geen object", where + " is not an object");
            }
            storage::Measure m;
            m.id = "m-" + std::to_string(out_.content.measures.size() + 1);
            m.title = plain(measure.value("title", json()), where + ".title");
            const std::string content = plain(measure.value("content", json()), where + ".content");
            if (m.title.empty()) {
                m.title = content.substr(0, content.find('\n'));
            }
            if (m.title.empty()) {
                ++out_.empty;
                continue;
            }
            const std::string cnilId = idText(measure.value("id", json()));
            measureIds_[cnilId.empty() ? m.title : cnilId] = m.id;
            measureIds_.emplace(m.title, m.id);
            out_.content.measures.push_back(m);
            mapped(where, "measure " + m.id);
            // The description has no place in a measure of this application.
            if (!content.empty() && content != m.title) {
                keep(where + ".content", measure.at("content"));
            }
        }
    }

    void readAnswers(const json& answers) {
        std::map<int, std::map<int, json>> risks; // item → question digit → data
        std::map<int, std::string> riskKeys;
        for (std::size_t i = 0; i < answers.size(); ++i) {
            const json& answer = answers[i];
            const std::string where = "answers[" + std::to_string(i) + "]";
            if (!answer.is_object() || !answer.contains("reference_to") ||
                !answer.at("reference_to").is_number_integer() || !answer.contains("data") ||
                !answer.at("data").is_object()) {
                refuse(where + " is geen antwoord (verwacht reference_to en data)",
                       where + " is not an answer (expected reference_to and data)");
            }
            const std::int64_t ref = answer.at("reference_to").get<std::int64_t>();
            const json& data = answer.at("data");
            const std::string key = "answers." + std::to_string(ref);
            const std::string text = plain(data.value("text", json()), key + ".text");
            const json list = data.value("list", json::array());
            const int gauge = data.value("gauge", json(0)).is_number_integer()
                                  ? data.value("gauge", json(0)).get<int>()
                                  : -1;
            if (text.empty() && (!list.is_array() || list.empty()) && gauge == 0) {
                ++out_.empty;
                continue;
            }
            if (customStructure_) {
                keep(key, data);
                continue;
            }
            if (ref >= 321 && ref <= 346 && ref / 10 % 10 >= 2 && ref / 10 % 10 <= 4 &&
                ref % 10 >= 1 && ref % 10 <= 6) {
                risks[static_cast<int>(ref / 10 % 10)][static_cast<int>(ref % 10)] = data;
                continue;
            }
            const auto target =
                std::find_if(kTextTargets.begin(), kTextTargets.end(),
                             [ref](const TextTarget& t) { return t.question == ref; });
            if (target == kTextTargets.end() || baseline_.question(target->target) == nullptr) {
                keep(key, data);
                continue;
            }
            json value = std::string(target->target) == "a2_data_items"
                             ? json::array({json{{"item", text}}})
                             : json(text);
            auto& answersOut = out_.content.answers;
            if (text.empty() || answersOut.count(target->target) > 0 ||
                !baseline_.validateAnswer(target->target, value)) {
                keep(key, data);
                continue;
            }
            answersOut[target->target] = std::move(value);
            mapped(key, std::string(target->target) +
                            (std::string(target->target) == "a2_data_items" ? ".item" : ""));
            if (list.is_array() && !list.empty()) {
                keep(key + ".list", list);
            }
        }
        for (const auto& [item, parts] : risks) {
            readRisk(item, parts);
        }
    }

    /// One CNIL risk: impacts (x21), threats (x22), sources (x23), its measures (x24),
    /// severity (x25) and likelihood (x26), each gauge 1–4 with its justification.
    void readRisk(int item, const std::map<int, json>& parts) {
        const auto gaugeOf = [&](int digit) {
            const auto it = parts.find(digit);
            if (it == parts.end()) {
                return 0;
            }
            const json g = it->second.value("gauge", json(0));
            return g.is_number_integer() ? g.get<int>() : 0;
        };
        const int severity = gaugeOf(5);
        const int likelihood = gaugeOf(6);
        const std::string base = "answers.3" + std::to_string(item);
        const CnilRisk& cnil = kRisks[static_cast<std::size_t>(item - 2)];
        if (severity < 1 || severity > 4 || likelihood < 1 || likelihood > 4) {
            // Without both gauges there is no assessment to take over: all of it aside.
            for (const auto& [digit, data] : parts) {
                keep(base + std::to_string(digit), data);
            }
            return;
        }
        storage::CustomRisk risk;
        risk.id = "cr-" + std::to_string(out_.content.customRisks.size() + 1);
        risk.title = cnil.title;
        risk.impact = severity;
        risk.likelihood = likelihood;
        const std::array<const char*, 6> labels = {"Gevolgen",      "Dreigingen",
                                                   "Risicobronnen", "Maatregelen",
                                                   "Ernst",         "Waarschijnlijkheid"};
        std::string description;
        for (const auto& [digit, data] : parts) {
            const std::string key = base + std::to_string(digit);
            std::string line;
            const json list = data.value("list", json::array());
            if (digit == 4) {
                linkMeasures(risk.id, list, key);
            } else if (list.is_array()) {
                for (const json& entry : list) {
                    const std::string text =
                        entry.is_string() ? plain(entry, key + ".list") : entry.dump();
                    line += (line.empty() ? "" : "; ") + text;
                }
            }
            const std::string text = plain(data.value("text", json()), key + ".text");
            if (!text.empty()) {
                line += (line.empty() ? "" : "\n") + text;
            }
            if (!line.empty()) {
                description += (description.empty() ? "" : "\n\n") +
                               std::string(labels[static_cast<std::size_t>(digit - 1)]) + ": " +
                               line;
            }
            mapped(key, "custom-risk " + risk.id);
        }
        risk.description = description;
        riskIds_[item] = risk.id;
        out_.content.customRisks.push_back(risk);
    }

    void linkMeasures(const std::string& riskId, const json& list, const std::string& key) {
        json unknown = json::array();
        for (const json& entry : list.is_array() ? list : json::array()) {
            const auto it = measureIds_.find(idText(entry));
            if (it == measureIds_.end()) {
                unknown.push_back(entry);
                continue;
            }
            for (storage::Measure& m : out_.content.measures) {
                if (m.id == it->second &&
                    std::find(m.risks.begin(), m.risks.end(), riskId) == m.risks.end()) {
                    m.risks.push_back(riskId);
                }
            }
        }
        if (!unknown.empty()) {
            keep(key + ".list", unknown);
        }
    }

    /// Evaluations: of a measure ("3.1.<id>") its owner and date go to the measure; an
    /// action plan elsewhere becomes a measure of its own; the evaluation itself (status,
    /// comments, gauges) has no place and is kept aside.
    void readEvaluations(const json& evaluations) {
        for (std::size_t i = 0; i < evaluations.size(); ++i) {
            const json& evaluation = evaluations[i];
            const std::string where = "evaluations[" + std::to_string(i) + "]";
            if (!evaluation.is_object() || !evaluation.contains("reference_to") ||
                !evaluation.at("reference_to").is_string()) {
                refuse(where + " is geen evaluatie (verwacht reference_to)",
                       where + " is not an evaluation (expected reference_to)");
            }
            const std::string ref = evaluation.at("reference_to").get<std::string>();
            const std::string key = "evaluations." + ref;
            json rest = withoutJunk(evaluation);
            rest.erase("reference_to");
            const std::string owner =
                plain(evaluation.value("person_in_charge", json()), key + ".person_in_charge");
            const std::string due =
                dateOf(evaluation.value("estimated_implementation_date", json()));
            storage::Measure* measure = nullptr;
            if (ref.rfind("3.1.", 0) == 0) {
                const auto it = measureIds_.find(ref.substr(4));
                for (storage::Measure& m : out_.content.measures) {
                    if (it != measureIds_.end() && m.id == it->second) {
                        measure = &m;
                    }
                }
            } else {
                const std::string plan = plain(evaluation.value("action_plan_comment", json()),
                                               key + ".action_plan_comment");
                if (!plan.empty()) {
                    storage::Measure m;
                    m.id = "m-" + std::to_string(out_.content.measures.size() + 1);
                    m.title = plan;
                    const auto risk = ref.size() == 3 && ref.rfind("3.", 0) == 0
                                          ? riskIds_.find(ref[2] - '0')
                                          : riskIds_.end();
                    if (risk != riskIds_.end()) {
                        m.risks.push_back(risk->second);
                    }
                    out_.content.measures.push_back(m);
                    measure = &out_.content.measures.back();
                    mapped(key + ".action_plan_comment", "measure " + m.id);
                    rest.erase("action_plan_comment");
                }
            }
            if (measure != nullptr) {
                if (!owner.empty()) {
                    measure->owner = owner;
                    mapped(key + ".person_in_charge", "measure " + measure->id + ".owner");
                    rest.erase("person_in_charge");
                }
                if (!due.empty()) {
                    measure->due = due;
                    mapped(key + ".estimated_implementation_date",
                           "measure " + measure->id + ".due");
                    rest.erase("estimated_implementation_date");
                }
            }
            // Cleared fields say nothing; the rest is kept as it was.
            for (auto it = rest.begin(); it != rest.end();) {
                it = it->is_null() || (it->is_string() && it->get<std::string>().empty())
                         ? rest.erase(it)
                         : std::next(it);
            }
            if (!rest.empty()) {
                keep(key, rest);
            }
        }
    }

    void readPia(const json& pia) {
        std::set<std::string> used = {"name", "author_name"};
        storage::Metadata& metadata = out_.content.metadata;
        metadata.title = plain(pia.value("name", json()), "pia.name");
        if (!metadata.title.empty()) {
            mapped("pia.name", "metadata.title");
        }
        metadata.author = plain(pia.value("author_name", json()), "pia.author_name");
        if (!metadata.author.empty()) {
            mapped("pia.author_name", "metadata.author");
        }
        // The DPO's advice: name, opinion, and whether the processing should go ahead.
        const std::string dpoName = plain(pia.value("dpos_names", json()), "pia.dpos_names");
        const std::string dpoText = plain(pia.value("dpo_opinion", json()), "pia.dpo_opinion");
        if (!dpoName.empty() || !dpoText.empty()) {
            storage::Signoff advice;
            advice.id = "so-1";
            advice.role = storage::SignoffRole::fg;
            advice.name = dpoName;
            advice.text = dpoText;
            const json status = pia.value("dpo_status", json());
            if (status == 1 || status == 0) {
                advice.outcome = status == 1 ? "Positief" : "Negatief";
                used.insert("dpo_status");
                mapped("pia.dpo_status", "signoff so-1.outcome");
            }
            out_.content.signoffs.push_back(advice);
            used.insert({"dpos_names", "dpo_opinion"});
            mapped("pia.dpos_names", "signoff so-1.name");
            mapped("pia.dpo_opinion", "signoff so-1.text");
        }
        // The decision: status 2 and 3 (validated, simple or signed) go ahead, 1 (refused)
        // does not, with the reason; 0 (in progress), 4 (archived), 5 (waiting) decide
        // nothing and are kept aside.
        const json status = pia.value("status", json());
        if (status == 1 || status == 2 || status == 3) {
            storage::Signoff decision;
            decision.id = "so-" + std::to_string(out_.content.signoffs.size() + 1);
            decision.role = storage::SignoffRole::controller;
            decision.name = plain(pia.value("validator_name", json()), "pia.validator_name");
            decision.outcome = status == 1 ? "Niet doorgaan" : "Doorgaan";
            mapped("pia.status", "signoff " + decision.id + ".outcome");
            used.insert("status");
            if (!decision.name.empty()) {
                used.insert("validator_name");
                mapped("pia.validator_name", "signoff " + decision.id + ".name");
            }
            if (status == 1) {
                decision.text =
                    plain(pia.value("rejection_reason", json()), "pia.rejection_reason");
                used.insert("rejection_reason");
                mapped("pia.rejection_reason", "signoff " + decision.id + ".text");
            }
            out_.content.signoffs.push_back(decision);
        }
        readConsultation(pia, used);
        for (const auto& [key, value] : pia.items()) {
            const bool cleared =
                value.is_null() || (value.is_string() && value.get<std::string>().empty());
            if (used.count(key) == 0 && kJunk.count(key) == 0 && !cleared) {
                keep("pia." + key, value);
            }
        }
    }

    /// The data subjects' views: whether they were sought, what they said, or why not.
    void readConsultation(const json& pia, std::set<std::string>& used) {
        const json searched = pia.value("concerned_people_searched_opinion", json());
        if (!searched.is_boolean()) {
            return;
        }
        auto& answers = out_.content.answers;
        const auto put = [&](const char* question, json value, const char* from) {
            if (baseline_.question(question) != nullptr &&
                baseline_.validateAnswer(question, value)) {
                answers[question] = std::move(value);
                used.insert(from);
                mapped(std::string("pia.") + from, question);
            }
        };
        const std::string opinion =
            plain(pia.value("concerned_people_opinion", json()), "pia.concerned_people_opinion");
        const std::string reason = plain(pia.value("concerned_people_searched_content", json()),
                                         "pia.concerned_people_searched_content");
        put("a7_subjects_consulted", json(searched.get<bool>()),
            "concerned_people_searched_opinion");
        if (searched.get<bool>() && !opinion.empty()) {
            put("a7_consultation_outcome", json(opinion), "concerned_people_opinion");
        }
        if (!searched.get<bool>() && !reason.empty()) {
            put("a7_no_consultation_reason", json(reason), "concerned_people_searched_content");
        }
    }

    const baseline::Baseline& baseline_;
    CnilImport& out_;
    bool customStructure_ = false;
    std::map<std::string, std::string> measureIds_; ///< CNIL id or title → "m-N"
    std::map<int, std::string> riskIds_;            ///< CNIL risk item → "cr-N"
};

/// The zip export: pia.json at the top, the attachments in one folder named after the
/// language of the tool; anything else is refused rather than guessed at.
Result<CnilImport> readCnilZip(const std::string& path, const baseline::Baseline& baseline) {
    auto entries = readZip(path, ZipLimits{}, notACnilExport);
    if (!entries) {
        return entries.error();
    }
    const std::string* piaJson = nullptr;
    std::vector<ImportAttachment> attachments;
    for (const ZipEntry& entry : *entries) {
        if (entry.name == "pia.json") {
            piaJson = &entry.bytes;
            continue;
        }
        const auto& folders = cnilAttachmentFolders();
        const bool attachment =
            std::any_of(folders.begin(), folders.end(), [&](const std::string& f) {
                return entry.name.rfind(f + "/", 0) == 0 && entry.name.size() > f.size() + 1;
            });
        if (!attachment) {
            return notACnilExport(
                "het zip-archief bevat \"" + entry.name.substr(0, 80) +
                    "\", dat geen pia.json is en niet in een map Attachments, Pièces jointes "
                    "of Bijlagen staat",
                "the zip archive holds \"" + entry.name.substr(0, 80) +
                    "\", which is not pia.json and not in a folder Attachments, Pièces "
                    "jointes or Bijlagen");
        }
        attachments.push_back(
            ImportAttachment{entry.name, entry.bytes.size(), sha256Hex(entry.bytes)});
    }
    if (piaJson == nullptr) {
        return notACnilExport("het zip-archief bevat geen pia.json",
                              "the zip archive holds no pia.json");
    }
    if (piaJson->size() > kMaxCnilBytes) {
        return notACnilExport("pia.json is groter dan 16 MiB", "pia.json is larger than 16 MiB");
    }
    return readCnil(*piaJson, baseline, std::move(attachments));
}

} // namespace

Result<CnilImport> readCnil(std::string_view text, const baseline::Baseline& baseline,
                            std::vector<ImportAttachment> attachments) {
    storage::JsonLimits limits;
    limits.maxBytes = kMaxCnilBytes;
    limits.maxString = kMaxCnilString;
    limits.maxDepth = kMaxCnilDepth;
    auto parsed = storage::parseStrictJson(text, limits, notACnilExport);
    if (!parsed) {
        return parsed.error();
    }
    CnilImport out;
    try {
        Reader(baseline, out).read(*parsed);
    } catch (const Refusal& refusal) {
        return notACnilExport(refusal.nl, refusal.en);
    }
    for (const ImportAttachment& a : attachments) {
        // Not stored: there is no evidence store yet. Kept aside by name, size and hash,
        // so the document says which files the export came with.
        out.content.imported.push_back(storage::ImportedItem{std::string(kCnilSource), a.name,
                                                             json{{"attachment", a.name},
                                                                  {"size", a.size},
                                                                  {"sha256", a.sha256},
                                                                  {"stored", false}}});
    }
    out.attachments = std::move(attachments);
    return out;
}

Result<CnilImport> readCnilFile(const std::string& path, const baseline::Baseline& baseline) {
    // A zip goes to libzip, which reads it itself (it may well be larger than any JSON).
    std::ifstream in(path, std::ios::binary);
    std::string head(4, '\0');
    if (in && in.read(head.data(), 4) && looksLikeZip(head)) {
        return readCnilZip(path, baseline);
    }
    auto bytes = storage::files::readSmallFile(path, kMaxCnilBytes);
    if (!bytes) {
        // The only invalidJson of reading is the size limit.
        return bytes.error().code == ErrorCode::invalidJson
                   ? notACnilExport("het bestand is groter dan 16 MiB",
                                    "the file is larger than 16 MiB")
                   : bytes.error();
    }
    return readCnil(*bytes, baseline);
}

Result<CnilDocument> makeFromCnil(const std::string& exportPath, const std::string& targetPath,
                                  std::shared_ptr<const baseline::Baseline> baseline) {
    if (storage::files::exists(targetPath)) {
        return storage::errors::alreadyExists(targetPath);
    }
    auto imported = readCnilFile(exportPath, *baseline);
    if (!imported) {
        return imported.error();
    }
    storage::Assessment content = imported->content;
    if (content.metadata.title.empty()) {
        content.metadata.title = std::filesystem::path(exportPath).stem().string();
    }
    auto made = storage::AssessmentService::createFromContent(targetPath, std::move(baseline),
                                                              std::move(content));
    if (!made) {
        return made.error();
    }
    return CnilDocument{std::move(made).value(), std::move(imported).value()};
}

} // namespace dpia::interchange

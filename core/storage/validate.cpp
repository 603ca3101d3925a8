#include "core/storage/validate.h"

#include "core/storage/change_log.h"
#include "core/storage/storage_errors.h"

#include <array>
#include <chrono>
#include <set>
#include <vector>

namespace dpia::storage::validate {
namespace {

bool digits(const std::string& value, std::initializer_list<std::size_t> positions) {
    for (std::size_t i : positions) {
        if (value[i] < '0' || value[i] > '9') {
            return false;
        }
    }
    return true;
}

int number(const std::string& value, std::size_t from, std::size_t count) {
    return std::stoi(value.substr(from, count));
}

bool realDate(const std::string& value) {
    if (value.size() < 10 || value[4] != '-' || value[7] != '-' ||
        !digits(value, {0, 1, 2, 3, 5, 6, 8, 9})) {
        return false;
    }
    const std::chrono::year_month_day day{
        std::chrono::year(number(value, 0, 4)),
        std::chrono::month(static_cast<unsigned>(number(value, 5, 2))),
        std::chrono::day(static_cast<unsigned>(number(value, 8, 2)))};
    return day.ok();
}

/// Depth-first over a JSON value without recursion (the value may come from anywhere).
Status walkAnswer(const std::string& questionId, const nlohmann::json& root) {
    std::vector<std::pair<const nlohmann::json*, std::size_t>> pending{{&root, 1}};
    while (!pending.empty()) {
        const auto [value, depth] = pending.back();
        pending.pop_back();
        if (depth > kMaxAnswerDepth) {
            return errors::invalidValue("answers." + questionId, "te diep genest",
                                        "nested too deeply");
        }
        if (value->is_string()) {
            if (Status ok = text("answers." + questionId, value->get_ref<const std::string&>());
                !ok) {
                return ok;
            }
        } else if (value->is_object()) {
            for (const auto& [key, child] : value->items()) {
                if (Status ok = text("answers." + questionId, key); !ok) {
                    return ok;
                }
                pending.emplace_back(&child, depth + 1);
            }
        } else if (value->is_array()) {
            for (const auto& child : *value) {
                pending.emplace_back(&child, depth + 1);
            }
        } else if (value->is_binary() || value->is_discarded()) {
            return errors::invalidValue("answers." + questionId, "geen JSON-waarde",
                                        "not a JSON value");
        }
    }
    return success();
}

template <typename Item>
Status uniqueIds(const std::string& field, const std::vector<Item>& items) {
    std::set<std::string> seen;
    for (const Item& item : items) {
        if (!seen.insert(item.id).second) {
            return errors::invalidValue(field, "het id " + item.id + " komt twee keer voor",
                                        "the id " + item.id + " occurs twice");
        }
    }
    return success();
}

} // namespace

bool isUtf8(const std::string& text) {
    std::size_t i = 0;
    const auto byte = [&](std::size_t at) {
        return static_cast<unsigned char>(text[at]);
    };
    while (i < text.size()) {
        const unsigned char lead = byte(i);
        std::size_t length = 0;
        std::uint32_t point = 0;
        if (lead < 0x80) {
            ++i;
            continue;
        } else if ((lead & 0xe0) == 0xc0) {
            length = 2;
            point = lead & 0x1f;
        } else if ((lead & 0xf0) == 0xe0) {
            length = 3;
            point = lead & 0x0f;
        } else if ((lead & 0xf8) == 0xf0) {
            length = 4;
            point = lead & 0x07;
        } else {
            return false;
        }
        if (i + length > text.size()) {
            return false;
        }
        for (std::size_t k = 1; k < length; ++k) {
            if ((byte(i + k) & 0xc0) != 0x80) {
                return false;
            }
            point = (point << 6) | (byte(i + k) & 0x3f);
        }
        // Overlong forms, surrogates and points beyond Unicode are not UTF-8.
        const std::uint32_t least = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000;
        if (point < least || point > 0x10ffff || (point >= 0xd800 && point <= 0xdfff)) {
            return false;
        }
        i += length;
    }
    return true;
}

Status text(const std::string& field, const std::string& value) {
    if (value.size() > kMaxText) {
        return errors::invalidValue(field, "langer dan 1 MiB", "longer than 1 MiB");
    }
    // NUL has no use in a text and SQLite's text functions stop at it.
    if (!isUtf8(value) || value.find('\0') != std::string::npos) {
        return errors::invalidValue(field, "geen geldige UTF-8-tekst", "not valid UTF-8 text");
    }
    return success();
}

Status id(const std::string& field, const std::string& value) {
    const auto allowed = [](char c, bool first) {
        const bool alnum =
            (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        return alnum || (!first && (c == '_' || c == '-' || c == '.'));
    };
    if (value.empty()) {
        return errors::invalidValue(field, "het id is leeg", "the id is empty");
    }
    bool ok = value.size() <= kMaxIdLength;
    for (std::size_t i = 0; ok && i < value.size(); ++i) {
        ok = allowed(value[i], i == 0);
    }
    if (!ok) {
        return errors::invalidValue(field, "een id bestaat uit letters, cijfers, _ . en -",
                                    "an id consists of letters, digits, _ . and -");
    }
    return success();
}

Status date(const std::string& field, const std::string& value, bool mayBeEmpty) {
    if (value.empty() && mayBeEmpty) {
        return success();
    }
    if (value.size() != 10 || !realDate(value)) {
        return errors::invalidValue(field, "verwacht een datum als 2026-11-29",
                                    "expected a date like 2026-11-29");
    }
    return success();
}

Status timestamp(const std::string& field, const std::string& value) {
    const bool ok = value.size() == 20 && realDate(value) && value[10] == 'T' && value[13] == ':' &&
                    value[16] == ':' && value[19] == 'Z' &&
                    digits(value, {11, 12, 14, 15, 17, 18}) && number(value, 11, 2) < 24 &&
                    number(value, 14, 2) < 60 && number(value, 17, 2) < 61;
    if (!ok) {
        return errors::invalidValue(field, "verwacht een tijdstip als 2026-11-29T10:15:00Z",
                                    "expected a time like 2026-11-29T10:15:00Z");
    }
    return success();
}

Status score(const std::string& field, int value) {
    if (value < kMinScore || value > kMaxScore) {
        return errors::invalidValue(field, "verwacht 1 tot en met 4", "expected 1 to 4");
    }
    return success();
}

Status answerValue(const std::string& questionId, const nlohmann::json& value) {
    if (Status ok = id("answers", questionId); !ok) {
        return ok;
    }
    if (value.is_null()) {
        return errors::invalidValue("answers." + questionId, "leeg antwoord (null)",
                                    "empty answer (null)");
    }
    if (Status ok = walkAnswer(questionId, value); !ok) {
        return ok;
    }
    if (value.dump().size() > kMaxAnswerBytes) {
        return errors::invalidValue("answers." + questionId, "groter dan 4 MiB",
                                    "larger than 4 MiB");
    }
    return success();
}

Status metadata(const Metadata& value) {
    const std::array<std::pair<const char*, const std::string*>, 6> fields = {{
        {"title", &value.title},
        {"organisation", &value.organisation},
        {"processing", &value.processing},
        {"process_owner", &value.processOwner},
        {"author", &value.author},
        {"classification", &value.classification},
    }};
    for (const auto& [field, content] : fields) {
        if (Status ok = text(std::string("metadata.") + field, *content); !ok) {
            return ok;
        }
    }
    if (value.version < 0 || value.version > kMaxDocumentVersion) {
        return errors::invalidValue("metadata.version", "verwacht 0 tot 1.000.000",
                                    "expected 0 to 1,000,000");
    }
    return success();
}

Status riskOverride(const std::string& riskId, const RiskOverride& value) {
    const std::string field = "risk_overrides." + riskId;
    Status ok = id("risk_overrides", riskId);
    if (ok)
        ok = score(field + ".likelihood", value.likelihood);
    if (ok)
        ok = score(field + ".impact", value.impact);
    if (ok)
        ok = text(field + ".justification", value.justification);
    if (ok && value.justification.find_first_not_of(" \t\r\n") == std::string::npos) {
        return errors::invalidValue(field + ".justification",
                                    "een eigen inschatting heeft altijd een onderbouwing nodig",
                                    "an override always needs a justification");
    }
    return ok;
}

Status customRisk(const std::string& field, const CustomRisk& value) {
    Status ok = id(field + ".id", value.id);
    if (ok)
        ok = text(field + ".title", value.title);
    if (ok)
        ok = text(field + ".description", value.description);
    if (ok)
        ok = score(field + ".likelihood", value.likelihood);
    if (ok)
        ok = score(field + ".impact", value.impact);
    return ok;
}

Status measure(const std::string& field, const Measure& value) {
    Status ok = id(field + ".id", value.id);
    if (ok)
        ok = text(field + ".title", value.title);
    if (ok)
        ok = text(field + ".owner", value.owner);
    if (ok)
        ok = date(field + ".due", value.due, true);
    std::set<std::string> seen;
    for (const std::string& risk : value.risks) {
        if (ok)
            ok = id(field + ".risks", risk);
        if (ok && !seen.insert(risk).second) {
            return errors::invalidValue(field + ".risks", "risico " + risk + " staat er twee keer",
                                        "risk " + risk + " is listed twice");
        }
    }
    return ok;
}

Status signoff(const std::string& field, const Signoff& value) {
    Status ok = id(field + ".id", value.id);
    if (ok)
        ok = text(field + ".name", value.name);
    if (ok)
        ok = date(field + ".date", value.date, true);
    if (ok)
        ok = text(field + ".text", value.text);
    if (ok)
        ok = text(field + ".outcome", value.outcome);
    return ok;
}

Status changeLogEntry(const std::string& field, const ChangeLogEntry& value) {
    Status ok = timestamp(field + ".when", value.when);
    if (ok)
        ok = text(field + ".user", value.user);
    if (ok)
        ok = text(field + ".target", value.target);
    if (ok)
        ok = text(field + ".value", value.value);
    if (ok && !wellFormed(value)) {
        return errors::invalidValue(
            field, "soort, doel, handeling, waarde en aantal passen niet bij elkaar",
            "kind, target, action, value and edits do not fit together");
    }
    return ok;
}

Status embeddedBaseline(const EmbeddedBaseline& value) {
    Status ok = text("baseline.id", value.id);
    if (ok)
        ok = text("baseline.version", value.version);
    if (ok)
        ok = text("baseline.hash", value.hash);
    if (ok && (value.id.empty() || value.image.empty())) {
        return errors::invalidValue("baseline", "de baseline ontbreekt", "the baseline is missing");
    }
    return ok;
}

Status assessment(const Assessment& value) {
    Status ok = metadata(value.metadata);
    if (ok)
        ok = timestamp("metadata.created", value.created);
    if (ok)
        ok = timestamp("metadata.modified", value.modified);
    if (ok)
        ok = embeddedBaseline(value.baseline);
    for (const auto& [question, answer] : value.answers) {
        if (ok)
            ok = answerValue(question, answer);
    }
    for (const auto& [question, note] : value.notes) {
        if (ok)
            ok = id("notes", question);
        if (ok)
            ok = text("notes." + question, note);
    }
    for (const auto& [safeguard, entry] : value.safeguards) {
        if (ok)
            ok = id("safeguards", safeguard);
        if (ok)
            ok = text("safeguards." + safeguard + ".evidence", entry.evidence);
    }
    for (const auto& [risk, entry] : value.riskOverrides) {
        if (ok)
            ok = riskOverride(risk, entry);
    }
    for (std::size_t i = 0; ok && i < value.customRisks.size(); ++i) {
        ok = customRisk("custom_risks[" + std::to_string(i) + "]", value.customRisks[i]);
    }
    for (std::size_t i = 0; ok && i < value.measures.size(); ++i) {
        ok = measure("measures[" + std::to_string(i) + "]", value.measures[i]);
    }
    for (std::size_t i = 0; ok && i < value.signoffs.size(); ++i) {
        ok = signoff("signoffs[" + std::to_string(i) + "]", value.signoffs[i]);
    }
    for (std::size_t i = 0; ok && i < value.changeLog.size(); ++i) {
        ok = changeLogEntry("change_log[" + std::to_string(i) + "]", value.changeLog[i]);
    }
    if (ok)
        ok = uniqueIds("custom_risks", value.customRisks);
    if (ok)
        ok = uniqueIds("measures", value.measures);
    if (ok)
        ok = uniqueIds("signoffs", value.signoffs);
    return ok;
}

} // namespace dpia::storage::validate

#include "tests/core/storage/random_assessment.h"

#include "core/storage/change_log.h"

#include <cstdio>

namespace dpia::storage::testing {
namespace {

int between(std::mt19937& random, int low, int high) {
    return std::uniform_int_distribution<int>(low, high)(random);
}

void appendUtf8(std::string& out, std::uint32_t point) {
    if (point < 0x80) {
        out += static_cast<char>(point);
    } else if (point < 0x800) {
        out += static_cast<char>(0xc0 | (point >> 6));
        out += static_cast<char>(0x80 | (point & 0x3f));
    } else if (point < 0x10000) {
        out += static_cast<char>(0xe0 | (point >> 12));
        out += static_cast<char>(0x80 | ((point >> 6) & 0x3f));
        out += static_cast<char>(0x80 | (point & 0x3f));
    } else {
        out += static_cast<char>(0xf0 | (point >> 18));
        out += static_cast<char>(0x80 | ((point >> 12) & 0x3f));
        out += static_cast<char>(0x80 | ((point >> 6) & 0x3f));
        out += static_cast<char>(0x80 | (point & 0x3f));
    }
}

std::string text(std::mt19937& random, int maxLength = 40) {
    static const std::uint32_t kSpecial[] = {'"',  '\\', '/',  '\n',   '\t',   '\r',   0x01,   0x1f,
                                             0x7f, 0xe9, 0xeb, 0x20ac, 0x2028, 0xfeff, 0x1f600};
    std::string out;
    const int length = between(random, 0, maxLength);
    for (int i = 0; i < length; ++i) {
        const int kind = between(random, 0, 9);
        if (kind < 6) {
            out += static_cast<char>(between(random, 0x20, 0x7e));
        } else if (kind < 8) {
            out += static_cast<char>("abcdefghijklmnopqrstuvwxyz"[between(random, 0, 25)]);
        } else {
            appendUtf8(out,
                       kSpecial[between(random, 0, static_cast<int>(std::size(kSpecial)) - 1)]);
        }
    }
    return out;
}

std::string id(std::mt19937& random, const std::string& prefix) {
    return prefix + std::to_string(between(random, 0, 99999));
}

std::string date(std::mt19937& random) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", between(random, 1990, 2099),
                  between(random, 1, 12), between(random, 1, 28));
    return buffer;
}

/// A change-log row of any kind, as the writers make them (change_log.h, wellFormed).
ChangeLogEntry change(std::mt19937& random) {
    const auto action = [&](ChangeAction a, ChangeAction b) {
        return between(random, 0, 1) ? a : b;
    };
    ChangeLogEntry entry;
    switch (between(random, 0, 9)) {
    case 0:
        entry = between(random, 0, 1) ? createdEntry() : createdFromSampleEntry();
        break;
    case 1:
        entry = revisionEntry(between(random, 2, 99));
        break;
    case 2:
        entry = between(random, 0, 1)
                    ? schemaEntry(between(random, 1, 2))
                    : baselineEntry("1.0." + std::to_string(between(random, 0, 9)), "2.0");
        break;
    case 3:
        entry =
            between(random, 0, 1)
                ? changeEntry(ChangeKind::metadata, {}, ChangeAction::set)
                : changeEntry(
                      ChangeKind::status, {}, ChangeAction::set,
                      std::string(statusName(static_cast<DocumentStatus>(between(random, 0, 2)))));
        break;
    case 4: {
        const ChangeKind kinds[] = {ChangeKind::answer, ChangeKind::note, ChangeKind::riskOverride};
        entry = changeEntry(kinds[between(random, 0, 2)], id(random, "q-"),
                            action(ChangeAction::set, ChangeAction::cleared));
        break;
    }
    case 5:
        entry = between(random, 0, 1)
                    ? changeEntry(ChangeKind::safeguard, id(random, "sg-"), ChangeAction::cleared)
                    : changeEntry(ChangeKind::safeguard, id(random, "sg-"), ChangeAction::set,
                                  std::string(safeguardStatusName(
                                      static_cast<SafeguardStatus>(between(random, 0, 3)))));
        break;
    case 6:
    case 7: {
        const ChangeKind kinds[] = {ChangeKind::customRisk, ChangeKind::measure,
                                    ChangeKind::signoff};
        const ChangeAction actions[] = {ChangeAction::added, ChangeAction::updated,
                                        ChangeAction::removed};
        entry = changeEntry(kinds[between(random, 0, 2)], id(random, "i-"),
                            actions[between(random, 0, 2)]);
        break;
    }
    default:
        // What a sentence of an older file that no form matches became (any text).
        entry = parseChangeText("?" + text(random));
        break;
    }
    entry.edits = between(random, 0, 3) == 0 ? between(random, 2, 40) : 1;
    return entry;
}

std::string timestamp(std::mt19937& random) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%sT%02d:%02d:%02dZ", date(random).c_str(),
                  between(random, 0, 23), between(random, 0, 59), between(random, 0, 59));
    return buffer;
}

} // namespace

nlohmann::json randomJson(std::mt19937& random, int depth) {
    const int kind = between(random, 0, depth > 0 ? 7 : 5);
    switch (kind) {
    case 0:
        return between(random, 0, 1) == 1;
    case 1:
        return between(random, -1000000, 1000000);
    case 2:
        return std::uniform_real_distribution<double>(-1e6, 1e6)(random);
    case 3:
        return std::int64_t{between(random, 0, 1 << 30)} * 8589934592LL; // beyond 32 bits
    case 4:
    case 5:
        return text(random);
    case 6: {
        nlohmann::json array = nlohmann::json::array();
        for (int i = between(random, 0, 4); i > 0; --i) {
            array.push_back(randomJson(random, depth - 1));
        }
        return array;
    }
    default: {
        nlohmann::json object = nlohmann::json::object();
        for (int i = between(random, 0, 4); i > 0; --i) {
            nlohmann::json value = randomJson(random, depth - 1);
            object[text(random, 8)] = std::move(value);
        }
        return object;
    }
    }
}

Assessment randomAssessment(std::mt19937& random) {
    Assessment a;
    a.metadata = Metadata{text(random),    text(random), text(random),
                          text(random),    text(random), between(random, 0, 100),
                          text(random, 10)};
    a.status = static_cast<DocumentStatus>(between(random, 0, 2));
    a.created = timestamp(random);
    a.modified = timestamp(random);
    for (int i = between(random, 0, 12); i > 0; --i) {
        a.answers[id(random, "q_")] = randomJson(random, 4);
    }
    for (int i = between(random, 0, 5); i > 0; --i) {
        a.notes[id(random, "q_")] = text(random, 200);
    }
    for (int i = between(random, 0, 6); i > 0; --i) {
        a.safeguards[id(random, "sg-")] =
            SafeguardEntry{static_cast<SafeguardStatus>(between(random, 0, 3)), text(random)};
    }
    for (int i = between(random, 0, 4); i > 0; --i) {
        a.riskOverrides[id(random, "r-")] =
            RiskOverride{between(random, 1, 4), between(random, 1, 4), "x" + text(random)};
    }
    for (int i = between(random, 0, 4); i > 0; --i) {
        a.customRisks.push_back(CustomRisk{"cr-" + std::to_string(a.customRisks.size() + 1),
                                           text(random), text(random, 300), between(random, 1, 4),
                                           between(random, 1, 4)});
    }
    for (int i = between(random, 0, 4); i > 0; --i) {
        Measure measure{"m-" + std::to_string(a.measures.size() + 1),
                        text(random),
                        {},
                        text(random),
                        between(random, 0, 1) == 1 ? date(random) : "",
                        static_cast<MeasureStatus>(between(random, 0, 2))};
        for (int k = between(random, 0, 3); k > 0; --k) {
            measure.risks.push_back("r-" + std::to_string(k));
        }
        a.measures.push_back(std::move(measure));
    }
    for (int i = between(random, 0, 3); i > 0; --i) {
        a.signoffs.push_back(Signoff{"so-" + std::to_string(a.signoffs.size() + 1),
                                     static_cast<SignoffRole>(between(random, 0, 4)), text(random),
                                     between(random, 0, 1) == 1 ? date(random) : "",
                                     text(random, 300), text(random)});
    }
    for (int i = between(random, 0, 8); i > 0; --i) {
        ChangeLogEntry entry = change(random);
        entry.when = timestamp(random);
        entry.user = text(random, 12);
        a.changeLog.push_back(std::move(entry));
    }
    a.baseline = EmbeddedBaseline{
        id(random, "bl-"), "1." + std::to_string(between(random, 0, 9)), std::string(64, 'a'), {}};
    for (int i = between(random, 1, 3000); i > 0; --i) {
        a.baseline.image.push_back(static_cast<std::uint8_t>(between(random, 0, 255)));
    }
    return a;
}

} // namespace dpia::storage::testing

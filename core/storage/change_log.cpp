#include "core/storage/change_log.h"

#include <cctype>
#include <vector>

namespace dpia::storage {
namespace {

constexpr std::string_view kFromSample = "sample";

std::vector<std::string> words(std::string_view text) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t space = text.find(' ', start);
        const std::size_t end = space == std::string_view::npos ? text.size() : space;
        out.emplace_back(text.substr(start, end - start));
        start = end + 1;
    }
    return out;
}

bool isNumber(const std::string& word) {
    if (word.empty() || word.size() > 9) {
        return false;
    }
    for (const char c : word) {
        if (std::isdigit(static_cast<unsigned char>(c)) == 0) {
            return false;
        }
    }
    return true;
}

std::optional<ChangeKind> kindWithTarget(const std::string& word) {
    const auto kind = parseChangeKind(word);
    if (!kind || *kind == ChangeKind::created || *kind == ChangeKind::metadata ||
        *kind == ChangeKind::other) {
        return std::nullopt;
    }
    return kind;
}

bool isItem(ChangeKind kind) {
    return kind == ChangeKind::customRisk || kind == ChangeKind::measure ||
           kind == ChangeKind::signoff;
}

/// The row a sentence would be, if it has a known shape; checked against changeText after.
std::optional<ChangeLogEntry> shapeOf(std::string_view text) {
    if (text == "created") {
        return createdEntry();
    }
    if (text == "created from sample") {
        return createdFromSampleEntry();
    }
    if (text == "metadata") {
        return changeEntry(ChangeKind::metadata, {}, ChangeAction::set);
    }
    const std::vector<std::string> w = words(text);
    const auto kind = w.size() >= 2 ? kindWithTarget(w[0]) : std::nullopt;
    if (!kind || w[1].empty()) {
        return std::nullopt;
    }
    switch (*kind) {
    case ChangeKind::revision:
        return w.size() == 2 && isNumber(w[1])
                   ? std::optional(changeEntry(*kind, {}, ChangeAction::none, w[1]))
                   : std::nullopt;
    case ChangeKind::status:
        return w.size() == 2 && parseDocumentStatus(w[1])
                   ? std::optional(changeEntry(*kind, {}, ChangeAction::set, w[1]))
                   : std::nullopt;
    case ChangeKind::baseline:
    case ChangeKind::schema:
        if (w.size() != 4 || w[2] != "->" || w[3].empty() ||
            (*kind == ChangeKind::schema && !(isNumber(w[1]) && isNumber(w[3])))) {
            return std::nullopt;
        }
        return changeEntry(*kind, w[1], ChangeAction::none, w[3]);
    case ChangeKind::answer:
    case ChangeKind::note:
    case ChangeKind::riskOverride:
        if (w.size() == 2) {
            return changeEntry(*kind, w[1], ChangeAction::set);
        }
        return w.size() == 3 && w[2] == "cleared"
                   ? std::optional(changeEntry(*kind, w[1], ChangeAction::cleared))
                   : std::nullopt;
    case ChangeKind::safeguard:
        if (w.size() != 3) {
            return std::nullopt;
        }
        if (w[2] == "cleared") {
            return changeEntry(*kind, w[1], ChangeAction::cleared);
        }
        return parseSafeguardStatus(w[2])
                   ? std::optional(changeEntry(*kind, w[1], ChangeAction::set, w[2]))
                   : std::nullopt;
    default:
        break;
    }
    if (isItem(*kind) && w.size() == 3) {
        const auto action = parseChangeAction(w[2]);
        if (action == ChangeAction::added || action == ChangeAction::updated ||
            action == ChangeAction::removed) {
            return changeEntry(*kind, w[1], *action);
        }
    }
    return std::nullopt;
}

} // namespace

ChangeLogEntry changeEntry(ChangeKind kind, std::string target, ChangeAction action,
                           std::string value) {
    ChangeLogEntry entry;
    entry.kind = kind;
    entry.target = std::move(target);
    entry.action = action;
    entry.value = std::move(value);
    return entry;
}

std::string changeText(const ChangeLogEntry& e) {
    const std::string kind(changeKindName(e.kind));
    const std::string target = kind + " " + e.target;
    switch (e.kind) {
    case ChangeKind::created:
        return e.value == kFromSample ? "created from sample" : "created";
    case ChangeKind::revision:
    case ChangeKind::status:
        return kind + " " + e.value;
    case ChangeKind::baseline:
    case ChangeKind::schema:
        return target + " -> " + e.value;
    case ChangeKind::metadata:
        return kind;
    case ChangeKind::answer:
    case ChangeKind::note:
    case ChangeKind::riskOverride:
        return e.action == ChangeAction::cleared ? target + " cleared" : target;
    case ChangeKind::safeguard:
        return target + " " + (e.action == ChangeAction::cleared ? "cleared" : e.value);
    case ChangeKind::customRisk:
    case ChangeKind::measure:
    case ChangeKind::signoff:
        return target + " " + std::string(changeActionName(e.action));
    case ChangeKind::other:
        break;
    }
    return e.value;
}

ChangeLogEntry parseChangeText(std::string_view text) {
    if (auto shaped = shapeOf(text); shaped && changeText(*shaped) == text) {
        return *shaped;
    }
    return changeEntry(ChangeKind::other, {}, ChangeAction::none, std::string(text));
}

bool wellFormed(const ChangeLogEntry& e) {
    if (e.edits < 1) {
        return false;
    }
    if (e.kind == ChangeKind::baseline) {
        return e.action == ChangeAction::none;
    }
    const ChangeLogEntry read = parseChangeText(changeText(e));
    return read.kind == e.kind && read.target == e.target && read.action == e.action &&
           read.value == e.value;
}

ChangeLogEntry createdEntry() {
    return changeEntry(ChangeKind::created, {}, ChangeAction::none);
}

ChangeLogEntry createdFromSampleEntry() {
    return changeEntry(ChangeKind::created, {}, ChangeAction::none, std::string(kFromSample));
}

ChangeLogEntry revisionEntry(int version) {
    return changeEntry(ChangeKind::revision, {}, ChangeAction::none, std::to_string(version));
}

ChangeLogEntry baselineEntry(const std::string& fromVersion, const std::string& toVersion) {
    return changeEntry(ChangeKind::baseline, fromVersion, ChangeAction::none, toVersion);
}

ChangeLogEntry schemaEntry(int fromVersion) {
    return changeEntry(ChangeKind::schema, std::to_string(fromVersion), ChangeAction::none,
                       std::to_string(fromVersion + 1));
}

} // namespace dpia::storage

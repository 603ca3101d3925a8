#include "core/storage/assessment.h"

#include <array>
#include <utility>

namespace dpia::storage {
namespace {

// One table per enum so that name and parse can never disagree.
constexpr std::array<std::pair<DocumentStatus, std::string_view>, 3> kDocumentStatus = {{
    {DocumentStatus::draft, "draft"},
    {DocumentStatus::inReview, "in-review"},
    {DocumentStatus::final, "final"},
}};
constexpr std::array<std::pair<SafeguardStatus, std::string_view>, 4> kSafeguardStatus = {{
    {SafeguardStatus::implemented, "implemented"},
    {SafeguardStatus::planned, "planned"},
    {SafeguardStatus::notImplemented, "not-implemented"},
    {SafeguardStatus::notApplicable, "not-applicable"},
}};
constexpr std::array<std::pair<MeasureStatus, std::string_view>, 3> kMeasureStatus = {{
    {MeasureStatus::open, "open"},
    {MeasureStatus::inProgress, "in-progress"},
    {MeasureStatus::done, "done"},
}};
constexpr std::array<std::pair<SignoffRole, std::string_view>, 5> kRoles = {{
    {SignoffRole::fg, "fg"},
    {SignoffRole::ciso, "ciso"},
    {SignoffRole::processOwner, "process-owner"},
    {SignoffRole::controller, "controller"},
    {SignoffRole::dataSubjects, "data-subjects"},
}};
constexpr std::array<std::pair<ChangeKind, std::string_view>, 14> kChangeKinds = {{
    {ChangeKind::created, "created"},
    {ChangeKind::revision, "revision"},
    {ChangeKind::baseline, "baseline"},
    {ChangeKind::schema, "schema"},
    {ChangeKind::metadata, "metadata"},
    {ChangeKind::status, "status"},
    {ChangeKind::answer, "answer"},
    {ChangeKind::note, "note"},
    {ChangeKind::safeguard, "safeguard"},
    {ChangeKind::riskOverride, "override"},
    {ChangeKind::customRisk, "custom-risk"},
    {ChangeKind::measure, "measure"},
    {ChangeKind::signoff, "signoff"},
    {ChangeKind::other, "other"},
}};
constexpr std::array<std::pair<ChangeAction, std::string_view>, 6> kChangeActions = {{
    {ChangeAction::none, ""},
    {ChangeAction::set, "set"},
    {ChangeAction::cleared, "cleared"},
    {ChangeAction::added, "added"},
    {ChangeAction::updated, "updated"},
    {ChangeAction::removed, "removed"},
}};

template <typename Enum, std::size_t N>
std::string_view nameOf(const std::array<std::pair<Enum, std::string_view>, N>& table, Enum value) {
    for (const auto& [candidate, name] : table) {
        if (candidate == value) {
            return name;
        }
    }
    return table.front().second;
}

template <typename Enum, std::size_t N>
std::optional<Enum> parse(const std::array<std::pair<Enum, std::string_view>, N>& table,
                          std::string_view name) {
    for (const auto& [value, candidate] : table) {
        if (candidate == name) {
            return value;
        }
    }
    return std::nullopt;
}

} // namespace

std::string_view statusName(DocumentStatus status) {
    return nameOf(kDocumentStatus, status);
}
std::string_view safeguardStatusName(SafeguardStatus status) {
    return nameOf(kSafeguardStatus, status);
}
std::string_view measureStatusName(MeasureStatus status) {
    return nameOf(kMeasureStatus, status);
}
std::string_view roleName(SignoffRole role) {
    return nameOf(kRoles, role);
}
std::string_view changeKindName(ChangeKind kind) {
    return nameOf(kChangeKinds, kind);
}
std::string_view changeActionName(ChangeAction action) {
    return nameOf(kChangeActions, action);
}

std::optional<DocumentStatus> parseDocumentStatus(std::string_view name) {
    return parse(kDocumentStatus, name);
}
std::optional<SafeguardStatus> parseSafeguardStatus(std::string_view name) {
    return parse(kSafeguardStatus, name);
}
std::optional<MeasureStatus> parseMeasureStatus(std::string_view name) {
    return parse(kMeasureStatus, name);
}
std::optional<SignoffRole> parseSignoffRole(std::string_view name) {
    return parse(kRoles, name);
}
std::optional<ChangeKind> parseChangeKind(std::string_view name) {
    return parse(kChangeKinds, name);
}
std::optional<ChangeAction> parseChangeAction(std::string_view name) {
    return parse(kChangeActions, name);
}

} // namespace dpia::storage

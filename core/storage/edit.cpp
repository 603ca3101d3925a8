#include "core/storage/edit.h"

#include "core/storage/change_log.h"

#include <algorithm>

namespace dpia::storage {
namespace {

ChangeLogEntry entryFor(const SetMetadata&) {
    return changeEntry(ChangeKind::metadata, {}, ChangeAction::set);
}
ChangeLogEntry entryFor(const SetStatus& e) {
    return changeEntry(ChangeKind::status, {}, ChangeAction::set,
                       std::string(statusName(e.status)));
}
ChangeLogEntry entryFor(const SetAnswer& e) {
    return changeEntry(ChangeKind::answer, e.question,
                       e.value.is_null() ? ChangeAction::cleared : ChangeAction::set);
}
ChangeLogEntry entryFor(const SetNote& e) {
    return changeEntry(ChangeKind::note, e.question,
                       e.text.empty() ? ChangeAction::cleared : ChangeAction::set);
}
ChangeLogEntry entryFor(const SetSafeguard& e) {
    // The status only, never the evidence text.
    return e.entry ? changeEntry(ChangeKind::safeguard, e.safeguard, ChangeAction::set,
                                 std::string(safeguardStatusName(e.entry->status)))
                   : changeEntry(ChangeKind::safeguard, e.safeguard, ChangeAction::cleared);
}
ChangeLogEntry entryFor(const SetRiskOverride& e) {
    return changeEntry(ChangeKind::riskOverride, e.risk,
                       e.value ? ChangeAction::set : ChangeAction::cleared);
}

template <typename Item>
ChangeLogEntry entryFor(const AddItem<Item>& e) {
    return changeEntry(ItemKind<Item>::changeKind, e.item.id, ChangeAction::added);
}
template <typename Item>
ChangeLogEntry entryFor(const UpdateItem<Item>& e) {
    return changeEntry(ItemKind<Item>::changeKind, e.item.id, ChangeAction::updated);
}
template <typename Item>
ChangeLogEntry entryFor(const RemoveItem<Item>& e) {
    return changeEntry(ItemKind<Item>::changeKind, e.id, ChangeAction::removed);
}

std::string targetOf(const SetMetadata&) {
    return {};
}
std::string targetOf(const SetStatus&) {
    return {};
}
std::string targetOf(const SetAnswer& e) {
    return e.question;
}
std::string targetOf(const SetNote& e) {
    return e.question;
}
std::string targetOf(const SetSafeguard& e) {
    return e.safeguard;
}
std::string targetOf(const SetRiskOverride& e) {
    return e.risk;
}
template <typename Item>
std::string targetOf(const AddItem<Item>& e) {
    return e.item.id;
}
template <typename Item>
std::string targetOf(const UpdateItem<Item>& e) {
    return e.item.id;
}
template <typename Item>
std::string targetOf(const RemoveItem<Item>& e) {
    return e.id;
}

template <typename Map, typename Value>
bool holds(const Map& map, const std::string& key, const Value& value) {
    const auto found = map.find(key);
    return found != map.end() && found->second == value;
}

bool same(const Assessment& a, const SetMetadata& e) {
    return a.metadata == e.metadata;
}
bool same(const Assessment& a, const SetStatus& e) {
    return a.status == e.status;
}
bool same(const Assessment& a, const SetAnswer& e) {
    return e.value.is_null() ? !a.answers.contains(e.question)
                             : holds(a.answers, e.question, e.value);
}
bool same(const Assessment& a, const SetNote& e) {
    return e.text.empty() ? !a.notes.contains(e.question) : holds(a.notes, e.question, e.text);
}
bool same(const Assessment& a, const SetSafeguard& e) {
    return e.entry ? holds(a.safeguards, e.safeguard, *e.entry)
                   : !a.safeguards.contains(e.safeguard);
}
bool same(const Assessment& a, const SetRiskOverride& e) {
    return e.value ? holds(a.riskOverrides, e.risk, *e.value) : !a.riskOverrides.contains(e.risk);
}
template <typename Item>
bool same(const Assessment&, const AddItem<Item>&) {
    return false;
}
template <typename Item>
bool same(const Assessment& a, const UpdateItem<Item>& e) {
    const auto& items = ItemKind<Item>::list(a);
    return std::find(items.begin(), items.end(), e.item) != items.end();
}
template <typename Item>
bool same(const Assessment&, const RemoveItem<Item>&) {
    return false;
}

} // namespace

std::string target(const Edit& edit) {
    return std::visit([](const auto& e) { return targetOf(e); }, edit);
}

bool changesNothing(const Assessment& state, const Edit& edit) {
    return std::visit([&state](const auto& e) { return same(state, e); }, edit);
}

ChangeLogEntry logEntry(const Edit& edit) {
    return std::visit([](const auto& e) { return entryFor(e); }, edit);
}

ChangeLogEntry logEntry(const EditList& edits) {
    ChangeLogEntry entry = logEntry(edits.front());
    entry.edits = static_cast<int>(edits.size());
    return entry;
}

std::string logText(const Edit& edit) {
    return changeText(logEntry(edit));
}

bool allowedWhenFinal(const Edit& edit) {
    return std::holds_alternative<SetStatus>(edit);
}

} // namespace dpia::storage

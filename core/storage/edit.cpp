#include "core/storage/edit.h"

#include <algorithm>

namespace dpia::storage {
namespace {

std::string textOf(const SetMetadata&) {
    return "metadata";
}
std::string textOf(const SetStatus& e) {
    return "status " + std::string(statusName(e.status));
}
std::string textOf(const SetAnswer& e) {
    return "answer " + e.question + (e.value.is_null() ? " cleared" : "");
}
std::string textOf(const SetNote& e) {
    return "note " + e.question + (e.text.empty() ? " cleared" : "");
}
std::string textOf(const SetSafeguard& e) {
    return "safeguard " + e.safeguard + " " +
           (e.entry ? std::string(safeguardStatusName(e.entry->status)) : "cleared");
}
std::string textOf(const SetRiskOverride& e) {
    return "override " + e.risk + (e.value ? "" : " cleared");
}

template <typename Item>
std::string itemText(const std::string& id, const char* action) {
    return std::string(ItemKind<Item>::name) + " " + id + " " + action;
}
template <typename Item>
std::string textOf(const AddItem<Item>& e) {
    return itemText<Item>(e.item.id, "added");
}
template <typename Item>
std::string textOf(const UpdateItem<Item>& e) {
    return itemText<Item>(e.item.id, "updated");
}
template <typename Item>
std::string textOf(const RemoveItem<Item>& e) {
    return itemText<Item>(e.id, "removed");
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

std::string logText(const Edit& edit) {
    return std::visit([](const auto& e) { return textOf(e); }, edit);
}

bool allowedWhenFinal(const Edit& edit) {
    return std::holds_alternative<SetStatus>(edit);
}

} // namespace dpia::storage

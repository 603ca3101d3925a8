#include "core/storage/edit_json.h"

#include "core/storage/item_json.h"
#include "core/storage/json_fields.h"
#include "core/storage/json_strict.h"
#include "core/storage/storage_errors.h"

#include <algorithm>

namespace dpia::storage {
namespace {

using json_fields::choice;
using json_fields::fail;
using json_fields::Fields;
using nlohmann::json;

json metadataJson(const Metadata& m) {
    return {{"title", m.title},
            {"organisation", m.organisation},
            {"processing", m.processing},
            {"process_owner", m.processOwner},
            {"author", m.author},
            {"version", m.version},
            {"classification", m.classification}};
}

json toJson(const SetMetadata& e) {
    json out = metadataJson(e.metadata);
    out["edit"] = "set-metadata";
    return out;
}
json toJson(const SetStatus& e) {
    return {{"edit", "set-status"}, {"status", statusName(e.status)}};
}
json toJson(const SetAnswer& e) {
    return {{"edit", "set-answer"}, {"question", e.question}, {"value", e.value}};
}
json toJson(const SetNote& e) {
    return {{"edit", "set-note"}, {"question", e.question}, {"text", e.text}};
}
json toJson(const SetSafeguard& e) {
    if (!e.entry) {
        return {{"edit", "clear-safeguard"}, {"safeguard", e.safeguard}};
    }
    return {{"edit", "set-safeguard"},
            {"safeguard", e.safeguard},
            {"status", safeguardStatusName(e.entry->status)},
            {"evidence", e.entry->evidence}};
}
json toJson(const SetRiskOverride& e) {
    if (!e.value) {
        return {{"edit", "remove-override"}, {"risk", e.risk}};
    }
    return {{"edit", "set-override"},
            {"risk", e.risk},
            {"likelihood", e.value->likelihood},
            {"impact", e.value->impact},
            {"justification", e.value->justification}};
}

/// "custom-risk" -> "custom_risk": the key an item sits under.
template <typename Item>
std::string itemKey() {
    std::string key(ItemKind<Item>::name);
    std::replace(key.begin(), key.end(), '-', '_');
    return key;
}

template <typename Item>
json toJson(const AddItem<Item>& e) {
    return {{"edit", "add-" + std::string(ItemKind<Item>::name)},
            {itemKey<Item>(), item_json::toJson(e.item)}};
}
template <typename Item>
json toJson(const UpdateItem<Item>& e) {
    return {{"edit", "update-" + std::string(ItemKind<Item>::name)},
            {itemKey<Item>(), item_json::toJson(e.item)}};
}
template <typename Item>
json toJson(const RemoveItem<Item>& e) {
    return {{"edit", "remove-" + std::string(ItemKind<Item>::name)}, {"id", e.id}};
}

Metadata readMetadata(const Fields& f, const Metadata& current) {
    Metadata m = current;
    m.title = f.text("title", false, m.title);
    m.organisation = f.text("organisation", false, m.organisation);
    m.processing = f.text("processing", false, m.processing);
    m.processOwner = f.text("process_owner", false, m.processOwner);
    m.author = f.text("author", false, m.author);
    m.version = f.integer("version", false, m.version);
    m.classification = f.text("classification", false, m.classification);
    return m;
}

CustomRisk readItem(const json& v, const std::string& where, const CustomRisk* d) {
    return item_json::readCustomRisk(v, where, d);
}
Measure readItem(const json& v, const std::string& where, const Measure* d) {
    return item_json::readMeasure(v, where, d);
}
Signoff readItem(const json& v, const std::string& where, const Signoff* d) {
    return item_json::readSignoff(v, where, d);
}

/// The add/update/remove edits of one item kind, when `kind` names one of them.
template <typename Item>
std::optional<Edit> readItemEdit(const std::string& kind, const json& value,
                                 const std::string& where, const Assessment& current) {
    const std::string name(ItemKind<Item>::name);
    const std::string key = itemKey<Item>();
    if (kind == "remove-" + name) {
        const Fields f(value, where, {"edit", "id"});
        return RemoveItem<Item>{f.text("id")};
    }
    const bool add = kind == "add-" + name;
    if (!add && kind != "update-" + name) {
        return std::nullopt;
    }
    const Fields f(value, where, {"edit", key.c_str()});
    const json& fields = f.at(key.c_str());
    const std::string at = f.path(key.c_str());
    if (add) {
        const Item defaults{};
        return AddItem<Item>{readItem(fields, at, &defaults)};
    }
    if (!fields.is_object() || !fields.contains("id") || !fields.at("id").is_string()) {
        fail(at, "verwacht een object met \"id\"", "expected an object with \"id\"");
    }
    const std::string id = fields.at("id").get<std::string>();
    const auto& items = ItemKind<Item>::list(current);
    const auto found =
        std::find_if(items.begin(), items.end(), [&id](const Item& item) { return item.id == id; });
    if (found == items.end()) {
        // Nothing to keep: apply() then says the document has no item with this id.
        Item unknown{};
        unknown.id = id;
        return UpdateItem<Item>{readItem(fields, at, &unknown)};
    }
    return UpdateItem<Item>{readItem(fields, at, &*found)};
}

Edit readEdit(const json& value, const std::string& where, const Assessment& current) {
    if (!value.is_object() || !value.contains("edit") || !value.at("edit").is_string()) {
        fail(where, "verwacht een object met \"edit\"", "expected an object with \"edit\"");
    }
    const std::string kind = value.at("edit").get<std::string>();
    if (kind == "set-metadata") {
        const Fields f(value, where,
                       {"edit", "title", "organisation", "processing", "process_owner", "author",
                        "version", "classification"});
        return SetMetadata{readMetadata(f, current.metadata)};
    }
    if (kind == "set-status") {
        const Fields f(value, where, {"edit", "status"});
        const std::string status = f.text("status");
        return SetStatus{choice(parseDocumentStatus(status), f.path("status"), status)};
    }
    if (kind == "set-answer") {
        const Fields f(value, where, {"edit", "question", "value"});
        return SetAnswer{f.text("question"), f.at("value")};
    }
    if (kind == "set-note") {
        const Fields f(value, where, {"edit", "question", "text"});
        return SetNote{f.text("question"), f.text("text")};
    }
    if (kind == "set-safeguard") {
        const Fields f(value, where, {"edit", "safeguard", "status", "evidence"});
        const std::string status = f.text("status");
        const std::string id = f.text("safeguard");
        const auto kept = current.safeguards.find(id);
        const std::string evidence = f.text(
            "evidence", false, kept == current.safeguards.end() ? "" : kept->second.evidence);
        return SetSafeguard{
            id, SafeguardEntry{choice(parseSafeguardStatus(status), f.path("status"), status),
                               evidence}};
    }
    if (kind == "clear-safeguard") {
        const Fields f(value, where, {"edit", "safeguard"});
        return SetSafeguard{f.text("safeguard"), std::nullopt};
    }
    if (kind == "set-override") {
        const Fields f(value, where, {"edit", "risk", "likelihood", "impact", "justification"});
        return SetRiskOverride{
            f.text("risk"),
            RiskOverride{f.integer("likelihood"), f.integer("impact"), f.text("justification")}};
    }
    if (kind == "remove-override") {
        const Fields f(value, where, {"edit", "risk"});
        return SetRiskOverride{f.text("risk"), std::nullopt};
    }
    if (auto edit = readItemEdit<CustomRisk>(kind, value, where, current)) {
        return *edit;
    }
    if (auto edit = readItemEdit<Measure>(kind, value, where, current)) {
        return *edit;
    }
    if (auto edit = readItemEdit<Signoff>(kind, value, where, current)) {
        return *edit;
    }
    fail(where + ".edit", "onbekende soort wijziging \"" + kind + "\"",
         "unknown kind of edit \"" + kind + "\"");
}

} // namespace

json editToJson(const Edit& edit) {
    return std::visit([](const auto& e) { return toJson(e); }, edit);
}

json editsToJson(const EditList& edits) {
    json out = json::array();
    for (const Edit& edit : edits) {
        out.push_back(editToJson(edit));
    }
    return out;
}

Result<EditList> editsFromJson(std::string_view text, const Assessment& current) {
    auto parsed = parseStrictJson(text, JsonLimits{}, errors::invalidEdit);
    if (!parsed) {
        return parsed.error();
    }
    EditList edits;
    try {
        if (parsed->is_array()) {
            std::size_t i = 0;
            for (const json& value : *parsed) {
                edits.push_back(readEdit(value, "[" + std::to_string(i++) + "]", current));
            }
        } else {
            edits.push_back(readEdit(*parsed, "(top)", current));
        }
    } catch (const json_fields::Problem& problem) {
        return errors::invalidEdit(problem.nl, problem.en);
    }
    return edits;
}

} // namespace dpia::storage

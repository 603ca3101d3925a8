#pragma once

// Short forms of the edits for tests that make many of them: each builds one storage::Edit
// and applies it through the document's only door, apply() (AssessmentFile, to test the
// file layer alone, or AssessmentService, with the baseline checks). Adds return the id.
#include "core/result.h"
#include "core/storage/edit.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

namespace dpia::storage {

inline Status statusOf(const Result<Applied>& applied) {
    return applied ? success() : Status(applied.error());
}

template <typename Document, typename Item>
Result<std::string> addItem(Document& document, Item item) {
    auto applied = document.apply(AddItem<Item>{std::move(item)});
    if (!applied) {
        return applied.error();
    }
    return target(applied->done.front());
}

template <typename Document>
Status setMetadata(Document& document, const Metadata& metadata) {
    return statusOf(document.apply(SetMetadata{metadata}));
}
template <typename Document>
Status setStatus(Document& document, DocumentStatus status) {
    return statusOf(document.apply(SetStatus{status}));
}
template <typename Document>
Status setAnswer(Document& document, const std::string& question, const nlohmann::json& value) {
    return statusOf(document.apply(SetAnswer{question, value}));
}
template <typename Document>
Status setNote(Document& document, const std::string& question, const std::string& text) {
    return statusOf(document.apply(SetNote{question, text}));
}
template <typename Document>
Status setSafeguard(Document& document, const std::string& id, SafeguardStatus status,
                    const std::string& evidence) {
    return statusOf(document.apply(SetSafeguard{id, SafeguardEntry{status, evidence}}));
}
template <typename Document>
Status clearSafeguard(Document& document, const std::string& id) {
    return statusOf(document.apply(SetSafeguard{id, std::nullopt}));
}
template <typename Document>
Status setRiskOverride(Document& document, const std::string& risk, const RiskOverride& value) {
    return statusOf(document.apply(SetRiskOverride{risk, value}));
}
template <typename Document>
Status clearRiskOverride(Document& document, const std::string& risk) {
    return statusOf(document.apply(SetRiskOverride{risk, std::nullopt}));
}
template <typename Document>
Result<std::string> addCustomRisk(Document& document, const CustomRisk& risk) {
    return addItem(document, risk);
}
template <typename Document>
Status updateCustomRisk(Document& document, const CustomRisk& risk) {
    return statusOf(document.apply(UpdateCustomRisk{risk}));
}
template <typename Document>
Status removeCustomRisk(Document& document, const std::string& id) {
    return statusOf(document.apply(RemoveCustomRisk{id}));
}
template <typename Document>
Result<std::string> addMeasure(Document& document, const Measure& measure) {
    return addItem(document, measure);
}
template <typename Document>
Status updateMeasure(Document& document, const Measure& measure) {
    return statusOf(document.apply(UpdateMeasure{measure}));
}
template <typename Document>
Status removeMeasure(Document& document, const std::string& id) {
    return statusOf(document.apply(RemoveMeasure{id}));
}
template <typename Document>
Result<std::string> addSignoff(Document& document, const Signoff& signoff) {
    return addItem(document, signoff);
}
template <typename Document>
Status updateSignoff(Document& document, const Signoff& signoff) {
    return statusOf(document.apply(UpdateSignoff{signoff}));
}
template <typename Document>
Status removeSignoff(Document& document, const std::string& id) {
    return statusOf(document.apply(RemoveSignoff{id}));
}

} // namespace dpia::storage

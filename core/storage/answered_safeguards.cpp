#include "core/storage/answered_safeguards.h"

#include "core/baseline/visibility.h"
#include "core/storage/storage_errors.h"

namespace dpia::storage {
namespace {

rules::AnswerLookup lookupIn(const Assessment& state) {
    return [&state](std::string_view id) -> const nlohmann::json* {
        const auto found = state.answers.find(std::string(id));
        return found != state.answers.end() ? &found->second : nullptr;
    };
}

bool answered(const Assessment& state, const std::string& question) {
    const auto found = state.answers.find(question);
    return found != state.answers.end() && !found->second.is_null();
}

/// The edits one status of an answered safeguard stands for.
void translate(const baseline::SafeguardFact& fact, const Assessment& state,
               const SetSafeguard& edit, EditList& out) {
    const bool implementedNow = fact.implementedWhen.evaluate(lookupIn(state));
    const auto setAnswer = [&](const nlohmann::json& value) {
        out.push_back(SetAnswer{fact.question, value});
    };
    if (!edit.entry) {
        // "Not decided": neither the answer nor a stored status says anything any more.
        setAnswer(nullptr);
        out.push_back(SetSafeguard{edit.safeguard, std::nullopt});
        return;
    }
    switch (edit.entry->status) {
    case SafeguardStatus::implemented:
        // An answer that already says "implemented" (Neither as well as Required) stays.
        if (!implementedNow) {
            setAnswer(fact.implementedAnswer);
        }
        out.push_back(SetSafeguard{edit.safeguard, std::nullopt});
        break;
    case SafeguardStatus::notImplemented:
    case SafeguardStatus::planned:
        // Planned means "not in place yet": an answer saying it is in place goes; an open
        // question stays open for "planned" (it may not even be asked yet, e.g. before the
        // licence that offers it).
        if (implementedNow || (edit.entry->status == SafeguardStatus::notImplemented &&
                               !answered(state, fact.question))) {
            setAnswer(fact.notImplementedAnswer);
        }
        out.push_back(SetSafeguard{edit.safeguard,
                                   edit.entry->status == SafeguardStatus::planned
                                       ? std::optional(SafeguardEntry{SafeguardStatus::planned, {}})
                                       : std::nullopt});
        break;
    case SafeguardStatus::notApplicable:
        setAnswer(nullptr);
        out.push_back(
            SetSafeguard{edit.safeguard, SafeguardEntry{SafeguardStatus::notApplicable, {}}});
        break;
    }
    // The evidence of an answered safeguard is the note on its question (an empty text
    // clears it; an unchanged one is dropped as a no-op).
    out.push_back(SetNote{fact.question, edit.entry->evidence});
}

} // namespace

EditList answeredSafeguardEdits(const baseline::Baseline& baseline, const Assessment& state,
                                const EditList& edits) {
    EditList out;
    out.reserve(edits.size());
    for (const Edit& edit : edits) {
        const auto* safeguard = std::get_if<SetSafeguard>(&edit);
        const baseline::Safeguard* known =
            safeguard != nullptr ? baseline.safeguard(safeguard->safeguard) : nullptr;
        if (known == nullptr || !known->fact) {
            out.push_back(edit);
            continue;
        }
        EditList translated;
        translate(*known->fact, state, *safeguard, translated);
        for (Edit& step : translated) {
            if (!changesNothing(state, step)) {
                out.push_back(std::move(step));
            }
        }
    }
    return out;
}

Status checkAsked(const baseline::Baseline& baseline, const Assessment& state,
                  const SetAnswer& edit) {
    const baseline::Question* question = baseline.question(edit.question);
    if (edit.value.is_null() || question == nullptr || !question->visibleIf) {
        return success();
    }
    const auto visible = baseline::visibleQuestions(baseline, lookupIn(state));
    if (visible.count(edit.question) != 0) {
        return success();
    }
    std::string on;
    for (const std::string& id : question->visibleIf->questionIds()) {
        on += (on.empty() ? "" : ", ") + id;
    }
    return errors::notAsked(edit.question, on);
}

} // namespace dpia::storage

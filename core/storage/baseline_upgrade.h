#pragma once

#include "core/baseline/baseline.h"
#include "core/storage/assessment.h"

#include <string>
#include <vector>

namespace dpia::storage {

/// What differs between two baselines, by id.
struct ItemChanges {
    std::vector<std::string> added;
    std::vector<std::string> changed; ///< same id, different text, type, options or rules
    std::vector<std::string> removed;

    bool empty() const { return added.empty() && changed.empty() && removed.empty(); }
};

struct BaselineDiff {
    ItemChanges questions;
    ItemChanges risks;
    ItemChanges safeguards;
};

BaselineDiff diffBaselines(const baseline::Baseline& from, const baseline::Baseline& to);

/// An assessment carried over to another baseline, and what could not come along.
struct BaselineUpgrade {
    BaselineDiff diff;
    Assessment upgraded;                     ///< embeds `to`; everything that still fits
    std::vector<std::string> droppedAnswers; ///< question removed, or the answer no longer fits
    std::vector<std::string> droppedNotes;   ///< question removed
    std::vector<std::string> droppedSafeguards;
    std::vector<std::string> droppedOverrides;
};

/// Carries answers, notes, safeguard statuses and overrides over to `to` by id; measures
/// lose links to risks that no longer exist. Metadata, custom risks, signoffs and the
/// change log come along unchanged. The caller writes `upgraded` to a new file.
BaselineUpgrade upgradeAssessment(const Assessment& assessment, const baseline::Baseline& from,
                                  const baseline::Baseline& to);

} // namespace dpia::storage

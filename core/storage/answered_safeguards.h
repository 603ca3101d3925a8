#pragma once

#include "core/baseline/baseline.h"
#include "core/result.h"
#include "core/storage/assessment.h"
#include "core/storage/edit.h"

// One fact, one place (docs/SCORING.md): a safeguard that the questionnaire answers keeps
// no status of its own. A status set for it on the safeguards page or with `dpia-cli
// safeguard` becomes the answer it stands for; its evidence becomes the question's note.
namespace dpia::storage {

/// `edits` with every SetSafeguard of an answered safeguard replaced by the answer, note
/// and stored "planned" / "not applicable" it stands for; other edits as they are.
EditList answeredSafeguardEdits(const baseline::Baseline& baseline, const Assessment& state,
                                const EditList& edits);

/// Refuses an answer to a question the document does not ask (its visible_if does not
/// hold): it would be stored and never count. Clearing an answer is always allowed.
Status checkAsked(const baseline::Baseline& baseline, const Assessment& state,
                  const SetAnswer& edit);

} // namespace dpia::storage

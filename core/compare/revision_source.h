#pragma once

#include "core/compare/document_diff.h"
#include "core/storage/assessment.h"

#include <optional>
#include <string>

// The final document a revision came from, for the report's chapter "Changes since
// version N". The file format names no source file, and needs none: a new revision copies
// the change log of the final it came from and adds one "revision" row
// (AssessmentService::createRevision), so that final is the document whose change log is
// exactly the revision's up to that row, and whose status is still final.
namespace dpia::compare {

/// Whether `candidate` is the final document `revision` was made from.
bool cameFrom(const storage::Assessment& revision, const storage::Assessment& candidate);

/// What changed in a revision since the final it came from.
struct ChangesSinceFinal {
    std::string path; ///< the final's file
    int version = 0;  ///< its version number
    DocumentDiff diff;
};

/// Looks for the final that `revision` (opened from `revisionPath`) came from among the
/// .dpia files in the same folder (where File → New revision proposes to save it), opening
/// each read-only; nothing when the document is not a revision or the final is not there.
/// Reads at most kMaxCandidates files, so a full folder does not slow a report down.
std::optional<ChangesSinceFinal> changesSinceFinal(const std::string& revisionPath,
                                                   const DiffSide& revision);

/// Only the file of that final (the same search): what File → Compare with… proposes.
std::optional<std::string> finalItCameFrom(const std::string& revisionPath,
                                           const storage::Assessment& revision);

inline constexpr int kMaxCandidates = 50;

} // namespace dpia::compare

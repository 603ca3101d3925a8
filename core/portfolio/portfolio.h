#pragma once

#include "core/lang.h"
#include "core/result.h"
#include "core/scoring/evaluation.h"
#include "core/storage/assessment.h"
#include "core/storage/lock_owner.h"

#include <optional>
#include <string>
#include <vector>

namespace dpia::baseline {
class Baseline;
}

// The portfolio: every DPIA under a folder, read strictly read-only (docs/USER-GUIDE.md,
// "Portfolio"). Nothing here writes to a document, takes or touches its lock, migrates it,
// or leaves a file next to it: documents are opened with SQLite's read-only flag after their
// header says they are rollback-journal files of ours (a WAL file would get -wal and -shm
// files even so), and a save that was interrupted is reported, not rolled back.
namespace dpia::portfolio {

/// Why a file or folder is listed without its details.
struct Problem {
    std::string code; ///< stable: an ErrorCode name, "unreadable-folder", "symlink-loop", ...
    LocalText reason; ///< for the user
};

enum class ReviewState {
    none,    ///< no review date
    later,   ///< more than scoring::kReviewSoonDays ahead
    dueSoon, ///< fewer than scoring::kReviewSoonDays ahead, today included
    overdue, ///< before today
};

/// A residual level as the document's matrix names it; rank 0 when no risk applies.
struct LevelSummary {
    std::string code;
    LocalText label;
    int rank = 0;
};

/// What the portfolio shows of one document.
struct Summary {
    std::string title;
    std::string processing;
    std::string organisation;
    storage::DocumentStatus status = storage::DocumentStatus::draft;
    scoring::Verdict verdict = scoring::Verdict::notRequired;
    bool verdictDecided = true;   ///< false: required questions of the pre-scan are still open
    LevelSummary residualNow;     ///< highest residual that counts (implemented; overrides)
    LevelSummary residualPlanned; ///< highest once the planned safeguards are in place
    /// The residual now is at or above the matrix's prior-consultation level ("high"),
    /// whoever's risk it is.
    bool highResidual = false;
    bool priorConsultation = false; ///< art. 36(1)
    std::string decisionDate;       ///< latest dated decision of the controller, or ""
    std::string reviewDate;         ///< the review date answer, or ""
    ReviewState review = ReviewState::none;
    int overdueMeasures = 0;
    std::string lastChange; ///< ISO-8601 UTC of the last edit
};

struct Entry {
    std::string path;               ///< as found under the root
    std::string relative;           ///< path below the root, for display and sorting
    bool folder = false;            ///< a folder that could not be listed (then `problem` is set)
    std::optional<Problem> problem; ///< set: damaged, foreign, newer, unreadable, ...
    Summary summary;                ///< valid only without a problem
    std::optional<storage::LockOwner> openBy; ///< who has it open for editing (lock file)
};

struct Portfolio {
    std::string root;
    std::vector<Entry> entries; ///< documents and problems, by relative path
};

struct ScanOptions {
    std::string today; ///< "YYYY-MM-DD": decides overdue reviews and measures
    /// The program's own baseline: supplies roles (the review date question) that a
    /// document's older baseline image does not record. May be null.
    const baseline::Baseline* shipped = nullptr;
};

/// Whether `name` is a name the portfolio opens (ends in .dpia, any case; not a lock or
/// temporary file). Everything else is never opened, which keeps big folders quick.
bool isDocumentName(const std::string& name);

/// Reads one document (path of a regular file) into an entry; never fails.
Entry readDocument(const std::string& path, const ScanOptions& options);

/// Every DPIA under `root`, recursively, symbolic links followed once. Fails only when
/// `root` is missing or not a folder (fileNotFound / invalidValue); whatever goes wrong
/// below it becomes an entry with a problem.
Result<Portfolio> scan(const std::string& root, const ScanOptions& options);

/// Today's date on this computer, "YYYY-MM-DD".
std::string localToday();

/// Review state of `reviewDate` on `today` (both "YYYY-MM-DD"; none for an empty or
/// malformed date).
ReviewState reviewState(const std::string& reviewDate, const std::string& today);

/// The stable name of a review state ("none", "later", "due-soon", "overdue").
std::string_view reviewStateName(ReviewState state);

/// The portfolio as CSV by the safe CSV rules (core/storage/safe_csv.h): a header row in
/// `lang`, one row per entry; docs/CLI.md lists the columns.
std::string portfolioCsv(const Portfolio& portfolio, Lang lang);

} // namespace dpia::portfolio

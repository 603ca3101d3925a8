// Reading one document for the portfolio, strictly read-only (portfolio.h).
#include "core/baseline/baseline.h"
#include "core/baseline/roles.h"
#include "core/portfolio/portfolio.h"
#include "core/scoring/assessment_scoring.h"
#include "core/sqlite_handle.h"
#include "core/storage/action_plan_csv.h"
#include "core/storage/assessment_service.h"
#include "core/storage/file_lock.h"
#include "core/storage/file_probe.h"
#include "core/storage/schema.h"
#include "core/storage/sql.h"
#include "core/storage/storage_errors.h"
#include "core/storage/store.h"

#include <map>
#include <mutex>
#include <variant>

namespace dpia::portfolio {
namespace {

using storage::Assessment;

Problem problemOf(const Error& error) {
    return {std::string(errorCodeName(error.code)), error.message};
}

Problem interruptedSave() {
    return {"interrupted-save",
            {"Een opslag van dit document is onderbroken of loopt nog. Open het in DPIA "
             "Assistent om het te herstellen; het portfolio wijzigt niets.",
             "A save of this document was interrupted or is still running. Open it in DPIA "
             "Assistent to recover it; the portfolio changes nothing."}};
}

Problem walFile() {
    return {"not-an-assessment",
            {"Dit bestand is niet door DPIA Assistent geschreven (WAL-modus); het is niet "
             "geopend.",
             "This file was not written by DPIA Assistent (WAL mode); it has not been opened."}};
}

/// Baselines already loaded, by the identity the documents record: the 500 documents of a
/// municipality share one or two, and loading one costs more than reading a document. A
/// loaded baseline's content hash was checked against its image, so the same recorded
/// identity is the same content.
class BaselineCache {
public:
    Result<std::shared_ptr<const baseline::Baseline>> get(const Assessment& assessment,
                                                          const std::string& path) {
        const std::string key = assessment.baseline.id + '\n' + assessment.baseline.version + '\n' +
                                assessment.baseline.hash;
        {
            const std::lock_guard guard(mutex_);
            if (const auto found = loaded_.find(key); found != loaded_.end()) {
                return found->second;
            }
        }
        auto loaded = storage::AssessmentService::loadEmbeddedBaseline(assessment, path);
        if (loaded) {
            const std::lock_guard guard(mutex_);
            loaded_.emplace(key, *loaded);
        }
        return loaded;
    }

private:
    std::mutex mutex_;
    std::map<std::string, std::shared_ptr<const baseline::Baseline>> loaded_;
};

BaselineCache& baselines() {
    static BaselineCache cache;
    return cache;
}

/// The content of `path` through a read-only connection; a Problem when it is not one of
/// ours, damaged, newer, or in the middle of a save.
std::variant<Assessment, Problem> readContent(const std::string& path) {
    auto header = storage::probe::readHeader(path);
    if (!header) {
        return problemOf(header.error());
    }
    const bool journal = storage::probe::journalPending(path);
    if (Status ok = storage::probe::checkHeader(path, *header, journal); !ok) {
        return problemOf(ok.error());
    }
    if (header->walMode) {
        return walFile();
    }
    if (journal) {
        return interruptedSave(); // a read-only connection could not roll it back anyway
    }
    auto verdict = storage::probe::checkWithSqlite(path);
    if (!verdict) {
        return problemOf(verdict.error());
    }
    if (verdict->needsRecovery) {
        return interruptedSave();
    }
    SqliteHandle db;
    if (const int code = openDefensively(path, SQLITE_OPEN_READONLY, db); code != SQLITE_OK) {
        return problemOf(storage::errors::fromSqliteWhileOpening(code, path, "open read-only"));
    }
    if (const int code = storage::sql::exec(db.get(), storage::kConnectionPragmas);
        code != SQLITE_OK) {
        return problemOf(storage::errors::fromSqliteWhileOpening(code, path, "configure"));
    }
    auto content = storage::store::read(db.get(), verdict->schemaVersion, path);
    if (!content) {
        return problemOf(content.error());
    }
    return std::move(content).value();
}

LevelSummary levelOf(const baseline::Matrix& matrix, const std::string& code) {
    const baseline::Level* level = code.empty() ? nullptr : matrix.level(code);
    return level != nullptr ? LevelSummary{level->code, level->label, level->rank} : LevelSummary{};
}

std::string decisionDate(const Assessment& assessment) {
    std::string latest;
    for (const storage::Signoff& signoff : assessment.signoffs) {
        if (signoff.role == storage::SignoffRole::controller && signoff.date > latest) {
            latest = signoff.date;
        }
    }
    return latest;
}

std::string reviewDate(const Assessment& assessment, const baseline::Baseline& baseline,
                       const ScanOptions& options) {
    const baseline::Roles roles = options.shipped != nullptr
                                      ? baseline::rolesFor(baseline, *options.shipped)
                                      : baseline.info().roles;
    if (roles.reviewDateQuestion.empty()) {
        return {};
    }
    const auto answer = assessment.answers.find(roles.reviewDateQuestion);
    return answer != assessment.answers.end() && answer->second.is_string()
               ? answer->second.get<std::string>()
               : std::string();
}

Summary summarise(const Assessment& assessment, const baseline::Baseline& baseline,
                  const ScanOptions& options) {
    const scoring::Evaluation evaluation = scoring::evaluate(baseline, assessment);
    Summary summary;
    summary.title = assessment.metadata.title;
    summary.processing = assessment.metadata.processing;
    summary.organisation = assessment.metadata.organisation;
    summary.status = assessment.status;
    summary.verdict = evaluation.screening.verdict;
    summary.verdictDecided = evaluation.screening.decided();
    summary.residualNow = levelOf(baseline.matrix(), evaluation.highestResidualLevel);
    std::string planned;
    int plannedRank = 0;
    for (const scoring::RiskResult& risk : evaluation.risks) {
        // An expert's override replaces the computed residual, planned safeguards or not.
        const scoring::Score& score = risk.override_ ? *risk.override_ : risk.planned;
        if (risk.applies && score.rank > plannedRank) {
            plannedRank = score.rank;
            planned = score.level;
        }
    }
    summary.residualPlanned = levelOf(baseline.matrix(), planned);
    const baseline::Level* high = baseline.matrix().level(baseline.matrix().priorConsultationFrom);
    summary.highResidual = high != nullptr && summary.residualNow.rank >= high->rank;
    summary.priorConsultation = evaluation.priorConsultation;
    summary.decisionDate = decisionDate(assessment);
    summary.reviewDate = reviewDate(assessment, baseline, options);
    summary.review = reviewState(summary.reviewDate, options.today);
    for (const storage::Measure& measure : assessment.measures) {
        summary.overdueMeasures += storage::isOverdue(measure, options.today) ? 1 : 0;
    }
    summary.lastChange = assessment.modified;
    return summary;
}

} // namespace

Entry readDocument(const std::string& path, const ScanOptions& options) {
    Entry entry;
    entry.path = path;
    entry.openBy = storage::FileLock::peekHolder(path);
    auto read = readContent(path);
    if (Problem* problem = std::get_if<Problem>(&read)) {
        entry.problem = std::move(*problem);
        return entry;
    }
    const Assessment& content = std::get<Assessment>(read);
    auto baseline = baselines().get(content, path);
    if (!baseline) {
        entry.problem = problemOf(baseline.error());
        return entry;
    }
    entry.summary = summarise(content, **baseline, options);
    return entry;
}

} // namespace dpia::portfolio

// The edits of AssessmentFile: each is one transaction through edit(), which also writes the
// change-log row and updates the in-memory model only after the commit succeeded.
#include "core/log.h"
#include "core/storage/assessment_file.h"
#include "core/storage/file_probe.h"
#include "core/storage/sql.h"
#include "core/storage/storage_errors.h"
#include "core/storage/store.h"
#include "core/storage/validate.h"

#include <algorithm>

namespace dpia::storage {
namespace {

const LocalText kCustomRiskKind{"eigen risico", "custom risk"};
const LocalText kMeasureKind{"actiepunt", "measure"};
const LocalText kSignoffKind{"advies of besluit", "advice or decision"};

/// The next free id "PREFIX-N" among `items`.
template <typename Item>
std::string nextId(const std::vector<Item>& items, const std::string& prefix) {
    long highest = 0;
    for (const Item& item : items) {
        if (item.id.starts_with(prefix)) {
            try {
                std::size_t used = 0;
                const long number = std::stol(item.id.substr(prefix.size()), &used);
                if (used == item.id.size() - prefix.size()) {
                    highest = std::max(highest, number);
                }
            } catch (const std::exception&) {
            }
        }
    }
    return prefix + std::to_string(highest + 1);
}

template <typename Item>
auto findById(std::vector<Item>& items, const std::string& id) {
    return std::find_if(items.begin(), items.end(),
                        [&](const Item& item) { return item.id == id; });
}

/// The ord after the last row of `table`, so that new items come last.
int appendOrd(sqlite3* db, const std::string& table, int& ord) {
    sql::Query query(db, "SELECT coalesce(max(ord) + 1, 0) FROM " + table);
    const int code = query.step();
    if (code != SQLITE_ROW) {
        return code;
    }
    ord = static_cast<int>(query.integer(0));
    return SQLITE_OK;
}

} // namespace

Status AssessmentFile::edit(const std::string& what, bool allowedWhenFinal,
                            const std::function<int(sqlite3*)>& write,
                            const std::function<void(Assessment&)>& apply) {
    if (readOnlyReason_) {
        return *readOnlyReason_;
    }
    if (!allowedWhenFinal && assessment_.status == DocumentStatus::final) {
        return errors::finalDocument();
    }
    if (changedOnDisk_) {
        return errors::changedOnDisk(path_);
    }
    if (unsettled_) {
        settleAfterFailure();
        if (unsettled_) {
            return errors::ioError(path_, "journal of a failed edit not yet rolled back");
        }
    }
    sqlite3* db = db_.get();
    int code = sql::exec(db, "BEGIN IMMEDIATE");
    if (code != SQLITE_OK) {
        sql::rollbackIfOpen(db);
        return errors::fromSqlite(code, path_, "begin");
    }
    // Checked under the write lock, so no SQLite writer can slip in between.
    if (!unchangedOnDisk()) {
        sql::rollbackIfOpen(db);
        changedOnDisk_ = true;
        coreLog().warn("refusing to write: the document was changed by another program");
        return errors::changedOnDisk(path_);
    }
    const ChangeLogEntry entry{files::utcNow(), osUser_, what};
    code = write(db);
    if (code == SQLITE_OK) {
        code = store::appendChangeLog(db, entry);
    }
    if (code == SQLITE_OK) {
        code = store::updateModified(db, entry.when);
    }
    if (code == SQLITE_OK) {
        code = sql::exec(db, "COMMIT");
    }
    if (code != SQLITE_OK) {
        settleAfterFailure();
        const Error error = errors::fromSqlite(code, path_, "edit");
        coreLog().warn("edit not saved: {}", error.detail);
        return error;
    }
    // Our own commits leave PRAGMA data_version as it was, so only the file's identity is
    // new; another connection's commit after ours will still differ from dataVersion_.
    diskState_ = files::diskState(path_);
    apply(assessment_);
    assessment_.changeLog.push_back(entry);
    assessment_.modified = entry.when;
    return success();
}

void AssessmentFile::settleAfterFailure() {
    sqlite3* db = db_.get();
    sql::rollbackIfOpen(db);
    // If SQLite could not put the old pages back, its journal is hot; the next read
    // retries the rollback. The restored bytes are our last commit, so we record them.
    sql::Query(db, "SELECT count(*) FROM sqlite_schema").step();
    unsettled_ = probe::journalPending(path_);
    recordDiskState();
}

Status AssessmentFile::setMetadata(const Metadata& metadata) {
    if (Status ok = validate::metadata(metadata); !ok) {
        return ok;
    }
    return edit(
        "metadata", false, [&](sqlite3* db) { return store::updateMetadata(db, metadata); },
        [&](Assessment& a) { a.metadata = metadata; });
}

Status AssessmentFile::setStatus(DocumentStatus status) {
    return edit(
        "status " + std::string(statusName(status)), true,
        [&](sqlite3* db) { return store::updateStatus(db, status); },
        [&](Assessment& a) { a.status = status; });
}

Status AssessmentFile::setAnswer(const std::string& questionId, const nlohmann::json& value) {
    if (value.is_null()) {
        if (Status ok = validate::id("answers", questionId); !ok) {
            return ok;
        }
        return edit(
            "answer " + questionId + " cleared", false,
            [&](sqlite3* db) { return store::deleteAnswer(db, questionId); },
            [&](Assessment& a) { a.answers.erase(questionId); });
    }
    if (Status ok = validate::answerValue(questionId, value); !ok) {
        return ok;
    }
    return edit(
        "answer " + questionId, false,
        [&](sqlite3* db) { return store::putAnswer(db, questionId, value); },
        [&](Assessment& a) { a.answers[questionId] = value; });
}

Status AssessmentFile::setNote(const std::string& questionId, const std::string& text) {
    Status ok = validate::id("notes", questionId);
    if (ok) {
        ok = validate::text("notes." + questionId, text);
    }
    if (!ok) {
        return ok;
    }
    if (text.empty()) {
        return edit(
            "note " + questionId + " cleared", false,
            [&](sqlite3* db) { return store::deleteNote(db, questionId); },
            [&](Assessment& a) { a.notes.erase(questionId); });
    }
    return edit(
        "note " + questionId, false,
        [&](sqlite3* db) { return store::putNote(db, questionId, text); },
        [&](Assessment& a) { a.notes[questionId] = text; });
}

Status AssessmentFile::setSafeguard(const std::string& safeguardId, SafeguardStatus status,
                                    const std::string& evidence) {
    Status ok = validate::id("safeguards", safeguardId);
    if (ok) {
        ok = validate::text("safeguards." + safeguardId + ".evidence", evidence);
    }
    if (!ok) {
        return ok;
    }
    const SafeguardEntry entry{status, evidence};
    return edit(
        "safeguard " + safeguardId + " " + std::string(safeguardStatusName(status)), false,
        [&](sqlite3* db) { return store::putSafeguard(db, safeguardId, entry); },
        [&](Assessment& a) { a.safeguards[safeguardId] = entry; });
}

Status AssessmentFile::clearSafeguard(const std::string& safeguardId) {
    if (Status ok = validate::id("safeguards", safeguardId); !ok) {
        return ok;
    }
    return edit(
        "safeguard " + safeguardId + " cleared", false,
        [&](sqlite3* db) { return store::deleteSafeguard(db, safeguardId); },
        [&](Assessment& a) { a.safeguards.erase(safeguardId); });
}

Status AssessmentFile::setRiskOverride(const std::string& riskId, const RiskOverride& value) {
    if (Status ok = validate::riskOverride(riskId, value); !ok) {
        return ok;
    }
    return edit(
        "override " + riskId, false,
        [&](sqlite3* db) { return store::putOverride(db, riskId, value); },
        [&](Assessment& a) { a.riskOverrides[riskId] = value; });
}

Status AssessmentFile::clearRiskOverride(const std::string& riskId) {
    if (Status ok = validate::id("risk_overrides", riskId); !ok) {
        return ok;
    }
    return edit(
        "override " + riskId + " cleared", false,
        [&](sqlite3* db) { return store::deleteOverride(db, riskId); },
        [&](Assessment& a) { a.riskOverrides.erase(riskId); });
}

Result<std::string> AssessmentFile::addCustomRisk(CustomRisk risk) {
    if (risk.id.empty()) {
        risk.id = nextId(assessment_.customRisks, "cr-");
    }
    if (Status ok = validate::customRisk("custom_risk", risk); !ok) {
        return ok.error();
    }
    if (findById(assessment_.customRisks, risk.id) != assessment_.customRisks.end()) {
        return errors::duplicateItem(kCustomRiskKind, risk.id);
    }
    Status done = edit(
        "custom-risk " + risk.id + " added", false,
        [&](sqlite3* db) {
            int ord = 0;
            const int code = appendOrd(db, "custom_risk", ord);
            return code == SQLITE_OK ? store::insertCustomRisk(db, risk, ord) : code;
        },
        [&](Assessment& a) { a.customRisks.push_back(risk); });
    return done ? Result<std::string>(risk.id) : Result<std::string>(done.error());
}

Status AssessmentFile::updateCustomRisk(const CustomRisk& risk) {
    if (Status ok = validate::customRisk("custom_risk", risk); !ok) {
        return ok;
    }
    if (findById(assessment_.customRisks, risk.id) == assessment_.customRisks.end()) {
        return errors::unknownItem(kCustomRiskKind, risk.id);
    }
    return edit(
        "custom-risk " + risk.id + " updated", false,
        [&](sqlite3* db) { return store::updateCustomRisk(db, risk); },
        [&](Assessment& a) { *findById(a.customRisks, risk.id) = risk; });
}

Status AssessmentFile::removeCustomRisk(const std::string& id) {
    if (findById(assessment_.customRisks, id) == assessment_.customRisks.end()) {
        return errors::unknownItem(kCustomRiskKind, id);
    }
    return edit(
        "custom-risk " + id + " removed", false,
        [&](sqlite3* db) { return store::deleteCustomRisk(db, id); },
        [&](Assessment& a) {
            a.customRisks.erase(findById(a.customRisks, id));
            for (Measure& measure : a.measures) {
                std::erase(measure.risks, id);
            }
        });
}

Result<std::string> AssessmentFile::addMeasure(Measure measure) {
    if (measure.id.empty()) {
        measure.id = nextId(assessment_.measures, "m-");
    }
    if (Status ok = validate::measure("measure", measure); !ok) {
        return ok.error();
    }
    if (findById(assessment_.measures, measure.id) != assessment_.measures.end()) {
        return errors::duplicateItem(kMeasureKind, measure.id);
    }
    Status done = edit(
        "measure " + measure.id + " added", false,
        [&](sqlite3* db) {
            int ord = 0;
            const int code = appendOrd(db, "measure", ord);
            return code == SQLITE_OK ? store::insertMeasure(db, measure, ord) : code;
        },
        [&](Assessment& a) { a.measures.push_back(measure); });
    return done ? Result<std::string>(measure.id) : Result<std::string>(done.error());
}

Status AssessmentFile::updateMeasure(const Measure& measure) {
    if (Status ok = validate::measure("measure", measure); !ok) {
        return ok;
    }
    if (findById(assessment_.measures, measure.id) == assessment_.measures.end()) {
        return errors::unknownItem(kMeasureKind, measure.id);
    }
    return edit(
        "measure " + measure.id + " updated", false,
        [&](sqlite3* db) { return store::updateMeasure(db, measure); },
        [&](Assessment& a) { *findById(a.measures, measure.id) = measure; });
}

Status AssessmentFile::removeMeasure(const std::string& id) {
    if (findById(assessment_.measures, id) == assessment_.measures.end()) {
        return errors::unknownItem(kMeasureKind, id);
    }
    return edit(
        "measure " + id + " removed", false,
        [&](sqlite3* db) { return store::deleteMeasure(db, id); },
        [&](Assessment& a) { a.measures.erase(findById(a.measures, id)); });
}

Result<std::string> AssessmentFile::addSignoff(Signoff signoff) {
    if (signoff.id.empty()) {
        signoff.id = nextId(assessment_.signoffs, "so-");
    }
    if (Status ok = validate::signoff("signoff", signoff); !ok) {
        return ok.error();
    }
    if (findById(assessment_.signoffs, signoff.id) != assessment_.signoffs.end()) {
        return errors::duplicateItem(kSignoffKind, signoff.id);
    }
    Status done = edit(
        "signoff " + signoff.id + " added", false,
        [&](sqlite3* db) {
            int ord = 0;
            const int code = appendOrd(db, "signoff", ord);
            return code == SQLITE_OK ? store::insertSignoff(db, signoff, ord) : code;
        },
        [&](Assessment& a) { a.signoffs.push_back(signoff); });
    return done ? Result<std::string>(signoff.id) : Result<std::string>(done.error());
}

Status AssessmentFile::updateSignoff(const Signoff& signoff) {
    if (Status ok = validate::signoff("signoff", signoff); !ok) {
        return ok;
    }
    if (findById(assessment_.signoffs, signoff.id) == assessment_.signoffs.end()) {
        return errors::unknownItem(kSignoffKind, signoff.id);
    }
    return edit(
        "signoff " + signoff.id + " updated", false,
        [&](sqlite3* db) { return store::updateSignoff(db, signoff); },
        [&](Assessment& a) { *findById(a.signoffs, signoff.id) = signoff; });
}

Status AssessmentFile::removeSignoff(const std::string& id) {
    if (findById(assessment_.signoffs, id) == assessment_.signoffs.end()) {
        return errors::unknownItem(kSignoffKind, id);
    }
    return edit(
        "signoff " + id + " removed", false,
        [&](sqlite3* db) { return store::deleteSignoff(db, id); },
        [&](Assessment& a) { a.signoffs.erase(findById(a.signoffs, id)); });
}

} // namespace dpia::storage

#include "core/sha256.h"
#include "core/storage/sql.h"
#include "core/storage/store.h"

namespace dpia::storage::store {
namespace {

int writeLinks(sqlite3* db, const Measure& measure) {
    sql::Query clear(db, "DELETE FROM measure_risk WHERE measure = ?");
    int code = clear.bind(measure.id).run();
    for (std::size_t i = 0; code == SQLITE_OK && i < measure.risks.size(); ++i) {
        sql::Query link(db, "INSERT INTO measure_risk (measure, ord, risk) VALUES (?, ?, ?)");
        code = link.bind(measure.id).bind(static_cast<int>(i)).bind(measure.risks[i]).run();
    }
    return code;
}

int insertDocument(sqlite3* db, const Assessment& assessment) {
    const Metadata& m = assessment.metadata;
    sql::Query insert(db, "INSERT INTO document (singleton, title, organisation, processing, "
                          "process_owner, author, status, created, modified, version, "
                          "classification) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    return insert.bind(m.title)
        .bind(m.organisation)
        .bind(m.processing)
        .bind(m.processOwner)
        .bind(m.author)
        .bind(statusName(assessment.status))
        .bind(assessment.created)
        .bind(assessment.modified)
        .bind(m.version)
        .bind(m.classification)
        .run();
}

int insertBaseline(sqlite3* db, const EmbeddedBaseline& baseline) {
    const std::string_view bytes(reinterpret_cast<const char*>(baseline.image.data()),
                                 baseline.image.size());
    sql::Query insert(db,
                      "INSERT INTO baseline (singleton, id, version, hash, image, image_sha256) "
                      "VALUES (1, ?, ?, ?, ?, ?)");
    return insert.bind(baseline.id)
        .bind(baseline.version)
        .bind(baseline.hash)
        .bindBlob(baseline.image)
        .bind(sha256Hex(bytes))
        .run();
}

} // namespace

int writeAll(sqlite3* db, const Assessment& assessment) {
    int code = insertDocument(db, assessment);
    if (code == SQLITE_OK) {
        code = insertBaseline(db, assessment.baseline);
    }
    for (const auto& [question, value] : assessment.answers) {
        if (code == SQLITE_OK) {
            code = putAnswer(db, question, value);
        }
    }
    for (const auto& [question, text] : assessment.notes) {
        if (code == SQLITE_OK) {
            code = putNote(db, question, text);
        }
    }
    for (const auto& [safeguard, entry] : assessment.safeguards) {
        if (code == SQLITE_OK) {
            code = putSafeguard(db, safeguard, entry);
        }
    }
    for (const auto& [risk, value] : assessment.riskOverrides) {
        if (code == SQLITE_OK) {
            code = putOverride(db, risk, value);
        }
    }
    for (std::size_t i = 0; code == SQLITE_OK && i < assessment.customRisks.size(); ++i) {
        code = insertCustomRisk(db, assessment.customRisks[i], static_cast<int>(i));
    }
    for (std::size_t i = 0; code == SQLITE_OK && i < assessment.measures.size(); ++i) {
        code = insertMeasure(db, assessment.measures[i], static_cast<int>(i));
    }
    for (std::size_t i = 0; code == SQLITE_OK && i < assessment.signoffs.size(); ++i) {
        code = insertSignoff(db, assessment.signoffs[i], static_cast<int>(i));
    }
    for (std::size_t i = 0; code == SQLITE_OK && i < assessment.changeLog.size(); ++i) {
        code = appendChangeLog(db, assessment.changeLog[i]);
    }
    for (std::size_t i = 0; code == SQLITE_OK && i < assessment.imported.size(); ++i) {
        const ImportedItem& item = assessment.imported[i];
        code = sql::Query(db, "INSERT INTO imported (ord, source, key, value) VALUES (?, ?, ?, ?)")
                   .bind(static_cast<std::int64_t>(i))
                   .bind(item.source)
                   .bind(item.key)
                   .bind(item.value.dump())
                   .run();
    }
    return code;
}

int updateMetadata(sqlite3* db, const Metadata& m) {
    sql::Query update(db, "UPDATE document SET title = ?, organisation = ?, processing = ?, "
                          "process_owner = ?, author = ?, version = ?, classification = ?");
    return update.bind(m.title)
        .bind(m.organisation)
        .bind(m.processing)
        .bind(m.processOwner)
        .bind(m.author)
        .bind(m.version)
        .bind(m.classification)
        .run();
}

int updateStatus(sqlite3* db, DocumentStatus status) {
    return sql::Query(db, "UPDATE document SET status = ?").bind(statusName(status)).run();
}

int updateModified(sqlite3* db, const std::string& when) {
    return sql::Query(db, "UPDATE document SET modified = ?").bind(when).run();
}

int putAnswer(sqlite3* db, const std::string& questionId, const nlohmann::json& value) {
    sql::Query put(db, "INSERT OR REPLACE INTO answer (question, value) VALUES (?, ?)");
    return put.bind(questionId).bind(value.dump()).run();
}

int deleteAnswer(sqlite3* db, const std::string& questionId) {
    return sql::Query(db, "DELETE FROM answer WHERE question = ?").bind(questionId).run();
}

int putNote(sqlite3* db, const std::string& questionId, const std::string& text) {
    sql::Query put(db, "INSERT OR REPLACE INTO note (question, text) VALUES (?, ?)");
    return put.bind(questionId).bind(text).run();
}

int deleteNote(sqlite3* db, const std::string& questionId) {
    return sql::Query(db, "DELETE FROM note WHERE question = ?").bind(questionId).run();
}

int putSafeguard(sqlite3* db, const std::string& safeguardId, const SafeguardEntry& entry) {
    sql::Query put(db, "INSERT OR REPLACE INTO safeguard_status (safeguard, status, evidence) "
                       "VALUES (?, ?, ?)");
    return put.bind(safeguardId).bind(safeguardStatusName(entry.status)).bind(entry.evidence).run();
}

int deleteSafeguard(sqlite3* db, const std::string& safeguardId) {
    return sql::Query(db, "DELETE FROM safeguard_status WHERE safeguard = ?")
        .bind(safeguardId)
        .run();
}

int putOverride(sqlite3* db, const std::string& riskId, const RiskOverride& value) {
    sql::Query put(db, "INSERT OR REPLACE INTO risk_override (risk, likelihood, impact, "
                       "justification) VALUES (?, ?, ?, ?)");
    return put.bind(riskId)
        .bind(value.likelihood)
        .bind(value.impact)
        .bind(value.justification)
        .run();
}

int deleteOverride(sqlite3* db, const std::string& riskId) {
    return sql::Query(db, "DELETE FROM risk_override WHERE risk = ?").bind(riskId).run();
}

int insertCustomRisk(sqlite3* db, const CustomRisk& risk, int ord) {
    sql::Query insert(db, "INSERT INTO custom_risk (id, ord, title, description, likelihood, "
                          "impact) VALUES (?, ?, ?, ?, ?, ?)");
    return insert.bind(risk.id)
        .bind(ord)
        .bind(risk.title)
        .bind(risk.description)
        .bind(risk.likelihood)
        .bind(risk.impact)
        .run();
}

int updateCustomRisk(sqlite3* db, const CustomRisk& risk) {
    sql::Query update(db, "UPDATE custom_risk SET title = ?, description = ?, likelihood = ?, "
                          "impact = ? WHERE id = ?");
    return update.bind(risk.title)
        .bind(risk.description)
        .bind(risk.likelihood)
        .bind(risk.impact)
        .bind(risk.id)
        .run();
}

int deleteCustomRisk(sqlite3* db, const std::string& id) {
    const int code = sql::Query(db, "DELETE FROM measure_risk WHERE risk = ?").bind(id).run();
    return code == SQLITE_OK ? sql::Query(db, "DELETE FROM custom_risk WHERE id = ?").bind(id).run()
                             : code;
}

int insertMeasure(sqlite3* db, const Measure& measure, int ord) {
    sql::Query insert(db, "INSERT INTO measure (id, ord, title, owner, due, status) "
                          "VALUES (?, ?, ?, ?, ?, ?)");
    const int code = insert.bind(measure.id)
                         .bind(ord)
                         .bind(measure.title)
                         .bind(measure.owner)
                         .bind(measure.due)
                         .bind(measureStatusName(measure.status))
                         .run();
    return code == SQLITE_OK ? writeLinks(db, measure) : code;
}

int updateMeasure(sqlite3* db, const Measure& measure) {
    sql::Query update(db, "UPDATE measure SET title = ?, owner = ?, due = ?, status = ? "
                          "WHERE id = ?");
    const int code = update.bind(measure.title)
                         .bind(measure.owner)
                         .bind(measure.due)
                         .bind(measureStatusName(measure.status))
                         .bind(measure.id)
                         .run();
    return code == SQLITE_OK ? writeLinks(db, measure) : code;
}

int deleteMeasure(sqlite3* db, const std::string& id) {
    // measure_risk rows go with it (ON DELETE CASCADE).
    return sql::Query(db, "DELETE FROM measure WHERE id = ?").bind(id).run();
}

int insertSignoff(sqlite3* db, const Signoff& signoff, int ord) {
    sql::Query insert(db, "INSERT INTO signoff (id, ord, role, name, date, text, outcome) "
                          "VALUES (?, ?, ?, ?, ?, ?, ?)");
    return insert.bind(signoff.id)
        .bind(ord)
        .bind(roleName(signoff.role))
        .bind(signoff.name)
        .bind(signoff.date)
        .bind(signoff.text)
        .bind(signoff.outcome)
        .run();
}

int updateSignoff(sqlite3* db, const Signoff& signoff) {
    sql::Query update(db, "UPDATE signoff SET role = ?, name = ?, date = ?, text = ?, outcome = ? "
                          "WHERE id = ?");
    return update.bind(roleName(signoff.role))
        .bind(signoff.name)
        .bind(signoff.date)
        .bind(signoff.text)
        .bind(signoff.outcome)
        .bind(signoff.id)
        .run();
}

int deleteSignoff(sqlite3* db, const std::string& id) {
    return sql::Query(db, "DELETE FROM signoff WHERE id = ?").bind(id).run();
}

int appendChangeLog(sqlite3* db, const ChangeLogEntry& entry) {
    sql::Query insert(db, "INSERT INTO change_log (at, os_user, kind, target, action, value, "
                          "edits) VALUES (?, ?, ?, ?, ?, ?, ?)");
    return insert.bind(entry.when)
        .bind(entry.user)
        .bind(changeKindName(entry.kind))
        .bind(entry.target)
        .bind(changeActionName(entry.action))
        .bind(entry.value)
        .bind(entry.edits)
        .run();
}

int insertChangeLog(sqlite3* db, std::int64_t seq, const ChangeLogEntry& entry) {
    sql::Query insert(db, "INSERT INTO change_log (seq, at, os_user, kind, target, action, "
                          "value, edits) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    return insert.bind(seq)
        .bind(entry.when)
        .bind(entry.user)
        .bind(changeKindName(entry.kind))
        .bind(entry.target)
        .bind(changeActionName(entry.action))
        .bind(entry.value)
        .bind(entry.edits)
        .run();
}

} // namespace dpia::storage::store

#include "core/sha256.h"
#include "core/storage/change_log.h"
#include "core/storage/sql.h"
#include "core/storage/storage_errors.h"
#include "core/storage/store.h"
#include "core/storage/validate.h"

#include <functional>

namespace dpia::storage::store {
namespace {

/// A value read from the file that this program would never have written.
struct BadRow {
    std::string what;
};

void eachRow(sqlite3* db, const std::string& statement, const std::function<void(sql::Query&)>& row,
             int& failure) {
    if (failure != SQLITE_OK) {
        return;
    }
    sql::Query query(db, statement);
    int code = SQLITE_ROW;
    while ((code = query.step()) == SQLITE_ROW) {
        row(query);
    }
    if (code != SQLITE_DONE) {
        failure = code;
    }
}

template <typename Enum>
Enum parsed(std::optional<Enum> value, const char* what) {
    if (!value) {
        throw BadRow{what};
    }
    return *value;
}

int integer(sql::Query& row, int column) {
    return static_cast<int>(row.integer(column));
}

/// read() without its transaction.
Result<Assessment> readRows(sqlite3* db, int schemaVersion, const std::string& path) {
    Assessment result;
    int failure = SQLITE_OK;
    bool haveDocument = false;
    bool haveBaseline = false;
    try {
        const std::string classification = schemaVersion >= 2 ? "classification" : "''";
        eachRow(
            db,
            "SELECT title, organisation, processing, process_owner, author, status, created, "
            "modified, version, " +
                classification + " FROM document WHERE singleton = 1",
            [&](sql::Query& row) {
                haveDocument = true;
                Metadata& m = result.metadata;
                m.title = row.text(0);
                m.organisation = row.text(1);
                m.processing = row.text(2);
                m.processOwner = row.text(3);
                m.author = row.text(4);
                result.status = parsed(parseDocumentStatus(row.text(5)), "status");
                result.created = row.text(6);
                result.modified = row.text(7);
                m.version = integer(row, 8);
                m.classification = row.text(9);
            },
            failure);
        eachRow(
            db, "SELECT id, version, hash, image, image_sha256 FROM baseline",
            [&](sql::Query& row) {
                haveBaseline = true;
                result.baseline.id = row.text(0);
                result.baseline.version = row.text(1);
                result.baseline.hash = row.text(2);
                const auto image = row.blob(3);
                result.baseline.image.assign(image.begin(), image.end());
                const std::string_view bytes(reinterpret_cast<const char*>(image.data()),
                                             image.size());
                if (sha256Hex(bytes) != row.text(4)) {
                    throw BadRow{"baseline image does not match its SHA-256"};
                }
            },
            failure);
        eachRow(
            db, "SELECT question, value FROM answer",
            [&](sql::Query& row) {
                auto value = nlohmann::json::parse(row.text(1), nullptr, false);
                if (value.is_discarded()) {
                    throw BadRow{"answer is not JSON"};
                }
                result.answers.emplace(row.text(0), std::move(value));
            },
            failure);
        if (schemaVersion >= 2) {
            eachRow(
                db, "SELECT question, text FROM note",
                [&](sql::Query& row) { result.notes.emplace(row.text(0), row.text(1)); }, failure);
        }
        eachRow(
            db, "SELECT safeguard, status, evidence FROM safeguard_status",
            [&](sql::Query& row) {
                result.safeguards.emplace(
                    row.text(0),
                    SafeguardEntry{parsed(parseSafeguardStatus(row.text(1)), "safeguard status"),
                                   row.text(2)});
            },
            failure);
        eachRow(
            db, "SELECT risk, likelihood, impact, justification FROM risk_override",
            [&](sql::Query& row) {
                result.riskOverrides.emplace(
                    row.text(0), RiskOverride{integer(row, 1), integer(row, 2), row.text(3)});
            },
            failure);
        eachRow(
            db, "SELECT id, title, description, likelihood, impact FROM custom_risk ORDER BY ord",
            [&](sql::Query& row) {
                result.customRisks.push_back(CustomRisk{row.text(0), row.text(1), row.text(2),
                                                        integer(row, 3), integer(row, 4)});
            },
            failure);
        eachRow(
            db, "SELECT id, title, owner, due, status FROM measure ORDER BY ord",
            [&](sql::Query& row) {
                Measure measure{
                    row.text(0), row.text(1),
                    {},          row.text(2),
                    row.text(3), parsed(parseMeasureStatus(row.text(4)), "measure status")};
                result.measures.push_back(std::move(measure));
            },
            failure);
        for (Measure& measure : result.measures) {
            sql::Query links(db, "SELECT risk FROM measure_risk WHERE measure = ? ORDER BY ord");
            links.bind(measure.id);
            int code = SQLITE_ROW;
            while ((code = links.step()) == SQLITE_ROW) {
                measure.risks.push_back(links.text(0));
            }
            if (code != SQLITE_DONE && failure == SQLITE_OK) {
                failure = code;
            }
        }
        eachRow(
            db, "SELECT id, role, name, date, text, outcome FROM signoff ORDER BY ord",
            [&](sql::Query& row) {
                result.signoffs.push_back(
                    Signoff{row.text(0), parsed(parseSignoffRole(row.text(1)), "role"), row.text(2),
                            row.text(3), row.text(4), row.text(5)});
            },
            failure);
        if (schemaVersion >= 3) {
            eachRow(
                db,
                "SELECT at, os_user, kind, target, action, value, edits FROM change_log "
                "ORDER BY seq",
                [&](sql::Query& row) {
                    ChangeLogEntry entry;
                    entry.when = row.text(0);
                    entry.user = row.text(1);
                    entry.kind = parsed(parseChangeKind(row.text(2)), "change kind");
                    entry.target = row.text(3);
                    entry.action = parsed(parseChangeAction(row.text(4)), "change action");
                    entry.value = row.text(5);
                    entry.edits = integer(row, 6);
                    result.changeLog.push_back(std::move(entry));
                },
                failure);
        } else {
            // An older file opened read-only: its sentences, read as the migration would.
            eachRow(
                db, "SELECT at, os_user, what FROM change_log ORDER BY seq",
                [&](sql::Query& row) {
                    ChangeLogEntry entry = parseChangeText(row.text(2));
                    entry.when = row.text(0);
                    entry.user = row.text(1);
                    result.changeLog.push_back(std::move(entry));
                },
                failure);
        }
        if (schemaVersion >= 4) {
            eachRow(
                db, "SELECT source, key, value FROM imported ORDER BY ord",
                [&](sql::Query& row) {
                    auto value = nlohmann::json::parse(row.text(2), nullptr, false);
                    if (value.is_discarded()) {
                        throw BadRow{"imported value is not JSON"};
                    }
                    result.imported.push_back(
                        ImportedItem{row.text(0), row.text(1), std::move(value)});
                },
                failure);
        }
    } catch (const BadRow& bad) {
        return errors::corrupt(path, bad.what);
    }
    if (failure != SQLITE_OK) {
        return (failure & 0xff) == SQLITE_ERROR
                   ? errors::corrupt(path, "a table is missing")
                   : errors::fromSqliteWhileOpening(failure, path, "read");
    }
    if (!haveDocument || !haveBaseline) {
        return errors::corrupt(path, "document or baseline row missing");
    }
    // The rules every edit and import obey (valid UTF-8, sizes, ids, dates, scores). A file
    // breaking them was not written by this program, and could not be exported: invalid
    // UTF-8 made the JSON export throw (found by fuzzing the open).
    if (Status valid = validate::assessment(result); !valid) {
        return errors::corrupt(path, valid.error().detail);
    }
    return result;
}

} // namespace

Result<Assessment> read(sqlite3* db, int schemaVersion, const std::string& path) {
    // One read transaction: every table as one commit left it, while another process
    // (holding the lock) may commit between our statements.
    if (const int code = sql::exec(db, "BEGIN"); code != SQLITE_OK) {
        return errors::fromSqliteWhileOpening(code, path, "begin reading");
    }
    auto result = readRows(db, schemaVersion, path);
    sql::rollbackIfOpen(db); // nothing was written
    return result;
}

} // namespace dpia::storage::store

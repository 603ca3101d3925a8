// AssessmentFile::apply: every change to a document, as Edit values (edit.h). Each list of
// edits is checked against the document in memory, written in one transaction through
// edit(), which also writes the one change-log row (logEntry of the list), and shown in memory only
// after the commit.
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

/// The next free id "PREFIX-N" among `items`.
template <typename Item>
std::string nextId(const std::vector<Item>& items, std::string_view prefix) {
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
    return std::string(prefix) + std::to_string(highest + 1);
}

template <typename Items>
auto findById(Items& items, const std::string& id) {
    return std::find_if(items.begin(), items.end(),
                        [&](const auto& item) { return item.id == id; });
}

/// The ord after the last row of `table`, so that new items come last.
int appendOrd(sqlite3* db, const char* table, int& ord) {
    sql::Query query(db, std::string("SELECT coalesce(max(ord) + 1, 0) FROM ") + table);
    const int code = query.step();
    if (code != SQLITE_ROW) {
        return code;
    }
    ord = static_cast<int>(query.integer(0));
    return SQLITE_OK;
}

/// How one kind of list item is checked and stored.
template <typename Item>
struct ItemStore;

template <>
struct ItemStore<CustomRisk> {
    static constexpr const char* table = "custom_risk";
    static inline const LocalText label{"eigen risico", "custom risk"};
    static Status check(const CustomRisk& r) { return validate::customRisk(table, r); }
    static int insert(sqlite3* db, const CustomRisk& r, int ord) {
        return store::insertCustomRisk(db, r, ord);
    }
    static int update(sqlite3* db, const CustomRisk& r) { return store::updateCustomRisk(db, r); }
    static int remove(sqlite3* db, const std::string& id) {
        return store::deleteCustomRisk(db, id);
    }
};

template <>
struct ItemStore<Measure> {
    static constexpr const char* table = "measure";
    static inline const LocalText label{"actiepunt", "measure"};
    static Status check(const Measure& m) { return validate::measure(table, m); }
    static int insert(sqlite3* db, const Measure& m, int ord) {
        return store::insertMeasure(db, m, ord);
    }
    static int update(sqlite3* db, const Measure& m) { return store::updateMeasure(db, m); }
    static int remove(sqlite3* db, const std::string& id) { return store::deleteMeasure(db, id); }
};

template <>
struct ItemStore<Signoff> {
    static constexpr const char* table = "signoff";
    static inline const LocalText label{"advies of besluit", "advice or decision"};
    static Status check(const Signoff& s) { return validate::signoff(table, s); }
    static int insert(sqlite3* db, const Signoff& s, int ord) {
        return store::insertSignoff(db, s, ord);
    }
    static int update(sqlite3* db, const Signoff& s) { return store::updateSignoff(db, s); }
    static int remove(sqlite3* db, const std::string& id) { return store::deleteSignoff(db, id); }
};

template <typename Map>
auto valueAt(const Map& map, const std::string& key) {
    const auto found = map.find(key);
    return found == map.end() ? std::nullopt : std::optional(found->second);
}

// prepare(): checks one edit against `state` (the document as the edits before it left
// it), fills in a generated id, and appends the edits that undo it to `inverse`.

Status prepare(const Assessment& state, SetMetadata& e, EditList& inverse) {
    inverse.push_back(SetMetadata{state.metadata});
    return validate::metadata(e.metadata);
}

Status prepare(const Assessment& state, SetStatus&, EditList& inverse) {
    inverse.push_back(SetStatus{state.status});
    return success();
}

Status prepare(const Assessment& state, SetAnswer& e, EditList& inverse) {
    inverse.push_back(SetAnswer{
        e.question, valueAt(state.answers, e.question).value_or(nlohmann::json(nullptr))});
    return e.value.is_null() ? validate::id("answers", e.question)
                             : validate::answerValue(e.question, e.value);
}

Status prepare(const Assessment& state, SetNote& e, EditList& inverse) {
    inverse.push_back(SetNote{e.question, valueAt(state.notes, e.question).value_or("")});
    Status ok = validate::id("notes", e.question);
    return ok ? validate::text("notes." + e.question, e.text) : ok;
}

Status prepare(const Assessment& state, SetSafeguard& e, EditList& inverse) {
    inverse.push_back(SetSafeguard{e.safeguard, valueAt(state.safeguards, e.safeguard)});
    Status ok = validate::id("safeguards", e.safeguard);
    if (ok && e.entry) {
        ok = validate::text("safeguards." + e.safeguard + ".evidence", e.entry->evidence);
    }
    return ok;
}

Status prepare(const Assessment& state, SetRiskOverride& e, EditList& inverse) {
    inverse.push_back(SetRiskOverride{e.risk, valueAt(state.riskOverrides, e.risk)});
    return e.value ? validate::riskOverride(e.risk, *e.value)
                   : validate::id("risk_overrides", e.risk);
}

template <typename Item>
Status prepare(const Assessment& state, AddItem<Item>& e, EditList& inverse) {
    const auto& items = ItemKind<Item>::list(state);
    if (e.item.id.empty()) {
        e.item.id = nextId(items, ItemKind<Item>::idPrefix);
    }
    if (Status ok = ItemStore<Item>::check(e.item); !ok) {
        return ok;
    }
    if (findById(items, e.item.id) != items.end()) {
        return errors::duplicateItem(ItemStore<Item>::label, e.item.id);
    }
    inverse.push_back(RemoveItem<Item>{e.item.id});
    return success();
}

template <typename Item>
Status prepare(const Assessment& state, UpdateItem<Item>& e, EditList& inverse) {
    if (Status ok = ItemStore<Item>::check(e.item); !ok) {
        return ok;
    }
    const auto& items = ItemKind<Item>::list(state);
    const auto found = findById(items, e.item.id);
    if (found == items.end()) {
        return errors::unknownItem(ItemStore<Item>::label, e.item.id);
    }
    inverse.push_back(UpdateItem<Item>{*found});
    return success();
}

template <typename Item>
Status prepare(const Assessment& state, RemoveItem<Item>& e, EditList& inverse) {
    const auto& items = ItemKind<Item>::list(state);
    const auto found = findById(items, e.id);
    if (found == items.end()) {
        return errors::unknownItem(ItemStore<Item>::label, e.id);
    }
    inverse.push_back(AddItem<Item>{*found});
    if constexpr (std::is_same_v<Item, CustomRisk>) {
        // Removing an own risk unlinks it from measures; undoing it links them again.
        for (const Measure& measure : state.measures) {
            if (std::find(measure.risks.begin(), measure.risks.end(), e.id) !=
                measure.risks.end()) {
                inverse.push_back(UpdateMeasure{measure});
            }
        }
    }
    return success();
}

// writeRows(): the rows of one prepared edit, inside the open transaction.

int writeRows(sqlite3* db, const SetMetadata& e) {
    return store::updateMetadata(db, e.metadata);
}
int writeRows(sqlite3* db, const SetStatus& e) {
    return store::updateStatus(db, e.status);
}
int writeRows(sqlite3* db, const SetAnswer& e) {
    return e.value.is_null() ? store::deleteAnswer(db, e.question)
                             : store::putAnswer(db, e.question, e.value);
}
int writeRows(sqlite3* db, const SetNote& e) {
    return e.text.empty() ? store::deleteNote(db, e.question)
                          : store::putNote(db, e.question, e.text);
}
int writeRows(sqlite3* db, const SetSafeguard& e) {
    return e.entry ? store::putSafeguard(db, e.safeguard, *e.entry)
                   : store::deleteSafeguard(db, e.safeguard);
}
int writeRows(sqlite3* db, const SetRiskOverride& e) {
    return e.value ? store::putOverride(db, e.risk, *e.value) : store::deleteOverride(db, e.risk);
}
template <typename Item>
int writeRows(sqlite3* db, const AddItem<Item>& e) {
    int ord = 0;
    const int code = appendOrd(db, ItemStore<Item>::table, ord);
    return code == SQLITE_OK ? ItemStore<Item>::insert(db, e.item, ord) : code;
}
template <typename Item>
int writeRows(sqlite3* db, const UpdateItem<Item>& e) {
    return ItemStore<Item>::update(db, e.item);
}
template <typename Item>
int writeRows(sqlite3* db, const RemoveItem<Item>& e) {
    return ItemStore<Item>::remove(db, e.id);
}

// showIn(): the same edit in memory, after the commit.

void showIn(Assessment& a, const SetMetadata& e) {
    a.metadata = e.metadata;
}
void showIn(Assessment& a, const SetStatus& e) {
    a.status = e.status;
}
void showIn(Assessment& a, const SetAnswer& e) {
    if (e.value.is_null()) {
        a.answers.erase(e.question);
    } else {
        a.answers[e.question] = e.value;
    }
}
void showIn(Assessment& a, const SetNote& e) {
    if (e.text.empty()) {
        a.notes.erase(e.question);
    } else {
        a.notes[e.question] = e.text;
    }
}
void showIn(Assessment& a, const SetSafeguard& e) {
    if (e.entry) {
        a.safeguards[e.safeguard] = *e.entry;
    } else {
        a.safeguards.erase(e.safeguard);
    }
}
void showIn(Assessment& a, const SetRiskOverride& e) {
    if (e.value) {
        a.riskOverrides[e.risk] = *e.value;
    } else {
        a.riskOverrides.erase(e.risk);
    }
}
template <typename Item>
void showIn(Assessment& a, const AddItem<Item>& e) {
    ItemKind<Item>::list(a).push_back(e.item);
}
template <typename Item>
void showIn(Assessment& a, const UpdateItem<Item>& e) {
    *findById(ItemKind<Item>::list(a), e.item.id) = e.item;
}
template <typename Item>
void showIn(Assessment& a, const RemoveItem<Item>& e) {
    auto& items = ItemKind<Item>::list(a);
    items.erase(findById(items, e.id));
    if constexpr (std::is_same_v<Item, CustomRisk>) {
        for (Measure& measure : a.measures) {
            std::erase(measure.risks, e.id);
        }
    }
}

void showIn(Assessment& a, const Edit& edit) {
    std::visit([&a](const auto& e) { showIn(a, e); }, edit);
}

} // namespace

Result<Applied> AssessmentFile::apply(const EditList& edits, const EditCheck& check) {
    if (edits.empty()) {
        return Applied{};
    }
    // A single edit is checked against the document itself; a list against a working copy
    // that each edit updates, so that a later edit sees the earlier ones (a measure may
    // name an own risk added before it in the same list).
    std::optional<Assessment> working;
    if (edits.size() > 1) {
        working = assessment_;
    }
    Applied applied;
    std::vector<EditList> undo;
    for (const Edit& requested : edits) {
        const Assessment& state = working ? *working : assessment_;
        Edit prepared = requested;
        EditList inverse;
        Status ok = std::visit([&](auto& e) { return prepare(state, e, inverse); }, prepared);
        if (ok && check) {
            ok = check(state, prepared);
        }
        if (!ok) {
            return ok.error();
        }
        if (working) {
            showIn(*working, prepared);
        }
        applied.done.push_back(std::move(prepared));
        undo.push_back(std::move(inverse));
    }
    // The inverse undoes the last edit first.
    for (auto it = undo.rbegin(); it != undo.rend(); ++it) {
        applied.inverse.insert(applied.inverse.end(), it->begin(), it->end());
    }
    const bool finalMayChange = std::all_of(applied.done.begin(), applied.done.end(),
                                            [](const Edit& e) { return allowedWhenFinal(e); });
    Status written = edit(
        logEntry(applied.done), finalMayChange,
        [&](sqlite3* db) {
            for (const Edit& e : applied.done) {
                const int code =
                    std::visit([db](const auto& one) { return writeRows(db, one); }, e);
                if (code != SQLITE_OK) {
                    return code;
                }
            }
            return SQLITE_OK;
        },
        [&](Assessment& a) {
            for (const Edit& e : applied.done) {
                showIn(a, e);
            }
        });
    if (!written) {
        return written.error();
    }
    return applied;
}

Status AssessmentFile::edit(ChangeLogEntry entry, bool finalMayChange,
                            const std::function<int(sqlite3*)>& write,
                            const std::function<void(Assessment&)>& apply) {
    if (readOnlyReason_) {
        return *readOnlyReason_;
    }
    if (!finalMayChange && assessment_.status == DocumentStatus::final) {
        return errors::finalDocument();
    }
    if (changedOnDisk_) {
        return errors::changedOnDisk(path_);
    }
    if (unsettled_) {
        settleAfterFailure();
        if (unsettled_) {
            return errors::editNotSaved(
                path_, errors::ioError(path_, "journal of a failed edit not yet rolled back"));
        }
    }
    // The edit has passed every check: now an older file is brought to the current schema
    // (its own transactions, a copy kept aside), and the edit is written in that form.
    if (Status upgraded = upgradeSchema(); !upgraded) {
        return errors::editNotSaved(path_, upgraded.error());
    }
    sqlite3* db = db_.get();
    int code = sql::exec(db, "BEGIN IMMEDIATE");
    if (code != SQLITE_OK) {
        sql::rollbackIfOpen(db);
        return errors::editNotSaved(path_, errors::fromSqlite(code, path_, "begin"));
    }
    // Checked under the write lock, so no SQLite writer can slip in between.
    if (!unchangedOnDisk()) {
        sql::rollbackIfOpen(db);
        changedOnDisk_ = true;
        coreLog().warn("refusing to write: the document was changed by another program");
        return errors::changedOnDisk(path_);
    }
    entry.when = files::utcNow();
    entry.user = osUser_;
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
        const Error error = errors::editNotSaved(path_, errors::fromSqlite(code, path_, "edit"));
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

} // namespace dpia::storage

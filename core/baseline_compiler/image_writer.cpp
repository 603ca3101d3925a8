#include "core/baseline_compiler/image_writer.h"

#include "core/baseline/baseline_schema.h"
#include "core/baseline/content_hash.h"
#include "core/baseline/roles.h"
#include "core/sqlite_handle.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <variant>

namespace dpia::baseline {
namespace {

using SqlValue = std::variant<std::nullptr_t, long long, double, std::string>;

/// Runs one statement with bound values; throws with SQLite's message on failure.
void run(sqlite3* db, const std::string& sql, std::initializer_list<SqlValue> values = {}) {
    Statement statement = prepare(db, sql);
    if (!statement) {
        throw std::runtime_error(sqlite3_errmsg(db));
    }
    int index = 1;
    for (const SqlValue& value : values) {
        if (const auto* text = std::get_if<std::string>(&value)) {
            sqlite3_bind_text(statement.get(), index, text->c_str(), static_cast<int>(text->size()),
                              SQLITE_TRANSIENT);
        } else if (const auto* integer = std::get_if<long long>(&value)) {
            sqlite3_bind_int64(statement.get(), index, *integer);
        } else if (const auto* real = std::get_if<double>(&value)) {
            sqlite3_bind_double(statement.get(), index, *real);
        } else {
            sqlite3_bind_null(statement.get(), index);
        }
        ++index;
    }
    if (sqlite3_step(statement.get()) != SQLITE_DONE) {
        throw std::runtime_error(sqlite3_errmsg(db));
    }
}

SqlValue optionalNumber(const std::optional<double>& value) {
    return value ? SqlValue(*value) : SqlValue(nullptr);
}

void writeMeta(sqlite3* db, const SourceModel& model) {
    const auto meta = [db](const std::string& key, const std::string& value) {
        run(db, "INSERT INTO meta (key, value) VALUES (?, ?)", {key, value});
    };
    meta("id", model.info.id);
    meta("version", model.info.version);
    meta("title_nl", model.info.title.nl);
    meta("title_en", model.info.title.en);
    meta("verdict_required_ap", std::to_string(model.verdict.requiredAp));
    meta("verdict_required_wp248", std::to_string(model.verdict.requiredWp248));
    meta("verdict_required_art35", std::to_string(model.verdict.requiredArt35));
    meta("verdict_required_when",
         model.verdict.requiredWhen ? model.verdict.requiredWhen->text() : std::string());
    meta("verdict_recommended_wp248", std::to_string(model.verdict.recommendedWp248));
    if (model.verdict.requiredScoreAbove) {
        meta("verdict_required_score_above", std::to_string(*model.verdict.requiredScoreAbove));
    }
    meta("prior_consultation_from", model.matrix.priorConsultationFrom);
    // Every role, empty when not named: a missing key means an image from before the role.
    for (const RoleSpec& role : kRoleSpecs) {
        meta(role.key, model.info.roles.*role.member);
    }
    long long ord = 0;
    for (const auto& change : model.info.changelog) {
        run(db, "INSERT INTO changelog VALUES (?, ?, ?, ?, ?)",
            {ord++, change.version, change.date, change.changes.nl, change.changes.en});
    }
}

/// The English reference, only where it differs: a plain `ref` adds no row.
void writeRefEn(sqlite3* db, const char* kind, const std::string& id, const LocalText& ref) {
    if (ref.en != ref.nl) {
        run(db, "INSERT INTO ref_en VALUES (?, ?, ?)", {std::string(kind), id, ref.en});
    }
}

/// The questions of earlier versions that asked the same fact (the table exists only in an
/// image whose baseline names any, so every other image hashes as before).
void writeReplaces(sqlite3* db, const Question& q) {
    long long ord = 0;
    for (const ReplacedQuestion& old : q.replaces) {
        nlohmann::json options = nlohmann::json::object();
        for (const auto& [from, to] : old.options) {
            options[from] = to;
        }
        run(db, "INSERT INTO question_replaces VALUES (?, ?, ?, ?, ?, ?)",
            {old.question, q.id, ord++, old.section, options.dump(), old.wins ? 1LL : 0LL});
        if (old.as) {
            run(db, "INSERT INTO question_replaces_as VALUES (?, ?)",
                {old.question, old.as->text()});
        }
    }
}

void writeQuestionnaire(sqlite3* db, const SourceModel& model) {
    long long ord = 0;
    for (const Part& part : model.parts) {
        run(db, "INSERT INTO part VALUES (?, ?, ?, ?)",
            {ord++, part.id, part.title.nl, part.title.en});
    }
    ord = 0;
    for (const Section& section : model.sections) {
        run(db, "INSERT INTO section VALUES (?, ?, ?, ?, ?)",
            {ord++, section.id, section.part, section.title.nl, section.title.en});
    }
    ord = 0;
    for (const Question& q : model.questions) {
        run(db, "INSERT INTO question VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            {ord++, q.id, q.section, std::string(rules::answerKindName(q.type)),
             q.required ? 1LL : 0LL, q.text.nl, q.text.en, q.guidance.nl, q.guidance.en, q.ref.nl,
             optionalNumber(q.min), optionalNumber(q.max),
             q.visibleIf ? SqlValue(q.visibleIf->text()) : SqlValue(nullptr)});
        writeRefEn(db, "question", q.id, q.ref);
        writeReplaces(db, q);
        long long optionOrd = 0;
        for (const Option& option : q.options) {
            run(db, "INSERT INTO question_option VALUES (?, '', ?, ?, ?, ?)",
                {q.id, optionOrd++, option.id, option.label.nl, option.label.en});
        }
        long long columnOrd = 0;
        for (const Column& column : q.columns) {
            run(db, "INSERT INTO question_column VALUES (?, ?, ?, ?, ?, ?)",
                {q.id, columnOrd++, column.id, std::string(rules::answerKindName(column.type)),
                 column.label.nl, column.label.en});
            long long columnOptionOrd = 0;
            for (const Option& option : column.options) {
                run(db, "INSERT INTO question_option VALUES (?, ?, ?, ?, ?, ?)",
                    {q.id, column.id, columnOptionOrd++, option.id, option.label.nl,
                     option.label.en});
            }
        }
    }
}

void writeRequirementsAndSafeguards(sqlite3* db, const SourceModel& model) {
    static constexpr const char* kFrameworks[] = {"AVG", "UAVG", "BIO"};
    static constexpr const char* kKinds[] = {"technical", "contractual", "organisational"};
    static constexpr const char* kLicences[] = {"none", "e3", "e5"};
    long long ord = 0;
    for (const Requirement& r : model.requirements) {
        run(db, "INSERT INTO requirement VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            {ord++, r.id, std::string(kFrameworks[static_cast<int>(r.framework)]), r.ref.nl,
             r.bio104, static_cast<long long>(r.bbn), r.title.nl, r.title.en, r.text.nl,
             r.text.en});
        writeRefEn(db, "requirement", r.id, r.ref);
    }
    ord = 0;
    for (const Safeguard& s : model.safeguards) {
        run(db, "INSERT INTO safeguard VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            {ord++, s.id, std::string(kKinds[static_cast<int>(s.kind)]),
             std::string(kLicences[static_cast<int>(s.licence)]), s.title.nl, s.title.en,
             s.description.nl, s.description.en, s.evidence.nl, s.evidence.en});
        long long meetsOrd = 0;
        for (const std::string& requirement : s.meets) {
            run(db, "INSERT INTO safeguard_meets VALUES (?, ?, ?)",
                {s.id, meetsOrd++, requirement});
        }
        if (s.fact) {
            run(db, "INSERT INTO safeguard_fact VALUES (?, ?, ?, ?, ?)",
                {s.id, s.fact->question, s.fact->implementedWhen.text(),
                 s.fact->implementedAnswer.dump(), s.fact->notImplementedAnswer.dump()});
        }
        if (s.availability) {
            run(db, "INSERT INTO safeguard_availability VALUES (?, ?, ?, ?)",
                {s.id, s.availability->when.text(), s.availability->needs.nl,
                 s.availability->needs.en});
        }
    }
}

void writeScope(sqlite3* db, const Risk& r) {
    const SqlValue appliesWhen =
        r.appliesWhen ? SqlValue(r.appliesWhen->text()) : SqlValue(nullptr);
    run(db, "INSERT INTO risk_scope VALUES (?, ?, ?, ?, ?, ?, ?)",
        {r.id, std::string(r.concern == Concern::organisation ? "organisation" : "data-subjects"),
         appliesWhen, r.notApplicable.nl, r.notApplicable.en, r.baseReason.nl, r.baseReason.en});
    long long ord = 0;
    for (const Floor& f : r.floors) {
        std::string liftedBy;
        for (const std::string& id : f.liftedBy) {
            liftedBy += (liftedBy.empty() ? "" : ",") + id;
        }
        run(db, "INSERT INTO risk_floor VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            {r.id, ord++, f.when ? SqlValue(f.when->text()) : SqlValue(nullptr), liftedBy,
             static_cast<long long>(f.likelihood), static_cast<long long>(f.impact), f.reason.nl,
             f.reason.en});
    }
}

void writeRisks(sqlite3* db, const SourceModel& model) {
    long long ord = 0;
    for (const Risk& r : model.risks) {
        run(db, "INSERT INTO risk VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            {ord++, r.id, r.title.nl, r.title.en, r.description.nl, r.description.en, r.rights.nl,
             r.rights.en, static_cast<long long>(r.likelihood), static_cast<long long>(r.impact),
             static_cast<long long>(r.floorLikelihood), static_cast<long long>(r.floorImpact)});
        long long sub = 0;
        for (const Driver& d : r.drivers) {
            run(db, "INSERT INTO risk_driver VALUES (?, ?, ?, ?, ?, ?, ?)",
                {r.id, sub++, d.when.text(), static_cast<long long>(d.likelihood),
                 static_cast<long long>(d.impact), d.reason.nl, d.reason.en});
        }
        sub = 0;
        for (const Mitigation& m : r.mitigations) {
            if (m.when) {
                run(db, "INSERT INTO risk_mitigation_when VALUES (?, ?, ?)",
                    {r.id, sub, m.when->text()});
            }
            run(db, "INSERT INTO risk_mitigation VALUES (?, ?, ?, ?, ?, ?, ?)",
                {r.id, sub++, m.safeguard, static_cast<long long>(m.likelihood),
                 static_cast<long long>(m.impact), m.reason.nl, m.reason.en});
        }
        writeScope(db, r);
        sub = 0;
        for (const std::string& requirement : r.requirements) {
            run(db, "INSERT INTO risk_requirement VALUES (?, ?, ?)", {r.id, sub++, requirement});
        }
    }
}

void writeScreeningAndMatrix(sqlite3* db, const SourceModel& model) {
    static constexpr const char* kFrameworks[] = {"wp248", "ap", "art35-3"};
    long long ord = 0;
    for (const Criterion& c : model.criteria) {
        run(db, "INSERT INTO criterion VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            {ord++, c.id, std::string(kFrameworks[static_cast<int>(c.framework)]), c.number,
             c.title.nl, c.title.en, c.description.nl, c.description.en, c.when.text()});
    }
    ord = 0;
    for (const ScorePoint& p : model.prescanScore) {
        run(db, "INSERT INTO prescan_point VALUES (?, ?, ?, ?, ?)",
            {ord++, p.when.text(), static_cast<long long>(p.points), p.reason.nl, p.reason.en});
    }
    ord = 0;
    for (const Hint& h : model.hints) {
        run(db, "INSERT INTO hint VALUES (?, ?, ?, ?, ?, ?, ?)",
            {ord++, h.id, h.title.nl, h.title.en, h.text.nl, h.text.en, h.when.text()});
    }
    const Matrix& matrix = model.matrix;
    for (int value = 1; value <= Matrix::kSize; ++value) {
        const auto index = static_cast<std::size_t>(value - 1);
        run(db, "INSERT INTO matrix_axis VALUES ('likelihood', ?, ?, ?)",
            {static_cast<long long>(value), matrix.likelihood[index].nl,
             matrix.likelihood[index].en});
        run(db, "INSERT INTO matrix_axis VALUES ('impact', ?, ?, ?)",
            {static_cast<long long>(value), matrix.impact[index].nl, matrix.impact[index].en});
    }
    for (const Level& level : matrix.levels) {
        run(db, "INSERT INTO matrix_level VALUES (?, ?, ?, ?, ?)",
            {static_cast<long long>(level.rank), level.code, level.label.nl, level.label.en,
             level.colour});
    }
    for (int l = 1; l <= Matrix::kSize; ++l) {
        for (int i = 1; i <= Matrix::kSize; ++i) {
            run(db, "INSERT INTO matrix_cell VALUES (?, ?, ?)",
                {static_cast<long long>(l), static_cast<long long>(i),
                 matrix.grid[static_cast<std::size_t>(l - 1)][static_cast<std::size_t>(i - 1)]});
        }
    }
}

} // namespace

std::optional<std::vector<std::uint8_t>> writeImage(const SourceModel& model, std::string& error) {
    sqlite3* raw = nullptr;
    if (sqlite3_open_v2(":memory:", &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) !=
        SQLITE_OK) {
        sqlite3_close_v2(raw);
        error = "cannot open an in-memory database";
        return std::nullopt;
    }
    SqliteHandle db(raw);
    try {
        run(db.get(), "PRAGMA application_id = " + std::to_string(kImageApplicationId));
        run(db.get(), "PRAGMA user_version = " + std::to_string(kImageLayoutVersion));
        run(db.get(), "PRAGMA page_size = 4096");
        if (sqlite3_exec(db.get(), kImageSchemaSql, nullptr, nullptr, nullptr) != SQLITE_OK ||
            sqlite3_exec(db.get(), kImageSchemaV2Sql, nullptr, nullptr, nullptr) != SQLITE_OK ||
            sqlite3_exec(db.get(), kImageSchemaRefEnSql, nullptr, nullptr, nullptr) != SQLITE_OK) {
            throw std::runtime_error(sqlite3_errmsg(db.get()));
        }
        const bool replaces = std::any_of(model.questions.begin(), model.questions.end(),
                                          [](const Question& q) { return !q.replaces.empty(); });
        if (replaces && sqlite3_exec(db.get(), kImageSchemaReplacesSql, nullptr, nullptr,
                                     nullptr) != SQLITE_OK) {
            throw std::runtime_error(sqlite3_errmsg(db.get()));
        }
        const bool replacesAs =
            std::any_of(model.questions.begin(), model.questions.end(), [](const Question& q) {
                return std::any_of(q.replaces.begin(), q.replaces.end(),
                                   [](const ReplacedQuestion& old) { return old.as.has_value(); });
            });
        if (replacesAs && sqlite3_exec(db.get(), kImageSchemaReplacesAsSql, nullptr, nullptr,
                                       nullptr) != SQLITE_OK) {
            throw std::runtime_error(sqlite3_errmsg(db.get()));
        }
        run(db.get(), "BEGIN");
        writeMeta(db.get(), model);
        writeQuestionnaire(db.get(), model);
        writeRequirementsAndSafeguards(db.get(), model);
        writeRisks(db.get(), model);
        writeScreeningAndMatrix(db.get(), model);
        const std::string hash = contentHash(db.get(), kImageLayoutVersion);
        if (hash.empty()) {
            throw std::runtime_error("cannot compute the content hash");
        }
        run(db.get(), "INSERT INTO meta (key, value) VALUES ('hash', ?)", {hash});
        run(db.get(), "COMMIT");
        run(db.get(), "VACUUM");
    } catch (const std::exception& failure) {
        error = failure.what();
        return std::nullopt;
    }

    sqlite3_int64 size = 0;
    unsigned char* bytes = sqlite3_serialize(db.get(), "main", &size, 0);
    if (bytes == nullptr) {
        error = "cannot serialize the image";
        return std::nullopt;
    }
    std::vector<std::uint8_t> image(bytes, bytes + size);
    sqlite3_free(bytes);
    return image;
}

} // namespace dpia::baseline

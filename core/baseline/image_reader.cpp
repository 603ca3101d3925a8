#include "core/baseline/image_reader.h"

#include "core/baseline/baseline_schema.h"
#include "core/baseline/roles.h"
#include "core/sqlite_handle.h"

#include <algorithm>
#include <functional>
#include <map>
#include <variant>

namespace dpia::baseline::detail {
namespace {

/// Runs `sql` and calls `row` for each result row.
void forEachRow(sqlite3* db, const std::string& sql,
                const std::function<void(sqlite3_stmt*)>& row) {
    Statement statement = prepare(db, sql);
    if (!statement) {
        throw ImageError{std::string("query failed: ") + sqlite3_errmsg(db)};
    }
    int step = SQLITE_ROW;
    while ((step = sqlite3_step(statement.get())) == SQLITE_ROW) {
        row(statement.get());
    }
    if (step != SQLITE_DONE) {
        throw ImageError{std::string("read failed: ") + sqlite3_errmsg(db)};
    }
}

std::string text(sqlite3_stmt* row, int column) {
    return columnText(row, column);
}
int integer(sqlite3_stmt* row, int column) {
    return sqlite3_column_int(row, column);
}
LocalText local(sqlite3_stmt* row, int column) {
    return {text(row, column), text(row, column + 1)};
}

rules::Rule parseRule(const std::string& source, const std::string& owner) {
    auto parsed = rules::Rule::parse(source);
    if (auto* failure = std::get_if<rules::ParseError>(&parsed)) {
        throw ImageError{"rule of " + owner + " does not parse: " + failure->message};
    }
    return std::get<rules::Rule>(std::move(parsed));
}

QuestionType parseType(const std::string& name) {
    const std::optional<QuestionType> type = rules::parseAnswerKind(name);
    if (!type) {
        throw ImageError{"unknown question type " + name};
    }
    return *type;
}

std::map<std::string, std::string> readMeta(sqlite3* db) {
    std::map<std::string, std::string> meta;
    forEachRow(db, "SELECT key, value FROM meta",
               [&](sqlite3_stmt* row) { meta[text(row, 0)] = text(row, 1); });
    return meta;
}

int metaInt(const std::map<std::string, std::string>& meta, const std::string& key) {
    const auto found = meta.find(key);
    if (found == meta.end()) {
        throw ImageError{"missing meta " + key};
    }
    try {
        return std::stoi(found->second);
    } catch (const std::exception&) {
        throw ImageError{"meta " + key + " is not a number"};
    }
}

void readQuestions(sqlite3* db, ImageContent& content) {
    std::map<std::string, std::size_t> index;
    forEachRow(db,
               "SELECT id, section, type, required, text_nl, text_en, guidance_nl, guidance_en, "
               "ref, min, max, visible_if FROM question ORDER BY ord",
               [&](sqlite3_stmt* row) {
                   Question q;
                   q.id = text(row, 0);
                   q.section = text(row, 1);
                   q.type = parseType(text(row, 2));
                   q.required = integer(row, 3) != 0;
                   q.text = local(row, 4);
                   q.guidance = local(row, 6);
                   q.ref = {text(row, 8), text(row, 8)};
                   if (sqlite3_column_type(row, 9) != SQLITE_NULL) {
                       q.min = sqlite3_column_double(row, 9);
                   }
                   if (sqlite3_column_type(row, 10) != SQLITE_NULL) {
                       q.max = sqlite3_column_double(row, 10);
                   }
                   if (sqlite3_column_type(row, 11) != SQLITE_NULL) {
                       q.visibleIf = parseRule(text(row, 11), q.id);
                   }
                   index[q.id] = content.questions.size();
                   content.questions.push_back(std::move(q));
               });
    const auto owner = [&](const std::string& id) -> Question& {
        const auto found = index.find(id);
        if (found == index.end()) {
            throw ImageError{"option or column of unknown question " + id};
        }
        return content.questions[found->second];
    };
    forEachRow(db,
               "SELECT question, id, type, label_nl, label_en FROM question_column "
               "ORDER BY question, ord",
               [&](sqlite3_stmt* row) {
                   owner(text(row, 0))
                       .columns.push_back(
                           {text(row, 1), parseType(text(row, 2)), local(row, 3), {}});
               });
    forEachRow(db,
               "SELECT question, column_id, id, label_nl, label_en FROM question_option "
               "ORDER BY question, column_id, ord",
               [&](sqlite3_stmt* row) {
                   Question& question = owner(text(row, 0));
                   const std::string column = text(row, 1);
                   Option option{text(row, 2), local(row, 3)};
                   if (column.empty()) {
                       question.options.push_back(std::move(option));
                       return;
                   }
                   for (Column& candidate : question.columns) {
                       if (candidate.id == column) {
                           candidate.options.push_back(std::move(option));
                           return;
                       }
                   }
                   throw ImageError{"option of unknown column " + column};
               });
}

SafeguardKind parseKind(const std::string& kind) {
    if (kind == "technical") {
        return SafeguardKind::technical;
    }
    if (kind == "contractual") {
        return SafeguardKind::contractual;
    }
    return SafeguardKind::organisational;
}

void readRequirementsAndSafeguards(sqlite3* db, ImageContent& content) {
    forEachRow(db,
               "SELECT id, framework, ref, bio104, bbn, title_nl, title_en, text_nl, text_en "
               "FROM requirement ORDER BY ord",
               [&](sqlite3_stmt* row) {
                   const std::string framework = text(row, 1);
                   content.requirements.push_back({text(row, 0),
                                                   framework == "BIO"    ? Framework::bio
                                                   : framework == "UAVG" ? Framework::uavg
                                                                         : Framework::avg,
                                                   {text(row, 2), text(row, 2)},
                                                   text(row, 3),
                                                   integer(row, 4),
                                                   local(row, 5),
                                                   local(row, 7)});
               });
    std::map<std::string, std::size_t> index;
    forEachRow(db,
               "SELECT id, kind, licence, title_nl, title_en, description_nl, description_en, "
               "evidence_nl, evidence_en FROM safeguard ORDER BY ord",
               [&](sqlite3_stmt* row) {
                   const std::string licence = text(row, 2);
                   index[text(row, 0)] = content.safeguards.size();
                   content.safeguards.push_back({text(row, 0),
                                                 parseKind(text(row, 1)),
                                                 licence == "e5"   ? Licence::e5
                                                 : licence == "e3" ? Licence::e3
                                                                   : Licence::none,
                                                 local(row, 3),
                                                 local(row, 5),
                                                 local(row, 7),
                                                 {},
                                                 std::nullopt,
                                                 std::nullopt});
               });
    forEachRow(db, "SELECT safeguard, requirement FROM safeguard_meets ORDER BY safeguard, ord",
               [&](sqlite3_stmt* row) {
                   const auto found = index.find(text(row, 0));
                   if (found == index.end()) {
                       throw ImageError{"link of unknown safeguard"};
                   }
                   content.safeguards[found->second].meets.push_back(text(row, 1));
               });
}

void readRisks(sqlite3* db, ImageContent& content) {
    std::map<std::string, std::size_t> index;
    forEachRow(
        db,
        "SELECT id, title_nl, title_en, description_nl, description_en, rights_nl, "
        "rights_en, likelihood, impact, floor_likelihood, floor_impact FROM risk ORDER BY ord",
        [&](sqlite3_stmt* row) {
            Risk risk;
            risk.id = text(row, 0);
            risk.title = local(row, 1);
            risk.description = local(row, 3);
            risk.rights = local(row, 5);
            risk.likelihood = integer(row, 7);
            risk.impact = integer(row, 8);
            risk.floorLikelihood = integer(row, 9);
            risk.floorImpact = integer(row, 10);
            index[risk.id] = content.risks.size();
            content.risks.push_back(std::move(risk));
        });
    const auto owner = [&](const std::string& id) -> Risk& {
        const auto found = index.find(id);
        if (found == index.end()) {
            throw ImageError{"link of unknown risk " + id};
        }
        return content.risks[found->second];
    };
    forEachRow(db,
               "SELECT risk, rule, likelihood, impact, reason_nl, reason_en FROM risk_driver "
               "ORDER BY risk, ord",
               [&](sqlite3_stmt* row) {
                   Risk& risk = owner(text(row, 0));
                   risk.drivers.push_back({parseRule(text(row, 1), risk.id), integer(row, 2),
                                           integer(row, 3), local(row, 4)});
               });
    forEachRow(db,
               "SELECT risk, safeguard, likelihood, impact, reason_nl, reason_en FROM "
               "risk_mitigation ORDER BY risk, ord",
               [&](sqlite3_stmt* row) {
                   owner(text(row, 0))
                       .mitigations.push_back({text(row, 1), integer(row, 2), integer(row, 3),
                                               local(row, 4), std::nullopt});
               });
    forEachRow(
        db, "SELECT risk, requirement FROM risk_requirement ORDER BY risk, ord",
        [&](sqlite3_stmt* row) { owner(text(row, 0)).requirements.push_back(text(row, 1)); });
}

nlohmann::json parseAnswer(const std::string& text, const std::string& owner) {
    auto value = nlohmann::json::parse(text, nullptr, false);
    if (value.is_discarded()) {
        throw ImageError{"answer of " + owner + " is not JSON"};
    }
    return value;
}

template <typename Item>
Item& byId(std::vector<Item>& items, const std::string& id) {
    for (Item& item : items) {
        if (item.id == id) {
            return item;
        }
    }
    throw ImageError{"link of unknown item " + id};
}

/// The tables layout 2 added (baseline_schema.h).
void readLayout2(sqlite3* db, ImageContent& content) {
    forEachRow(db,
               "SELECT safeguard, question, implemented_when, implemented_answer, "
               "not_implemented_answer FROM safeguard_fact",
               [&](sqlite3_stmt* row) {
                   Safeguard& safeguard = byId(content.safeguards, text(row, 0));
                   safeguard.fact =
                       SafeguardFact{text(row, 1), parseRule(text(row, 2), safeguard.id),
                                     parseAnswer(text(row, 3), safeguard.id),
                                     parseAnswer(text(row, 4), safeguard.id)};
               });
    forEachRow(db,
               "SELECT safeguard, available_when, needs_nl, needs_en FROM safeguard_availability",
               [&](sqlite3_stmt* row) {
                   Safeguard& safeguard = byId(content.safeguards, text(row, 0));
                   safeguard.availability =
                       Availability{parseRule(text(row, 1), safeguard.id), local(row, 2)};
               });
    forEachRow(db,
               "SELECT risk, concerns, applies_when, not_applicable_nl, not_applicable_en, "
               "base_reason_nl, base_reason_en FROM risk_scope",
               [&](sqlite3_stmt* row) {
                   Risk& risk = byId(content.risks, text(row, 0));
                   risk.concern = text(row, 1) == "organisation" ? Concern::organisation
                                                                 : Concern::dataSubjects;
                   if (sqlite3_column_type(row, 2) != SQLITE_NULL) {
                       risk.appliesWhen = parseRule(text(row, 2), risk.id);
                   }
                   risk.notApplicable = local(row, 3);
                   risk.baseReason = local(row, 5);
               });
    forEachRow(db,
               "SELECT risk, rule, lifted_by, likelihood, impact, reason_nl, reason_en FROM "
               "risk_floor ORDER BY risk, ord",
               [&](sqlite3_stmt* row) {
                   Risk& risk = byId(content.risks, text(row, 0));
                   Floor floor;
                   if (sqlite3_column_type(row, 1) != SQLITE_NULL) {
                       floor.when = parseRule(text(row, 1), risk.id);
                   }
                   std::string list = text(row, 2);
                   for (std::size_t start = 0; start < list.size();) {
                       const std::size_t comma = std::min(list.find(',', start), list.size());
                       floor.liftedBy.push_back(list.substr(start, comma - start));
                       start = comma + 1;
                   }
                   floor.likelihood = std::clamp(integer(row, 3), 1, Matrix::kSize);
                   floor.impact = std::clamp(integer(row, 4), 1, Matrix::kSize);
                   floor.reason = local(row, 5);
                   risk.floors.push_back(std::move(floor));
               });
    forEachRow(db, "SELECT rule, points, reason_nl, reason_en FROM prescan_point ORDER BY ord",
               [&](sqlite3_stmt* row) {
                   content.prescanScore.push_back(
                       {parseRule(text(row, 0), "prescan_score"), integer(row, 1), local(row, 2)});
               });
    forEachRow(db, "SELECT risk, ord, rule FROM risk_mitigation_when", [&](sqlite3_stmt* row) {
        Risk& risk = byId(content.risks, text(row, 0));
        const int ord = integer(row, 1);
        if (ord < 0 || static_cast<std::size_t>(ord) >= risk.mitigations.size()) {
            throw ImageError{"condition of unknown mitigation of " + risk.id};
        }
        risk.mitigations[static_cast<std::size_t>(ord)].when = parseRule(text(row, 2), risk.id);
    });
    if (hasTable(db, kImageRefEnTable)) {
        forEachRow(db, "SELECT kind, item, ref FROM ref_en", [&](sqlite3_stmt* row) {
            LocalText& ref = text(row, 0) == "question"
                                 ? byId(content.questions, text(row, 1)).ref
                                 : byId(content.requirements, text(row, 1)).ref;
            ref.en = text(row, 2);
        });
    }
    if (hasTable(db, kImageReplacesTable)) {
        forEachRow(db,
                   "SELECT old, question, section, options, wins FROM question_replaces "
                   "ORDER BY question, ord",
                   [&](sqlite3_stmt* row) {
                       ReplacedQuestion old{text(row, 0), text(row, 2), {}, integer(row, 4) != 0};
                       const auto options = nlohmann::json::parse(text(row, 3), nullptr, false);
                       if (!options.is_object()) {
                           throw ImageError{"options of replaced question " + old.question};
                       }
                       for (const auto& [from, to] : options.items()) {
                           if (!to.is_string()) {
                               throw ImageError{"option of replaced question " + old.question};
                           }
                           old.options.emplace(from, to.get<std::string>());
                       }
                       byId(content.questions, text(row, 1)).replaces.push_back(std::move(old));
                   });
    }
    if (hasTable(db, kImageReplacesAsTable)) {
        forEachRow(db, "SELECT old, rule FROM question_replaces_as", [&](sqlite3_stmt* row) {
            const std::string oldId = text(row, 0);
            bool found = false;
            for (Question& question : content.questions) {
                for (ReplacedQuestion& old : question.replaces) {
                    if (old.question == oldId) {
                        old.as = parseRule(text(row, 1), question.id);
                        found = true;
                    }
                }
            }
            if (!found) {
                throw ImageError{"rule of unknown replaced question " + oldId};
            }
        });
    }
}

void readScreening(sqlite3* db, ImageContent& content,
                   const std::map<std::string, std::string>& meta) {
    forEachRow(db,
               "SELECT id, framework, number, title_nl, title_en, description_nl, description_en, "
               "rule FROM criterion ORDER BY ord",
               [&](sqlite3_stmt* row) {
                   const std::string framework = text(row, 1);
                   Criterion criterion{text(row, 0),
                                       framework == "wp248" ? CriterionFramework::wp248
                                       : framework == "ap"  ? CriterionFramework::ap
                                                            : CriterionFramework::art35_3,
                                       text(row, 2),
                                       local(row, 3),
                                       local(row, 5),
                                       {}};
                   criterion.when = parseRule(text(row, 7), criterion.id);
                   content.criteria.push_back(std::move(criterion));
               });
    forEachRow(db, "SELECT id, title_nl, title_en, text_nl, text_en, rule FROM hint ORDER BY ord",
               [&](sqlite3_stmt* row) {
                   content.hints.push_back({text(row, 0), local(row, 1), local(row, 3),
                                            parseRule(text(row, 5), text(row, 0))});
               });
    VerdictRules& verdict = content.verdict;
    verdict.requiredAp = metaInt(meta, "verdict_required_ap");
    verdict.requiredWp248 = metaInt(meta, "verdict_required_wp248");
    verdict.requiredArt35 = metaInt(meta, "verdict_required_art35");
    verdict.recommendedWp248 = metaInt(meta, "verdict_recommended_wp248");
    if (const auto above = meta.find("verdict_required_score_above"); above != meta.end()) {
        verdict.requiredScoreAbove = metaInt(meta, "verdict_required_score_above");
    }
    const auto when = meta.find("verdict_required_when");
    if (when != meta.end() && !when->second.empty()) {
        verdict.requiredWhen = parseRule(when->second, "verdict");
    }
}

void readMatrix(sqlite3* db, ImageContent& content,
                const std::map<std::string, std::string>& meta) {
    Matrix& matrix = content.matrix;
    forEachRow(db, "SELECT axis, value, label_nl, label_en FROM matrix_axis",
               [&](sqlite3_stmt* row) {
                   const int value = integer(row, 1);
                   if (value < 1 || value > Matrix::kSize) {
                       throw ImageError{"matrix axis value out of range"};
                   }
                   auto& labels = text(row, 0) == "likelihood" ? matrix.likelihood : matrix.impact;
                   labels[static_cast<std::size_t>(value - 1)] = local(row, 2);
               });
    forEachRow(
        db, "SELECT code, rank, label_nl, label_en, colour FROM matrix_level ORDER BY rank",
        [&](sqlite3_stmt* row) {
            matrix.levels.push_back({text(row, 0), integer(row, 1), local(row, 2), text(row, 4)});
        });
    int cells = 0;
    forEachRow(db, "SELECT likelihood, impact, level FROM matrix_cell", [&](sqlite3_stmt* row) {
        const int l = integer(row, 0);
        const int i = integer(row, 1);
        if (l < 1 || l > Matrix::kSize || i < 1 || i > Matrix::kSize) {
            throw ImageError{"matrix cell out of range"};
        }
        matrix.grid[static_cast<std::size_t>(l - 1)][static_cast<std::size_t>(i - 1)] =
            text(row, 2);
        ++cells;
    });
    if (cells != Matrix::kSize * Matrix::kSize || matrix.levels.empty()) {
        throw ImageError{"incomplete matrix"};
    }
    const auto prior = meta.find("prior_consultation_from");
    matrix.priorConsultationFrom = prior != meta.end() ? prior->second : std::string();
    for (const auto& row : matrix.grid) {
        for (const std::string& code : row) {
            if (matrix.level(code) == nullptr) {
                throw ImageError{"matrix cell names an unknown level"};
            }
        }
    }
}

} // namespace

ImageContent readImage(sqlite3* db, int layout) {
    ImageContent content;
    const auto meta = readMeta(db);
    const auto get = [&](const std::string& key) {
        const auto found = meta.find(key);
        if (found == meta.end()) {
            throw ImageError{"missing meta " + key};
        }
        return found->second;
    };
    content.info.id = get("id");
    content.info.version = get("version");
    content.info.hash = get("hash");
    content.info.title = {get("title_nl"), get("title_en")};
    for (const RoleSpec& role : kRoleSpecs) {
        const auto found = meta.find(role.key);
        if (found != meta.end()) {
            content.info.roles.*role.member = found->second;
        } else {
            content.info.rolesNotRecorded.emplace_back(role.key);
        }
    }
    forEachRow(db, "SELECT version, date, changes_nl, changes_en FROM changelog ORDER BY ord",
               [&](sqlite3_stmt* row) {
                   content.info.changelog.push_back({text(row, 0), text(row, 1), local(row, 2)});
               });
    forEachRow(db, "SELECT id, title_nl, title_en FROM part ORDER BY ord", [&](sqlite3_stmt* row) {
        content.parts.push_back({text(row, 0), local(row, 1)});
    });
    forEachRow(db, "SELECT id, part, title_nl, title_en FROM section ORDER BY ord",
               [&](sqlite3_stmt* row) {
                   content.sections.push_back({text(row, 0), text(row, 1), local(row, 2)});
               });
    readQuestions(db, content);
    readRequirementsAndSafeguards(db, content);
    readRisks(db, content);
    if (layout >= 2) {
        readLayout2(db, content);
    }
    readScreening(db, content, meta);
    readMatrix(db, content, meta);
    return content;
}

} // namespace dpia::baseline::detail

#include "core/storage/baseline_upgrade.h"

#include "core/storage/change_log.h"
#include "core/storage/file_ops.h"

#include <algorithm>
#include <map>
#include <set>

namespace dpia::storage {
namespace {

std::string joined(const LocalText& text) {
    return text.nl + '\x1f' + text.en;
}

/// A canonical text of what a person or the engine sees of an item; equal texts mean an
/// unchanged item.
std::string signature(const baseline::Question& q) {
    std::string out = q.section + '\x1e' + std::to_string(static_cast<int>(q.type)) + '\x1e' +
                      (q.required ? "1" : "0") + joined(q.text) + joined(q.guidance) +
                      joined(q.ref) + (q.visibleIf ? q.visibleIf->text() : std::string());
    for (const auto& option : q.options) {
        out += '\x1d' + option.id + joined(option.label);
    }
    for (const auto& column : q.columns) {
        out += '\x1c' + column.id + std::to_string(static_cast<int>(column.type)) +
               joined(column.label);
        for (const auto& option : column.options) {
            out += '\x1d' + option.id + joined(option.label);
        }
    }
    out += q.min ? std::to_string(*q.min) : "-";
    out += q.max ? std::to_string(*q.max) : "-";
    return out;
}

std::string signature(const baseline::Risk& r) {
    std::string out = joined(r.title) + joined(r.description) + joined(r.rights) +
                      std::to_string(r.likelihood) + std::to_string(r.impact) +
                      std::to_string(r.floorLikelihood) + std::to_string(r.floorImpact);
    for (const auto& driver : r.drivers) {
        out += '\x1d' + driver.when.text() + std::to_string(driver.likelihood) +
               std::to_string(driver.impact) + joined(driver.reason);
    }
    for (const auto& mitigation : r.mitigations) {
        out += '\x1c' + mitigation.safeguard + std::to_string(mitigation.likelihood) +
               std::to_string(mitigation.impact) + joined(mitigation.reason) +
               (mitigation.when ? mitigation.when->text() : "-");
    }
    for (const auto& requirement : r.requirements) {
        out += '\x1b' + requirement;
    }
    out += '\x1a' + std::to_string(static_cast<int>(r.concern)) +
           (r.appliesWhen ? r.appliesWhen->text() : "-") + joined(r.notApplicable) +
           joined(r.baseReason);
    for (const auto& floor : r.floors) {
        out += '\x1d' + (floor.when ? floor.when->text() : "-") + std::to_string(floor.likelihood) +
               std::to_string(floor.impact) + joined(floor.reason);
        for (const auto& id : floor.liftedBy) {
            out += ',' + id;
        }
    }
    return out;
}

std::string signature(const baseline::Safeguard& s) {
    std::string out = std::to_string(static_cast<int>(s.kind)) +
                      std::to_string(static_cast<int>(s.licence)) + joined(s.title) +
                      joined(s.description) + joined(s.evidence);
    for (const auto& requirement : s.meets) {
        out += '\x1b' + requirement;
    }
    if (s.fact) {
        out += '\x1a' + s.fact->question + s.fact->implementedWhen.text() +
               s.fact->implementedAnswer.dump() + s.fact->notImplementedAnswer.dump();
    }
    if (s.availability) {
        out += '\x19' + s.availability->when.text() + joined(s.availability->needs);
    }
    return out;
}

template <typename Items>
ItemChanges compare(const Items& from, const Items& to) {
    std::map<std::string, std::string> before;
    for (const auto& item : from) {
        before.emplace(item.id, signature(item));
    }
    ItemChanges changes;
    std::map<std::string, bool> seen;
    for (const auto& item : to) {
        const auto found = before.find(item.id);
        if (found == before.end()) {
            changes.added.push_back(item.id);
        } else if (found->second != signature(item)) {
            changes.changed.push_back(item.id);
        }
        seen[item.id] = true;
    }
    for (const auto& item : from) {
        if (!seen.count(item.id)) {
            changes.removed.push_back(item.id);
        }
    }
    return changes;
}

/// One fact, one place: the answer is the status of a safeguard that `to` answers from a
/// question. The answer wins where both exist (it is the officer's statement of the tenant);
/// a status fills an open question; planned and not applicable stay (they add to it).
void mergeFacts(Assessment& upgraded, const baseline::Baseline& to, std::vector<FactMerge>& out) {
    const auto lookup = [&](std::string_view id) -> const nlohmann::json* {
        const auto found = upgraded.answers.find(std::string(id));
        return found != upgraded.answers.end() ? &found->second : nullptr;
    };
    const std::string now = files::utcNow();
    const std::string user = files::osUserName();
    const auto log = [&](ChangeKind kind, const std::string& target, ChangeAction action,
                         std::string value) {
        ChangeLogEntry row = changeEntry(kind, target, action, std::move(value));
        row.when = now;
        row.user = user;
        upgraded.changeLog.push_back(std::move(row));
    };
    for (const baseline::Safeguard& safeguard : to.safeguards()) {
        const auto stored = upgraded.safeguards.find(safeguard.id);
        if (!safeguard.fact || stored == upgraded.safeguards.end()) {
            continue;
        }
        const baseline::SafeguardFact& fact = *safeguard.fact;
        FactMerge merge{safeguard.id, fact.question, FactMerge::Outcome::answerKept, {}, false};
        SafeguardEntry& entry = stored->second;
        if (!entry.evidence.empty()) {
            std::string& note = upgraded.notes[fact.question];
            note = note.empty() ? entry.evidence : note + "\n" + entry.evidence;
            entry.evidence.clear();
            merge.evidenceMoved = true;
        }
        const bool decides = entry.status == SafeguardStatus::implemented ||
                             entry.status == SafeguardStatus::notImplemented;
        if (decides) {
            const bool statusSaysYes = entry.status == SafeguardStatus::implemented;
            merge.droppedStatus = std::string(safeguardStatusName(entry.status));
            if (lookup(fact.question) == nullptr) {
                upgraded.answers[fact.question] =
                    statusSaysYes ? fact.implementedAnswer : fact.notImplementedAnswer;
                merge.outcome = FactMerge::Outcome::statusBecameAnswer;
                log(ChangeKind::answer, fact.question, ChangeAction::set, {});
            } else if (fact.implementedWhen.evaluate(lookup) != statusSaysYes) {
                merge.outcome = FactMerge::Outcome::answerWon;
            }
            upgraded.safeguards.erase(stored);
            log(ChangeKind::safeguard, safeguard.id, ChangeAction::cleared, {});
        }
        if (decides || merge.evidenceMoved) {
            out.push_back(std::move(merge));
        }
    }
}

/// An old answer in the options of the question that replaced its question.
nlohmann::json mapOptions(const nlohmann::json& value, const baseline::ReplacedQuestion& old) {
    const auto map = [&](const nlohmann::json& option) -> nlohmann::json {
        if (!option.is_string()) {
            return option;
        }
        const auto found = old.options.find(option.get<std::string>());
        return found != old.options.end() ? nlohmann::json(found->second) : option;
    };
    if (!value.is_array()) {
        return map(value);
    }
    nlohmann::json out = nlohmann::json::array();
    for (const nlohmann::json& item : value) {
        const nlohmann::json mapped = map(item);
        if (std::find(out.begin(), out.end(), mapped) == out.end()) {
            out.push_back(mapped);
        }
    }
    return out;
}

/// Two answers say the same; the order of chosen options does not matter.
bool sameAnswer(nlohmann::json a, nlohmann::json b) {
    if (a.is_array() && b.is_array()) {
        std::sort(a.begin(), a.end());
        std::sort(b.begin(), b.end());
    }
    return a == b;
}

/// An old yes/no answer to a question that `to` now reads from another one (`as`): it agrees
/// with the remaining answer, or, while that is open, chooses the option it determines. The
/// remaining question is the one asked, so it counts; an old answer that differs or does not
/// determine one option is returned as "id: value" for the note.
std::string mergeDerived(const nlohmann::json& value, const baseline::Question& question,
                         const baseline::ReplacedQuestion& old, Assessment& upgraded,
                         QuestionMerge& merge) {
    const std::string lost = old.question + ": " + value.dump();
    if (!value.is_boolean()) {
        merge.outcome = QuestionMerge::Outcome::unfit;
        merge.dropped = value;
        return lost;
    }
    const auto answer = [&](std::string_view id) -> const nlohmann::json* {
        const auto found = upgraded.answers.find(std::string(id));
        return found != upgraded.answers.end() && !found->second.is_null() ? &found->second
                                                                           : nullptr;
    };
    if (answer(question.id) != nullptr) {
        if (old.as->evaluate(answer) == value.get<bool>()) {
            merge.outcome = QuestionMerge::Outcome::agreed;
            return {};
        }
        // The rule may read more questions (a4: algorithms or profiling): while one is still
        // open, a "no" from the rule is no answer yet, so the old one is kept for the officer.
        const std::vector<std::string> read = old.as->questionIds();
        const bool all = std::all_of(read.begin(), read.end(),
                                     [&](const std::string& id) { return answer(id) != nullptr; });
        merge.outcome = all ? QuestionMerge::Outcome::keptWon : QuestionMerge::Outcome::open;
        merge.dropped = value;
        return lost;
    }
    if (!value.get<bool>() && old.as->evaluate(answer)) {
        // The questions the rule reads already say "yes" (e.g. profiling): the old "no"
        // contradicts them, so it chooses nothing and waits in the note.
        merge.outcome = QuestionMerge::Outcome::keptWon;
        merge.dropped = value;
        return lost;
    }
    const auto determined = old.options.find(value.get<bool>() ? "true" : "false");
    if (determined == old.options.end()) {
        merge.outcome = QuestionMerge::Outcome::open;
        merge.dropped = value;
        return lost;
    }
    upgraded.answers[question.id] = determined->second;
    merge.outcome = QuestionMerge::Outcome::carried;
    return {};
}

/// One fact, one place for questions: an answer to a question that `to` merged into another
/// (`replaces`) becomes that question's answer. Nothing is lost: when both were answered
/// differently the baseline says which counts (`wins`), and the other answer, like the old
/// question's note, is written into the remaining question's note.
void mergeQuestions(const Assessment& assessment, Assessment& upgraded,
                    const baseline::Baseline& to, std::set<std::string>& handled,
                    std::vector<QuestionMerge>& out) {
    const std::string now = files::utcNow();
    const std::string user = files::osUserName();
    const auto log = [&](ChangeKind kind, const std::string& target) {
        ChangeLogEntry row = changeEntry(kind, target, ChangeAction::set, {});
        row.when = now;
        row.user = user;
        upgraded.changeLog.push_back(std::move(row));
    };
    for (const baseline::Question& question : to.questions()) {
        for (const baseline::ReplacedQuestion& old : question.replaces) {
            const auto answer = assessment.answers.find(old.question);
            const auto note = assessment.notes.find(old.question);
            const bool answered = answer != assessment.answers.end() && !answer->second.is_null();
            if ((!answered && note == assessment.notes.end()) ||
                to.question(old.question) != nullptr) {
                continue;
            }
            handled.insert(old.question);
            QuestionMerge merge{
                question.id, old.question, QuestionMerge::Outcome::noteOnly, {}, false};
            std::string lost; // "id: value" of the answer that does not count
            if (answered && old.as) {
                lost = mergeDerived(answer->second, question, old, upgraded, merge);
                if (merge.outcome == QuestionMerge::Outcome::carried) {
                    log(ChangeKind::answer, question.id);
                }
            } else if (answered) {
                const nlohmann::json mapped = mapOptions(answer->second, old);
                const auto current = upgraded.answers.find(question.id);
                if (!to.validateAnswer(question.id, mapped)) {
                    merge.outcome = QuestionMerge::Outcome::unfit;
                    merge.dropped = answer->second;
                    lost = old.question + ": " + answer->second.dump();
                } else if (current == upgraded.answers.end()) {
                    merge.outcome = QuestionMerge::Outcome::carried;
                    upgraded.answers[question.id] = mapped;
                    log(ChangeKind::answer, question.id);
                } else if (sameAnswer(current->second, mapped)) {
                    merge.outcome = QuestionMerge::Outcome::agreed;
                } else if (old.wins) {
                    merge.outcome = QuestionMerge::Outcome::replacedWon;
                    merge.dropped = current->second;
                    lost = question.id + ": " + current->second.dump();
                    current->second = mapped;
                    log(ChangeKind::answer, question.id);
                } else {
                    merge.outcome = QuestionMerge::Outcome::keptWon;
                    merge.dropped = answer->second;
                    lost = old.question + ": " + answer->second.dump();
                }
            }
            std::string moved;
            if (note != assessment.notes.end() && !note->second.empty()) {
                moved = note->second;
            }
            if (!lost.empty()) {
                moved += (moved.empty() ? "" : "\n") +
                         std::string("Antwoord dat bij de upgrade afweek / answer that differed "
                                     "at the upgrade — ") +
                         lost;
            }
            if (!moved.empty()) {
                std::string& kept = upgraded.notes[question.id];
                kept = kept.empty() ? moved : kept + "\n" + moved;
                merge.noteMoved = true;
                log(ChangeKind::note, question.id);
            }
            out.push_back(std::move(merge));
        }
    }
}

} // namespace

BaselineDiff diffBaselines(const baseline::Baseline& from, const baseline::Baseline& to) {
    return {compare(from.questions(), to.questions()), compare(from.risks(), to.risks()),
            compare(from.safeguards(), to.safeguards())};
}

BaselineUpgrade upgradeAssessment(const Assessment& assessment, const baseline::Baseline& from,
                                  const baseline::Baseline& to) {
    BaselineUpgrade result;
    result.diff = diffBaselines(from, to);
    Assessment& upgraded = result.upgraded;
    upgraded = assessment;
    upgraded.answers.clear();
    upgraded.notes.clear();
    upgraded.safeguards.clear();
    upgraded.riskOverrides.clear();
    for (const auto& [question, value] : assessment.answers) {
        if (to.validateAnswer(question, value)) {
            upgraded.answers.emplace(question, value);
        }
    }
    for (const auto& [question, note] : assessment.notes) {
        if (to.question(question) != nullptr) {
            upgraded.notes.emplace(question, note);
        }
    }
    std::set<std::string> merged; // old questions whose answer and note went elsewhere
    mergeQuestions(assessment, upgraded, to, merged, result.mergedQuestions);
    for (const auto& [question, value] : assessment.answers) {
        if (!to.validateAnswer(question, value) && merged.count(question) == 0) {
            result.droppedAnswers.push_back(question);
        }
    }
    for (const auto& [question, note] : assessment.notes) {
        if (to.question(question) == nullptr && merged.count(question) == 0) {
            result.droppedNotes.push_back(question);
        }
    }
    for (const auto& [safeguard, entry] : assessment.safeguards) {
        if (to.safeguard(safeguard) != nullptr) {
            upgraded.safeguards.emplace(safeguard, entry);
        } else {
            result.droppedSafeguards.push_back(safeguard);
        }
    }
    for (const auto& [risk, value] : assessment.riskOverrides) {
        if (to.risk(risk) != nullptr) {
            upgraded.riskOverrides.emplace(risk, value);
        } else {
            result.droppedOverrides.push_back(risk);
        }
    }
    for (Measure& measure : upgraded.measures) {
        std::erase_if(measure.risks, [&](const std::string& id) {
            const bool custom =
                std::any_of(upgraded.customRisks.begin(), upgraded.customRisks.end(),
                            [&](const CustomRisk& risk) { return risk.id == id; });
            return !custom && to.risk(id) == nullptr;
        });
    }
    mergeFacts(upgraded, to, result.merged);
    const baseline::BaselineInfo& info = to.info();
    upgraded.baseline = EmbeddedBaseline{info.id, info.version, info.hash, to.image()};
    return result;
}

} // namespace dpia::storage

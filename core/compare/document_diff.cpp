#include "core/compare/document_diff.h"

#include "core/compare/answer_text.h"
#include "core/storage/status_words.h"

#include <algorithm>
#include <map>
#include <set>

namespace dpia::compare {

namespace {

using nlohmann::json;
using storage::Assessment;

LocalText same(const std::string& text) {
    return {text, text};
}

LocalText concat(const LocalText& a, std::string_view separator, const LocalText& b) {
    return {a.nl + std::string(separator) + b.nl, a.en + std::string(separator) + b.en};
}

/// The change of one field of an item that both documents (or one of them) have.
struct Field {
    std::string name;
    LocalText label;
};

class Differ {
public:
    Differ(const DiffSide& before, const DiffSide& after) : a_(before), b_(after) {}

    DocumentDiff run() {
        compareBaselines();
        compareDocument();
        compareAnswers();
        compareSafeguards();
        compareRisks();
        compareMeasures();
        compareSignoffs();
        compareBaselineItems();
        return std::move(diff_);
    }

private:
    const DiffSide& a_;
    const DiffSide& b_;
    DocumentDiff diff_;

    Change& add(Area area, Action action, std::string id, LocalText title, const Field& field) {
        Change change;
        change.area = area;
        change.action = action;
        change.id = std::move(id);
        change.title = std::move(title);
        change.field = field.name;
        change.fieldLabel = field.label;
        diff_.changes.push_back(std::move(change));
        return diff_.changes.back();
    }

    /// A changed value; a text that is text on both sides also gets its words.
    void value(Change& change, json before, json after, LocalText beforeText, LocalText afterText,
               bool wordByWord) {
        if (wordByWord && before.is_string() && after.is_string()) {
            change.words = diffWords(before.get<std::string>(), after.get<std::string>());
        }
        change.before = std::move(before);
        change.after = std::move(after);
        change.beforeText = std::move(beforeText);
        change.afterText = std::move(afterText);
    }

    void compareBaselines() {
        const storage::EmbeddedBaseline& x = a_.assessment.baseline;
        const storage::EmbeddedBaseline& y = b_.assessment.baseline;
        const LocalText title{"Baseline", "Baseline"};
        if (x.id != y.id) {
            Change& c = add(Area::baseline, Action::changed, "", title, {"id", {"id", "id"}});
            value(c, x.id, y.id, same(x.id), same(y.id), false);
        }
        if (x.version != y.version) {
            Change& c =
                add(Area::baseline, Action::changed, "", title, {"version", {"versie", "version"}});
            value(c, x.version, y.version, same(x.version), same(y.version), false);
        } else if (x.id == y.id && x.hash != y.hash) {
            // Same name and version, other content: a baseline edited without a new version.
            Change& c =
                add(Area::baseline, Action::changed, "", title, {"hash", {"inhoud", "content"}});
            value(c, x.hash, y.hash, same(x.hash), same(y.hash), false);
        }
    }

    void text(const std::string& name, const LocalText& label, const std::string& x,
              const std::string& y) {
        if (x != y) {
            Change& c =
                add(Area::document, Action::changed, "", {"Document", "Document"}, {name, label});
            value(c, x, y, same(x), same(y), true);
        }
    }

    void compareDocument() {
        const storage::Metadata& x = a_.assessment.metadata;
        const storage::Metadata& y = b_.assessment.metadata;
        text("title", {"titel", "title"}, x.title, y.title);
        text("organisation", {"organisatie", "organisation"}, x.organisation, y.organisation);
        text("processing", {"verwerking", "processing"}, x.processing, y.processing);
        text("processOwner", {"proceseigenaar", "process owner"}, x.processOwner, y.processOwner);
        text("author", {"auteur", "author"}, x.author, y.author);
        text("classification", {"rubricering", "classification"}, x.classification,
             y.classification);
        if (x.version != y.version) {
            Change& c = add(Area::document, Action::changed, "", {"Document", "Document"},
                            {"version", {"versie", "version"}});
            value(c, x.version, y.version, same(std::to_string(x.version)),
                  same(std::to_string(y.version)), false);
        }
        if (a_.assessment.status != b_.assessment.status) {
            Change& c = add(Area::document, Action::changed, "", {"Document", "Document"},
                            {"status", {"status", "status"}});
            value(c, std::string(storage::statusName(a_.assessment.status)),
                  std::string(storage::statusName(b_.assessment.status)),
                  storage::documentStatusText(a_.assessment.status),
                  storage::documentStatusText(b_.assessment.status), false);
        }
    }

    /// The position of an item in the second baseline, then the first: the order of a list.
    template <typename Item>
    static std::vector<std::string> ordered(const std::set<std::string>& ids,
                                            const std::vector<Item>& second,
                                            const std::vector<Item>& first) {
        std::map<std::string, std::size_t> rank;
        for (const Item& item : second) {
            rank.emplace(item.id, rank.size());
        }
        for (const Item& item : first) {
            rank.emplace(item.id, rank.size());
        }
        std::vector<std::string> out(ids.begin(), ids.end());
        std::stable_sort(out.begin(), out.end(), [&](const std::string& l, const std::string& r) {
            const auto li = rank.find(l);
            const auto ri = rank.find(r);
            const std::size_t lr = li == rank.end() ? rank.size() : li->second;
            const std::size_t rr = ri == rank.end() ? rank.size() : ri->second;
            return lr < rr;
        });
        return out;
    }

    template <typename Map>
    static std::set<std::string> keys(const Map& x, const Map& y) {
        std::set<std::string> out;
        for (const auto& [id, _] : x) {
            out.insert(id);
        }
        for (const auto& [id, _] : y) {
            out.insert(id);
        }
        return out;
    }

    const baseline::Question* question(const std::string& id) const {
        const baseline::Question* found = b_.baseline.question(id);
        return found != nullptr ? found : a_.baseline.question(id);
    }

    static Action actionOf(bool inBefore, bool inAfter) {
        return !inBefore ? Action::added : !inAfter ? Action::removed : Action::changed;
    }

    void compareAnswers() {
        const Assessment& x = a_.assessment;
        const Assessment& y = b_.assessment;
        std::set<std::string> ids = keys(x.answers, y.answers);
        ids.merge(keys(x.notes, y.notes));
        for (const std::string& id :
             ordered(ids, b_.baseline.questions(), a_.baseline.questions())) {
            const baseline::Question* q = question(id);
            const LocalText title = q != nullptr ? q->text : same(id);
            const auto xa = x.answers.find(id);
            const auto ya = y.answers.find(id);
            const json before = xa == x.answers.end() ? json() : xa->second;
            const json after = ya == y.answers.end() ? json() : ya->second;
            if (before != after) {
                Change& c = add(Area::answer, actionOf(!before.is_null(), !after.is_null()), id,
                                title, {"answer", {"antwoord", "answer"}});
                const baseline::Question* qa = a_.baseline.question(id);
                const baseline::Question* qb = b_.baseline.question(id);
                value(c, before, after, answerText(qa != nullptr ? qa : q, before),
                      answerText(qb != nullptr ? qb : q, after),
                      isTextAnswer(q, before) && isTextAnswer(q, after));
            }
            const auto xn = x.notes.find(id);
            const auto yn = y.notes.find(id);
            const std::string noteBefore = xn == x.notes.end() ? "" : xn->second;
            const std::string noteAfter = yn == y.notes.end() ? "" : yn->second;
            if (noteBefore != noteAfter) {
                Change& c = add(Area::answer, actionOf(!noteBefore.empty(), !noteAfter.empty()), id,
                                title, {"note", {"notitie", "note"}});
                value(c, noteBefore.empty() ? json() : json(noteBefore),
                      noteAfter.empty() ? json() : json(noteAfter), same(noteBefore),
                      same(noteAfter), true);
            }
        }
    }

    LocalText safeguardTitle(const std::string& id) const {
        const baseline::Safeguard* s = b_.baseline.safeguard(id);
        s = s != nullptr ? s : a_.baseline.safeguard(id);
        return s != nullptr ? s->title : same(id);
    }

    void compareSafeguards() {
        const auto& x = a_.assessment.safeguards;
        const auto& y = b_.assessment.safeguards;
        for (const std::string& id :
             ordered(keys(x, y), b_.baseline.safeguards(), a_.baseline.safeguards())) {
            const auto xi = x.find(id);
            const auto yi = y.find(id);
            const bool inX = xi != x.end();
            const bool inY = yi != y.end();
            const Action action = actionOf(inX, inY);
            if (!inX || !inY || xi->second.status != yi->second.status) {
                Change& c = add(Area::safeguard, action, id, safeguardTitle(id),
                                {"status", {"status", "status"}});
                value(c,
                      inX ? json(std::string(storage::safeguardStatusName(xi->second.status)))
                          : json(),
                      inY ? json(std::string(storage::safeguardStatusName(yi->second.status)))
                          : json(),
                      inX ? storage::safeguardStatusText(xi->second.status) : LocalText{},
                      inY ? storage::safeguardStatusText(yi->second.status) : LocalText{}, false);
            }
            const std::string ex = inX ? xi->second.evidence : "";
            const std::string ey = inY ? yi->second.evidence : "";
            if (ex != ey) {
                Change& c = add(Area::safeguard, actionOf(!ex.empty(), !ey.empty()), id,
                                safeguardTitle(id), {"evidence", {"onderbouwing", "evidence"}});
                value(c, ex.empty() ? json() : json(ex), ey.empty() ? json() : json(ey), same(ex),
                      same(ey), true);
            }
        }
    }

    /// Where a step of an explanation comes from, in words: the question or safeguard.
    LocalText sourceName(const std::string& source) const {
        if (source == "base") {
            return {"uitgangspunt", "starting point"};
        }
        if (source == "override") {
            return {"eigen score", "own score"};
        }
        if (source == "custom") {
            return {"eigen risico", "own risk"};
        }
        if (const baseline::Question* q = question(source)) {
            return q->text;
        }
        return safeguardTitle(source);
    }

    static bool sameStep(const scoring::TraceStep& l, const scoring::TraceStep& r) {
        return l.source == r.source && l.effect == r.effect &&
               l.likelihoodDelta == r.likelihoodDelta && l.impactDelta == r.impactDelta;
    }

    /// The steps only one of the two explanations has: what moved the score.
    std::vector<LocalText> causes(const std::vector<scoring::TraceStep>& before,
                                  const std::vector<scoring::TraceStep>& after) const {
        std::vector<LocalText> out;
        const auto has = [](const std::vector<scoring::TraceStep>& steps,
                            const scoring::TraceStep& step) {
            return std::any_of(steps.begin(), steps.end(),
                               [&](const scoring::TraceStep& s) { return sameStep(s, step); });
        };
        for (const scoring::TraceStep& step : after) {
            if (!has(before, step)) {
                out.push_back(concat(sourceName(step.source), ": ", step.effect));
            }
        }
        for (const scoring::TraceStep& step : before) {
            if (!has(after, step)) {
                out.push_back(concat({"vervallen: ", "no longer: "}, "",
                                     concat(sourceName(step.source), ": ", step.effect)));
            }
        }
        return out;
    }

    static json scoreJson(const scoring::Score& score) {
        return {{"likelihood", score.likelihood}, {"impact", score.impact}, {"level", score.level}};
    }

    static LocalText scoreText(const baseline::Baseline& baseline, const scoring::Score& score) {
        const baseline::Level* level = baseline.matrix().level(score.level);
        const LocalText label = level != nullptr ? level->label : same(score.level);
        const std::string cell =
            " (" + std::to_string(score.likelihood) + "×" + std::to_string(score.impact) + ")";
        return {label.nl + cell, label.en + cell};
    }

    static bool moved(const scoring::Score& x, const scoring::Score& y) {
        return x.level != y.level || x.likelihood != y.likelihood || x.impact != y.impact;
    }

    void score(const scoring::RiskResult& y, const Field& field, const scoring::Score& sx,
               const scoring::Score& sy, const std::vector<scoring::TraceStep>& tx,
               const std::vector<scoring::TraceStep>& ty) {
        if (!moved(sx, sy)) {
            return;
        }
        Change& c = add(Area::risk, Action::changed, y.id, y.title, field);
        value(c, scoreJson(sx), scoreJson(sy), scoreText(a_.baseline, sx),
              scoreText(b_.baseline, sy), false);
        c.causes = causes(tx, ty);
    }

    static const scoring::RiskResult* findRisk(const scoring::Evaluation& evaluation,
                                               const std::string& id) {
        for (const scoring::RiskResult& risk : evaluation.risks) {
            if (risk.id == id) {
                return &risk;
            }
        }
        return nullptr;
    }

    static const storage::CustomRisk* findCustom(const Assessment& assessment,
                                                 const std::string& id) {
        for (const storage::CustomRisk& risk : assessment.customRisks) {
            if (risk.id == id) {
                return &risk;
            }
        }
        return nullptr;
    }

    void compareCustomRisks() {
        const Assessment& x = a_.assessment;
        const Assessment& y = b_.assessment;
        for (const storage::CustomRisk& risk : x.customRisks) {
            if (findCustom(y, risk.id) == nullptr) {
                Change& c = add(Area::risk, Action::removed, risk.id, same(risk.title),
                                {"custom", {"eigen risico", "own risk"}});
                value(c, risk.title, json(), same(risk.title), {}, false);
            }
        }
        for (const storage::CustomRisk& risk : y.customRisks) {
            const storage::CustomRisk* old = findCustom(x, risk.id);
            if (old == nullptr) {
                Change& c = add(Area::risk, Action::added, risk.id, same(risk.title),
                                {"custom", {"eigen risico", "own risk"}});
                value(c, json(), risk.title, {}, same(risk.title), false);
                continue;
            }
            if (old->title != risk.title) {
                Change& c = add(Area::risk, Action::changed, risk.id, same(risk.title),
                                {"title", {"titel", "title"}});
                value(c, old->title, risk.title, same(old->title), same(risk.title), true);
            }
            if (old->description != risk.description) {
                Change& c = add(Area::risk, Action::changed, risk.id, same(risk.title),
                                {"description", {"beschrijving", "description"}});
                value(c, old->description, risk.description, same(old->description),
                      same(risk.description), true);
            }
        }
    }

    static std::string overrideString(const storage::RiskOverride& o) {
        return std::to_string(o.likelihood) + "×" + std::to_string(o.impact) + ": " +
               o.justification;
    }

    void compareOverrides() {
        const auto& x = a_.assessment.riskOverrides;
        const auto& y = b_.assessment.riskOverrides;
        for (const std::string& id :
             ordered(keys(x, y), b_.baseline.risks(), a_.baseline.risks())) {
            const auto xi = x.find(id);
            const auto yi = y.find(id);
            const bool inX = xi != x.end();
            const bool inY = yi != y.end();
            if (inX && inY && xi->second == yi->second) {
                continue;
            }
            const baseline::Risk* r = b_.baseline.risk(id);
            r = r != nullptr ? r : a_.baseline.risk(id);
            Change& c = add(Area::risk, actionOf(inX, inY), id, r != nullptr ? r->title : same(id),
                            {"override", {"eigen score", "own score"}});
            const std::string before = inX ? overrideString(xi->second) : "";
            const std::string after = inY ? overrideString(yi->second) : "";
            value(c, inX ? json(before) : json(), inY ? json(after) : json(), same(before),
                  same(after), inX && inY);
        }
    }

    void compareRisks() {
        const LocalText applies{"van toepassing", "applies"};
        const LocalText notApplies{"niet van toepassing", "does not apply"};
        for (const scoring::RiskResult& y : b_.evaluation.risks) {
            const scoring::RiskResult* x = findRisk(a_.evaluation, y.id);
            if (x == nullptr || x->custom != y.custom) {
                continue; // an own risk added, or a baseline risk only the second has
            }
            if (x->applies != y.applies) {
                Change& c = add(Area::risk, Action::changed, y.id, y.title,
                                {"applies", {"van toepassing", "applies"}});
                value(c, x->applies, y.applies, x->applies ? applies : notApplies,
                      y.applies ? applies : notApplies, false);
                for (const std::string& id : y.applies ? x->decidedBy : y.decidedBy) {
                    c.causes.push_back(sourceName(id));
                }
                continue; // the levels of a risk that does not apply count nowhere
            }
            if (!y.applies) {
                continue;
            }
            score(y, {"inherent", {"bruto risico", "inherent risk"}}, x->inherent, y.inherent,
                  x->inherentTrace, y.inherentTrace);
            const auto residualTrace = [](const scoring::RiskResult& risk) {
                if (risk.override_) {
                    return std::vector<scoring::TraceStep>{
                        {"override", same(risk.overrideJustification), 0, 0}};
                }
                return risk.currentTrace;
            };
            score(y, {"residual", {"restrisico", "residual risk"}}, x->residual(), y.residual(),
                  residualTrace(*x), residualTrace(y));
        }
        compareOverrides();
        compareCustomRisks();
    }

    LocalText riskTitles(const std::vector<std::string>& ids) const {
        LocalText out;
        for (const std::string& id : ids) {
            const baseline::Risk* r = b_.baseline.risk(id);
            r = r != nullptr ? r : a_.baseline.risk(id);
            const storage::CustomRisk* custom = findCustom(b_.assessment, id);
            custom = custom != nullptr ? custom : findCustom(a_.assessment, id);
            const LocalText title = r != nullptr        ? r->title
                                    : custom != nullptr ? same(custom->title)
                                                        : same(id);
            out = out.nl.empty() ? title : concat(out, "; ", title);
        }
        return out;
    }

    template <typename Item>
    static const Item* findItem(const std::vector<Item>& items, const std::string& id) {
        for (const Item& item : items) {
            if (item.id == id) {
                return &item;
            }
        }
        return nullptr;
    }

    /// Added, removed and changed items of a list with ids: the fields of `describe`.
    template <typename Item, typename Title, typename Fields>
    void compareItems(Area area, const std::vector<Item>& x, const std::vector<Item>& y,
                      const Title& titleOf, const Fields& fieldsOf) {
        for (const Item& item : x) {
            if (findItem(y, item.id) == nullptr) {
                Change& c = add(area, Action::removed, item.id, titleOf(item), {"", {}});
                value(c, item.id, json(), titleOf(item), {}, false);
            }
        }
        for (const Item& item : y) {
            const Item* old = findItem(x, item.id);
            if (old == nullptr) {
                Change& c = add(area, Action::added, item.id, titleOf(item), {"", {}});
                value(c, json(), item.id, {}, titleOf(item), false);
                continue;
            }
            if (*old == item) {
                continue;
            }
            for (auto& [field, before, after, beforeText, afterText, words] :
                 fieldsOf(*old, item)) {
                if (before != after) {
                    Change& c = add(area, Action::changed, item.id, titleOf(item), field);
                    value(c, before, after, beforeText, afterText, words);
                }
            }
        }
    }

    struct FieldValues {
        Field field;
        json before;
        json after;
        LocalText beforeText;
        LocalText afterText;
        bool words = false;
    };

    static FieldValues textField(Field field, const std::string& x, const std::string& y,
                                 bool words) {
        return {std::move(field), x, y, same(x), same(y), words};
    }

    void compareMeasures() {
        compareItems(
            Area::measure, a_.assessment.measures, b_.assessment.measures,
            [](const storage::Measure& m) { return same(m.title); },
            [this](const storage::Measure& x, const storage::Measure& y) {
                return std::vector<FieldValues>{
                    textField({"title", {"titel", "title"}}, x.title, y.title, true),
                    {{"risks", {"risico's", "risks"}},
                     x.risks,
                     y.risks,
                     riskTitles(x.risks),
                     riskTitles(y.risks)},
                    textField({"owner", {"eigenaar", "owner"}}, x.owner, y.owner, false),
                    textField({"due", {"gereed op", "due"}}, x.due, y.due, false),
                    {{"status", {"status", "status"}},
                     std::string(storage::measureStatusName(x.status)),
                     std::string(storage::measureStatusName(y.status)),
                     storage::measureStatusText(x.status),
                     storage::measureStatusText(y.status)},
                };
            });
    }

    void compareSignoffs() {
        compareItems(
            Area::signoff, a_.assessment.signoffs, b_.assessment.signoffs,
            [](const storage::Signoff& s) {
                return s.name.empty() ? storage::roleText(s.role)
                                      : concat(storage::roleText(s.role), ": ", same(s.name));
            },
            [](const storage::Signoff& x, const storage::Signoff& y) {
                return std::vector<FieldValues>{
                    {{"role", {"rol", "role"}},
                     std::string(storage::roleName(x.role)),
                     std::string(storage::roleName(y.role)),
                     storage::roleText(x.role),
                     storage::roleText(y.role)},
                    textField({"name", {"naam", "name"}}, x.name, y.name, false),
                    textField({"date", {"datum", "date"}}, x.date, y.date, false),
                    textField({"outcome", {"uitkomst", "outcome"}}, x.outcome, y.outcome, true),
                    textField({"text", {"tekst", "text"}}, x.text, y.text, true),
                };
            });
    }

    /// The items of one kind that only one baseline has.
    template <typename Item>
    void onlyInOne(const Field& kind, const std::vector<Item>& x, const std::vector<Item>& y,
                   const LocalText Item::*title) {
        for (const Item& item : x) {
            if (findItem(y, item.id) == nullptr) {
                Change& c = add(Area::baselineItem, Action::removed, item.id, item.*title, kind);
                value(c, item.id, json(), item.*title, {}, false);
            }
        }
        for (const Item& item : y) {
            if (findItem(x, item.id) == nullptr) {
                Change& c = add(Area::baselineItem, Action::added, item.id, item.*title, kind);
                value(c, json(), item.id, {}, item.*title, false);
            }
        }
    }

    void compareBaselineItems() {
        if (a_.assessment.baseline.hash == b_.assessment.baseline.hash) {
            return;
        }
        onlyInOne({"question", {"vraag", "question"}}, a_.baseline.questions(),
                  b_.baseline.questions(), &baseline::Question::text);
        onlyInOne({"safeguard", {"maatregel", "safeguard"}}, a_.baseline.safeguards(),
                  b_.baseline.safeguards(), &baseline::Safeguard::title);
        onlyInOne({"risk", {"risico", "risk"}}, a_.baseline.risks(), b_.baseline.risks(),
                  &baseline::Risk::title);
    }
};

} // namespace

DocumentDiff compareDocuments(const DiffSide& before, const DiffSide& after) {
    return Differ(before, after).run();
}

DocumentDiff compareDocuments(const scoring::ScoredDocument& before,
                              const scoring::ScoredDocument& after) {
    return compareDocuments(DiffSide{before.assessment(), before.baseline(), before.evaluation},
                            DiffSide{after.assessment(), after.baseline(), after.evaluation});
}

std::string_view areaName(Area area) {
    switch (area) {
    case Area::baseline:
        return "baseline";
    case Area::document:
        return "document";
    case Area::answer:
        return "answer";
    case Area::safeguard:
        return "safeguard";
    case Area::risk:
        return "risk";
    case Area::measure:
        return "measure";
    case Area::signoff:
        return "signoff";
    case Area::baselineItem:
        return "baseline-item";
    }
    return "document";
}

std::string_view actionName(Action action) {
    switch (action) {
    case Action::added:
        return "added";
    case Action::changed:
        return "changed";
    case Action::removed:
        return "removed";
    }
    return "changed";
}

LocalText areaTitle(Area area) {
    switch (area) {
    case Area::baseline:
        return {"Baseline", "Baseline"};
    case Area::document:
        return {"Document", "Document"};
    case Area::answer:
        return {"Antwoorden en notities", "Answers and notes"};
    case Area::safeguard:
        return {"Maatregelen", "Safeguards"};
    case Area::risk:
        return {"Risico's", "Risks"};
    case Area::measure:
        return {"Plan van aanpak", "Action plan"};
    case Area::signoff:
        return {"Adviezen en besluiten", "Advice and decisions"};
    case Area::baselineItem:
        return {"Alleen in één van de baselines", "Only in one of the baselines"};
    }
    return {};
}

} // namespace dpia::compare

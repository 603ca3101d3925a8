#include "ui/risks/risk_explanation.h"

#include "core/baseline/baseline.h"
#include "core/scoring/assessment_scoring.h"
#include "core/scoring/evaluation.h"
#include "core/storage/assessment.h"
#include "ui/risks/level_style.h"
#include "ui/text/local_text.h"
#include "ui/text/words.h"

#include <algorithm>

#include <QStringList>

namespace dpia::ui {

namespace {

QString escaped(const QString& text) {
    return text.toHtmlEscaped();
}

QString signedNumber(int value) {
    // A real minus sign: a hyphen reads as a dash next to the words.
    return value > 0 ? QStringLiteral("+%1").arg(value) : QStringLiteral("−%1").arg(-value);
}

/// "likelihood −1, impact −1" without the parts that do not move.
QString deltas(const scoring::TraceStep& step) {
    QStringList parts;
    if (step.likelihoodDelta != 0) {
        //: A change of likelihood in a risk explanation, e.g. "likelihood +1".
        parts << RiskExplanation::tr("likelihood %1").arg(signedNumber(step.likelihoodDelta));
    }
    if (step.impactDelta != 0) {
        //: A change of impact in a risk explanation, e.g. "impact −1".
        parts << RiskExplanation::tr("impact %1").arg(signedNumber(step.impactDelta));
    }
    //: A step of a risk explanation that moves neither likelihood nor impact.
    return parts.isEmpty() ? RiskExplanation::tr("no change") : parts.join(QStringLiteral(", "));
}

QString optionLabel(const std::vector<baseline::Option>& options, const std::string& id) {
    const auto found =
        std::find_if(options.begin(), options.end(),
                     [&](const baseline::Option& option) { return option.id == id; });
    return found != options.end() ? local(found->label) : qs(id);
}

/// An answer as words, in full.
QString fullAnswerText(const baseline::Question& question, const nlohmann::json& value) {
    switch (question.type) {
    case baseline::QuestionType::yesno:
        //: Yes/no answers quoted in a risk explanation.
        return value.is_boolean()
                   ? (value.get<bool>() ? RiskExplanation::tr("yes") : RiskExplanation::tr("no"))
                   : QString();
    case baseline::QuestionType::choice:
        return value.is_string() ? optionLabel(question.options, value.get<std::string>())
                                 : QString();
    case baseline::QuestionType::multichoice: {
        QStringList labels;
        for (const auto& item : value) {
            if (item.is_string()) {
                labels << optionLabel(question.options, item.get<std::string>());
            }
        }
        return labels.join(QStringLiteral("; "));
    }
    case baseline::QuestionType::number:
        return value.is_number() ? QString::number(value.get<double>()) : QString();
    case baseline::QuestionType::text:
    case baseline::QuestionType::date:
        return value.is_string() ? qs(value.get<std::string>()) : QString();
    case baseline::QuestionType::table:
        //: A table answer quoted in a risk explanation: how many rows it has.
        return value.is_array() ? RiskExplanation::tr("%n rows", "", static_cast<int>(value.size()))
                                : QString();
    }
    return {};
}

/// A short form of an answer, enough to recognise it next to the question (the whole
/// answer is on the questionnaire's page).
QString answerText(const baseline::Question& question, const nlohmann::json& value) {
    const QString text = fullAnswerText(question, value).simplified();
    return text.size() > 120 ? text.left(119) + QStringLiteral("…") : text;
}

/// What is shown of a document while explaining: its content, and how it scores.
struct Shown {
    const baseline::Baseline& baseline;
    const storage::Assessment& assessment;
    const scoring::Evaluation& evaluation;
};

QString safeguardStatusText(const Shown& shown, const std::string& id) {
    return words::inSentence(words::safeguardStatus(
        scoring::viewSafeguard(shown.baseline, shown.assessment, shown.evaluation, id).status));
}

/// One list item per step; the source names the answer or safeguard behind it.
QString stepItem(const Shown& shown, const scoring::TraceStep& step) {
    const baseline::Baseline& baseline = shown.baseline;
    const storage::Assessment& assessment = shown.assessment;
    const QString effect = escaped(local(step.effect));
    if (step.source == "base" || step.source == "custom") {
        //: First step of a risk explanation: the starting score; %1 likelihood, %2 impact.
        return QStringLiteral("<li>%1 %2</li>")
            .arg(effect, escaped(RiskExplanation::tr("Likelihood %1, impact %2.")
                                     .arg(step.likelihoodDelta)
                                     .arg(step.impactDelta)));
    }
    const QString change = QStringLiteral("<b>%1</b>").arg(escaped(deltas(step)));
    if (const baseline::Safeguard* safeguard = baseline.safeguard(step.source)) {
        return QStringLiteral("<li>%1: <i>%2</i> (%3). %4</li>")
            .arg(change, escaped(local(safeguard->title)),
                 escaped(safeguardStatusText(shown, safeguard->id)), effect);
    }
    if (const baseline::Question* question = baseline.question(step.source)) {
        const auto answer = assessment.answers.find(question->id);
        QString because;
        if (answer != assessment.answers.end()) {
            //: Risk explanation: the answer that made a driver fire; %1 the question,
            //: %2 the answer.
            because = RiskExplanation::tr("Your answer to “%1”: %2")
                          .arg(local(question->text), answerText(*question, answer->second));
        }
        return QStringLiteral("<li>%1: %2<br/><span style=\"color:#455a64\">%3</span></li>")
            .arg(change, effect, escaped(because));
    }
    return QStringLiteral("<li>%1: %2</li>").arg(change, effect);
}

QString stepList(const Shown& shown, const std::vector<scoring::TraceStep>& steps,
                 const QString& empty) {
    if (steps.empty()) {
        return QStringLiteral("<p>%1</p>").arg(escaped(empty));
    }
    QString items;
    for (const scoring::TraceStep& step : steps) {
        items += stepItem(shown, step);
    }
    return QStringLiteral("<ul>%1</ul>").arg(items);
}

bool inTrace(const std::vector<scoring::TraceStep>& trace, const std::string& source) {
    return std::any_of(trace.begin(), trace.end(),
                       [&](const scoring::TraceStep& step) { return step.source == source; });
}

QString heading(const QString& label, const baseline::Matrix& matrix, const scoring::Score& score) {
    return QStringLiteral("<h4>%1 %2</h4>").arg(escaped(label), escaped(scoreText(matrix, score)));
}

} // namespace

/// The question texts of `ids`, quoted and joined: the answers that decided something.
QString questionList(const baseline::Baseline& baseline, const std::vector<std::string>& ids) {
    QStringList texts;
    for (const std::string& id : ids) {
        const baseline::Question* question = baseline.question(id);
        texts << QStringLiteral("“%1”").arg(question != nullptr ? local(question->text) : qs(id));
    }
    return texts.join(QStringLiteral("; "));
}

QString RiskExplanation::html(const baseline::Baseline& baseline,
                              const storage::Assessment& assessment,
                              const scoring::Evaluation& evaluation,
                              const scoring::RiskResult& risk) {
    const Shown shown{baseline, assessment, evaluation};
    const baseline::Matrix& matrix = baseline.matrix();
    QString out = QStringLiteral("<h3>%1</h3>").arg(escaped(local(risk.title)));
    const baseline::Risk* source = risk.custom ? nullptr : baseline.risk(risk.id);
    if (source != nullptr) {
        out += QStringLiteral("<p>%1</p>").arg(escaped(local(source->description)));
        //: Risk explanation: label before the rights of data subjects a risk affects.
        out += QStringLiteral("<p><i>%1</i> %2</p>")
                   .arg(escaped(tr("Rights affected:")), escaped(local(source->rights)));
    } else {
        for (const storage::CustomRisk& custom : assessment.customRisks) {
            if (custom.id == risk.id && !custom.description.empty()) {
                out += QStringLiteral("<p>%1</p>").arg(escaped(qs(custom.description)));
            }
        }
    }

    if (!risk.applies && source != nullptr) {
        //: Risk explanation of a risk that does not apply; %1 the baseline's reason, %2 the
        //: questions whose answers decided it.
        out += QStringLiteral("<p><b>%1</b></p>")
                   .arg(escaped(tr("Not applicable, because %1. Decided by your answers to: %2. "
                                   "It counts nowhere: not in the heat map, the verdict or prior "
                                   "consultation.")
                                    .arg(local(source->notApplicable),
                                         questionList(baseline, risk.decidedBy))));
        return out;
    }
    if (!risk.undecidedBy.empty()) {
        //: Risk explanation: the risk may not apply, but a question that decides it is open.
        out += QStringLiteral("<p><i>%1</i></p>")
                   .arg(escaped(tr("This risk may not apply to this processing, but that depends "
                                   "on questions still open: %1. Until they are answered it "
                                   "counts.")
                                    .arg(questionList(baseline, risk.undecidedBy))));
    }
    if (risk.concern == baseline::Concern::organisation) {
        //: Risk explanation: an organisation risk, not a risk to data subjects.
        out += QStringLiteral("<p><i>%1</i></p>")
                   .arg(escaped(tr("A risk to the municipality itself, not to data subjects: it "
                                   "belongs in the action plan and does not lead to prior "
                                   "consultation (GDPR art. 36).")));
    }

    //: Risk explanation heading; the level follows, e.g. "Inherent risk: High (3 × 4)".
    out += heading(tr("Inherent risk:"), matrix, risk.inherent);
    out += stepList(shown, risk.inherentTrace, {});

    //: Risk explanation heading: the residual with the implemented safeguards.
    out += heading(tr("Residual now, with the implemented safeguards:"), matrix, risk.current);
    //: Risk explanation: no implemented safeguard lowers the risk.
    out += stepList(shown, risk.currentTrace,
                    risk.custom ? tr("You rated this risk yourself; safeguards of the baseline "
                                     "do not change it.")
                                : tr("No implemented safeguard lowers this risk yet."));
    if (risk.override_) {
        //: Risk explanation heading: the user's own residual score.
        out += heading(tr("Your override:"), matrix, *risk.override_);
        //: Risk explanation: label before the justification of an override.
        out += QStringLiteral("<p><i>%1</i> %2</p>")
                   .arg(escaped(tr("Justification:")), escaped(qs(risk.overrideJustification)));
    }

    //: Risk explanation heading: the residual once planned safeguards are implemented.
    out += heading(tr("Residual as planned:"), matrix, risk.planned);
    std::vector<scoring::TraceStep> plannedOnly;
    for (const scoring::TraceStep& step : risk.plannedTrace) {
        if (!inTrace(risk.currentTrace, step.source) || step.source == "floor" ||
            step.source == "matrix") {
            plannedOnly.push_back(step);
        }
    }
    const bool samePlan = risk.planned.likelihood == risk.current.likelihood &&
                          risk.planned.impact == risk.current.impact;
    //: Risk explanation: no planned safeguard lowers the risk further.
    out += samePlan && plannedOnly.empty()
               ? QStringLiteral("<p>%1</p>")
                     .arg(escaped(tr("No planned safeguard lowers it further.")))
               : stepList(shown, plannedOnly, {});

    if (source != nullptr) {
        QString unused;
        for (const baseline::Mitigation& mitigation : source->mitigations) {
            if (inTrace(risk.plannedTrace, mitigation.safeguard)) {
                continue;
            }
            const baseline::Safeguard* safeguard = baseline.safeguard(mitigation.safeguard);
            const QString name =
                safeguard != nullptr ? local(safeguard->title) : qs(mitigation.safeguard);
            const scoring::TraceStep step{mitigation.safeguard, mitigation.reason,
                                          mitigation.likelihood, mitigation.impact};
            unused +=
                QStringLiteral("<li><i>%1</i> (%2): %3</li>")
                    .arg(escaped(name), escaped(safeguardStatusText(shown, mitigation.safeguard)),
                         escaped(deltas(step)));
        }
        if (!unused.isEmpty()) {
            //: Risk explanation heading: safeguards that would lower the risk but are not
            //: implemented or planned.
            out += QStringLiteral("<h4>%1</h4><ul>%2</ul>")
                       .arg(escaped(tr("Safeguards that could still lower it")), unused);
        }
    }
    return out;
}

} // namespace dpia::ui

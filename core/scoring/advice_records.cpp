#include "core/scoring/advice_records.h"

#include <algorithm>

namespace dpia::scoring {
namespace {

using storage::SignoffRole;

std::string trimmed(const std::string& text) {
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string::npos) {
        return {};
    }
    return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

const std::string* textAnswer(const storage::Assessment& assessment, const std::string& id) {
    if (id.empty()) {
        return nullptr;
    }
    const auto found = assessment.answers.find(id);
    if (found == assessment.answers.end() || !found->second.is_string() ||
        trimmed(found->second.get_ref<const std::string&>()).empty()) {
        return nullptr;
    }
    return &found->second.get_ref<const std::string&>();
}

/// The questionnaire's part of a role: its text, and for the controller the decision.
struct Asked {
    std::string text;
    std::string outcome;
};

Asked askedFor(const baseline::Baseline& baseline, const storage::Assessment& assessment,
               SignoffRole role, Lang lang) {
    const baseline::Roles& roles = baseline.info().roles;
    const auto text = [&](const std::string& id) {
        const std::string* answer = textAnswer(assessment, id);
        return answer != nullptr ? *answer : std::string();
    };
    switch (role) {
    case SignoffRole::fg:
        return {text(roles.dpoAdviceQuestion), {}};
    case SignoffRole::ciso:
        return {text(roles.cisoAdviceQuestion), {}};
    case SignoffRole::dataSubjects:
        return {text(roles.subjectViewsQuestion), {}};
    case SignoffRole::controller: {
        Asked asked;
        const baseline::Question* question = baseline.question(roles.decisionQuestion);
        const auto answer = assessment.answers.find(roles.decisionQuestion);
        if (question != nullptr && answer != assessment.answers.end() &&
            answer->second.is_string()) {
            for (const baseline::Option& option : question->options) {
                if (option.id == answer->second.get_ref<const std::string&>()) {
                    asked.outcome = option.label.in(lang);
                }
            }
        }
        return asked;
    }
    case SignoffRole::processOwner:
        break;
    }
    return {};
}

constexpr SignoffRole kOrder[] = {SignoffRole::fg, SignoffRole::ciso, SignoffRole::dataSubjects,
                                  SignoffRole::processOwner, SignoffRole::controller};

const char* roleWords(SignoffRole role, Lang lang) {
    const bool nl = lang == Lang::nl;
    switch (role) {
    case SignoffRole::fg:
        return nl ? "het advies van de FG" : "the DPO's advice";
    case SignoffRole::ciso:
        return nl ? "het advies van de CISO" : "the CISO's advice";
    case SignoffRole::dataSubjects:
        return nl ? "de zienswijze van betrokkenen" : "the views of data subjects";
    case SignoffRole::controller:
        return nl ? "het besluit" : "the decision";
    case SignoffRole::processOwner:
        break;
    }
    return nl ? "het advies van de proceseigenaar" : "the process owner's advice";
}

} // namespace

std::vector<AdviceRecord> adviceRecords(const baseline::Baseline& baseline,
                                        const storage::Assessment& assessment, Lang lang) {
    std::vector<AdviceRecord> records;
    for (const SignoffRole role : kOrder) {
        const Asked asked = askedFor(baseline, assessment, role, lang);
        bool any = false;
        for (const storage::Signoff& signoff : assessment.signoffs) {
            if (signoff.role != role) {
                continue;
            }
            AdviceRecord record{role,         signoff.id,   signoff.name,
                                signoff.date, signoff.text, signoff.outcome};
            // The first sign-off of a role is completed from the questionnaire.
            if (!any && trimmed(record.text).empty()) {
                record.text = asked.text;
            }
            if (!any && trimmed(record.outcome).empty()) {
                record.outcome = asked.outcome;
            }
            any = true;
            records.push_back(std::move(record));
        }
        if (!any && (!asked.text.empty() || !asked.outcome.empty())) {
            records.push_back({role, {}, {}, {}, asked.text, asked.outcome});
        }
    }
    return records;
}

void adviceFindings(const baseline::Baseline& baseline, const storage::Assessment& assessment,
                    const Evaluation& evaluation, std::vector<Finding>& findings) {
    for (const SignoffRole role : {SignoffRole::fg, SignoffRole::ciso, SignoffRole::dataSubjects}) {
        const std::string asked = trimmed(askedFor(baseline, assessment, role, Lang::nl).text);
        const auto signoff =
            std::find_if(assessment.signoffs.begin(), assessment.signoffs.end(),
                         [&](const storage::Signoff& s) { return s.role == role; });
        if (asked.empty() || signoff == assessment.signoffs.end() ||
            trimmed(signoff->text).empty() || trimmed(signoff->text) == asked) {
            continue;
        }
        const std::string nl = roleWords(role, Lang::nl);
        const std::string en = roleWords(role, Lang::en);
        findings.push_back(
            {signoff->id,
             {"Dit document legt " + nl +
                  " twee keer vast, met verschillende tekst: in de afsluitende vragen en bij de "
                  "ondertekening. Het rapport toont de tekst bij de ondertekening; maak ze gelijk "
                  "of wis er een.",
              "This document records " + en +
                  " twice, with different texts: in the closing questions and in the sign-off. "
                  "The report shows the sign-off's text; make them the same or clear one."}});
    }
    const baseline::Roles& roles = baseline.info().roles;
    const std::string& question = roles.priorConsultationQuestion;
    const auto answer = assessment.answers.find(question);
    if (evaluation.priorConsultation && !roles.priorConsultationNotNeededOption.empty() &&
        answer != assessment.answers.end() &&
        answer->second == roles.priorConsultationNotNeededOption) {
        findings.push_back(
            {question,
             {"U hebt geantwoord dat voorafgaande raadpleging van de AP niet nodig is, maar "
              "restrisico's voor betrokkenen blijven hoog (AVG art. 36 lid 1). Verlaag ze met "
              "maatregelen of raadpleeg de AP.",
              "You answered that prior consultation of the AP is not needed, but residual risks "
              "to data subjects stay high (GDPR art. 36(1)). Lower them with safeguards or "
              "consult the AP."}});
    }
}

} // namespace dpia::scoring

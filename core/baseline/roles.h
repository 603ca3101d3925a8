#pragma once

#include "core/baseline/baseline_types.h"

#include <array>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

// Every role of a baseline (struct Roles, docs/BASELINE.md "Roles") in one table: the
// compiler reads, checks and writes the roles from it, the loader reads them back. A new
// role is a member of Roles and one row here.
namespace dpia::baseline {

class Baseline;

struct RoleSpec {
    const char* key;              ///< under `roles:` in baseline.yaml, and its meta key
    std::string Roles::*member;   ///< where the loaded baseline keeps it
    QuestionType type;            ///< the type of question it must name
    std::string Roles::*optionOf; ///< for an option role, its question's role; else null
};

inline constexpr std::array<RoleSpec, 12> kRoleSpecs{{
    // The one role older than `roles:`; its meta key has not changed, so older images
    // keep their BBN question.
    {"bbn_question", &Roles::bbnQuestion, QuestionType::choice, nullptr},
    {"licence_question", &Roles::licenceQuestion, QuestionType::choice, nullptr},
    {"licence_e3_option", &Roles::licenceE3Option, QuestionType::choice, &Roles::licenceQuestion},
    {"licence_e5_option", &Roles::licenceE5Option, QuestionType::choice, &Roles::licenceQuestion},
    {"dpo_advice_question", &Roles::dpoAdviceQuestion, QuestionType::text, nullptr},
    {"ciso_advice_question", &Roles::cisoAdviceQuestion, QuestionType::text, nullptr},
    {"subject_views_question", &Roles::subjectViewsQuestion, QuestionType::text, nullptr},
    {"decision_question", &Roles::decisionQuestion, QuestionType::choice, nullptr},
    {"review_date_question", &Roles::reviewDateQuestion, QuestionType::date, nullptr},
    {"review_interval_question", &Roles::reviewIntervalQuestion, QuestionType::number, nullptr},
    {"prior_consultation_question", &Roles::priorConsultationQuestion, QuestionType::choice,
     nullptr},
    {"prior_consultation_not_needed_option", &Roles::priorConsultationNotNeededOption,
     QuestionType::choice, &Roles::priorConsultationQuestion},
}};
// Every member of Roles has its row (and every row its own member: roles_test.cpp).
static_assert(sizeof(Roles) == kRoleSpecs.size() * sizeof(std::string));

/// The role of a key, or null.
const RoleSpec* roleSpec(std::string_view key);

/// One role that does not fit the questions of its baseline.
struct RoleProblem {
    const RoleSpec* role;
    std::string message;
};

using QuestionLookup = std::function<const Question*(std::string_view id)>;

/// Checks each named role: a question role names an existing question of its type, an
/// option role an option of the question its question role names (and that role is named).
/// Roles left empty are not checked.
std::vector<RoleProblem> checkRoles(const Roles& roles, const QuestionLookup& question);

/// The roles to act on for a document whose embedded baseline is `document`. An image
/// compiled before a role existed does not record it; when `shipped` (the program's own
/// baseline) is the same baseline (same id), its value stands in for each such role that
/// fits the document's questions. Every role the image records is taken as it is.
Roles rolesFor(const Baseline& document, const Baseline& shipped);

} // namespace dpia::baseline

#pragma once

#include "core/baseline/baseline_types.h"
#include "core/storage/assessment.h"

#include <optional>
#include <string>
#include <string_view>

// When an adopted DPIA is due for review (GDPR art. 35(11)). The date is one fact, the
// answer to the baseline's review-date question (roles.review_date_question; the roles a document
// acts on come from baseline::rolesFor); everything here is derived from it, so the sign-off page,
// the banner on open, the start page and the report cannot disagree.
namespace dpia::scoring {

/// A review date fewer than this many days ahead is near ("due in < 60 days", issue 18).
inline constexpr int kReviewSoonDays = 60;

struct ReviewDue {
    enum class State {
        none,    ///< no review date answered (or no such question in this baseline)
        planned, ///< kReviewSoonDays or more ahead
        soon,    ///< fewer than kReviewSoonDays ahead, today included
        overdue, ///< the date has passed
    };
    State state = State::none;
    std::string date; ///< "YYYY-MM-DD" when there is one
    int daysLeft = 0; ///< negative when overdue
};

/// The review state on `today` of a DPIA to be reviewed by `date` (both "YYYY-MM-DD");
/// none when `date` is not a real date.
ReviewDue reviewDueBy(std::string_view date, std::string_view today);

/// The review state of `assessment` on `today` ("YYYY-MM-DD").
ReviewDue reviewDue(const baseline::Roles& roles, const storage::Assessment& assessment,
                    std::string_view today);

/// The review date to propose when the DPIA is adopted on `today` and has none yet: after
/// the review interval the officer gave (roles.review_interval_question, in months), else
/// after one year. The end of a shorter month stands in for a day it lacks ("2027-02-28").
std::string proposedReviewDate(const baseline::Roles& roles, const storage::Assessment& assessment,
                               std::string_view today);

/// Days from `from` to `to` (both "YYYY-MM-DD"); nullopt when either is not a real date.
std::optional<int> daysBetween(std::string_view from, std::string_view to);

/// `date` plus `months` calendar months, or nullopt when `date` is not a real date.
std::optional<std::string> addMonths(std::string_view date, int months);

} // namespace dpia::scoring

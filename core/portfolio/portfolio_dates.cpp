#include "core/portfolio/portfolio.h"
#include "core/scoring/review_due.h"
#include "core/storage/file_ops.h"

namespace dpia::portfolio {

std::string localToday() {
    return storage::files::localToday();
}

ReviewState reviewState(const std::string& reviewDate, const std::string& today) {
    // The same states as the sign-off page, the banner and the start page (one rule).
    using State = scoring::ReviewDue::State;
    switch (scoring::reviewDueBy(reviewDate, today).state) {
    case State::none:
        return ReviewState::none;
    case State::planned:
        return ReviewState::later;
    case State::soon:
        return ReviewState::dueSoon;
    case State::overdue:
        return ReviewState::overdue;
    }
    return ReviewState::none;
}

std::string_view reviewStateName(ReviewState state) {
    switch (state) {
    case ReviewState::none:
        return "none";
    case ReviewState::later:
        return "later";
    case ReviewState::dueSoon:
        return "due-soon";
    case ReviewState::overdue:
        return "overdue";
    }
    return "none";
}

} // namespace dpia::portfolio

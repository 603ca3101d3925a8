// When an adopted DPIA is due for review (issue 18 item 4): the states the officer sees on
// the sign-off page, the banner, the start page and in the report, and the date proposed
// when a DPIA is adopted without one.
#include "core/baseline/baseline.h"
#include "core/baseline/embedded_image.h"
#include "core/scoring/review_due.h"

#include <gtest/gtest.h>

namespace dpia::scoring {
namespace {

const baseline::Roles& roles() {
    static const auto shipped = *baseline::Baseline::load(baseline::embeddedImage());
    return shipped->info().roles;
}

storage::Assessment reviewedOn(const std::string& date) {
    storage::Assessment assessment;
    assessment.answers[roles().reviewDateQuestion] = date;
    return assessment;
}

TEST(ReviewDue, SaysPlannedSoonAndOverdueAroundTheDateAndNothingWithoutOne) {
    EXPECT_EQ(reviewDue(roles(), storage::Assessment{}, "2026-12-03").state,
              ReviewDue::State::none);
    const storage::Assessment assessment = reviewedOn("2027-03-01");
    const ReviewDue far = reviewDue(roles(), assessment, "2026-12-03");
    EXPECT_EQ(far.state, ReviewDue::State::planned);
    EXPECT_EQ(far.daysLeft, 88);
    EXPECT_EQ(far.date, "2027-03-01");
    // 60 days before (across February): not yet near; 59: near; the day itself: still
    // near, not overdue.
    EXPECT_EQ(reviewDue(roles(), assessment, "2026-12-31").state, ReviewDue::State::planned);
    EXPECT_EQ(reviewDue(roles(), assessment, "2027-01-01").state, ReviewDue::State::soon);
    EXPECT_EQ(reviewDue(roles(), assessment, "2027-03-01").daysLeft, 0);
    EXPECT_EQ(reviewDue(roles(), assessment, "2027-03-01").state, ReviewDue::State::soon);
    const ReviewDue late = reviewDue(roles(), assessment, "2027-03-02");
    EXPECT_EQ(late.state, ReviewDue::State::overdue);
    EXPECT_EQ(late.daysLeft, -1);
}

TEST(ReviewDue, AnAnswerThatIsNotARealDateGivesNoState) {
    for (const char* bad : {"2027-02-30", "01-03-2027", "", "2027-3-1"}) {
        EXPECT_EQ(reviewDue(roles(), reviewedOn(bad), "2026-12-03").state, ReviewDue::State::none)
            << bad;
    }
    baseline::Roles none; // a baseline without the role
    EXPECT_EQ(reviewDue(none, reviewedOn("2027-03-01"), "2026-12-03").state,
              ReviewDue::State::none);
}

TEST(ReviewDue, AdoptingProposesTheIntervalTheOfficerGaveOrAYear) {
    storage::Assessment assessment;
    EXPECT_EQ(proposedReviewDate(roles(), assessment, "2026-12-03"), "2027-12-03");
    assessment.answers[roles().reviewIntervalQuestion] = 6;
    EXPECT_EQ(proposedReviewDate(roles(), assessment, "2026-08-31"), "2027-02-28");
    assessment.answers[roles().reviewIntervalQuestion] = 18;
    EXPECT_EQ(proposedReviewDate(roles(), assessment, "2027-02-28"), "2028-08-28");
    EXPECT_EQ(addMonths("2028-01-31", 1), "2028-02-29") << "a leap year";
    EXPECT_FALSE(addMonths("2028-13-01", 1).has_value());
    EXPECT_EQ(daysBetween("2026-12-31", "2027-01-01"), 1);
}

} // namespace
} // namespace dpia::scoring

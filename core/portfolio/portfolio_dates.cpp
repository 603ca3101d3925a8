#include "core/portfolio/portfolio.h"
#include "core/storage/file_ops.h"

#include <chrono>
#include <cstdio>

namespace dpia::portfolio {
namespace {

/// Days since the epoch of a "YYYY-MM-DD" date; nullopt when it is not one.
std::optional<long> dayNumber(const std::string& date) {
    int year = 0;
    unsigned month = 0;
    unsigned day = 0;
    char tail = 0;
    if (date.size() != 10 ||
        std::sscanf(date.c_str(), "%4d-%2u-%2u%c", &year, &month, &day, &tail) != 3) {
        return std::nullopt;
    }
    const std::chrono::year_month_day ymd{std::chrono::year(year), std::chrono::month(month),
                                          std::chrono::day(day)};
    if (!ymd.ok()) {
        return std::nullopt;
    }
    return std::chrono::sys_days(ymd).time_since_epoch().count();
}

} // namespace

std::string localToday() {
    return storage::files::localToday();
}

ReviewState reviewState(const std::string& reviewDate, const std::string& today) {
    const auto review = dayNumber(reviewDate);
    const auto now = dayNumber(today);
    if (!review || !now) {
        return ReviewState::none;
    }
    if (*review < *now) {
        return ReviewState::overdue;
    }
    return *review - *now < kDueSoonDays ? ReviewState::dueSoon : ReviewState::later;
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

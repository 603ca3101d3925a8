#include "core/scoring/review_due.h"

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cstdio>

namespace dpia::scoring {
namespace {

namespace chr = std::chrono;

std::optional<chr::year_month_day> parseDate(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') {
        return std::nullopt;
    }
    int y = 0;
    unsigned m = 0;
    unsigned d = 0;
    const char* begin = text.data();
    if (std::from_chars(begin, begin + 4, y).ptr != begin + 4 ||
        std::from_chars(begin + 5, begin + 7, m).ptr != begin + 7 ||
        std::from_chars(begin + 8, begin + 10, d).ptr != begin + 10) {
        return std::nullopt;
    }
    const chr::year_month_day date{chr::year{y}, chr::month{m}, chr::day{d}};
    return date.ok() ? std::optional(date) : std::nullopt;
}

std::string format(const chr::year_month_day& date) {
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(date.year()),
                  static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
    return text;
}

/// The review interval the officer gave, in months; a year when it is not answered.
int intervalMonths(const baseline::Roles& roles, const storage::Assessment& assessment) {
    const auto answer = roles.reviewIntervalQuestion.empty()
                            ? assessment.answers.end()
                            : assessment.answers.find(roles.reviewIntervalQuestion);
    if (answer != assessment.answers.end() && answer->second.is_number_integer()) {
        const auto months = answer->second.get<long long>();
        if (months >= 1 && months <= 120) {
            return static_cast<int>(months);
        }
    }
    return 12;
}

} // namespace

std::optional<int> daysBetween(std::string_view from, std::string_view to) {
    const auto a = parseDate(from);
    const auto b = parseDate(to);
    if (!a || !b) {
        return std::nullopt;
    }
    return static_cast<int>((chr::sys_days{*b} - chr::sys_days{*a}).count());
}

std::optional<std::string> addMonths(std::string_view date, int months) {
    const auto start = parseDate(date);
    if (!start) {
        return std::nullopt;
    }
    const chr::year_month_day moved =
        start->year() / start->month() / chr::day{1} + chr::months{months};
    const chr::day last =
        chr::year_month_day_last{moved.year(), chr::month_day_last{moved.month()}}.day();
    return format({moved.year(), moved.month(), std::min(start->day(), last)});
}

ReviewDue reviewDue(const baseline::Roles& roles, const storage::Assessment& assessment,
                    std::string_view today) {
    ReviewDue due;
    if (roles.reviewDateQuestion.empty()) {
        return due;
    }
    const auto answer = assessment.answers.find(roles.reviewDateQuestion);
    if (answer == assessment.answers.end() || !answer->second.is_string()) {
        return due;
    }
    return reviewDueBy(answer->second.get_ref<const std::string&>(), today);
}

ReviewDue reviewDueBy(std::string_view date, std::string_view today) {
    ReviewDue due;
    const auto days = daysBetween(today, date);
    if (!days) {
        return due;
    }
    due.date = std::string(date);
    due.daysLeft = *days;
    due.state = *days < 0                 ? ReviewDue::State::overdue
                : *days < kReviewSoonDays ? ReviewDue::State::soon
                                          : ReviewDue::State::planned;
    return due;
}

std::string proposedReviewDate(const baseline::Roles& roles, const storage::Assessment& assessment,
                               std::string_view today) {
    return addMonths(today, intervalMonths(roles, assessment)).value_or(std::string());
}

} // namespace dpia::scoring

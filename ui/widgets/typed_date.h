#pragma once

#include <array>
#include <string>

#include <QDate>
#include <QLocale>
#include <QString>

namespace dpia::ui {

/// The order of day, month and year in the locale's short date format ("dd-MM-y" in
/// Dutch, "dd/MM/yyyy" in British English, "M/d/yy" in American English), and its
/// separator. Date fields show dates in this order and read typed dates in it.
struct DateOrder {
    enum Part { day, month, year };
    std::array<Part, 3> parts{day, month, year};
    QChar separator = QLatin1Char('-');
};

DateOrder dateOrder(const QLocale& locale = QLocale());

/// `date` as a date field shows it: the locale's order, two-digit day and month, the year
/// in full ("15-03-2027").
QString dateText(const QDate& date, const QLocale& locale = QLocale());
/// A stored date ("YYYY-MM-DD") as a date field shows it; empty when it is not a date.
QString dateText(const std::string& iso, const QLocale& locale = QLocale());
/// Today as the document stores dates ("YYYY-MM-DD"), in local time.
std::string isoToday();

/// What a date field makes of the text typed into it. Accepted: day, month and year in the
/// locale's order separated by "-", "/", "." or spaces, with one or two digits for day and
/// month and four for the year ("1-3-2027", "01/03/2027"); the same as eight digits without
/// separators ("01032027"); and ISO 8601, year first ("2027-03-01"). Nothing else: no
/// two-digit years, no guessing, no nearest valid date.
struct TypedDate {
    enum class Problem {
        none,       ///< `date` holds the date typed
        empty,      ///< nothing typed: no date
        unreadable, ///< not in a form above
        shortYear,  ///< the year has fewer than four digits
        noSuchDate, ///< the form fits, the date does not exist (31-02-2027, 2027-13-01)
        outOfRange, ///< a real date outside the years a DPIA can mean
    };
    QDate date;
    Problem problem = Problem::empty;

    bool ok() const { return problem == Problem::none || problem == Problem::empty; }
};

/// The earliest and latest years a date field accepts.
inline constexpr int kFirstYear = 1900;
inline constexpr int kLastYear = 2199;

TypedDate readTypedDate(const QString& text, const QLocale& locale = QLocale());

/// The message a field shows under a date it cannot take: what is wrong and how to type it.
/// Empty when `typed` is fine.
QString dateProblemText(const TypedDate& typed, const QString& text,
                        const QLocale& locale = QLocale());

/// The short pattern of a date here, for an empty field: "dd-mm-yyyy" ("dd-mm-jjjj").
QString datePattern(const QLocale& locale = QLocale());

/// How to type a date here, e.g. "day-month-year, e.g. 15-03-2027".
QString dateFormatHint(const QLocale& locale = QLocale());

} // namespace dpia::ui

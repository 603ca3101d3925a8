#include "ui/widgets/typed_date.h"

#include "core/storage/file_ops.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace dpia::ui {

namespace {

class DateWords {
    Q_DECLARE_TR_FUNCTIONS(DateWords)
};

/// The date the hints show as an example: a day above 12, so its order is unmistakable.
const QDate kExample(2027, 3, 15);

TypedDate fromParts(int year, int month, int day, qsizetype yearDigits) {
    if (yearDigits < 4) {
        return {QDate(), TypedDate::Problem::shortYear};
    }
    const QDate date(year, month, day);
    if (!date.isValid()) {
        return {QDate(), TypedDate::Problem::noSuchDate};
    }
    if (year < kFirstYear || year > kLastYear) {
        return {QDate(), TypedDate::Problem::outOfRange};
    }
    return {date, TypedDate::Problem::none};
}

/// Day, month and year from three numbers in the locale's order.
TypedDate inOrder(const DateOrder& order, const QStringList& numbers) {
    int values[3] = {0, 0, 0};
    qsizetype yearDigits = 0;
    for (int i = 0; i < 3; ++i) {
        const qsizetype limit = order.parts[i] == DateOrder::year ? 4 : 2;
        if (numbers[i].size() > limit) {
            return {QDate(), TypedDate::Problem::unreadable};
        }
        values[order.parts[i]] = numbers[i].toInt();
        if (order.parts[i] == DateOrder::year) {
            yearDigits = numbers[i].size();
        }
    }
    return fromParts(values[DateOrder::year], values[DateOrder::month], values[DateOrder::day],
                     yearDigits);
}

/// The three words in the order of the locale's dates, joined by its separator.
QString joinInOrder(const DateOrder& order, const QString& day, const QString& month,
                    const QString& year) {
    QStringList words;
    for (const DateOrder::Part part : order.parts) {
        words << (part == DateOrder::day ? day : part == DateOrder::month ? month : year);
    }
    return words.join(order.separator);
}

} // namespace

DateOrder dateOrder(const QLocale& locale) {
    const QString format = locale.dateFormat(QLocale::ShortFormat);
    const qsizetype d = format.indexOf(QLatin1Char('d'));
    const qsizetype m = format.indexOf(QLatin1Char('M'));
    const qsizetype y = format.indexOf(QLatin1Char('y'));
    DateOrder order;
    if (d < 0 || m < 0 || y < 0) {
        return order; // an odd locale: day-month-year, as the Dutch write it
    }
    if (y < m && y < d) {
        order.parts = {DateOrder::year, DateOrder::month, DateOrder::day};
    } else if (m < d) {
        order.parts = {DateOrder::month, DateOrder::day, DateOrder::year};
    }
    // The separator is the first character between two fields.
    for (const QChar c : format) {
        if (!c.isLetter() && !c.isSpace()) {
            order.separator = c;
            break;
        }
    }
    return order;
}

QString dateText(const QDate& date, const QLocale& locale) {
    if (!date.isValid()) {
        return {};
    }
    const auto digits = [](int value, int width) {
        return QStringLiteral("%1").arg(value, width, 10, QLatin1Char('0'));
    };
    return joinInOrder(dateOrder(locale), digits(date.day(), 2), digits(date.month(), 2),
                       digits(date.year(), 4));
}

QString dateText(const std::string& iso, const QLocale& locale) {
    return dateText(QDate::fromString(QString::fromStdString(iso), Qt::ISODate), locale);
}

std::string isoToday() {
    return storage::files::localToday();
}

TypedDate readTypedDate(const QString& text, const QLocale& locale) {
    const QString typed = text.trimmed();
    if (typed.isEmpty()) {
        return {QDate(), TypedDate::Problem::empty};
    }
    static const QRegularExpression digitsOnly(QStringLiteral("^[0-9]+$"));
    static const QRegularExpression separated(
        QStringLiteral("^([0-9]+)\\s*[-/.\\s]\\s*([0-9]+)\\s*[-/.\\s]\\s*([0-9]+)$"));
    const DateOrder order = dateOrder(locale);
    if (digitsOnly.match(typed).hasMatch()) {
        if (typed.size() != 8) {
            return {QDate(), typed.size() == 6 ? TypedDate::Problem::shortYear
                                               : TypedDate::Problem::unreadable};
        }
        // Eight digits: the locale's order with two digits for day and month.
        QStringList numbers;
        qsizetype at = 0;
        for (const DateOrder::Part part : order.parts) {
            const qsizetype length = part == DateOrder::year ? 4 : 2;
            numbers << typed.mid(at, length);
            at += length;
        }
        return inOrder(order, numbers);
    }
    const QRegularExpressionMatch match = separated.match(typed);
    if (!match.hasMatch()) {
        return {QDate(), TypedDate::Problem::unreadable};
    }
    const QStringList numbers{match.captured(1), match.captured(2), match.captured(3)};
    if (numbers[0].size() == 4) {
        // Year first is ISO 8601 (year-month-day) in every locale.
        if (numbers[1].size() > 2 || numbers[2].size() > 2) {
            return {QDate(), TypedDate::Problem::unreadable};
        }
        return fromParts(numbers[0].toInt(), numbers[1].toInt(), numbers[2].toInt(), 4);
    }
    if (order.parts[0] == DateOrder::year) {
        // A year-first locale with a short year first: not a form this field reads.
        return {QDate(), TypedDate::Problem::shortYear};
    }
    return inOrder(order, numbers);
}

QString datePattern(const QLocale& locale) {
    //: Letters of the day, the month and the year in the pattern of an empty date field
    //: ("dd-mm-yyyy").
    return joinInOrder(dateOrder(locale), DateWords::tr("dd"), DateWords::tr("mm"),
                       DateWords::tr("yyyy"));
}

QString dateFormatHint(const QLocale& locale) {
    const DateOrder order = dateOrder(locale);
    //: Parts of the hint how to type a date ("day-month-year").
    const QString names =
        joinInOrder(order, DateWords::tr("day"), DateWords::tr("month"), DateWords::tr("year"));
    //: How to type a date; %1 is the order ("day-month-year"), %2 an example date.
    return DateWords::tr("%1, e.g. %2").arg(names, dateText(kExample, locale));
}

QString dateProblemText(const TypedDate& typed, const QString& text, const QLocale& locale) {
    const QString shown = text.trimmed();
    switch (typed.problem) {
    case TypedDate::Problem::none:
    case TypedDate::Problem::empty:
        return {};
    case TypedDate::Problem::unreadable:
        //: Under a date field; %1 is what was typed, %2 how to type a date.
        return DateWords::tr("Not saved: “%1” is not a date. Type %2, or pick one with "
                             "Alt+Down.")
            .arg(shown, dateFormatHint(locale));
    case TypedDate::Problem::shortYear:
        //: Under a date field; %1 is what was typed, %2 how to type a date.
        return DateWords::tr("Not saved: type the year of “%1” in full (four digits): %2.")
            .arg(shown, dateFormatHint(locale));
    case TypedDate::Problem::noSuchDate:
        //: Under a date field; %1 is what was typed, %2 how to type a date.
        return DateWords::tr("Not saved: there is no date “%1”; check the day and the month. "
                             "Type %2.")
            .arg(shown, dateFormatHint(locale));
    case TypedDate::Problem::outOfRange:
        //: Under a date field; %1 is what was typed, %2 and %3 the first and last year.
        return DateWords::tr("Not saved: “%1” lies outside the years %2 to %3.")
            .arg(shown)
            .arg(kFirstYear)
            .arg(kLastYear);
    }
    return {};
}

} // namespace dpia::ui

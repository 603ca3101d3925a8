// The change log in the appendix, in words: the file records ids and kinds only
// ("answer a2_data_items", "safeguard sg-dlp planned"); the report names what they are.
#include "ui/report/report_builder.h"
#include "ui/report/report_html.h"

#include <map>

#include <QDateTime>
#include <QLocale>

namespace dpia::report {

namespace {

/// The kinds of change the summary counts, in the order it lists them.
enum class ChangeKind { document, answer, safeguard, risk, measure, signoff, other };

ChangeKind kindOf(const QString& first) {
    if (first == QLatin1String("answer") || first == QLatin1String("note")) {
        return ChangeKind::answer;
    }
    if (first == QLatin1String("safeguard")) {
        return ChangeKind::safeguard;
    }
    if (first == QLatin1String("override") || first == QLatin1String("custom-risk")) {
        return ChangeKind::risk;
    }
    if (first == QLatin1String("measure")) {
        return ChangeKind::measure;
    }
    if (first == QLatin1String("signoff")) {
        return ChangeKind::signoff;
    }
    if (first.isEmpty() || first == QLatin1String("created") ||
        first == QLatin1String("revision") || first == QLatin1String("status") ||
        first == QLatin1String("metadata")) {
        return ChangeKind::document;
    }
    return ChangeKind::other;
}

} // namespace

QString ReportBuilder::timestamp(const std::string& isoUtc) const {
    QDateTime when = QDateTime::fromString(QString::fromStdString(isoUtc), Qt::ISODate);
    if (!when.isValid()) {
        return html::text(isoUtc);
    }
    const QLocale locale(in_.lang == Lang::en ? QLocale::English : QLocale::Dutch);
    return locale.toString(when.toLocalTime(), QStringLiteral("d MMMM yyyy, HH:mm"))
        .toHtmlEscaped();
}

QString ReportBuilder::changeDescription(const std::string& what) const {
    const QStringList words = QString::fromStdString(what).split(QLatin1Char(' '));
    const QString kind = words.value(0);
    const QString id = words.value(1);
    const QString rest = words.mid(2).join(QLatin1Char(' '));
    const bool cleared = rest == QLatin1String("cleared");
    const auto question = [&] {
        const baseline::Question* found = in_.baseline.question(id.toStdString());
        if (found == nullptr) {
            return id;
        }
        QString text = QString::fromStdString(found->text.in(in_.lang));
        return text.size() > 60 ? text.left(text.lastIndexOf(QLatin1Char(' '), 58)).trimmed() +
                                      QStringLiteral(" …")
                                : text;
    };
    if (what.empty() || what == "created") {
        return tr("Document created");
    }
    if (what == "created from sample") {
        return tr("Document created from the example");
    }
    if (kind == QLatin1String("revision")) {
        //: Change log: the document was made as a new revision; %1 its version number.
        return tr("Made as version %1, a new revision").arg(id);
    }
    if (what == "metadata") {
        return tr("Document details changed");
    }
    if (kind == QLatin1String("status")) {
        const QString status =
            id == QLatin1String("final")       ? statusName(storage::DocumentStatus::final)
            : id == QLatin1String("in-review") ? statusName(storage::DocumentStatus::inReview)
                                               : statusName(storage::DocumentStatus::draft);
        return tr("Status set to: %1").arg(status);
    }
    if (kind == QLatin1String("answer")) {
        return (cleared ? tr("Answer cleared: %1") : tr("Answer changed: %1")).arg(question());
    }
    if (kind == QLatin1String("note")) {
        return (cleared ? tr("Note cleared: %1") : tr("Note changed: %1")).arg(question());
    }
    if (kind == QLatin1String("safeguard")) {
        const baseline::Safeguard* safeguard = in_.baseline.safeguard(id.toStdString());
        const QString title =
            safeguard != nullptr ? QString::fromStdString(safeguard->title.in(in_.lang)) : id;
        const QString status = rest == QLatin1String("implemented")       ? tr("in place")
                               : rest == QLatin1String("planned")         ? tr("planned")
                               : rest == QLatin1String("not-implemented") ? tr("not in place")
                               : rest == QLatin1String("not-applicable")  ? tr("not applicable")
                                                                          : tr("not decided");
        //: Change log: %1 a safeguard, %2 its new status ("in place", "planned", ...).
        return tr("Safeguard %1: %2").arg(title, status);
    }
    if (kind == QLatin1String("override")) {
        const QString risk = plainRiskTitle(id.toStdString());
        return cleared ? tr("Own judgement removed: %1").arg(risk)
                       : tr("Own judgement recorded: %1").arg(risk);
    }
    if (kind == QLatin1String("custom-risk")) {
        const QString risk = plainRiskTitle(id.toStdString());
        return rest == QLatin1String("added")     ? tr("Own risk added: %1").arg(risk)
               : rest == QLatin1String("removed") ? tr("Own risk removed: %1").arg(risk)
                                                  : tr("Own risk changed: %1").arg(risk);
    }
    if (kind == QLatin1String("measure")) {
        QString title = id;
        for (const storage::Measure& measure : in_.assessment.measures) {
            if (measure.id == id.toStdString()) {
                title = QString::fromStdString(measure.title);
            }
        }
        return rest == QLatin1String("added")     ? tr("Measure added: %1").arg(title)
               : rest == QLatin1String("removed") ? tr("Measure removed: %1").arg(title)
                                                  : tr("Measure changed: %1").arg(title);
    }
    if (kind == QLatin1String("signoff")) {
        return rest == QLatin1String("added")     ? tr("Advice or decision added")
               : rest == QLatin1String("removed") ? tr("Advice or decision removed")
                                                  : tr("Advice or decision changed");
    }
    return QString::fromStdString(what);
}

QString ReportBuilder::changeSummary() const {
    std::map<ChangeKind, int> counts;
    for (const storage::ChangeLogEntry& entry : in_.assessment.changeLog) {
        ++counts[kindOf(QString::fromStdString(entry.what).section(QLatin1Char(' '), 0, 0))];
    }
    const std::pair<ChangeKind, QString> kinds[] = {
        {ChangeKind::document, tr("The document (made, details, status)")},
        {ChangeKind::answer, tr("Answers and notes")},
        {ChangeKind::safeguard, tr("Safeguards")},
        {ChangeKind::risk, tr("Own risks and judgements")},
        {ChangeKind::measure, tr("Action plan")},
        {ChangeKind::signoff, tr("Advice and decision")},
        {ChangeKind::other, tr("Other")},
    };
    QString out = html::tableStart({tr("Kind of change"), tr("Number")}, {70, 30});
    for (const auto& [kind, label] : kinds) {
        if (counts[kind] > 0) {
            out += html::row({label.toHtmlEscaped(), QString::number(counts[kind])});
        }
    }
    return out + html::tableEnd();
}

} // namespace dpia::report

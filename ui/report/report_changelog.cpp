// The change log in the appendix, in words: the file records kinds, ids and statuses only
// (storage::ChangeLogEntry: kind "safeguard", target "sg-dlp", value "planned"); the
// report names what they are.
#include "ui/report/report_builder.h"
#include "ui/report/report_html.h"
#include "ui/text/words.h"

#include <map>

#include <QDateTime>
#include <QLocale>

namespace dpia::report {

namespace {

using storage::ChangeAction;
using storage::ChangeKind;

/// The groups the summary counts, in the order it lists them.
enum class ChangeGroup { document, answer, safeguard, risk, measure, signoff, other };

ChangeGroup groupOf(ChangeKind kind) {
    switch (kind) {
    case ChangeKind::created:
    case ChangeKind::revision:
    case ChangeKind::baseline:
    case ChangeKind::schema:
    case ChangeKind::metadata:
    case ChangeKind::status:
        return ChangeGroup::document;
    case ChangeKind::answer:
    case ChangeKind::note:
        return ChangeGroup::answer;
    case ChangeKind::safeguard:
        return ChangeGroup::safeguard;
    case ChangeKind::riskOverride:
    case ChangeKind::customRisk:
        return ChangeGroup::risk;
    case ChangeKind::measure:
        return ChangeGroup::measure;
    case ChangeKind::signoff:
        return ChangeGroup::signoff;
    case ChangeKind::other:
        break;
    }
    return ChangeGroup::other;
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

QString ReportBuilder::changeDescription(const storage::ChangeLogEntry& entry) const {
    const QString first = firstChangeDescription(entry);
    if (entry.edits == 2) {
        //: Change log: %1 the first change of a list saved together with one other change.
        return tr("%1 (and 1 more change)").arg(first);
    }
    if (entry.edits > 2) {
        //: Change log: %1 the first change of a list saved together; %2 how many others.
        return tr("%1 (and %2 more changes)").arg(first).arg(entry.edits - 1);
    }
    return first;
}

QString ReportBuilder::firstChangeDescription(const storage::ChangeLogEntry& entry) const {
    const QString id = QString::fromStdString(entry.target);
    const QString value = QString::fromStdString(entry.value);
    const bool cleared = entry.action == ChangeAction::cleared;
    const auto question = [&] {
        const baseline::Question* found = in_.baseline.question(entry.target);
        if (found == nullptr) {
            return id;
        }
        QString text = QString::fromStdString(found->text.in(in_.lang));
        return text.size() > 60 ? text.left(text.lastIndexOf(QLatin1Char(' '), 58)).trimmed() +
                                      QStringLiteral(" …")
                                : text;
    };
    const auto item = [&](const QString& added, const QString& removed, const QString& changed) {
        return entry.action == ChangeAction::added     ? added
               : entry.action == ChangeAction::removed ? removed
                                                       : changed;
    };
    switch (entry.kind) {
    case ChangeKind::created:
        return value == QLatin1String("sample") ? tr("Document created from the example")
                                                : tr("Document created");
    case ChangeKind::revision:
        //: Change log: the document was made as a new revision; %1 its version number.
        return tr("Made as version %1, a new revision").arg(value);
    case ChangeKind::baseline:
        //: Change log: the document was carried over to a newer baseline; %1 and %2 versions.
        return tr("Carried over from baseline version %1 to %2").arg(id, value);
    case ChangeKind::schema:
        //: Change log: the file was converted to a newer file format; %1 its number.
        return tr("File converted to file format version %1").arg(value);
    case ChangeKind::metadata:
        return tr("Document details changed");
    case ChangeKind::status: {
        const auto status = storage::parseDocumentStatus(entry.value);
        return tr("Status set to: %1")
            .arg(statusName(status.value_or(storage::DocumentStatus::draft)));
    }
    case ChangeKind::answer:
        return (cleared ? tr("Answer cleared: %1") : tr("Answer changed: %1")).arg(question());
    case ChangeKind::note:
        return (cleared ? tr("Note cleared: %1") : tr("Note changed: %1")).arg(question());
    case ChangeKind::safeguard: {
        const baseline::Safeguard* safeguard = in_.baseline.safeguard(entry.target);
        const QString title =
            safeguard != nullptr ? QString::fromStdString(safeguard->title.in(in_.lang)) : id;
        const auto status = cleared ? std::nullopt : storage::parseSafeguardStatus(entry.value);
        //: Change log: %1 a safeguard, %2 its new status ("implemented", "planned", ...).
        return tr("Safeguard %1: %2").arg(title, words::inSentence(words::safeguardStatus(status)));
    }
    case ChangeKind::riskOverride: {
        const QString risk = plainRiskTitle(entry.target);
        return cleared ? tr("Own judgement removed: %1").arg(risk)
                       : tr("Own judgement recorded: %1").arg(risk);
    }
    case ChangeKind::customRisk: {
        const QString risk = plainRiskTitle(entry.target);
        return item(tr("Own risk added: %1").arg(risk), tr("Own risk removed: %1").arg(risk),
                    tr("Own risk changed: %1").arg(risk));
    }
    case ChangeKind::measure: {
        QString title = id;
        for (const storage::Measure& measure : in_.assessment.measures) {
            if (measure.id == entry.target) {
                title = QString::fromStdString(measure.title);
            }
        }
        return item(tr("Measure added: %1").arg(title), tr("Measure removed: %1").arg(title),
                    tr("Measure changed: %1").arg(title));
    }
    case ChangeKind::signoff:
        return item(tr("Advice or decision added"), tr("Advice or decision removed"),
                    tr("Advice or decision changed"));
    case ChangeKind::other:
        break;
    }
    // A sentence from an older file that matched no known form, kept as it was.
    if (value.isEmpty()) {
        return tr("Other change");
    }
    //: Change log: %1 the text an older version of the program recorded for a change.
    return tr("Other change: %1").arg(value);
}

QString ReportBuilder::changeSummary() const {
    std::map<ChangeGroup, int> counts;
    for (const storage::ChangeLogEntry& entry : in_.assessment.changeLog) {
        ++counts[groupOf(entry.kind)];
    }
    const std::pair<ChangeGroup, QString> groups[] = {
        {ChangeGroup::document, tr("The document (made, details, status)")},
        {ChangeGroup::answer, tr("Answers and notes")},
        {ChangeGroup::safeguard, tr("Safeguards")},
        {ChangeGroup::risk, tr("Own risks and judgements")},
        {ChangeGroup::measure, tr("Action plan")},
        {ChangeGroup::signoff, tr("Advice and decision")},
        {ChangeGroup::other, tr("Other")},
    };
    QString out = html::tableStart({tr("Kind of change"), tr("Number")}, {70, 30});
    for (const auto& [group, label] : groups) {
        if (counts[group] > 0) {
            out += html::row({label.toHtmlEscaped(), QString::number(counts[group])});
        }
    }
    return out + html::tableEnd();
}

} // namespace dpia::report

// The report of a revision: "Changes since version N", the difference from the final it
// came from (core/compare), one table per kind of change.
#include "ui/report/report_builder.h"
#include "ui/report/report_html.h"

#include <QFileInfo>

namespace dpia::report {

namespace {

/// One side of a changed text: the words it shares with the other side, and its own words
/// marked — the removed ones struck through in the old text, the added ones underlined in
/// the new. Each column then reads as the text it was or became.
QString side(const std::vector<compare::WordPiece>& words, compare::WordPiece::Op own,
             const QString& tag) {
    QString out;
    for (const compare::WordPiece& piece : words) {
        if (piece.op == compare::WordPiece::Op::same) {
            out += html::text(piece.text);
        } else if (piece.op == own) {
            out += QStringLiteral("<%1>%2</%1>").arg(tag, html::text(piece.text));
        }
    }
    return out;
}

} // namespace

QString ReportBuilder::changesSince() const {
    if (in_.changes == nullptr) {
        return {};
    }
    const compare::ChangesSinceFinal& since = *in_.changes;
    //: Report chapter of a revision; %1 the version of the final it came from.
    QString out = html::heading(1, tr("Changes since version %1").arg(since.version));
    //: Report: where the changes of a revision come from; %1 the final's file name.
    out += QStringLiteral("<p>%1</p>")
               .arg(tr("Compared with the adopted version in %1. Removed words are struck "
                       "through, added words underlined.")
                        .arg(QFileInfo(QString::fromStdString(since.path)).fileName())
                        .toHtmlEscaped());
    if (since.diff.empty()) {
        out += QStringLiteral("<p>%1</p>").arg(tr("Nothing has changed.").toHtmlEscaped());
        return out;
    }
    const Lang lang = in_.lang;
    std::size_t i = 0;
    while (i < since.diff.changes.size()) {
        const compare::Area area = since.diff.changes[i].area;
        out += html::heading(2, html::local(compare::areaTitle(area), lang));
        out += html::tableStart({tr("Subject"), tr("What"), tr("Before"), tr("After")},
                                {30, 14, 28, 28});
        for (; i < since.diff.changes.size() && since.diff.changes[i].area == area; ++i) {
            const compare::Change& change = since.diff.changes[i];
            QString what = html::local(change.fieldLabel, lang);
            const bool added = change.action == compare::Action::added;
            if (area == compare::Area::baselineItem) {
                //: Report, changes since version N: an item of one baseline only.
                what = (added ? tr("only in this version")
                              : tr("only in version %1").arg(since.version))
                           .toHtmlEscaped();
            } else if (what.isEmpty()) {
                //: Report, changes since version N: a whole measure or sign-off.
                what = (added ? tr("added") : tr("removed")).toHtmlEscaped();
            }
            QString before = html::local(change.beforeText, lang);
            QString after = html::local(change.afterText, lang);
            if (!change.words.empty()) {
                before = side(change.words, compare::WordPiece::Op::removed, QStringLiteral("s"));
                after = side(change.words, compare::WordPiece::Op::added, QStringLiteral("u"));
            }
            for (const LocalText& cause : change.causes) {
                after += QStringLiteral("<br/>• %1").arg(html::local(cause, lang));
            }
            out += html::row({html::local(change.title, lang), what, before, after});
        }
        out += html::tableEnd();
    }
    return out;
}

} // namespace dpia::report

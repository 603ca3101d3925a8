#include "ui/report/break_opportunities.h"

namespace dpia::report {
namespace {

constexpr char16_t kZeroWidthSpace = u'\u200b';

/// True when a break may not go before `c`: it belongs to the character before it (the
/// second half of a surrogate pair, a combining mark, a joiner, a variation selector).
bool continuesCharacter(QChar c) {
    return c.isLowSurrogate() || c.isMark() || c.unicode() == 0x200d ||
           (c.unicode() >= 0xfe00 && c.unicode() <= 0xfe0f);
}

/// Calls `visit(index, startsCharacter)` for each code unit of the text run `run`:
/// startsCharacter is true for the first unit of each character, an entity (&amp;)
/// counting as one character and never split.
template <typename Visit>
void walkRun(QStringView run, Visit visit) {
    bool inEntity = false;
    for (qsizetype i = 0; i < run.size(); ++i) {
        const QChar c = run[i];
        bool starts = false;
        if (inEntity) {
            inEntity = c != u';';
        } else {
            starts = !continuesCharacter(c);
            inEntity = c == u'&';
        }
        visit(i, starts);
    }
}

void appendRun(QStringView run, QString& out) {
    qsizetype characters = 0;
    walkRun(run, [&](qsizetype, bool starts) { characters += starts ? 1 : 0; });
    if (characters <= kLongRun) {
        out += run;
        return;
    }
    int sinceBreak = 0;
    walkRun(run, [&](qsizetype i, bool starts) {
        if (starts && sinceBreak == kBreakEvery) {
            out += kZeroWidthSpace;
            sinceBreak = 0;
        }
        sinceBreak += starts ? 1 : 0;
        out += run[i];
    });
}

/// True when `html` holds a text run longer than kLongRun (a quick look, without copying).
bool hasLongRun(QStringView html) {
    int run = 0;
    bool inTag = false;
    for (const QChar c : html) {
        inTag = inTag ? c != u'>' : c == u'<';
        run = inTag || c == u'>' || c.isSpace() ? 0 : run + 1;
        if (run > kLongRun) {
            return true;
        }
    }
    return false;
}

} // namespace

QString withBreakOpportunities(const QString& html) {
    if (!hasLongRun(html)) {
        return html; // shared, not copied: the normal case
    }
    // A run is text between white space and tags. Every tag ends one: user text reaches
    // the HTML escaped, so its runs hold no tags, and markup between two runs (</td><td>)
    // must not make them one.
    QString out;
    out.reserve(html.size());
    const QStringView all(html);
    qsizetype runStart = -1;
    bool inTag = false;
    for (qsizetype i = 0; i < all.size(); ++i) {
        const QChar c = all[i];
        const bool inText = !inTag && c != u'<' && !c.isSpace();
        if (inText) {
            if (runStart < 0) {
                runStart = i;
            }
            continue;
        }
        if (runStart >= 0) {
            appendRun(all.mid(runStart, i - runStart), out);
            runStart = -1;
        }
        inTag = inTag ? c != u'>' : c == u'<';
        out += c;
    }
    if (runStart >= 0) {
        appendRun(all.mid(runStart), out);
    }
    return out;
}

} // namespace dpia::report

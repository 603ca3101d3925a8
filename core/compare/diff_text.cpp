#include "core/compare/diff_text.h"

namespace dpia::compare {

namespace {

/// An answer of many lines shows as one line in a list of changes.
std::string oneLine(std::string text) {
    for (char& c : text) {
        if (c == '\n' || c == '\r' || c == '\t') {
            c = ' ';
        }
    }
    return text;
}

const LocalText& actionWord(Action action, Area area) {
    static const LocalText added{"toegevoegd", "added"};
    static const LocalText removed{"verwijderd", "removed"};
    static const LocalText changed{"gewijzigd", "changed"};
    static const LocalText onlySecond{"alleen in de tweede", "only in the second"};
    static const LocalText onlyFirst{"alleen in de eerste", "only in the first"};
    if (area == Area::baselineItem) {
        return action == Action::added ? onlySecond : onlyFirst;
    }
    return action == Action::added ? added : action == Action::removed ? removed : changed;
}

} // namespace

std::string markedWords(const std::vector<WordPiece>& words) {
    std::string out;
    for (const WordPiece& piece : words) {
        switch (piece.op) {
        case WordPiece::Op::same:
            out += piece.text;
            break;
        case WordPiece::Op::removed:
            out += "[-" + piece.text + "-]";
            break;
        case WordPiece::Op::added:
            out += "{+" + piece.text + "+}";
            break;
        }
    }
    return oneLine(out);
}

std::string changeLine(const Change& change, Lang lang) {
    std::string line = change.title.in(lang);
    if (change.area == Area::baselineItem) {
        return line + " (" + change.fieldLabel.in(lang) + ", " + change.id +
               "): " + actionWord(change.action, change.area).in(lang);
    }
    if (!change.id.empty() && change.title.in(lang) != change.id) {
        line += " (" + change.id + ")";
    }
    if (!change.fieldLabel.in(lang).empty()) {
        line += " — " + change.fieldLabel.in(lang);
    }
    line += ": ";
    if (change.fieldLabel.in(lang).empty() && change.action != Action::changed) {
        return line + actionWord(change.action, change.area).in(lang); // a whole item
    }
    if (!change.words.empty()) {
        return line + markedWords(change.words);
    }
    switch (change.action) {
    case Action::added:
        return line + actionWord(change.action, change.area).in(lang) + " " +
               oneLine(change.afterText.in(lang));
    case Action::removed:
        return line + actionWord(change.action, change.area).in(lang) + " (" +
               oneLine(change.beforeText.in(lang)) + ")";
    case Action::changed:
        break;
    }
    return line + oneLine(change.beforeText.in(lang)) + " → " + oneLine(change.afterText.in(lang));
}

std::string diffText(const DocumentDiff& diff, Lang lang) {
    if (diff.empty()) {
        return LocalText{"geen verschillen", "no differences"}.in(lang) + "\n";
    }
    std::string out;
    bool first = true;
    Area area = Area::baseline;
    for (const Change& change : diff.changes) {
        if (first || change.area != area) {
            if (!first) {
                out += "\n";
            }
            out += areaTitle(change.area).in(lang) + "\n";
            area = change.area;
            first = false;
        }
        out += "  " + changeLine(change, lang) + "\n";
        for (const LocalText& cause : change.causes) {
            out += "      " + oneLine(cause.in(lang)) + "\n";
        }
    }
    return out;
}

} // namespace dpia::compare

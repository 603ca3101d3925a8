#pragma once

#include "core/lang.h"

#include <QDialog>
#include <QString>

class QLabel;
class QLineEdit;
class QTextBrowser;
class QTreeWidget;
class QTreeWidgetItem;

namespace dpia::ui {

/// The user guide (docs/USER-GUIDE.md, built into the program as a Qt resource, so it works
/// offline wherever the program is installed), in the UI language: the contents from its
/// headings on the left, the text on the right, and a search field above that finds a word
/// in the text (Enter / F3: next, Shift+Enter / Shift+F3: previous) and says how often it
/// occurs.
class HelpWindow : public QDialog {
    Q_OBJECT

public:
    explicit HelpWindow(Lang lang, QWidget* parent = nullptr);

    /// Shows the section whose heading is `title` (e.g. "Risicoregister") at the top of the
    /// text; false, and the guide's start, when there is none.
    bool showSection(const QString& title);
    /// The title of the section at the top of the text now.
    QString currentSection() const;

    /// The part of the guide in `lang` as Markdown: the bilingual file holds a Dutch and
    /// an English half; images are left out (the text says what they show).
    static QString guideMarkdown(Lang lang);

    /// Finds the search field's text, forwards or backwards, wrapping round; false when
    /// the text does not hold it.
    bool find(bool backwards = false);

private:
    void fillContents();
    void scrollTo(int position);
    void updateCount();

    QTextBrowser* text_ = nullptr;
    QTreeWidget* contents_ = nullptr;
    QLineEdit* search_ = nullptr;
    QLabel* count_ = nullptr;
};

} // namespace dpia::ui

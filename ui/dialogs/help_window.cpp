#include "ui/dialogs/help_window.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dpia::ui {

namespace {

constexpr int kPositionRole = Qt::UserRole;

} // namespace

QString HelpWindow::guideMarkdown(Lang lang) {
    QFile file(QStringLiteral(":/help/USER-GUIDE.md"));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    const QString all = QString::fromUtf8(file.readAll());
    // The file is "## Nederlands" then "## English"; each half's sections are "###".
    const qsizetype dutch = all.indexOf(QStringLiteral("\n## Nederlands\n"));
    const qsizetype english = all.indexOf(QStringLiteral("\n## English\n"));
    if (dutch < 0 || english < dutch) {
        return all;
    }
    QString half = lang == Lang::en ? all.mid(english) : all.mid(dutch, english - dutch);
    half = half.section(QLatin1Char('\n'), 2); // the language heading itself
    // Screenshots stay out of the program: each line that holds one goes, and so does a
    // table left with only its header (the report's three pages side by side).
    QStringList lines;
    for (const QString& line : half.split(QLatin1Char('\n'))) {
        if (line.contains(QStringLiteral("](")) && line.contains(QStringLiteral("!["))) {
            const bool headerOnly = lines.size() >= 2 &&
                                    lines.back().startsWith(QStringLiteral("| ---")) &&
                                    lines[lines.size() - 2].startsWith(QLatin1Char('|'));
            if (headerOnly) {
                lines.removeLast();
                lines.removeLast();
            }
            continue;
        }
        lines << line;
    }
    half = lines.join(QLatin1Char('\n'));
    static const QRegularExpression sectionHeading(QStringLiteral("^###(#*) "),
                                                   QRegularExpression::MultilineOption);
    half.replace(sectionHeading, QStringLiteral("##\\1 "));
    const QString title = lang == Lang::en ? QStringLiteral("# User guide\n\n")
                                           : QStringLiteral("# Gebruikershandleiding\n\n");
    return title + half;
}

HelpWindow::HelpWindow(Lang lang, QWidget* parent) : QDialog(parent) {
    setObjectName(QStringLiteral("helpWindow"));
    //: Title of the window with the user guide (Help → User guide, F1).
    setWindowTitle(tr("User guide — DPIA Assistent"));
    setModal(false);

    search_ = new QLineEdit(this);
    search_->setObjectName(QStringLiteral("helpSearch"));
    search_->setClearButtonEnabled(true);
    //: Placeholder of the search field of the user guide.
    search_->setPlaceholderText(tr("Search the guide"));
    search_->setAccessibleName(tr("Search the guide"));
    //: Label before the search field of the user guide; & marks the Alt key letter.
    auto* searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(search_);
    //: Button of the user guide's search: the previous place the word occurs.
    auto* previous = new QPushButton(tr("&Previous"), this);
    previous->setObjectName(QStringLiteral("helpPrevious"));
    //: Button of the user guide's search: the next place the word occurs.
    auto* next = new QPushButton(tr("&Next"), this);
    next->setObjectName(QStringLiteral("helpNext"));
    next->setAutoDefault(false);
    previous->setAutoDefault(false);
    count_ = new QLabel(this);
    count_->setObjectName(QStringLiteral("helpCount"));

    contents_ = new QTreeWidget(this);
    contents_->setObjectName(QStringLiteral("helpContents"));
    contents_->setHeaderHidden(true);
    //: Accessible name of the list of chapters in the user guide.
    contents_->setAccessibleName(tr("Contents"));

    text_ = new QTextBrowser(this);
    text_->setObjectName(QStringLiteral("helpText"));
    text_->setOpenLinks(false); // links inside the guide are handled below, none go out
    text_->setAccessibleName(tr("User guide"));
    text_->document()->setMarkdown(guideMarkdown(lang));
    fillContents();

    auto* splitter = new QSplitter(this);
    splitter->addWidget(contents_);
    splitter->addWidget(text_);
    splitter->setStretchFactor(1, 3);

    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(search_, 1);
    searchRow->addWidget(previous);
    searchRow->addWidget(next);
    searchRow->addWidget(count_);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(searchRow);
    layout->addWidget(splitter, 1);
    resize(900, 640);

    connect(search_, &QLineEdit::textChanged, this, [this] {
        updateCount();
        find();
    });
    connect(search_, &QLineEdit::returnPressed, this, [this] { find(); });
    connect(next, &QPushButton::clicked, this, [this] { find(); });
    connect(previous, &QPushButton::clicked, this, [this] { find(true); });
    auto* findNext = new QAction(this);
    findNext->setShortcut(QKeySequence::FindNext);
    connect(findNext, &QAction::triggered, this, [this] { find(); });
    auto* findPrevious = new QAction(this);
    findPrevious->setShortcuts(
        {QKeySequence(QKeySequence::FindPrevious), QKeySequence(Qt::SHIFT | Qt::Key_Return)});
    connect(findPrevious, &QAction::triggered, this, [this] { find(true); });
    auto* focusSearch = new QAction(this);
    focusSearch->setShortcut(QKeySequence::Find);
    connect(focusSearch, &QAction::triggered, this, [this] {
        search_->setFocus();
        search_->selectAll();
    });
    addActions({findNext, findPrevious, focusSearch});
    connect(contents_, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (item != nullptr) {
            scrollTo(item->data(0, kPositionRole).toInt());
        }
    });
    setTabOrder(search_, previous);
    setTabOrder(previous, next);
    setTabOrder(next, contents_);
    setTabOrder(contents_, text_);
}

void HelpWindow::fillContents() {
    contents_->clear();
    QTreeWidgetItem* chapter = nullptr;
    for (QTextBlock block = text_->document()->begin(); block.isValid(); block = block.next()) {
        const int level = block.blockFormat().headingLevel();
        if (level < 2) {
            continue; // the title (1) and the text
        }
        auto* item = level == 2 || chapter == nullptr ? new QTreeWidgetItem(contents_)
                                                      : new QTreeWidgetItem(chapter);
        item->setText(0, block.text());
        item->setData(0, kPositionRole, block.position());
        if (level == 2) {
            chapter = item;
        }
    }
}

void HelpWindow::scrollTo(int position) {
    QTextCursor cursor(text_->document());
    cursor.setPosition(position);
    text_->setTextCursor(cursor);
    // The heading at the top of the view, not wherever ensureCursorVisible leaves it.
    const QTextBlock block = text_->document()->findBlock(position);
    const qreal top = text_->document()->documentLayout()->blockBoundingRect(block).top();
    text_->verticalScrollBar()->setValue(static_cast<int>(top));
}

bool HelpWindow::showSection(const QString& title) {
    for (QTreeWidgetItemIterator it(contents_); *it != nullptr; ++it) {
        if ((*it)->text(0).compare(title, Qt::CaseInsensitive) == 0) {
            contents_->setCurrentItem(*it);
            scrollTo((*it)->data(0, kPositionRole).toInt());
            return true;
        }
    }
    scrollTo(0);
    return false;
}

QString HelpWindow::currentSection() const {
    // A little below the top edge: inside the first line in view, not in the margin above.
    const int top = text_->cursorForPosition(QPoint(text_->viewport()->width() / 2, 8)).position();
    QString title;
    for (QTextBlock block = text_->document()->begin(); block.isValid(); block = block.next()) {
        if (block.position() > top) {
            break;
        }
        if (block.blockFormat().headingLevel() >= 2) {
            title = block.text();
        }
    }
    return title;
}

bool HelpWindow::find(bool backwards) {
    const QString word = search_->text();
    if (word.isEmpty()) {
        return false;
    }
    const QTextDocument::FindFlags flags =
        backwards ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    if (text_->find(word, flags)) {
        return true;
    }
    // Round again from the other end.
    QTextCursor cursor(text_->document());
    cursor.movePosition(backwards ? QTextCursor::End : QTextCursor::Start);
    text_->setTextCursor(cursor);
    return text_->find(word, flags);
}

void HelpWindow::updateCount() {
    const QString word = search_->text();
    if (word.isEmpty()) {
        count_->clear();
        return;
    }
    int found = 0;
    for (QTextCursor at = text_->document()->find(word); !at.isNull();
         at = text_->document()->find(word, at)) {
        ++found;
    }
    //: The user guide's search: how often the word occurs; %1 the number.
    count_->setText(found == 0 ? tr("Not found") : tr("Found: %1").arg(found));
}

} // namespace dpia::ui

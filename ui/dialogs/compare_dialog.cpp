#include "ui/dialogs/compare_dialog.h"

#include "core/compare/diff_text.h"
#include "ui/text/local_text.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dpia::ui {

namespace {

constexpr int kChangeIndex = Qt::UserRole + 1;

/// A changed text in HTML: removed words struck through, added words underlined, so the
/// difference does not depend on colour alone.
QString wordsHtml(const std::vector<compare::WordPiece>& words) {
    QString html;
    for (const compare::WordPiece& piece : words) {
        const QString text = qs(piece.text).toHtmlEscaped();
        switch (piece.op) {
        case compare::WordPiece::Op::same:
            html += text;
            break;
        case compare::WordPiece::Op::removed:
            // A removed last word has no space after it; the added words need one.
            html += QStringLiteral("<del style=\"color:#b00020\">%1</del>").arg(text) +
                    (piece.text.ends_with(' ') ? QString() : QStringLiteral(" "));
            break;
        case compare::WordPiece::Op::added:
            html += QStringLiteral("<ins style=\"color:#1b5e20\">%1</ins>").arg(text);
            break;
        }
    }
    return html;
}

} // namespace

CompareDialog::CompareDialog(compare::DocumentDiff diff, const QString& before,
                             const QString& after, QWidget* parent)
    : QDialog(parent), diff_(std::move(diff)) {
    //: Title of the window that lists what changed between two documents.
    setWindowTitle(tr("What changed"));
    auto* layout = new QVBoxLayout(this);
    //: Heading of the compare window; %1 the file compared with, %2 the open document.
    auto* heading = new QLabel(
        tr("From <b>%1</b> to <b>%2</b>").arg(before.toHtmlEscaped(), after.toHtmlEscaped()), this);
    heading->setTextFormat(Qt::RichText);
    layout->addWidget(heading);

    tree_ = new QTreeWidget(this);
    tree_->setHeaderHidden(true);
    tree_->setRootIsDecorated(true);
    tree_->setUniformRowHeights(true);
    //: Accessible name of the list of changes in the compare window.
    tree_->setAccessibleName(tr("Changes"));
    heading->setBuddy(tree_);
    const Lang lang = uiLang();
    QTreeWidgetItem* group = nullptr;
    compare::Area area = compare::Area::baseline;
    for (std::size_t i = 0; i < diff_.changes.size(); ++i) {
        const compare::Change& change = diff_.changes[i];
        if (group == nullptr || change.area != area) {
            group = new QTreeWidgetItem(tree_);
            area = change.area;
            group->setData(0, kChangeIndex, -1);
        }
        auto* item = new QTreeWidgetItem(group);
        item->setText(0, qs(compare::changeLine(change, lang)));
        item->setData(0, kChangeIndex, static_cast<int>(i));
        //: A heading of the compare window: a kind of change and how many there are.
        group->setText(0,
                       tr("%1 (%2)").arg(local(compare::areaTitle(area))).arg(group->childCount()));
    }
    if (diff_.empty()) {
        //: The compare window when the two documents are the same.
        auto* none = new QTreeWidgetItem(tree_, {tr("No differences")});
        none->setData(0, kChangeIndex, -1);
    }
    tree_->expandAll();

    details_ = new QTextBrowser(this);
    //: Accessible name of the pane that shows one change in full.
    details_->setAccessibleName(tr("Details of the change"));
    details_->setOpenLinks(false);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(tree_);
    splitter->addWidget(details_);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(tree_, &QTreeWidget::currentItemChanged, this, &CompareDialog::showDetails);
    if (tree_->topLevelItemCount() > 0) {
        QTreeWidgetItem* first = tree_->topLevelItem(0);
        tree_->setCurrentItem(first->childCount() > 0 ? first->child(0) : first);
    }
    tree_->setFocus();
    resize(760, 560);
}

void CompareDialog::showDetails() {
    const QTreeWidgetItem* item = tree_->currentItem();
    const int index = item == nullptr ? -1 : item->data(0, kChangeIndex).toInt();
    if (index < 0 || index >= static_cast<int>(diff_.changes.size())) {
        details_->clear();
        return;
    }
    const compare::Change& change = diff_.changes[static_cast<std::size_t>(index)];
    QString html = QStringLiteral("<h3>%1</h3>").arg(local(change.title).toHtmlEscaped());
    if (!local(change.fieldLabel).isEmpty()) {
        html += QStringLiteral("<p><i>%1</i></p>").arg(local(change.fieldLabel).toHtmlEscaped());
    }
    if (!change.words.empty()) {
        html += QStringLiteral("<p>%1</p>").arg(wordsHtml(change.words));
    } else {
        if (change.action != compare::Action::added) {
            //: Compare window: the value in the first document.
            html += QStringLiteral("<p><b>%1</b> %2</p>")
                        .arg(tr("Before:"), local(change.beforeText).toHtmlEscaped());
        }
        if (change.action != compare::Action::removed) {
            //: Compare window: the value in the second document.
            html += QStringLiteral("<p><b>%1</b> %2</p>")
                        .arg(tr("After:"), local(change.afterText).toHtmlEscaped());
        }
    }
    if (!change.causes.empty()) {
        //: Compare window: the steps of a risk's explanation that moved its level.
        html += QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("Because:"));
        for (const LocalText& cause : change.causes) {
            html += QStringLiteral("<li>%1</li>").arg(local(cause).toHtmlEscaped());
        }
        html += QStringLiteral("</ul>");
    }
    details_->setHtml(html);
}

} // namespace dpia::ui

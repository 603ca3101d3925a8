#include "ui/window/preview_keys.h"

#include <QAction>
#include <QKeySequence>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QShortcut>
#include <QToolBar>
#include <QToolButton>

namespace dpia::ui {

namespace {

void addKey(QPrintPreviewDialog& preview, const QKeySequence& key, auto&& act) {
    auto* shortcut = new QShortcut(key, &preview);
    QObject::connect(shortcut, &QShortcut::activated, &preview, act);
}

} // namespace

void makePreviewKeyboardFriendly(QPrintPreviewDialog& preview) {
    for (QToolBar* bar : preview.findChildren<QToolBar*>()) {
        for (QToolButton* button : bar->findChildren<QToolButton*>()) {
            button->setFocusPolicy(Qt::TabFocus);
            if (QAction* action = button->defaultAction();
                action != nullptr && button->accessibleName().isEmpty()) {
                // Icon-only buttons: the action's words are their name.
                button->setAccessibleName(action->iconText());
                if (button->toolTip().isEmpty()) {
                    button->setToolTip(action->iconText());
                }
            }
        }
    }
    QPrintPreviewWidget* pages = preview.findChild<QPrintPreviewWidget*>();
    if (pages == nullptr) {
        return;
    }
    addKey(preview, QKeySequence(Qt::Key_PageDown),
           [pages] { pages->setCurrentPage(pages->currentPage() + 1); });
    addKey(preview, QKeySequence(Qt::Key_PageUp),
           [pages] { pages->setCurrentPage(pages->currentPage() - 1); });
    addKey(preview, QKeySequence(Qt::CTRL | Qt::Key_Home), [pages] { pages->setCurrentPage(1); });
    addKey(preview, QKeySequence(Qt::CTRL | Qt::Key_End),
           [pages] { pages->setCurrentPage(pages->pageCount()); });
    addKey(preview, QKeySequence::ZoomIn, [pages] { pages->zoomIn(); });
    addKey(preview, QKeySequence::ZoomOut, [pages] { pages->zoomOut(); });
}

} // namespace dpia::ui

#pragma once

#include "core/compare/document_diff.h"

#include <QDialog>

class QTreeWidget;
class QTextBrowser;

namespace dpia::ui {

/// What changed between two documents (File → "Compare with…", issue 18): the changes
/// grouped by kind in a tree, and the selected change in full below it — the old and the
/// new value, a changed text word by word, and for a risk what moved it. Read only;
/// keyboard: the arrow keys walk the tree, Tab reaches the details, Esc closes.
class CompareDialog : public QDialog {
    Q_OBJECT

public:
    /// `before` and `after` name the two documents in the heading.
    CompareDialog(compare::DocumentDiff diff, const QString& before, const QString& after,
                  QWidget* parent = nullptr);

    QTreeWidget* tree() const { return tree_; }
    QTextBrowser* details() const { return details_; }

private:
    void showDetails();

    compare::DocumentDiff diff_;
    QTreeWidget* tree_ = nullptr;
    QTextBrowser* details_ = nullptr;
};

} // namespace dpia::ui

#include "ui/forms/table_editor.h"

#include "ui/forms/table_answer_model.h"
#include "ui/forms/table_cell_delegate.h"
#include "ui/text/local_text.h"
#include "ui/widgets/row_heights.h"

#include <algorithm>

#include <QAction>
#include <QGridLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace dpia::ui {

TableEditor::TableEditor(const baseline::Question& question, DocumentCommands& commands,
                         QWidget* parent)
    : QuestionEditor(question, commands, parent), model_(new TableAnswerModel(question, this)),
      view_(new QTableView(this)) {
    view_->setModel(model_);
    view_->setItemDelegate(new TableCellDelegate(view_));
    view_->setTabKeyNavigation(false); // Tab leaves the table; arrows move between cells
    view_->setSelectionBehavior(QAbstractItemView::SelectItems);
    view_->setSelectionMode(QAbstractItemView::SingleSelection);
    view_->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                           QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    view_->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    view_->horizontalHeader()->setDefaultAlignment(Qt::Alignment::fromInt(
        Qt::AlignLeft | Qt::AlignVCenter | static_cast<int>(Qt::TextWordWrap)));
    view_->horizontalHeader()->setMinimumSectionSize(80);
    // Room for column titles of two lines (they wrap).
    view_->horizontalHeader()->setMinimumHeight(2 * view_->fontMetrics().lineSpacing() + 12);
    fitRowsToContents(view_);
    nameForAccessibility(view_);

    auto* addButton = new QPushButton(this);
    auto* removeButton = new QPushButton(this);
    auto* upButton = new QPushButton(this);
    auto* downButton = new QPushButton(this);
    //: Table buttons: add, remove and reorder rows of a table question.
    add_ = makeAction(tr("Add row"), QKeySequence(Qt::ALT | Qt::Key_Insert), addButton);
    remove_ = makeAction(tr("Remove row"), QKeySequence(Qt::ALT | Qt::Key_Delete), removeButton);
    up_ = makeAction(tr("Move up"), QKeySequence(Qt::ALT | Qt::Key_Up), upButton);
    down_ = makeAction(tr("Move down"), QKeySequence(Qt::ALT | Qt::Key_Down), downButton);
    buttons_ = {addButton, removeButton, upButton, downButton};
    // The buttons take one row, or two when the page is narrow (see resizeEvent).
    buttonBar_ = new QWidget(this);
    buttonBar_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto* grid = new QGridLayout(buttonBar_);
    grid->setContentsMargins(0, 0, 0, 0);
    placeButtons(static_cast<int>(buttons_.size()));

    connect(add_, &QAction::triggered, this, &TableEditor::addRow);
    connect(remove_, &QAction::triggered, this, &TableEditor::removeRow);
    connect(up_, &QAction::triggered, this, [this] { moveRow(-1); });
    connect(down_, &QAction::triggered, this, [this] { moveRow(1); });
    connect(model_, &TableAnswerModel::edited, this, &TableEditor::save);
    connect(model_, &QAbstractItemModel::modelReset, this, &TableEditor::fitHeight);
    connect(model_, &QAbstractItemModel::rowsInserted, this, &TableEditor::fitHeight);
    connect(model_, &QAbstractItemModel::rowsRemoved, this, &TableEditor::fitHeight);
    connect(view_->verticalHeader(), &QHeaderView::sectionResized, this, &TableEditor::fitHeight);
    connect(view_->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &TableEditor::updateActions);
    connect(model_, &QAbstractItemModel::modelReset, this, &TableEditor::updateActions);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view_);
    layout->addWidget(buttonBar_);
    fitHeight();
    updateActions();
}

QAction* TableEditor::makeAction(const QString& text, const QKeySequence& shortcut,
                                 QPushButton* button) {
    auto* action = new QAction(text, this);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(action);
    button->setText(text);
    //: Tooltip of a table button: its text and keyboard shortcut, e.g. "Add row (Alt+Ins)".
    const QString withKey = tr("%1 (%2)").arg(text, shortcut.toString(QKeySequence::NativeText));
    button->setToolTip(withKey);
    button->setAccessibleName(text);
    button->setAccessibleDescription(withKey + QStringLiteral(" — ") + describe());
    button->setFocusPolicy(Qt::StrongFocus);
    connect(button, &QPushButton::clicked, action, &QAction::trigger);
    connect(action, &QAction::enabledChanged, button, &QPushButton::setEnabled);
    return action;
}

void TableEditor::placeButtons(int columns) {
    auto* grid = static_cast<QGridLayout*>(buttonBar_->layout());
    for (int i = 0; i < static_cast<int>(buttons_.size()); ++i) {
        grid->removeWidget(buttons_[static_cast<std::size_t>(i)]);
        grid->addWidget(buttons_[static_cast<std::size_t>(i)], i / columns, i % columns);
    }
    grid->setColumnStretch(columns, 1);
    columns_ = columns;
}

void TableEditor::resizeEvent(QResizeEvent* event) {
    QuestionEditor::resizeEvent(event);
    int oneRow = 0;
    for (QPushButton* button : buttons_) {
        oneRow += button->sizeHint().width() + 6;
    }
    const int columns = width() >= oneRow ? static_cast<int>(buttons_.size()) : 2;
    if (columns != columns_) {
        placeButtons(columns);
    }
}

void TableEditor::addRow() {
    const int row =
        view_->currentIndex().isValid() ? view_->currentIndex().row() + 1 : model_->rowCount();
    if (model_->insertRows(row, 1)) {
        const QModelIndex first = model_->index(row, 0);
        view_->setFocus(Qt::ShortcutFocusReason);
        view_->setCurrentIndex(first);
        view_->edit(first);
    }
}

void TableEditor::removeRow() {
    const QModelIndex current = view_->currentIndex();
    if (!current.isValid()) {
        return;
    }
    const int column = current.column();
    const int row = current.row();
    if (model_->removeRows(row, 1) && model_->rowCount() > 0) {
        view_->setCurrentIndex(model_->index(std::min(row, model_->rowCount() - 1), column));
    }
    if (model_->rowCount() == 0) {
        view_->setFocus(Qt::ShortcutFocusReason);
    }
}

void TableEditor::moveRow(int delta) {
    const QModelIndex current = view_->currentIndex();
    if (!current.isValid()) {
        return;
    }
    const int row = current.row();
    const int target = row + delta;
    if (target < 0 || target >= model_->rowCount()) {
        return;
    }
    // moveRows takes the destination before which the rows land.
    if (model_->moveRows({}, row, 1, {}, delta > 0 ? target + 1 : target)) {
        view_->setCurrentIndex(model_->index(target, current.column()));
    }
}

void TableEditor::save() {
    if (!commit(model_->rows())) {
        const nlohmann::json* held = stored();
        model_->setRows(held != nullptr ? *held : nlohmann::json(nullptr));
    }
    updateActions();
}

void TableEditor::updateActions() {
    const QModelIndex current = view_->currentIndex();
    const bool has = current.isValid() && current.row() < model_->rowCount();
    add_->setEnabled(!readOnly_);
    remove_->setEnabled(!readOnly_ && has);
    up_->setEnabled(!readOnly_ && has && current.row() > 0);
    down_->setEnabled(!readOnly_ && has && current.row() + 1 < model_->rowCount());
}

void TableEditor::fitHeight() {
    // Tall enough for its rows (up to about 30 lines of text), so the page rather than the
    // table scrolls; at least room for three rows.
    int rows = 0;
    for (int row = 0; row < model_->rowCount(); ++row) {
        rows += view_->verticalHeader()->sectionSize(row);
    }
    const int lineHeight = view_->fontMetrics().lineSpacing();
    rows = std::clamp(rows + view_->verticalHeader()->defaultSectionSize(),
                      3 * view_->verticalHeader()->defaultSectionSize(), 30 * lineHeight);
    const int height =
        view_->horizontalHeader()->sizeHint().height() + rows + 2 * view_->frameWidth();
    if (view_->minimumHeight() != height) {
        view_->setMinimumHeight(height);
    }
}

void TableEditor::showValue(const nlohmann::json* value) {
    model_->setRows(value != nullptr ? *value : nlohmann::json(nullptr));
    updateActions();
}

void TableEditor::commitPending() {
    if (QWidget* open = view_->indexWidget(view_->currentIndex())) {
        // What the view does when the user presses Enter in the cell.
        emit view_->itemDelegate()->commitData(open);
    }
}

void TableEditor::setReadOnly(bool readOnly) {
    readOnly_ = readOnly;
    model_->setReadOnly(readOnly);
    updateActions();
}

QWidget* TableEditor::focusTarget() const {
    return view_;
}

} // namespace dpia::ui

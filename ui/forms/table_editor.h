#pragma once

#include "ui/forms/question_editor.h"

#include <array>

class QAction;
class QPushButton;
class QTableView;

namespace dpia::ui {

class TableAnswerModel;

/// A repeatable group: a table of rows with add / remove / move up / move down, each with
/// a keyboard shortcut (Alt+Insert, Alt+Delete, Alt+Up, Alt+Down). Tab leaves the table;
/// arrow keys move between cells, F2 or typing edits a cell.
class TableEditor : public QuestionEditor {
    Q_OBJECT
public:
    TableEditor(const baseline::Question& question, DocumentCommands& commands,
                QWidget* parent = nullptr);

    void showValue(const nlohmann::json* value) override;
    /// Saves the cell being edited, if any (the window is closing or the page changes).
    void commitPending() override;
    void setReadOnly(bool readOnly) override;
    QWidget* focusTarget() const override;

    QTableView* view() const { return view_; }
    TableAnswerModel* model() const { return model_; }
    QAction* addRowAction() const { return add_; }
    QAction* removeRowAction() const { return remove_; }
    QAction* moveUpAction() const { return up_; }
    QAction* moveDownAction() const { return down_; }

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void placeButtons(int columns);
    QAction* makeAction(const QString& text, const QKeySequence& shortcut, QPushButton* button);
    void addRow();
    void removeRow();
    void moveRow(int delta);
    void save();
    void updateActions();
    void fitHeight();

    TableAnswerModel* model_;
    QTableView* view_;
    QAction* add_ = nullptr;
    QAction* remove_ = nullptr;
    QAction* up_ = nullptr;
    QAction* down_ = nullptr;
    QWidget* buttonBar_ = nullptr;
    std::array<QPushButton*, 4> buttons_{};
    int columns_ = 0;
    bool readOnly_ = false;
};

} // namespace dpia::ui

#pragma once

#include <QMainWindow>

class QAction;
class QUndoStack;

namespace dpia::ui {

/// The document window. It grows with the questionnaire and risk issues; for now it
/// carries the menus every later page hangs from.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);

    QAction* quitAction() const { return quitAction_; }
    QAction* aboutAction() const { return aboutAction_; }
    QUndoStack* undoStack() const { return undoStack_; }

private:
    void createMenus();
    void showAbout();

    QUndoStack* undoStack_;
    QAction* quitAction_ = nullptr;
    QAction* aboutAction_ = nullptr;
};

} // namespace dpia::ui

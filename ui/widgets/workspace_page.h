#pragma once

#include <QString>
#include <QWidget>

namespace dpia::ui {

/// A page of the document window after the questionnaire (risk register, safeguards,
/// coverage, action plan, sign-off). The window knows its pages only through this class:
/// it saves their pending typing and hears their requests through typed signals.
class WorkspacePage : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;

    /// Saves typed text that still waits for its pause (the window is closing, another
    /// page is shown). Pages without typed fields have nothing to save.
    virtual void commitPending() {}

signals:
    /// The page asks the window to show this question of the questionnaire.
    void showQuestionRequested(const QString& questionId);
    /// The page asks for a new revision of a final document.
    void newRevisionRequested();
};

} // namespace dpia::ui

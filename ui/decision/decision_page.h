#pragma once

#include "ui/widgets/workspace_page.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace dpia::ui {

class DocumentCommands;
class DocumentSession;
class SignoffEditor;

/// Sign-off and status: what is still missing before adoption (with a button to the
/// question that fills it in), whether the AP must be consulted first (art. 36), the
/// sign-offs with names and dates, and the status: draft, in review, final. A final DPIA
/// is read-only; changing it takes a new revision.
class DecisionPage : public WorkspacePage {
    Q_OBJECT
public:
    DecisionPage(DocumentSession& session, DocumentCommands& commands, QWidget* parent = nullptr);

    QLabel* statusLabel() const { return status_; }
    QLabel* priorConsultation() const { return prior_; }
    QPushButton* reviewButton() const { return review_; }
    QPushButton* draftButton() const { return draft_; }
    QPushButton* finalButton() const { return final_; }
    QPushButton* revisionButton() const { return revision_; }
    SignoffEditor* signoffs() const { return signoffs_; }
    /// The checklist rows, as shown (for tests and screen readers).
    QStringList readinessTexts() const;

public slots:
    void commitPending() override;

private:
    void refresh();
    void finalise();

    DocumentSession& session_;
    DocumentCommands& commands_;
    QLabel* status_;
    QPushButton* review_;
    QPushButton* draft_;
    QPushButton* final_;
    QPushButton* revision_;
    QVBoxLayout* checklist_;
    QLabel* prior_;
    SignoffEditor* signoffs_;
};

} // namespace dpia::ui

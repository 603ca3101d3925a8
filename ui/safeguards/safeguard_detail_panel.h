#pragma once

#include "ui/widgets/typing_saver.h"

#include <string>

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QTextBrowser;

namespace dpia::ui {

class DocumentCommands;
class DocumentSession;

/// One safeguard beside the checklist: its status and evidence to edit (through the
/// command facade; typed evidence is one undo step per field visit), its description,
/// what counts as evidence, the requirements it meets (links open them) and the risks it
/// lowers.
class SafeguardDetailPanel : public QWidget {
    Q_OBJECT
public:
    SafeguardDetailPanel(DocumentSession& session, DocumentCommands& commands,
                         QWidget* parent = nullptr);

    /// Shows a safeguard, or (empty id) asks the user to choose one. Saves pending
    /// evidence of the one shown before.
    void showSafeguard(const std::string& id);
    /// The document changed: shows the stored status and evidence again (never over
    /// evidence the user is typing) and follows read-only.
    void refresh();
    /// Sets the status of the safeguard shown (a SafeguardChoice), as the list does.
    void chooseStatus(int choice);
    /// Saves evidence still waiting for the typing pause.
    void commitPending();

    QComboBox* statusBox() const { return status_; }
    QPlainTextEdit* evidenceEdit() const { return evidence_; }
    QTextBrowser* details() const { return details_; }

private:
    /// The edit that saves the evidence typed, or nullopt while there is no status to
    /// record it with (the field is disabled then).
    std::optional<storage::Edit> typedEvidence() const;
    QString detailsHtml(const std::string& id) const;

    DocumentSession& session_;
    DocumentCommands& commands_;
    QLabel* title_;
    QLabel* facts_;
    QComboBox* status_;
    QPlainTextEdit* evidence_;
    QTextBrowser* details_;
    std::string shownId_; ///< the safeguard shown
    TypingSaver evidenceSaver_;
};

} // namespace dpia::ui

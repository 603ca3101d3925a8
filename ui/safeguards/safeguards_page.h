#pragma once

#include "ui/widgets/workspace_page.h"

#include <string>

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSplitter;
class QTextBrowser;
class QTreeView;

namespace dpia::ui {

class DocumentCommands;
class DocumentSession;
class SafeguardDetailPanel;
class SafeguardFilterProxy;
class SafeguardModel;

/// The checklist of safeguards, grouped by kind, with a licence filter ("available with
/// my licence", starting from the licence answered in the questionnaire) and search; the
/// selected safeguard's status, evidence and explanation beside it.
class SafeguardsPage : public WorkspacePage {
    Q_OBJECT
public:
    SafeguardsPage(DocumentSession& session, DocumentCommands& commands, QWidget* parent = nullptr);

    /// Selects a safeguard (clearing a search or licence filter that hides it).
    bool selectSafeguard(const std::string& id);
    std::string selectedSafeguardId() const;

    QTreeView* tree() const { return tree_; }
    SafeguardModel* model() const { return model_; }
    SafeguardFilterProxy* proxy() const { return proxy_; }
    QComboBox* licenceFilter() const { return licence_; }

public slots:
    /// Saves evidence still waiting for the typing pause (DocumentView calls it on close).
    void commitPending() override;

public:
    QLineEdit* searchField() const { return search_; }
    QLabel* summary() const { return summary_; }
    SafeguardDetailPanel* detail() const { return detail_; }
    QComboBox* statusBox() const;
    QPlainTextEdit* evidenceEdit() const;
    QTextBrowser* details() const;

protected:
    /// A narrow window (large text, a small screen) puts the details below the list.
    void resizeEvent(QResizeEvent* event) override;

private:
    void refresh();
    void spanGroups();
    void updateSummary();
    void applyLicence(int index);
    /// The filter that fits the licence answered in the questionnaire.
    int licenceFromAnswer() const;

    DocumentSession& session_;
    DocumentCommands& commands_;
    // Created in this order, which is the Tab order: filters, list, then the details.
    SafeguardModel* model_;
    SafeguardFilterProxy* proxy_;
    QComboBox* licence_;
    QLineEdit* search_;
    QLabel* summary_;
    QTreeView* tree_;
    SafeguardDetailPanel* detail_;
    QSplitter* splitter_ = nullptr;
    bool licenceChosen_ = false; ///< the user chose a filter; the answer no longer decides
};

} // namespace dpia::ui

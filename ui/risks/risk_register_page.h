#pragma once

#include "ui/widgets/workspace_page.h"

#include <string>

#include <QString>
#include <QWidget>

class QLabel;
class QSplitter;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace dpia::ui {

class DocumentCommands;
class DocumentSession;
class HeatMapWidget;
class RiskFilterProxy;
class RiskTableModel;

/// The risk register: every risk of the evaluation in a sortable table (inherent, residual
/// now, residual as planned), the heat map that filters it, and why the selected risk
/// scores as it does. Overrides and own risks are edited in dialogs, through the command
/// facade (each one undo step).
class RiskRegisterPage : public WorkspacePage {
    Q_OBJECT
public:
    RiskRegisterPage(DocumentSession& session, DocumentCommands& commands,
                     QWidget* parent = nullptr);

    /// Selects a risk in the table (clearing a heat-map filter that hides it).
    bool selectRisk(const std::string& id);
    /// The selected risk's id, or empty.
    std::string selectedRiskId() const;

    /// Opens the override dialog for the selected baseline risk.
    void editOverride();
    void addCustomRisk();
    /// Opens the selected own risk in its dialog.
    void editCustomRisk();
    void removeCustomRisk();

    HeatMapWidget* heatMap() const { return heatMap_; }
    QTableView* table() const { return table_; }
    RiskTableModel* model() const { return model_; }
    RiskFilterProxy* proxy() const { return proxy_; }
    QTextBrowser* explanation() const { return explanation_; }
    QLabel* filterLabel() const { return filterLabel_; }
    QPushButton* overrideButton() const { return override_; }
    QPushButton* addButton() const { return add_; }
    QPushButton* editButton() const { return edit_; }
    QPushButton* removeButton() const { return remove_; }

protected:
    /// A narrow window (large text, a small screen) puts the details below the list.
    void resizeEvent(QResizeEvent* event) override;

private:
    void refresh();
    void applyFilter();
    void showSelected();
    void updateActions();
    void onActivated();

    DocumentSession& session_;
    QSplitter* splitter_ = nullptr; ///< the table | heat map and explanation
    QSplitter* right_ = nullptr;    ///< heat map | explanation
    DocumentCommands& commands_;
    // Created in this order, which is the Tab order: table, its buttons, heat map, text.
    RiskTableModel* model_;
    RiskFilterProxy* proxy_;
    QLabel* filterLabel_;
    QTableView* table_;
    QPushButton* override_;
    QPushButton* add_;
    QPushButton* edit_;
    QPushButton* remove_;
    HeatMapWidget* heatMap_;
    QTextBrowser* explanation_;
    QString shownHtml_; ///< what the explanation shows, to re-render only on a change
    std::string shownId_;
};

} // namespace dpia::ui

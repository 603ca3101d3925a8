#pragma once

#include "ui/widgets/workspace_page.h"

#include <string>

#include <QString>
#include <QWidget>

class QComboBox;
class QLabel;
class QSplitter;
class QTableView;
class QTextBrowser;

namespace dpia::ui {

class CoverageFilterProxy;
class CoverageModel;
class DocumentCommands;
class DocumentSession;

/// Which AVG, UAVG and BIO requirements the safeguards meet: a table filtered by status
/// and source, a count per source, and for the selected requirement its text, whether it
/// applies at the chosen BBN level, and the safeguards that meet it or could.
class CoveragePage : public WorkspacePage {
    Q_OBJECT
public:
    CoveragePage(DocumentSession& session, DocumentCommands& commands, QWidget* parent = nullptr);

    bool selectRequirement(const std::string& id);
    std::string selectedRequirementId() const;

    QTableView* table() const { return table_; }
    CoverageModel* model() const { return model_; }
    CoverageFilterProxy* proxy() const { return proxy_; }
    QComboBox* statusFilter() const { return status_; }
    QComboBox* sourceFilter() const { return source_; }
    QLabel* summary() const { return summary_; }
    QTextBrowser* details() const { return details_; }

protected:
    /// A narrow window (large text, a small screen) puts the details below the list.
    void resizeEvent(QResizeEvent* event) override;

private:
    void refresh();
    void applyFilters();
    void updateSummary();
    void showSelected();

    DocumentSession& session_;
    QSplitter* splitter_ = nullptr;
    // Created in this order, which is the Tab order: filters, table, details.
    CoverageModel* model_;
    CoverageFilterProxy* proxy_;
    QComboBox* status_;
    QComboBox* source_;
    QLabel* summary_;
    QTableView* table_;
    QTextBrowser* details_;
    QString shownHtml_;
    std::string shownId_;
};

} // namespace dpia::ui

#pragma once

#include "ui/widgets/date_field.h"
#include "ui/widgets/typing_saver.h"
#include "ui/widgets/workspace_page.h"

#include <string>

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableView;

namespace dpia::ui {

class ActionPlanModel;
class DocumentCommands;
class DocumentSession;

/// The action plan: the measures still to take, with the risks each addresses, an owner,
/// a due date and a status. A table above, the selected measure's fields below; overdue
/// measures stand out in words and colour; the plan exports to CSV for a spreadsheet.
class ActionPlanPage : public WorkspacePage {
    Q_OBJECT
public:
    ActionPlanPage(DocumentSession& session, DocumentCommands& commands, QWidget* parent = nullptr);
    /// The date field loses focus while ~QWidget deletes it, after this object's own
    /// destructor has run: its "finished" must not reach saveDue() then.
    ~ActionPlanPage() override;

    ActionPlanModel* model() const { return model_; }
    QTableView* table() const { return table_; }
    QLineEdit* titleEdit() const { return title_; }
    QLineEdit* ownerEdit() const { return owner_; }
    DateField* dueField() const { return due_; }
    QComboBox* statusBox() const { return status_; }
    QListWidget* riskList() const { return risks_; }
    QPushButton* addButton() const { return add_; }
    QPushButton* removeButton() const { return remove_; }
    QPushButton* exportButton() const { return export_; }
    QLabel* summary() const { return summary_; }

    /// Selects a measure by id (and shows its fields).
    void selectMeasure(const std::string& measureId);
    std::string selectedId() const { return selected_; }

public slots:
    /// Saves typed text not yet saved (called before the document closes).
    void commitPending() override;

private:
    void addMeasure();
    void removeMeasure();
    void exportCsv();
    void onContentChanged();
    void onSelectionChanged();
    void showSelected();
    void fillRiskList();
    /// The selected measure as the fields show it, or nullopt when none can be edited.
    std::optional<storage::Edit> editedMeasure() const;
    /// Saves a change made by a click (date, status, risks) as its own undo step.
    void save();
    /// Saves the due date typed when it is a date the document does not hold yet.
    void saveDue();
    void updateEnabled();
    void updateSummary();

    DocumentSession& session_;
    DocumentCommands& commands_;
    ActionPlanModel* model_;
    QLabel* summary_;
    QTableView* table_;
    QPushButton* add_;
    QPushButton* remove_;
    QPushButton* export_;
    QLineEdit* title_;
    QLineEdit* owner_;
    DateField* due_;
    QComboBox* status_;
    QListWidget* risks_;
    std::string selected_;
    bool filling_ = false; ///< fields are being filled from the document, not by the user
    TypingSaver titleSaver_;
    TypingSaver ownerSaver_;
};

} // namespace dpia::ui

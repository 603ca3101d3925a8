#pragma once

#include "ui/widgets/typing_saver.h"

#include <string>

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace dpia::ui {

class DocumentCommands;
class DateField;
class DocumentSession;
class SignoffModel;

/// The list of sign-offs (advice and decisions with name and date) and the fields of
/// the selected one. Typed text is saved after the typing pause and when the field is left
/// (TypingSaver), one undo step per visit to a field.
class SignoffEditor : public QWidget {
    Q_OBJECT
public:
    SignoffEditor(DocumentSession& session, DocumentCommands& commands, QWidget* parent = nullptr);
    /// The date field loses focus while ~QWidget deletes it, after this object's own
    /// destructor has run: its "finished" must not reach saveDate() then.
    ~SignoffEditor() override;

    SignoffModel* model() const { return model_; }
    QTableView* table() const { return table_; }
    QComboBox* roleBox() const { return role_; }
    QLineEdit* nameEdit() const { return name_; }
    DateField* dateField() const { return date_; }
    QComboBox* outcomeBox() const { return outcome_; }
    QPlainTextEdit* textEdit() const { return text_; }
    QPushButton* addButton() const { return add_; }
    QPushButton* removeButton() const { return remove_; }
    std::string selectedId() const { return selected_; }

public slots:
    void commitPending();

private:
    void addSignoff();
    void removeSignoff();
    void onContentChanged();
    void showSelected();
    /// The selected sign-off as the fields show it, or nullopt when none can be edited.
    std::optional<storage::Edit> editedSignoff() const;
    /// Saves a change made by a choice (role, date, a suggested outcome) as its own step.
    void save();
    /// Saves the date typed when it is a date the document does not hold yet.
    void saveDate();
    void updateEnabled();

    DocumentSession& session_;
    DocumentCommands& commands_;
    SignoffModel* model_;
    QTableView* table_;
    QPushButton* add_;
    QPushButton* remove_;
    QComboBox* role_;
    QLineEdit* name_;
    DateField* date_;
    QComboBox* outcome_;
    QPlainTextEdit* text_;
    std::string selected_;
    bool filling_ = false; ///< fields are being filled from the document, not by the user
    TypingSaver nameSaver_;
    TypingSaver outcomeSaver_;
    TypingSaver textSaver_;
};

} // namespace dpia::ui

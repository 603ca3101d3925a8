#pragma once

#include <string>

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace dpia::ui {

class DocumentCommands;
class OptionalDateField;
class DocumentSession;
class SignoffModel;

/// The list of sign-offs (advice and decisions with name and date) and the fields of
/// the selected one. Typed text is saved when the field is left, as one undo step.
class SignoffEditor : public QWidget {
    Q_OBJECT
public:
    SignoffEditor(DocumentSession& session, DocumentCommands& commands, QWidget* parent = nullptr);

    SignoffModel* model() const { return model_; }
    QTableView* table() const { return table_; }
    QComboBox* roleBox() const { return role_; }
    QLineEdit* nameEdit() const { return name_; }
    QComboBox* outcomeBox() const { return outcome_; }
    QPlainTextEdit* textEdit() const { return text_; }
    QPushButton* addButton() const { return add_; }
    QPushButton* removeButton() const { return remove_; }
    std::string selectedId() const { return selected_; }

public slots:
    void commitPending();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void addSignoff();
    void removeSignoff();
    void onContentChanged();
    void showSelected();
    void save();
    void updateEnabled();

    DocumentSession& session_;
    DocumentCommands& commands_;
    SignoffModel* model_;
    QTableView* table_;
    QPushButton* add_;
    QPushButton* remove_;
    QComboBox* role_;
    QLineEdit* name_;
    OptionalDateField* date_;
    QComboBox* outcome_;
    QPlainTextEdit* text_;
    std::string selected_;
    bool filling_ = false;
    bool dirty_ = false;
};

} // namespace dpia::ui

#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace dpia::ui {

/// Language (applied the next time the program starts), author name and default folder,
/// stored in QSettings when the user presses OK.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget* parent = nullptr);

    /// Writes the choices to QSettings. True when the language changed.
    bool save();

    QComboBox* languageBox() const { return language_; }
    QLineEdit* authorEdit() const { return author_; }
    QLineEdit* folderEdit() const { return folder_; }

private:
    void browse();

    QComboBox* language_;
    QLineEdit* author_;
    QLineEdit* folder_;
};

} // namespace dpia::ui

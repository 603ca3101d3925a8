#pragma once

#include <QDialog>

namespace dpia::ui {

/// Names the program, its version, its purpose and its licence (EUPL-1.2).
class AboutDialog : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(QWidget* parent = nullptr);
};

} // namespace dpia::ui

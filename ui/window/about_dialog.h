#pragma once

#include <QDialog>

namespace dpia::baseline {
struct BaselineInfo;
}

namespace dpia::ui {

/// Names the program, its version, the version of the baseline it brings (and of the open
/// document's, when that is another), its purpose and its licence (EUPL-1.2).
class AboutDialog : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(QWidget* parent = nullptr,
                         const baseline::BaselineInfo* documentBaseline = nullptr);
};

} // namespace dpia::ui

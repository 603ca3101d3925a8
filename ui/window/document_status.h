#pragma once

#include <QWidget>

class QLabel;

namespace dpia::ui {

class DocumentSession;

/// The status bar's permanent part for an open document: how complete it is, the highest
/// residual risk level (in words, with a colour swatch as a mere extra), and whether
/// changes are being saved.
class DocumentStatus : public QWidget {
    Q_OBJECT
public:
    DocumentStatus(DocumentSession& session, QWidget* parent = nullptr);

    void refresh();
    /// After a failed save: says the last change is not saved until the next success.
    void showSaveFailed();

    QLabel* completenessLabel() const { return completeness_; }
    QLabel* riskLabel() const { return risk_; }
    QLabel* savedLabel() const { return saved_; }

private:
    DocumentSession& session_;
    QLabel* completeness_;
    QLabel* risk_;
    QLabel* saved_;
};

} // namespace dpia::ui

#pragma once

#include <functional>

#include <QDialog>

namespace dpia::baseline {
class Baseline;
struct Requirement;
} // namespace dpia::baseline

namespace dpia::ui {

/// Shows one requirement of the baseline: reference, title, text, and the safeguards
/// (Microsoft 365 settings, contract terms, municipal measures) that meet it.
class BaselineItemDialog : public QDialog {
    Q_OBJECT
public:
    BaselineItemDialog(const baseline::Baseline& baseline, const baseline::Requirement& requirement,
                       QWidget* parent = nullptr);

    QString text() const { return text_; }

    /// Opens the dialog modally — or, under test, hands it to the installed observer.
    static void showRequirement(const baseline::Baseline& baseline,
                                const baseline::Requirement& requirement, QWidget* parent);
    /// Tests: receive each dialog instead of running it (nullptr restores exec()).
    static void setObserver(std::function<void(BaselineItemDialog&)> observer);

private:
    QString text_;
};

} // namespace dpia::ui

#pragma once

#include <QWidget>

class QLabel;
class QTextBrowser;
class QUrl;

namespace dpia::baseline {
class Baseline;
struct Question;
} // namespace dpia::baseline

namespace dpia::ui {

/// The knowledge panel on the right: the guidance for the question in focus, its legal or
/// control reference, and links to the baseline requirements that reference names.
/// Following a link (mouse, or Tab then Enter) shows the requirement.
class GuidancePanel : public QWidget {
    Q_OBJECT
public:
    explicit GuidancePanel(const baseline::Baseline& baseline, QWidget* parent = nullptr);

    void showQuestion(const baseline::Question* question);
    QTextBrowser* browser() const { return browser_; }
    /// Opens the requirement behind a link ("requirement:ID"); used by clicks and tests.
    void openLink(const QUrl& link);

private:
    const baseline::Baseline& baseline_;
    QLabel* heading_;
    QTextBrowser* browser_;
};

} // namespace dpia::ui

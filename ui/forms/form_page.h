#pragma once

#include <map>
#include <string>
#include <vector>

#include <QScrollArea>

class QLabel;

namespace dpia::baseline {
struct Section;
}
namespace dpia::scoring {
struct Evaluation;
}

namespace dpia::ui {

class DocumentCommands;
class DocumentSession;
class QuestionBlock;
class VerdictPanel;

/// The questions of one section, generated from the baseline, in a scrolling page.
/// Hides questions whose visibility rule does not hold; the pre-scan pages also show the
/// verdict.
class FormPage : public QScrollArea {
    Q_OBJECT
public:
    FormPage(const baseline::Section& section, DocumentSession& session, DocumentCommands& commands,
             bool showVerdict, QWidget* parent = nullptr);

    const std::string& sectionId() const;
    /// Shows the stored answer of one question again (after an edit, undo or redo).
    void refresh(const std::string& questionId);
    /// Applies visibility and the verdict of a fresh evaluation.
    void showEvaluation(const scoring::Evaluation& evaluation);
    /// Saves typed text that waits for its debounce.
    void commitPending();
    void setReadOnly(bool readOnly);

    QuestionBlock* block(const std::string& questionId) const;
    const std::vector<QuestionBlock*>& blocks() const { return blocks_; }
    /// The input of the first visible question (where F6 and page changes land).
    QWidget* firstInput() const;
    VerdictPanel* verdictPanel() const { return verdict_; }

private:
    const baseline::Section& section_;
    DocumentSession& session_;
    std::vector<QuestionBlock*> blocks_;
    std::map<std::string, QuestionBlock*> byId_;
    VerdictPanel* verdict_ = nullptr;
    QLabel* nothingVisible_ = nullptr;
};

} // namespace dpia::ui

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

class AnsweredElsewhere;
class DocumentCommands;
class DocumentSession;
class QuestionBlock;
class VerdictPanel;

/// The questions of one section, generated from the baseline, in a scrolling page.
/// Hides questions whose visibility rule does not hold; the pre-scan pages also show the
/// verdict. A question that an earlier baseline asked here too is shown read-only, with a
/// link to where it is asked (one fact, one place).
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
    /// Questions asked in another section that this one used to ask again, shown read-only.
    const std::vector<AnsweredElsewhere*>& answeredElsewhere() const { return elsewhere_; }

signals:
    /// A link on the page names a question asked elsewhere (the pre-scan's open deciding
    /// questions, a question answered in another section).
    void questionRequested(const QString& questionId);

private:
    const baseline::Section& section_;
    DocumentSession& session_;
    std::vector<QuestionBlock*> blocks_;
    std::map<std::string, QuestionBlock*> byId_;
    std::vector<AnsweredElsewhere*> elsewhere_;
    VerdictPanel* verdict_ = nullptr;
    QLabel* nothingVisible_ = nullptr;
};

} // namespace dpia::ui

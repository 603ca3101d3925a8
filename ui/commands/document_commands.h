#pragma once

#include "core/result.h"
#include "core/storage/assessment.h"

#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include <QObject>

class QUndoStack;

namespace dpia::ui {

class DocumentSession;

/// The only way widgets change a document. Each call is one undoable step on the
/// window's QUndoStack; the step calls the core (AssessmentFile), which saves at once.
/// A refused or failed save is reported through `failed` and nothing is pushed, so the
/// widget keeps what the user typed.
class DocumentCommands : public QObject {
    Q_OBJECT
public:
    DocumentCommands(DocumentSession& session, QUndoStack& stack, QObject* parent = nullptr);

    /// Sets (or, with null, clears) an answer as one undo step. False when the core refused.
    bool setAnswer(const std::string& questionId, const nlohmann::json& value);
    /// Like setAnswer, but consecutive calls for the same question until `endTyping()`
    /// merge into one undo step, so a paragraph typed is undone as a whole.
    bool typeAnswer(const std::string& questionId, const nlohmann::json& value);
    /// Closes the current typing step (the field lost focus).
    void endTyping();

    // Everything but answers. Each is one undo step; `typing` steps of the same item merge
    // until endTyping(), like typed answers. False (or nullopt) when the core refused.
    bool setMetadata(const storage::Metadata& metadata, bool typing = false);
    /// Draft and in review are one undo step each. Final is not undoable: it closes the
    /// document for edits, so the undo history is cleared.
    bool setStatus(storage::DocumentStatus status);
    bool setSafeguard(const std::string& id, const std::optional<storage::SafeguardEntry>& entry,
                      bool typing = false);
    bool setRiskOverride(const std::string& id, const std::optional<storage::RiskOverride>& value);
    std::optional<std::string> addCustomRisk(const storage::CustomRisk& risk);
    bool updateCustomRisk(const storage::CustomRisk& risk, bool typing = false);
    /// Undo brings the risk back and relinks the measures that named it.
    bool removeCustomRisk(const std::string& id);
    std::optional<std::string> addMeasure(const storage::Measure& measure);
    bool updateMeasure(const storage::Measure& measure, bool typing = false);
    bool removeMeasure(const std::string& id);
    std::optional<std::string> addSignoff(const storage::Signoff& signoff);
    bool updateSignoff(const storage::Signoff& signoff, bool typing = false);
    bool removeSignoff(const std::string& id);

    /// True for a read-only document and for a final one.
    bool isReadOnly() const;
    DocumentSession& session() const { return session_; }

    /// Called by the undo commands: an undo or redo changed `questionId` (or failed).
    void reportRevisited(const std::string& questionId);
    void reportFailure(const QString& message);
    /// Called by the undo commands: an undo or redo changed something on page `pageId`.
    void reportRevisitedPage(const std::string& pageId);

signals:
    /// The core refused an edit or could not save it; `message` is for the user.
    void failed(const QString& message);
    /// Undo or redo changed this question: the window shows its page.
    void revisited(const QString& questionId);
    /// Undo or redo changed something on a page after the questionnaire ("@risks", ...).
    void revisitedPage(const QString& pageId);

private:
    using Step = std::function<Status()>;
    /// Runs `apply`; on success pushes it as one step that `revert` undoes.
    bool edit(std::string_view pageId, const Step& apply, Step revert, const QString& text,
              const std::string& mergeKey = {});
    /// Reports the session's refusal of an edit of an item that is not there.
    bool refused(const Status& written);
    /// The merge key of a typing step on `item`, or empty when not typing.
    std::string typingKey(bool typing, const std::string& item) const;

    bool apply(const std::string& questionId, const nlohmann::json& value, bool typing);

    // The undo steps of a list of items with ids (measures, sign-offs); `text` names the
    // step in the Undo menu.
    template <typename Item>
    std::optional<std::string> addItem(const Item& item, const QString& text);
    template <typename Item>
    bool updateItem(const Item& item, bool typing, const QString& text);
    template <typename Item>
    bool removeItem(const std::string& id, const QString& text);

    DocumentSession& session_;
    QUndoStack& stack_;
    int typingStep_ = 1;
};

} // namespace dpia::ui

#include "ui/session/document_commands.h"

#include "ui/session/document_session.h"
#include "ui/session/edit_command.h"
#include "ui/session/page_ids.h"
#include "ui/text/local_text.h"

#include <QUndoStack>

namespace dpia::ui {
namespace {

/// Lets std::visit take one lambda per group of alternatives.
template <typename... Ts>
struct Overloaded : Ts... {
    using Ts::operator()...;
};
template <typename... Ts>
Overloaded(Ts...) -> Overloaded<Ts...>;

/// The workspace page that shows an edit; empty for answers and notes, which show on
/// their question's page.
std::string_view pageOf(const storage::Edit& edit) {
    return std::visit(Overloaded{
                          [](const storage::SetAnswer&) { return std::string_view(); },
                          [](const storage::SetNote&) { return std::string_view(); },
                          [](const storage::SetSafeguard&) { return pages::safeguards; },
                          [](const storage::SetRiskOverride&) { return pages::risks; },
                          [](const storage::AddCustomRisk&) { return pages::risks; },
                          [](const storage::UpdateCustomRisk&) { return pages::risks; },
                          [](const storage::RemoveCustomRisk&) { return pages::risks; },
                          [](const storage::AddMeasure&) { return pages::plan; },
                          [](const storage::UpdateMeasure&) { return pages::plan; },
                          [](const storage::RemoveMeasure&) { return pages::plan; },
                          // Metadata, status and sign-offs.
                          [](const auto&) { return pages::decision; },
                      },
                      edit);
}

} // namespace

DocumentCommands::DocumentCommands(DocumentSession& session, QUndoStack& stack, QObject* parent)
    : QObject(parent), session_(session), stack_(stack) {}

bool DocumentCommands::isReadOnly() const {
    return session_.isReadOnly();
}

void DocumentCommands::endTyping() {
    ++typingStep_;
}

std::optional<storage::Edit> DocumentCommands::apply(const storage::Edit& edit, bool typing) {
    if (!typing) {
        endTyping();
    }
    if (storage::changesNothing(session_.assessment(), edit)) {
        return edit;
    }
    const auto* status = std::get_if<storage::SetStatus>(&edit);
    if (status != nullptr && status->status == storage::DocumentStatus::final) {
        return adopt({}) ? std::optional(edit) : std::nullopt;
    }
    // Typing steps carry the step number, so only the same step of the same thing merges.
    const std::string mergeKey = typing
                                     ? std::to_string(edit.index()) + ':' + storage::target(edit) +
                                           '#' + std::to_string(typingStep_)
                                     : std::string();
    lastDone_.reset();
    stack_.push(new EditCommand(*this, {edit}, undoText(edit), mergeKey));
    return lastDone_;
}

bool DocumentCommands::adopt(storage::EditList alongWith) {
    endTyping();
    alongWith.push_back(storage::SetStatus{storage::DocumentStatus::final});
    if (!run(alongWith, false)) {
        return false;
    }
    // Nothing before this point can be undone in a final document.
    stack_.clear();
    return true;
}

std::optional<storage::Applied> DocumentCommands::run(const storage::EditList& edits,
                                                      bool revisit) {
    auto applied = session_.apply(edits);
    if (!applied) {
        emit failed(errorMessage(applied.error()));
        return std::nullopt;
    }
    if (!applied->done.empty()) {
        lastDone_ = applied->done.front();
        if (revisit) {
            reportRevisited(applied->done.front());
        }
    }
    return std::move(applied).value();
}

void DocumentCommands::reportRevisited(const storage::Edit& edit) {
    const std::string_view page = pageOf(edit);
    if (page.empty()) {
        emit revisited(qs(storage::target(edit)));
    } else {
        emit revisitedPage(qs(std::string(page)));
    }
}

QString DocumentCommands::undoText(const storage::Edit& edit) const {
    return std::visit(Overloaded{
                          [this](const storage::SetAnswer& e) {
                              //: Undo/redo menu text; %1 is the beginning of the question.
                              return tr("answer to “%1”").arg(session_.questionCaption(e.question));
                          },
                          [this](const storage::SetNote& e) {
                              //: Undo/redo menu text; %1 is the beginning of the question.
                              return tr("note on “%1”").arg(session_.questionCaption(e.question));
                          },
                          //: Undo/redo menu text.
                          [](const storage::SetMetadata&) { return tr("document details"); },
                          //: Undo/redo menu text.
                          [](const storage::SetStatus&) { return tr("status"); },
                          //: Undo/redo menu text.
                          [](const storage::SetSafeguard&) { return tr("safeguard status"); },
                          //: Undo/redo menu text.
                          [](const storage::SetRiskOverride&) { return tr("risk score override"); },
                          //: Undo/redo menu text.
                          [](const storage::AddCustomRisk&) { return tr("new risk"); },
                          //: Undo/redo menu text.
                          [](const storage::UpdateCustomRisk&) { return tr("risk"); },
                          //: Undo/redo menu text.
                          [](const storage::RemoveCustomRisk&) { return tr("remove risk"); },
                          //: Undo/redo menu text.
                          [](const storage::AddMeasure&) { return tr("new measure"); },
                          //: Undo/redo menu text.
                          [](const storage::UpdateMeasure&) { return tr("measure"); },
                          //: Undo/redo menu text.
                          [](const storage::RemoveMeasure&) { return tr("remove measure"); },
                          //: Undo/redo menu text.
                          [](const storage::AddSignoff&) { return tr("new advice"); },
                          //: Undo/redo menu text.
                          [](const storage::UpdateSignoff&) { return tr("advice"); },
                          //: Undo/redo menu text.
                          [](const storage::RemoveSignoff&) { return tr("remove advice"); },
                      },
                      edit);
}

} // namespace dpia::ui

#include "ui/commands/document_commands.h"

#include "ui/commands/edit_command.h"
#include "ui/commands/set_answer_command.h"
#include "ui/document/document_session.h"
#include "ui/document/workspace_pages.h"
#include "ui/local_text.h"

#include <algorithm>

#include <QUndoStack>

namespace dpia::ui {

DocumentCommands::DocumentCommands(DocumentSession& session, QUndoStack& stack, QObject* parent)
    : QObject(parent), session_(session), stack_(stack) {}

bool DocumentCommands::isReadOnly() const {
    return session_.isReadOnly();
}

bool DocumentCommands::setAnswer(const std::string& questionId, const nlohmann::json& value) {
    endTyping();
    return apply(questionId, value, false);
}

bool DocumentCommands::typeAnswer(const std::string& questionId, const nlohmann::json& value) {
    return apply(questionId, value, true);
}

void DocumentCommands::endTyping() {
    ++typingStep_;
}

bool DocumentCommands::apply(const std::string& questionId, const nlohmann::json& value,
                             bool typing) {
    const nlohmann::json* current = session_.answer(questionId);
    nlohmann::json before = current != nullptr ? *current : nlohmann::json(nullptr);
    if (before == value) {
        return true;
    }
    const Status written = session_.setAnswer(questionId, value);
    if (!written) {
        reportFailure(errorMessage(written.error()));
        return false;
    }
    //: Undo/redo menu text; %1 is the beginning of the question.
    const QString text = tr("answer to “%1”").arg(session_.questionCaption(questionId));
    // Typing steps carry a positive step number so only the same step merges.
    const int step = typing ? typingStep_ : 0;
    stack_.push(new SetAnswerCommand(*this, questionId, std::move(before), value, step, text));
    return true;
}

namespace {

template <typename Item>
std::optional<Item> findById(const std::vector<Item>& items, const std::string& id) {
    const auto found =
        std::find_if(items.begin(), items.end(), [&id](const Item& item) { return item.id == id; });
    if (found == items.end()) {
        return std::nullopt;
    }
    return *found;
}

template <typename Map>
std::optional<typename Map::mapped_type> findByKey(const Map& map, const std::string& key) {
    const auto found = map.find(key);
    if (found == map.end()) {
        return std::nullopt;
    }
    return found->second;
}

Status idOnly(const Result<std::string>& added) {
    return added ? success() : Status(added.error());
}

} // namespace

bool DocumentCommands::edit(std::string_view pageId, const Step& apply, Step revert,
                            const QString& text, const std::string& mergeKey) {
    const Status written = apply();
    if (!written) {
        reportFailure(errorMessage(written.error()));
        return false;
    }
    stack_.push(
        new EditCommand(*this, std::string(pageId), std::move(revert), apply, text, mergeKey));
    return true;
}

bool DocumentCommands::refused(const Status& written) {
    // The session names what is wrong (an unknown item, a final document, ...).
    if (!written) {
        reportFailure(errorMessage(written.error()));
    }
    return false;
}

std::string DocumentCommands::typingKey(bool typing, const std::string& item) const {
    return typing ? item + '#' + std::to_string(typingStep_) : std::string();
}

bool DocumentCommands::setMetadata(const storage::Metadata& metadata, bool typing) {
    const storage::Metadata before = session_.assessment().metadata;
    if (before == metadata) {
        return true;
    }
    DocumentSession& session = session_;
    //: Undo/redo menu text.
    return edit(
        pages::decision, [&session, metadata] { return session.setMetadata(metadata); },
        [&session, before] { return session.setMetadata(before); }, tr("document details"),
        typingKey(typing, "metadata"));
}

bool DocumentCommands::setStatus(storage::DocumentStatus status) {
    const storage::DocumentStatus before = session_.assessment().status;
    if (before == status) {
        return true;
    }
    endTyping();
    DocumentSession& session = session_;
    if (status == storage::DocumentStatus::final) {
        const Status written = session.setStatus(status);
        if (!written) {
            reportFailure(errorMessage(written.error()));
            return false;
        }
        // Nothing before this point can be undone in a final document.
        stack_.clear();
        return true;
    }
    //: Undo/redo menu text.
    return edit(
        pages::decision, [&session, status] { return session.setStatus(status); },
        [&session, before] { return session.setStatus(before); }, tr("status"));
}

bool DocumentCommands::setSafeguard(const std::string& id,
                                    const std::optional<storage::SafeguardEntry>& entry,
                                    bool typing) {
    const auto before = findByKey(session_.assessment().safeguards, id);
    if (before == entry) {
        return true;
    }
    DocumentSession& session = session_;
    //: Undo/redo menu text.
    return edit(
        pages::safeguards, [&session, id, entry] { return session.setSafeguard(id, entry); },
        [&session, id, before] { return session.setSafeguard(id, before); }, tr("safeguard status"),
        typingKey(typing, "safeguard:" + id));
}

bool DocumentCommands::setRiskOverride(const std::string& id,
                                       const std::optional<storage::RiskOverride>& value) {
    const auto before = findByKey(session_.assessment().riskOverrides, id);
    if (before == value) {
        return true;
    }
    endTyping();
    DocumentSession& session = session_;
    //: Undo/redo menu text.
    return edit(
        pages::risks, [&session, id, value] { return session.setRiskOverride(id, value); },
        [&session, id, before] { return session.setRiskOverride(id, before); },
        tr("risk score override"));
}

std::optional<std::string> DocumentCommands::addCustomRisk(const storage::CustomRisk& risk) {
    endTyping();
    auto id = session_.addCustomRisk(risk);
    if (!id) {
        reportFailure(errorMessage(id.error()));
        return std::nullopt;
    }
    storage::CustomRisk added = risk;
    added.id = id.value();
    DocumentSession& session = session_;
    //: Undo/redo menu text.
    stack_.push(new EditCommand(
        *this, std::string(pages::risks),
        [&session, added] { return session.removeCustomRisk(added.id); },
        [&session, added] { return idOnly(session.addCustomRisk(added)); }, tr("new risk")));
    return added.id;
}

bool DocumentCommands::updateCustomRisk(const storage::CustomRisk& risk, bool typing) {
    const auto before = findById(session_.assessment().customRisks, risk.id);
    if (!before) {
        return refused(session_.updateCustomRisk(risk));
    }
    if (*before == risk) {
        return true;
    }
    DocumentSession& session = session_;
    //: Undo/redo menu text.
    return edit(
        pages::risks, [&session, risk] { return session.updateCustomRisk(risk); },
        [&session, before = *before] { return session.updateCustomRisk(before); }, tr("risk"),
        typingKey(typing, "risk:" + risk.id));
}

bool DocumentCommands::removeCustomRisk(const std::string& id) {
    const auto before = findById(session_.assessment().customRisks, id);
    if (!before) {
        return refused(session_.removeCustomRisk(id));
    }
    endTyping();
    // The measures that name the risk lose the link; undo gives it back.
    std::vector<storage::Measure> linked;
    for (const storage::Measure& measure : session_.assessment().measures) {
        if (std::find(measure.risks.begin(), measure.risks.end(), id) != measure.risks.end()) {
            linked.push_back(measure);
        }
    }
    DocumentSession& session = session_;
    const auto restore = [&session, risk = *before, linked]() -> Status {
        if (auto added = session.addCustomRisk(risk); !added) {
            return added.error();
        }
        for (const storage::Measure& measure : linked) {
            if (Status written = session.updateMeasure(measure); !written) {
                return written;
            }
        }
        return success();
    };
    //: Undo/redo menu text.
    return edit(
        pages::risks, [&session, id] { return session.removeCustomRisk(id); }, restore,
        tr("remove risk"));
}

std::optional<std::string> DocumentCommands::addMeasure(const storage::Measure& measure) {
    endTyping();
    auto id = session_.addMeasure(measure);
    if (!id) {
        reportFailure(errorMessage(id.error()));
        return std::nullopt;
    }
    storage::Measure added = measure;
    added.id = id.value();
    DocumentSession& session = session_;
    //: Undo/redo menu text.
    stack_.push(new EditCommand(
        *this, std::string(pages::plan),
        [&session, added] { return session.removeMeasure(added.id); },
        [&session, added] { return idOnly(session.addMeasure(added)); }, tr("new measure")));
    return added.id;
}

bool DocumentCommands::updateMeasure(const storage::Measure& measure, bool typing) {
    const auto before = findById(session_.assessment().measures, measure.id);
    if (!before) {
        return refused(session_.updateMeasure(measure));
    }
    if (*before == measure) {
        return true;
    }
    DocumentSession& session = session_;
    //: Undo/redo menu text.
    return edit(
        pages::plan, [&session, measure] { return session.updateMeasure(measure); },
        [&session, before = *before] { return session.updateMeasure(before); }, tr("measure"),
        typingKey(typing, "measure:" + measure.id));
}

bool DocumentCommands::removeMeasure(const std::string& id) {
    const auto before = findById(session_.assessment().measures, id);
    if (!before) {
        return refused(session_.removeMeasure(id));
    }
    endTyping();
    DocumentSession& session = session_;
    //: Undo/redo menu text.
    return edit(
        pages::plan, [&session, id] { return session.removeMeasure(id); },
        [&session, before = *before] { return idOnly(session.addMeasure(before)); },
        tr("remove measure"));
}

std::optional<std::string> DocumentCommands::addSignoff(const storage::Signoff& signoff) {
    endTyping();
    auto id = session_.addSignoff(signoff);
    if (!id) {
        reportFailure(errorMessage(id.error()));
        return std::nullopt;
    }
    storage::Signoff added = signoff;
    added.id = id.value();
    DocumentSession& session = session_;
    //: Undo/redo menu text.
    stack_.push(new EditCommand(
        *this, std::string(pages::decision),
        [&session, added] { return session.removeSignoff(added.id); },
        [&session, added] { return idOnly(session.addSignoff(added)); }, tr("new advice")));
    return added.id;
}

bool DocumentCommands::updateSignoff(const storage::Signoff& signoff, bool typing) {
    const auto before = findById(session_.assessment().signoffs, signoff.id);
    if (!before) {
        return refused(session_.updateSignoff(signoff));
    }
    if (*before == signoff) {
        return true;
    }
    DocumentSession& session = session_;
    //: Undo/redo menu text.
    return edit(
        pages::decision, [&session, signoff] { return session.updateSignoff(signoff); },
        [&session, before = *before] { return session.updateSignoff(before); }, tr("advice"),
        typingKey(typing, "signoff:" + signoff.id));
}

bool DocumentCommands::removeSignoff(const std::string& id) {
    const auto before = findById(session_.assessment().signoffs, id);
    if (!before) {
        return refused(session_.removeSignoff(id));
    }
    endTyping();
    DocumentSession& session = session_;
    //: Undo/redo menu text.
    return edit(
        pages::decision, [&session, id] { return session.removeSignoff(id); },
        [&session, before = *before] { return idOnly(session.addSignoff(before)); },
        tr("remove advice"));
}

void DocumentCommands::reportRevisitedPage(const std::string& pageId) {
    emit revisitedPage(qs(pageId));
}

void DocumentCommands::reportRevisited(const std::string& questionId) {
    emit revisited(qs(questionId));
}

void DocumentCommands::reportFailure(const QString& message) {
    emit failed(message);
}

} // namespace dpia::ui

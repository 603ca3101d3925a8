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

namespace {

/// How the session keeps one kind of list item (measures, sign-offs): the three edits the
/// undo steps of such a list need, and the page that shows it.
template <typename Item>
struct ListItem;

template <>
struct ListItem<storage::Measure> {
    static constexpr std::string_view page = pages::plan;
    static constexpr std::string_view kind = "measure";
    static const auto& all(const storage::Assessment& assessment) { return assessment.measures; }
    static auto add(DocumentSession& session, const storage::Measure& measure) {
        return session.addMeasure(measure);
    }
    static Status update(DocumentSession& session, const storage::Measure& measure) {
        return session.updateMeasure(measure);
    }
    static Status remove(DocumentSession& session, const std::string& id) {
        return session.removeMeasure(id);
    }
};

template <>
struct ListItem<storage::Signoff> {
    static constexpr std::string_view page = pages::decision;
    static constexpr std::string_view kind = "signoff";
    static const auto& all(const storage::Assessment& assessment) { return assessment.signoffs; }
    static auto add(DocumentSession& session, const storage::Signoff& signoff) {
        return session.addSignoff(signoff);
    }
    static Status update(DocumentSession& session, const storage::Signoff& signoff) {
        return session.updateSignoff(signoff);
    }
    static Status remove(DocumentSession& session, const std::string& id) {
        return session.removeSignoff(id);
    }
};

} // namespace

template <typename Item>
std::optional<std::string> DocumentCommands::addItem(const Item& item, const QString& text) {
    using Items = ListItem<Item>;
    endTyping();
    auto id = Items::add(session_, item);
    if (!id) {
        reportFailure(errorMessage(id.error()));
        return std::nullopt;
    }
    Item added = item;
    added.id = id.value();
    DocumentSession& session = session_;
    stack_.push(new EditCommand(
        *this, std::string(Items::page),
        [&session, added] { return Items::remove(session, added.id); },
        [&session, added] { return idOnly(Items::add(session, added)); }, text));
    return added.id;
}

template <typename Item>
bool DocumentCommands::updateItem(const Item& item, bool typing, const QString& text) {
    using Items = ListItem<Item>;
    const auto before = findById(Items::all(session_.assessment()), item.id);
    if (!before) {
        return refused(Items::update(session_, item));
    }
    if (*before == item) {
        return true;
    }
    DocumentSession& session = session_;
    return edit(
        Items::page, [&session, item] { return Items::update(session, item); },
        [&session, before = *before] { return Items::update(session, before); }, text,
        typingKey(typing, std::string(Items::kind) + ':' + item.id));
}

template <typename Item>
bool DocumentCommands::removeItem(const std::string& id, const QString& text) {
    using Items = ListItem<Item>;
    const auto before = findById(Items::all(session_.assessment()), id);
    if (!before) {
        return refused(Items::remove(session_, id));
    }
    endTyping();
    DocumentSession& session = session_;
    return edit(
        Items::page, [&session, id] { return Items::remove(session, id); },
        [&session, before = *before] { return idOnly(Items::add(session, before)); }, text);
}

std::optional<std::string> DocumentCommands::addMeasure(const storage::Measure& measure) {
    //: Undo/redo menu text.
    return addItem(measure, tr("new measure"));
}

bool DocumentCommands::updateMeasure(const storage::Measure& measure, bool typing) {
    //: Undo/redo menu text.
    return updateItem(measure, typing, tr("measure"));
}

bool DocumentCommands::removeMeasure(const std::string& id) {
    //: Undo/redo menu text.
    return removeItem<storage::Measure>(id, tr("remove measure"));
}

std::optional<std::string> DocumentCommands::addSignoff(const storage::Signoff& signoff) {
    //: Undo/redo menu text.
    return addItem(signoff, tr("new advice"));
}

bool DocumentCommands::updateSignoff(const storage::Signoff& signoff, bool typing) {
    //: Undo/redo menu text.
    return updateItem(signoff, typing, tr("advice"));
}

bool DocumentCommands::removeSignoff(const std::string& id) {
    //: Undo/redo menu text.
    return removeItem<storage::Signoff>(id, tr("remove advice"));
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

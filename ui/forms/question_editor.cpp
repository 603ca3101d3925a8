#include "ui/forms/question_editor.h"

#include "ui/forms/choice_editors.h"
#include "ui/forms/date_editor.h"
#include "ui/forms/table_editor.h"
#include "ui/forms/text_editors.h"
#include "ui/session/document_commands.h"
#include "ui/session/document_session.h"
#include "ui/text/local_text.h"

namespace dpia::ui {

QuestionEditor::QuestionEditor(const baseline::Question& question, DocumentCommands& commands,
                               QWidget* parent)
    : QWidget(parent), question_(question), commands_(commands) {
    setObjectName(QStringLiteral("editor:%1").arg(qs(question.id)));
}

QString QuestionEditor::questionText() const {
    return local(question_.text);
}

QString QuestionEditor::describe() const {
    //: Accessible description of an input for a required question.
    return question_.required ? questionText() + QStringLiteral(" — ") + tr("Required question")
                              : questionText();
}

void QuestionEditor::nameForAccessibility(QWidget* widget) const {
    widget->setAccessibleName(questionText());
    //: Accessible description of an input for a required question.
    widget->setAccessibleDescription(question_.required ? tr("Required question") : QString());
}

const nlohmann::json* QuestionEditor::stored() const {
    return commands_.session().answer(question_.id);
}

bool QuestionEditor::commit(const nlohmann::json& value) {
    return commands_.apply(storage::SetAnswer{question_.id, value}).has_value();
}

storage::Edit QuestionEditor::answerEdit(const nlohmann::json& value) const {
    return storage::SetAnswer{question_.id, value};
}

QuestionEditor* createQuestionEditor(const baseline::Question& question, DocumentCommands& commands,
                                     QWidget* parent) {
    using baseline::QuestionType;
    switch (question.type) {
    case QuestionType::yesno:
        return new RadioEditor(question, commands, parent);
    case QuestionType::choice:
        if (question.options.size() <= kMaxRadioOptions) {
            return new RadioEditor(question, commands, parent);
        }
        return new ComboEditor(question, commands, parent);
    case QuestionType::multichoice:
        return new MultiChoiceEditor(question, commands, parent);
    case QuestionType::number:
        return new NumberEditor(question, commands, parent);
    case QuestionType::date:
        return new DateEditor(question, commands, parent);
    case QuestionType::table:
        return new TableEditor(question, commands, parent);
    case QuestionType::text:
        break;
    }
    return new TextEditor(question, commands, parent);
}

} // namespace dpia::ui

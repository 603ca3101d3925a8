#include "ui/forms/question_block.h"

#include "ui/forms/question_editor.h"
#include "ui/text/local_text.h"

#include <QLabel>
#include <QVBoxLayout>

namespace dpia::ui {

QuestionBlock::QuestionBlock(const baseline::Question& question, DocumentCommands& commands,
                             QWidget* parent)
    : QFrame(parent), question_(question), label_(new QLabel(this)),
      editor_(createQuestionEditor(question, commands, this)) {
    setObjectName(QStringLiteral("question:%1").arg(qs(question.id)));
    QString text = QStringLiteral("<b>%1</b>").arg(local(question.text).toHtmlEscaped());
    if (question.required) {
        //: Tooltip of the asterisk that marks a required question.
        text += QStringLiteral(" <span title=\"%1\">*</span>")
                    .arg(tr("Required question").toHtmlEscaped());
        //: Tooltip of a required question's text.
        label_->setToolTip(tr("Required question"));
    }
    label_->setTextFormat(Qt::RichText);
    label_->setText(text);
    label_->setWordWrap(true);
    label_->setBuddy(editor_->focusTarget());
    label_->setTextInteractionFlags(Qt::NoTextInteraction);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 10);
    layout->setSpacing(4);
    layout->addWidget(label_);
    layout->addWidget(editor_);
}

} // namespace dpia::ui

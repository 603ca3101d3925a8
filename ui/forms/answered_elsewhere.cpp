#include "ui/forms/answered_elsewhere.h"

#include "core/baseline/baseline.h"
#include "core/scoring/evaluator.h"
#include "ui/text/local_text.h"

#include <nlohmann/json.hpp>

#include <QLabel>
#include <QVBoxLayout>

namespace dpia::ui {

namespace {

QString optionLabel(const baseline::Question& question, const nlohmann::json& value) {
    const std::string id = value.is_string() ? value.get<std::string>() : value.dump();
    for (const baseline::Option& option : question.options) {
        if (option.id == id) {
            return local(option.label);
        }
    }
    return qs(id);
}

} // namespace

QString answerInWords(const baseline::Question& question, const nlohmann::json* answer) {
    if (!scoring::isAnswered(answer)) {
        //: A question shown read-only that has no answer yet.
        return AnsweredElsewhere::tr("Not answered yet.");
    }
    using Type = baseline::QuestionType;
    switch (question.type) {
    case Type::choice:
        return optionLabel(question, *answer);
    case Type::multichoice: {
        QStringList labels;
        for (const nlohmann::json& item : *answer) {
            labels << optionLabel(question, item);
        }
        return labels.join(QStringLiteral("; "));
    }
    case Type::yesno:
        return answer->is_boolean() && answer->get<bool>() ? AnsweredElsewhere::tr("Yes")
                                                           : AnsweredElsewhere::tr("No");
    case Type::table:
        //: A table answer shown read-only: its number of rows.
        return AnsweredElsewhere::tr("%n rows", "", static_cast<int>(answer->size()));
    default:
        return answer->is_string() ? qs(answer->get<std::string>()) : qs(answer->dump());
    }
}

AnsweredElsewhere::AnsweredElsewhere(const baseline::Baseline& baseline,
                                     const baseline::Question& question, QWidget* parent)
    : QFrame(parent), question_(question), label_(new QLabel(this)) {
    setObjectName(QStringLiteral("answeredElsewhere:%1").arg(qs(question.id)));
    setFrameShape(QFrame::StyledPanel);
    if (const baseline::Section* section = baseline.section(question.section)) {
        where_ = local(section->title);
        for (const baseline::Part& part : baseline.parts()) {
            if (part.id == section->part) {
                where_ = local(part.title) + QStringLiteral(" › ") + where_;
            }
        }
    }
    label_->setWordWrap(true);
    label_->setTextFormat(Qt::RichText);
    // Read-only: the link is the one thing to do here, by mouse or by Tab and Enter.
    label_->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    label_->setFocusPolicy(Qt::StrongFocus);
    connect(label_, &QLabel::linkActivated, this,
            [this](const QString&) { emit questionRequested(qs(question_.id)); });
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(label_);
    showAnswer(nullptr);
}

void AnsweredElsewhere::showAnswer(const nlohmann::json* answer) {
    const QString value = answerInWords(question_, answer);
    //: Link under a question shown read-only; %1 is where it is asked ("Pre-scan › Scope
    //: and processing").
    const QString link = tr("Answered in %1 — go to the question").arg(where_);
    label_->setText(QStringLiteral("<b>%1</b><br>%2<br><a href=\"question\">%3</a>")
                        .arg(local(question_.text).toHtmlEscaped(), value.toHtmlEscaped(),
                             link.toHtmlEscaped()));
    label_->setAccessibleName(local(question_.text) + QStringLiteral(": ") + value);
    label_->setAccessibleDescription(link);
}

} // namespace dpia::ui

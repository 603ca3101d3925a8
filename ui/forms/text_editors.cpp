#include "ui/forms/text_editors.h"

#include "ui/text/local_text.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <QDoubleValidator>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QVBoxLayout>

namespace dpia::ui {

namespace {

QLocale numberLocale() {
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale;
}

QString numberText(double value) {
    return numberLocale().toString(value, 'g', 15);
}

} // namespace

// ---- TextEditor -------------------------------------------------------------------------

TextEditor::TextEditor(const baseline::Question& question, DocumentCommands& commands,
                       QWidget* parent)
    : QuestionEditor(question, commands, parent), edit_(new QPlainTextEdit(this)),
      saver_(edit_, commands, [this] {
          const QString text = edit_->toPlainText();
          return answerEdit(text.trimmed().isEmpty() ? nlohmann::json(nullptr)
                                                     : nlohmann::json(utf8(text)));
      }) {
    edit_->setTabChangesFocus(true);
    edit_->setObjectName(QStringLiteral("textAnswer"));
    edit_->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    edit_->installEventFilter(this);
    nameForAccessibility(edit_);
    connect(edit_, &QPlainTextEdit::textChanged, this, &TextEditor::fitHeight);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit_);
}

void TextEditor::fitHeight() {
    // As tall as the wrapped text, from 4 to 16 lines; longer texts scroll. (The plain text
    // layout only lays out what is on screen, so measure with the font instead.)
    const QFontMetrics metrics = edit_->fontMetrics();
    const int margin = static_cast<int>(edit_->document()->documentMargin());
    const int scrollBar =
        edit_->verticalScrollBar()->isVisible() ? edit_->verticalScrollBar()->width() : 0;
    const int width =
        std::max(edit_->width() - 2 * edit_->frameWidth() - 2 * margin - scrollBar, 50);
    const QString text = edit_->toPlainText().left(8000);
    const int textHeight =
        metrics.boundingRect(QRect(0, 0, width, 1 << 20), Qt::TextWordWrap, text + QLatin1Char('x'))
            .height();
    const int lines = std::clamp(textHeight / std::max(metrics.lineSpacing(), 1) + 1, 4, 16);
    const int height = lines * metrics.lineSpacing() + 2 * edit_->frameWidth() + 2 * margin;
    if (edit_->height() != height) {
        edit_->setFixedHeight(height);
    }
}

void TextEditor::commitPending() {
    saver_.flush();
}

bool TextEditor::eventFilter(QObject* watched, QEvent* event) {
    if (watched == edit_ && event->type() == QEvent::Resize) {
        fitHeight(); // the width decides how the lines wrap
    }
    return QuestionEditor::eventFilter(watched, event);
}

void TextEditor::showValue(const nlohmann::json* value) {
    const QString text = value != nullptr && value->is_string()
                             ? qs(value->get_ref<const std::string&>())
                             : QString();
    if (text == edit_->toPlainText()) {
        saver_.markSaved(); // the document holds what the field shows
        return;
    }
    saver_.refill([&] { edit_->setPlainText(text); });
    fitHeight();
}

void TextEditor::setReadOnly(bool readOnly) {
    edit_->setReadOnly(readOnly);
}

QWidget* TextEditor::focusTarget() const {
    return edit_;
}

// ---- NumberEditor -----------------------------------------------------------------------

NumberEditor::NumberEditor(const baseline::Question& question, DocumentCommands& commands,
                           QWidget* parent)
    : QuestionEditor(question, commands, parent), edit_(new QLineEdit(this)),
      problem_(new QLabel(this)), saver_(edit_, commands, [this] { return typedAnswer(); }) {
    const double bottom = question.min.value_or(-1e15);
    const double top = question.max.value_or(1e15);
    auto* validator = new QDoubleValidator(bottom, top, 4, edit_);
    validator->setNotation(QDoubleValidator::StandardNotation);
    validator->setLocale(numberLocale());
    edit_->setValidator(validator);
    edit_->setPlaceholderText(rangeText());
    // Narrow, as numbers are short, but with the range hint whole.
    const QFontMetrics metrics = edit_->fontMetrics();
    edit_->setMaximumWidth(
        std::max(metrics.horizontalAdvance(QLatin1Char('0')) * 24,
                 metrics.horizontalAdvance(rangeText()) + 4 * metrics.averageCharWidth()));
    nameForAccessibility(edit_);
    problem_->setWordWrap(true);
    problem_->setVisible(false);
    problem_->setObjectName(QStringLiteral("numberProblem"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit_);
    layout->addWidget(problem_);
}

QString NumberEditor::rangeText() const {
    const auto& q = question();
    if (q.min && q.max) {
        //: Hint in an empty number field; %1 and %2 are the limits.
        return tr("A number from %1 to %2").arg(numberText(*q.min), numberText(*q.max));
    }
    if (q.min) {
        //: Hint in an empty number field; %1 is the lowest allowed number.
        return tr("A number of at least %1").arg(numberText(*q.min));
    }
    if (q.max) {
        //: Hint in an empty number field; %1 is the highest allowed number.
        return tr("A number of at most %1").arg(numberText(*q.max));
    }
    //: Hint in an empty number field.
    return tr("A number");
}

std::optional<storage::Edit> NumberEditor::typedAnswer() {
    const QString text = edit_->text().trimmed();
    nlohmann::json value = nullptr;
    if (!text.isEmpty()) {
        int position = 0;
        QString probe = text;
        bool ok = edit_->validator()->validate(probe, position) == QValidator::Acceptable;
        const double number = ok ? numberLocale().toDouble(text, &ok) : 0.0;
        if (!ok) {
            //: Shown under a number field whose text is not a valid number; %1 is the
            //: allowed range, e.g. "A number from 0 to 100".
            problem_->setText(tr("Not saved: enter %1.").arg(rangeText().toLower()));
            problem_->setVisible(true);
            return std::nullopt;
        }
        value = std::trunc(number) == number && std::fabs(number) < 1e15
                    ? nlohmann::json(static_cast<std::int64_t>(number))
                    : nlohmann::json(number);
    }
    problem_->setVisible(false);
    return answerEdit(value);
}

void NumberEditor::commitPending() {
    saver_.flush();
}

void NumberEditor::showValue(const nlohmann::json* value) {
    const bool empty = value == nullptr || !value->is_number();
    bool parsed = false;
    const double shown = numberLocale().toDouble(edit_->text().trimmed(), &parsed);
    if ((empty && edit_->text().trimmed().isEmpty()) ||
        (!empty && parsed && shown == value->get<double>())) {
        saver_.markSaved(); // already shows it (perhaps typed differently): leave the text
        return;
    }
    saver_.refill([&] { edit_->setText(empty ? QString() : numberText(value->get<double>())); });
    problem_->setVisible(false);
}

void NumberEditor::setReadOnly(bool readOnly) {
    edit_->setReadOnly(readOnly);
}

QWidget* NumberEditor::focusTarget() const {
    return edit_;
}

} // namespace dpia::ui

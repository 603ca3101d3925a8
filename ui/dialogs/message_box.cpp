#include "ui/dialogs/message_box.h"

#include <QAbstractButton>

namespace dpia::ui {

namespace {

struct State {
    QList<MessageBox::Button> answers;
    QStringList shown;
    bool autoAnswer = false;
};

State& state() {
    static State instance;
    return instance;
}

} // namespace

MessageBox::Button MessageBox::critical(QWidget* parent, const QString& title, const QString& text,
                                        Buttons buttons, Button defaultButton) {
    return show(parent, QMessageBox::Critical, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::warning(QWidget* parent, const QString& title, const QString& text,
                                       Buttons buttons, Button defaultButton) {
    return show(parent, QMessageBox::Warning, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::question(QWidget* parent, const QString& title, const QString& text,
                                        Buttons buttons, Button defaultButton) {
    return show(parent, QMessageBox::Question, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::information(QWidget* parent, const QString& title,
                                           const QString& text) {
    return show(parent, QMessageBox::Information, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

void MessageBox::prepare(Button answer) {
    state().answers.append(answer);
}

void MessageBox::setAutoAnswer(bool on) {
    state().autoAnswer = on;
}

const QStringList& MessageBox::shown() {
    return state().shown;
}

void MessageBox::reset() {
    state().answers.clear();
    state().shown.clear();
}

MessageBox::Button MessageBox::choose(QWidget* parent, const QString& title, const QString& text,
                                      const QList<QPair<Button, QString>>& buttons,
                                      Button defaultButton) {
    Buttons standard;
    for (const auto& [button, label] : buttons) {
        standard |= button;
    }
    return show(parent, QMessageBox::Information, title, text, standard, defaultButton, buttons);
}

MessageBox::Button MessageBox::show(QWidget* parent, QMessageBox::Icon icon, const QString& title,
                                    const QString& text, Buttons buttons, Button defaultButton,
                                    const QList<QPair<Button, QString>>& labels) {
    State& s = state();
    s.shown.append(text);
    if (!s.answers.isEmpty()) {
        return s.answers.takeFirst();
    }
    if (s.autoAnswer) {
        return defaultButton;
    }
    QMessageBox box(icon, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    for (const auto& [button, label] : labels) {
        box.button(button)->setText(label);
    }
    box.setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return static_cast<Button>(box.exec());
}

} // namespace dpia::ui

#pragma once

#include <QList>
#include <QMessageBox>
#include <QString>
#include <QStringList>

namespace dpia::ui {

/// The one way the UI shows a message box. Tests queue the button to press with
/// `prepare()` and read what the user would have seen from `shown()`; without a queued
/// answer under test the default button is taken, so a test never blocks.
class MessageBox {
public:
    using Button = QMessageBox::StandardButton;
    using Buttons = QMessageBox::StandardButtons;

    static Button critical(QWidget* parent, const QString& title, const QString& text,
                           Buttons buttons = QMessageBox::Ok,
                           Button defaultButton = QMessageBox::Ok);
    static Button warning(QWidget* parent, const QString& title, const QString& text,
                          Buttons buttons = QMessageBox::Ok,
                          Button defaultButton = QMessageBox::Ok);
    static Button question(QWidget* parent, const QString& title, const QString& text,
                           Buttons buttons = QMessageBox::Yes | QMessageBox::No,
                           Button defaultButton = QMessageBox::No);
    static Button information(QWidget* parent, const QString& title, const QString& text);
    /// An information box with buttons of its own words ("Open the file"), each standing in
    /// for a standard button (what it returns, and what a test prepares).
    static Button choose(QWidget* parent, const QString& title, const QString& text,
                         const QList<QPair<Button, QString>>& buttons, Button defaultButton);

    /// Queues the button the next message box "returns" (tests only).
    static void prepare(Button answer);
    /// Makes every message box answer at once with its default button (tests only).
    static void setAutoAnswer(bool on);
    /// The texts of the message boxes shown so far, oldest first.
    static const QStringList& shown();
    static void reset();

private:
    static Button show(QWidget* parent, QMessageBox::Icon icon, const QString& title,
                       const QString& text, Buttons buttons, Button defaultButton,
                       const QList<QPair<Button, QString>>& labels = {});
};

} // namespace dpia::ui

#pragma once

#include <QAbstractButton>
#include <QLabel>

namespace dpia::ui {

/// A check box or radio button followed by a word-wrapping label, for option texts too
/// long for one line. Clicking the label clicks the button; the button's accessible
/// name is the label's text.
class OptionRow : public QWidget {
    Q_OBJECT
public:
    OptionRow(QAbstractButton* button, const QString& text, QWidget* parent = nullptr);

    QAbstractButton* button() const { return button_; }
    QLabel* label() const { return label_; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QAbstractButton* button_;
    QLabel* label_;
};

} // namespace dpia::ui

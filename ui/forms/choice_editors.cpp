#include "ui/forms/choice_editors.h"

#include "ui/forms/option_button.h"
#include "ui/text/local_text.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QRadioButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace dpia::ui {

namespace {

std::string optionIdAt(const nlohmann::json* value) {
    return value != nullptr && value->is_string() ? value->get<std::string>() : std::string();
}

} // namespace

// ---- RadioEditor ------------------------------------------------------------------------

RadioEditor::RadioEditor(const baseline::Question& question, DocumentCommands& commands,
                         QWidget* parent)
    : QuestionEditor(question, commands, parent), group_(new QButtonGroup(this)),
      clear_(new QToolButton(this)) {
    const bool yesNo = question.type == baseline::QuestionType::yesno;
    QBoxLayout* options = yesNo ? static_cast<QBoxLayout*>(new QHBoxLayout)
                                : static_cast<QBoxLayout*>(new QVBoxLayout);
    options->setContentsMargins(0, 0, 0, 0);
    auto addButton = [&](const QString& text, nlohmann::json value) {
        auto* radio = new QRadioButton(this);
        const int index = static_cast<int>(values_.size());
        values_.push_back(std::move(value));
        group_->addButton(radio, index);
        if (yesNo) {
            radio->setText(text);
            radio->setAccessibleName(text);
            options->addWidget(radio);
        } else {
            options->addWidget(new OptionRow(radio, text, this));
        }
        radio->setAccessibleDescription(describe());
    };
    if (yesNo) {
        //: Answer of a yes/no question.
        addButton(tr("Yes"), true);
        //: Answer of a yes/no question.
        addButton(tr("No"), false);
    } else {
        for (const baseline::Option& option : question.options) {
            addButton(local(option.label), option.id);
        }
    }
    //: Button that removes the answer of a yes/no or choice question.
    clear_->setText(tr("Clear answer"));
    clear_->setAccessibleDescription(describe());
    clear_->setAutoRaise(true);
    clear_->setToolButtonStyle(Qt::ToolButtonTextOnly);
    clear_->setFocusPolicy(Qt::StrongFocus);
    connect(group_, &QButtonGroup::idClicked, this, &RadioEditor::choose);
    connect(clear_, &QToolButton::clicked, this, [this] { commit(nullptr); });

    // "Clear answer" comes after the options, where the eye and Tab reach it last: beside
    // Yes and No, under a list of options.
    if (yesNo) {
        auto* layout = new QHBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addLayout(options);
        layout->addWidget(clear_);
        layout->addStretch(1);
    } else {
        auto* layout = new QVBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addLayout(options);
        layout->addWidget(clear_, 0, Qt::AlignLeft);
    }
    if (!group_->buttons().isEmpty()) {
        setTabOrder(group_->buttons().last(), clear_);
    }
    showValue(nullptr);
}

QAbstractButton* RadioEditor::button(int index) const {
    return group_->button(index);
}

void RadioEditor::choose(int index) {
    if (index >= 0 && index < static_cast<int>(values_.size())) {
        if (!commit(values_[static_cast<std::size_t>(index)])) {
            showValue(stored()); // refused: show what the document still holds
        }
    }
}

void RadioEditor::showValue(const nlohmann::json* value) {
    int chosen = -1;
    if (value != nullptr) {
        for (std::size_t i = 0; i < values_.size(); ++i) {
            if (values_[i] == *value) {
                chosen = static_cast<int>(i);
            }
        }
    }
    const QSignalBlocker blocker(group_);
    if (chosen >= 0) {
        group_->button(chosen)->setChecked(true);
    } else {
        group_->setExclusive(false);
        for (QAbstractButton* button : group_->buttons()) {
            button->setChecked(false);
        }
        group_->setExclusive(true);
    }
    clear_->setVisible(chosen >= 0);
}

void RadioEditor::setReadOnly(bool readOnly) {
    for (QAbstractButton* button : group_->buttons()) {
        button->setEnabled(!readOnly);
    }
    clear_->setEnabled(!readOnly);
}

QWidget* RadioEditor::focusTarget() const {
    QAbstractButton* checked = group_->checkedButton();
    return checked != nullptr ? checked : group_->button(0);
}

// ---- ComboEditor ------------------------------------------------------------------------

ComboEditor::ComboEditor(const baseline::Question& question, DocumentCommands& commands,
                         QWidget* parent)
    : QuestionEditor(question, commands, parent), combo_(new QComboBox(this)) {
    //: First entry of a drop-down list: the question is not answered yet.
    combo_->addItem(tr("(no answer)"), QString());
    for (const baseline::Option& option : question.options) {
        combo_->addItem(local(option.label), qs(option.id));
    }
    combo_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo_->setMinimumContentsLength(20);
    nameForAccessibility(combo_);
    connect(combo_, &QComboBox::activated, this, &ComboEditor::choose);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(combo_, 1);
}

void ComboEditor::choose(int index) {
    const QString id = combo_->itemData(index).toString();
    if (!commit(id.isEmpty() ? nlohmann::json(nullptr) : nlohmann::json(utf8(id)))) {
        showValue(stored());
    }
}

void ComboEditor::showValue(const nlohmann::json* value) {
    const int found = combo_->findData(qs(optionIdAt(value)));
    const QSignalBlocker blocker(combo_);
    combo_->setCurrentIndex(found < 0 ? 0 : found);
}

void ComboEditor::setReadOnly(bool readOnly) {
    combo_->setEnabled(!readOnly);
}

QWidget* ComboEditor::focusTarget() const {
    return combo_;
}

// ---- MultiChoiceEditor ------------------------------------------------------------------

MultiChoiceEditor::MultiChoiceEditor(const baseline::Question& question, DocumentCommands& commands,
                                     QWidget* parent)
    : QuestionEditor(question, commands, parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (const baseline::Option& option : question.options) {
        auto* box = new QCheckBox(this);
        layout->addWidget(new OptionRow(box, local(option.label), this));
        box->setAccessibleDescription(describe());
        connect(box, &QCheckBox::clicked, this, &MultiChoiceEditor::saveChosen);
        boxes_.push_back(box);
    }
}

void MultiChoiceEditor::saveChosen() {
    nlohmann::json chosen = nlohmann::json::array();
    for (std::size_t i = 0; i < boxes_.size(); ++i) {
        if (boxes_[i]->isChecked()) {
            chosen.push_back(question().options[i].id);
        }
    }
    if (chosen.empty()) {
        chosen = nullptr;
    }
    if (!commit(chosen)) {
        showValue(stored());
    }
}

void MultiChoiceEditor::showValue(const nlohmann::json* value) {
    for (std::size_t i = 0; i < boxes_.size(); ++i) {
        bool checked = false;
        if (value != nullptr && value->is_array()) {
            for (const nlohmann::json& item : *value) {
                checked = checked ||
                          (item.is_string() && item.get<std::string>() == question().options[i].id);
            }
        }
        const QSignalBlocker blocker(boxes_[i]);
        boxes_[i]->setChecked(checked);
    }
}

void MultiChoiceEditor::setReadOnly(bool readOnly) {
    for (QAbstractButton* box : boxes_) {
        box->setEnabled(!readOnly);
    }
}

QWidget* MultiChoiceEditor::focusTarget() const {
    return boxes_.empty() ? nullptr : boxes_.front();
}

} // namespace dpia::ui

#include "ui/decision/signoff_editor.h"

#include "ui/decision/signoff_model.h"
#include "ui/session/document_commands.h"
#include "ui/session/document_session.h"
#include "ui/text/local_text.h"
#include "ui/text/words.h"
#include "ui/widgets/date_field.h"
#include "ui/widgets/row_heights.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace dpia::ui {

SignoffEditor::SignoffEditor(DocumentSession& session, DocumentCommands& commands, QWidget* parent)
    : QWidget(parent), session_(session), commands_(commands),
      model_(new SignoffModel(session, this)), table_(new QTableView(this)),
      add_(new QPushButton(this)), remove_(new QPushButton(this)), role_(new QComboBox(this)),
      name_(new QLineEdit(this)), date_(new DateField(this)), outcome_(new QComboBox(this)),
      text_(new QPlainTextEdit(this)),
      nameSaver_(name_, commands, [this] { return editedSignoff(); }),
      // The combo box has the focus of its line edit, so the saver watches the box.
      outcomeSaver_(
          outcome_, [this] { return outcome_->currentText(); }, commands,
          [this] { return editedSignoff(); }),
      textSaver_(text_, commands, [this] { return editedSignoff(); }) {
    setObjectName(QStringLiteral("signoffEditor"));
    table_->setObjectName(QStringLiteral("signoffTable"));
    table_->setModel(model_);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->verticalHeader()->hide();
    fitRowsToContents(table_); // rows as tall as their wrapped text, not a fixed line
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->setMinimumHeight(fontMetrics().height() * 7);
    //: Accessible name of the table of sign-offs.
    table_->setAccessibleName(tr("Advice and decisions with name and date"));

    //: Buttons under the sign-offs table.
    add_->setText(tr("Add a si&gn-off"));
    remove_->setText(tr("Remove sign-off"));
    for (const auto role :
         {storage::SignoffRole::fg, storage::SignoffRole::ciso, storage::SignoffRole::dataSubjects,
          storage::SignoffRole::processOwner, storage::SignoffRole::controller}) {
        role_->addItem(words::signoffRole(role), static_cast<int>(role));
    }
    //: Field labels of one sign-off.
    role_->setAccessibleName(tr("Role"));
    name_->setAccessibleName(tr("Name and position"));
    name_->setPlaceholderText(tr("e.g. “J. de Vries, data protection officer”"));
    outcome_->setEditable(true);
    outcome_->setInsertPolicy(QComboBox::NoInsert);
    //: Suggested outcomes of an advice or decision (the user may type another).
    outcome_->addItems({tr("Positive"), tr("Positive with conditions"), tr("Negative"),
                        tr("Go ahead"), tr("Go ahead with conditions"), tr("Do not go ahead")});
    outcome_->setAccessibleName(tr("Outcome"));
    //: Accessible name of the date of a sign-off (empty: not yet dated).
    date_->lineEdit()->setAccessibleName(tr("Date"));
    text_->setAccessibleName(tr("Text of the advice or decision"));
    text_->setTabChangesFocus(true);
    text_->setPlaceholderText(
        tr("The advice or decision in full, with its conditions and what was done with it."));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("R&ole:"), role_);
    form->addRow(tr("&Name:"), name_);
    auto* dateLabel = new QLabel(tr("Da&te:"), this);
    dateLabel->setBuddy(date_);
    form->addRow(dateLabel, date_);
    form->addRow(tr("O&utcome:"), outcome_);
    form->addRow(tr("Te&xt:"), text_);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(add_);
    buttons->addWidget(remove_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(table_);
    layout->addLayout(buttons);
    layout->addLayout(form);

    connect(add_, &QPushButton::clicked, this, &SignoffEditor::addSignoff);
    connect(remove_, &QPushButton::clicked, this, &SignoffEditor::removeSignoff);
    connect(table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        commitPending();
        showSelected();
    });
    connect(&session_, &DocumentSession::contentChanged, this, &SignoffEditor::onContentChanged);
    connect(outcome_->lineEdit(), &QLineEdit::textEdited, &outcomeSaver_, &TypingSaver::changed);
    connect(outcome_->lineEdit(), &QLineEdit::returnPressed, &outcomeSaver_, &TypingSaver::flush);
    connect(outcome_, &QComboBox::activated, this, &SignoffEditor::save);
    connect(role_, &QComboBox::activated, this, &SignoffEditor::save);
    connect(date_->lineEdit(), &DateLineEdit::finished, this, &SignoffEditor::saveDate);

    if (model_->rowCount() > 0) {
        table_->selectRow(0);
    }
    showSelected();
}

SignoffEditor::~SignoffEditor() {
    disconnect(date_->lineEdit(), nullptr, this, nullptr);
}

void SignoffEditor::onContentChanged() {
    const int row = model_->rowOf(selected_);
    if (row >= 0) {
        table_->selectRow(row);
    } else if (model_->rowCount() > 0) {
        table_->selectRow(0);
    }
    showSelected();
}

void SignoffEditor::showSelected() {
    const storage::Signoff* item = model_->signoff(table_->currentIndex().row());
    const std::string shown = item != nullptr ? item->id : std::string();
    // Typing of the same sign-off not saved yet stays (a save of another field refreshes
    // the editor while the user types here); a field that shows the stored text (names are
    // stored trimmed) keeps its text and cursor.
    const bool sameItem = shown == selected_;
    const auto show = [sameItem](TypingSaver& saver, const QString& now, const QString& text,
                                 const auto& fill) {
        if (sameItem && saver.isPending()) {
            return;
        }
        if (now == text) {
            saver.markSaved();
        } else {
            saver.refill(fill);
        }
    };
    selected_ = shown;
    filling_ = true;
    role_->setCurrentIndex(
        role_->findData(static_cast<int>(item != nullptr ? item->role : storage::SignoffRole::fg)));
    const QString name = item != nullptr ? qs(item->name) : QString();
    show(nameSaver_, name_->text().trimmed(), name, [&] {
        name_->setText(name);
        name_->setCursorPosition(0);
    });
    if (!(sameItem && date_->lineEdit()->isModified())) {
        date_->lineEdit()->setIsoDate(item != nullptr ? qs(item->date) : QString());
    }
    const QString outcome = item != nullptr ? qs(item->outcome) : QString();
    show(outcomeSaver_, outcome_->currentText().trimmed(), outcome,
         [&] { outcome_->setEditText(outcome); });
    const QString text = item != nullptr ? qs(item->text) : QString();
    show(textSaver_, text_->toPlainText(), text, [&] { text_->setPlainText(text); });
    filling_ = false;
    updateEnabled();
}

void SignoffEditor::updateEnabled() {
    const bool editable = !commands_.isReadOnly();
    const bool chosen = !selected_.empty();
    add_->setEnabled(editable);
    remove_->setEnabled(editable && chosen);
    for (QWidget* field : std::initializer_list<QWidget*>{role_, outcome_}) {
        field->setEnabled(editable && chosen);
    }
    date_->setEnabled(chosen);
    date_->setReadOnly(!editable || !chosen);
    // Read-only text stays selectable, so it can be read and copied.
    name_->setReadOnly(!editable || !chosen);
    text_->setReadOnly(!editable || !chosen);
}

std::optional<storage::Edit> SignoffEditor::editedSignoff() const {
    if (selected_.empty() || commands_.isReadOnly()) {
        return std::nullopt;
    }
    const storage::Signoff* current = model_->signoff(model_->rowOf(selected_));
    if (current == nullptr) {
        return std::nullopt;
    }
    storage::Signoff signoff = *current;
    signoff.role = static_cast<storage::SignoffRole>(role_->currentData().toInt());
    signoff.name = utf8(name_->text().trimmed());
    // A date typed that is not a date keeps the stored one (the field says why).
    signoff.date =
        date_->lineEdit()->isAcceptable() ? utf8(date_->lineEdit()->isoDate()) : current->date;
    signoff.outcome = utf8(outcome_->currentText().trimmed());
    signoff.text = utf8(text_->toPlainText());
    return storage::UpdateSignoff{signoff};
}

void SignoffEditor::save() {
    if (filling_) {
        return;
    }
    const std::optional<storage::Edit> edit = editedSignoff();
    if (edit && commands_.apply(*edit)) {
        // The step took the typed text with it.
        for (TypingSaver* saver : {&nameSaver_, &outcomeSaver_, &textSaver_}) {
            saver->markSaved();
        }
        if (date_->lineEdit()->isAcceptable()) {
            date_->lineEdit()->setDate(date_->lineEdit()->date());
        }
    }
}

void SignoffEditor::saveDate() {
    if (date_->lineEdit()->isModified() && date_->lineEdit()->isAcceptable()) {
        save();
    }
}

void SignoffEditor::commitPending() {
    for (TypingSaver* saver : {&nameSaver_, &outcomeSaver_, &textSaver_}) {
        saver->flush();
    }
    if (date_->lineEdit()->isModified()) {
        date_->lineEdit()->check();
        saveDate();
    }
}

void SignoffEditor::addSignoff() {
    if (commands_.isReadOnly()) {
        return;
    }
    commitPending();
    storage::Signoff signoff;
    signoff.role = storage::SignoffRole::fg;
    const auto added = commands_.apply(storage::AddSignoff{signoff});
    if (!added) {
        return;
    }
    table_->selectRow(model_->rowOf(storage::target(*added)));
    showSelected();
    role_->setFocus(Qt::OtherFocusReason);
}

void SignoffEditor::removeSignoff() {
    if (commands_.isReadOnly() || selected_.empty()) {
        return;
    }
    commands_.apply(storage::RemoveSignoff{selected_});
}

} // namespace dpia::ui

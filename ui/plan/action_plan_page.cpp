#include "ui/plan/action_plan_page.h"

#include "core/baseline/baseline.h"
#include "ui/dialogs/export_flow.h"
#include "ui/dialogs/file_dialog.h"
#include "ui/dialogs/message_box.h"
#include "ui/plan/action_plan_model.h"
#include "ui/session/document_commands.h"
#include "ui/session/document_session.h"
#include "ui/settings/app_settings.h"
#include "ui/text/local_text.h"
#include "ui/text/words.h"
#include "ui/widgets/date_field.h"
#include "ui/widgets/page_header.h"

#include <algorithm>

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

namespace dpia::ui {

namespace {

constexpr int kRiskIdRole = Qt::UserRole + 1;

} // namespace

ActionPlanPage::ActionPlanPage(DocumentSession& session, DocumentCommands& commands,
                               QWidget* parent)
    : WorkspacePage(parent), session_(session), commands_(commands),
      model_(new ActionPlanModel(session, this)), summary_(new QLabel(this)),
      table_(new QTableView(this)), add_(new QPushButton(this)), remove_(new QPushButton(this)),
      export_(new QPushButton(this)), title_(new QLineEdit(this)), owner_(new QLineEdit(this)),
      due_(new DateField(this)), status_(new QComboBox(this)), risks_(new QListWidget(this)),
      titleSaver_(title_, commands,
                  [this]() -> std::optional<storage::Edit> {
                      if (title_->text().trimmed().isEmpty()) {
                          return std::nullopt; // a measure needs words; keep the old title
                      }
                      return editedMeasure();
                  }),
      ownerSaver_(owner_, commands, [this] { return editedMeasure(); }) {
    setObjectName(QStringLiteral("actionPlanPage"));
    summary_->setObjectName(QStringLiteral("actionPlanSummary"));
    //: Buttons of the action plan page.
    add_->setText(tr("&Add measure"));
    add_->setToolTip(tr("Add a measure (Alt+Insert)"));
    remove_->setText(tr("&Remove measure"));
    remove_->setToolTip(tr("Remove the selected measure (Alt+Delete)"));
    export_->setText(tr("Export as &CSV…"));
    export_->setToolTip(tr("Save the action plan as a CSV file for a spreadsheet"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(summary_, 1);
    buttons->addWidget(add_);
    buttons->addWidget(remove_);
    buttons->addWidget(export_);

    table_->setObjectName(QStringLiteral("actionPlanTable"));
    table_->setModel(model_);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setWordWrap(false);
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setSectionResizeMode(ActionPlanModel::TitleColumn,
                                                     QHeaderView::Stretch);
    table_->horizontalHeader()->setSectionResizeMode(ActionPlanModel::RisksColumn,
                                                     QHeaderView::Stretch);
    for (const int column : {ActionPlanModel::OwnerColumn, ActionPlanModel::DueColumn,
                             ActionPlanModel::StatusColumn}) {
        table_->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    }
    //: Accessible name of the table of measures.
    table_->setAccessibleName(tr("Measures of the action plan"));

    //: Labels of the fields of one measure.
    title_->setAccessibleName(tr("Measure"));
    title_->setPlaceholderText(tr("What will be done, e.g. “Turn on MFA for guest accounts”"));
    owner_->setAccessibleName(tr("Owner"));
    owner_->setPlaceholderText(tr("Role or department, e.g. “Functional administrator M365”"));
    //: Accessible name of the due date of a measure (empty: no due date).
    due_->lineEdit()->setAccessibleName(tr("Due date"));
    for (const auto status : {storage::MeasureStatus::open, storage::MeasureStatus::inProgress,
                              storage::MeasureStatus::done}) {
        status_->addItem(words::measureStatus(status), static_cast<int>(status));
    }
    status_->setAccessibleName(tr("Status"));
    risks_->setAccessibleName(tr("Risks this measure lowers"));
    risks_->setObjectName(QStringLiteral("measureRisks"));
    risks_->setWordWrap(true);
    risks_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Measure:"), title_);
    form->addRow(tr("&Owner:"), owner_);
    auto* dueLabel = new QLabel(tr("&Due date:"), this);
    dueLabel->setBuddy(due_);
    form->addRow(dueLabel, due_);
    form->addRow(tr("&Status:"), status_);
    auto* riskColumn = new QVBoxLayout;
    auto* riskLabel = new QLabel(tr("&Risks it lowers:"), this);
    riskLabel->setBuddy(risks_);
    riskColumn->addWidget(riskLabel);
    riskColumn->addWidget(risks_, 1);
    auto* detail = new QGroupBox(tr("Selected measure"), this);
    auto* detailLayout = new QHBoxLayout(detail);
    detailLayout->addLayout(form, 3);
    detailLayout->addLayout(riskColumn, 2);

    auto* layout = new QVBoxLayout(this);
    //: Heading and introduction of the action plan page.
    addPageHeader(layout, this, tr("Action plan"),
                  tr("The measures the municipality still takes to lower the risks, with who "
                     "does it and by when (GDPR article 35(7)(d)). Safeguards you mark as "
                     "planned are counted in the planned risk; record here how and when they "
                     "will be in place."));
    layout->addLayout(buttons);
    layout->addWidget(table_, 3);
    layout->addWidget(detail, 2);

    // Tab as the page reads: the buttons above the table first, then the table.
    setTabOrder(export_, table_);

    auto* addKey = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Insert), this);
    addKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(addKey, &QShortcut::activated, this, &ActionPlanPage::addMeasure);
    auto* removeKey = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Delete), this);
    removeKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(removeKey, &QShortcut::activated, this, &ActionPlanPage::removeMeasure);

    connect(add_, &QPushButton::clicked, this, &ActionPlanPage::addMeasure);
    connect(remove_, &QPushButton::clicked, this, &ActionPlanPage::removeMeasure);
    connect(export_, &QPushButton::clicked, this, &ActionPlanPage::exportCsv);
    connect(table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ActionPlanPage::onSelectionChanged);
    connect(&session_, &DocumentSession::contentChanged, this, &ActionPlanPage::onContentChanged);
    connect(due_->lineEdit(), &DateLineEdit::finished, this, &ActionPlanPage::saveDue);
    connect(status_, &QComboBox::activated, this, &ActionPlanPage::save);
    connect(risks_, &QListWidget::itemChanged, this, &ActionPlanPage::save);

    fillRiskList();
    updateSummary();
    if (model_->rowCount() > 0) {
        table_->selectRow(0);
    }
    showSelected();
}

ActionPlanPage::~ActionPlanPage() {
    disconnect(due_->lineEdit(), nullptr, this, nullptr);
}

void ActionPlanPage::fillRiskList() {
    const bool wasFilling = filling_;
    filling_ = true;
    risks_->clear();
    for (const scoring::RiskResult& risk : session_.evaluation().risks) {
        auto* item = new QListWidgetItem(model_->riskTitle(risk.id), risks_);
        item->setData(kRiskIdRole, qs(risk.id));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
    }
    filling_ = wasFilling;
}

void ActionPlanPage::selectMeasure(const std::string& measureId) {
    const int row = model_->rowOf(measureId);
    if (row >= 0) {
        table_->selectRow(row);
        table_->scrollTo(model_->index(row, 0));
    }
    showSelected();
}

void ActionPlanPage::onSelectionChanged() {
    commitPending();
    showSelected();
}

void ActionPlanPage::onContentChanged() {
    // The model was reset: find the measure that was selected again.
    const std::string keep = selected_;
    if (static_cast<int>(session_.evaluation().risks.size()) != risks_->count()) {
        fillRiskList();
    }
    const int row = model_->rowOf(keep);
    if (row >= 0) {
        table_->selectRow(row);
    } else if (model_->rowCount() > 0) {
        table_->selectRow(0);
    }
    updateSummary();
    showSelected();
}

namespace {

/// Shows `text` in a typed field, unless the field holds typing of the same item not saved
/// yet (a save of the other field refreshes the page while the user types here).
void showTyped(QLineEdit* field, TypingSaver& saver, const QString& text, bool sameItem) {
    if (sameItem && saver.isPending()) {
        return;
    }
    if (field->text().trimmed() == text) {
        saver.markSaved(); // saved trimmed; leave the text and cursor as the user has them
        return;
    }
    saver.refill([&] {
        field->setText(text);
        // Long titles show from their first word, not from where the cursor ended.
        field->setCursorPosition(0);
    });
}

} // namespace

void ActionPlanPage::showSelected() {
    const storage::Measure* measure = model_->measure(table_->currentIndex().row());
    const std::string shown = measure != nullptr ? measure->id : std::string();
    const bool sameItem = shown == selected_;
    selected_ = shown;
    filling_ = true;
    showTyped(title_, titleSaver_, measure != nullptr ? qs(measure->title) : QString(), sameItem);
    showTyped(owner_, ownerSaver_, measure != nullptr ? qs(measure->owner) : QString(), sameItem);
    if (!(sameItem && due_->lineEdit()->isModified())) {
        due_->lineEdit()->setIsoDate(measure != nullptr ? qs(measure->due) : QString());
    }
    status_->setCurrentIndex(status_->findData(
        static_cast<int>(measure != nullptr ? measure->status : storage::MeasureStatus::open)));
    for (int i = 0; i < risks_->count(); ++i) {
        QListWidgetItem* item = risks_->item(i);
        const std::string id = utf8(item->data(kRiskIdRole).toString());
        const bool linked =
            measure != nullptr &&
            std::find(measure->risks.begin(), measure->risks.end(), id) != measure->risks.end();
        item->setCheckState(linked ? Qt::Checked : Qt::Unchecked);
    }
    filling_ = false;
    updateEnabled();
}

void ActionPlanPage::updateEnabled() {
    const bool editable = !commands_.isReadOnly();
    const bool chosen = !selected_.empty();
    add_->setEnabled(editable);
    remove_->setEnabled(editable && chosen);
    for (QWidget* field : std::initializer_list<QWidget*>{title_, owner_, status_}) {
        field->setEnabled(editable && chosen);
    }
    due_->setEnabled(chosen);
    due_->setReadOnly(!editable || !chosen);
    risks_->setEnabled(chosen);
    // A read-only plan can still be read item by item; only the checks are locked. New flags
    // emit itemChanged, which is no change of the measure (it would save, and so close the
    // undo step of the text being typed).
    const bool wasFilling = filling_;
    filling_ = true;
    for (int i = 0; i < risks_->count(); ++i) {
        QListWidgetItem* item = risks_->item(i);
        const Qt::ItemFlags base = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
        item->setFlags(editable ? base | Qt::ItemIsUserCheckable : base);
    }
    filling_ = wasFilling;
    export_->setEnabled(model_->rowCount() > 0);
}

void ActionPlanPage::updateSummary() {
    const int total = model_->rowCount();
    const int late = model_->overdueCount();
    //: Above the action plan; %n is the number of measures.
    QString text = tr("%n measures", nullptr, total);
    if (late > 0) {
        //: Added to the count of measures; %n is how many are past their due date.
        text += QStringLiteral(", ") + tr("%n overdue", nullptr, late);
    }
    summary_->setText(text);
    summary_->setAccessibleName(text);
}

std::optional<storage::Edit> ActionPlanPage::editedMeasure() const {
    if (selected_.empty() || commands_.isReadOnly()) {
        return std::nullopt;
    }
    const storage::Measure* current = model_->measure(model_->rowOf(selected_));
    if (current == nullptr) {
        return std::nullopt;
    }
    storage::Measure measure = *current;
    measure.title = utf8(title_->text().trimmed());
    measure.owner = utf8(owner_->text().trimmed());
    // A due date typed that is not a date keeps the stored one (the field says why).
    measure.due =
        due_->lineEdit()->isAcceptable() ? utf8(due_->lineEdit()->isoDate()) : current->due;
    measure.status = static_cast<storage::MeasureStatus>(status_->currentData().toInt());
    measure.risks.clear();
    for (int i = 0; i < risks_->count(); ++i) {
        if (risks_->item(i)->checkState() == Qt::Checked) {
            measure.risks.push_back(utf8(risks_->item(i)->data(kRiskIdRole).toString()));
        }
    }
    if (measure.title.empty()) {
        // A measure without words means nothing in the plan; keep the old title.
        measure.title = current->title;
    }
    return storage::UpdateMeasure{measure};
}

void ActionPlanPage::save() {
    if (filling_) {
        return;
    }
    const std::optional<storage::Edit> edit = editedMeasure();
    if (edit && commands_.apply(*edit)) {
        // The step took the typed text with it.
        titleSaver_.markSaved();
        ownerSaver_.markSaved();
        if (due_->lineEdit()->isAcceptable()) {
            due_->lineEdit()->setDate(due_->lineEdit()->date());
        }
    }
}

void ActionPlanPage::saveDue() {
    if (due_->lineEdit()->isModified() && due_->lineEdit()->isAcceptable()) {
        save();
    }
}

void ActionPlanPage::commitPending() {
    titleSaver_.flush();
    ownerSaver_.flush();
    if (due_->lineEdit()->isModified()) {
        due_->lineEdit()->check();
        saveDue();
    }
}

void ActionPlanPage::addMeasure() {
    if (commands_.isReadOnly()) {
        return;
    }
    commitPending();
    storage::Measure measure;
    //: Title of a measure just added, selected so the user types over it.
    measure.title = utf8(tr("New measure"));
    const auto added = commands_.apply(storage::AddMeasure{measure});
    if (!added) {
        return;
    }
    selectMeasure(storage::target(*added));
    title_->setFocus(Qt::OtherFocusReason);
    title_->selectAll();
}

void ActionPlanPage::removeMeasure() {
    if (commands_.isReadOnly() || selected_.empty()) {
        return;
    }
    const int row = model_->rowOf(selected_);
    if (commands_.apply(storage::RemoveMeasure{selected_})) {
        const int next = std::min(row, model_->rowCount() - 1);
        if (next >= 0) {
            table_->selectRow(next);
        }
        showSelected();
    }
}

void ActionPlanPage::exportCsv() {
    commitPending();
    //: Suggested file name of the action plan export; %1 is the document's title.
    const QString name = tr("Action plan - %1.csv")
                             .arg(session_.title())
                             .replace(QLatin1Char('/'), QLatin1Char('-'));
    // The dialog asked before replacing the file it returned, not one we add ".csv" to.
    auto existing = storage::files::Existing::replace;
    ExportFlow flow;
    flow.ask = [this, &existing](const QString& suggestion) {
        existing = storage::files::Existing::replace;
        QString path = FileDialog::instance().saveFileName(this, tr("Export the action plan"),
                                                           suggestion, csvFilter());
        if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty()) {
            path += QStringLiteral(".csv");
            existing = storage::files::Existing::keep;
        }
        return path;
    };
    flow.write = [this, &existing](const QString& path) {
        const Status written = session_.exportActionPlanCsv(path, existing);
        return written ? QString() : errorMessage(written.error());
    };
    //: Title of the message when the CSV export failed.
    flow.errorTitle = tr("Cannot export the action plan");
    //: Title of the message after the CSV export.
    flow.doneTitle = tr("Action plan exported");
    //: After the CSV export; %1 is the path of the CSV file.
    flow.done = tr("The action plan is saved as %1.");
    flow.run(this, QDir(settings::defaultFolder()).filePath(name));
}

} // namespace dpia::ui

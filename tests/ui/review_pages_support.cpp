#include "tests/ui/review_pages_support.h"

#include "ui/dialogs/baseline_item_dialog.h"
#include "ui/risks/custom_risk_dialog.h"
#include "ui/risks/override_dialog.h"

#include <QAccessible>
#include <QWidget>

namespace dpia::ui {

void ReviewPagesTest::SetUp() {
    GuiTest::SetUp();
    DocumentSession::Opened created = DocumentSession::createSample(path(QStringLiteral("s.dpia")));
    ASSERT_TRUE(created.ok());
    session_ = std::move(created).value();
    commands_ = std::make_unique<DocumentCommands>(*session_, stack_);
}

void ReviewPagesTest::TearDown() {
    OverrideDialog::setObserver(nullptr);
    CustomRiskDialog::setObserver(nullptr);
    BaselineItemDialog::setObserver(nullptr);
    stack_.clear();
    commands_.reset();
    session_.reset();
    GuiTest::TearDown();
}

} // namespace dpia::ui

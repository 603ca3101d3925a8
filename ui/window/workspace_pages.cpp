#include "ui/window/workspace_pages.h"

#include "ui/coverage/coverage_page.h"
#include "ui/decision/decision_page.h"
#include "ui/plan/action_plan_page.h"
#include "ui/risks/risk_register_page.h"
#include "ui/safeguards/safeguards_page.h"

#include <QCoreApplication>

namespace dpia::ui {

QString workspacePageTitle(std::string_view id) {
    if (id == pages::risks) {
        return QCoreApplication::translate("dpia::ui::WorkspacePages", "Risk register",
                                           "Navigator: the page with the risks and heat map.");
    }
    if (id == pages::safeguards) {
        return QCoreApplication::translate("dpia::ui::WorkspacePages", "Safeguards",
                                           "Navigator: the checklist of safeguards.");
    }
    if (id == pages::coverage) {
        return QCoreApplication::translate("dpia::ui::WorkspacePages", "Requirement coverage",
                                           "Navigator: AVG and BIO requirements met or open.");
    }
    if (id == pages::plan) {
        return QCoreApplication::translate("dpia::ui::WorkspacePages", "Action plan",
                                           "Navigator: the measures still to take.");
    }
    if (id == pages::decision) {
        return QCoreApplication::translate("dpia::ui::WorkspacePages", "Sign-off and status",
                                           "Navigator: what is missing, sign-offs, status.");
    }
    return {};
}

WorkspacePage* createWorkspacePage(std::string_view pageId, DocumentSession& session,
                                   DocumentCommands& commands, QWidget* parent) {
    if (pageId == pages::risks) {
        return new RiskRegisterPage(session, commands, parent);
    }
    if (pageId == pages::safeguards) {
        return new SafeguardsPage(session, commands, parent);
    }
    if (pageId == pages::coverage) {
        return new CoveragePage(session, commands, parent);
    }
    if (pageId == pages::decision) {
        return new DecisionPage(session, commands, parent);
    }
    if (pageId == pages::plan) {
        return new ActionPlanPage(session, commands, parent);
    }
    return nullptr;
}

} // namespace dpia::ui

#pragma once

#include "ui/session/page_ids.h"

#include <string_view>

#include <QString>

class QWidget;

namespace dpia::ui {

class DocumentCommands;
class DocumentSession;

/// The page's title in the navigator, in the UI language.
QString workspacePageTitle(std::string_view id);

class WorkspacePage;

/// Builds the page `pageId` (one of workspacePageIds()); nullptr for an unknown id.
WorkspacePage* createWorkspacePage(std::string_view pageId, DocumentSession& session,
                                   DocumentCommands& commands, QWidget* parent);

} // namespace dpia::ui

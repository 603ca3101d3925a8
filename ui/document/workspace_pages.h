#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <QString>

class QWidget;

namespace dpia::ui {

class DocumentCommands;
class DocumentSession;

/// The pages of the document window after the questionnaire: their ids start with '@' so
/// they never meet a baseline section id (those are lowercase words).
namespace pages {
inline constexpr std::string_view risks = "@risks";
inline constexpr std::string_view safeguards = "@safeguards";
inline constexpr std::string_view coverage = "@coverage";
inline constexpr std::string_view plan = "@plan";
inline constexpr std::string_view decision = "@decision";
} // namespace pages

/// The workspace page ids in navigator order.
const std::vector<std::string>& workspacePageIds();
bool isWorkspacePage(std::string_view id);
/// The page's title in the navigator, in the UI language.
QString workspacePageTitle(std::string_view id);

/// Builds the page `pageId` (one of workspacePageIds()); nullptr for an unknown id.
QWidget* createWorkspacePage(std::string_view pageId, DocumentSession& session,
                             DocumentCommands& commands, QWidget* parent);

} // namespace dpia::ui

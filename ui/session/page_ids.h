#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace dpia::ui {

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
inline const std::vector<std::string>& workspacePageIds() {
    static const std::vector<std::string> ids{
        std::string(pages::risks), std::string(pages::safeguards), std::string(pages::coverage),
        std::string(pages::plan), std::string(pages::decision)};
    return ids;
}
inline bool isWorkspacePage(std::string_view id) {
    return !id.empty() && id.front() == '@';
}

} // namespace dpia::ui

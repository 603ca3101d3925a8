// MainWindow: Help → User guide (F1), opened at the section that explains the page in view.
#include "ui/dialogs/help_window.h"
#include "ui/session/document_session.h"
#include "ui/session/page_ids.h"
#include "ui/text/local_text.h"
#include "ui/window/document_view.h"
#include "ui/window/main_window.h"

namespace dpia::ui {

namespace {

/// The heading in docs/USER-GUIDE.md that explains `pageId` (a page after the
/// questionnaire, a section of it, or empty for the start page). The GUI test opens every
/// page with F1, so a heading renamed in the guide fails it.
LocalText guideSectionFor(std::string_view pageId) {
    if (pageId.empty()) {
        return {"Beginnen", "Getting started"};
    }
    if (pageId == pages::risks) {
        return {"Risicoregister", "Risk register"};
    }
    if (pageId == pages::safeguards) {
        return {"Maatregelen", "Safeguards"};
    }
    if (pageId == pages::coverage) {
        return {"Dekking van de eisen", "Requirement coverage"};
    }
    if (pageId == pages::plan) {
        return {"Plan van aanpak", "Action plan"};
    }
    if (pageId == pages::decision) {
        return {"Vaststelling en status", "Sign-off and status"};
    }
    return {"Antwoorden", "Answering"}; // a section of the questionnaire
}

} // namespace

void MainWindow::showHelp() {
    const Lang lang = uiLang();
    if (help_ != nullptr && helpLang_ != lang) {
        help_->deleteLater(); // the language was changed in the settings
        help_ = nullptr;
    }
    if (help_ == nullptr) {
        help_ = new HelpWindow(lang, this);
        helpLang_ = lang;
    }
    const std::string page =
        session_ != nullptr && view_ != nullptr ? view_->currentPageId() : std::string();
    // Shown first: the section's place in the text follows from the window's width.
    help_->show();
    help_->raise();
    help_->activateWindow();
    help_->showSection(qs(guideSectionFor(page).in(lang)));
}

} // namespace dpia::ui

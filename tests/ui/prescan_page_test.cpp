// Issue 22 items 3 and 4, as the officer sees them: a new DPIA's pre-scan page does not say
// "niet verplicht" before the deciding questions are answered, it lists them instead; and a
// fact the pre-scan asks is shown, not asked again, in part A.
#include "core/baseline/baseline.h"
#include "tests/harmless_answers.h"
#include "tests/ui/gui_test_support.h"
#include "ui/forms/answered_elsewhere.h"
#include "ui/forms/form_page.h"
#include "ui/forms/question_block.h"
#include "ui/forms/question_editor.h"
#include "ui/forms/verdict_panel.h"
#include "ui/session/document_session.h"
#include "ui/text/local_text.h"
#include "ui/text/translator.h"
#include "ui/window/document_view.h"
#include "ui/window/main_window.h"

#include <QApplication>
#include <QLabel>

namespace dpia::ui {
namespace {

class PrescanPage : public GuiTest {};

TEST_F(PrescanPage, ANewDpiaIsNotDecidedAndListsTheQuestionsThatDecideIt) {
    const ScopedLanguage dutch(kDutch);
    MainWindow window;
    window.show();
    createThroughStartPage(window, path(QStringLiteral("nieuw.dpia")));
    DocumentSession& session = *window.session();
    VerdictPanel* verdict = window.documentView()->currentPage()->verdictPanel();
    ASSERT_NE(verdict, nullptr) << "the first page is part of the pre-scan";
    const QString text = verdict->verdictLabel()->text();
    EXPECT_FALSE(text.contains(QStringLiteral("niet verplicht"))) << text.toStdString();
    EXPECT_TRUE(text.startsWith(QStringLiteral("Nog niet te bepalen"))) << text.toStdString();
    QLabel* missing = verdict->missingLabel();
    ASSERT_TRUE(missing->isVisibleTo(verdict));
    const baseline::Question* newLaw = session.baseline().question("pre_new_law");
    ASSERT_NE(newLaw, nullptr);
    EXPECT_TRUE(missing->text().contains(local(newLaw->text).toHtmlEscaped()))
        << missing->text().toStdString();

    // A link in the list goes to its question.
    emit missing->linkActivated(QStringLiteral("pre_subjects_count"));
    QuestionEditor* count =
        window.documentView()->currentPage()->block("pre_subjects_count")
            ? window.documentView()->currentPage()->block("pre_subjects_count")->editor()
            : nullptr;
    ASSERT_NE(count, nullptr) << "the page of the question is shown";
    EXPECT_TRUE(count->focusTarget()->hasFocus());

    // Answered, the pre-scan gives its verdict and the list goes.
    for (int round = 0; round < 5 && !session.evaluation().screening.decided(); ++round) {
        storage::EditList edits;
        for (const std::string& id : session.evaluation().screening.undecidedBy) {
            edits.push_back(
                storage::SetAnswer{id, testing::harmlessAnswer(*session.baseline().question(id))});
        }
        ASSERT_TRUE(session.apply(edits).ok());
    }
    verdict = window.documentView()->currentPage()->verdictPanel();
    ASSERT_NE(verdict, nullptr);
    EXPECT_EQ(verdict->verdictLabel()->text(), QStringLiteral("Een DPIA is niet verplicht."));
    EXPECT_FALSE(verdict->missingLabel()->isVisibleTo(verdict));
}

TEST_F(PrescanPage, PartAShowsTheCloudModelOfThePrescanWithALinkToIt) {
    MainWindow window;
    window.show();
    createThroughStartPage(window, path(QStringLiteral("cloud.dpia")));
    DocumentSession& session = *window.session();
    const baseline::Question* cloud = session.baseline().question("pre_cloud_model");
    ASSERT_NE(cloud, nullptr);
    ASSERT_TRUE(session.apply({storage::SetAnswer{"pre_cloud_model", "hybrid"}}).ok());

    FormPage* a4 = window.documentView()->showSection("a4");
    ASSERT_NE(a4, nullptr);
    EXPECT_EQ(a4->block("pre_cloud_model"), nullptr) << "not asked a second time";
    // Also the three pre-scan questions that part A's "algorithms?" is read from (1.3.0).
    ASSERT_EQ(a4->answeredElsewhere().size(), 4U);
    AnsweredElsewhere* shown = a4->answeredElsewhere().front();
    EXPECT_EQ(shown->question().id, "pre_cloud_model");
    EXPECT_TRUE(shown->isVisibleTo(a4));
    const QString label = shown->label()->text();
    EXPECT_TRUE(label.contains(local(cloud->options.at(1).label).toHtmlEscaped()))
        << label.toStdString();
    EXPECT_TRUE(label.contains(QStringLiteral("Pre-scan"))) << label.toStdString();

    // The answer changes in the pre-scan; part A shows the new one.
    ASSERT_TRUE(session.apply({storage::SetAnswer{"pre_cloud_model", "saas"}}).ok());
    EXPECT_TRUE(shown->label()->text().contains(local(cloud->options.at(0).label).toHtmlEscaped()));

    // The link leads to the one question.
    emit shown->label()->linkActivated(QStringLiteral("question"));
    FormPage* current = window.documentView()->currentPage();
    ASSERT_NE(current, nullptr);
    EXPECT_EQ(current->sectionId(), cloud->section);
    ASSERT_NE(current->block("pre_cloud_model"), nullptr);
    EXPECT_TRUE(current->block("pre_cloud_model")->editor()->focusTarget()->hasFocus());
}

/// The ids of the questions a page shows read-only, in order.
std::vector<std::string> shownIds(const FormPage& page) {
    std::vector<std::string> ids;
    for (const AnsweredElsewhere* shown : page.answeredElsewhere()) {
        ids.push_back(shown->question().id);
    }
    return ids;
}

// Baseline 1.3.0: part A §8 no longer asks "outside the EEA?" (yes/no); it shows the
// pre-scan's answer, and that answer decides whether §8 asks for supplementary measures.
TEST_F(PrescanPage, PartAShowsTheTransferOfThePrescanAndAsksForMeasuresOnlyWhenThereIsOne) {
    const ScopedLanguage english(kEnglish);
    MainWindow window;
    window.show();
    createThroughStartPage(window, path(QStringLiteral("eea.dpia")));
    DocumentSession& session = *window.session();
    ASSERT_EQ(session.baseline().question("a8_outside_eea"), nullptr);
    const baseline::Question* transfer = session.baseline().question("pre_transfer");
    ASSERT_NE(transfer, nullptr);
    ASSERT_TRUE(session.apply({storage::SetAnswer{"pre_transfer", "eea-only"}}).ok());

    FormPage* a8 = window.documentView()->showSection("a8");
    ASSERT_NE(a8, nullptr);
    EXPECT_EQ(shownIds(*a8), std::vector<std::string>{"pre_transfer"});
    AnsweredElsewhere* shown = a8->answeredElsewhere().front();
    EXPECT_TRUE(shown->isVisibleTo(a8));
    EXPECT_TRUE(
        shown->label()->text().contains(local(transfer->options.at(0).label).toHtmlEscaped()))
        << shown->label()->text().toStdString();
    ASSERT_NE(a8->block("a8_measures"), nullptr);
    EXPECT_FALSE(a8->block("a8_measures")->isVisibleTo(a8)) << "all within the EEA";

    ASSERT_TRUE(session.apply({storage::SetAnswer{"pre_transfer", "stored-outside"}}).ok());
    EXPECT_TRUE(
        shown->label()->text().contains(local(transfer->options.at(2).label).toHtmlEscaped()));
    EXPECT_TRUE(a8->block("a8_measures")->isVisibleTo(a8)) << "a transfer: which measures?";

    // Part A §4 shows what "algorithms?" is read from; profiling alone asks the description.
    FormPage* a4 = window.documentView()->showSection("a4");
    ASSERT_NE(a4, nullptr);
    EXPECT_EQ(shownIds(*a4), (std::vector<std::string>{"pre_cloud_model", "pre_algorithms",
                                                       "pre_profiling_decisions", "pre_copilot"}));
    ASSERT_NE(a4->block("a4_algorithms_description"), nullptr);
    EXPECT_FALSE(a4->block("a4_algorithms_description")->isVisibleTo(a4));
    ASSERT_TRUE(session
                    .apply({storage::SetAnswer{"pre_algorithms", "none"},
                            storage::SetAnswer{"pre_profiling_decisions", "evaluation"}})
                    .ok());
    EXPECT_TRUE(a4->block("a4_algorithms_description")->isVisibleTo(a4));
}

// Baseline 1.4.0: part B §12 shows the pre-scan's two lists instead of asking "special
// categories?", "criminal data?" and "BSN?" again, and its follow-ups follow those lists.
TEST_F(PrescanPage, Section12ShowsThePrescansListsAndAsksTheLawWhenTheyNameTheData) {
    const ScopedLanguage dutch(kDutch);
    MainWindow window;
    window.show();
    createThroughStartPage(window, path(QStringLiteral("b12.dpia")));
    DocumentSession& session = *window.session();
    ASSERT_TRUE(
        session
            .apply({storage::SetAnswer{"pre_special_data", nlohmann::json::array({"none"})},
                    storage::SetAnswer{"pre_sensitive_data", nlohmann::json::array({"none"})}})
            .ok());
    FormPage* b12 = window.documentView()->showSection("b12");
    ASSERT_NE(b12, nullptr);
    EXPECT_EQ(shownIds(*b12), (std::vector<std::string>{"pre_special_data", "pre_sensitive_data"}));
    EXPECT_EQ(b12->block("b12_special"), nullptr);
    ASSERT_NE(b12->block("b12_special_exception"), nullptr);
    ASSERT_NE(b12->block("b12_bsn_basis"), nullptr);
    EXPECT_FALSE(b12->block("b12_special_exception")->isVisibleTo(b12));
    EXPECT_FALSE(b12->block("b12_bsn_basis")->isVisibleTo(b12));

    const baseline::Question* special = session.baseline().question("pre_special_data");
    ASSERT_TRUE(
        session
            .apply({storage::SetAnswer{"pre_special_data", nlohmann::json::array({"health"})},
                    storage::SetAnswer{"pre_sensitive_data", nlohmann::json::array({"bsn"})}})
            .ok());
    const QString shown = b12->answeredElsewhere().front()->label()->text();
    EXPECT_TRUE(shown.contains(local(special->options.at(1).label).toHtmlEscaped()))
        << shown.toStdString();
    EXPECT_TRUE(b12->block("b12_special_exception")->isVisibleTo(b12));
    EXPECT_TRUE(b12->block("b12_bsn_basis")->isVisibleTo(b12));
    EXPECT_FALSE(b12->block("b12_criminal_basis")->isVisibleTo(b12));
}

} // namespace
} // namespace dpia::ui

// Visibility conditions apply live: answering a question shows or hides the questions
// whose rule reads it.
#include "core/baseline/baseline.h"
#include "tests/ui/gui_test_support.h"
#include "ui/forms/choice_editors.h"
#include "ui/forms/form_page.h"
#include "ui/forms/question_block.h"
#include "ui/session/document_session.h"
#include "ui/window/document_view.h"
#include "ui/window/main_window.h"

#include <QAbstractButton>
#include <QToolButton>

namespace dpia::ui {
namespace {

class Visibility : public GuiTest {};

struct Pair {
    const baseline::Question* dependent = nullptr;
    const baseline::Question* trigger = nullptr; ///< a yes/no question its rule reads
};

/// A question whose visibility rule reads a yes/no question whose "yes" and "no" give a
/// different outcome, all else unanswered.
Pair findPair(const baseline::Baseline& baseline) {
    for (const baseline::Question& question : baseline.questions()) {
        if (!question.visibleIf) {
            continue;
        }
        for (const std::string& id : question.visibleIf->questionIds()) {
            const baseline::Question* trigger = baseline.question(id);
            if (trigger == nullptr || trigger->type != baseline::QuestionType::yesno) {
                continue;
            }
            auto outcome = [&](bool yes) {
                const nlohmann::json value = yes;
                return question.visibleIf->evaluate(
                    [&](std::string_view asked) { return asked == id ? &value : nullptr; });
            };
            if (outcome(true) != outcome(false)) {
                return {&question, trigger};
            }
        }
    }
    return {};
}

TEST_F(Visibility, AnsweringShowsAndHidesTheDependentQuestion) {
    MainWindow window;
    window.show();
    createThroughStartPage(window, path(QStringLiteral("visible.dpia")));
    const Pair pair = findPair(window.session()->baseline());
    ASSERT_NE(pair.dependent, nullptr) << "the baseline has no yes/no-driven visibility rule";

    auto* trigger = static_cast<RadioEditor*>(editorFor(window, pair.trigger->id));
    ASSERT_NE(trigger, nullptr);
    DocumentView* view = window.documentView();
    QuestionBlock* dependent = view->page(pair.dependent->section)->block(pair.dependent->id);
    ASSERT_NE(dependent, nullptr);
    FormPage* page = view->page(pair.dependent->section);

    auto shownFor = [&](bool yes) {
        trigger->button(yes ? 0 : 1)->click();
        return dependent->isVisibleTo(page);
    };
    const bool whenYes = shownFor(true);
    const bool whenNo = shownFor(false);
    EXPECT_NE(whenYes, whenNo);

    // Clearing the answer applies the rule again (an unanswered question compares false).
    trigger->clearButton()->click();
    const nlohmann::json* none = nullptr;
    const bool expected = pair.dependent->visibleIf->evaluate(
        [&](std::string_view) -> const nlohmann::json* { return none; });
    EXPECT_EQ(dependent->isVisibleTo(page), expected);
}

} // namespace
} // namespace dpia::ui

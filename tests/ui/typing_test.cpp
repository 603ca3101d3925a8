// One rule for typed text (issue 14, item 5): every text field saves after the same typing
// pause (kTypingPauseMs) and at once when the focus moves, one visit to a field is one undo
// step, and a field refilled from the document writes nothing. One field of each kind:
// a questionnaire text, a safeguard's evidence, a measure's owner and a sign-off's name.
#include "core/baseline/baseline.h"
#include "tests/ui/gui_test_support.h"
#include "ui/decision/decision_page.h"
#include "ui/decision/signoff_editor.h"
#include "ui/forms/question_editor.h"
#include "ui/plan/action_plan_page.h"
#include "ui/safeguards/safeguard_status.h"
#include "ui/safeguards/safeguards_page.h"
#include "ui/session/document_session.h"
#include "ui/session/page_ids.h"
#include "ui/widgets/typing_saver.h"
#include "ui/window/document_view.h"
#include "ui/window/main_window.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

namespace dpia::ui {
namespace {

using baseline::QuestionType;

/// Just past the typing pause, so the debounced save has run.
void waitPastThePause() {
    QTest::qWait(kTypingPauseMs + 250);
}

class Typing : public GuiTest {
protected:
    /// Shows the window and waits until it is active, so focus changes reach the fields.
    void activate(MainWindow& window) {
        window.show();
        window.activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    }

    template <typename Page>
    Page* openExampleOn(MainWindow& window, std::string_view pageId) {
        window.show();
        window.openExample();
        EXPECT_NE(window.session(), nullptr);
        if (window.session() == nullptr) {
            return nullptr;
        }
        return qobject_cast<Page*>(window.documentView()->showPage(std::string(pageId)));
    }

    static std::size_t logSize(const DocumentSession& session) {
        return session.assessment().changeLog.size();
    }
};

// ---- a questionnaire text ---------------------------------------------------------------

struct TextField {
    const baseline::Question* question = nullptr;
    QPlainTextEdit* edit = nullptr;
};

TextField textField(MainWindow& window) {
    TextField field;
    field.question = reachableOfType(*window.session(), QuestionType::text);
    if (field.question != nullptr) {
        field.edit =
            static_cast<QPlainTextEdit*>(editorFor(window, field.question->id)->focusTarget());
    }
    return field;
}

TEST_F(Typing, QuestionnaireTextIsSavedAfterThePauseAsOneUndoStep) {
    MainWindow window;
    createThroughStartPage(window, path(QStringLiteral("text-pause.dpia")));
    activate(window);
    DocumentSession& session = *window.session();
    const TextField field = textField(window);
    ASSERT_NE(field.edit, nullptr);
    const int steps = window.undoStack()->count();
    field.edit->setFocus();
    QTest::keyClicks(field.edit, QStringLiteral("Eerste"));
    EXPECT_TRUE(stored(session, field.question->id).is_null()); // still typing
    waitPastThePause();
    EXPECT_EQ(stored(session, field.question->id), "Eerste");
    QTest::keyClicks(field.edit, QStringLiteral(" zin."));
    waitPastThePause();
    EXPECT_EQ(stored(session, field.question->id), "Eerste zin.");
    EXPECT_EQ(window.undoStack()->count(), steps + 1); // one paragraph, one step
    window.undoStack()->undo();
    EXPECT_TRUE(stored(session, field.question->id).is_null());
}

TEST_F(Typing, QuestionnaireTextIsSavedAtOnceWhenTheFocusMoves) {
    MainWindow window;
    createThroughStartPage(window, path(QStringLiteral("text-focus.dpia")));
    activate(window);
    DocumentSession& session = *window.session();
    const TextField field = textField(window);
    ASSERT_NE(field.edit, nullptr);
    field.edit->setFocus();
    QTest::keyClicks(field.edit, QStringLiteral("Meteen"));
    window.documentView()->navigator()->setFocus();
    EXPECT_EQ(stored(session, field.question->id), "Meteen");
    // Leaving closed the step: the next visit is a step of its own.
    const int steps = window.undoStack()->count();
    field.edit->setFocus();
    QTest::keyClicks(field.edit, QStringLiteral(" erbij"));
    window.documentView()->navigator()->setFocus();
    EXPECT_EQ(stored(session, field.question->id), "Meteen erbij");
    EXPECT_EQ(window.undoStack()->count(), steps + 1);
}

TEST_F(Typing, QuestionnaireTextRefilledFromTheDocumentWritesNothing) {
    MainWindow window;
    createThroughStartPage(window, path(QStringLiteral("text-refill.dpia")));
    activate(window);
    DocumentSession& session = *window.session();
    const TextField field = textField(window);
    ASSERT_NE(field.edit, nullptr);
    field.edit->setFocus();
    QTest::keyClicks(field.edit, QStringLiteral("Weg"));
    window.documentView()->navigator()->setFocus();
    ASSERT_EQ(stored(session, field.question->id), "Weg");
    window.undoStack()->undo(); // refills the field from the document
    EXPECT_TRUE(field.edit->toPlainText().isEmpty());
    const std::size_t log = logSize(session);
    const int steps = window.undoStack()->count();
    waitPastThePause();
    field.edit->setFocus();
    window.documentView()->navigator()->setFocus();
    EXPECT_EQ(logSize(session), log);
    EXPECT_EQ(window.undoStack()->count(), steps);
    EXPECT_TRUE(window.undoStack()->canRedo()); // nothing pushed over the undone step
}

// ---- a safeguard's evidence -------------------------------------------------------------

/// The safeguards page on the example, its first safeguard selected with a status.
SafeguardsPage* safeguardWithStatus(MainWindow& window, SafeguardsPage* page, std::string& id) {
    if (page == nullptr || window.session()->assessment().safeguards.empty()) {
        return nullptr;
    }
    id = window.session()->assessment().safeguards.begin()->first;
    if (!page->selectSafeguard(id)) {
        return nullptr;
    }
    return page->evidenceEdit()->isEnabled() ? page : nullptr;
}

TEST_F(Typing, SafeguardEvidenceIsSavedAfterThePauseAsOneUndoStep) {
    MainWindow window;
    std::string id;
    auto* page =
        safeguardWithStatus(window, openExampleOn<SafeguardsPage>(window, pages::safeguards), id);
    ASSERT_NE(page, nullptr);
    activate(window);
    DocumentSession& session = *window.session();
    const std::string before = session.assessment().safeguards.at(id).evidence;
    const int steps = window.undoStack()->count();
    QPlainTextEdit* edit = page->evidenceEdit();
    edit->setFocus();
    edit->moveCursor(QTextCursor::End);
    QTest::keyClicks(edit, QStringLiteral(" Gezien"));
    EXPECT_EQ(session.assessment().safeguards.at(id).evidence, before); // still typing
    waitPastThePause();
    EXPECT_EQ(session.assessment().safeguards.at(id).evidence, before + " Gezien");
    QTest::keyClicks(edit, QStringLiteral(" op 12-10."));
    waitPastThePause();
    EXPECT_EQ(session.assessment().safeguards.at(id).evidence, before + " Gezien op 12-10.");
    EXPECT_EQ(window.undoStack()->count(), steps + 1);
    window.undoStack()->undo();
    EXPECT_EQ(session.assessment().safeguards.at(id).evidence, before);
}

TEST_F(Typing, SafeguardEvidenceIsSavedAtOnceWhenTheFocusMoves) {
    MainWindow window;
    std::string id;
    auto* page =
        safeguardWithStatus(window, openExampleOn<SafeguardsPage>(window, pages::safeguards), id);
    ASSERT_NE(page, nullptr);
    activate(window);
    DocumentSession& session = *window.session();
    QPlainTextEdit* edit = page->evidenceEdit();
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("Auditrapport"));
    page->tree()->setFocus();
    EXPECT_EQ(session.assessment().safeguards.at(id).evidence, "Auditrapport");
}

TEST_F(Typing, SafeguardEvidenceRefilledFromTheDocumentWritesNothing) {
    MainWindow window;
    std::string id;
    auto* page =
        safeguardWithStatus(window, openExampleOn<SafeguardsPage>(window, pages::safeguards), id);
    ASSERT_NE(page, nullptr);
    activate(window);
    DocumentSession& session = *window.session();
    const std::string before = session.assessment().safeguards.at(id).evidence;
    QPlainTextEdit* edit = page->evidenceEdit();
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("Tijdelijk"));
    page->tree()->setFocus();
    ASSERT_EQ(session.assessment().safeguards.at(id).evidence, "Tijdelijk");
    window.undoStack()->undo(); // refills the field from the document
    EXPECT_EQ(edit->toPlainText().toStdString(), before);
    const std::size_t log = logSize(session);
    waitPastThePause();
    edit->setFocus();
    page->tree()->setFocus();
    page->commitPending();
    EXPECT_EQ(logSize(session), log);
    EXPECT_TRUE(window.undoStack()->canRedo());
}

// ---- a measure's owner ------------------------------------------------------------------

TEST_F(Typing, MeasureOwnerIsSavedAfterThePauseAsOneUndoStep) {
    MainWindow window;
    auto* plan = openExampleOn<ActionPlanPage>(window, pages::plan);
    ASSERT_NE(plan, nullptr);
    activate(window);
    DocumentSession& session = *window.session();
    const std::string id = plan->selectedId();
    ASSERT_FALSE(id.empty());
    const auto owner = [&] {
        for (const storage::Measure& measure : session.assessment().measures) {
            if (measure.id == id) {
                return measure.owner;
            }
        }
        return std::string("(gone)");
    };
    const std::string before = owner();
    const int steps = window.undoStack()->count();
    plan->ownerEdit()->setFocus();
    plan->ownerEdit()->selectAll();
    QTest::keyClicks(plan->ownerEdit(), QStringLiteral("Informatie"));
    EXPECT_EQ(owner(), before); // still typing
    waitPastThePause();
    EXPECT_EQ(owner(), "Informatie"); // saved while the field still has the focus
    EXPECT_TRUE(plan->ownerEdit()->hasFocus());
    EXPECT_EQ(plan->ownerEdit()->cursorPosition(), 10); // the refresh left the cursor
    QTest::keyClicks(plan->ownerEdit(), QStringLiteral("beveiliging"));
    waitPastThePause();
    EXPECT_EQ(owner(), "Informatiebeveiliging");
    EXPECT_EQ(window.undoStack()->count(), steps + 1);
    window.undoStack()->undo();
    EXPECT_EQ(owner(), before);
}

TEST_F(Typing, MeasureOwnerIsSavedAtOnceWhenTheFocusMoves) {
    MainWindow window;
    auto* plan = openExampleOn<ActionPlanPage>(window, pages::plan);
    ASSERT_NE(plan, nullptr);
    activate(window);
    DocumentSession& session = *window.session();
    plan->ownerEdit()->setFocus();
    plan->ownerEdit()->selectAll();
    QTest::keyClicks(plan->ownerEdit(), QStringLiteral("Team ICT"));
    plan->titleEdit()->setFocus();
    EXPECT_EQ(session.assessment().measures.front().id, plan->selectedId());
    EXPECT_EQ(session.assessment().measures.front().owner, "Team ICT");
}

TEST_F(Typing, MeasureOwnerRefilledFromTheDocumentWritesNothing) {
    MainWindow window;
    auto* plan = openExampleOn<ActionPlanPage>(window, pages::plan);
    ASSERT_NE(plan, nullptr);
    activate(window);
    DocumentSession& session = *window.session();
    ASSERT_EQ(session.assessment().measures.front().id, plan->selectedId());
    const QString before = plan->ownerEdit()->text();
    plan->ownerEdit()->setFocus();
    plan->ownerEdit()->selectAll();
    QTest::keyClicks(plan->ownerEdit(), QStringLiteral("Tijdelijk"));
    plan->titleEdit()->setFocus();
    ASSERT_EQ(session.assessment().measures.front().owner, "Tijdelijk");
    window.undoStack()->undo(); // refills the fields from the document
    EXPECT_EQ(plan->ownerEdit()->text(), before);
    const std::size_t log = logSize(session);
    waitPastThePause();
    plan->ownerEdit()->setFocus();
    plan->titleEdit()->setFocus();
    plan->commitPending();
    EXPECT_EQ(logSize(session), log);
    EXPECT_TRUE(window.undoStack()->canRedo());
}

// ---- a sign-off's name ------------------------------------------------------------------

/// The decision page with a sign-off just added and selected.
SignoffEditor* newSignoff(DecisionPage* page) {
    if (page == nullptr) {
        return nullptr;
    }
    SignoffEditor* editor = page->signoffs();
    QTest::mouseClick(editor->addButton(), Qt::LeftButton);
    return editor->selectedId().empty() ? nullptr : editor;
}

std::string signoffName(const DocumentSession& session, const std::string& id) {
    for (const storage::Signoff& signoff : session.assessment().signoffs) {
        if (signoff.id == id) {
            return signoff.name;
        }
    }
    return "(gone)";
}

TEST_F(Typing, SignoffNameIsSavedAfterThePauseAsOneUndoStep) {
    MainWindow window;
    SignoffEditor* editor = newSignoff(openExampleOn<DecisionPage>(window, pages::decision));
    ASSERT_NE(editor, nullptr);
    activate(window);
    DocumentSession& session = *window.session();
    const std::string id = editor->selectedId();
    const int steps = window.undoStack()->count();
    editor->nameEdit()->setFocus();
    QTest::keyClicks(editor->nameEdit(), QStringLiteral("J. de Vries"));
    EXPECT_EQ(signoffName(session, id), ""); // still typing
    waitPastThePause();
    EXPECT_EQ(signoffName(session, id), "J. de Vries");
    QTest::keyClicks(editor->nameEdit(), QStringLiteral(", FG"));
    waitPastThePause();
    EXPECT_EQ(signoffName(session, id), "J. de Vries, FG");
    EXPECT_EQ(window.undoStack()->count(), steps + 1);
    window.undoStack()->undo();
    EXPECT_EQ(signoffName(session, id), "");
}

TEST_F(Typing, SignoffNameIsSavedAtOnceWhenTheFocusMoves) {
    MainWindow window;
    SignoffEditor* editor = newSignoff(openExampleOn<DecisionPage>(window, pages::decision));
    ASSERT_NE(editor, nullptr);
    activate(window);
    DocumentSession& session = *window.session();
    editor->nameEdit()->setFocus();
    QTest::keyClicks(editor->nameEdit(), QStringLiteral("College van B&W"));
    editor->textEdit()->setFocus();
    EXPECT_EQ(signoffName(session, editor->selectedId()), "College van B&W");
}

TEST_F(Typing, SignoffNameRefilledFromTheDocumentWritesNothing) {
    MainWindow window;
    SignoffEditor* editor = newSignoff(openExampleOn<DecisionPage>(window, pages::decision));
    ASSERT_NE(editor, nullptr);
    activate(window);
    DocumentSession& session = *window.session();
    const std::string id = editor->selectedId();
    editor->nameEdit()->setFocus();
    QTest::keyClicks(editor->nameEdit(), QStringLiteral("Tijdelijk"));
    editor->textEdit()->setFocus();
    ASSERT_EQ(signoffName(session, id), "Tijdelijk");
    window.undoStack()->undo(); // refills the fields from the document
    ASSERT_EQ(editor->selectedId(), id);
    EXPECT_TRUE(editor->nameEdit()->text().isEmpty());
    const std::size_t log = logSize(session);
    waitPastThePause();
    editor->nameEdit()->setFocus();
    editor->textEdit()->setFocus();
    editor->commitPending();
    EXPECT_EQ(logSize(session), log);
    EXPECT_TRUE(window.undoStack()->canRedo());
}

} // namespace
} // namespace dpia::ui

// Undo and redo by keyboard from any field (issue 22, item 5): Ctrl+Z undoes the document's
// last step even while the focus is in another text field; a field's own undo applies only
// while it holds typing not saved yet; Ctrl+Y and Ctrl+Shift+Z both redo.
#include "core/baseline/baseline.h"
#include "tests/ui/gui_test_support.h"
#include "ui/forms/question_editor.h"
#include "ui/session/document_session.h"
#include "ui/window/document_view.h"
#include "ui/window/main_window.h"

#include <algorithm>

#include <QAction>
#include <QApplication>
#include <QPlainTextEdit>
#include <QTest>
#include <QUndoStack>

namespace dpia::ui {
namespace {

using baseline::QuestionType;

class UndoKeys : public GuiTest {
protected:
    /// A new document, active, and two text questions on the same page.
    void openTwoTextFields(MainWindow& window) {
        window.show();
        createThroughStartPage(window, path(QStringLiteral("undo.dpia")));
        ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
        DocumentSession& session = *window.session();
        ASSERT_NE(reachableOfType(session, QuestionType::text), nullptr);
        const auto& visible = session.evaluation().visibleQuestions;
        for (const baseline::Question& question : session.baseline().questions()) {
            if (question.type != QuestionType::text ||
                std::find(visible.begin(), visible.end(), question.id) == visible.end()) {
                continue;
            }
            if (first_.empty()) {
                first_ = question.id;
            } else if (second_.empty() &&
                       question.section == session.baseline().question(first_)->section) {
                second_ = question.id;
            }
        }
        ASSERT_FALSE(second_.empty()) << "no page with two text questions";
        a_ = static_cast<QPlainTextEdit*>(editorFor(window, first_)->focusTarget());
        b_ = static_cast<QPlainTextEdit*>(editorFor(window, second_)->focusTarget());
    }

    std::string first_;
    std::string second_;
    QPlainTextEdit* a_ = nullptr;
    QPlainTextEdit* b_ = nullptr;
};

TEST_F(UndoKeys, CtrlZInTheNextFieldUndoesTheAnswerJustTyped) {
    MainWindow window;
    openTwoTextFields(window);
    ASSERT_NE(b_, nullptr);
    DocumentSession& session = *window.session();
    a_->setFocus();
    QTest::keyClicks(a_, QStringLiteral("Teams-kanaal"));
    b_->setFocus(); // leaving the field saves it
    ASSERT_EQ(stored(session, first_), "Teams-kanaal");
    ASSERT_TRUE(b_->hasFocus());

    QTest::keyClick(b_, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_TRUE(stored(session, first_).is_null()) << "Ctrl+Z in another field undoes";
    window.documentView()->showQuestion(second_);
    QWidget* focus = QApplication::focusWidget();
    ASSERT_NE(focus, nullptr);
    QTest::keyClick(focus, Qt::Key_Y, Qt::ControlModifier);
    EXPECT_EQ(stored(session, first_), "Teams-kanaal") << "Ctrl+Y redoes";

    focus = QApplication::focusWidget();
    QTest::keyClick(focus, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_TRUE(stored(session, first_).is_null());
    focus = QApplication::focusWidget();
    QTest::keyClick(focus, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(stored(session, first_), "Teams-kanaal") << "Ctrl+Shift+Z redoes";
}

TEST_F(UndoKeys, AFieldsOwnUndoOnlyWhileItHoldsTypingNotSavedYet) {
    MainWindow window;
    openTwoTextFields(window);
    ASSERT_NE(b_, nullptr);
    DocumentSession& session = *window.session();
    a_->setFocus();
    QTest::keyClicks(a_, QStringLiteral("Eerste antwoord"));
    b_->setFocus();
    ASSERT_EQ(stored(session, first_), "Eerste antwoord");

    // Typing in the second field, not saved yet: Ctrl+Z takes back that typing first.
    QTest::keyClicks(b_, QStringLiteral("half getypt"));
    ASSERT_TRUE(b_->document()->isUndoAvailable());
    QTest::keyClick(b_, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_TRUE(b_->toPlainText().isEmpty());
    EXPECT_EQ(stored(session, first_), "Eerste antwoord") << "the document is not touched yet";
    // Nothing of the field's own left to undo: the next Ctrl+Z is the document's.
    QTest::keyClick(b_, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_TRUE(stored(session, first_).is_null());
    EXPECT_TRUE(stored(session, second_).is_null());
}

TEST_F(UndoKeys, TheEditMenuNamesBothRedoKeys) {
    MainWindow window;
    const QList<QKeySequence> keys = window.redoAction()->shortcuts();
    EXPECT_TRUE(keys.contains(QKeySequence(Qt::CTRL | Qt::Key_Y)));
    EXPECT_TRUE(keys.contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));
    EXPECT_EQ(window.undoAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Z));
}

} // namespace
} // namespace dpia::ui

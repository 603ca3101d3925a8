// The main path of issue 6: start page -> new document -> one answer of every question
// type -> navigator and status bar follow -> undo/redo across pages -> close and reopen.
#include "core/baseline/baseline.h"
#include "tests/ui/gui_test_support.h"
#include "ui/dialogs/message_box.h"
#include "ui/forms/choice_editors.h"
#include "ui/forms/date_editor.h"
#include "ui/forms/form_page.h"
#include "ui/forms/guidance_panel.h"
#include "ui/forms/question_block.h"
#include "ui/forms/table_answer_model.h"
#include "ui/forms/table_editor.h"
#include "ui/forms/text_editors.h"
#include "ui/session/document_session.h"
#include "ui/text/local_text.h"
#include "ui/widgets/typed_date.h"
#include "ui/window/document_status.h"
#include "ui/window/document_view.h"
#include "ui/window/main_window.h"
#include "ui/window/navigator_model.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>
#include <QUndoStack>

namespace dpia::ui {
namespace {

using baseline::QuestionType;

class QuestionnaireFlow : public GuiTest {};

/// Answers one question of `type` through its widgets, as a user would; returns its id.
std::string answerOne(MainWindow& window, QuestionType type) {
    const baseline::Question* question = reachableOfType(*window.session(), type);
    if (question == nullptr) {
        ADD_FAILURE() << "no visible question of type " << static_cast<int>(type);
        return {};
    }
    QuestionEditor* editor = editorFor(window, question->id);
    if (editor == nullptr) {
        ADD_FAILURE() << "no editor for " << question->id;
        return {};
    }
    switch (type) {
    case QuestionType::yesno:
        static_cast<RadioEditor*>(editor)->button(0)->click();
        break;
    case QuestionType::choice:
        if (auto* radios = qobject_cast<RadioEditor*>(editor)) {
            radios->button(1)->click();
        } else {
            auto* combo = static_cast<QComboBox*>(editor->focusTarget());
            combo->setFocus();
            QTest::keyClick(combo, Qt::Key_Down); // first real option
        }
        break;
    case QuestionType::multichoice:
        static_cast<MultiChoiceEditor*>(editor)->box(0)->click();
        break;
    case QuestionType::text: {
        auto* edit = static_cast<QPlainTextEdit*>(editor->focusTarget());
        edit->setFocus();
        QTest::keyClicks(edit, QStringLiteral("Het Wmo-team bespreekt aanvragen in Teams."));
        QTest::keyClick(edit, Qt::Key_Tab); // leaves the field: saved at once
        break;
    }
    case QuestionType::number: {
        auto* edit = static_cast<QLineEdit*>(editor->focusTarget());
        edit->setFocus();
        QTest::keyClicks(edit, QStringLiteral("42"));
        QTest::keyClick(edit, Qt::Key_Return);
        break;
    }
    case QuestionType::date: {
        auto* edit = static_cast<QLineEdit*>(editor->focusTarget());
        edit->setFocus();
        QTest::keyClicks(edit, QStringLiteral("15-3-2027"));
        QTest::keyClick(edit, Qt::Key_Return); // read and saved at once
        break;
    }
    case QuestionType::table: {
        auto* table = static_cast<TableEditor*>(editor);
        table->addRowAction()->trigger();
        QWidget* cell = QApplication::focusWidget();
        EXPECT_NE(cell, nullptr);
        if (cell != nullptr) {
            QTest::keyClicks(cell, QStringLiteral("Naam"));
            QTest::keyClick(cell, Qt::Key_Return);
            QCoreApplication::processEvents(); // the view commits the cell queued
        }
        break;
    }
    }
    return question->id;
}

TEST_F(QuestionnaireFlow, FromStartPageThroughEveryQuestionTypeAndBack) {
    const QString file = path(QStringLiteral("Documents/DPIA/flow.dpia"));
    std::map<std::string, nlohmann::json> answers;
    {
        MainWindow window;
        window.show();
        createThroughStartPage(window, file);
        DocumentSession& session = *window.session();
        EXPECT_EQ(window.windowTitle(), QStringLiteral("flow.dpia — draft — DPIA Assistent"));
        DocumentStatus* status = window.documentStatus();
        ASSERT_NE(status, nullptr);
        const QString completeBefore = status->completenessLabel()->text();
        EXPECT_EQ(completeBefore, QStringLiteral("Complete: 0 %"));
        EXPECT_TRUE(status->savedLabel()->text().contains(QStringLiteral("saved immediately")));

        for (QuestionType type :
             {QuestionType::yesno, QuestionType::choice, QuestionType::multichoice,
              QuestionType::text, QuestionType::number, QuestionType::date, QuestionType::table}) {
            const std::string id = answerOne(window, type);
            ASSERT_FALSE(id.empty());
            answers[id] = stored(session, id);
            EXPECT_FALSE(answers[id].is_null()) << id << " was not saved";
        }
        EXPECT_TRUE(MessageBox::shown().isEmpty())
            << MessageBox::shown().join(QStringLiteral("\n")).toStdString();

        // What each answer looks like in the file.
        for (const auto& [id, value] : answers) {
            const baseline::Question* question = session.baseline().question(id);
            switch (question->type) {
            case QuestionType::yesno:
                EXPECT_EQ(value, true);
                break;
            case QuestionType::choice:
                EXPECT_TRUE(value.is_string());
                break;
            case QuestionType::multichoice:
                EXPECT_EQ(value, nlohmann::json::array({question->options[0].id}));
                break;
            case QuestionType::text:
                EXPECT_EQ(value, "Het Wmo-team bespreekt aanvragen in Teams.");
                break;
            case QuestionType::number:
                EXPECT_EQ(value, 42);
                break;
            case QuestionType::date:
                EXPECT_EQ(value, "2027-03-15");
                break;
            case QuestionType::table:
                ASSERT_TRUE(value.is_array());
                ASSERT_EQ(value.size(), 1u);
                EXPECT_EQ(value[0].value(question->columns[0].id, nlohmann::json()), "Naam")
                    << value.dump();
                break;
            }
        }

        // The status bar and the navigator follow the answers.
        EXPECT_NE(status->completenessLabel()->text(), completeBefore);
        EXPECT_TRUE(status->riskLabel()->accessibleName().startsWith(
            QStringLiteral("Highest residual risk: ")));
        const baseline::Level* level =
            session.baseline().matrix().level(session.evaluation().highestResidualLevel);
        if (level != nullptr) {
            EXPECT_TRUE(status->riskLabel()->accessibleName().contains(local(level->label)));
        }
        bool someProgress = false;
        NavigatorModel* navigator = window.documentView()->navigatorModel();
        for (const QModelIndex& index : navigator->sectionIndexes()) {
            const QModelIndex mark = index.siblingAtColumn(NavigatorModel::CompletionColumn);
            const QString text = mark.data().toString();
            EXPECT_FALSE(text.isEmpty() && mark.data(NavigatorModel::CompletionRole).isValid());
            someProgress = someProgress || text != QStringLiteral("0 %");
        }
        EXPECT_TRUE(someProgress);

        // Undo on another page goes back to the page of the edit; redo restores it.
        const std::string tableId = firstVisibleOfType(session, QuestionType::table)->id;
        const std::string tableSection = session.baseline().question(tableId)->section;
        const std::string firstSection = navigator->sectionId(navigator->sectionIndexes().first());
        window.documentView()->showSection(firstSection);
        ASSERT_TRUE(window.undoAction()->isEnabled());
        window.undoAction()->trigger();
        EXPECT_EQ(window.documentView()->currentPage()->sectionId(), tableSection);
        EXPECT_TRUE(stored(session, tableId).is_null() ||
                    stored(session, tableId) != answers[tableId]);
        window.documentView()->showSection(firstSection);
        window.redoAction()->trigger();
        EXPECT_EQ(window.documentView()->currentPage()->sectionId(), tableSection);
        EXPECT_EQ(stored(session, tableId), answers[tableId]);

        EXPECT_TRUE(window.closeDocument());
        EXPECT_EQ(window.session(), nullptr);
        EXPECT_EQ(window.windowTitle(), QStringLiteral("DPIA Assistent"));
    }

    // Reopened in a fresh window, every widget shows what was typed and chosen.
    MainWindow window;
    window.show();
    ASSERT_TRUE(window.openPath(file));
    for (const auto& [id, value] : answers) {
        EXPECT_EQ(stored(*window.session(), id), value) << id;
        QuestionEditor* editor = editorFor(window, id);
        ASSERT_NE(editor, nullptr);
        switch (editor->question().type) {
        case QuestionType::yesno:
            EXPECT_TRUE(static_cast<RadioEditor*>(editor)->button(0)->isChecked());
            break;
        case QuestionType::multichoice:
            EXPECT_TRUE(static_cast<MultiChoiceEditor*>(editor)->box(0)->isChecked());
            break;
        case QuestionType::text:
            EXPECT_EQ(static_cast<QPlainTextEdit*>(editor->focusTarget())->toPlainText(),
                      QStringLiteral("Het Wmo-team bespreekt aanvragen in Teams."));
            break;
        case QuestionType::number:
            EXPECT_EQ(static_cast<QLineEdit*>(editor->focusTarget())->text(), QStringLiteral("42"));
            break;
        case QuestionType::date:
            EXPECT_EQ(static_cast<QLineEdit*>(editor->focusTarget())->text(),
                      dateText(QDate(2027, 3, 15)));
            break;
        case QuestionType::table:
            EXPECT_EQ(static_cast<TableEditor*>(editor)->model()->index(0, 0).data().toString(),
                      QStringLiteral("Naam"));
            break;
        case QuestionType::choice:
            break;
        }
    }
}

TEST_F(QuestionnaireFlow, TextIsSavedAfterAPauseAndTypingIsOneUndoStep) {
    MainWindow window;
    window.show();
    createThroughStartPage(window, path(QStringLiteral("pause.dpia")));
    const baseline::Question* question = reachableOfType(*window.session(), QuestionType::text);
    ASSERT_NE(question, nullptr);
    auto* edit = static_cast<QPlainTextEdit*>(editorFor(window, question->id)->focusTarget());
    edit->setFocus();
    QTest::keyClicks(edit, QStringLiteral("Eerste"));
    EXPECT_TRUE(stored(*window.session(), question->id).is_null()); // not yet: debounce
    QTest::qWait(kTypingPauseMs + 300);
    EXPECT_EQ(stored(*window.session(), question->id), "Eerste");
    QTest::keyClicks(edit, QStringLiteral(" zin"));
    QTest::qWait(kTypingPauseMs + 300);
    EXPECT_EQ(stored(*window.session(), question->id), "Eerste zin");
    // Both pauses belong to one typing step: one undo clears the field.
    window.undoAction()->trigger();
    EXPECT_TRUE(stored(*window.session(), question->id).is_null());
    EXPECT_TRUE(edit->toPlainText().isEmpty());
}

TEST_F(QuestionnaireFlow, NothingTypedIsLostWhenTheWindowClosesAtOnce) {
    const QString file = path(QStringLiteral("close.dpia"));
    std::string id;
    {
        MainWindow window;
        window.show();
        createThroughStartPage(window, file);
        id = reachableOfType(*window.session(), QuestionType::text)->id;
        auto* edit = static_cast<QPlainTextEdit*>(editorFor(window, id)->focusTarget());
        edit->setFocus();
        QTest::keyClicks(edit, QStringLiteral("Net getypt"));
        window.close(); // within the debounce: the close saves it
    }
    MainWindow window;
    ASSERT_TRUE(window.openPath(file));
    EXPECT_EQ(stored(*window.session(), id), "Net getypt");
}

TEST_F(QuestionnaireFlow, ATableCellBeingTypedIsSavedWhenTheWindowCloses) {
    const QString file = path(QStringLiteral("cell.dpia"));
    std::string id;
    std::string column;
    {
        MainWindow window;
        window.show();
        createThroughStartPage(window, file);
        const baseline::Question* table = reachableOfType(*window.session(), QuestionType::table);
        ASSERT_NE(table, nullptr);
        id = table->id;
        column = table->columns[0].id;
        auto* editor = static_cast<TableEditor*>(editorFor(window, id));
        QTest::keyClick(editor->view(), Qt::Key_Insert, Qt::AltModifier); // Alt+Insert: add row
        ASSERT_EQ(editor->model()->rowCount(), 1);
        QWidget* cell = QApplication::focusWidget();
        ASSERT_NE(cell, nullptr);
        QTest::keyClicks(cell, QStringLiteral("Nog open"));
        window.close(); // the cell editor is still open
    }
    MainWindow window;
    ASSERT_TRUE(window.openPath(file));
    const nlohmann::json rows = stored(*window.session(), id);
    ASSERT_TRUE(rows.is_array());
    EXPECT_EQ(rows[0].value(column, nlohmann::json()), "Nog open");
}

TEST_F(QuestionnaireFlow, KeyboardMovesBetweenSectionsAndPanes) {
    MainWindow window;
    window.show();
    createThroughStartPage(window, path(QStringLiteral("keys.dpia")));
    DocumentView* view = window.documentView();
    const std::string first = view->currentPage()->sectionId();
    window.nextSectionAction()->trigger();
    EXPECT_NE(view->currentPage()->sectionId(), first);
    window.previousSectionAction()->trigger();
    EXPECT_EQ(view->currentPage()->sectionId(), first);
    EXPECT_EQ(window.nextSectionAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    EXPECT_EQ(window.previousSectionAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    EXPECT_EQ(window.nextPanelAction()->shortcut(), QKeySequence(Qt::Key_F6));

    view->navigator()->setFocus();
    window.nextPanelAction()->trigger();
    EXPECT_TRUE(view->currentPage()->isAncestorOf(QApplication::focusWidget()));
    // The guidance panel follows the focus.
    const baseline::Question& focused = view->currentPage()->blocks().front()->question();
    EXPECT_TRUE(view->guidance()->browser()->toPlainText().contains(local(focused.text)));
    window.nextPanelAction()->trigger();
    EXPECT_TRUE(view->guidance()->isAncestorOf(QApplication::focusWidget()));
    window.nextPanelAction()->trigger();
    EXPECT_EQ(QApplication::focusWidget(), view->navigator());

    // The keys themselves work from inside an input, also from a text field and a table.
    for (QuestionType type : {QuestionType::text, QuestionType::table}) {
        const baseline::Question* question = reachableOfType(*window.session(), type);
        ASSERT_NE(question, nullptr);
        QWidget* input = editorFor(window, question->id)->focusTarget();
        input->setFocus();
        QTest::keyClick(input, Qt::Key_PageDown, Qt::ControlModifier);
        EXPECT_NE(view->currentPage()->sectionId(), question->section) << question->id;
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageUp, Qt::ControlModifier);
        EXPECT_EQ(view->currentPage()->sectionId(), question->section) << question->id;
    }
}

} // namespace
} // namespace dpia::ui

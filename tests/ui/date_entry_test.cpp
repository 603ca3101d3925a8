// Dates typed by keyboard (issue 22, item 1): every date field reads what people type,
// stores exactly that date, and never stores something else — a text that is not a date
// stays in the field with a message, and the document keeps what it held.
#include "core/baseline/baseline.h"
#include "tests/ui/gui_test_support.h"
#include "ui/decision/decision_page.h"
#include "ui/decision/signoff_editor.h"
#include "ui/dialogs/message_box.h"
#include "ui/forms/date_editor.h"
#include "ui/forms/table_answer_model.h"
#include "ui/forms/table_cell_delegate.h"
#include "ui/plan/action_plan_page.h"
#include "ui/session/document_session.h"
#include "ui/session/page_ids.h"
#include "ui/widgets/date_field.h"
#include "ui/window/document_view.h"
#include "ui/window/main_window.h"

#include <memory>

#include <QAction>
#include <QApplication>
#include <QCalendarWidget>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QTest>

namespace dpia::ui {
namespace {

using baseline::QuestionType;

/// Every form the issue names, in a day-month-year locale, with the date it means.
const std::vector<std::pair<QString, std::string>> kAccepted = {
    {QStringLiteral("1-3-2027"), "2027-03-01"},   {QStringLiteral("01-03-2027"), "2027-03-01"},
    {QStringLiteral("1/3/2027"), "2027-03-01"},   {QStringLiteral("01/03/2027"), "2027-03-01"},
    {QStringLiteral("15032027"), "2027-03-15"},   {QStringLiteral("01032027"), "2027-03-01"},
    {QStringLiteral("2027-03-15"), "2027-03-15"}, {QStringLiteral("2027-3-1"), "2027-03-01"},
    {QStringLiteral("1.3.2027"), "2027-03-01"},   {QStringLiteral(" 29 - 2 - 2028 "), "2028-02-29"},
    {QStringLiteral("31-12-2199"), "2199-12-31"}, {QStringLiteral("1-1-1900"), "1900-01-01"},
};

/// Texts that are not a date (or not one a DPIA can mean); none may be stored.
const std::vector<QString> kRefused = {
    QStringLiteral("31-02-2027"), QStringLiteral("00-00-0000"), QStringLiteral("2027-13-01"),
    QStringLiteral("29-02-2027"), QStringLiteral("32-01-2027"), QStringLiteral("1-3-27"),
    QStringLiteral("150327"),     QStringLiteral("maart 2027"), QStringLiteral("abc"),
    QStringLiteral("1-3-2027x"),  QStringLiteral("2027/3"),     QStringLiteral("15-03-1899"),
    QStringLiteral("1-1-2200"),   QStringLiteral("123-4-2027"),
};

class DateEntry : public GuiTest {
protected:
    void SetUp() override {
        GuiTest::SetUp();
        previous_ = QLocale();
        QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands)); // as the app does
    }
    void TearDown() override {
        QLocale::setDefault(previous_);
        GuiTest::TearDown();
    }

    /// Replaces the field's text by `text` as typed, then leaves the field with Tab.
    static void typeAndLeave(QLineEdit* line, const QString& text) {
        line->setFocus(Qt::OtherFocusReason);
        line->selectAll();
        QTest::keyClick(line, Qt::Key_Delete);
        QTest::keyClicks(line, text);
        QTest::keyClick(line, Qt::Key_Tab);
    }

    /// A new document through the start page, on the editor of its first date question.
    DateEditor* openDateQuestion(MainWindow& window, const QString& file) {
        window.show();
        createThroughStartPage(window, path(file));
        const baseline::Question* question = reachableOfType(*window.session(), QuestionType::date);
        EXPECT_NE(question, nullptr);
        return question != nullptr ? static_cast<DateEditor*>(editorFor(window, question->id))
                                   : nullptr;
    }

    QLocale previous_;
};

TEST_F(DateEntry, ADateQuestionStoresEveryAcceptedFormAndRefusesTheRest) {
    MainWindow window;
    DateEditor* editor = openDateQuestion(window, QStringLiteral("dates.dpia"));
    ASSERT_NE(editor, nullptr);
    DocumentSession& session = *window.session();
    const baseline::Question* question = &editor->question();
    ASSERT_NE(editor, nullptr);
    DateLineEdit* line = editor->dateField()->lineEdit();
    QLabel* message = editor->dateField()->messageLabel();

    for (const auto& [text, iso] : kAccepted) {
        typeAndLeave(line, text);
        EXPECT_EQ(stored(session, question->id), iso) << text.toStdString();
        // The field shows the date it took, day-month-year in full: no doubt what was read.
        EXPECT_EQ(line->text(), QDate::fromString(QString::fromStdString(iso), Qt::ISODate)
                                    .toString(QStringLiteral("dd-MM-yyyy")))
            << text.toStdString();
        EXPECT_FALSE(message->isVisibleTo(editor)) << text.toStdString();
    }

    typeAndLeave(line, QStringLiteral("15-03-2027"));
    ASSERT_EQ(stored(session, question->id), "2027-03-15");
    for (const QString& text : kRefused) {
        typeAndLeave(line, text);
        EXPECT_EQ(stored(session, question->id), "2027-03-15") << text.toStdString();
        EXPECT_EQ(line->text(), text) << "the typed text stays";
        EXPECT_TRUE(message->isVisibleTo(editor)) << text.toStdString();
        EXPECT_TRUE(message->text().startsWith(QStringLiteral("Not saved:")))
            << message->text().toStdString();
        EXPECT_TRUE(message->text().contains(text.trimmed())) << message->text().toStdString();
        EXPECT_TRUE(editor->hasUnsavedInput());
    }
    EXPECT_TRUE(MessageBox::shown().isEmpty());

    // Emptying the field removes the answer; the message goes.
    typeAndLeave(line, QString());
    EXPECT_TRUE(stored(session, question->id).is_null());
    EXPECT_FALSE(message->isVisibleTo(editor));

    // Enter saves too, without leaving the field.
    line->setFocus();
    QTest::keyClicks(line, QStringLiteral("2-4-2027"));
    QTest::keyClick(line, Qt::Key_Return);
    EXPECT_EQ(stored(session, question->id), "2027-04-02");
    EXPECT_TRUE(line->hasFocus());
}

TEST_F(DateEntry, AltDownAndF4OpenTheCalendarAndEnterTakesTheDay) {
    MainWindow window;
    DateEditor* editor = openDateQuestion(window, QStringLiteral("calendar.dpia"));
    ASSERT_NE(editor, nullptr);
    DocumentSession& session = *window.session();
    const baseline::Question* question = &editor->question();
    DateLineEdit* line = editor->dateField()->lineEdit();

    line->setFocus();
    QTest::keyClicks(line, QStringLiteral("15-3-2027"));
    QTest::keyClick(line, Qt::Key_Down, Qt::AltModifier);
    ASSERT_NE(line->calendar(), nullptr);
    EXPECT_TRUE(line->calendar()->isVisible());
    EXPECT_EQ(line->calendar()->selectedDate(), QDate(2027, 3, 15)); // opens on the date typed
    EXPECT_TRUE(stored(session, question->id).is_null()) << "opening the calendar saves nothing";
    QWidget* focus = QApplication::focusWidget();
    ASSERT_NE(focus, nullptr);
    QTest::keyClick(focus, Qt::Key_Right); // the next day
    QTest::keyClick(focus, Qt::Key_Return);
    EXPECT_FALSE(line->calendar()->isVisible());
    EXPECT_EQ(stored(session, question->id), "2027-03-16");
    EXPECT_EQ(line->text(), QStringLiteral("16-03-2027"));

    // F4 opens it as well; Escape closes it and changes nothing.
    line->setFocus();
    QTest::keyClick(line, Qt::Key_F4);
    EXPECT_TRUE(line->calendar()->isVisible());
    focus = QApplication::focusWidget();
    ASSERT_NE(focus, nullptr);
    QTest::keyClick(focus, Qt::Key_Down);
    QTest::keyClick(focus, Qt::Key_Escape);
    EXPECT_FALSE(line->calendar()->isVisible());
    EXPECT_EQ(stored(session, question->id), "2027-03-16");
    EXPECT_EQ(line->text(), QStringLiteral("16-03-2027"));
}

TEST_F(DateEntry, TheLocaleDecidesTheOrderAndIsoAlwaysWorks) {
    const QLocale american(QLocale::English, QLocale::UnitedStates);
    EXPECT_EQ(readTypedDate(QStringLiteral("3/15/2027"), american).date, QDate(2027, 3, 15));
    EXPECT_EQ(readTypedDate(QStringLiteral("03152027"), american).date, QDate(2027, 3, 15));
    EXPECT_EQ(readTypedDate(QStringLiteral("2027-03-15"), american).date, QDate(2027, 3, 15));
    EXPECT_FALSE(readTypedDate(QStringLiteral("15/3/2027"), american).ok());
    EXPECT_EQ(dateText(QDate(2027, 3, 15), american), QStringLiteral("03/15/2027"));
    const QLocale british(QLocale::English, QLocale::UnitedKingdom);
    EXPECT_EQ(readTypedDate(QStringLiteral("15/3/2027"), british).date, QDate(2027, 3, 15));
    EXPECT_EQ(dateText(QDate(2027, 3, 15), british), QStringLiteral("15/03/2027"));
    EXPECT_EQ(dateFormatHint(british), QStringLiteral("day/month/year, e.g. 15/03/2027"));
}

TEST_F(DateEntry, DueDatesAndSignoffDatesAreReadTheSameWay) {
    MainWindow window;
    window.show();
    window.activateWindow(); // focus only moves within the active window
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    window.openExample();
    DocumentSession& session = *window.session();
    auto* plan =
        qobject_cast<ActionPlanPage*>(window.documentView()->showPage(std::string(pages::plan)));
    ASSERT_NE(plan, nullptr);
    ASSERT_FALSE(session.assessment().measures.empty());
    plan->table()->selectRow(0);
    const std::string measureId = session.assessment().measures.front().id;
    const auto due = [&] {
        for (const storage::Measure& measure : session.assessment().measures) {
            if (measure.id == measureId) {
                return measure.due;
            }
        }
        return std::string("(gone)");
    };
    DateLineEdit* dueLine = plan->dueField()->lineEdit();
    for (const auto& [text, iso] : kAccepted) {
        typeAndLeave(dueLine, text);
        EXPECT_EQ(due(), iso) << text.toStdString();
    }
    typeAndLeave(dueLine, QStringLiteral("15-03-2027"));
    for (const QString& text : kRefused) {
        typeAndLeave(dueLine, text);
        EXPECT_EQ(due(), "2027-03-15") << text.toStdString();
        EXPECT_EQ(dueLine->text(), text);
        EXPECT_TRUE(plan->dueField()->messageLabel()->isVisibleTo(plan));
    }
    typeAndLeave(dueLine, QString());
    EXPECT_EQ(due(), "") << "an empty field is no due date";

    auto* decision =
        qobject_cast<DecisionPage*>(window.documentView()->showPage(std::string(pages::decision)));
    ASSERT_NE(decision, nullptr);
    SignoffEditor* signoffs = decision->signoffs();
    QTest::mouseClick(signoffs->addButton(), Qt::LeftButton);
    DateLineEdit* dateLine = signoffs->dateField()->lineEdit();
    typeAndLeave(dateLine, QStringLiteral("01032027"));
    EXPECT_EQ(session.assessment().signoffs.back().date, "2027-03-01");
    typeAndLeave(dateLine, QStringLiteral("31-02-2027"));
    EXPECT_EQ(session.assessment().signoffs.back().date, "2027-03-01");
    EXPECT_TRUE(signoffs->dateField()->messageLabel()->isVisibleTo(signoffs));
    EXPECT_TRUE(MessageBox::shown().isEmpty());
}

TEST_F(DateEntry, ClosingWhileADueOrSignoffDateHasFocusSavesNothingOddAndDoesNotCrash) {
    // The page is destroyed while its date field holds focus: the field's focus-out comes
    // after the page's own destructor has run (under AddressSanitizer this was a use after
    // destruction).
    for (const std::string_view page : {pages::plan, pages::decision}) {
        auto window = std::make_unique<MainWindow>();
        window->show();
        window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
        window->openExample();
        QWidget* shown = window->documentView()->showPage(std::string(page));
        DateLineEdit* line = nullptr;
        if (auto* plan = qobject_cast<ActionPlanPage*>(shown)) {
            plan->table()->selectRow(0);
            line = plan->dueField()->lineEdit();
        } else if (auto* decision = qobject_cast<DecisionPage*>(shown)) {
            QTest::mouseClick(decision->signoffs()->addButton(), Qt::LeftButton);
            line = decision->signoffs()->dateField()->lineEdit();
        }
        ASSERT_NE(line, nullptr) << page;
        line->setFocus(Qt::OtherFocusReason);
        QTest::keyClicks(line, QStringLiteral("1-3-2027"));
        ASSERT_TRUE(line->hasFocus());
        window.reset();
    }
    EXPECT_TRUE(MessageBox::shown().isEmpty());
}

TEST_F(DateEntry, ADateCellOfATableKeepsTextThatIsNotADate) {
    // The shipped baseline has no date column yet; the delegate serves any table question.
    baseline::Question question;
    question.id = "q_dates";
    question.type = QuestionType::table;
    baseline::Column column;
    column.id = "when";
    column.type = QuestionType::date;
    column.label = LocalText{"Wanneer", "When"};
    question.columns.push_back(column);
    TableAnswerModel model(question);
    model.setRows(nlohmann::json::array({nlohmann::json::object()}));
    QTableView view;
    view.setModel(&model);
    view.setItemDelegate(new TableCellDelegate(&view));
    view.show();
    view.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&view));
    const QModelIndex cell = model.index(0, 0);
    const auto edit = [&](const QString& text) {
        view.setFocus();
        view.setCurrentIndex(cell);
        view.edit(cell);
        auto* line = qobject_cast<DateLineEdit*>(QApplication::focusWidget());
        EXPECT_NE(line, nullptr);
        if (line != nullptr) {
            line->selectAll();
            QTest::keyClicks(line, text);
            QTest::keyClick(line, Qt::Key_Return);
        }
        QCoreApplication::processEvents();
        return line;
    };
    const auto cellValue = [&] {
        return model.rows()[0].value("when", nlohmann::json());
    };
    edit(QStringLiteral("15032027"));
    EXPECT_EQ(cellValue(), "2027-03-15");
    EXPECT_EQ(cell.data().toString(), QStringLiteral("15-03-2027"));
    DateLineEdit* open = edit(QStringLiteral("31-02-2027"));
    EXPECT_EQ(cellValue(), "2027-03-15");
    ASSERT_NE(open, nullptr);
    EXPECT_EQ(QApplication::focusWidget(), open) << "the cell stays open with the text";
    EXPECT_EQ(open->text(), QStringLiteral("31-02-2027"));
    EXPECT_FALSE(open->problem().isEmpty());
    open->selectAll();
    QTest::keyClicks(open, QStringLiteral("1-4-2027"));
    QTest::keyClick(open, Qt::Key_Return);
    QCoreApplication::processEvents();
    EXPECT_EQ(cellValue(), "2027-04-01");
}

} // namespace
} // namespace dpia::ui

// A file another window holds opens read-only, with a banner that says so in words; a save
// the file refuses (changed by another program, disk full) is reported and loses no text.
#include "core/baseline/baseline.h"
#include "tests/core/storage/storage_support.h"
#include "tests/ui/gui_test_support.h"
#include "ui/dialogs/file_dialog.h"
#include "ui/dialogs/message_box.h"
#include "ui/forms/question_editor.h"
#include "ui/session/document_session.h"
#include "ui/start/start_page.h"
#include "ui/window/document_status.h"
#include "ui/window/document_view.h"
#include "ui/window/main_window.h"

#include <sqlite3.h>

#include <QDateTime>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTest>

namespace dpia::ui {
namespace {

class ReadOnly : public GuiTest {
protected:
    /// Shows `window` with a new document `name`; returns the field of its first text
    /// question that can be reached, and that question's id in `questionId`.
    QPlainTextEdit* newDocumentWithTextField(MainWindow& window, const QString& name,
                                             std::string& questionId) {
        window.show();
        createThroughStartPage(window, path(name));
        const baseline::Question* text =
            reachableOfType(*window.session(), baseline::QuestionType::text);
        if (text == nullptr) {
            return nullptr;
        }
        questionId = text->id; // `text` lives only as long as this session's baseline
        return static_cast<QPlainTextEdit*>(editorFor(window, questionId)->focusTarget());
    }
};

TEST_F(ReadOnly, ASecondWindowOpensALockedFileReadOnlyWithABanner) {
    const QString file = path(QStringLiteral("locked.dpia"));
    MainWindow first;
    first.show();
    createThroughStartPage(first, file);
    EXPECT_FALSE(first.documentView()->banner()->isVisibleTo(&first));

    MainWindow second;
    second.show();
    MessageBox::prepare(QMessageBox::Open); // "Open read-only"
    ASSERT_TRUE(second.openPath(file));
    ASSERT_EQ(MessageBox::shown().size(), 1);
    // Issue 22, item 13: the message speaks human — who (here: this user, in another
    // window), the computer's local time, no process id or UTC stamp.
    const QString asked = MessageBox::shown().first();
    EXPECT_TRUE(asked.contains(QStringLiteral("“locked.dpia” is already open for editing by "
                                              "you, in another window on this computer, since ")))
        << asked.toStdString();
    EXPECT_TRUE(asked.contains(QStringLiteral("read-only")));
    EXPECT_FALSE(asked.contains(QStringLiteral("process"))) << asked.toStdString();
    EXPECT_FALSE(asked.contains(QRegularExpression(QStringLiteral("T\\d\\d:\\d\\d"))))
        << "no ISO time stamp: " << asked.toStdString();

    ASSERT_TRUE(second.session()->isReadOnly());
    QLabel* banner = second.documentView()->banner();
    EXPECT_TRUE(banner->isVisibleTo(&second));
    EXPECT_TRUE(banner->text().startsWith(QStringLiteral("⚠ Read-only:")));
    // It says who holds the lock (this test, in the first window).
    EXPECT_TRUE(banner->text().contains(QStringLiteral("you, in another window on this computer")))
        << banner->text().toStdString();
    EXPECT_TRUE(
        second.documentStatus()->savedLabel()->text().contains(QStringLiteral("Read-only")));

    // Inputs accept no changes.
    const baseline::Question* text = nullptr;
    for (const baseline::Question& question : second.session()->baseline().questions()) {
        if (text == nullptr && question.type == baseline::QuestionType::text) {
            text = &question;
        }
    }
    ASSERT_NE(text, nullptr);
    auto* edit = qobject_cast<QPlainTextEdit*>(editorFor(second, text->id)->focusTarget());
    ASSERT_NE(edit, nullptr);
    EXPECT_TRUE(edit->isReadOnly());
}

TEST_F(ReadOnly, DecliningTheReadOnlyOfferOpensNothing) {
    const QString file = path(QStringLiteral("declined.dpia"));
    MainWindow first;
    createThroughStartPage(first, file);
    MainWindow second;
    MessageBox::prepare(QMessageBox::No);
    EXPECT_FALSE(second.openPath(file));
    EXPECT_EQ(second.session(), nullptr);
}

TEST_F(ReadOnly, AFailedSaveShowsTheCoresMessageAndKeepsTheText) {
    const QString file = path(QStringLiteral("changed.dpia"));
    MainWindow window;
    std::string id;
    QPlainTextEdit* edit = newDocumentWithTextField(window, QStringLiteral("changed.dpia"), id);
    ASSERT_NE(edit, nullptr);

    // Another program touches the file: the core refuses to overwrite its change.
    QFile touched(file);
    ASSERT_TRUE(touched.open(QIODevice::ReadWrite));
    ASSERT_TRUE(touched.setFileTime(QDateTime::currentDateTime().addSecs(-3600),
                                    QFileDevice::FileModificationTime));
    touched.close();

    edit->setFocus();
    QTest::keyClicks(edit, QStringLiteral("Niet verloren"));
    window.documentView()->commitPending();
    ASSERT_FALSE(MessageBox::shown().isEmpty());
    EXPECT_TRUE(
        MessageBox::shown().last().contains(QStringLiteral("Nothing in the file was changed")));
    EXPECT_EQ(edit->toPlainText(), QStringLiteral("Niet verloren"));
    EXPECT_TRUE(stored(*window.session(), id).is_null());
    EXPECT_TRUE(
        window.documentStatus()->savedLabel()->text().contains(QStringLiteral("not saved")));
    // Closing asks before dropping what could not be saved; the default keeps it open.
    EXPECT_FALSE(window.closeDocument());
    EXPECT_NE(window.session(), nullptr);
    MessageBox::prepare(QMessageBox::Close);
    EXPECT_TRUE(window.closeDocument());
}

TEST_F(ReadOnly, AFullDiskIsReportedTheTextStaysAndItSavesOnceThereIsRoom) {
    storage::testing::installFaultVfs(); // before the file is opened: connections keep their VFS
    const QString file = path(QStringLiteral("vol.dpia"));
    MainWindow window;
    std::string id;
    QPlainTextEdit* edit = newDocumentWithTextField(window, QStringLiteral("vol.dpia"), id);
    ASSERT_NE(edit, nullptr);

    edit->setFocus();
    QTest::keyClicks(edit, QStringLiteral("Bewaard"));
    storage::testing::armFault(SQLITE_FULL);
    window.documentView()->commitPending();
    storage::testing::armFault(0);
    ASSERT_FALSE(MessageBox::shown().isEmpty());
    EXPECT_TRUE(MessageBox::shown().last().contains(
        QStringLiteral("is vol: uw laatste wijziging is niet opgeslagen")))
        << MessageBox::shown().last().toStdString();
    EXPECT_EQ(edit->toPlainText(), QStringLiteral("Bewaard"));
    EXPECT_TRUE(stored(*window.session(), id).is_null());
    EXPECT_TRUE(
        window.documentStatus()->savedLabel()->text().contains(QStringLiteral("not saved")));

    // Room again: the next change saves all of the text, and the file has it after closing.
    QTest::keyClicks(edit, QStringLiteral("!"));
    window.documentView()->commitPending();
    EXPECT_EQ(stored(*window.session(), id), "Bewaard!");
    EXPECT_TRUE(window.closeDocument());
    ASSERT_TRUE(window.openPath(file));
    EXPECT_EQ(stored(*window.session(), id), "Bewaard!");
}

} // namespace
} // namespace dpia::ui

namespace dpia::ui {
namespace {

// Issue 22, item 2: a file that cannot be opened does not cost the user the document they
// are working in.
TEST_F(ReadOnly, AFailedOpenKeepsTheCurrentDocumentOpenWithTheErrorOverIt) {
    MainWindow window;
    std::string questionId;
    QPlainTextEdit* field =
        newDocumentWithTextField(window, QStringLiteral("work.dpia"), questionId);
    ASSERT_NE(field, nullptr);
    field->setFocus();
    QTest::keyClicks(field, QStringLiteral("Nog niet opgeslagen"));
    DocumentSession* before = window.session();
    const QString openPath = before->path();

    QFile bad(path(QStringLiteral("not-a-dpia.dpia")));
    ASSERT_TRUE(bad.open(QIODevice::WriteOnly));
    bad.write("this is not an assessment");
    bad.close();
    FileDialog::instance().prepare(bad.fileName());
    window.openAction()->trigger();

    ASSERT_EQ(MessageBox::shown().size(), 1);
    EXPECT_FALSE(MessageBox::shown().first().isEmpty()); // why it cannot be opened
    EXPECT_EQ(window.session(), before) << "the document in use stays open";
    EXPECT_EQ(window.session()->path(), openPath);
    EXPECT_TRUE(window.documentView()->isVisible());
    EXPECT_FALSE(window.startPage()->isVisible());
    EXPECT_EQ(field->toPlainText(), QStringLiteral("Nog niet opgeslagen"));
    window.documentView()->commitPending();
    EXPECT_EQ(stored(*window.session(), questionId), "Nog niet opgeslagen");

    // Opening the document that is open already keeps it, without a message.
    MessageBox::reset();
    MessageBox::setAutoAnswer(true);
    EXPECT_TRUE(window.openPath(openPath));
    EXPECT_EQ(window.session(), before);
    EXPECT_TRUE(MessageBox::shown().isEmpty());
}

} // namespace
} // namespace dpia::ui

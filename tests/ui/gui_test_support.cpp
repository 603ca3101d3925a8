#include "tests/ui/gui_test_support.h"

#include "core/baseline/baseline.h"
#include "ui/dialogs/file_dialog.h"
#include "ui/dialogs/message_box.h"
#include "ui/forms/form_page.h"
#include "ui/forms/question_block.h"
#include "ui/session/document_session.h"
#include "ui/settings/app_settings.h"
#include "ui/start/new_assessment_dialog.h"
#include "ui/start/start_page.h"
#include "ui/window/document_view.h"
#include "ui/window/main_window.h"

#include <algorithm>

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QTest>
#include <QTranslator>

namespace dpia::ui {

void GuiTest::SetUp() {
    ASSERT_TRUE(dir_.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                       dir_.filePath(QStringLiteral("config")));
    QSettings().clear();
    settings::setDefaultFolder(dir_.filePath(QStringLiteral("Documents/DPIA")));
    const auto translators = qApp->findChildren<QTranslator*>();
    for (QTranslator* translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    MessageBox::reset();
    MessageBox::setAutoAnswer(true);
    FileDialog::instance().reset();
}

void GuiTest::TearDown() {
    EXPECT_EQ(FileDialog::instance().pendingAnswers(), 0)
        << "a prepared file name was not asked for";
    MessageBox::reset();
    FileDialog::instance().reset();
}

void GuiTest::createThroughStartPage(MainWindow& window, const QString& file) {
    NewAssessmentDialog::Request request;
    request.details.title = QStringLiteral("DPIA Teams voor het Wmo-team");
    request.details.organisation = QStringLiteral("Gemeente Voorbeeldstad");
    request.details.processing = QStringLiteral("Wmo-aanvragen in Teams");
    request.path = file;
    NewAssessmentDialog::prepare(request);
    if (window.isVisible()) {
        // Focus only moves within the active window, as on a desktop.
        window.activateWindow();
        EXPECT_TRUE(QTest::qWaitForWindowActive(&window));
    }
    window.startPage()->newButton()->click();
    ASSERT_NE(window.session(), nullptr)
        << MessageBox::shown().join(QStringLiteral("\n")).toStdString();
}

QuestionEditor* editorFor(MainWindow& window, const std::string& questionId) {
    DocumentView* view = window.documentView();
    if (view == nullptr) {
        return nullptr;
    }
    view->showQuestion(questionId);
    FormPage* page = view->currentPage();
    QuestionBlock* block = page != nullptr ? page->block(questionId) : nullptr;
    return block != nullptr ? block->editor() : nullptr;
}

const baseline::Question* firstVisibleOfType(const DocumentSession& session,
                                             baseline::QuestionType type) {
    const auto& visible = session.evaluation().visibleQuestions;
    for (const baseline::Question& question : session.baseline().questions()) {
        if (question.type == type &&
            std::find(visible.begin(), visible.end(), question.id) != visible.end()) {
            return &question;
        }
    }
    return nullptr;
}

const baseline::Question* reachableOfType(DocumentSession& session, baseline::QuestionType type) {
    for (const baseline::Question& question : session.baseline().questions()) {
        if (const baseline::Question* found = firstVisibleOfType(session, type)) {
            return found;
        }
        if (question.type == baseline::QuestionType::yesno &&
            session.answer(question.id) == nullptr) {
            EXPECT_TRUE(session.apply({storage::SetAnswer{question.id, true}}).ok());
        }
    }
    return firstVisibleOfType(session, type);
}

nlohmann::json stored(const DocumentSession& session, const std::string& questionId) {
    const nlohmann::json* value = session.answer(questionId);
    return value != nullptr ? *value : nlohmann::json(nullptr);
}

QStringList unnamedInputs(QWidget* root) {
    QStringList problems;
    const auto widgets = root->findChildren<QWidget*>();
    for (QWidget* widget : widgets) {
        if (!(widget->focusPolicy() & Qt::TabFocus) || !widget->isVisibleTo(root) ||
            !widget->isEnabled() || widget->focusProxy() != nullptr) {
            continue;
        }
        QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
        const QString name =
            accessible != nullptr ? accessible->text(QAccessible::Name) : QString();
        if (name.trimmed().isEmpty()) {
            problems << QStringLiteral("%1 '%2' in %3")
                            .arg(QString::fromLatin1(widget->metaObject()->className()),
                                 widget->objectName(),
                                 widget->parentWidget() != nullptr
                                     ? widget->parentWidget()->objectName()
                                     : QString());
        }
    }
    return problems;
}

namespace {

QString describeWidget(const QWidget* widget) {
    QString name = widget->accessibleName();
    if (const auto* button = qobject_cast<const QAbstractButton*>(widget);
        name.isEmpty() && button != nullptr) {
        name = button->text();
    }
    if (name.isEmpty()) {
        name = widget->objectName();
    }
    return QStringLiteral("%1 '%2'").arg(QString::fromLatin1(widget->metaObject()->className()),
                                         name);
}

bool takesTab(const QWidget* widget) {
    return (widget->focusPolicy() & Qt::TabFocus) != 0 && widget->isVisible() &&
           widget->isEnabled() && widget->focusProxy() == nullptr;
}

} // namespace

QStringList tabOrderProblems(QWidget* root) {
    QList<QWidget*> stops;
    QWidget* widget = root;
    for (int guard = 0; guard < 5000; ++guard) {
        widget = widget->nextInFocusChain();
        if (widget == root) {
            break;
        }
        if (root->isAncestorOf(widget) && widget->window() == root->window() && takesTab(widget)) {
            stops << widget;
        }
    }
    const auto rect = [root](const QWidget* w) {
        return QRect(w->mapTo(root, QPoint(0, 0)), w->size());
    };
    QStringList problems;
    for (qsizetype i = 1; i < stops.size(); ++i) {
        const QRect a = rect(stops[i - 1]);
        const QRect b = rect(stops[i]);
        const bool above = b.bottom() < a.top();
        const bool sameRow = b.top() <= a.bottom() && a.top() <= b.bottom();
        if (above || (sameRow && b.right() < a.left())) {
            problems << describeWidget(stops[i - 1]) + QStringLiteral(" → ") +
                            describeWidget(stops[i]);
        }
    }
    return problems;
}

QStringList mnemonicProblems(QWidget* root) {
    static const QRegularExpression mnemonic(QStringLiteral("(^|[^&])&[^&\\s]"));
    QStringList problems;
    const auto labels = root->findChildren<QLabel*>();
    for (const QLabel* label : labels) {
        if (!label->isVisibleTo(root) || label->textFormat() == Qt::RichText ||
            (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text())) ||
            !label->text().contains(mnemonic)) {
            continue;
        }
        QWidget* buddy = label->buddy();
        while (buddy != nullptr && buddy->focusProxy() != nullptr) {
            buddy = buddy->focusProxy();
        }
        if (buddy == nullptr) {
            problems << QStringLiteral("literal & in '%1'").arg(label->text());
        } else if (!(buddy->focusPolicy() & Qt::TabFocus) || !buddy->isVisibleTo(root)) {
            problems << QStringLiteral("'%1' goes to %2, which takes no focus")
                            .arg(label->text(), describeWidget(buddy));
        }
    }
    return problems;
}

} // namespace dpia::ui

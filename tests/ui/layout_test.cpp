// Nothing cut off (issue 22, item 9): at 1400 × 900, 1024 × 700 and 800 × 600, in Dutch and
// in English, every page of the example shows its labels whole (one-line labels fit, wrapping
// labels break between words and get the height they need), buttons fit their text (the
// heat map's cells too), number fields show their range hint whole, table rows are as tall
// as their content, and the navigator is wide enough for its names up to a fair share of
// the window, with each full name as tooltip.
// Each page is saved as a screenshot in the build folder (tests/ui/screenshots) for a look.
#include "tests/ui/gui_test_support.h"
#include "ui/forms/guidance_panel.h"
#include "ui/start/start_page.h"
#include "ui/text/translator.h"
#include "ui/widgets/focus_frame.h"
#include "ui/window/document_view.h"
#include "ui/window/main_window.h"
#include "ui/window/navigator_model.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QDoubleValidator>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QTextDocument>
#include <QTreeView>

namespace dpia::ui {
namespace {

struct Case {
    QSize size;
    QString language;
};

// gtest prints the parameter of a failing case with this.
void PrintTo(const Case& c, std::ostream* out) {
    *out << c.language.toStdString() << " at " << c.size.width() << "x" << c.size.height();
}

std::string caseName(const ::testing::TestParamInfo<Case>& info) {
    return QStringLiteral("%1_%2x%3")
        .arg(info.param.language)
        .arg(info.param.size.width())
        .arg(info.param.size.height())
        .toStdString();
}

/// Where the screenshots go: next to the test program, so they stay in the build folder.
QString screenshotPath(const Case& c, const QString& page) {
    QDir dir(QCoreApplication::applicationDirPath());
    dir.mkpath(QStringLiteral("screenshots"));
    QString name = page;
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]")), QStringLiteral("_"));
    return dir.filePath(QStringLiteral("screenshots/%1-%2x%3-%4.png")
                            .arg(c.language)
                            .arg(c.size.width())
                            .arg(c.size.height())
                            .arg(name));
}

QString describe(const QWidget* widget, const QString& text) {
    return QStringLiteral("%1 '%2'").arg(QString::fromLatin1(widget->metaObject()->className()),
                                         text.left(60));
}

/// True when `widget` and all its parents up to its window are shown (not merely a page of a
/// stack that is not on top, or a panel collapsed away).
bool seen(const QWidget* widget) {
    return widget->isVisible() && widget->width() > 0 && widget->height() > 0;
}

QString plainText(const QLabel* label) {
    if (label->textFormat() == Qt::RichText ||
        (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()))) {
        QTextDocument document;
        document.setHtml(label->text());
        return document.toPlainText();
    }
    QString text = label->text();
    text.remove(QRegularExpression(QStringLiteral("&(?=[^&])"))); // mnemonics
    return text;
}

/// What a user would see as cut off among the labels under `root`.
QStringList clippedLabels(QWidget* root) {
    QStringList problems;
    const auto labels = root->findChildren<QLabel*>();
    for (const QLabel* label : labels) {
        const QString text = plainText(label).trimmed();
        if (!seen(label) || text.isEmpty()) {
            continue;
        }
        const int room = label->contentsRect().width() - 2 * std::max(0, label->margin());
        const QFontMetrics metrics(label->font());
        if (!label->wordWrap()) {
            if (label->sizeHint().width() > label->width() + 1) {
                problems << describe(label, text) + QStringLiteral(": cut off (%1 of %2 px)")
                                                        .arg(label->width())
                                                        .arg(label->sizeHint().width());
            }
            continue;
        }
        const QStringList words =
            text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        for (const QString& word : words) {
            if (metrics.horizontalAdvance(word) > room) {
                problems << describe(label, text) +
                                QStringLiteral(": the word '%1' is broken (%2 px for %3)")
                                    .arg(word)
                                    .arg(room)
                                    .arg(metrics.horizontalAdvance(word));
                break;
            }
        }
        if (label->heightForWidth(label->width()) > label->height() + 1) {
            problems << describe(label, text) + QStringLiteral(": cut at the bottom (%1 of %2 px)")
                                                    .arg(label->height())
                                                    .arg(label->heightForWidth(label->width()));
        }
    }
    return problems;
}

/// Buttons whose text does not fit (the heat map's cells are buttons too).
QStringList clippedButtons(QWidget* root) {
    QStringList problems;
    const auto buttons = root->findChildren<QAbstractButton*>();
    for (const QAbstractButton* button : buttons) {
        QString text = button->text();
        text.remove(QRegularExpression(QStringLiteral("&(?=[^&])")));
        if (!seen(button) || text.trimmed().isEmpty()) {
            continue;
        }
        const QFontMetrics metrics(button->font());
        int widest = 0;
        for (const QString& line : text.split(QLatin1Char('\n'))) {
            widest = std::max(widest, metrics.horizontalAdvance(line));
        }
        // The style's minimum (80 px for a push button in Fusion) is no cut; the text is.
        const int needed = std::min(button->sizeHint().width(), widest + 12);
        if (button->width() + 1 < needed) {
            problems
                << describe(button, text) +
                       QStringLiteral(": cut off (%1 of %2 px)").arg(button->width()).arg(needed);
        }
        if (button->height() + 1 <
            std::min(button->sizeHint().height(),
                     metrics.lineSpacing() * static_cast<int>(text.count(QLatin1Char('\n')) + 1))) {
            problems << describe(button, text) + QStringLiteral(": too low for its lines");
        }
    }
    return problems;
}

/// Number fields whose range hint ("A number from 0 to 100") would be cut when empty.
QStringList clippedRangeHints(QWidget* root) {
    QStringList problems;
    const auto edits = root->findChildren<QLineEdit*>();
    for (const QLineEdit* edit : edits) {
        if (!seen(edit) || edit->placeholderText().isEmpty() ||
            qobject_cast<const QDoubleValidator*>(edit->validator()) == nullptr) {
            continue;
        }
        const int needed = edit->fontMetrics().horizontalAdvance(edit->placeholderText()) + 12;
        if (edit->width() < needed) {
            problems << describe(edit, edit->placeholderText()) +
                            QStringLiteral(": range hint cut (%1 of %2 px)")
                                .arg(edit->width())
                                .arg(needed);
        }
    }
    return problems;
}

/// Table rows lower than their content.
QStringList clippedRows(QWidget* root) {
    QStringList problems;
    const auto tables = root->findChildren<QTableView*>();
    for (QTableView* table : tables) {
        if (!seen(table) || table->model() == nullptr) {
            continue;
        }
        const int rows = std::min(table->model()->rowCount(), 60);
        for (int row = 0; row < rows; ++row) {
            if (table->isRowHidden(row)) {
                continue;
            }
            // Public in QAbstractItemView; QTableView's own (protected) answers.
            const int needed = static_cast<const QAbstractItemView*>(table)->sizeHintForRow(row);
            if (table->rowHeight(row) + 1 < needed) {
                problems << QStringLiteral("table '%1' row %2: %3 of %4 px")
                                .arg(table->accessibleName().isEmpty() ? table->objectName()
                                                                       : table->accessibleName())
                                .arg(row)
                                .arg(table->rowHeight(row))
                                .arg(needed);
                break; // one row per table says enough
            }
        }
    }
    return problems;
}

/// The navigator: wide enough for every name, or at least a fair share of the window; and
/// every name whole in its tooltip.
QStringList navigatorProblems(MainWindow& window) {
    QTreeView* navigator = window.documentView()->navigator();
    NavigatorModel* model = window.documentView()->navigatorModel();
    QStringList problems;
    // A fair share: a fifth of the window (on a small screen a wide page, such as the risk
    // register with its heat map, may take more of it).
    const int share = window.width() / 5;
    if (navigator->width() < std::min(share, 12 * navigator->fontMetrics().averageCharWidth())) {
        problems << QStringLiteral("navigator only %1 px wide").arg(navigator->width());
    }
    QList<QModelIndex> rows;
    for (int part = 0; part < model->rowCount(); ++part) {
        const QModelIndex partIndex = model->index(part, 0);
        rows << partIndex;
        for (int section = 0; section < model->rowCount(partIndex); ++section) {
            rows << model->index(section, 0, partIndex);
        }
    }
    bool elided = false;
    for (const QModelIndex& index : rows) {
        const QString title = index.data().toString();
        if (index.data(Qt::ToolTipRole).toString() != title) {
            problems << QStringLiteral("no full tooltip for '%1'").arg(title);
        }
        const QRect shown = navigator->visualRect(index);
        const int needed = navigator->fontMetrics().horizontalAdvance(title) + 8;
        if (!shown.isEmpty() && shown.width() < needed) {
            elided = true;
        }
    }
    if (elided && navigator->width() < share) {
        problems << QStringLiteral("navigator cuts names at %1 px, below a fifth of the window")
                        .arg(navigator->width());
    }
    return problems;
}

class Layout : public GuiTest, public ::testing::WithParamInterface<Case> {
protected:
    void SetUp() override {
        GuiTest::SetUp();
        installFocusFrame(*qApp); // as the program runs
        ASSERT_TRUE(installTranslations(*qApp, GetParam().language));
    }
    void TearDown() override {
        installTranslations(*qApp, kDutch); // the default for the tests after this one
        GuiTest::TearDown();
    }
};

TEST_P(Layout, EveryPageShowsItsTextWhole) {
    const Case c = GetParam();
    MainWindow window;
    window.resize(c.size);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    QCoreApplication::processEvents();
    EXPECT_EQ((clippedLabels(window.startPage()) + clippedButtons(window.startPage()))
                  .join(QLatin1Char('\n'))
                  .toStdString(),
              "")
        << "start page";
    window.grab().save(screenshotPath(c, QStringLiteral("start")));

    window.openExample();
    DocumentView* view = window.documentView();
    ASSERT_NE(view, nullptr);
    for (const QModelIndex& index : view->navigatorModel()->pageIndexes()) {
        const std::string id = view->navigatorModel()->sectionId(index);
        QWidget* page = view->showPage(id);
        ASSERT_NE(page, nullptr) << id;
        // Layouts, then the rows measured again for the columns' new widths.
        for (int round = 0; round < 3; ++round) {
            QCoreApplication::processEvents();
        }
        QStringList problems = clippedLabels(page) + clippedButtons(page) + clippedRows(page) +
                               clippedRangeHints(page);
        problems << clippedLabels(view->guidance());
        problems << navigatorProblems(window);
        EXPECT_EQ(problems.join(QLatin1Char('\n')).toStdString(), "") << "page " << id;
        window.grab().save(screenshotPath(c, QString::fromStdString(id)));
    }
}

INSTANTIATE_TEST_SUITE_P(ThreeSizesTwoLanguages, Layout,
                         ::testing::Values(Case{{1400, 900}, kDutch}, Case{{1024, 700}, kDutch},
                                           Case{{800, 600}, kDutch}, Case{{1400, 900}, kEnglish},
                                           Case{{1024, 700}, kEnglish}, Case{{800, 600}, kEnglish}),
                         caseName);

} // namespace
} // namespace dpia::ui

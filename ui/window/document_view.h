#pragma once

#include <map>
#include <string>

#include <QWidget>

class QLabel;
class QSplitter;
class QStackedWidget;
class QTreeView;

namespace dpia::ui {

class DocumentCommands;
class DocumentSession;
class FormPage;
class GuidancePanel;
class NavigatorModel;
class WorkspacePage;

/// The questionnaire of one open document in three columns: the navigator of parts and
/// sections, the form page of the current section, and the guidance panel. Above them a
/// banner says when the document is read-only, and why.
class DocumentView : public QWidget {
    Q_OBJECT
public:
    DocumentView(DocumentSession& session, DocumentCommands& commands, QWidget* parent = nullptr);
    ~DocumentView() override;

    /// Shows a section's page (building it on first use) and selects it in the navigator.
    FormPage* showSection(const std::string& sectionId);
    /// Shows a questionnaire section or a workspace page ("@risks", ...); nullptr if unknown.
    QWidget* showPage(const std::string& pageId);
    /// A workspace page, built if needed (workspace_pages.h); nullptr if unknown.
    WorkspacePage* workspacePage(const std::string& pageId);
    /// The id of the page shown: a section id or a workspace page id.
    const std::string& currentPageId() const { return current_; }
    void nextSection();
    void previousSection();
    /// Moves focus to the next (or previous) of navigator, form and guidance (F6).
    void cycleFocus(bool forward);
    /// Saves all typed text still waiting for its debounce.
    void commitPending();
    /// True when some typed input could not be saved (the core refused it).
    bool hasUnsavedInput() const;
    /// Puts the focus on the first input of the page shown (a new DPIA starts there).
    void focusFirstInput();
    /// Shows the page of a question and puts the focus on its input.
    void showQuestion(const std::string& questionId);

    /// The questionnaire page shown; nullptr while a workspace page is shown.
    FormPage* currentPage() const;

signals:
    /// A page asked to continue the (final) document in a new revision.
    void newRevisionRequested();

public slots:
    /// showQuestion for pages that name a question in a signal.
    void showQuestionById(const QString& questionId);

public:
    /// The page of a section, built if needed.
    FormPage* page(const std::string& sectionId);
    QTreeView* navigator() const { return navigator_; }
    NavigatorModel* navigatorModel() const { return model_; }
    GuidancePanel* guidance() const { return guidance_; }
    QLabel* banner() const { return banner_; }

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    /// The navigator's width that shows every name whole.
    int navigatorWidthWanted() const;
    /// Gives the navigator, the page and the guidance their widths (until the user drags).
    void fitPanes();
    void onAnswerChanged(const QString& questionId);
    void onEvaluationChanged();
    void onFocusChanged(QWidget* old, QWidget* now);
    void onNavigatorCurrentChanged();
    void step(int delta);
    /// The first input of the page shown (a form page or a workspace page).
    QWidget* firstInputOfCurrent() const;

    DocumentSession& session_;
    DocumentCommands& commands_;
    NavigatorModel* model_;
    QTreeView* navigator_;
    QStackedWidget* pages_;
    GuidancePanel* guidance_;
    QLabel* banner_;
    QSplitter* splitter_ = nullptr;
    bool userSized_ = false;
    std::map<std::string, FormPage*> built_;
    std::map<std::string, WorkspacePage*> workspace_;
    std::string current_;
};

} // namespace dpia::ui

#pragma once

#include <QWidget>

class QPushButton;
class QTreeView;

namespace dpia::ui {

class RecentFilesModel;

/// What the user sees without an open document: start a new assessment, open one, open
/// the example, or pick a recent file (Enter or double-click opens it).
class StartPage : public QWidget {
    Q_OBJECT
public:
    explicit StartPage(QWidget* parent = nullptr);

    /// Refreshes the recent files list from the settings.
    void reload();

    QPushButton* newButton() const { return new_; }
    QPushButton* openButton() const { return open_; }
    QPushButton* exampleButton() const { return example_; }
    QTreeView* recentView() const { return recent_; }
    RecentFilesModel* recentModel() const { return model_; }

signals:
    void newRequested();
    void openRequested();
    void exampleRequested();
    void recentRequested(const QString& path);

private:
    void openCurrentRecent();
    /// The list is as tall as its files: no empty box below a short list.
    void fitRecentHeight();

    QPushButton* new_;
    QPushButton* open_;
    QPushButton* example_;
    RecentFilesModel* model_;
    QTreeView* recent_;
};

} // namespace dpia::ui

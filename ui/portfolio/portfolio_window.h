#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace dpia::baseline {
class Baseline;
}

namespace dpia::ui {

class PortfolioModel;
class PortfolioFilterProxy;

/// File → Open portfolio…: every DPIA in a folder and below, read without writing or
/// locking anything (core/portfolio). Sort by any column, filter, search; Enter or a
/// double-click opens a document (openRequested), as File → Open would.
class PortfolioWindow : public QWidget {
    Q_OBJECT
public:
    /// `shipped` supplies roles an older document's baseline does not record; may be null.
    PortfolioWindow(const baseline::Baseline* shipped, QWidget* parent = nullptr);

    /// Reads `folder` and shows it; false (with the reason shown) when it is not a folder.
    bool showFolder(const QString& folder);
    QString folder() const { return folder_; }

    QTableView* table() const { return table_; }
    QComboBox* filterBox() const { return filter_; }
    QComboBox* statusBox() const { return status_; }
    QLineEdit* searchBox() const { return search_; }
    PortfolioModel* model() const { return model_; }

signals:
    void openRequested(const QString& path);

private:
    void refresh();
    void chooseFolder();
    void activate(const QModelIndex& index);
    void updateCount();

    const baseline::Baseline* shipped_;
    QString folder_;
    PortfolioModel* model_;
    PortfolioFilterProxy* proxy_;
    QLabel* folderLabel_;
    QLabel* count_;
    QComboBox* filter_;
    QComboBox* status_;
    QLineEdit* search_;
    QTableView* table_;
};

} // namespace dpia::ui

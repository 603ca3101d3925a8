#pragma once

#include "core/baseline/baseline_types.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <string>

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace dpia::baseline {
class Baseline;
}

class QWidget;

namespace dpia::ui {

class DocumentSession;
class MainWindow;
class QuestionEditor;

/// Every GUI test runs with its own settings file and Documents folder in a temporary
/// directory, no translator (English source texts), and dialogs that answer themselves.
class GuiTest : public ::testing::Test {
protected:
    void SetUp() override;
    void TearDown() override;

    QString path(const QString& name) const { return dir_.filePath(name); }
    /// Creates a new assessment through the start page, as a user would.
    void createThroughStartPage(MainWindow& window, const QString& file);

    QTemporaryDir dir_;
};

/// The editor of a question on its page (navigates there first).
QuestionEditor* editorFor(MainWindow& window, const std::string& questionId);

/// The first question of `type` that is visible now, or nullptr.
const baseline::Question* firstVisibleOfType(const DocumentSession& session,
                                             baseline::QuestionType type);

/// Like firstVisibleOfType, but answers yes/no questions "yes" (directly in the session)
/// until one shows up, for questions that only apply after an earlier answer.
const baseline::Question* reachableOfType(DocumentSession& session, baseline::QuestionType type);

/// The focusable, visible widgets under `root` that a screen reader would announce
/// without a name, as "Class 'objectName' in parentName".
QStringList unnamedInputs(QWidget* root);

/// The places where Tab under `root` (a dialog or page, shown) goes against the visual
/// order: to a field wholly above the one before, or left of it on the same row. Each as
/// "from → to".
QStringList tabOrderProblems(QWidget* root);

/// Labels under `root` that show a literal "&" (a mnemonic with no field to go to) or whose
/// field cannot take the focus.
QStringList mnemonicProblems(QWidget* root);

/// The stored answer, or null.
nlohmann::json stored(const DocumentSession& session, const std::string& questionId);

} // namespace dpia::ui

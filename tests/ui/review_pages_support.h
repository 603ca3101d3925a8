#pragma once

#include "tests/ui/gui_test_support.h"
#include "ui/session/document_commands.h"
#include "ui/session/document_session.h"

#include <memory>

#include <QStringList>
#include <QUndoStack>

class QWidget;

namespace dpia::ui {

/// The risk register, safeguards and coverage pages on the bundled example, with a real
/// undo stack and command facade (no main window: the pages are built directly).
class ReviewPagesTest : public GuiTest {
protected:
    void SetUp() override;
    void TearDown() override;

    DocumentSession& session() { return *session_; }
    DocumentCommands& commands() { return *commands_; }

    QUndoStack stack_;
    std::unique_ptr<DocumentSession> session_;
    std::unique_ptr<DocumentCommands> commands_;
};

} // namespace dpia::ui

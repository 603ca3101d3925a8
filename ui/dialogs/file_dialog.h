#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace dpia::ui {

/// The one way the UI asks for a file name. Tests queue answers with `prepare()`, so no
/// native dialog ever opens under test; an empty answer means the user cancelled.
class FileDialog {
public:
    static FileDialog& instance();

    QString openFileName(QWidget* parent, const QString& caption, const QString& folder,
                         const QString& filter);
    QString saveFileName(QWidget* parent, const QString& caption, const QString& suggested,
                         const QString& filter);
    QString existingFolder(QWidget* parent, const QString& caption, const QString& folder);

    /// Queues the answer to the next question (tests only).
    void prepare(const QString& answer) { answers_.append(answer); }
    /// Answers still queued; a test checks this is empty to know every dialog was asked.
    qsizetype pendingAnswers() const { return answers_.size(); }
    /// How many times the UI asked for a file name.
    int askedCount() const { return asked_; }
    /// The folder or file name the last question proposed (tests check the defaults).
    QString lastProposal() const { return proposal_; }
    void reset();

private:
    FileDialog() = default;
    bool takeAnswer(QString& answer);

    QStringList answers_;
    QString proposal_;
    int asked_ = 0;
};

/// Filters for the file types the program reads and writes.
QString assessmentFilter();
QString jsonFilter();
QString csvFilter();
QString pdfFilter();
QString htmlFilter();
/// The government's Model DPIA form: its JSON or the PDF that carries it.
QString minbzkFilter();
QString cnilFilter();

} // namespace dpia::ui

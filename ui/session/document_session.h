#pragma once

#include "core/baseline/baseline_types.h"
#include "core/result.h"
#include "core/scoring/assessment_scoring.h"
#include "core/scoring/evaluation.h"
#include "core/storage/assessment.h"
#include "core/storage/edit.h"
#include "core/storage/file_ops.h"

#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

#include <QObject>
#include <QString>
#include <QStringList>

namespace dpia::baseline {
class Baseline;
}
namespace dpia::storage {
class AssessmentFile;
}

namespace dpia::ui {

/// What the new-assessment dialog asks.
struct NewAssessment {
    QString title;
    QString organisation;
    QString processing;
    QString author;
};

/// One open .dpia document as the UI sees it: the only class in ui/ that talks to
/// core/storage. It keeps the evaluation current and says what changed.
class DocumentSession : public QObject {
    Q_OBJECT
public:
    enum class Mode { readWrite, readOnly };
    using Opened = Result<std::unique_ptr<DocumentSession>>;

    /// Creates a new file at `path` with the embedded baseline (never overwrites).
    static Opened create(const QString& path, const NewAssessment& details);
    /// Creates a new file at `path` filled with the bundled example assessment.
    static Opened createSample(const QString& path);
    /// Creates a new file at `path` from a JSON export (never overwrites).
    static Opened importJson(const QString& jsonPath, const QString& path);
    /// What an import from another DPIA tool made (docs/INTERCHANGE.md): the new document,
    /// and what the window reports before it opens it.
    struct FormImport {
        std::unique_ptr<DocumentSession> session;
        int answers = 0;       ///< answers taken over
        QStringList questions; ///< the captions of the questions those answers fill
        int customRisks = 0;   ///< own risks, measures and sign-offs made (CNIL)
        int measures = 0;
        int signoffs = 0;
        QStringList keptAside; ///< where in the source each item kept aside was
        /// Files that came with the source; not stored (there is no evidence store yet).
        struct Attachment {
            QString name;
            qulonglong size = 0;
            QString sha256;
        };
        QList<Attachment> attachments;
    };
    /// Creates a new file at `path` from a file of the Model DPIA form, its JSON or its PDF
    /// (never overwrites; a refused import leaves nothing behind).
    static Result<FormImport> importMinbzk(const QString& formPath, const QString& path);
    /// Creates a new file at `path` from an export of the CNIL's PIA software, its JSON or
    /// its zip (never overwrites; a refused import leaves nothing behind).
    static Result<FormImport> importCnil(const QString& exportPath, const QString& path);
    /// Opens an existing file. A locked file fails with ErrorCode::lockedByOther unless
    /// `mode` is readOnly; a file that cannot be written opens read-only by itself.
    static Opened open(const QString& path, Mode mode = Mode::readWrite);

    /// The next revision of this (final) document as a new file at `path`: a draft with
    /// the next version number, without the previous version's advice and decisions.
    Opened createRevision(const QString& path) const;

    ~DocumentSession() override;

    const baseline::Baseline& baseline() const;
    /// The questions and options of the baseline that the UI acts on. A document made
    /// before its baseline recorded a role gets it from the program's own baseline when
    /// that is the same baseline and the role fits (baseline::rolesFor).
    const baseline::Roles& roles() const { return roles_; }
    QString path() const { return path_; }
    QString fileName() const;
    QString title() const;
    /// "draft", "review" or "final".
    QString statusCode() const;
    /// The status in words, in the UI language.
    QString statusText() const;

    /// True when edits are refused: the file cannot be written, another window has it,
    /// or the DPIA is final (then only a new revision can change it).
    bool isReadOnly() const;
    bool isFinal() const;
    /// Why the document is read-only, naming who holds the lock when that is the reason.
    QString readOnlyReason() const;
    /// Who has `path` open for editing, in words (lockHolderText), or empty when nobody
    /// does (or the lock names nobody).
    static QString lockHolder(const QString& path);

    /// The stored answer, or nullptr when unanswered.
    const nlohmann::json* answer(std::string_view questionId) const;
    /// The first words of a question's text, for undo texts and messages.
    QString questionCaption(std::string_view questionId) const;

    const scoring::Evaluation& evaluation() const { return evaluation_; }
    /// A safeguard as shown everywhere (scoring::viewSafeguard): the status that counts and
    /// its evidence; for a safeguard the questionnaire answers, those of its question.
    scoring::SafeguardView safeguard(std::string_view safeguardId) const;
    /// The same as a stored entry (status and evidence), none while not decided.
    std::optional<storage::SafeguardEntry> safeguardEntry(std::string_view safeguardId) const;
    /// The whole document as stored (metadata, safeguards, risks, measures, signoffs).
    const storage::Assessment& assessment() const;

    /// Applies edits through the core, all or nothing, saved at once (storage::Edit). On
    /// success emits changed for each edit done, answerChanged or contentChanged, re-scores
    /// (evaluationChanged) and, after a status change, statusChanged. Widgets use
    /// DocumentCommands, which makes each edit one undo step.
    Result<storage::Applied> apply(const storage::EditList& edits);

    Status saveCopy(const QString& path) const;
    /// The JSON export; `existing` says whether the user agreed to replace a file there.
    Status exportJson(const QString& path, storage::files::Existing existing) const;
    /// The DPIA as the government's Model DPIA form opens it (assessment-output v2).
    Status exportMinbzk(const QString& path, storage::files::Existing existing) const;
    /// The action plan as CSV for a spreadsheet (action_plan_csv.h), in the UI language;
    /// replaces an existing file only when `existing` says the user agreed.
    Status exportActionPlanCsv(const QString& path, storage::files::Existing existing) const;

signals:
    /// One edit was saved (emitted for each edit of an apply, before the others below).
    void changed(const storage::Edit& edit);
    void answerChanged(const QString& questionId);
    void evaluationChanged();
    /// Something other than an answer changed (metadata, safeguards, risks, measures, ...).
    void contentChanged();
    /// The document's status changed (draft, in review, final).
    void statusChanged();

public:
    struct Impl; ///< the storage side (document_session.cpp)

private:
    DocumentSession(std::unique_ptr<Impl> impl, QString path, scoring::Evaluation evaluation);
    static Opened adopt(std::unique_ptr<Impl> impl, const QString& path,
                        scoring::Evaluation evaluation);
    const storage::AssessmentFile& file() const;
    void rescore();

    std::unique_ptr<Impl> impl_;
    QString path_;
    baseline::Roles roles_;
    scoring::Evaluation evaluation_;
};

/// The translated words for a document status code.
QString statusText(const QString& statusCode);

} // namespace dpia::ui

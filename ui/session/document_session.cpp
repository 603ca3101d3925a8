#include "ui/session/document_session.h"

#include "core/baseline/baseline.h"
#include "core/baseline/embedded_image.h"
#include "core/baseline/roles.h"
#include "core/interchange/cnil_import.h"
#include "core/interchange/minbzk_export.h"
#include "core/interchange/minbzk_import.h"
#include "core/scoring/scored_document.h"
#include "core/storage/action_plan_csv.h"
#include "core/storage/assessment_json.h"
#include "core/storage/assessment_service.h"
#include "core/storage/file_ops.h"
#include "core/storage/sample_assessment.h"
#include "ui/session/lock_holder.h"
#include "ui/text/local_text.h"
#include "ui/text/words.h"

#include <functional>

#include <QDate>
#include <QFileInfo>

namespace dpia::ui {

struct DocumentSession::Impl {
    std::unique_ptr<storage::AssessmentService> service;
};

namespace {

using Impl = DocumentSession::Impl;

Result<std::shared_ptr<const baseline::Baseline>> embeddedBaseline() {
    return baseline::Baseline::load(baseline::embeddedImage());
}

/// A new document (made, imported, a revision) scored for the first time.
Result<scoring::ScoredDocument>
scoredNew(Result<std::unique_ptr<storage::AssessmentService>> made) {
    if (!made) {
        return made.error();
    }
    scoring::Evaluation evaluation = scoring::evaluate(**made);
    return scoring::ScoredDocument{std::move(made).value(), std::move(evaluation)};
}

DocumentSession::Opened
wrap(Result<scoring::ScoredDocument> scored, const QString& path,
     const std::function<DocumentSession::Opened(std::unique_ptr<Impl>, const QString&,
                                                 scoring::Evaluation)>& make) {
    if (!scored) {
        return scored.error();
    }
    auto impl = std::make_unique<Impl>();
    impl->service = std::move(scored->service);
    return make(std::move(impl), path, std::move(scored->evaluation));
}

} // namespace

DocumentSession::DocumentSession(std::unique_ptr<Impl> impl, QString path,
                                 scoring::Evaluation evaluation)
    : impl_(std::move(impl)), path_(std::move(path)), roles_(baseline().info().roles),
      evaluation_(std::move(evaluation)) {
    // Only an image from before some role existed needs the program's baseline.
    if (!baseline().info().rolesNotRecorded.empty()) {
        if (auto shipped = embeddedBaseline()) {
            roles_ = baseline::rolesFor(baseline(), **shipped);
        }
    }
}

DocumentSession::~DocumentSession() = default;

DocumentSession::Opened DocumentSession::adopt(std::unique_ptr<Impl> impl, const QString& path,
                                               scoring::Evaluation evaluation) {
    return std::unique_ptr<DocumentSession>(
        new DocumentSession(std::move(impl), path, std::move(evaluation)));
}

DocumentSession::Opened DocumentSession::create(const QString& path, const NewAssessment& details) {
    auto shipped = embeddedBaseline();
    if (!shipped) {
        return shipped.error();
    }
    storage::Metadata metadata;
    metadata.title = utf8(details.title);
    metadata.organisation = utf8(details.organisation);
    metadata.processing = utf8(details.processing);
    metadata.author = utf8(details.author);
    return wrap(
        scoredNew(storage::AssessmentService::create(utf8(path), shipped.value(), metadata)), path,
        &DocumentSession::adopt);
}

DocumentSession::Opened DocumentSession::createSample(const QString& path) {
    auto shipped = embeddedBaseline();
    if (!shipped) {
        return shipped.error();
    }
    return wrap(scoredNew(storage::AssessmentService::createFromSample(
                    utf8(path), shipped.value(), storage::bundledSampleJson(), std::nullopt)),
                path, &DocumentSession::adopt);
}

DocumentSession::Opened DocumentSession::importJson(const QString& jsonPath, const QString& path) {
    return wrap(scoredNew(storage::AssessmentService::importFile(utf8(jsonPath), utf8(path))), path,
                &DocumentSession::adopt);
}

namespace {

/// The report's lists of an import, filled once the new document is open: the captions of
/// the questions that got an answer (not the source's keys), and the keys kept aside.
Result<DocumentSession::FormImport>
importReport(DocumentSession::Opened opened, const std::map<std::string, nlohmann::json>& answers,
             const std::vector<storage::ImportedItem>& keptAside) {
    if (!opened) {
        return opened.error();
    }
    DocumentSession::FormImport result;
    result.session = std::move(opened).value();
    result.answers = static_cast<int>(answers.size());
    for (const auto& [questionId, value] : answers) {
        result.questions.append(result.session->questionCaption(questionId));
    }
    for (const storage::ImportedItem& item : keptAside) {
        result.keptAside.append(QString::fromStdString(item.key));
    }
    return result;
}

} // namespace

Result<DocumentSession::FormImport> DocumentSession::importMinbzk(const QString& formPath,
                                                                  const QString& path) {
    auto shipped = embeddedBaseline();
    if (!shipped) {
        return shipped.error();
    }
    auto made = interchange::makeFromMinbzk(utf8(formPath), utf8(path), shipped.value());
    if (!made) {
        return made.error();
    }
    return importReport(wrap(scoredNew(std::move(made->service)), path, &DocumentSession::adopt),
                        made->report.answers, made->report.keptAside);
}

Result<DocumentSession::FormImport> DocumentSession::importCnil(const QString& exportPath,
                                                                const QString& path) {
    auto shipped = embeddedBaseline();
    if (!shipped) {
        return shipped.error();
    }
    auto made = interchange::makeFromCnil(utf8(exportPath), utf8(path), shipped.value());
    if (!made) {
        return made.error();
    }
    const storage::Assessment& content = made->report.content;
    auto result =
        importReport(wrap(scoredNew(std::move(made->service)), path, &DocumentSession::adopt),
                     content.answers, content.imported);
    if (result) {
        result->customRisks = static_cast<int>(content.customRisks.size());
        result->measures = static_cast<int>(content.measures.size());
        result->signoffs = static_cast<int>(content.signoffs.size());
        for (const interchange::ImportAttachment& a : made->report.attachments) {
            result->attachments.append(FormImport::Attachment{qs(a.name), a.size, qs(a.sha256)});
        }
    }
    return result;
}

DocumentSession::Opened DocumentSession::open(const QString& path, Mode mode) {
    const storage::OpenMode openMode =
        mode == Mode::readOnly ? storage::OpenMode::readOnly : storage::OpenMode::readWrite;
    return wrap(scoring::openScored(utf8(path), openMode), path, &DocumentSession::adopt);
}

DocumentSession::Opened DocumentSession::createRevision(const QString& path) const {
    return wrap(scoredNew(storage::AssessmentService::createRevision(*impl_->service, utf8(path))),
                path, &DocumentSession::adopt);
}

const baseline::Baseline& DocumentSession::baseline() const {
    return impl_->service->baseline();
}

QString DocumentSession::fileName() const {
    return QFileInfo(path_).fileName();
}

QString DocumentSession::title() const {
    return qs(file().assessment().metadata.title);
}

QString DocumentSession::statusCode() const {
    return qs(storage::statusName(file().assessment().status));
}

QString DocumentSession::statusText() const {
    return words::documentStatus(file().assessment().status);
}

bool DocumentSession::isReadOnly() const {
    return file().isReadOnly() || isFinal();
}

bool DocumentSession::isFinal() const {
    return file().assessment().status == storage::DocumentStatus::final;
}

QString DocumentSession::readOnlyReason() const {
    if (!file().isReadOnly()) {
        //: Why a document is read-only: the user finalised it.
        return isFinal() ? tr("This DPIA is final. To change it, make a new revision "
                              "(File → New revision).")
                         : QString();
    }
    if (const QString holder = lockHolder(qs(file().path())); !holder.isEmpty()) {
        //: Why a document is read-only; %1 says who has it open, where and since when.
        return tr("It is open for editing by %1.").arg(holder);
    }
    const auto& reason = file().readOnlyReason();
    return reason ? errorMessage(*reason) : QString();
}

QString DocumentSession::lockHolder(const QString& path) {
    const auto owner = storage::AssessmentFile::lockHolder(utf8(path));
    return owner ? lockHolderText(*owner) : QString();
}

const nlohmann::json* DocumentSession::answer(std::string_view questionId) const {
    const auto& answers = file().assessment().answers;
    const auto found = answers.find(std::string(questionId));
    return found == answers.end() ? nullptr : &found->second;
}

QString DocumentSession::questionCaption(std::string_view questionId) const {
    const baseline::Question* question = impl_->service->baseline().question(questionId);
    if (question == nullptr) {
        return qs(questionId);
    }
    const QString text = local(question->text);
    return text.size() > 40 ? text.left(39) + QStringLiteral("…") : text;
}

void DocumentSession::rescore() {
    evaluation_ = scoring::evaluate(*impl_->service);
    emit evaluationChanged();
}

scoring::SafeguardView DocumentSession::safeguard(std::string_view safeguardId) const {
    return scoring::viewSafeguard(baseline(), assessment(), evaluation_, safeguardId);
}

std::optional<storage::SafeguardEntry>
DocumentSession::safeguardEntry(std::string_view safeguardId) const {
    scoring::SafeguardView view = safeguard(safeguardId);
    if (!view.status) {
        return std::nullopt;
    }
    return storage::SafeguardEntry{*view.status, std::move(view.evidence)};
}

const storage::Assessment& DocumentSession::assessment() const {
    return file().assessment();
}

Result<storage::Applied> DocumentSession::apply(const storage::EditList& edits) {
    auto applied = impl_->service->apply(edits);
    if (!applied) {
        return applied;
    }
    bool content = false;
    bool status = false;
    for (const storage::Edit& edit : applied->done) {
        emit changed(edit);
        if (const auto* answer = std::get_if<storage::SetAnswer>(&edit)) {
            emit answerChanged(qs(answer->question));
        } else {
            content = true;
            status = status || std::holds_alternative<storage::SetStatus>(edit);
        }
    }
    if (content) {
        emit contentChanged();
    }
    rescore();
    if (status) {
        emit statusChanged();
    }
    return applied;
}

Status DocumentSession::saveCopy(const QString& path) const {
    return file().saveCopy(utf8(path));
}

Status DocumentSession::exportJson(const QString& path, storage::files::Existing existing) const {
    return storage::exportToFile(file().assessment(), utf8(path), existing);
}

Status DocumentSession::exportMinbzk(const QString& path, storage::files::Existing existing) const {
    const auto exported = interchange::exportMinbzk(
        assessment(), baseline(), *interchange::minbzkFormNamed("dpia"), storage::files::utcNow());
    return storage::files::writeOutput(utf8(path), exported.document.dump(2) + "\n", existing);
}

Status DocumentSession::exportActionPlanCsv(const QString& path,
                                            storage::files::Existing existing) const {
    const std::string today = utf8(QDate::currentDate().toString(Qt::ISODate));
    return storage::files::writeOutput(
        utf8(path), storage::actionPlanCsv(assessment(), baseline(), uiLang(), today), existing);
}

const storage::AssessmentFile& DocumentSession::file() const {
    return impl_->service->file();
}

QString statusText(const QString& statusCode) {
    return words::documentStatus(
        storage::parseDocumentStatus(utf8(statusCode)).value_or(storage::DocumentStatus::draft));
}

} // namespace dpia::ui

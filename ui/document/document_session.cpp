#include "ui/document/document_session.h"

#include "core/baseline/baseline.h"
#include "core/baseline/embedded_image.h"
#include "core/baseline/roles.h"
#include "core/scoring/assessment_scoring.h"
#include "core/storage/action_plan_csv.h"
#include "core/storage/assessment_json.h"
#include "core/storage/assessment_service.h"
#include "core/storage/file_ops.h"
#include "core/storage/sample_assessment.h"
#include "ui/local_text.h"

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

DocumentSession::Opened
wrap(Result<std::unique_ptr<storage::AssessmentService>> service, const QString& path,
     const std::function<DocumentSession::Opened(std::unique_ptr<Impl>, const QString&)>& make) {
    if (!service) {
        return service.error();
    }
    auto impl = std::make_unique<Impl>();
    impl->service = std::move(service).value();
    return make(std::move(impl), path);
}

} // namespace

DocumentSession::DocumentSession(std::unique_ptr<Impl> impl, QString path)
    : impl_(std::move(impl)), path_(std::move(path)), roles_(baseline().info().roles) {
    // Only an image from before some role existed needs the program's baseline.
    if (!baseline().info().rolesNotRecorded.empty()) {
        if (auto shipped = embeddedBaseline()) {
            roles_ = baseline::rolesFor(baseline(), **shipped);
        }
    }
    rescore();
}

DocumentSession::~DocumentSession() = default;

DocumentSession::Opened DocumentSession::adopt(std::unique_ptr<Impl> impl, const QString& path) {
    return std::unique_ptr<DocumentSession>(new DocumentSession(std::move(impl), path));
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
    return wrap(storage::AssessmentService::create(utf8(path), shipped.value(), metadata), path,
                &DocumentSession::adopt);
}

DocumentSession::Opened DocumentSession::createSample(const QString& path) {
    auto shipped = embeddedBaseline();
    if (!shipped) {
        return shipped.error();
    }
    return wrap(storage::AssessmentService::createFromSample(
                    utf8(path), shipped.value(), storage::bundledSampleJson(), std::nullopt),
                path, &DocumentSession::adopt);
}

DocumentSession::Opened DocumentSession::importJson(const QString& jsonPath, const QString& path) {
    return wrap(storage::AssessmentService::importFile(utf8(jsonPath), utf8(path)), path,
                &DocumentSession::adopt);
}

DocumentSession::Opened DocumentSession::open(const QString& path, Mode mode) {
    const storage::OpenMode openMode =
        mode == Mode::readOnly ? storage::OpenMode::readOnly : storage::OpenMode::readWrite;
    return wrap(storage::AssessmentService::open(utf8(path), openMode), path,
                &DocumentSession::adopt);
}

DocumentSession::Opened DocumentSession::createRevision(const QString& path) const {
    return wrap(storage::AssessmentService::createRevision(*impl_->service, utf8(path)), path,
                &DocumentSession::adopt);
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
    return ui::statusText(statusCode());
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
    if (const auto owner = storage::AssessmentFile::lockHolder(file().path())) {
        //: Why a document is read-only; %1 user account, %2 computer, %3 since when.
        return tr("%1 has this assessment open for editing on %2 (since %3).")
            .arg(qs(owner->user), qs(owner->host), qs(owner->since));
    }
    const auto& reason = file().readOnlyReason();
    return reason ? errorMessage(*reason) : QString();
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
    evaluation_ = scoring::evaluate(impl_->service->baseline(), file().assessment());
    emit evaluationChanged();
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

Status DocumentSession::exportJson(const QString& path) const {
    return storage::exportToFile(file().assessment(), utf8(path));
}

Status DocumentSession::exportActionPlanCsv(const QString& path) const {
    const std::string today = utf8(QDate::currentDate().toString(Qt::ISODate));
    return storage::files::writeNewFile(
        utf8(path), storage::actionPlanCsv(assessment(), baseline(), uiLang(), today));
}

const storage::AssessmentFile& DocumentSession::file() const {
    return impl_->service->file();
}

QString statusText(const QString& statusCode) {
    if (statusCode == QLatin1String("in-review")) {
        //: Document status.
        return DocumentSession::tr("in review");
    }
    if (statusCode == QLatin1String("final")) {
        //: Document status.
        return DocumentSession::tr("final");
    }
    //: Document status.
    return DocumentSession::tr("draft");
}

} // namespace dpia::ui

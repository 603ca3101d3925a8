#include "core/storage/assessment_service.h"

#include "core/storage/answered_safeguards.h"
#include "core/storage/assessment_json.h"
#include "core/storage/change_log.h"
#include "core/storage/file_ops.h"
#include "core/storage/storage_errors.h"
#include "core/storage/validate.h"

#include <nlohmann/json.hpp>

namespace dpia::storage {
namespace {

using baseline::Baseline;

/// `what` is the phrase that starts the message: {"Onbekende vraag", "Unknown question"}.
Error unknown(const LocalText& what, const std::string& id) {
    return Error{
        ErrorCode::unknownId,
        {what.nl + " in de baseline van dit document: " + id + ". Zie dpia-cli baseline list.",
         what.en + " in this document's baseline: " + id + ". See dpia-cli baseline list."},
        "unknown id: " + what.en};
}

const LocalText kQuestion{"Onbekende vraag", "Unknown question"};
const LocalText kSafeguard{"Onbekende maatregel", "Unknown safeguard"};
const LocalText kRisk{"Onbekend risico", "Unknown risk"};

bool isRisk(const Assessment& assessment, const Baseline& baseline, const std::string& id) {
    if (baseline.risk(id) != nullptr) {
        return true;
    }
    for (const CustomRisk& risk : assessment.customRisks) {
        if (risk.id == id) {
            return true;
        }
    }
    return false;
}

Status checkMeasureRisks(const Assessment& assessment, const Baseline& baseline,
                         const Measure& measure) {
    for (const std::string& risk : measure.risks) {
        if (!isRisk(assessment, baseline, risk)) {
            return unknown(kRisk, risk);
        }
    }
    return success();
}

BaselineIdentity identityOf(const Baseline& baseline) {
    return {baseline.info().id, baseline.info().version, baseline.info().hash};
}

} // namespace

Result<std::shared_ptr<const Baseline>>
AssessmentService::loadEmbeddedBaseline(const Assessment& assessment, const std::string& path) {
    auto loaded = Baseline::load(assessment.baseline.image);
    if (!loaded) {
        Error error = loaded.error();
        error.code = ErrorCode::invalidBaseline;
        error.message = {"De baseline in dit document kan niet worden gelezen: " + error.message.nl,
                         "The baseline embedded in this document cannot be read: " +
                             error.message.en};
        return error;
    }
    // The image vouches for itself (its content hash); the document names which
    // baseline it was assessed against. An image swapped for another one, even with its
    // SHA-256 updated, is not that baseline: scores and reports would use its text.
    const EmbeddedBaseline& recorded = assessment.baseline;
    const baseline::BaselineInfo& info = (*loaded)->info();
    if (info.hash != recorded.hash || info.id != recorded.id || info.version != recorded.version) {
        return errors::embeddedBaselineMismatch(path);
    }
    return std::move(loaded).value();
}

Result<std::unique_ptr<AssessmentService>>
AssessmentService::attach(Result<std::unique_ptr<AssessmentFile>> file,
                          std::shared_ptr<const Baseline> baseline) {
    if (!file) {
        return file.error();
    }
    if (!baseline) {
        auto loaded = loadEmbeddedBaseline((*file)->assessment(), (*file)->path());
        if (!loaded) {
            return loaded.error();
        }
        baseline = std::move(loaded).value();
    }
    return std::unique_ptr<AssessmentService>(
        new AssessmentService(std::move(file).value(), std::move(baseline)));
}

Result<std::unique_ptr<AssessmentService>> AssessmentService::open(const std::string& path,
                                                                   OpenMode mode) {
    return attach(AssessmentFile::open(path, mode), nullptr);
}

Result<std::unique_ptr<AssessmentService>>
AssessmentService::create(const std::string& path, std::shared_ptr<const Baseline> baseline,
                          const Metadata& metadata) {
    auto file = AssessmentFile::create(path, baseline->image(), identityOf(*baseline), metadata);
    return attach(std::move(file), std::move(baseline));
}

Result<std::unique_ptr<AssessmentService>>
AssessmentService::createRevision(const AssessmentService& source, const std::string& path) {
    Assessment next = source.file().assessment();
    next.status = DocumentStatus::draft;
    next.metadata.version += 1;
    next.signoffs.clear();
    next.created = files::utcNow();
    next.modified = next.created;
    auto file = AssessmentFile::createFrom(path, next, revisionEntry(next.metadata.version));
    return attach(std::move(file), source.baseline_);
}

Result<std::unique_ptr<AssessmentService>> AssessmentService::createFromSample(
    const std::string& path, std::shared_ptr<const Baseline> baseline, std::string_view sampleJson,
    const std::optional<std::string>& title) {
    auto sample = assessmentFromJson(sampleJson, JsonSource::sample);
    if (!sample) {
        return sample.error();
    }
    Assessment content = std::move(sample).value();
    if (!content.baseline.id.empty() && content.baseline.id != baseline->info().id) {
        return errors::invalidJson("het voorbeeld hoort bij baseline " + content.baseline.id,
                                   "the sample belongs to baseline " + content.baseline.id);
    }
    if (title) {
        content.metadata.title = *title;
    }
    return createWith(path, std::move(baseline), std::move(content), createdFromSampleEntry());
}

Result<std::unique_ptr<AssessmentService>>
AssessmentService::createFromContent(const std::string& path,
                                     std::shared_ptr<const Baseline> baseline, Assessment content) {
    return createWith(path, std::move(baseline), std::move(content), createdEntry());
}

Result<std::unique_ptr<AssessmentService>>
AssessmentService::createWith(const std::string& path, std::shared_ptr<const Baseline> baseline,
                              Assessment content, const ChangeLogEntry& first) {
    const BaselineIdentity identity = identityOf(*baseline);
    content.baseline =
        EmbeddedBaseline{identity.id, identity.version, identity.hash, baseline->image()};
    content.created = files::utcNow();
    content.modified = content.created;
    if (Status fits = checkContent(content, *baseline); !fits) {
        return fits.error();
    }
    auto file = AssessmentFile::createFrom(path, content, first);
    return attach(std::move(file), std::move(baseline));
}

Result<std::unique_ptr<AssessmentService>>
AssessmentService::importFile(const std::string& jsonPath, const std::string& targetPath) {
    if (files::exists(targetPath)) {
        return errors::alreadyExists(targetPath);
    }
    auto text = files::readSmallFile(jsonPath, kMaxJsonBytes);
    if (!text) {
        return text.error();
    }
    auto content = assessmentFromJson(*text, JsonSource::document);
    if (!content) {
        return content.error();
    }
    auto loaded = Baseline::load(content->baseline.image);
    if (!loaded) {
        return errors::invalidJson(
            "de ingebedde baseline is ongeldig (" + loaded.error().message.nl + ")",
            "the embedded baseline is not valid (" + loaded.error().message.en + ")");
    }
    const BaselineIdentity identity = identityOf(**loaded);
    if (identity.id != content->baseline.id || identity.version != content->baseline.version ||
        identity.hash != content->baseline.hash) {
        return errors::invalidJson(
            "baseline.id, baseline.version of baseline.hash past niet bij de ingebedde baseline",
            "baseline.id, baseline.version or baseline.hash does not match the embedded baseline");
    }
    if (Status fits = checkContent(*content, **loaded); !fits) {
        return fits.error();
    }
    auto file = AssessmentFile::createFrom(targetPath, *content, std::nullopt);
    return attach(std::move(file), std::move(loaded).value());
}

Status AssessmentService::checkContent(const Assessment& assessment, const Baseline& baseline) {
    for (const auto& [question, value] : assessment.answers) {
        if (Status fits = baseline.validateAnswer(question, value); !fits) {
            return fits;
        }
    }
    for (const auto& [question, note] : assessment.notes) {
        if (baseline.question(question) == nullptr) {
            return unknown(kQuestion, question);
        }
    }
    for (const auto& [safeguard, entry] : assessment.safeguards) {
        if (baseline.safeguard(safeguard) == nullptr) {
            return unknown(kSafeguard, safeguard);
        }
    }
    for (const auto& [risk, value] : assessment.riskOverrides) {
        if (baseline.risk(risk) == nullptr) {
            return unknown(kRisk, risk);
        }
    }
    for (const CustomRisk& risk : assessment.customRisks) {
        if (baseline.risk(risk.id) != nullptr) {
            return errors::duplicateItem({"risico", "risk"}, risk.id);
        }
    }
    for (const Measure& measure : assessment.measures) {
        if (Status ok = checkMeasureRisks(assessment, baseline, measure); !ok) {
            return ok;
        }
    }
    return success();
}

// The file checks every score (override, own risk) against 1..validate::kMaxScore. That
// is the matrix's range as well, since every baseline image holds a 4 x 4 matrix (the
// compiler and the loader insist); were the matrix ever smaller, BaselineCheck would have
// to check scores against it.
static_assert(validate::kMaxScore == baseline::Matrix::kSize, "scores and the matrix disagree");

namespace {

/// The baseline's part of checking one edit; the file checks structure and ids in lists.
struct BaselineCheck {
    const Baseline& baseline;
    const Assessment& state;

    Status operator()(const SetAnswer& e) const {
        if (Status fits = baseline.validateAnswer(e.question, e.value); !fits) {
            return fits;
        }
        return checkAsked(baseline, state, e);
    }
    Status operator()(const SetNote& e) const {
        return baseline.question(e.question) == nullptr ? unknown(kQuestion, e.question)
                                                        : success();
    }
    Status operator()(const SetSafeguard& e) const {
        return e.entry && baseline.safeguard(e.safeguard) == nullptr
                   ? unknown(kSafeguard, e.safeguard)
                   : success();
    }
    Status operator()(const SetRiskOverride& e) const {
        return e.value && baseline.risk(e.risk) == nullptr ? unknown(kRisk, e.risk) : success();
    }
    Status operator()(const AddCustomRisk& e) const {
        return baseline.risk(e.item.id) != nullptr
                   ? Status(errors::duplicateItem({"risico", "risk"}, e.item.id))
                   : success();
    }
    Status operator()(const AddMeasure& e) const {
        return checkMeasureRisks(state, baseline, e.item);
    }
    Status operator()(const UpdateMeasure& e) const {
        return checkMeasureRisks(state, baseline, e.item);
    }
    template <typename Other>
    Status operator()(const Other&) const {
        return success();
    }
};

} // namespace

Result<Applied> AssessmentService::apply(const EditList& edits) {
    const EditList translated = answeredSafeguardEdits(*baseline_, file_->assessment(), edits);
    return file_->apply(translated, [this](const Assessment& state, const Edit& edit) {
        return std::visit(BaselineCheck{*baseline_, state}, edit);
    });
}

} // namespace dpia::storage

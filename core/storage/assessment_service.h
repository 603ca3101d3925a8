#pragma once

#include "core/baseline/baseline.h"
#include "core/result.h"
#include "core/storage/assessment_file.h"
#include "core/storage/edit.h"

#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace dpia::storage {

/// An open document together with the baseline embedded in it: the layer that checks edits
/// against the baseline (unknown question, safeguard or risk -> unknownId; an answer that
/// does not fit its question -> invalidValue) before AssessmentFile writes them. The CLI
/// and the UI edit through apply(); reads go to assessment().
class AssessmentService {
public:
    /// Opens `path` (AssessmentFile::open) and loads its embedded baseline.
    static Result<std::unique_ptr<AssessmentService>> open(const std::string& path, OpenMode mode);

    /// A new, empty document on `baseline` (the program's own, for `new`).
    static Result<std::unique_ptr<AssessmentService>>
    create(const std::string& path, std::shared_ptr<const baseline::Baseline> baseline,
           const Metadata& metadata);

    /// A new document filled from the sample JSON (assessment_json.h, JsonSource::sample),
    /// every answer checked against `baseline`. `title` replaces the sample's when given.
    static Result<std::unique_ptr<AssessmentService>>
    createFromSample(const std::string& path, std::shared_ptr<const baseline::Baseline> baseline,
                     std::string_view sampleJson, const std::optional<std::string>& title);

    /// A new document on `baseline` holding `content`, made by an import from another tool
    /// (core/interchange): every answer is checked against `baseline`; the embedded
    /// baseline, the dates and the first change-log row ("created") are set here. Never
    /// replaces a file; a refused import leaves nothing behind.
    static Result<std::unique_ptr<AssessmentService>>
    createFromContent(const std::string& path, std::shared_ptr<const baseline::Baseline> baseline,
                      Assessment content);

    /// Imports an export (importFromFile) after checking that its embedded baseline loads,
    /// is the one its id/version/hash name, and that the content fits it.
    static Result<std::unique_ptr<AssessmentService>> importFile(const std::string& jsonPath,
                                                                 const std::string& targetPath);

    /// The next revision of `source` as a new file at `path` (never overwrites): a draft
    /// with version + 1, everything else carried over except the advice and decisions,
    /// which were about the previous version. `source` itself is not touched, so it stays
    /// the record of what was decided.
    static Result<std::unique_ptr<AssessmentService>>
    createRevision(const AssessmentService& source, const std::string& path);

    /// Loads the baseline `assessment` embeds and checks it is the one the document names
    /// (invalidBaseline, or a mismatch naming `path`).
    static Result<std::shared_ptr<const baseline::Baseline>>
    loadEmbeddedBaseline(const Assessment& assessment, const std::string& path);

    /// Whether a whole assessment's ids and answers fit `baseline`.
    static Status checkContent(const Assessment& assessment, const baseline::Baseline& baseline);

    /// The document as stored; every change goes through apply().
    const AssessmentFile& file() const { return *file_; }
    const Assessment& assessment() const { return file_->assessment(); }
    const baseline::Baseline& baseline() const { return *baseline_; }

    /// The only way to change the document (edit.h): checks every edit against the
    /// baseline (unknown question, safeguard or risk -> unknownId; an answer that does not
    /// fit its question, an own risk with a baseline risk's id -> invalidValue), then
    /// AssessmentFile::apply writes them all or nothing in one transaction.
    Result<Applied> apply(const EditList& edits);
    Result<Applied> apply(const Edit& edit) { return apply(EditList{edit}); }

private:
    AssessmentService(std::unique_ptr<AssessmentFile> file,
                      std::shared_ptr<const baseline::Baseline> baseline)
        : file_(std::move(file)), baseline_(std::move(baseline)) {}

    static Result<std::unique_ptr<AssessmentService>>
    createWith(const std::string& path, std::shared_ptr<const baseline::Baseline> baseline,
               Assessment content, const ChangeLogEntry& first);

    static Result<std::unique_ptr<AssessmentService>>
    attach(Result<std::unique_ptr<AssessmentFile>> file,
           std::shared_ptr<const baseline::Baseline> baseline);

    std::unique_ptr<AssessmentFile> file_;
    std::shared_ptr<const baseline::Baseline> baseline_;
};

} // namespace dpia::storage

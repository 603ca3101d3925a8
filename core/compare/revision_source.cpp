#include "core/compare/revision_source.h"

#include <algorithm>
#include <filesystem>
#include <system_error>

namespace dpia::compare {

namespace {

/// The position of the last "revision" row: where the copied change log ends.
std::optional<std::size_t> lastRevisionRow(const storage::Assessment& revision) {
    const auto& log = revision.changeLog;
    for (std::size_t i = log.size(); i-- > 0;) {
        if (log[i].kind == storage::ChangeKind::revision) {
            return i;
        }
    }
    return std::nullopt;
}

} // namespace

bool cameFrom(const storage::Assessment& revision, const storage::Assessment& candidate) {
    const std::optional<std::size_t> row = lastRevisionRow(revision);
    if (!row || *row == 0 || candidate.status != storage::DocumentStatus::final ||
        candidate.changeLog.size() != *row) {
        return false;
    }
    return std::equal(candidate.changeLog.begin(), candidate.changeLog.end(),
                      revision.changeLog.begin());
}

namespace {

struct Found {
    std::string path;
    scoring::ScoredDocument document;
};

/// The final `revision` came from, opened read-only; nothing when not found.
std::optional<Found> findFinal(const std::string& revisionPath,
                               const storage::Assessment& revision) {
    namespace fs = std::filesystem;
    if (!lastRevisionRow(revision)) {
        return std::nullopt; // not a revision: nothing to look for
    }
    std::error_code error;
    const fs::path self = fs::absolute(revisionPath, error);
    std::vector<fs::path> candidates;
    for (fs::directory_iterator it(self.parent_path(), error), end; !error && it != end;
         it.increment(error)) {
        const fs::path& path = it->path();
        std::error_code ignored;
        if (path.extension() == ".dpia" && it->is_regular_file(ignored) &&
            !fs::equivalent(path, self, ignored)) {
            candidates.push_back(path);
        }
    }
    // Names first that the revision's own name came from ("X version 2" from "X"), then in
    // name order, so the same folder always gives the same answer.
    std::sort(candidates.begin(), candidates.end());
    const std::string stem = self.stem().string();
    std::stable_partition(candidates.begin(), candidates.end(), [&](const fs::path& path) {
        const std::string other = path.stem().string();
        return !other.empty() && stem.starts_with(other);
    });
    if (candidates.size() > static_cast<std::size_t>(kMaxCandidates)) {
        candidates.resize(kMaxCandidates);
    }
    for (const fs::path& path : candidates) {
        auto opened = scoring::openScored(path.string(), storage::OpenMode::readOnly);
        if (opened && cameFrom(revision, opened->assessment())) {
            return Found{path.string(), std::move(opened).value()};
        }
    }
    return std::nullopt;
}

} // namespace

std::optional<std::string> finalItCameFrom(const std::string& revisionPath,
                                           const storage::Assessment& revision) {
    std::optional<Found> found = findFinal(revisionPath, revision);
    return found ? std::optional<std::string>(found->path) : std::nullopt;
}

std::optional<ChangesSinceFinal> changesSinceFinal(const std::string& revisionPath,
                                                   const DiffSide& revision) {
    std::optional<Found> found = findFinal(revisionPath, revision.assessment);
    if (!found) {
        return std::nullopt;
    }
    const scoring::ScoredDocument& final = found->document;
    const DiffSide before{final.assessment(), final.baseline(), final.evaluation};
    return ChangesSinceFinal{found->path, final.assessment().metadata.version,
                             compareDocuments(before, revision)};
}

} // namespace dpia::compare

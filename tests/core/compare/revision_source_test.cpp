// The final a revision came from is found by its change log (core/compare/revision_source.h):
// a revision copies the final's log and adds one "revision" row.
#include "core/compare/revision_source.h"

#include <gtest/gtest.h>

namespace dpia::compare {
namespace {

using storage::Assessment;
using storage::ChangeKind;
using storage::ChangeLogEntry;

ChangeLogEntry row(ChangeKind kind, std::string when, std::string value = {}) {
    ChangeLogEntry entry;
    entry.kind = kind;
    entry.when = std::move(when);
    entry.value = std::move(value);
    return entry;
}

struct Pair {
    Assessment final;
    Assessment revision;
};

Pair pair() {
    Pair p;
    p.final.status = storage::DocumentStatus::final;
    p.final.changeLog = {row(ChangeKind::created, "2026-01-01T10:00:00Z"),
                         row(ChangeKind::answer, "2026-01-02T10:00:00Z"),
                         row(ChangeKind::status, "2026-01-03T10:00:00Z", "final")};
    p.revision = p.final;
    p.revision.status = storage::DocumentStatus::draft;
    p.revision.changeLog.push_back(row(ChangeKind::revision, "2026-06-01T10:00:00Z", "2"));
    p.revision.changeLog.push_back(row(ChangeKind::answer, "2026-06-02T10:00:00Z"));
    return p;
}

TEST(RevisionSource, TheFinalWhoseLogTheRevisionContinuesIsItsSource) {
    const Pair p = pair();
    EXPECT_TRUE(cameFrom(p.revision, p.final));
}

TEST(RevisionSource, AnotherDocumentOrOneChangedSinceIsNot) {
    Pair p = pair();
    Assessment reopened = p.final; // made draft again and edited after the revision
    reopened.status = storage::DocumentStatus::draft;
    EXPECT_FALSE(cameFrom(p.revision, reopened));
    Assessment edited = p.final;
    edited.changeLog.push_back(row(ChangeKind::answer, "2026-07-01T10:00:00Z"));
    EXPECT_FALSE(cameFrom(p.revision, edited));
    Assessment other = p.final;
    other.changeLog[0].when = "2025-01-01T10:00:00Z";
    EXPECT_FALSE(cameFrom(p.revision, other));
    // A document that is not a revision came from nothing.
    EXPECT_FALSE(cameFrom(p.final, p.final));
}

} // namespace
} // namespace dpia::compare

#include "core/baseline/baseline.h"

#include "core/baseline/baseline_schema.h"
#include "core/baseline/content_hash.h"
#include "core/baseline/image_reader.h"
#include "core/log.h"
#include "core/sqlite_handle.h"

#include <algorithm>
#include <cstring>

namespace dpia::baseline {
namespace {

constexpr std::size_t kMaxImageBytes = 64u * 1024u * 1024u;

Error invalid(std::string detail) {
    return Error{ErrorCode::invalidBaseline,
                 {"De baseline in dit bestand is beschadigd of onbekend; het bestand is niet "
                  "gewijzigd.",
                  "The baseline in this file is damaged or unknown; the file was not changed."},
                 std::move(detail)};
}

int pragmaInt(sqlite3* db, const char* pragma) {
    Statement statement = prepare(db, std::string("PRAGMA ") + pragma);
    if (!statement || sqlite3_step(statement.get()) != SQLITE_ROW) {
        return -1;
    }
    return sqlite3_column_int(statement.get(), 0);
}

bool quickCheckPasses(sqlite3* db) {
    Statement statement = prepare(db, "PRAGMA quick_check");
    return statement && sqlite3_step(statement.get()) == SQLITE_ROW &&
           columnText(statement.get(), 0) == "ok";
}

template <typename Items>
void indexById(const Items& items, std::map<std::string, std::size_t, std::less<>>& index) {
    index.clear();
    for (std::size_t i = 0; i < items.size(); ++i) {
        index.emplace(items[i].id, i);
    }
}

template <typename Items>
auto find(const Items& items, const std::map<std::string, std::size_t, std::less<>>& index,
          std::string_view id) -> decltype(&items.front()) {
    const auto found = index.find(id);
    return found != index.end() ? &items[found->second] : nullptr;
}

} // namespace

Result<std::shared_ptr<const Baseline>> Baseline::load(std::span<const std::uint8_t> image) {
    static constexpr char kMagic[] = "SQLite format 3";
    if (image.size() < 512 || image.size() > kMaxImageBytes ||
        std::memcmp(image.data(), kMagic, sizeof kMagic) != 0) {
        return invalid("not a SQLite image (" + std::to_string(image.size()) + " bytes)");
    }
    // The image comes out of a document someone sent: its schema may run nothing.
    SqliteHandle db;
    if (openDefensively(":memory:", SQLITE_OPEN_READWRITE, db) != SQLITE_OK) {
        return Error{ErrorCode::internal, {"Interne fout.", "Internal error."}, "sqlite open"};
    }
    // SQLite takes ownership of a buffer it allocated; the copy keeps `image` untouched.
    auto* buffer = static_cast<unsigned char*>(sqlite3_malloc64(image.size()));
    if (buffer == nullptr) {
        return Error{ErrorCode::internal, {"Onvoldoende geheugen.", "Out of memory."}, "malloc"};
    }
    std::memcpy(buffer, image.data(), image.size());
    const auto size = static_cast<sqlite3_int64>(image.size());
    if (sqlite3_deserialize(db.get(), "main", buffer, size, size,
                            SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_READONLY) !=
        SQLITE_OK) {
        return invalid("deserialize failed");
    }
    if (pragmaInt(db.get(), "application_id") != kImageApplicationId) {
        return invalid("wrong application id");
    }
    const int layout = pragmaInt(db.get(), "user_version");
    if (layout > kImageLayoutVersion) {
        return Error{ErrorCode::newerVersion,
                     {"Dit bestand gebruikt een baseline van een nieuwere versie van DPIA "
                      "Assistent. Werk het programma bij; het bestand is niet gewijzigd.",
                      "This file uses a baseline from a newer version of DPIA Assistent. Update "
                      "the program; the file was not changed."},
                     "baseline layout " + std::to_string(layout)};
    }
    if (layout < 1 || !quickCheckPasses(db.get())) {
        return invalid("layout " + std::to_string(layout) + " or integrity check failed");
    }

    auto baseline = std::shared_ptr<Baseline>(new Baseline());
    try {
        detail::ImageContent content = detail::readImage(db.get(), layout);
        if (contentHash(db.get(), layout) != content.info.hash) {
            return invalid("content does not match its hash");
        }
        baseline->content_ = std::move(content);
    } catch (const detail::ImageError& error) {
        return invalid(error.detail);
    }
    baseline->image_.assign(image.begin(), image.end());
    baseline->index();
    coreLog().debug("baseline {} {} loaded: {} questions, {} risks, {} safeguards",
                    baseline->content_.info.id, baseline->content_.info.version,
                    baseline->content_.questions.size(), baseline->content_.risks.size(),
                    baseline->content_.safeguards.size());
    return std::shared_ptr<const Baseline>(std::move(baseline));
}

void Baseline::index() {
    indexById(content_.sections, sectionIndex_);
    indexById(content_.questions, questionIndex_);
    indexById(content_.requirements, requirementIndex_);
    indexById(content_.safeguards, safeguardIndex_);
    indexById(content_.risks, riskIndex_);
    indexById(content_.criteria, criterionIndex_);
}

const Section* Baseline::section(std::string_view id) const {
    return find(content_.sections, sectionIndex_, id);
}
const Question* Baseline::question(std::string_view id) const {
    return find(content_.questions, questionIndex_, id);
}
const Requirement* Baseline::requirement(std::string_view id) const {
    return find(content_.requirements, requirementIndex_, id);
}
const Safeguard* Baseline::safeguard(std::string_view id) const {
    return find(content_.safeguards, safeguardIndex_, id);
}
const Risk* Baseline::risk(std::string_view id) const {
    return find(content_.risks, riskIndex_, id);
}
const Criterion* Baseline::criterion(std::string_view id) const {
    return find(content_.criteria, criterionIndex_, id);
}

std::vector<const Question*> Baseline::questionsIn(std::string_view sectionId) const {
    std::vector<const Question*> result;
    for (const Question& question : content_.questions) {
        if (question.section == sectionId) {
            result.push_back(&question);
        }
    }
    return result;
}

const Level& Matrix::levelAt(int likelihoodValue, int impactValue) const {
    const auto clamp = [](int value) {
        return static_cast<std::size_t>(std::clamp(value, 1, kSize) - 1);
    };
    const Level* found = level(grid[clamp(likelihoodValue)][clamp(impactValue)]);
    return found != nullptr ? *found : levels.front();
}

const Level* Matrix::level(std::string_view code) const {
    const auto found = std::find_if(levels.begin(), levels.end(),
                                    [&](const Level& candidate) { return candidate.code == code; });
    return found != levels.end() ? &*found : nullptr;
}

} // namespace dpia::baseline

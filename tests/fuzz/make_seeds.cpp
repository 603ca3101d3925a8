// Writes the seed corpora of the json_import and dpia_open fuzz targets:
//   dpia_fuzz_make_seeds tests/fuzz/corpus
// The seeds are committed; run this only to renew them (files of the same name are
// replaced; crash inputs that `make fuzz` saved are left alone).
//
// Seeds must be small (a fuzzer mutates every byte of them), so documents use the test
// baseline (tests/data/baseline-minimal) re-paged to 512-byte pages (same content and
// content hash, 33 KB instead of 160 KB), documents are re-paged to 1024-byte pages, and
// seeds that are refused before the baseline is looked at carry a tiny stand-in image.
#include "core/baseline/baseline.h"
#include "core/sha256.h"
#include "core/sqlite_handle.h"
#include "core/storage/assessment_json.h"
#include "core/storage/schema.h"
#include "tests/core/storage/hostile_files.h"
#include "tests/core/storage/powerloss_vfs.h"
#include "tests/core/storage/storage_support.h"
#include "tests/edit_shorthands.h"

#include <filesystem>
#include <iostream>
#include <nlohmann/json.hpp>
#include <random>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

namespace {

using namespace dpia;
using namespace dpia::storage;
namespace fs = std::filesystem;

fs::path gOut;

void seed(const std::string& corpus, const std::string& name, const std::string& bytes) {
    fs::create_directories(gOut / corpus);
    testing::writeAll((gOut / corpus / name).string(), bytes);
    std::cout << corpus << "/" << name << ": " << bytes.size() << " bytes\n";
}

void exec(const std::string& path, const std::string& statements) {
    sqlite3* raw = nullptr;
    sqlite3_open_v2(path.c_str(), &raw, SQLITE_OPEN_READWRITE, nullptr);
    SqliteHandle db(raw);
    if (sqlite3_exec(db.get(), statements.c_str(), nullptr, nullptr, nullptr) != SQLITE_OK) {
        throw std::runtime_error(path + ": " + sqlite3_errmsg(db.get()));
    }
}

/// Rewrites a database with `pageSize`-byte pages (content unchanged).
void repage(const std::string& path, int pageSize) {
    exec(path, "PRAGMA page_size = " + std::to_string(pageSize) + "; VACUUM;");
}

/// Replaces a document's embedded baseline image (and its SHA-256, so the file stays valid).
void setImage(const std::string& path, const std::string& image) {
    sqlite3* raw = nullptr;
    sqlite3_open_v2(path.c_str(), &raw, SQLITE_OPEN_READWRITE, nullptr);
    SqliteHandle db(raw);
    Statement update =
        prepare(db.get(), "UPDATE baseline SET image = ?1, image_sha256 = ?2 WHERE singleton = 1");
    const std::string sha = sha256Hex(image);
    sqlite3_bind_blob(update.get(), 1, image.data(), static_cast<int>(image.size()),
                      SQLITE_TRANSIENT);
    sqlite3_bind_text(update.get(), 2, sha.data(), static_cast<int>(sha.size()), SQLITE_TRANSIENT);
    if (!update || sqlite3_step(update.get()) != SQLITE_DONE) {
        throw std::runtime_error(path + ": cannot replace the image");
    }
}

/// The test baseline's image with 512-byte pages; it still loads and keeps its hash.
std::string smallBaselineImage(const testing::TempDir& work) {
    const auto& image = testing::minimalBaseline()->image();
    const std::string path = work.file("baseline.sqlite");
    testing::writeAll(path, std::string(image.begin(), image.end()));
    repage(path, 512);
    const std::string bytes = testing::readAll(path);
    const std::vector<std::uint8_t> raw(bytes.begin(), bytes.end());
    auto loaded = baseline::Baseline::load(raw);
    if (!loaded || (*loaded)->info().hash != testing::minimalBaseline()->info().hash) {
        throw std::runtime_error("the re-paged baseline does not load as the same baseline");
    }
    return bytes;
}

/// A document with something in every part, on the test baseline.
void fill(AssessmentFile& file) {
    bool ok = setAnswer(file, "q_yes", true).ok() && setAnswer(file, "q_choice", "a").ok() &&
              setAnswer(file, "q_multi", nlohmann::json::array({"health"})).ok() &&
              setAnswer(file, "q_text", "Casussen in een afgeschermd kanaal").ok() &&
              setAnswer(file, "q_number", 1200).ok() &&
              setNote(file, "q_text", "Navragen bij de CISO").ok() &&
              setSafeguard(file, "sg-audit", SafeguardStatus::implemented, "Auditlog aan").ok() &&
              setRiskOverride(file, "r-leak", {3, 2, "Externe partners"}).ok();
    ok = ok && addCustomRisk(file, {"", "Gastgebruikers", "Gasten zien te veel", 2, 3}).ok() &&
         addMeasure(file, {"",
                           "Gasttoegang beperken",
                           {"r-leak", "cr-1"},
                           "CISO",
                           "2027-03-01",
                           MeasureStatus::inProgress})
             .ok() &&
         addSignoff(file, {"", SignoffRole::fg, "A. de Vries", "2026-12-01", "Positief advies",
                           "positief"})
             .ok();
    if (!ok) {
        throw std::runtime_error("filling the seed document failed");
    }
}

/// A new document at `path` on the test baseline, filled or not, with `image` embedded.
Assessment document(const std::string& path, bool filled, const std::string& image) {
    {
        auto file = testing::newDocument(path, filled ? "Teams voor Wmo en Jeugd" : "Leeg");
        if (filled) {
            fill(*file);
        }
    }
    setImage(path, image);
    repage(path, 1024);
    auto reopened = AssessmentFile::open(path, OpenMode::readOnly);
    if (!reopened) {
        throw std::runtime_error(path + " does not open: " + reopened.error().detail);
    }
    return (*reopened)->assessment();
}

void jsonSeeds(const testing::TempDir& work, const std::string& image) {
    const std::string empty = exportJson(document(work.file("j-empty.dpia"), false, image));
    const std::string full = exportJson(document(work.file("j-full.dpia"), true, image));
    seed("json_import", "export-empty.json", empty);
    seed("json_import", "export-full.json", full);
    seed("json_import", "export-truncated.json", full.substr(0, full.size() * 2 / 3));
    seed("json_import", "sample.json",
         testing::readAll(DPIA_SOURCE_DIR "/resources/samples/sample.json"));
    // Refused for the baseline it names or for content that does not fit it.
    nlohmann::json real = nlohmann::json::parse(full);
    real["baseline"]["hash"] = std::string(64, '0');
    seed("json_import", "hash-mismatch.json", real.dump());
    real = nlohmann::json::parse(full);
    real["answers"]["q_onbekend"] = 1;
    seed("json_import", "unknown-answer.json", real.dump());
    // Refused before the baseline is looked at: a stand-in image keeps them small.
    nlohmann::json small = nlohmann::json::parse(full);
    small["baseline"]["image"] = "U1FMaXRlIGZvcm1hdCAzAA==";
    const auto variant = [&](const std::string& name, auto change) {
        nlohmann::json copy = small;
        change(copy);
        seed("json_import", name, copy.dump(1));
    };
    variant("stand-in-image.json", [](nlohmann::json&) {});
    variant("newer-format.json",
            [](nlohmann::json& d) { d["format_version"] = kJsonFormatVersion + 1; });
    variant("score-as-text.json",
            [](nlohmann::json& d) { d["custom_risks"][0]["likelihood"] = "2"; });
    variant("unknown-key.json", [](nlohmann::json& d) { d["metadata"]["titel"] = "typo"; });
    variant("deep-answer.json", [](nlohmann::json& d) {
        nlohmann::json deep = 1;
        for (int i = 0; i < 70; ++i) {
            deep = nlohmann::json::array({deep});
        }
        d["answers"]["q_table"] = deep;
    });
    seed("json_import", "duplicate-key.json",
         R"({"format": "dpia-assessment", "format": "dpia-assessment", "format_version": 1})");
    seed("json_import", "bad-utf8.json", "{\"metadata\": {\"title\": \"\xc3\x28\"}}");
    seed("json_import", "bom.json", "\xef\xbb\xbf{\"format\": \"dpia-assessment\"}");
    seed("json_import", "numbers.json", R"([1e999, -0, 18446744073709551616, 0.1e-400, -1])");
    seed("json_import", "empty", "");
}

/// The files a power cut in the middle of an edit leaves: the document and a hot journal,
/// joined by the marker fuzz_dpia_open.cpp splits on.
std::string interruptedSave(const testing::TempDir& work, const std::string& image) {
    namespace pl = testing::powerloss;
    const std::string folder = work.file("cut");
    fs::create_directory(folder);
    const std::string path = folder + "/journal.dpia";
    document(path, true, image);
    pl::install();
    pl::watch(folder);
    auto opened = AssessmentFile::open(path, OpenMode::readWrite);
    std::mt19937 random(1);
    std::string result;
    pl::setCutPointHook([&] {
        std::string database;
        std::string journal;
        for (const pl::SurvivingFile& file : pl::cut(random)) {
            if (file.name == "journal.dpia") {
                database = file.bytes;
            } else if (file.name == "journal.dpia-journal") {
                journal = file.bytes;
            }
        }
        if (result.empty() && journal.size() > 1024 && journal.front() != '\0') {
            result = database + "#JOURNAL#" + journal;
        }
    });
    const bool edited = opened && setNote(**opened, "q_yes", std::string(500, 'x')).ok();
    pl::setCutPointHook(nullptr);
    pl::unwatch();
    if (!edited || result.empty()) {
        throw std::runtime_error("no interrupted save captured");
    }
    return result;
}

void dpiaSeeds(const testing::TempDir& work, const std::string& image) {
    document(work.file("d-real.dpia"), true, image);
    seed("dpia_open", "full.dpia", testing::readAll(work.file("d-real.dpia")));
    // With a stand-in image the file still opens (its SHA-256 matches); only loading the
    // baseline for editing fails.
    const std::string standIn = "not a baseline image";
    document(work.file("d-empty.dpia"), false, standIn);
    document(work.file("d-full.dpia"), true, standIn);
    const std::string empty = testing::readAll(work.file("d-empty.dpia"));
    const std::string full = testing::readAll(work.file("d-full.dpia"));
    seed("dpia_open", "stand-in-empty.dpia", empty);
    seed("dpia_open", "stand-in-full.dpia", full);
    seed("dpia_open", "truncated.dpia", full.substr(0, full.size() / 2));
    seed("dpia_open", "header-only.dpia", full.substr(0, 100));
    std::string newer = empty;
    newer[63] = static_cast<char>(kSchemaVersion + 1); // user_version (big-endian at offset 60)
    seed("dpia_open", "newer-schema.dpia", newer);
    std::string damaged = full;
    for (std::size_t at = 1024 * 2; at + 20 < damaged.size(); at += 1024 * 3) {
        damaged[at + 17] = static_cast<char>(damaged[at + 17] ^ 0x5a);
    }
    seed("dpia_open", "damaged-pages.dpia", damaged);
    seed("dpia_open", "interrupted-save.dpia", interruptedSave(work, standIn));

    // Schema 1 (migrated on the first read-write open), from the committed fixture.
    const std::string v1 = work.file("v1.dpia");
    testing::writeAll(v1, testing::readAll(testing::testDataDir() + "/assessment-v1.dpia"));
    setImage(v1, image);
    repage(v1, 1024);
    seed("dpia_open", "schema-1.dpia", testing::readAll(v1));
    // Schema 2 (its change log of sentences parsed by the migration to schema 3).
    const std::string v2 = work.file("v2.dpia");
    testing::writeAll(v2, testing::readAll(testing::testDataDir() + "/assessment-v2.dpia"));
    setImage(v2, image);
    repage(v2, 1024);
    seed("dpia_open", "schema-2.dpia", testing::readAll(v2));

    // Documents that bring their own schema objects (triggers, hidden tables, views): refused
    // as changed by another program, byte-identical (tests/core/storage/hostile_files.h).
    // The cases of issue 21 only, to keep the corpus small; the tests run all of them.
    const std::set<std::string> seeded = {"trigger-deletes-answers", "trigger-keeps-cleared-text",
                                          "trigger-aborts", "table-without-key", "view-for-table"};
    for (const auto& hostile : testing::hostileSchemas()) {
        if (seeded.count(hostile.name) == 0) {
            continue;
        }
        const std::string path = work.file("h-" + hostile.name + ".dpia");
        testing::writeAll(path, empty);
        testing::runForeignSql(path, hostile.sql + "VACUUM;");
        seed("dpia_open", "hostile-" + hostile.name + ".dpia", testing::readAll(path));
    }
    // A baseline image that is not the one the document records (its content hash).
    const std::string swapped = work.file("swapped.dpia");
    testing::writeAll(swapped, testing::readAll(work.file("d-real.dpia")));
    exec(swapped, "UPDATE baseline SET hash = '" + std::string(64, 'a') + "'");
    seed("dpia_open", "baseline-not-recorded.dpia", testing::readAll(swapped));

    const std::string other = work.file("other.sqlite");
    testing::writeAll(other, "");
    exec(other, "PRAGMA page_size = 512; PRAGMA application_id = 42; CREATE TABLE t (x)");
    seed("dpia_open", "other-program.sqlite", testing::readAll(other));
    seed("dpia_open", "magic-only", std::string("SQLite format 3\0", 16));
    seed("dpia_open", "text-file", "Dit is geen DPIA.\n");
    seed("dpia_open", "empty", "");
}

} // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: dpia_fuzz_make_seeds CORPUS_DIR\n";
        return 1;
    }
    gOut = argv[1];
    try {
        testing::TempDir work;
        const std::string image = smallBaselineImage(work);
        jsonSeeds(work, image);
        dpiaSeeds(work, image);
    } catch (const std::exception& error) {
        std::cerr << "dpia_fuzz_make_seeds: " << error.what() << "\n";
        return 1;
    }
    return 0;
}

#include "core/baseline/content_hash.h"

#include "core/baseline/baseline_schema.h"
#include "core/sha256.h"
#include "core/sqlite_handle.h"

#include <iterator>
#include <vector>

namespace dpia::baseline {

std::string contentHash(sqlite3* db, int layout) {
    // Every table, ordered by its key, so the hash does not depend on insertion order.
    static constexpr const char* kQueries[] = {
        "SELECT key, value FROM meta WHERE key <> 'hash' ORDER BY key",
        "SELECT * FROM changelog ORDER BY ord",
        "SELECT * FROM part ORDER BY ord",
        "SELECT * FROM section ORDER BY ord",
        "SELECT * FROM question ORDER BY ord",
        "SELECT * FROM question_column ORDER BY question, ord",
        "SELECT * FROM question_option ORDER BY question, column_id, ord",
        "SELECT * FROM requirement ORDER BY ord",
        "SELECT * FROM safeguard ORDER BY ord",
        "SELECT * FROM safeguard_meets ORDER BY safeguard, ord",
        "SELECT * FROM risk ORDER BY ord",
        "SELECT * FROM risk_driver ORDER BY risk, ord",
        "SELECT * FROM risk_mitigation ORDER BY risk, ord",
        "SELECT * FROM risk_requirement ORDER BY risk, ord",
        "SELECT * FROM criterion ORDER BY ord",
        "SELECT * FROM hint ORDER BY ord",
        "SELECT * FROM matrix_axis ORDER BY axis, value",
        "SELECT * FROM matrix_level ORDER BY rank",
        "SELECT * FROM matrix_cell ORDER BY likelihood, impact",
    };
    // Layout 2's tables come after layout 1's, so an image of layout 1 hashes as it always did.
    static constexpr const char* kQueriesV2[] = {
        "SELECT * FROM safeguard_fact ORDER BY safeguard",
        "SELECT * FROM safeguard_availability ORDER BY safeguard",
        "SELECT * FROM risk_scope ORDER BY risk",
        "SELECT * FROM risk_floor ORDER BY risk, ord",
        "SELECT * FROM risk_mitigation_when ORDER BY risk, ord",
        "SELECT * FROM prescan_point ORDER BY ord",
    };
    std::vector<const char*> queries(std::begin(kQueries), std::end(kQueries));
    if (layout >= 2) {
        queries.insert(queries.end(), std::begin(kQueriesV2), std::end(kQueriesV2));
        // Added to layout 2 before its release; an image without it hashes as before.
        if (hasTable(db, kImageRefEnTable)) {
            queries.push_back("SELECT * FROM ref_en ORDER BY kind, item");
        }
        // Only in an image whose baseline merged questions (1.6 on); others hash as before.
        if (hasTable(db, kImageReplacesTable)) {
            queries.push_back("SELECT * FROM question_replaces ORDER BY question, ord");
        }
        if (hasTable(db, kImageReplacesAsTable)) {
            queries.push_back("SELECT * FROM question_replaces_as ORDER BY old");
        }
    }
    std::string canonical;
    for (const char* query : queries) {
        Statement statement = prepare(db, query);
        if (!statement) {
            return {};
        }
        canonical += query;
        canonical += '\n';
        int step = SQLITE_ROW;
        while ((step = sqlite3_step(statement.get())) == SQLITE_ROW) {
            const int columns = sqlite3_column_count(statement.get());
            for (int column = 0; column < columns; ++column) {
                // Type tag and length prefix keep "ab"+"c" apart from "a"+"bc" and NULL from "".
                const int type = sqlite3_column_type(statement.get(), column);
                const std::string value = columnText(statement.get(), column);
                canonical += std::to_string(type) + ':' + std::to_string(value.size()) + ':';
                canonical += value;
            }
            canonical += '\n';
        }
        if (step != SQLITE_DONE) {
            return {};
        }
    }
    return sha256Hex(canonical);
}

} // namespace dpia::baseline

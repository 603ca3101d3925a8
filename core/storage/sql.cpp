#include "core/storage/sql.h"

namespace dpia::storage::sql {

int exec(sqlite3* db, const std::string& statements) {
    return sqlite3_exec(db, statements.c_str(), nullptr, nullptr, nullptr);
}

Query::Query(sqlite3* db, const std::string& statement) {
    sqlite3_stmt* raw = nullptr;
    prepareCode_ = sqlite3_prepare_v2(db, statement.c_str(), static_cast<int>(statement.size()),
                                      &raw, nullptr);
    statement_.reset(raw);
    if (prepareCode_ == SQLITE_OK && raw == nullptr) {
        prepareCode_ = SQLITE_MISUSE; // empty statement: a bug in the caller
    }
}

Query& Query::bind(std::string_view text) {
    if (statement_ && bindCode_ == SQLITE_OK) {
        // SQLITE_TRANSIENT: SQLite copies, so temporaries may be bound.
        bindCode_ = sqlite3_bind_text64(statement_.get(), nextBind_, text.data(), text.size(),
                                        SQLITE_TRANSIENT, SQLITE_UTF8);
    }
    ++nextBind_;
    return *this;
}

Query& Query::bind(std::int64_t number) {
    if (statement_ && bindCode_ == SQLITE_OK) {
        bindCode_ = sqlite3_bind_int64(statement_.get(), nextBind_, number);
    }
    ++nextBind_;
    return *this;
}

Query& Query::bindBlob(std::span<const std::uint8_t> bytes) {
    if (statement_ && bindCode_ == SQLITE_OK) {
        // A zero-length blob must still be a blob, not NULL: bind a non-null pointer.
        static const std::uint8_t kEmpty = 0;
        bindCode_ =
            sqlite3_bind_blob64(statement_.get(), nextBind_, bytes.empty() ? &kEmpty : bytes.data(),
                                bytes.size(), SQLITE_TRANSIENT);
    }
    ++nextBind_;
    return *this;
}

int Query::step() {
    if (!statement_) {
        return prepareCode_;
    }
    if (bindCode_ != SQLITE_OK) {
        return bindCode_;
    }
    return sqlite3_step(statement_.get());
}

int Query::run() {
    int code = SQLITE_ROW;
    while ((code = step()) == SQLITE_ROW) {
    }
    return code == SQLITE_DONE ? SQLITE_OK : code;
}

std::span<const std::uint8_t> Query::blob(int column) const {
    const void* data = sqlite3_column_blob(statement_.get(), column);
    const int size = sqlite3_column_bytes(statement_.get(), column);
    if (data == nullptr || size <= 0) {
        return {};
    }
    return {static_cast<const std::uint8_t*>(data), static_cast<std::size_t>(size)};
}

std::int64_t pragmaInteger(sqlite3* db, const std::string& pragma, int* resultCode) {
    Query query(db, "PRAGMA " + pragma);
    const int code = query.step();
    if (resultCode != nullptr) {
        *resultCode = code == SQLITE_ROW ? SQLITE_OK : code;
    }
    return code == SQLITE_ROW ? query.integer(0) : -1;
}

void rollbackIfOpen(sqlite3* db) {
    if (sqlite3_get_autocommit(db) == 0) {
        exec(db, "ROLLBACK");
    }
}

} // namespace dpia::storage::sql

#pragma once

#include <cstdint>
#include <string>

// Parts of an import's report that every importer (docs/INTERCHANGE.md) shares.
namespace dpia::interchange {

/// One value of the source that found its place: where it was, and where it went.
struct ImportMapped {
    std::string from;     ///< the source's key: "1.1", "2.1[0].2.1.4", "answers.111", ...
    std::string question; ///< this application's question (and column: "a2_data_items.type"),
                          ///< or another place ("custom-risk cr-1", "measure m-2", ...)
};

/// A file that came with the source but is not stored: there is no evidence store yet, so
/// the report names it with its size and SHA-256 and the user keeps the original.
struct ImportAttachment {
    std::string name;
    std::uint64_t size = 0;
    std::string sha256;
};

} // namespace dpia::interchange

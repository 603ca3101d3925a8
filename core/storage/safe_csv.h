#pragma once

#include <string>
#include <vector>

// CSV for Excel as Dutch offices use it, shared by every CSV the program writes (the action
// plan, the portfolio): UTF-8 with a byte-order mark, ';' between fields, CRLF line ends,
// every field quoted (RFC 4180 quoting). A field that begins with = + - @ (or a tab or CR)
// gets a leading apostrophe, so a spreadsheet never runs user text as a formula (CSV
// injection).
namespace dpia::storage::csv {

/// What a CSV file starts with: the UTF-8 byte-order mark Excel needs to read UTF-8.
inline constexpr const char* kByteOrderMark = "\xEF\xBB\xBF";

/// One field, quoted and defused.
std::string field(std::string text);

/// Appends one row of `fields` and its CRLF to `out`.
void appendRow(std::string& out, const std::vector<std::string>& fields);

} // namespace dpia::storage::csv

#pragma once

#include <string>
#include <string_view>

// The part of pdf_info.cpp that includes libqpdf's headers: standard C++17 only, because
// qpdf 11's JSON.hh does not compile as C++20 with clang 14 (a vector of the class being
// defined), and `make fuzz` builds with clang. No project header here.
namespace dpia::interchange::qpdf {

enum class InfoString { found, missing, unreadable };

/// Reads `/Info /<key>` of the PDF in `bytes` as UTF-8 into `value`. Never throws.
InfoString readInfoString(std::string_view bytes, const std::string& key, const std::string& name,
                          std::string& value);

} // namespace dpia::interchange::qpdf

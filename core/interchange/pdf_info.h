#pragma once

#include "core/result.h"

#include <cstddef>
#include <string>
#include <string_view>

// One string from the Info dictionary of a PDF file, read with libqpdf: how the government's
// Model DPIA form carries its JSON inside the PDF it exports (key AssessmentData). The only
// user of qpdf's headers.
namespace dpia::interchange {

/// The largest PDF this program reads for its embedded data.
inline constexpr std::size_t kMaxPdfBytes = 64 * 1024 * 1024;

/// Whether `bytes` start like a PDF file ("%PDF-").
bool looksLikePdf(std::string_view bytes);

/// The text (UTF-8) of `/Info /<key>` in the PDF `bytes`. invalidJson when the bytes are no
/// PDF qpdf can read, or the dictionary has no such string; `name` is for messages.
Result<std::string> pdfInfoString(std::string_view bytes, const std::string& key,
                                  const std::string& name);

} // namespace dpia::interchange

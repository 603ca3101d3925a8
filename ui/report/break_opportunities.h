#pragma once

#include <QString>

namespace dpia::report {

/// Text longer than this many characters without a space gets break opportunities.
inline constexpr int kLongRun = 120;
/// ... one after every this many characters of such a run.
inline constexpr int kBreakEvery = 8;

/// The report's HTML with a zero-width space (U+200B) after every kBreakEvery characters of
/// any text run longer than kLongRun characters between white space and tags (a pasted
/// hash, link or log line; a megabyte typed without a space). Tags and entities are left
/// whole, and no break goes inside a character made of several code units or marks.
///
/// Why: Qt wraps a word longer than the line anywhere, but finds each line's end by first
/// measuring to the end of the word, so a run of n characters costs n² to lay out (a 1 MiB
/// answer took minutes). With a break opportunity every few characters each line measures
/// only to the next one, and the run still fills the line to within a few characters.
///
/// Only for the PDF: the stored text is never changed, and Qt draws no glyph for U+200B, so
/// the PDF's text holds none: a reader who copies or searches a long run gets exactly its
/// characters, with a line break where the line wraps, as for any wrapped text. Text runs
/// up to kLongRun characters (longer than a line of the report's body) are untouched, so a
/// normal report looks exactly as before.
QString withBreakOpportunities(const QString& html);

} // namespace dpia::report

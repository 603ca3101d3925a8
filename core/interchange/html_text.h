#pragma once

#include <optional>
#include <string>
#include <string_view>

// HTML from another tool (the CNIL PIA software keeps answers as HTML) turned into plain
// text with libxml2's HTML parser: entities decoded, tags gone, paragraphs and list items
// on lines of their own. This file's .cpp is the only user of libxml2's headers.
namespace dpia::interchange {

struct HtmlText {
    std::string text;
    bool script = false;  ///< the HTML held a <script> (or <style>, <object>, ...): not text
    bool tooDeep = false; ///< elements nested deeper than kMaxHtmlDepth
};

inline constexpr int kMaxHtmlDepth = 64;

/// The text of an HTML fragment (UTF-8 in, UTF-8 out). A fragment without markup comes
/// back as it is, apart from whitespace; a fragment that holds active content or nests
/// too deeply says so, and its text is left empty.
HtmlText htmlToText(std::string_view html);

} // namespace dpia::interchange

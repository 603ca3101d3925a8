#include "core/interchange/html_text.h"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <memory>
#include <set>

namespace dpia::interchange {
namespace {

struct DocFree {
    void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};

// Elements that are programs or embedded objects, never text: a fragment holding one is
// refused rather than quietly stripped, so the user learns what the export carried.
const std::set<std::string> kActive = {"script", "style", "object",   "embed",    "iframe",
                                       "applet", "frame", "frameset", "noscript", "template"};
// Elements that start a line of their own.
const std::set<std::string> kBlock = {"p",          "div", "br", "li", "ul", "ol", "h1",
                                      "h2",         "h3",  "h4", "h5", "h6", "tr", "table",
                                      "blockquote", "pre", "dt", "dd", "hr"};

class Walker {
public:
    explicit Walker(HtmlText& out) : out_(out) {}

    void walk(const xmlNode* node, int depth) {
        if (depth > kMaxHtmlDepth) {
            out_.tooDeep = true;
            return;
        }
        for (const xmlNode* n = node; n != nullptr && !out_.tooDeep && !out_.script; n = n->next) {
            if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
                text(reinterpret_cast<const char*>(n->content));
            } else if (n->type == XML_ELEMENT_NODE) {
                const std::string name = reinterpret_cast<const char*>(n->name);
                if (kActive.count(name) > 0) {
                    out_.script = true;
                    return;
                }
                const bool block = kBlock.count(name) > 0;
                if (name == "br") {
                    raw_ += '\n';
                    space_ = false;
                } else if (block) {
                    line();
                }
                if (name == "li") {
                    raw_ += "- ";
                    space_ = false;
                }
                walk(n->children, depth + 1);
                if (block) {
                    line();
                }
            }
        }
    }

    std::string finish() {
        // Trim each line; at most one empty line between paragraphs.
        std::string result;
        std::size_t start = 0;
        int empties = 0;
        while (start <= raw_.size()) {
            std::size_t end = raw_.find('\n', start);
            if (end == std::string::npos) {
                end = raw_.size();
            }
            std::string l = raw_.substr(start, end - start);
            while (!l.empty() && l.back() == ' ') {
                l.pop_back();
            }
            if (l.empty()) {
                ++empties;
            } else {
                if (!result.empty()) {
                    result += empties > 1 ? "\n\n" : "\n";
                }
                result += l;
                empties = 0;
            }
            start = end + 1;
        }
        return result;
    }

private:
    void text(const char* content) {
        if (content == nullptr) {
            return;
        }
        for (const char* c = content; *c != '\0'; ++c) {
            const bool white = *c == ' ' || *c == '\t' || *c == '\n' || *c == '\r' || *c == '\f';
            if (white) {
                space_ = true;
                continue;
            }
            if (space_ && !raw_.empty() && raw_.back() != '\n' && raw_.back() != ' ') {
                raw_ += ' ';
            }
            space_ = false;
            raw_ += *c;
        }
    }

    /// Ends the current line, once: blocks next to each other do not make empty lines.
    void line() {
        if (!raw_.empty() && raw_.back() != '\n') {
            raw_ += '\n';
        }
        space_ = false;
    }

    HtmlText& out_;
    std::string raw_;
    bool space_ = false;
};

} // namespace

HtmlText htmlToText(std::string_view html) {
    HtmlText out;
    if (html.find_first_of("<&") == std::string_view::npos) {
        Walker walker(out);
        const std::string copy(html);
        xmlNode node{};
        node.type = XML_TEXT_NODE;
        node.content = reinterpret_cast<xmlChar*>(const_cast<char*>(copy.c_str()));
        walker.walk(&node, 0);
        out.text = walker.finish();
        return out;
    }
    // No network, no errors on stderr; the fragment is UTF-8 whatever it claims.
    const int options = HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING;
    std::unique_ptr<xmlDoc, DocFree> doc(
        htmlReadMemory(html.data(), static_cast<int>(html.size()), nullptr, "UTF-8", options));
    if (!doc) {
        return out;
    }
    Walker walker(out);
    walker.walk(xmlDocGetRootElement(doc.get()), 0);
    out.text = out.script || out.tooDeep ? std::string() : walker.finish();
    return out;
}

} // namespace dpia::interchange

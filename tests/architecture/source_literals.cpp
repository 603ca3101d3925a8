#include "tests/architecture/source_literals.h"

#include <cctype>

namespace dpia::testing {
namespace {

bool isWordChar(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_';
}

/// A tiny scanner: enough of C++'s lexical rules to tell literals from comments.
class Scanner {
public:
    explicit Scanner(const std::string& source) : s_(source) {}

    std::vector<SourceLiteral> run() {
        while (i_ < s_.size()) {
            const char c = s_[i_];
            if (c == '/' && next() == '/') {
                skipUntil("\n");
            } else if (c == '/' && next() == '*') {
                i_ += 2;
                skipUntil("*/");
            } else if (c == '\'' && !(i_ > 0 && isWordChar(s_[i_ - 1]))) {
                quoted('\'', nullptr);
            } else if (c == '"' && rawPrefix()) {
                raw();
            } else if (c == '"') {
                SourceLiteral literal{line_, {}};
                quoted('"', &literal.text);
                literals_.push_back(std::move(literal));
            } else {
                advance();
            }
        }
        return std::move(literals_);
    }

private:
    char next() const { return i_ + 1 < s_.size() ? s_[i_ + 1] : '\0'; }

    void advance() {
        if (s_[i_] == '\n') {
            ++line_;
        }
        ++i_;
    }

    void skipUntil(const std::string& end) {
        while (i_ < s_.size() && s_.compare(i_, end.size(), end) != 0) {
            advance();
        }
        for (std::size_t k = 0; k < end.size() && i_ < s_.size(); ++k) {
            advance();
        }
    }

    /// R"...": an R right before the quote, itself not the end of a longer word (u8R, LR,
    /// uR and UR are the prefixes that may stand before it).
    bool rawPrefix() const {
        if (i_ == 0 || s_[i_ - 1] != 'R') {
            return false;
        }
        if (i_ < 2 || !isWordChar(s_[i_ - 2])) {
            return true;
        }
        const std::string before = s_.substr(i_ >= 3 ? i_ - 3 : 0, i_ >= 3 ? 2 : 1);
        return before == "u8" || s_[i_ - 2] == 'L' || s_[i_ - 2] == 'u' || s_[i_ - 2] == 'U';
    }

    /// '...' or "...": up to the closing quote that is not escaped (or the line's end).
    void quoted(char quote, std::string* text) {
        advance();
        while (i_ < s_.size() && s_[i_] != quote && s_[i_] != '\n') {
            if (s_[i_] == '\\' && i_ + 1 < s_.size()) {
                if (text != nullptr) {
                    *text += s_[i_];
                }
                advance();
            }
            if (text != nullptr) {
                *text += s_[i_];
            }
            advance();
        }
        if (i_ < s_.size() && s_[i_] == quote) {
            advance();
        }
    }

    void raw() {
        SourceLiteral literal{line_, {}};
        advance();
        std::string delimiter;
        while (i_ < s_.size() && s_[i_] != '(') {
            delimiter += s_[i_];
            advance();
        }
        advance();
        const std::string end = ")" + delimiter + "\"";
        while (i_ < s_.size() && s_.compare(i_, end.size(), end) != 0) {
            literal.text += s_[i_];
            advance();
        }
        skipUntil(end);
        literals_.push_back(std::move(literal));
    }

    const std::string& s_;
    std::size_t i_ = 0;
    int line_ = 1;
    std::vector<SourceLiteral> literals_;
};

} // namespace

std::vector<SourceLiteral> stringLiterals(const std::string& source) {
    return Scanner(source).run();
}

} // namespace dpia::testing

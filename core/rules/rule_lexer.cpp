#include "core/rules/rule_lexer.h"

#include <array>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <system_error>

namespace dpia::rules::detail {

namespace {

constexpr std::array<std::string_view, 11> kReservedWords = {
    "and", "or", "not", "contains", "in", "answered", "count", "any", "all", "true", "false"};

bool isLower(char c) {
    return c >= 'a' && c <= 'z';
}
bool isDigit(char c) {
    return c >= '0' && c <= '9';
}
bool isWordChar(char c) {
    return isLower(c) || isDigit(c) || c == '_';
}
bool isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/// A character as it reads in a message; bytes that do not print are shown in hex so a
/// stray control character or UTF-8 byte is visible to the author.
std::string characterName(char c) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte >= 0x21 && byte <= 0x7e) {
        return std::string("'") + c + "'";
    }
    std::array<char, 8> hex{};
    std::snprintf(hex.data(), hex.size(), "0x%02X", static_cast<unsigned>(byte));
    return std::string("byte ") + hex.data();
}

} // namespace

Token Lexer::next() {
    while (position_ < text_.size() && isSpace(text_[position_])) {
        ++position_;
    }
    const std::size_t start = position_;
    if (start >= text_.size()) {
        Token token;
        token.offset = text_.size();
        return token;
    }
    const char c = text_[start];
    if (isLower(c)) {
        return word(start);
    }
    if (isDigit(c) || c == '-') {
        return number(start);
    }
    if (c == '"') {
        return string(start);
    }

    Token token;
    token.offset = start;
    std::size_t length = 1;
    const char following = start + 1 < text_.size() ? text_[start + 1] : '\0';
    switch (c) {
    case '(':
        token.type = TokenType::leftParen;
        break;
    case ')':
        token.type = TokenType::rightParen;
        break;
    case '[':
        token.type = TokenType::leftBracket;
        break;
    case ']':
        token.type = TokenType::rightBracket;
        break;
    case ',':
        token.type = TokenType::comma;
        break;
    case '=':
        token.type = TokenType::compare;
        token.op = CompareOp::equal;
        break;
    case '<':
    case '>': {
        const bool orEqual = following == '=';
        token.type = TokenType::compare;
        if (c == '<') {
            token.op = orEqual ? CompareOp::lessOrEqual : CompareOp::less;
        } else {
            token.op = orEqual ? CompareOp::greaterOrEqual : CompareOp::greater;
        }
        length = orEqual ? 2 : 1;
        break;
    }
    case '!':
        if (following != '=') {
            return invalid(start, "unexpected '!'; write '!=' for 'not equal' or 'not' to negate");
        }
        token.type = TokenType::compare;
        token.op = CompareOp::notEqual;
        length = 2;
        break;
    default:
        if (c >= 'A' && c <= 'Z') {
            return invalid(start, "unexpected " + characterName(c) +
                                      "; ids and reserved words are lowercase");
        }
        return invalid(start, "unexpected " + characterName(c));
    }
    position_ = start + length;
    token.spelling = text_.substr(start, length);
    return token;
}

Token Lexer::word(std::size_t start) {
    std::size_t end = start;
    while (end < text_.size() && isWordChar(text_[end])) {
        ++end;
    }
    position_ = end;
    Token token;
    token.type = TokenType::word;
    token.offset = start;
    token.spelling = text_.substr(start, end - start);
    for (const std::string_view reservedWord : kReservedWords) {
        token.reserved = token.reserved || token.spelling == reservedWord;
    }
    return token;
}

Token Lexer::number(std::size_t start) {
    std::size_t end = start;
    if (text_[end] == '-') {
        ++end;
    }
    const std::size_t digitsStart = end;
    while (end < text_.size() && isDigit(text_[end])) {
        ++end;
    }
    if (end == digitsStart) {
        return invalid(start, "expected a digit after '-'");
    }
    if (end < text_.size() && text_[end] == '.') {
        const std::size_t fractionStart = ++end;
        while (end < text_.size() && isDigit(text_[end])) {
            ++end;
        }
        if (end == fractionStart) {
            return invalid(start, "expected a digit after '.' in the number");
        }
    }
    // "12abc" or "1.2.3" is a typo, not the number 12 followed by an id.
    if (end < text_.size() && (isWordChar(text_[end]) || text_[end] == '.')) {
        return invalid(start, "malformed number '" +
                                  std::string(text_.substr(start, end + 1 - start)) + "'");
    }
    Token token;
    token.type = TokenType::number;
    token.offset = start;
    token.spelling = text_.substr(start, end - start);
    const auto [stop, error] = std::from_chars(
        token.spelling.data(), token.spelling.data() + token.spelling.size(), token.number);
    if (error != std::errc() || stop != token.spelling.data() + token.spelling.size() ||
        !std::isfinite(token.number)) {
        return invalid(start, "number '" + std::string(token.spelling) + "' is out of range");
    }
    position_ = end;
    return token;
}

Token Lexer::string(std::size_t start) {
    Token token;
    token.type = TokenType::string;
    token.offset = start;
    std::size_t at = start + 1;
    while (at < text_.size()) {
        const char c = text_[at];
        if (c == '"') {
            position_ = at + 1;
            token.spelling = text_.substr(start, position_ - start);
            return token;
        }
        if (c == '\\') {
            const char escaped = at + 1 < text_.size() ? text_[at + 1] : '\0';
            if (escaped != '"' && escaped != '\\') {
                return invalid(at, "unknown escape in string; only \\\" and \\\\ are allowed");
            }
            token.text += escaped;
            at += 2;
            continue;
        }
        token.text += c;
        ++at;
    }
    return invalid(start, "unterminated string: no closing '\"' for the '\"' here");
}

Token Lexer::invalid(std::size_t offset, std::string message) const {
    Token token;
    token.type = TokenType::invalid;
    token.offset = offset;
    token.spelling = text_.substr(offset, 1);
    token.text = std::move(message);
    return token;
}

std::string describe(const Token& token) {
    switch (token.type) {
    case TokenType::end:
        return "end of rule";
    case TokenType::word:
        return (token.reserved ? "reserved word '" : "'") + std::string(token.spelling) + "'";
    case TokenType::number:
        return "number " + std::string(token.spelling);
    case TokenType::string: {
        // Long strings are cut so the message stays one readable line.
        constexpr std::size_t kShown = 24;
        if (token.spelling.size() <= kShown) {
            return "string " + std::string(token.spelling);
        }
        return "string " + std::string(token.spelling.substr(0, kShown)) + "...";
    }
    case TokenType::invalid:
        return characterName(token.spelling.empty() ? '\0' : token.spelling.front());
    default:
        return "'" + std::string(token.spelling) + "'";
    }
}

} // namespace dpia::rules::detail

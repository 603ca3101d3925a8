#include "core/interchange/minbzk_values.h"

#include <cctype>

namespace dpia::interchange {
namespace {

constexpr std::string_view kListSeparator = ", ";

bool isNumberRun(std::string_view text) {
    if (text.empty() || text.size() > 9) {
        return false;
    }
    for (const char c : text) {
        if (std::isdigit(static_cast<unsigned char>(c)) == 0) {
            return false;
        }
    }
    return true;
}

/// The numbers of a task id, or empty when it is not one.
std::vector<long> numbers(std::string_view id) {
    std::vector<long> out;
    std::size_t start = 0;
    while (true) {
        const std::size_t dot = id.find('.', start);
        const std::string_view part =
            id.substr(start, dot == std::string_view::npos ? std::string_view::npos : dot - start);
        if (!isNumberRun(part)) {
            return {};
        }
        out.push_back(std::stol(std::string(part)));
        if (dot == std::string_view::npos) {
            return out;
        }
        start = dot + 1;
    }
}

} // namespace

bool isTaskId(std::string_view text) {
    return !numbers(text).empty();
}

bool isAnswerKey(std::string_view text) {
    const std::size_t open = text.find('[');
    if (open == std::string_view::npos) {
        return isTaskId(text);
    }
    return text.back() == ']' && isTaskId(text.substr(0, open)) &&
           isNumberRun(text.substr(open + 1, text.size() - open - 2));
}

bool taskOrder(const std::string& a, const std::string& b) {
    const std::vector<long> x = numbers(a);
    const std::vector<long> y = numbers(b);
    if (x.empty() || y.empty()) {
        return x.empty() == y.empty() ? a < b : !x.empty();
    }
    return x != y ? x < y : a < b;
}

std::string formText(const nlohmann::json& value) {
    if (value.is_boolean()) {
        return value.get<bool>() ? "true" : "false";
    }
    return value.is_string() ? value.get<std::string>() : std::string();
}

bool isEmptyValue(const nlohmann::json& value) {
    return value.is_null() || (value.is_string() && value.get_ref<const std::string&>().empty()) ||
           (value.is_array() && value.empty());
}

std::string joinList(const std::vector<std::string>& items) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        out += (i == 0 ? "" : std::string(kListSeparator)) + items[i];
    }
    return out;
}

std::vector<std::string> splitList(const std::string& text) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (true) {
        const std::size_t at = text.find(kListSeparator, start);
        out.push_back(text.substr(start, at == std::string::npos ? std::string::npos : at - start));
        if (at == std::string::npos) {
            return out;
        }
        start = at + kListSeparator.size();
    }
}

std::string joinParagraphs(const std::vector<std::string>& paragraphs) {
    std::string out;
    for (std::size_t i = 0; i < paragraphs.size(); ++i) {
        out += (i == 0 ? "" : "\n\n") + paragraphs[i];
    }
    return out;
}

} // namespace dpia::interchange

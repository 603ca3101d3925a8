#pragma once

#include <initializer_list>
#include <limits>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

// Reading JSON objects strictly, for the interchange format (assessment_json_read.cpp) and
// the edit form (edit_json.cpp): every key known, every type exact. A problem throws
// Problem, which the reader catches once at the top and turns into invalidJson.
namespace dpia::storage::json_fields {

using nlohmann::json;

/// A structural problem; caught once at the top and turned into invalidJson.
struct Problem {
    std::string nl;
    std::string en;
};

[[noreturn]] inline void fail(const std::string& where, const std::string& nl,
                              const std::string& en) {
    throw Problem{where + ": " + nl, where + ": " + en};
}

/// An object whose keys must all be among `known`; reads typed members.
class Fields {
public:
    Fields(const json& value, std::string where, std::initializer_list<const char*> known)
        : value_(value), where_(std::move(where)) {
        if (!value.is_object()) {
            fail(where_, "verwacht een object", "expected an object");
        }
        for (const auto& [key, member] : value.items()) {
            bool isKnown = false;
            for (const char* name : known) {
                isKnown = isKnown || key == name;
            }
            if (!isKnown) {
                fail(where_, "onbekende sleutel \"" + key + "\"", "unknown key \"" + key + "\"");
            }
        }
    }

    bool has(const char* key) const { return value_.contains(key); }
    const json& at(const char* key) const {
        if (!has(key)) {
            fail(where_, "de sleutel \"" + std::string(key) + "\" ontbreekt",
                 "the key \"" + std::string(key) + "\" is missing");
        }
        return value_.at(key);
    }
    std::string path(const char* key) const { return where_ + "." + key; }

    std::string text(const char* key, bool required = true, std::string fallback = {}) const {
        if (!required && !has(key)) {
            return fallback;
        }
        const json& member = at(key);
        if (!member.is_string()) {
            fail(path(key), "verwacht een tekst", "expected a text");
        }
        return member.get<std::string>();
    }
    int integer(const char* key, bool required = true, int fallback = 0) const {
        if (!required && !has(key)) {
            return fallback;
        }
        const json& member = at(key);
        const bool fits = member.is_number_unsigned()
                              ? member.get<std::uint64_t>() <= std::numeric_limits<int>::max()
                              : member.is_number_integer() &&
                                    member.get<std::int64_t>() >= std::numeric_limits<int>::min() &&
                                    member.get<std::int64_t>() <= std::numeric_limits<int>::max();
        if (!fits && (member.is_number_unsigned() || member.is_number_integer())) {
            const bool negative = member.is_number_integer() && member.get<std::int64_t>() < 0;
            fail(path(key), negative ? "het getal is te klein" : "het getal is te groot",
                 negative ? "the number is too small" : "the number is too large");
        }
        if (!fits) {
            fail(path(key), "verwacht een geheel getal", "expected a whole number");
        }
        return member.get<int>();
    }
    /// An optional member that must be an object (`{}` when absent).
    const json& object(const char* key) const { return container(key, true); }
    const json& array(const char* key) const { return container(key, false); }

private:
    const json& container(const char* key, bool wantObject) const {
        static const json kEmptyObject = json::object();
        static const json kEmptyArray = json::array();
        if (!has(key)) {
            return wantObject ? kEmptyObject : kEmptyArray;
        }
        const json& member = value_.at(key);
        if (wantObject ? !member.is_object() : !member.is_array()) {
            fail(path(key), wantObject ? "verwacht een object" : "verwacht een lijst",
                 wantObject ? "expected an object" : "expected a list");
        }
        return member;
    }

    const json& value_;
    std::string where_;
};

template <typename Enum>
Enum choice(std::optional<Enum> parsed, const std::string& where, const std::string& name) {
    if (!parsed) {
        fail(where, "onbekende waarde \"" + name + "\"", "unknown value \"" + name + "\"");
    }
    return *parsed;
}

} // namespace dpia::storage::json_fields

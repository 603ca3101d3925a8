#include "core/baseline/roles.h"

#include "core/baseline/baseline.h"

#include <algorithm>

namespace dpia::baseline {

const RoleSpec* roleSpec(std::string_view key) {
    const auto found = std::find_if(kRoleSpecs.begin(), kRoleSpecs.end(),
                                    [&](const RoleSpec& spec) { return key == spec.key; });
    return found != kRoleSpecs.end() ? &*found : nullptr;
}

namespace {

const char* keyOf(std::string Roles::*member) {
    for (const RoleSpec& spec : kRoleSpecs) {
        if (spec.member == member) {
            return spec.key;
        }
    }
    return "";
}

std::string checkQuestion(const RoleSpec& spec, const std::string& id,
                          const QuestionLookup& question) {
    const Question* named = question(id);
    if (named == nullptr) {
        return "role " + std::string(spec.key) + " names unknown question '" + id + "'";
    }
    if (named->type != spec.type) {
        return "role " + std::string(spec.key) + " must name a " +
               std::string(rules::answerKindName(spec.type)) + " question; '" + id + "' is a " +
               std::string(rules::answerKindName(named->type)) + " question";
    }
    return {};
}

std::string checkOption(const RoleSpec& spec, const Roles& roles, const std::string& id,
                        const QuestionLookup& question) {
    const std::string& questionId = roles.*spec.optionOf;
    if (questionId.empty()) {
        return "role " + std::string(spec.key) + " needs role " + keyOf(spec.optionOf);
    }
    const Question* named = question(questionId);
    if (named == nullptr) {
        return {}; // the question role reports it
    }
    const bool known = std::any_of(named->options.begin(), named->options.end(),
                                   [&](const Option& option) { return option.id == id; });
    if (!known) {
        return "role " + std::string(spec.key) + " names '" + id + "', which is no option of '" +
               questionId + "'";
    }
    return {};
}

} // namespace

std::vector<RoleProblem> checkRoles(const Roles& roles, const QuestionLookup& question) {
    std::vector<RoleProblem> problems;
    for (const RoleSpec& spec : kRoleSpecs) {
        const std::string& id = roles.*spec.member;
        if (id.empty()) {
            continue;
        }
        std::string problem = spec.optionOf != nullptr ? checkOption(spec, roles, id, question)
                                                       : checkQuestion(spec, id, question);
        if (!problem.empty()) {
            problems.push_back({&spec, std::move(problem)});
        }
    }
    return problems;
}

Roles rolesFor(const Baseline& document, const Baseline& shipped) {
    const BaselineInfo& info = document.info();
    Roles roles = info.roles;
    if (info.rolesNotRecorded.empty() || info.id != shipped.info().id) {
        return roles;
    }
    for (const std::string& key : info.rolesNotRecorded) {
        if (const RoleSpec* spec = roleSpec(key)) {
            roles.*spec->member = shipped.info().roles.*spec->member;
        }
    }
    // An older version of the baseline may lack a question or type the shipped one names;
    // such a role stays empty, and so does an option role whose question role went.
    const QuestionLookup lookup = [&document](std::string_view id) {
        return document.question(id);
    };
    for (const RoleProblem& problem : checkRoles(roles, lookup)) {
        roles.*problem.role->member = std::string();
    }
    for (const RoleSpec& spec : kRoleSpecs) {
        if (spec.optionOf != nullptr && (roles.*spec.optionOf).empty()) {
            roles.*spec.member = std::string();
        }
    }
    return roles;
}

} // namespace dpia::baseline

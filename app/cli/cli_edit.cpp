#include "app/cli/cli_edit.h"

#include "app/cli/cli_support.h"
#include "core/storage/edit_json.h"
#include "core/storage/file_ops.h"
#include "core/storage/storage_errors.h"

#include <initializer_list>
#include <iostream>
#include <iterator>
#include <nlohmann/json.hpp>

namespace dpia::cli {
namespace {

using storage::EditList;

/// The same limit as an import: a list of edits is never larger than a whole document.
constexpr std::size_t kMaxEditBytes = 16 * 1024 * 1024;

Result<std::string> readEditText(const std::string& source) {
    if (source != "-") {
        return storage::files::readSmallFile(source, kMaxEditBytes);
    }
    std::string text;
    char buffer[65536];
    while (std::cin.read(buffer, sizeof buffer) || std::cin.gcount() > 0) {
        text.append(buffer, static_cast<std::size_t>(std::cin.gcount()));
        if (text.size() > kMaxEditBytes) {
            return storage::errors::invalidEdit("de invoer is groter dan 16 MiB",
                                                "the input is larger than 16 MiB");
        }
    }
    return text;
}

/// How one option of an item command becomes a field of the item's JSON form.
struct ItemOption {
    const char* option; ///< "--due"
    const char* key;    ///< "due", as in the interchange format
    enum { text, number, list } type = text;
};

/// The add, update and remove commands of one kind of list item, made from the JSON form
/// of edits (edit_json.h), so they check and merge exactly as `dpia-cli edit` does.
int runItemCommand(CliContext& context, CommandArgs args, const std::string& kind,
                   const std::string& key, std::initializer_list<ItemOption> options,
                   const LocalText& usage) {
    std::vector<std::string> rest(args.begin(), args.end());
    nlohmann::json fields = nlohmann::json::object();
    bool parsed = true;
    for (const ItemOption& option : options) {
        std::optional<std::string> value;
        parsed = parsed && takeOption(rest, option.option, value);
        if (!value) {
            continue;
        }
        if (option.type == ItemOption::number) {
            // Anything but a plain whole number is passed on as text, so the edit's own
            // check names the field ("expected a whole number").
            const bool digits = !value->empty() && value->size() < 9 &&
                                value->find_first_not_of("0123456789") == std::string::npos;
            fields[option.key] =
                digits ? nlohmann::json(std::stoi(*value)) : nlohmann::json(*value);
        } else if (option.type == ItemOption::list) {
            nlohmann::json ids = nlohmann::json::array();
            std::size_t start = 0;
            while (start <= value->size() && !value->empty()) {
                const std::size_t comma = value->find(',', start);
                ids.push_back(value->substr(start, comma == std::string::npos ? std::string::npos
                                                                              : comma - start));
                if (comma == std::string::npos) {
                    break;
                }
                start = comma + 1;
            }
            fields[option.key] = ids;
        } else {
            fields[option.key] = *value;
        }
    }
    const std::string action = rest.empty() ? std::string() : rest.front();
    const bool adding = action == "add";
    const bool removing = action == "remove";
    const std::size_t words = adding ? 2 : 3;
    if (!parsed || (!adding && !removing && action != "update") || rest.size() != words ||
        (removing && !fields.empty())) {
        return usageError(context, usage);
    }
    nlohmann::json edit;
    if (removing) {
        edit = {{"edit", "remove-" + kind}, {"id", rest[2]}};
    } else {
        if (!adding) {
            fields["id"] = rest[2];
        }
        edit = {{"edit", action + "-" + kind}, {key, fields}};
    }
    const std::string text = edit.dump();
    return applyEdits(
        context, rest[1],
        [&](const storage::Assessment& current) { return storage::editsFromJson(text, current); },
        true);
}

/// A whole number 1..4 for the matrix, or nullopt.
std::optional<int> matrixScore(const std::string& text) {
    if (text.size() == 1 && text[0] >= '1' && text[0] <= '4') {
        return text[0] - '0';
    }
    return std::nullopt;
}

} // namespace

int runRisk(CliContext& context, CommandArgs args) {
    return runItemCommand(
        context, args, "custom-risk", "custom_risk",
        {{"--title", "title"},
         {"--description", "description"},
         {"--likelihood", "likelihood", ItemOption::number},
         {"--impact", "impact", ItemOption::number}},
        {"Gebruik: dpia-cli risk add BESTAND --title T --likelihood 1-4 --impact 1-4 "
         "[--description T] | update BESTAND ID [opties] | remove BESTAND ID",
         "Usage: dpia-cli risk add FILE --title T --likelihood 1-4 --impact 1-4 "
         "[--description T] | update FILE ID [options] | remove FILE ID"});
}

int runMeasure(CliContext& context, CommandArgs args) {
    return runItemCommand(
        context, args, "measure", "measure",
        {{"--title", "title"},
         {"--risks", "risks", ItemOption::list},
         {"--owner", "owner"},
         {"--due", "due"},
         {"--status", "status"}},
        {"Gebruik: dpia-cli measure add BESTAND --title T [--risks ID,ID] [--owner T] "
         "[--due JJJJ-MM-DD] [--status open|in-progress|done] | update BESTAND ID [opties] | "
         "remove BESTAND ID",
         "Usage: dpia-cli measure add FILE --title T [--risks ID,ID] [--owner T] "
         "[--due YYYY-MM-DD] [--status open|in-progress|done] | update FILE ID [options] | "
         "remove FILE ID"});
}

int runSignoff(CliContext& context, CommandArgs args) {
    return runItemCommand(
        context, args, "signoff", "signoff",
        {{"--role", "role"},
         {"--name", "name"},
         {"--date", "date"},
         {"--outcome", "outcome"},
         {"--text", "text"}},
        {"Gebruik: dpia-cli signoff add BESTAND --role fg|ciso|process-owner|controller|"
         "data-subjects [--name T] [--date JJJJ-MM-DD] [--outcome T] [--text T] | update "
         "BESTAND ID [opties] | remove BESTAND ID",
         "Usage: dpia-cli signoff add FILE --role fg|ciso|process-owner|controller|"
         "data-subjects [--name T] [--date YYYY-MM-DD] [--outcome T] [--text T] | update FILE "
         "ID [options] | remove FILE ID"});
}

int runEdit(CliContext& context, CommandArgs args) {
    if (args.size() != 2) {
        return usageError(context, {"Gebruik: dpia-cli edit BESTAND WIJZIGING.json|-",
                                    "Usage: dpia-cli edit FILE EDIT.json|-"});
    }
    // Read before opening, so a bad input never touches the document.
    auto text = readEditText(args[1]);
    if (!text) {
        return reportError(context, text.error());
    }
    return applyEdits(
        context, args[0],
        [&](const storage::Assessment& current) { return storage::editsFromJson(*text, current); },
        true);
}

int runStatus(CliContext& context, CommandArgs args) {
    if (args.size() != 2) {
        return usageError(context, {"Gebruik: dpia-cli status BESTAND draft|in-review|final",
                                    "Usage: dpia-cli status FILE draft|in-review|final"});
    }
    const auto status = storage::parseDocumentStatus(args[1]);
    if (!status) {
        return reportError(context,
                           Error{ErrorCode::invalidValue,
                                 {"Onbekende status " + args[1] +
                                      "; kies draft, in-review of final. Het bestand is niet "
                                      "gewijzigd.",
                                  "Unknown status " + args[1] +
                                      "; choose draft, in-review or final. The file has not been "
                                      "changed."},
                                 "unknown document status"});
    }
    return applyEdits(context, args[0], [&](const storage::Assessment&) -> Result<EditList> {
        return EditList{storage::SetStatus{*status}};
    });
}

int runMetadata(CliContext& context, CommandArgs args) {
    std::vector<std::string> rest(args.begin(), args.end());
    std::optional<std::string> title, organisation, processing, owner, author, classification,
        version;
    const bool parsed =
        takeOption(rest, "--title", title) && takeOption(rest, "--organisation", organisation) &&
        takeOption(rest, "--processing", processing) &&
        takeOption(rest, "--process-owner", owner) && takeOption(rest, "--author", author) &&
        takeOption(rest, "--classification", classification) &&
        takeOption(rest, "--version", version);
    if (!parsed || rest.size() != 1) {
        return usageError(
            context,
            {"Gebruik: dpia-cli metadata BESTAND [--title T] [--organisation T] [--processing T] "
             "[--process-owner T] [--author T] [--classification T] [--version N]",
             "Usage: dpia-cli metadata FILE [--title T] [--organisation T] [--processing T] "
             "[--process-owner T] [--author T] [--classification T] [--version N]"});
    }
    std::optional<int> versionNumber;
    if (version) {
        try {
            std::size_t used = 0;
            versionNumber = std::stoi(*version, &used);
            if (used != version->size() || *versionNumber < 1) {
                versionNumber.reset();
            }
        } catch (const std::exception&) {
        }
        if (!versionNumber) {
            return reportError(context, storage::errors::invalidValue(
                                            "version", "verwacht een geheel getal vanaf 1",
                                            "expected a whole number from 1"));
        }
    }
    return applyEdits(context, rest[0],
                      [&](const storage::Assessment& current) -> Result<EditList> {
                          storage::Metadata m = current.metadata;
                          m.title = title.value_or(m.title);
                          m.organisation = organisation.value_or(m.organisation);
                          m.processing = processing.value_or(m.processing);
                          m.processOwner = owner.value_or(m.processOwner);
                          m.author = author.value_or(m.author);
                          m.classification = classification.value_or(m.classification);
                          m.version = versionNumber.value_or(m.version);
                          return EditList{storage::SetMetadata{m}};
                      });
}

int runOverride(CliContext& context, CommandArgs args) {
    std::vector<std::string> rest(args.begin(), args.end());
    const bool remove = takeFlag(rest, "--remove");
    std::optional<std::string> justification;
    const bool parsed = takeOption(rest, "--justification", justification);
    const bool shapeOk =
        remove ? rest.size() == 2 && !justification : rest.size() == 4 && justification.has_value();
    if (!parsed || !shapeOk) {
        return usageError(
            context,
            {"Gebruik: dpia-cli override BESTAND RISICO_ID KANS IMPACT --justification TEKST, of "
             "dpia-cli override BESTAND RISICO_ID --remove",
             "Usage: dpia-cli override FILE RISK_ID LIKELIHOOD IMPACT --justification TEXT, or "
             "dpia-cli override FILE RISK_ID --remove"});
    }
    std::optional<storage::RiskOverride> value;
    if (!remove) {
        const auto likelihood = matrixScore(rest[2]);
        const auto impact = matrixScore(rest[3]);
        if (!likelihood || !impact) {
            return reportError(context, storage::errors::invalidValue(
                                            "override", "kans en impact zijn 1, 2, 3 of 4",
                                            "likelihood and impact are 1, 2, 3 or 4"));
        }
        value = storage::RiskOverride{*likelihood, *impact, *justification};
    }
    return applyEdits(context, rest[0], [&](const storage::Assessment&) -> Result<EditList> {
        return EditList{storage::SetRiskOverride{rest[1], value}};
    });
}

} // namespace dpia::cli

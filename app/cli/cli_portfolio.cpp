#include "app/cli/cli_portfolio.h"

#include "app/cli/cli_support.h"
#include "app/cli/evaluation_json.h"
#include "app/cli/terminal_text.h"
#include "core/portfolio/portfolio.h"
#include "core/portfolio/portfolio_text.h"

#include <algorithm>
#include <nlohmann/json.hpp>

namespace dpia::cli {
namespace {

using portfolio::Entry;
using portfolio::LevelSummary;

nlohmann::json levelJson(const LevelSummary& level, Lang lang) {
    if (level.rank == 0) {
        return nullptr;
    }
    return {{"level", level.code}, {"label", level.label.in(lang)}, {"rank", level.rank}};
}

nlohmann::json optionalText(const std::string& text) {
    return text.empty() ? nlohmann::json(nullptr) : nlohmann::json(text);
}

nlohmann::json entryJson(const Entry& entry, Lang lang) {
    nlohmann::json out = {{"path", entry.path}, {"relative", entry.relative}};
    if (entry.openBy) {
        out["open_by"] = {{"user", entry.openBy->user},
                          {"host", entry.openBy->host},
                          {"since", entry.openBy->since}};
    } else {
        out["open_by"] = nullptr;
    }
    if (entry.problem) {
        out["kind"] = entry.folder ? "folder" : "file";
        out["problem"] = {{"code", entry.problem->code},
                          {"reason", entry.problem->reason.in(lang)}};
        return out;
    }
    const portfolio::Summary& s = entry.summary;
    out["kind"] = "document";
    out["problem"] = nullptr;
    out["title"] = s.title;
    out["processing"] = s.processing;
    out["organisation"] = s.organisation;
    out["status"] = storage::statusName(s.status);
    out["verdict"] = s.verdictDecided ? nlohmann::json(verdictName(s.verdict)) : nullptr;
    out["residual_now"] = levelJson(s.residualNow, lang);
    out["residual_planned"] = levelJson(s.residualPlanned, lang);
    out["prior_consultation"] = s.priorConsultation;
    out["decision_date"] = optionalText(s.decisionDate);
    out["review_date"] = optionalText(s.reviewDate);
    out["review"] = portfolio::reviewStateName(s.review);
    out["overdue_measures"] = s.overdueMeasures;
    out["last_change"] = optionalText(s.lastChange);
    return out;
}

/// How many characters a terminal shows for UTF-8 `text` (its code points).
std::size_t displayWidth(const std::string& text) {
    std::size_t shown = 0;
    for (const char c : text) {
        shown += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
    }
    return shown;
}

std::string padded(const std::string& text, std::size_t width) {
    const std::size_t shown = displayWidth(text);
    return shown >= width ? text : text + std::string(width - shown, ' ');
}

void printTable(CliContext& context, const portfolio::Portfolio& portfolio) {
    const Lang lang = context.lang;
    const std::vector<std::string> headings = portfolio::columnHeadings(lang);
    // The table shows the columns that fit a terminal; --csv and --json have them all.
    const std::vector<std::size_t> shown = {0, 1, 4, 5, 6, 7, 8, 10, 11, 12, 14};
    std::vector<std::vector<std::string>> rows;
    for (const Entry& entry : portfolio.entries) {
        if (entry.problem) {
            continue;
        }
        std::vector<std::string> fields = portfolio::rowFields(entry, lang);
        std::vector<std::string> row;
        for (const std::size_t column : shown) {
            row.push_back(terminalSafe(fields[column]));
        }
        rows.push_back(std::move(row));
    }
    std::vector<std::size_t> widths;
    for (const std::size_t column : shown) {
        widths.push_back(displayWidth(headings[column]));
    }
    for (const auto& row : rows) {
        for (std::size_t i = 0; i < row.size(); ++i) {
            widths[i] = std::max(widths[i], displayWidth(row[i]));
        }
    }
    const auto printRow = [&](const std::vector<std::string>& row) {
        std::string line;
        for (std::size_t i = 0; i < row.size(); ++i) {
            line +=
                (i == 0 ? "" : "  ") + (i + 1 == row.size() ? row[i] : padded(row[i], widths[i]));
        }
        while (!line.empty() && line.back() == ' ') {
            line.pop_back();
        }
        context.out << line << "\n";
    };
    std::vector<std::string> heading;
    for (const std::size_t column : shown) {
        heading.push_back(headings[column]);
    }
    printRow(heading);
    for (const auto& row : rows) {
        printRow(row);
    }
    std::size_t problems = 0;
    for (const Entry& entry : portfolio.entries) {
        if (entry.problem) {
            if (problems++ == 0) {
                context.out << "\n"
                            << context.say({"Niet te lezen:", "Could not be read:"}) << "\n";
            }
            context.out << "  " << terminalSafe(entry.relative) << ": "
                        << terminalSafe(entry.problem->reason.in(lang)) << "\n";
        }
    }
    context.out << "\n" << rows.size() << context.say({" DPIA's", " DPIAs"});
    if (problems > 0) {
        context.out << ", " << problems << context.say({" niet te lezen", " could not be read"});
    }
    context.out << "\n";
}

} // namespace

int runPortfolio(CliContext& context, CommandArgs args) {
    std::vector<std::string> rest(args.begin(), args.end());
    const bool json = takeFlag(rest, "--json");
    const bool csv = takeFlag(rest, "--csv");
    std::optional<std::string> langValue;
    const bool langOk = takeOption(rest, "--lang", langValue);
    if (!langOk || (langValue && (langValue->size() != 2 || !parseLang(*langValue))) ||
        (json && csv) || rest.size() != 1) {
        return usageError(context, {"Gebruik: dpia-cli portfolio MAP [--json|--csv] [--lang nl|en]",
                                    "Usage: dpia-cli portfolio DIR [--json|--csv] [--lang nl|en]"});
    }
    if (langValue) {
        context.lang = *parseLang(*langValue);
    }
    auto shipped = shippedBaseline(context);
    portfolio::ScanOptions options;
    options.today = portfolio::localToday();
    options.shipped = shipped.get();
    auto scanned = portfolio::scan(rest.front(), options);
    if (!scanned) {
        return reportError(context, scanned.error());
    }
    if (json) {
        nlohmann::json entries = nlohmann::json::array();
        for (const Entry& entry : scanned->entries) {
            entries.push_back(entryJson(entry, context.lang));
        }
        printJson(context,
                  {{"root", scanned->root}, {"today", options.today}, {"entries", entries}});
    } else if (csv) {
        context.out << portfolio::portfolioCsv(*scanned, context.lang);
    } else {
        printTable(context, *scanned);
    }
    return kExitOk;
}

} // namespace dpia::cli

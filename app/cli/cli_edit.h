#pragma once

#include "app/cli/cli_context.h"

// The writing commands beyond answer and safeguard (docs/CLI.md, "Extensions"): `edit`
// applies any edit in its JSON form; status, metadata and override are friendly forms of
// the common ones. Each builds the same storage::Edit values the app's undo stack holds.
namespace dpia::cli {

/// `edit FILE EDIT.json|-`: one edit object or a list of them (edit_json.h), all or nothing.
/// Prints the change-log text of each edit done (with the ids of what it added).
int runEdit(CliContext& context, CommandArgs args);
/// `status FILE draft|in-review|final`.
int runStatus(CliContext& context, CommandArgs args);
/// `metadata FILE [--title T] [--organisation T] [--processing T] [--process-owner T]
/// [--author T] [--classification T] [--version N]`: the fields given; the others stay.
int runMetadata(CliContext& context, CommandArgs args);
/// `override FILE RISK_ID LIKELIHOOD IMPACT --justification TEXT`, or `--remove`.
int runOverride(CliContext& context, CommandArgs args);
/// `risk add|update|remove FILE [ID] [--title T] [--description T] [--likelihood N]
/// [--impact N]`: an own risk.
int runRisk(CliContext& context, CommandArgs args);
/// `measure add|update|remove FILE [ID] [--title T] [--risks ID,ID] [--owner T]
/// [--due YYYY-MM-DD] [--status open|in-progress|done]`: a measure of the action plan.
int runMeasure(CliContext& context, CommandArgs args);
/// `signoff add|update|remove FILE [ID] [--role fg|ciso|process-owner|controller|
/// data-subjects] [--name T] [--date YYYY-MM-DD] [--outcome T] [--text T]`.
int runSignoff(CliContext& context, CommandArgs args);

} // namespace dpia::cli

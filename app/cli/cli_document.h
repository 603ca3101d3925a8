#pragma once

#include "app/cli/cli_context.h"

// The document commands of CLI.md: new, answer, safeguard, show, check, export, import.
// Bad input (a missing, foreign, newer, corrupt or locked file, an unknown id, an invalid
// value) prints one line on stderr and exits 2 with nothing modified.
namespace dpia::cli {

/// `new FILE [--title TEXT] [--sample]`: a new file on the program's baseline.
int runNew(CliContext& context, CommandArgs args);
/// `answer FILE QUESTION_ID VALUE`: VALUE is JSON (`null` clears the answer).
int runAnswer(CliContext& context, CommandArgs args);
/// `safeguard FILE SAFEGUARD_ID STATUS [--evidence TEXT]`; without --evidence the
/// recorded evidence stays.
int runSafeguard(CliContext& context, CommandArgs args);
/// `show FILE [--json]`: the whole assessment (read-only, so a file open elsewhere works).
int runShow(CliContext& context, CommandArgs args);
/// `check FILE`: SQLite header, application id, schema version, integrity, embedded
/// baseline. Prints what it found; exits 2 on a bad file.
int runCheck(CliContext& context, CommandArgs args);
/// `export FILE OUT.json`: the JSON interchange format; never replaces OUT.json.
int runExport(CliContext& context, CommandArgs args);
/// `import IN.json FILE`: the reverse; never replaces FILE, leaves nothing when it fails.
int runImport(CliContext& context, CommandArgs args);

} // namespace dpia::cli
